"""Language of the body text (py3langid), with the Malay/Indonesian confusion resolved."""

from __future__ import annotations

import py3langid

INDONESIAN = "id"


def identify(text: str) -> tuple[str, bool]:
    """The ISO 639-1 code of `text` and whether it is flagged as not Indonesian.

    langid's model mixes up Indonesian and Malay (`ms`), which share most of their vocabulary; Warta only
    ingests Indonesian outlets, where "ms" is nearly always Indonesian with some regional words, so
    `ms` counts as `id`. A real Malaysian text read this way is still Malay-family text the pipeline can
    handle; English, Javanese or other languages are flagged.
    """
    if not text.strip():
        return INDONESIAN, False
    code, _score = py3langid.classify(text[:3000])
    language = INDONESIAN if code in {"id", "ms"} else str(code)
    return language, language != INDONESIAN
