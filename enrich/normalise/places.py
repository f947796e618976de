"""Place names to Kemendagri codes, for filters: "Jawa Timur" or "Jatim" -> {"35"}."""

from __future__ import annotations

from enrich.normalise.lexicon import Lexicon
from enrich.text import tokenize


def region_codes(name: str, lexicon: Lexicon | None = None) -> frozenset[str]:
    """The Kemendagri codes a written place name may stand for (empty when it is not an Indonesian region)."""
    entry = (lexicon or Lexicon.load()).lookup([token.text for token in tokenize(name)])
    if entry is None:
        return frozenset()
    return frozenset(r.kemendagri_code for r in entry.referents if r.kemendagri_code)
