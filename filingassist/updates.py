"""Updates, only when asked: what is newer on an update server, and resumable data-pack download.

Nothing here runs at start-up; the About dialog and ``filingassist update check`` /
``filingassist refdata update`` call it when the user asks. Over a bad link a data pack
arrives in 1 MiB HTTP ranges, each appended to ``<name>.part`` beside a small state file
(URL, validator, size), so a cut — or a closed program — resumes where it stopped instead
of starting again. The range requests go through the sync layer's ``Transport`` (the one
the tus uploads use: TLS checked, plain http only to loopback, network errors mapped to
``TransientSyncError``); tus itself is an upload protocol. A finished download is installed
only after the signed-pack verification of ``refdata.pack`` (signature by a trusted
publisher, every digest, every data set, versions only moving forward); a pack that fails
it is deleted, never installed.

The update index a server publishes (``docs/updates.md``)::

    {"format": "filingassist-updates", "format_version": 1,
     "program": {"version": "0.2.0", "url": "https://…/filingassist-linux-x86_64.tar.gz"},
     "refdata": {"url": "https://…/refdata-2026-12.zip",
                 "datasets": {"fees_madrid": "2026.1", …}}}
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from filingassist import __version__, paths, refdata
from filingassist.errors import InputError, SyncError, TransientSyncError
from filingassist.refdata import pack as refdata_pack
from filingassist.refdata.parse import version_key
from filingassist.sync.backoff import delay
from filingassist.sync.transport import RequestsTransport, Response, Transport
from filingassist.sync.tus import MAX_STALLED_ATTEMPTS

INDEX_FORMAT = "filingassist-updates"
CHUNK = 1024 * 1024
MAX_INDEX_BYTES = 64 * 1024
#: Failed requests in a row without a byte of progress before the download gives up.
MAX_STALLED = MAX_STALLED_ATTEMPTS
_CONTENT_RANGE = re.compile(r"^bytes (\d+)-(\d+)/(\d+)$")


@dataclass(frozen=True)
class UpdateInfo:
    """What the update server offers that is newer than what is in use here."""

    program_version: str | None  # a newer program, or None
    program_url: str | None
    refdata_url: str | None
    newer_datasets: dict[str, tuple[str, str]] = field(default_factory=dict)  # name → (now, new)

    @property
    def anything(self) -> bool:
        return bool(self.program_version or self.newer_datasets)


def check(index_url: str, transport: Transport | None = None) -> UpdateInfo:
    """Fetch the update index and compare it with this installation (one small request)."""
    transport = transport or RequestsTransport()
    try:
        r = transport.request("GET", index_url, headers={"Accept": "application/json"})
    finally:
        transport.close()
    _raise_for_status(r, index_url, (200,))
    if len(r.body) > MAX_INDEX_BYTES:
        raise InputError(f"update index larger than {MAX_INDEX_BYTES} bytes", index_url)
    try:
        doc = r.json()
        if doc.get("format") != INDEX_FORMAT or doc.get("format_version") != 1:
            raise ValueError(f"not a {INDEX_FORMAT} version 1 document")
        return _compare(doc)
    except (ValueError, AttributeError, TypeError) as exc:
        raise InputError(f"unreadable update index ({exc})", index_url) from None


def _compare(doc: dict[str, Any]) -> UpdateInfo:
    program = doc.get("program") or {}
    offered = str(program.get("version", ""))
    newer_program = offered if offered and _newer(offered, __version__) else None
    data = doc.get("refdata") or {}
    newer: dict[str, tuple[str, str]] = {}
    for name, version in dict(data.get("datasets") or {}).items():
        if name in refdata.DATASET_NAMES:
            now = refdata.dataset_info(name).version
            if version_key(str(version)) > version_key(now):
                newer[name] = (now, str(version))
    url = data.get("url")
    return UpdateInfo(
        newer_program,
        str(program["url"]) if newer_program and program.get("url") else None,
        str(url) if url else None,
        newer,
    )


def _newer(offered: str, current: str) -> bool:
    def key(v: str) -> tuple[int, ...]:
        return tuple(int(p) if p.isdigit() else 0 for p in v.split("."))

    return key(offered) > key(current)


# --- resumable download ------------------------------------------------------------------


def downloads_dir() -> Path:
    folder = paths.data_home() / "downloads"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def download(
    url: str,
    dest: Path,
    transport: Transport | None = None,
    max_bytes: int = refdata_pack.MAX_PACK_BYTES,
    on_progress: Callable[[int, int], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> Path:
    """Download ``url`` to ``dest`` in ranges, resuming a ``dest.part`` left by an earlier try.

    Raises:
        TransientSyncError: the link failed ``MAX_STALLED`` times in a row without progress
            (what arrived is kept; the next call resumes).
        SyncError / InputError: the server refused, or sent something that is not this file.
    """
    own = transport is None
    transport = transport or RequestsTransport()
    part = dest.with_name(dest.name + ".part")
    state = _State.load(part, url)
    stalled = 0
    try:
        while state.total is None or state.done(part) < state.total:
            before = state.done(part)
            try:
                _fetch_range(transport, url, part, state, max_bytes)
            except TransientSyncError:
                stalled = 0 if state.done(part) > before else stalled + 1
                if stalled >= MAX_STALLED:
                    raise
                sleep(delay(stalled, base=1.0, cap=30.0))
                continue
            stalled = 0
            if on_progress and state.total:
                on_progress(state.done(part), state.total)
    finally:
        if own:
            transport.close()
    os.replace(part, dest)
    state.remove(part)
    return dest


@dataclass
class _State:
    """What a ``.part`` file is a part of, kept beside it as ``.part.json``."""

    url: str
    validator: str = ""  # ETag or Last-Modified of the file being fetched
    total: int | None = None

    @classmethod
    def load(cls, part: Path, url: str) -> _State:
        meta = part.with_name(part.name + ".json")
        try:
            saved = json.loads(meta.read_text(encoding="utf-8"))
            if saved.get("url") == url and part.exists():
                return cls(url, str(saved.get("validator", "")), saved.get("total"))
        except (OSError, ValueError, AttributeError):
            pass
        part.unlink(missing_ok=True)  # a part of something else, or of unknown origin
        return cls(url)

    def save(self, part: Path) -> None:
        meta = part.with_name(part.name + ".json")
        meta.write_text(json.dumps(self.__dict__), encoding="utf-8")

    def done(self, part: Path) -> int:
        return part.stat().st_size if part.exists() else 0

    def remove(self, part: Path) -> None:
        part.with_name(part.name + ".json").unlink(missing_ok=True)


def _fetch_range(transport: Transport, url: str, part: Path, state: _State, max_bytes: int) -> None:
    start = state.done(part)
    headers = {"Range": f"bytes={start}-{start + CHUNK - 1}"}
    if start and state.validator:
        headers["If-Range"] = state.validator  # the file changed: the server sends it whole
    r = transport.request("GET", url, headers=headers)
    _raise_for_status(r, url, (200, 206))
    if r.status == 200:  # no range support, or a new file: start again from this body
        total, begin = len(r.body), 0
    else:
        total, begin = _content_range(r, url)
        if begin != start:
            raise SyncError(f"{url}: asked for byte {start}, the server sent from byte {begin}")
    if total > max_bytes:
        raise InputError(f"larger than {max_bytes} bytes ({total})", url)
    validator = r.headers.get("etag") or r.headers.get("last-modified") or ""
    if begin and (total != state.total or validator != state.validator):
        raise SyncError(f"{url}: the file changed on the server during the download")
    with open(part, "r+b" if begin else "wb") as fh:
        fh.seek(begin)
        fh.write(r.body)
        fh.truncate()
    state.total, state.validator = total, validator
    state.save(part)


def _content_range(r: Response, url: str) -> tuple[int, int]:
    match = _CONTENT_RANGE.match(r.headers.get("content-range", ""))
    if not match:
        raise SyncError(f"{url}: partial answer without a valid Content-Range")
    first, last, total = (int(g) for g in match.groups())
    if last - first + 1 != len(r.body) or last >= total:
        raise SyncError(f"{url}: Content-Range does not match the bytes sent")
    return total, first


def _raise_for_status(r: Response, url: str, ok: tuple[int, ...]) -> None:
    if r.status in ok:
        return
    if r.status in (408, 425, 429) or r.status >= 500:
        raise TransientSyncError(f"{url}: server answered {r.status}")
    raise SyncError(f"{url}: server answered {r.status}")


# --- reference data ----------------------------------------------------------------------


def update_refdata(
    url: str,
    transport: Transport | None = None,
    force: bool = False,
    on_progress: Callable[[int, int], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> refdata_pack.VerifiedPack:
    """Download a signed data pack (resumably), verify it completely, then install it."""
    name = hashlib.sha256(url.encode()).hexdigest()[:16]
    suffix = Path(urlsplit(url).path).suffix or ".zip"
    dest = downloads_dir() / f"refdata-{name}{suffix}"
    download(url, dest, transport, on_progress=on_progress, sleep=sleep)
    try:
        return refdata_pack.import_pack(dest, force=force)
    finally:
        dest.unlink(missing_ok=True)  # installed, or refused: never kept to be tried again
