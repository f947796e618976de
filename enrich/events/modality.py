"""How a sentence reports an event: asserted, planned, hedged, negated, or a drill (not an event at all)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from warta.models.enriched import Modality

DRILL = "drill"
FIGURATIVE = "figurative"  # a cue right after the trigger: "banjir pujian", "perang dagang"
# Tokens that end the clause a cue may reach across.
BOUNDARIES = frozenset(
    {",", ";", ":", ".", "(", ")", '"', "“", "”", "bahwa", "namun", "tetapi", "sedangkan", "karena", "sehingga"}
)
# How far (in tokens) a cue of each kind reaches before and after the trigger.
REACH_BEFORE = {DRILL: 8, "negated": 3, "hedged": 4, "planned": 5}
REACH_AFTER = {DRILL: 4, "negated": 0, "hedged": 2, "planned": 4}
PRECEDENCE = (DRILL, "negated", "hedged", "planned")


def _cue_at(words: Sequence[str], i: int, cues: Mapping[str, str]) -> str | None:
    if i + 1 < len(words):
        kind = cues.get(f"{words[i]} {words[i + 1]}")
        if kind:
            return kind
    return cues.get(words[i])


def _cues_around(words: Sequence[str], first: int, last: int, cues: Mapping[str, str]) -> dict[str, int]:
    """Cue kind -> distance (in tokens) from the trigger `words[first:last]`, within the clause."""
    found: dict[str, int] = {}
    for step, indices in ((-1, range(first - 1, -1, -1)), (1, range(last, len(words)))):
        for distance, i in enumerate(indices, start=1):
            if words[i] in BOUNDARIES or distance > REACH_BEFORE[DRILL]:
                break
            kind = _cue_at(words, i, cues) or ""
            reach = REACH_BEFORE if step < 0 else REACH_AFTER
            if kind in reach and distance <= reach[kind] and kind not in found:
                found[kind] = distance
    return found


def classify(words: Sequence[str], first: int, last: int, cues: Mapping[str, str]) -> Modality | str:
    """The modality of the trigger `words[first:last]` (lower-case tokens), or DRILL, or FIGURATIVE."""
    if last < len(words) and _cue_at(words, last, cues) == FIGURATIVE:
        return FIGURATIVE
    found = _cues_around(words, first, last, cues)
    for kind in PRECEDENCE:
        if kind in found:
            return kind if kind == DRILL else Modality(kind)
    return Modality.ASSERTED


def sentence_is_future(words: Sequence[str], cues: Mapping[str, str]) -> bool:
    return any(cues.get(w) == "planned" for w in words)
