"""An upload offset outside 0..size from the office is not taken as progress."""

from __future__ import annotations

from pathlib import Path

import pytest

from filingassist.sync.transport import FakeTransport, Request, Response
from filingassist.sync.tus import TusClient, UploadGone


@pytest.mark.parametrize("reported", ["999999", "-5"])
def test_offset_outside_the_upload_means_upload_gone(tmp_path: Path, reported: str) -> None:
    pkg = tmp_path / "p.zip"
    pkg.write_bytes(b"0123456789")

    def handler(req: Request) -> Response:
        return Response(200 if req.method == "HEAD" else 204, {"Upload-Offset": reported})

    client = TusClient(FakeTransport(handler))
    confirmed: list[int] = []
    with pytest.raises(UploadGone, match=f"offset {reported} of a 10-byte upload"):
        client.upload("http://127.0.0.1:9/files/x", pkg, 10, None, confirmed.append, lambda n: None)
    with pytest.raises(UploadGone):
        client.upload("http://127.0.0.1:9/files/x", pkg, 10, 0, confirmed.append, lambda n: None)
    assert confirmed == []
