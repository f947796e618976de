"""Token-overlap scores shared by `warta bench-extract` and the tests.

The body score is a bag-of-words F1: both texts are lower-cased and split into word tokens
(letters and digits, Unicode-aware), then precision and recall are taken over the multiset of tokens.
It tolerates the differences in line breaks and spacing that the gold files have between them.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import NamedTuple

_TOKEN = re.compile(r"\w+", re.UNICODE)


class Overlap(NamedTuple):
    precision: float
    recall: float
    f1: float


def tokens(text: str) -> list[str]:
    """Word tokens of `text`, NFKC-normalised and lower-cased."""
    return _TOKEN.findall(unicodedata.normalize("NFKC", text).lower())


def token_f1(predicted: str, expected: str) -> Overlap:
    """Precision, recall and F1 of the tokens of `predicted` against those of `expected`."""
    got, want = Counter(tokens(predicted)), Counter(tokens(expected))
    if not got and not want:
        return Overlap(1.0, 1.0, 1.0)
    common = sum((got & want).values())
    if common == 0:
        return Overlap(0.0, 0.0, 0.0)
    precision = common / sum(got.values())
    recall = common / sum(want.values())
    return Overlap(precision, recall, 2 * precision * recall / (precision + recall))


def same_title(predicted: str | None, expected: str) -> bool:
    """Titles match when their token sequences are equal (case, punctuation and quotes ignored)."""
    return predicted is not None and tokens(predicted) == tokens(expected)
