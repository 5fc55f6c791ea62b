"""Updates only when asked: the update index, and a data pack downloaded in ranges over a
link that drops (a real HTTP server on 127.0.0.1), verified before it is installed."""

from __future__ import annotations

import base64
import hashlib
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from filingassist import refdata, updates
from filingassist.cli.main import main
from filingassist.errors import TransientSyncError, VerificationError
from filingassist.refdata.loader import shipped_path
from filingassist.refdata.pack import build_pack, key_id

pytestmark = pytest.mark.network
NO_WAIT = {"sleep": lambda seconds: None}


@dataclass
class Served:
    """What the loopback server serves, and the faults it injects."""

    files: dict[str, bytes] = field(default_factory=dict)
    etag: str = '"v1"'
    cut: int = 0  # the next N answers send half their body, then drop the connection
    dead_after: int | None = None  # after this many answers every answer is cut
    answered: int = 0
    ranges: list[str] = field(default_factory=list)


class _Handler(BaseHTTPRequestHandler):
    served: Served

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        s = self.served
        body = s.files.get(self.path)
        if body is None:
            self.send_error(404)
            return
        status, start, end = 200, 0, len(body) - 1
        wanted = self.headers.get("Range")
        if_range = self.headers.get("If-Range")
        if wanted and (if_range is None or if_range == s.etag):
            first, last = wanted.removeprefix("bytes=").split("-")
            status, start, end = 206, int(first), min(int(last), len(body) - 1)
        s.ranges.append(f"{start}-{end}" if status == 206 else "whole")
        chunk = body[start : end + 1]
        s.answered += 1
        self.send_response(status)
        self.send_header("Content-Length", str(len(chunk)))
        self.send_header("ETag", s.etag)
        if status == 206:
            self.send_header("Content-Range", f"bytes {start}-{end}/{len(body)}")
        self.end_headers()
        dead = s.dead_after is not None and s.answered > s.dead_after
        if s.cut > 0 or dead:
            s.cut -= 1
            self.wfile.write(chunk[: len(chunk) // 2])
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(2)
            return
        self.wfile.write(chunk)


@pytest.fixture
def server() -> Iterator[tuple[Served, str]]:
    served = Served()
    handler = type("Handler", (_Handler,), {"served": served})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield served, f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


@pytest.fixture
def publisher(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Ed25519PrivateKey:
    key = Ed25519PrivateKey.generate()
    raw = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    entry = {
        "key_id": key_id(key.public_key()),
        "name": "test",
        "public_key": base64.b64encode(raw).decode(),
    }
    trust = tmp_path / "trust.json"
    trust.write_text(json.dumps({"publishers": [entry]}))
    monkeypatch.setenv("FILINGASSIST_REFDATA_TRUST", str(trust))
    return key


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ranges of 4 KiB so a pack of a few tens of KiB takes many requests."""
    monkeypatch.setattr(updates, "CHUNK", 4096)


def fees_pack(key: Ed25519PrivateKey, version: str = "2099.1") -> bytes:
    doc = json.loads(shipped_path("fees_madrid").read_text())
    doc["version"] = version
    doc["valid_as_of"] = "2026-11-01"
    # pad with a note that does not compress away, so the pack needs several ranges
    doc["note"] = "".join(hashlib.sha256(f"{version}{i}".encode()).hexdigest() for i in range(600))
    return build_pack({"fees_madrid": json.dumps(doc).encode()}, key)


def test_pack_download_resumes_after_cuts_then_is_verified_and_installed(server, publisher) -> None:
    served, base = server
    pack = fees_pack(publisher)
    assert len(pack) > 3 * 4096
    served.files["/refdata.zip"] = pack
    served.cut = 2

    result = updates.update_refdata(f"{base}/refdata.zip", **NO_WAIT)

    assert [e.version for e in result.entries] == ["2099.1"]
    assert refdata.dataset_info("fees_madrid").version == "2099.1"
    starts = [int(r.split("-")[0]) for r in served.ranges]
    assert starts == sorted(starts) and starts[0] == 0  # never went back to an earlier byte
    assert starts.count(0) == 3  # the two cut answers were asked for again, once each
    assert list(updates.downloads_dir().iterdir()) == []  # nothing left behind


def test_download_stopped_by_a_dead_link_resumes_later_from_where_it_was(server, tmp_path) -> None:
    served, base = server
    data = bytes(range(256)) * 100  # 25,600 bytes: 7 ranges
    served.files["/big"] = data
    served.dead_after = 3
    dest = tmp_path / "big.bin"
    with pytest.raises(TransientSyncError):
        updates.download(f"{base}/big", dest, **NO_WAIT)
    part = dest.with_name("big.bin.part")
    assert part.stat().st_size == 3 * 4096 and not dest.exists()

    served.dead_after, served.ranges = None, []
    updates.download(f"{base}/big", dest, **NO_WAIT)
    assert dest.read_bytes() == data
    assert served.ranges[0] == f"{3 * 4096}-{4 * 4096 - 1}"  # resumed, not restarted
    assert not part.exists()


def test_a_file_changed_on_the_server_between_tries_is_fetched_whole_again(
    server, tmp_path
) -> None:
    served, base = server
    served.files["/f"] = b"a" * 20_000
    served.dead_after = 2
    dest = tmp_path / "f.bin"
    with pytest.raises(TransientSyncError):
        updates.download(f"{base}/f", dest, **NO_WAIT)
    served.files["/f"], served.etag, served.dead_after = b"b" * 9_000, '"v2"', None
    updates.download(f"{base}/f", dest, **NO_WAIT)
    assert dest.read_bytes() == b"b" * 9_000  # no mix of old and new bytes


def test_a_pack_from_an_untrusted_publisher_is_refused_and_not_kept(server, publisher) -> None:
    served, base = server
    served.files["/refdata.zip"] = fees_pack(Ed25519PrivateKey.generate())
    before = refdata.dataset_info("fees_madrid").version
    with pytest.raises(VerificationError, match="not in the trust list"):
        updates.update_refdata(f"{base}/refdata.zip", **NO_WAIT)
    assert refdata.dataset_info("fees_madrid").version == before
    assert list(updates.downloads_dir().iterdir()) == []


def test_a_pack_larger_than_the_limit_is_refused_before_it_is_downloaded(server, tmp_path) -> None:
    served, base = server
    served.files["/huge"] = b"x" * 50_000
    with pytest.raises(Exception, match="larger than 10000 bytes"):
        updates.download(f"{base}/huge", tmp_path / "h", max_bytes=10_000, **NO_WAIT)
    assert served.ranges == ["0-4095"]


def test_check_lists_what_is_newer_than_this_installation(server) -> None:
    served, base = server
    now = refdata.dataset_info("fees_pct").version
    served.files["/index.json"] = json.dumps(
        {
            "format": "filingassist-updates",
            "format_version": 1,
            "program": {"version": "99.0.0", "url": "https://example.invalid/fa.tar.gz"},
            "refdata": {
                "url": f"{base}/refdata.zip",
                "datasets": {"fees_pct": "2099.1", "countries": "1.0", "unknown": "9"},
            },
        }
    ).encode()
    info = updates.check(f"{base}/index.json")
    assert info.program_version == "99.0.0" and info.anything
    assert info.newer_datasets == {"fees_pct": (now, "2099.1")}  # older and unknown ones left out
    assert info.refdata_url == f"{base}/refdata.zip"


def test_cli_refdata_update_and_update_check(server, publisher, capsys) -> None:
    served, base = server
    served.files["/refdata.zip"] = fees_pack(publisher, "2099.2")
    served.files["/index.json"] = json.dumps(
        {"format": "filingassist-updates", "format_version": 1, "program": {"version": "0.0.1"}}
    ).encode()
    assert main(["refdata", "update", f"{base}/refdata.zip"]) == 0
    assert "fees_madrid: " in capsys.readouterr().out
    assert refdata.dataset_info("fees_madrid").version == "2099.2"
    assert main(["update", "check", f"{base}/index.json"]) == 0
    assert "up to date" in capsys.readouterr().out
    assert main(["update", "check", f"{base}/missing.json"]) == 1
    assert "server answered 404" in capsys.readouterr().err


def test_plain_http_to_another_host_is_refused() -> None:
    assert main(["update", "check", "http://example.invalid/index.json"]) == 2
