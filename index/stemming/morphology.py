"""Every way an Indonesian word can be split into prefixes, a dictionary root and suffixes.

Sastrawi follows one path through its affix rules and stops at the first dictionary hit, which
makes it strip a root's own letters ("penculikan" -> "culi", "desakan" -> "desa", "menemani" -> "tani").
Here all analyses are enumerated instead, and `choose_root` picks among them with corpus evidence.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

PARTICLES = ("lah", "kah", "tah", "pun")
POSSESSIVES = ("nya", "ku", "mu")
DERIVATIONAL = ("kan", "an", "i")
MAX_PREFIXES = 3
MIN_ROOT = 2
VOWELS = frozenset("aeiou")
# An analysis costs one per affix, plus these for the less usual readings: a k restored after meng-
# (meng+ambil = mengambil, but meng+kirim = mengirim), and the short be-/pe-/te- variants that belong
# before r (be+renang) or a few roots (pe+tani, pe+jabat).
RESTORE_COST = 1.25
SHORT_PREFIX_COST = 0.25
# menge-/penge- stands only before a root of one syllable (mengebom, mengecek); mostly the "e"
# belongs to the root (mengenal, mengering), so this reading costs more than a restored k.
MONOSYLLABLE_PREFIX_COST = 1.5

# Nasal prefixes meN-/peN-: (surface after "me"/"pe", letters the root may start with as they stand,
# the initial the nasal replaced when the root goes on with a vowel). Before a vowel, meny-, mem- and
# men- always replaced s, p, t; meng- may have replaced k or stand before a vowel-initial root.
_NASAL: tuple[tuple[str, str, str], ...] = (
    ("nge", "", ""),
    ("ng", "aeioughkq", "k"),
    ("ny", "", "s"),
    ("m", "bfvp", "p"),
    ("n", "cdjstz", "t"),
    ("", "lmnrwy", ""),
)
# Plain prefixes that leave the root untouched, with their cost.
_PLAIN: tuple[tuple[str, float], ...] = (
    ("di", 1.0),
    ("ke", 1.0),
    ("se", 1.0),
    ("ter", 1.0),
    ("ber", 1.0),
    ("per", 1.0),
    ("be", 1.0 + SHORT_PREFIX_COST),
    ("pe", 1.0 + SHORT_PREFIX_COST),
    ("te", 1.0 + SHORT_PREFIX_COST),
)


def _suffix_stripped(word: str) -> Iterator[tuple[str, float]]:
    """`word` without any particle, possessive and derivational suffix (each optional), with the count."""
    for particle in ("", *PARTICLES):
        if particle and not word.endswith(particle):
            continue
        w1 = word[: len(word) - len(particle)]
        for poss in ("", *POSSESSIVES):
            if poss and not w1.endswith(poss):
                continue
            w2 = w1[: len(w1) - len(poss)]
            for deriv in ("", *DERIVATIONAL):
                if deriv and not w2.endswith(deriv):
                    continue
                stem = w2[: len(w2) - len(deriv)]
                if len(stem) >= MIN_ROOT:
                    yield stem, float(sum(1 for part in (particle, poss, deriv) if part))


def _syllables(word: str) -> int:
    """The number of vowel groups, a fair count of syllables."""
    return sum(1 for i, ch in enumerate(word) if ch in VOWELS and (i == 0 or word[i - 1] not in VOWELS))


def _nasal_variants(word: str, head: str) -> Iterator[tuple[str, float]]:
    """Roots behind a meN-/peN- prefix with their cost, where `head` is "me" or "pe"."""
    for surface, kept, restored in _NASAL:
        prefix = head + surface
        if not word.startswith(prefix) or len(word) - len(prefix) < MIN_ROOT:
            continue
        rest = word[len(prefix) :]
        if surface == "nge":
            if _syllables(rest) == 1:
                yield rest, 1.0 + MONOSYLLABLE_PREFIX_COST
            continue
        if rest[0] in kept:
            # pe- before r is rarer than per- (pe+rawat, but per+ubah+an)
            short = not surface and head == "pe" and rest[0] == "r"
            yield rest, 1.0 + (SHORT_PREFIX_COST if short else 0.0)
        if restored and rest[0] in VOWELS:
            yield restored + rest, 1.0 + (RESTORE_COST if surface == "ng" else 0.0)


def _prefix_stripped(word: str, cost: float = 0.0, depth: int = 0) -> Iterator[tuple[str, float]]:
    """`word` and every remainder after stripping up to MAX_PREFIXES prefixes, with the cost."""
    yield word, cost
    if depth >= MAX_PREFIXES:
        return
    rests: list[tuple[str, float]] = []
    for head in ("me", "pe"):
        rests.extend(_nasal_variants(word, head))
    rests.extend((word[len(p) :], c) for p, c in _PLAIN if word.startswith(p))
    if word.startswith(("belajar", "pelajar")):
        rests.append((word[3:], 1.0))
    for rest, step in rests:
        if len(rest) >= MIN_ROOT and VOWELS.intersection(rest):
            yield from _prefix_stripped(rest, cost + step, depth + 1)


def analyses(word: str, dictionary: frozenset[str]) -> dict[str, float]:
    """Each dictionary root `word` may come from, with the cost of its cheapest analysis."""
    found: dict[str, float] = {}
    for stem, n_suffixes in _suffix_stripped(word):
        for root, n_prefixes in _prefix_stripped(stem):
            if root in dictionary:
                cost = n_suffixes + n_prefixes
                if cost < found.get(root, cost + 1):
                    found[root] = cost
    return found


def choose_root(
    word: str,
    candidates: Mapping[str, float],
    evidence: Mapping[str, int],
    thresholds: tuple[int, float],
    fallback: str,
) -> str:
    """The root for `word` among its analyses: attested first, then cheapest, then longest.

    `evidence` counts how often the corpus shows a root as it is (see `rules.root_evidence`). A root
    is attested when that count reaches both `thresholds`: an absolute minimum and a share of the
    best candidate's count. This keeps rare homographs from winning
    ("perban" in "perbankan", "rubah" in "berubah"). The word itself wins when it is a root; without
    any analysis, `fallback` (Sastrawi's answer) stands.
    """
    if not candidates:
        return fallback
    if word in candidates:
        return word
    min_count, min_share = thresholds
    best = max(evidence.get(root, 0) for root in candidates)

    def score(root: str) -> tuple[bool, float, int, bool, int, str]:
        count = evidence.get(root, 0)
        attested = count >= min_count and count >= min_share * best
        return (attested, -candidates[root], len(root), root == fallback, count, root)

    return max(candidates, key=score)
