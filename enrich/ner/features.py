"""CRF features of a tokenized sentence: pure functions over the tokens and loaded resources.

Each token's own features (word, shape, affixes, gazetteer mark, cue class, word cluster) are
computed once, then copied with an offset prefix onto its neighbours.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field

from enrich.ner.gazetteer import LOC_CUES, ORG_CUES, TITLES, Gazetteer, make_gazetteer, match_gazetteer

_SHAPE_TABLE = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
    "X" * 26 + "x" * 26 + "d" * 10,
)
_REPEATS = re.compile(r"(.)\1+")


@dataclass(frozen=True, slots=True)
class FeatureResources:
    """What feature extraction needs beyond the tokens; built once at load time."""

    gazetteer: Gazetteer
    clusters: Mapping[str, str] = field(default_factory=dict)
    known: Gazetteer = field(default_factory=lambda: make_gazetteer({}))  # names seen in other corpora


def casing_class(token: str, low: str, clusters: Mapping[str, str]) -> str:
    """For a capitalised token: ``known`` (a word frequent in news) or ``rare``; else ``""``."""
    if not token[:1].isupper():
        return ""
    return "known" if low in clusters else "rare"


def word_shape(token: str) -> str:
    """``Jakarta`` -> ``Xx``, ``KPK`` -> ``X``, ``12/2/2025`` -> ``d/d/d``, ``Rp10.000`` -> ``Xxd.d``."""
    return _REPEATS.sub(r"\1", token.translate(_SHAPE_TABLE))


def cue_class(lowered: str) -> str:
    """``T`` for a title (Presiden), ``O`` for an organisation cue (Partai), ``L`` for a place cue, else ``""``."""
    if lowered in TITLES:
        return "T"
    if lowered in ORG_CUES:
        return "O"
    if lowered in LOC_CUES:
        return "L"
    return ""


@dataclass(frozen=True, slots=True)
class TokenInfo:
    """What a token contributes, whatever its neighbours: computed once per distinct token."""

    low: str
    case: str
    cue: str
    own: tuple[str, ...]  # its own features, the gazetteer mark aside
    left: tuple[str, ...]  # its features as the left neighbour (``-1...``) of the next token
    right: tuple[str, ...]  # its features as the right neighbour (``+1...``) of the previous token


def _context(prefix: str, low: str, shape: str, cue: str, cluster: str, case: str) -> tuple[str, ...]:
    feats = [prefix + "w=" + low, prefix + "sh=" + shape, prefix + "cap=" + case]
    if cue:
        feats.append(prefix + "cue=" + cue)
    if cluster:
        feats.append(prefix + "c=" + cluster)
    return tuple(feats)


def token_info(token: str, resources: FeatureResources) -> TokenInfo:
    """Word, shape, affixes, capitalisation, cue class and clusters of one token."""
    low = token.lower()
    shape = word_shape(token)
    cue = cue_class(low)
    cluster = resources.clusters.get(low, "")
    case = casing_class(token, low, resources.clusters)
    own = ["bias", "w=" + low, "sh=" + shape, "p3=" + low[:3], "s2=" + low[-2:], "s3=" + low[-3:], "s4=" + low[-4:]]
    if case:
        own.append("cap=" + case)
        if token.isupper() and len(token) > 1:
            own.append("allcap")
    if cue:
        own.append("cue=" + cue)
    if cluster:
        own.append("c=" + cluster)
        own.extend(f"c{level}={part}" for level, part in enumerate(cluster.split("-")))
    return TokenInfo(
        low, case, cue, tuple(own), _context("-1", low, shape, cue, cluster, case),
        _context("+1", low, shape, cue, cluster, case),
    )  # fmt: skip


def sentence_features(
    tokens: Sequence[str], resources: FeatureResources, cache: MutableMapping[str, TokenInfo] | None = None
) -> list[list[str]]:
    """The feature strings of every token of one sentence; ``cache`` keeps `TokenInfo` across calls."""
    memo: MutableMapping[str, TokenInfo] = {} if cache is None else cache
    infos = [memo.get(t) or memo.setdefault(t, token_info(t, resources)) for t in tokens]
    low = [info.low for info in infos]
    gaz = match_gazetteer(low, resources.gazetteer)
    known = match_gazetteer(low, resources.known)
    n = len(tokens)
    out: list[list[str]] = []
    for i, info in enumerate(infos):
        feats = list(info.own)
        if gaz[i]:
            feats.append("g=" + gaz[i])
        if known[i]:
            feats.append("k=" + known[i])
        if i == 0:
            feats.append("BOS|cap=" + info.case)
        else:
            feats.extend(infos[i - 1].left)
            feats.append("-1|w=" + low[i - 1] + "|" + low[i])
            if gaz[i - 1]:
                feats.append("-1g=" + gaz[i - 1])
            if known[i - 1]:
                feats.append("-1k=" + known[i - 1])
            feats.append("-2w=" + low[i - 2] if i > 1 else "-2BOS")
            if i > 1 and infos[i - 2].cue:
                feats.append("-2cue=" + infos[i - 2].cue)
        if i == n - 1:
            feats.append("EOS")
        else:
            feats.extend(infos[i + 1].right)
            feats.append("+1|w=" + low[i] + "|" + low[i + 1])
            if gaz[i + 1]:
                feats.append("+1g=" + gaz[i + 1])
            if known[i + 1]:
                feats.append("+1k=" + known[i + 1])
            feats.append("+2w=" + low[i + 2] if i < n - 2 else "+2EOS")
        out.append(feats)
    return out
