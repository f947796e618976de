"""Resolve a span to a referent: lexicon first (aliases, regions, countries), else a name-derived id."""

from __future__ import annotations

from collections.abc import Sequence

from enrich.normalise.lexicon import Lexicon, NameEntry
from enrich.normalise.referents import Referent, ambiguous_referent, unknown_referent
from warta.models.enriched import EntityType

# Words before a name that are not part of it (lower case).
HONORIFICS = frozenset(
    {
        "presiden", "wakil", "menteri", "gubernur", "bupati", "wali", "walikota", "kota", "pak", "bu", "bapak",
        "ibu", "sang", "kapolri", "kapolda", "jenderal", "ketua", "sekjen", "jubir", "perdana", "pm", "raja",
        "ratu", "dr.", "prof.", "h.", "hj.", "kh.", "ir.", "mantan", "calon", "capres", "cawapres", "tersangka",
        "terdakwa", "saudara", "sdr.", "mr.", "ny.", "tn.", "eks",
    }
)  # fmt: skip
# A clear context decision needs at least this many cue hits, and this many times the runner-up.
MIN_CUES = 2
CUE_MARGIN = 3


def disambiguate(alias: str, entry: NameEntry, lexicon: Lexicon, doc_lower: str) -> Referent:
    """Pick the candidate the document's context clearly supports, or keep the alias ambiguous."""
    scores = {ref.name: 0 for ref in entry.referents}
    for canonical, cue in lexicon.cues.get(alias, ()):
        if canonical in scores:
            scores[canonical] += doc_lower.count(cue)
    for ref in entry.referents:
        if ref.name.lower() in doc_lower:
            scores[ref.name] += MIN_CUES
    ranked = sorted(entry.referents, key=lambda r: -scores[r.name])
    best, second = scores[ranked[0].name], scores[ranked[1].name]
    if best >= MIN_CUES and best >= CUE_MARGIN * second:
        return ranked[0]
    kind = entry.referents[0].type
    return ambiguous_referent(kind, alias, tuple(sorted(r.name for r in entry.referents)))


def clean_name(tokens: Sequence[str]) -> str:
    """A display name from surface tokens: honorifics dropped, shouting capitals softened."""
    words = list(tokens)
    while len(words) > 1 and words[0].lower() in HONORIFICS:
        words.pop(0)
    name = " ".join(words)
    if name.isupper() and len(name) > 5 and " " in name:
        name = name.title()
    return name.replace(" - ", "-").replace(" .", ".")


def resolve_span(tokens: Sequence[str], kind: EntityType | None, lexicon: Lexicon, doc_lower: str) -> Referent | None:
    """The referent of a span's tokens; `kind` is the NER type (None for a lexicon match)."""
    entry = lexicon.lookup(tokens)
    if entry is not None and kind is not None and kind is not EntityType.LOC and not entry.free:
        entry = None  # "Bima" tagged as a person is the person, not the city that needs NER support
    if entry is None and kind is not None:
        words = list(tokens)
        while len(words) > 1 and words[0].lower() in HONORIFICS:
            words.pop(0)
            entry = lexicon.lookup(words)
            if entry is not None:
                break
    if entry is not None:
        if entry.ambiguous:
            return disambiguate(" ".join(tokens), entry, lexicon, doc_lower)
        return entry.referents[0]
    if kind is None:
        return None
    return unknown_referent(kind, clean_name(tokens))
