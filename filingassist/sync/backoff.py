"""Truncated exponential backoff with full jitter (after Electrum's NetworkRetryManager).

Full jitter (a uniform draw in [0, min(cap, base·2^n)]) spreads many filers hitting an
office that has just come back, instead of having them retry in lock-step.
"""

from __future__ import annotations

import random

BASE_SECONDS = 5.0
CAP_SECONDS = 3600.0


def delay(
    attempt: int,
    retry_after: float | None = None,
    rng: random.Random | None = None,
    base: float = BASE_SECONDS,
    cap: float = CAP_SECONDS,
) -> float:
    """Seconds to wait before attempt ``attempt + 1`` (``attempt`` ≥ 1 failures so far).

    A Retry-After from the office wins (it knows its load), truncated to ``cap``.
    """
    if retry_after is not None:
        return min(max(retry_after, 0.0), cap)
    ceiling = min(cap, base * 2 ** min(max(attempt - 1, 0), 30))
    return (rng or random).uniform(0, ceiling)
