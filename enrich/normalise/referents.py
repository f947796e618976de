"""What a name can refer to: a referent (stable id, type, canonical name, codes, geo) and its id scheme."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from warta.models.enriched import EntityType, GeoPoint

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def slug(name: str) -> str:
    """'Joko Widodo' -> 'joko-widodo'; accents folded, punctuation dropped."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    return _NON_ALNUM.sub("-", folded).strip("-") or "x"


def referent_id(kind: EntityType, name: str) -> str:
    """The id of a referent known only by name: 'per:joko-widodo', 'org:kpk', 'loc:moskow'."""
    return f"{kind.value.lower()}:{slug(name)}"


@dataclass(frozen=True, slots=True)
class Referent:
    """One real-world thing a mention resolves to."""

    id: str
    type: EntityType
    name: str
    kemendagri_code: str | None = None
    iso_code: str | None = None
    geo: GeoPoint | None = None
    ambiguous: bool = False
    candidates: tuple[str, ...] = field(default_factory=tuple)
    known: bool = True  # False when only the text's own words name it (no lexicon entry)


def unknown_referent(kind: EntityType, name: str) -> Referent:
    """A referent for a name no lexicon knows: its id is derived from the name."""
    return Referent(referent_id(kind, name), kind, name, known=False)


def ambiguous_referent(kind: EntityType, alias: str, candidates: tuple[str, ...]) -> Referent:
    """An alias that may mean several things ('PBB'): kept ambiguous, not guessed."""
    return Referent(f"{kind.value.lower()}:ambig-{slug(alias)}", kind, alias, ambiguous=True, candidates=candidates)
