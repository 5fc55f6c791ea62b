"""Small pure pieces of the sync client: backoff, status mapping, progress, tus metadata, tokens."""

from __future__ import annotations

import base64
import random
import stat
from pathlib import Path

import pytest

from filingassist.errors import RejectedByOffice, SyncError, TransientSyncError
from filingassist.sync import backoff, tokens
from filingassist.sync.errormap import raise_for_status, retry_after
from filingassist.sync.progress import Progress, ProgressMeter
from filingassist.sync.transport import FakeTransport, Request, Response
from filingassist.sync.tus import TusClient, UploadGone, encode_metadata


def test_backoff_is_full_jitter_truncated_and_retry_after_wins() -> None:
    rng = random.Random(1)
    for attempt in range(1, 40):
        d = backoff.delay(attempt, rng=rng)
        assert 0 <= d <= min(backoff.CAP_SECONDS, backoff.BASE_SECONDS * 2 ** (attempt - 1))
    draws = {round(backoff.delay(6, rng=rng), 3) for _ in range(50)}
    assert len(draws) > 40  # jittered, not lock-step
    assert backoff.delay(3, retry_after=42) == 42
    assert backoff.delay(3, retry_after=10**9) == backoff.CAP_SECONDS


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (503, TransientSyncError),
        (500, TransientSyncError),
        (429, TransientSyncError),
        (408, TransientSyncError),
        (401, SyncError),
        (422, RejectedByOffice),
        (400, RejectedByOffice),
    ],
)
def test_status_mapping(status: int, error: type[Exception]) -> None:
    with pytest.raises(error) as info:
        raise_for_status(Response(status, {}, b'{"reasons": ["x: wrong"]}'), "submit")
    assert type(info.value) is error
    if error is RejectedByOffice:
        assert info.value.reasons == ["x: wrong"]  # type: ignore[attr-defined]
    raise_for_status(Response(204), "ok")


def test_retry_after_seconds_and_http_date() -> None:
    assert retry_after(Response(429, {"Retry-After": "30"})) == 30
    assert (
        retry_after(Response(429, {"Retry-After": "Thu, 01 Jan 1970 00:01:40 GMT"}), now=40) == 60
    )
    assert retry_after(Response(429, {"Retry-After": "soon"})) is None
    assert retry_after(Response(429, {})) is None


def test_progress_rate_and_eta() -> None:
    now = [0.0]
    seen: list[Progress] = []
    meter = ProgressMeter("p", 1000, seen.append, clock=lambda: now[0])
    for i in range(1, 11):
        now[0] = i * 0.5
        meter.update(i * 50)
    last = seen[-1]
    assert last.sent == 500 and last.rate == pytest.approx(100, rel=0.01)
    assert last.eta == pytest.approx(5, rel=0.01)


def test_tus_metadata_is_never_empty_and_base64() -> None:
    with pytest.raises(ValueError):
        encode_metadata({})
    header = encode_metadata({"package_id": "ab", "filename": "é.zip"})
    pairs = dict(p.split(" ") for p in header.split(","))
    assert base64.b64decode(pairs["filename"]).decode() == "é.zip"


def test_tus_client_over_a_fake_transport() -> None:
    def handler(req: Request) -> Response:
        if req.method == "POST":
            assert req.headers["Upload-Metadata"] and req.headers["Tus-Resumable"] == "1.0.0"
            return Response(201, {"Location": "/files/abc"})
        if req.method == "HEAD":
            return Response(404)
        return Response(500)

    t = FakeTransport(handler)
    client = TusClient(t, {"Authorization": "Bearer x"})
    url = client.create("https://office.example/files/", 10, {"package_id": "p"})
    assert url == "https://office.example/files/abc"
    with pytest.raises(UploadGone):
        client.offset(url)
    assert t.requests[0].headers["Authorization"] == "Bearer x"


def test_tokens_are_sealed_with_a_private_profile_key(isolated_home: Path) -> None:
    sealed = tokens.seal("secret-token")
    assert "secret-token" not in sealed
    assert tokens.unseal(sealed) == "secret-token"
    key = isolated_home / tokens.KEY_FILE
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    key.unlink()  # another profile's key cannot open it
    with pytest.raises(SyncError):
        tokens.unseal(sealed)
