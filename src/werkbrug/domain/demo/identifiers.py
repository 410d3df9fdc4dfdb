"""Synthetic identifiers: BSNs that pass the elfproef, 8-digit KvK numbers, PC6 postcodes.

All BSNs start with 9 and all KvK numbers with 9 (assumption: keeps them away from commonly issued
ranges; a number can still coincide with a real one, so they are test data only)."""

from __future__ import annotations

import random

_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2)
_LETTERS = "ABCDEFGHJKLMNPRTVWXZ"  # PostNL avoids several letters; SA/SD/SS cannot occur here


def new_bsn(rng: random.Random, taken: set[str]) -> str:
    """A unique 9-digit number whose weighted sum (last digit weight -1) is divisible by 11."""
    while True:
        body = str(90_000_000 + int(rng.random() * 10_000_000))
        total = sum(int(d) * w for d, w in zip(body, _WEIGHTS, strict=True))
        check = total % 11
        if check > 9:
            continue  # no digit makes this body valid
        bsn = body + str(check)
        if bsn not in taken:
            taken.add(bsn)
            return bsn


def new_kvk(rng: random.Random, taken: set[str]) -> str:
    while True:
        kvk = str(90_000_000 + int(rng.random() * 10_000_000))
        if kvk not in taken:
            taken.add(kvk)
            return kvk


def pc6(rng: random.Random, pc4: str) -> str:
    draw = int(rng.random() * len(_LETTERS) ** 2)
    return pc4 + _LETTERS[draw // len(_LETTERS)] + _LETTERS[draw % len(_LETTERS)]
