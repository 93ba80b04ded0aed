"""Near-duplicates: the same wire story republished with light edits and another title.

MinHash over word 4-shingles of the body estimates the Jaccard similarity of two texts;
locality-sensitive hashing (16 bands of 4 values) finds candidates without comparing every
pair. Articles at or above ``THRESHOLD`` are linked to the first copy stored.
"""

from __future__ import annotations

import hashlib
import re
import struct

import numpy as np

PERMUTATIONS = 64
BANDS = 16
ROWS = PERMUTATIONS // BANDS
SHINGLE = 4
THRESHOLD = 0.5
_PRIME = np.uint64((1 << 61) - 1)
_rng = np.random.RandomState(20190323)  # fixed: signatures must be comparable across runs
_A = _rng.randint(1, np.iinfo(np.int64).max, size=PERMUTATIONS, dtype=np.int64).astype(np.uint64) % _PRIME
_B = _rng.randint(0, np.iinfo(np.int64).max, size=PERMUTATIONS, dtype=np.int64).astype(np.uint64) % _PRIME
_MAX_HASH = np.uint64((1 << 32) - 1)
_SHIFT = np.uint64(61)
_WORD = re.compile(r"\w+", re.UNICODE)
MIN_WORDS = 30  # too short to call two texts copies of one story
_EMPTY_BLAKE2B = hashlib.blake2b(digest_size=4)
_ASCII_WORD = re.compile(rb"\w+")  # an ASCII text's words, as _WORD finds them in its str


def _shingle_hashes(text: str) -> np.ndarray:
    """The 32-bit BLAKE2b hash of each distinct word 4-shingle (words joined by a space), in no
    particular order (a signature takes their minimum). An ASCII text is read as bytes: its words
    (``\\w+``) are the same, and its shingles need no encoding one by one (issue #16)."""
    folded = text.casefold()
    ascii = folded.isascii()
    if ascii:
        words = _ASCII_WORD.findall(folded.encode("ascii"))
        join = b" ".join
    else:
        words = _WORD.findall(folded)
        join = " ".join
    if len(words) < MIN_WORDS:
        return np.zeros(0, dtype=np.uint64)
    shingles = set(map(join, zip(*(words[k:] for k in range(SHINGLE)))))
    # A copy of one empty 4-byte BLAKE2b costs less than a new one (whose parameters are parsed
    # each time): the same digests in about half the time.
    copy = _EMPTY_BLAKE2B.copy
    digests = []
    add = digests.append
    for shingle in shingles if ascii else map(str.encode, shingles):
        h = copy()
        h.update(shingle)
        add(h.digest())
    return np.frombuffer(b"".join(digests), dtype="<u4").astype(np.uint64)


def signature(text: str):
    """64 MinHash values, or None when the text is too short to compare."""
    hashes = _shingle_hashes(text)
    if hashes.size == 0:
        return None
    # (a·x + b) mod p, as datasketch computes it: the product and the sum wrap at 2**64 on
    # purpose. p = 2**61 - 1, so y mod p is (y & p) + (y >> 61), less p once if that reaches p:
    # the same values as numpy's %, without its division.
    values = _A[:, None] * hashes[None, :]
    values += _B[:, None]
    reduced = values & _PRIME
    values >>= _SHIFT
    reduced += values
    reduced[reduced >= _PRIME] -= _PRIME
    reduced &= _MAX_HASH
    return reduced.min(axis=1)


_BAND_PREFIXES = tuple(struct.pack("<B", band) for band in range(BANDS))
_EMPTY_BLAKE2B_8 = hashlib.blake2b(digest_size=8)


def band_keys(sig) -> list:
    """One signed 64-bit key per band (the band number is part of the key): the 8-byte BLAKE2b of
    the band's number and its values' bytes. The signature's bytes are taken once and cut, and each
    digest is a copy of one empty BLAKE2b (issue #16: the same keys, in the import's main process)."""
    data = sig.tobytes()
    step = ROWS * sig.itemsize
    copy = _EMPTY_BLAKE2B_8.copy
    from_bytes = int.from_bytes
    keys = []
    for band, prefix in enumerate(_BAND_PREFIXES):
        h = copy()
        h.update(prefix + data[band * step:(band + 1) * step])
        keys.append(from_bytes(h.digest(), "little", signed=True))
    return keys


def similarity(a, b) -> float:
    return float(np.count_nonzero(a == b)) / PERMUTATIONS


def to_blob(sig) -> bytes:
    return sig.astype("<u8").tobytes()


def from_blob(blob: bytes):
    return np.frombuffer(blob, dtype="<u8").astype(np.uint64)
