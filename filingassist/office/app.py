"""The office's HTTP face: discovery, tus uploads, filings, notices (FastAPI).

Uploads are received by the office's own tus 1.0 server (``tusd.py``: core, creation,
creation-with-upload, termination, expiration), so the office speaks plain tus and could
equally receive on tusd or any other tus server. Every route except discovery needs a
bearer token; an upload is private to the account that created it.

Several processes (uvicorn workers) and hosts can serve one office: everything they share
is in the database (SQLite file or PostgreSQL) and the data folder (upload files, archive).
"""

from __future__ import annotations

import base64
import gzip
import json
import re
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from filingassist.office import batch, filing, notices, store
from filingassist.office.database import OfficeDB
from filingassist.office.filing import Office, Services, UploadProblem
from filingassist.office.identity import declared_receives, load_or_create
from filingassist.office.tusd import EXTENSIONS, TusError, TusServer
from filingassist.office.uploads import DEFAULT_UPLOAD_TTL
from filingassist.packaging import bundle

PROTOCOL = "filing-office/1"
DEFAULT_MAX_PACKAGE = 200 * 1024 * 1024
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_UID = re.compile(r"^[0-9a-f]{32}$")
MAX_JSON_BODY = 16 * 1024
#: Seconds between two sweeps of expired uploads triggered by new uploads (per process).
EXPIRY_INTERVAL = 60.0


def create_app(
    data_dir: Path,
    services: Services | None = None,
    max_package_size: int = DEFAULT_MAX_PACKAGE,
    upload_ttl: float = DEFAULT_UPLOAD_TTL,
    database: str | None = None,
    signer_policy: str = "first-use",
    passphrase: bytes | None = None,
    offer_batch: bool = True,
    receives: dict[str, list[str]] | None = None,
) -> FastAPI:
    """Build the office application over ``data_dir`` (created and keyed on first use)
    and ``database`` (default: SQLite in ``data_dir``).

    ``receives`` (kind → office codes) is what discovery declares the office receives;
    None: office.json's ``receives``, or every kind for the office's own code.

    Uploads untouched for ``upload_ttl`` seconds are removed now and, at most once a
    minute, when a new upload is created (see ``uploads.py``). With ``offer_batch`` False the
    office does not offer bundles (clients then send one package per upload).
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    identity = load_or_create(data_dir, passphrase=passphrase)
    office = Office(
        identity,
        data_dir,
        services or filing.default_services(),
        max_package_size,
        upload_ttl,
        database,
        signer_policy,
        receives if receives is not None else declared_receives(data_dir, identity.code),
    )
    office.db().close()  # migrated before the first request
    filing.expire_uploads(office)
    app = FastAPI(title=f"{office.identity.name} filing office", docs_url=None, redoc_url=None)
    app.state.office = office
    tus = TusServer(
        db=office.db,
        root=office.uploads_dir,
        max_size=max_package_size,
        upload_ttl=upload_ttl,
        authenticate=_tus_authenticate(office),
        on_create=_expiry_sweeper(office),
        max_bundle_size=batch.max_bundle_bytes(office),
    )
    tus.mount(app, "/files")
    app.state.tus = tus
    _add_routes(app, office, offer_batch)
    return app


def _lookup_account(office: Office, request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    db = office.db()
    try:
        return store.account_for_token(db, token.strip())
    finally:
        db.close()


def _tus_authenticate(office: Office) -> Any:
    async def authenticate(request: Request) -> str:
        account = await run_in_threadpool(_lookup_account, office, request)
        if account is None:
            raise TusError(401, "a valid bearer token is required", {"WWW-Authenticate": "Bearer"})
        return account

    return authenticate


def _account_dependency(office: Office) -> Any:
    async def require_account(request: Request) -> str:
        account = await run_in_threadpool(_lookup_account, office, request)
        if account is None:
            raise HTTPException(
                401, "a valid bearer token is required", headers={"WWW-Authenticate": "Bearer"}
            )
        return account

    return require_account


def _expiry_sweeper(office: Office) -> Any:
    """Expire abandoned uploads when new ones arrive, so the disk they hold is bounded by
    what arrives within the TTL; at most once per ``EXPIRY_INTERVAL`` per process."""
    state = {"last": time.monotonic()}
    lock = threading.Lock()

    def sweep(db: OfficeDB, account: str) -> None:
        with lock:
            if time.monotonic() - state["last"] < EXPIRY_INTERVAL:
                return
            state["last"] = time.monotonic()
        filing.expire_uploads(office)

    return sweep


def _add_routes(app: FastAPI, office: Office, offer_batch: bool) -> None:
    account_dep = _account_dependency(office)

    @app.get("/.well-known/filing-office")
    def discovery() -> dict[str, Any]:
        return discovery_document(office, offer_batch)

    @app.post("/filings")
    async def submit_filing(request: Request, account: str = Depends(account_dep)) -> JSONResponse:
        upload_url, package_id, omit_certificate = await _submit_body(request)
        uid = _upload_uid(upload_url)
        try:
            outcome = await run_in_threadpool(filing.submit, office, account, uid, package_id)
        except UploadProblem as exc:
            return JSONResponse({"error": str(exc)}, status_code=exc.status)
        return _outcome_response(outcome, package_id, omit_certificate)

    if offer_batch:
        _add_batch_route(app, office, account_dep)

    @app.get("/notices")
    def list_notices(
        since: int = Query(0, ge=0, le=notices.MAX_CURSOR),
        limit: int = Query(notices.PAGE, ge=1, le=notices.MAX_CURSOR),
        account: str = Depends(account_dep),
    ) -> dict[str, Any]:
        items = notices.since(office, account, since, limit)
        return {
            "notices": [
                {"seq": seq, "notice": _b64(body), "signature": _b64(sig)}
                for seq, body, sig in items
            ],
            "cursor": items[-1][0] if items else since,
        }


def _add_batch_route(app: FastAPI, office: Office, account_dep: Any) -> None:
    @app.post("/filings/batch")
    async def submit_batch(request: Request, account: str = Depends(account_dep)) -> Response:
        uid = _upload_uid(await _batch_body(request))
        try:
            outcomes = await run_in_threadpool(batch.submit_bundle, office, account, uid)
        except UploadProblem as exc:
            return JSONResponse({"error": str(exc)}, status_code=exc.status)
        answer = {"results": [_batch_result(pid, outcome) for pid, outcome in outcomes]}
        return _compressed_json(answer, request)


def discovery_document(office: Office, offer_batch: bool = True) -> dict[str, Any]:
    doc = {
        "protocol": PROTOCOL,
        "name": office.identity.name,
        "code": office.identity.code,
        "endpoints": {
            "uploads": "/files/",
            "filings": "/filings",
            "batch_filings": "/filings/batch",
            "notices": "/notices",
        },
        "upload_protocol": {"tus": "1.0.0", "extensions": list(EXTENSIONS)},
        "batch": {
            "bundle": bundle.FORMAT,
            "max_packages": batch.MAX_BUNDLE_PACKAGES,
            "max_bytes": batch.max_bundle_bytes(office),
        },
        "package_format_versions": list(filing.ACCEPTED_FORMAT_VERSIONS),
        "max_package_size": office.max_package_size,
        "receives": office.receives,
        "receipt_certificate": office.identity.cert_pem,
    }
    if not offer_batch:
        del doc["batch"]
        del doc["endpoints"]["batch_filings"]  # type: ignore[attr-defined]
    return doc


async def _submit_body(request: Request) -> tuple[str, str, bool]:
    raw = await request.body()
    if len(raw) > MAX_JSON_BODY:
        raise HTTPException(413, "request body too large")
    try:
        body = json.loads(raw)
        upload_url, package_id = str(body["upload_url"]), str(body["package_id"])
    except (ValueError, KeyError, TypeError, RecursionError) as exc:
        raise HTTPException(400, "body must be JSON with upload_url and package_id") from exc
    if not _HEX64.match(package_id):
        raise HTTPException(400, "package_id must be 64 lowercase hex digits")
    return upload_url, package_id, body.get("omit_certificate") is True


async def _batch_body(request: Request) -> str:
    raw = await request.body()
    if len(raw) > MAX_JSON_BODY:
        raise HTTPException(413, "request body too large")
    try:
        return str(json.loads(raw)["upload_url"])
    except (ValueError, KeyError, TypeError, RecursionError) as exc:
        raise HTTPException(400, "body must be JSON with upload_url") from exc


def _batch_result(package_id: str, outcome: filing.Outcome) -> dict[str, Any]:
    """One package's answer in a batch: its receipt (the document as text, the signature
    without the certificate the client pinned) or its refusal."""
    if outcome.status == "refused":
        return {"package_id": package_id, "status": "refused", "reasons": list(outcome.reasons)}
    return {
        "package_id": package_id,
        "status": outcome.status,
        "application_number": outcome.application_number,
        "kind": outcome.kind,
        "document": outcome.receipt.decode("utf-8"),
        "signature": _b64(bundle.without_certificates(outcome.signature)),
    }


def _compressed_json(answer: dict[str, Any], request: Request) -> Response:
    """JSON, gzip-ed when the client accepts it (receipts repeat their keys: the answer
    shrinks to well under the receipts' own size)."""
    body = json.dumps(answer, separators=(",", ":")).encode("utf-8")
    headers = {"Vary": "Accept-Encoding"}
    if "gzip" in request.headers.get("accept-encoding", "").lower():
        body = gzip.compress(body, compresslevel=6, mtime=0)
        headers["Content-Encoding"] = "gzip"
    return Response(body, media_type="application/json", headers=headers)


def _upload_uid(upload_url: str) -> str:
    uid = urlsplit(upload_url).path.rstrip("/").rsplit("/", 1)[-1]
    if not _UID.match(uid):
        raise HTTPException(400, "upload_url does not name an upload of this office")
    return uid


def _outcome_response(
    outcome: filing.Outcome, package_id: str, omit_certificate: bool = False
) -> JSONResponse:
    """The answer to a single submit; with ``omit_certificate`` (a client that pinned the
    office certificate asks so) the signature travels without it, as in a batch."""
    if outcome.status == "refused":
        return JSONResponse(
            {"refused": True, "package_id": package_id, "reasons": list(outcome.reasons)},
            status_code=422,
        )
    return JSONResponse(
        {
            "package_id": package_id,
            "application_number": outcome.application_number,
            "kind": outcome.kind,
            "receipt": _b64(outcome.receipt),
            "signature": _b64(
                bundle.without_certificates(outcome.signature)
                if omit_certificate
                else outcome.signature
            ),
            "replayed": outcome.status == "replayed",
        },
        status_code=201 if outcome.status == "filed" else 200,
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
