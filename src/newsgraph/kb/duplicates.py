"""Near-duplicate articles (wire copies, lightly edited reprints) with MinHash LSH (datasketch)."""

from __future__ import annotations

import re

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

NUM_PERM = 128
THRESHOLD = 0.7  # estimated Jaccard of word 3-gram shingles
MIN_WORDS = 20  # shorter bodies share too few shingles to judge
SCHEME = MinHash(num_perm=1).scheme  # stored signatures are reloaded with the scheme that made them


def shingles(body: str, n: int = 3) -> set[bytes]:
    words = re.findall(r"\w+", body.lower())
    return {" ".join(words[i : i + n]).encode() for i in range(max(len(words) - n + 1, 0))}


def signature(body: str) -> LeanMinHash | None:
    grams = shingles(body)
    if len(grams) < MIN_WORDS:
        return None
    mh = MinHash(num_perm=NUM_PERM)
    mh.update_batch(list(grams))
    return LeanMinHash(mh)


class DuplicateFinder:
    def __init__(self, threshold: float = THRESHOLD):
        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.signatures: dict[str, LeanMinHash] = {}

    def load(self, rows) -> None:
        for article_id, blob in rows:
            sig = LeanMinHash(seed=1, hashvalues=np.frombuffer(blob, dtype=np.uint64), scheme=SCHEME)
            self._insert(article_id, sig)

    def add(self, article_id: str, body: str) -> tuple[bytes | None, list[tuple[str, float]]]:
        """Index one article; returns its signature blob and the earlier articles it nearly copies."""
        if article_id in self.signatures:
            return None, []
        sig = signature(body)
        if sig is None:
            return None, []
        links = []
        for other in self.lsh.query(sig):
            similarity = sig.jaccard(self.signatures[other])
            if similarity >= self.threshold:
                links.append((other, round(float(similarity), 3)))
        self._insert(article_id, sig)
        return sig.hashvalues.astype(np.uint64).tobytes(), sorted(links, key=lambda x: -x[1])

    def _insert(self, article_id: str, sig: LeanMinHash) -> None:
        self.signatures[article_id] = sig
        self.lsh.insert(article_id, sig)
