"""Dedup: find near-duplicate texts in near-linear time.

MinHash signatures over character shingles of normalised text, LSH banding to find candidate pairs
(only texts that agree on a whole band of the signature are compared), an exact check of each
candidate pair, and union-find to turn pairs into groups. Used for articles (the same story re-sent
or copied by several outlets) and for quotes (the same words quoted by several outlets).

Written with numpy (already installed with kiwipiepy) rather than datasketch: datasketch pulls in
scipy, hashes shingles one by one in Python, and we need only the ~100 lines below. Everything is
deterministic (fixed seeds, no use of Python's salted `hash`), so a digest is the same on every run.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence

import numpy as np

#: Signature length; 32 bands of 4 rows: pairs with Jaccard 0.5 are candidates with p≈0.87, 0.6 with p≈0.99.
NUM_PERM = 128
BANDS = 32
#: A bucket shared by many texts (boilerplate) compares each member with at most this many earlier ones.
MAX_BUCKET_COMPARE = 12

_NON_WORD = re.compile(r"[\W_]+")
_MASK64 = np.uint64(0xFFFFFFFFFFFFFFFF)
_rng = np.random.default_rng(20261125)
_A = _rng.integers(1, 2**63 - 1, size=NUM_PERM, dtype=np.uint64) | np.uint64(1)  # odd multipliers
_B = _rng.integers(0, 2**63 - 1, size=NUM_PERM, dtype=np.uint64)


def normalise(text: str) -> str:
    """NFKC, lower case, and only letters and digits: spacing and punctuation do not make a difference."""
    return _NON_WORD.sub("", unicodedata.normalize("NFKC", text).lower())


def fingerprint(text: str) -> str:
    """A stable identity for a text's content: SHA-256 of its normalised form (32 hex digits)."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()[:32]


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: spreads the bits of the rolling hash (uint64 arithmetic wraps)."""
    with np.errstate(over="ignore"):
        x = x ^ (x >> np.uint64(30))
        x = x * np.uint64(0xBF58476D1CE4E5B9)
        x = x ^ (x >> np.uint64(27))
        x = x * np.uint64(0x94D049BB133111EB)
        return x ^ (x >> np.uint64(31))


def shingles(text: str, k: int = 5, *, normalised: bool = False) -> np.ndarray:
    """The distinct hashed character `k`-grams of the normalised text (sorted uint64 array).

    A text shorter than `k` is one shingle; an empty one has none.
    """
    norm = text if normalised else normalise(text)
    if not norm:
        return np.empty(0, dtype=np.uint64)
    codes = np.frombuffer(norm.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    k = min(k, len(codes))
    n = len(codes) - k + 1
    h = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(k):
            h = h * np.uint64(1_000_003) + codes[j:j + n]
    return np.unique(_mix(h))


def signature(hashes: np.ndarray) -> np.ndarray:
    """MinHash signature (NUM_PERM uint32) of one shingle set."""
    return signatures([hashes])[0]


def signatures(sets: Sequence[np.ndarray]) -> np.ndarray:
    """MinHash signatures (n x NUM_PERM uint32) by multiply-add-shift hashing, many sets per numpy call.

    An empty set gets all-ones, which `candidate_pairs` never pairs.
    """
    out = np.full((len(sets), NUM_PERM), 0xFFFFFFFF, dtype=np.uint32)
    batch: list[int] = []
    size = 0
    for i, s in enumerate(sets):
        if s.size:
            batch.append(i)
            size += s.size
        if batch and (size >= 8192 or i == len(sets) - 1):
            _fill(out, batch, sets)
            batch, size = [], 0
    return out


def _fill(out: np.ndarray, batch: list[int], sets: Sequence[np.ndarray]) -> None:
    values = np.concatenate([sets[i] for i in batch])
    starts = np.cumsum([0] + [sets[i].size for i in batch[:-1]])
    with np.errstate(over="ignore"):
        block = (values[:, None] * _A[None, :] + _B[None, :]) >> np.uint64(32)
    out[batch] = np.minimum.reduceat(block, starts, axis=0).astype(np.uint32)


def sample(hashes: np.ndarray, rate: int) -> np.ndarray:
    """Keep the shingles whose hash is divisible by `rate`: the same ones in every text, so Jaccard
    similarity is preserved in expectation while signatures cost `rate` times less."""
    return hashes if rate <= 1 else hashes[hashes % np.uint64(rate) == 0]


_BAND_MIX = _rng.integers(1, 2**63 - 1, size=NUM_PERM, dtype=np.uint64) | np.uint64(1)


def candidate_pairs(sigs: np.ndarray | Sequence[np.ndarray], bands: int = BANDS) -> set[tuple[int, int]]:
    """Pairs (i < j) whose signatures agree on at least one band; empty texts are never paired.

    Each band is hashed to one 64-bit key; one sort of all (key, text) pairs puts the texts sharing a
    key next to each other, so only buckets with two or more texts are visited in Python.
    """
    sig = np.asarray(sigs, dtype=np.uint32).reshape(len(sigs), NUM_PERM)
    valid = np.nonzero(~(sig == 0xFFFFFFFF).all(axis=1))[0]
    if valid.size < 2:
        return set()
    rows = NUM_PERM // bands
    with np.errstate(over="ignore"):
        mixed = sig[valid].reshape(valid.size, bands, rows).astype(np.uint64) * _BAND_MIX[:rows]
        keys = mixed.sum(axis=2, dtype=np.uint64) + np.arange(bands, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)
    flat_keys = keys.ravel()
    flat_ids = np.repeat(valid, bands)
    order = np.lexsort((flat_ids, flat_keys))
    flat_keys, flat_ids = flat_keys[order], flat_ids[order]
    starts = np.flatnonzero(np.r_[True, flat_keys[1:] != flat_keys[:-1]])
    ends = np.r_[starts[1:], flat_keys.size]
    pairs: set[tuple[int, int]] = set()
    for a, b in zip(starts[ends - starts > 1].tolist(), ends[ends - starts > 1].tolist()):
        members = flat_ids[a:b].tolist()
        for pos in range(1, len(members)):
            for earlier in members[max(0, pos - MAX_BUCKET_COMPARE):pos]:
                if earlier != members[pos]:
                    pairs.add((earlier, members[pos]))
    return pairs


class UnionFind:
    """Disjoint sets over 0..n-1; the smallest index is the root, so groups come out in input order."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        """The root of `i`'s set (halving the path on the way)."""
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        """Join the sets of `i` and `j`."""
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)

    def groups(self) -> list[list[int]]:
        """Every set, members ascending, sets ordered by their first member."""
        out: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            out.setdefault(self.find(i), []).append(i)
        return list(out.values())


def similarity(a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
    """(Jaccard, containment) of two sorted shingle arrays; containment is overlap over the smaller set."""
    if a.size == 0 or b.size == 0:
        return 0.0, 0.0
    if a.size > b.size:
        a, b = b, a
    at = np.searchsorted(b, a)  # both sorted and unique: a binary search per element, no sort
    at[at == b.size] = 0
    inter = int(np.count_nonzero(b[at] == a))
    return inter / (a.size + b.size - inter), inter / a.size


#: Up to this many texts, every pair is compared exactly (cheaper than signatures for a handful).
BRUTE_FORCE_MAX = 24


def _char_set(norm: str, k: int) -> set[str]:
    return {norm[i:i + k] for i in range(max(1, len(norm) - k + 1))} if norm else set()


def _set_similarity(a: set[str], b: set[str]) -> tuple[float, float]:
    if not a or not b:
        return 0.0, 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter), inter / min(len(a), len(b))


def similar_pairs(texts: Sequence[str], *, k: int = 5, threshold: float = 0.5,
                  containment: float | None = None, min_chars: int = 1, sample_rate: int = 1,
                  skip: Callable[[int, int], bool] | None = None) -> list[tuple[int, int, float]]:
    """Pairs of near-duplicate texts (i < j, Jaccard) found through MinHash LSH and checked exactly.

    A pair counts when the Jaccard similarity of their shingle sets reaches `threshold`, or, with
    `containment`, when that share of the smaller text's shingles is in the other (a quote that one
    outlet cut short). Texts with fewer than `min_chars` normalised characters are never paired.
    `sample_rate` > 1 signs only a consistent sample of the shingles (long texts); the check is exact.
    A few texts (`BRUTE_FORCE_MAX`) are simply compared pair by pair. Candidates for which `skip(i, j)`
    is true are not checked (the caller already knows the answer does not matter).
    """
    if len(texts) < 2:
        return []
    norms = [normalise(t) for t in texts]

    def accept(jac: float, cont: float) -> bool:
        return jac >= threshold or (containment is not None and cont >= containment)

    if len(texts) <= BRUTE_FORCE_MAX:
        char_sets = [_char_set(n, k) if len(n) >= min_chars else set() for n in norms]
        out = []
        for i in range(len(texts)):
            for j in range(i + 1, len(texts)):
                if skip is not None and skip(i, j):
                    continue
                jac, cont = _set_similarity(char_sets[i], char_sets[j])
                if accept(jac, cont):
                    out.append((i, j, jac))
        return out
    sets = [shingles(n, k, normalised=True) if len(n) >= min_chars else np.empty(0, np.uint64) for n in norms]
    sigs = signatures([sample(s, sample_rate) for s in sets])
    gram_sets: dict[int, set[str]] = {}  # exact check on the k-grams themselves: fastest for short texts

    def grams(i: int) -> set[str]:
        if i not in gram_sets:
            gram_sets[i] = _char_set(norms[i], k)
        return gram_sets[i]

    out = []
    for i, j in candidate_pairs(sigs):
        if skip is not None and skip(i, j):
            continue
        jac, cont = _set_similarity(grams(i), grams(j)) if len(norms[i]) + len(norms[j]) < 2000 \
            else similarity(sets[i], sets[j])
        if accept(jac, cont):
            out.append((i, j, jac))
    out.sort()
    return out


def cluster(n: int, pairs: Iterable[tuple[int, int]] | Iterable[tuple[int, int, float]]) -> list[list[int]]:
    """Groups of 0..n-1 joined by `pairs` (transitively), in order of their first member."""
    uf = UnionFind(n)
    for pair in pairs:
        uf.union(pair[0], pair[1])
    return uf.groups()


def cluster_texts(texts: Sequence[str], *, k: int = 3, threshold: float = 0.6,
                  containment: float | None = 0.9, min_chars: int = 1) -> list[list[int]]:
    """Groups of near-identical texts (indices into `texts`), for example one quote as several outlets
    printed it."""
    return cluster(len(texts), similar_pairs(texts, k=k, threshold=threshold, containment=containment,
                                             min_chars=min_chars))
