"""The office protocol client: discovery, tus upload, submit, notices (docs/office-protocol.md)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

from filingassist.errors import (
    SyncError,
    TransientSyncError,
    UploadIncomplete,
    UsageError,
    VerificationError,
)
from filingassist.packaging import bundle
from filingassist.sync.errormap import raise_for_status
from filingassist.sync.offices import OfficeRecord
from filingassist.sync.receipts import Notice, fingerprint, verify_notice
from filingassist.sync.transport import DEFAULT_TIMEOUT, Transport, check_url
from filingassist.sync.tus import Source, TusClient, UploadGone

WELL_KNOWN = "/.well-known/filing-office"
#: Timeout for a batch submit: the office verifies and files every package of the bundle.
BATCH_TIMEOUT = 300.0


def discover(transport: Transport, url: str) -> dict[str, Any]:
    """Fetch the office's discovery document (no account needed)."""
    check_url(url)
    r = transport.request(
        "GET", url.rstrip("/") + WELL_KNOWN, headers={"Accept": "application/json"}
    )
    raise_for_status(r, "discovery")
    try:
        doc = r.json()
    except ValueError as exc:
        raise TransientSyncError("discovery: the office sent no JSON") from exc
    if not isinstance(doc, dict) or not doc.get("receipt_certificate"):
        raise SyncError(f"{url}: not a filing office (no receipt certificate in discovery)")
    return doc


@dataclass(frozen=True)
class BatchLimits:
    """What an office that takes bundles advertises (``batch`` in discovery)."""

    max_packages: int
    max_bytes: int


def batch_limits(doc: dict[str, Any]) -> BatchLimits | None:
    """The office's bundle limits, or None when it does not take bundles (then every
    package goes one by one, as with any office of the first protocol version)."""
    offer = doc.get("batch")
    endpoints = doc.get("endpoints")
    if not isinstance(offer, dict) or not isinstance(endpoints, dict):
        return None
    if offer.get("bundle") != bundle.FORMAT or not endpoints.get("batch_filings"):
        return None
    limits = offer.get("max_packages"), offer.get("max_bytes")
    if not all(isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in limits):
        return None
    return BatchLimits(int(offer["max_packages"]), int(offer["max_bytes"]))


class OfficeClient:
    """Talks to one pinned office with one account token."""

    def __init__(self, office: OfficeRecord, transport: Transport, token: str | None) -> None:
        self.office = office
        self.transport = transport
        self.base = office.url.rstrip("/") + "/"
        self.auth = {"Authorization": f"Bearer {token}"} if token else {}
        self.endpoints = {"uploads": "files/", "filings": "filings", "notices": "notices"}
        self.tus = TusClient(transport, self.auth)
        #: Set by ``check_office``: the office's bundle limits, None = one by one.
        self.batch: BatchLimits | None = None

    def _url(self, name: str) -> str:
        return urljoin(self.base, self.endpoints[name].lstrip("/"))

    def check_office(self) -> dict[str, Any]:
        """Discovery, refusing an office whose receipt certificate is not the pinned one."""
        doc = discover(self.transport, self.office.url)
        if fingerprint(str(doc["receipt_certificate"])) != self.office.fingerprint:
            raise VerificationError(
                f"{self.office.url}: the office's receipt certificate changed since it was "
                "added; check with the office, then add it again"
            )
        self.endpoints.update(self._checked_endpoints(doc.get("endpoints") or {}))
        self.batch = batch_limits(doc)
        return doc

    def _checked_endpoints(self, listed: object) -> dict[str, str]:
        """The discovery's endpoints, each a string whose URL the transport would accept.

        Checked here so that a broken or hostile discovery document is refused as the
        office's fault before any package moves, not half-way through a pass.
        """
        where = f"{self.office.url}: discovery endpoints"
        if not isinstance(listed, dict):
            raise VerificationError(f"{where}: not an object")
        endpoints: dict[str, str] = {}
        for name, value in listed.items():
            if not isinstance(value, str) or not value:
                raise VerificationError(f"{where}: {name!r} is not a URL path")
            try:
                check_url(urljoin(self.base, value.lstrip("/")))
            except UsageError as exc:
                raise VerificationError(f"{where}: {name!r}: {exc}") from exc
            endpoints[str(name)] = value
        return endpoints

    def create_upload(self, package_id: str, sha256: str, size: int, name: str) -> str:
        metadata = {
            "package_id": package_id,
            "sha256": sha256,
            "filename": name,
            "filetype": "application/zip",
        }
        return self._create(size, metadata)

    def _create(self, size: int, metadata: dict[str, str]) -> str:
        url = self.tus.create(self._url("uploads"), size, metadata)
        try:
            check_url(url)
        except UsageError as exc:  # not stored: the next attempt creates another upload
            raise SyncError(f"tus create: the office's upload URL is unusable ({exc})") from exc
        return url

    def create_bundle_upload(self, sha256: str, size: int, count: int) -> str:
        """A tus upload for a bundle of ``count`` packages (``filingassist.packaging.bundle``)."""
        metadata = {
            "bundle": bundle.FORMAT,
            "sha256": sha256,
            "filename": f"bundle-{count}-{sha256[:12]}.fbundle",
            "filetype": bundle.MEDIA_TYPE,
        }
        return self._create(size, metadata)

    def submit_batch(self, upload_url: str) -> list[dict[str, Any]]:
        """POST the batch endpoint: one answer per package of the bundle (not yet verified)."""
        answer = self._post_filing(
            "batch_filings", {"upload_url": upload_url}, "batch", "bundle", BATCH_TIMEOUT
        )
        results = answer.get("results") if isinstance(answer, dict) else None
        if not isinstance(results, list) or not all(isinstance(x, dict) for x in results):
            raise TransientSyncError("batch: the office's answer is not {results: [...]}")
        return results

    def upload(
        self,
        url: str,
        path: Source,
        size: int,
        offset: int | None,
        on_offset: Callable[[int], None],
        on_sent: Callable[[int], None],
    ) -> None:
        self.tus.upload(url, path, size, offset, on_offset, on_sent)

    def submit(self, upload_url: str, package_id: str) -> dict[str, Any]:
        """POST /filings; the answer still has to be verified (``receipts.verify_receipt``)."""
        body: dict[str, Any] = {"upload_url": upload_url, "package_id": package_id}
        if self.batch is not None:  # an office of the batch protocol: no certificate back
            body["omit_certificate"] = True
        answer = self._post_filing("filings", body, "submit", "package")
        if not isinstance(answer, dict):
            raise VerificationError("submit: the office's answer is not an object")
        return answer

    def _post_filing(
        self,
        endpoint: str,
        body: dict[str, Any],
        what: str,
        thing: str,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> Any:
        """POST a submit (single or batch); 404 and 409 mean the upload must be sent
        again or resumed, other errors as ``raise_for_status`` maps them."""
        import json

        r = self.transport.request(
            "POST",
            self._url(endpoint),
            headers={**self.auth, "Content-Type": "application/json"},
            body=json.dumps(body).encode(),
            timeout=timeout,
        )
        if r.status == 404:
            raise UploadGone(f"{what}: the office has no such upload")
        if r.status == 409:
            raise UploadIncomplete(f"{what}: the office does not have the whole {thing} yet")
        raise_for_status(r, what)
        try:
            return r.json()
        except ValueError as exc:
            raise TransientSyncError(f"{what}: the office sent no JSON") from exc

    def notices(self, since: int) -> tuple[list[Notice], int]:
        """One page of notices after ``since``, each signature-checked; and the new cursor."""
        r = self.transport.request(
            "GET", f"{self._url('notices')}?since={int(since)}", headers=self.auth
        )
        raise_for_status(r, "notices")
        try:
            body = r.json()
        except ValueError as exc:
            raise TransientSyncError("notices: the office sent no JSON") from exc
        listed = body.get("notices", []) if isinstance(body, dict) else None
        cursor = body.get("cursor", since) if isinstance(body, dict) else None
        if not isinstance(listed, list) or not isinstance(cursor, int) or cursor < since:
            raise VerificationError(
                "notices: the office's answer is not {notices: [...], cursor: N} "
                "with a cursor that moves forward"
            )
        items = [verify_notice(item, self.office.cert_pem) for item in listed]
        return items, cursor
