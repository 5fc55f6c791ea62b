"""HTTP status → the core's error tree (after httpx's ``map_exceptions``).

Transient (try again later): 408, 425, 429, 5xx — with Retry-After when the office sent one.
Refusal (never retried): 422 with reasons, and other 4xx that say the request itself is
wrong. 401/403 are neither: the filing is fine, the account is not; they stay queued.
"""

from __future__ import annotations

import email.utils
import time

from filingassist.errors import RejectedByOffice, SyncError, TransientSyncError
from filingassist.sync.transport import Response

TRANSIENT = {408, 425, 429, 500, 502, 503, 504, 507}


def retry_after(response: Response, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date), capped at a day."""
    value = response.headers.get("retry-after")
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():  # note: "²".isdigit() is True, float() fails
        return min(float(value), 86400.0)
    try:
        when = email.utils.parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError):
        return None
    return max(0.0, min(when - (time.time() if now is None else now), 86400.0))


def raise_for_status(response: Response, what: str) -> None:
    """Raise the error a non-2xx ``response`` to ``what`` means; return on success."""
    status = response.status
    if 200 <= status < 300:
        return
    detail = _detail(response)
    if status in TRANSIENT or status >= 500:
        raise TransientSyncError(f"{what}: office answered {status}{detail}", retry_after(response))
    if status in (401, 403):
        raise SyncError(f"{what}: the office refused the account token ({status}){detail}")
    reasons = _reasons(response)
    raise RejectedByOffice(f"{what}: office refused ({status}){detail}", reasons)


def _reasons(response: Response) -> list[str]:
    try:
        body = response.json()
    except (ValueError, UnicodeDecodeError):
        return []
    if isinstance(body, dict):
        if isinstance(body.get("reasons"), list):
            return [str(r) for r in body["reasons"]]
        for key in ("error", "detail"):
            if isinstance(body.get(key), str):
                return [body[key]]
    return []


def _detail(response: Response) -> str:
    reasons = _reasons(response)
    return f": {'; '.join(reasons)[:300]}" if reasons else ""
