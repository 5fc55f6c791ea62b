"""The office's HTTP face: discovery, tus uploads, filings, notices (FastAPI).

Uploads are handled by tuspyserver's tus 1.0 router (core, creation, termination), so the
office speaks plain tus and could equally receive on tusd or any other tus server. Every
route needs a bearer token; each account's uploads live in their own folder.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from tuspyserver import create_tus_router

from filingassist.office import filing, notices, store
from filingassist.office.filing import Office, Services, UploadProblem
from filingassist.office.identity import load_or_create
from filingassist.office.takeover import UploadTakeover
from filingassist.office.uploads import DEFAULT_UPLOAD_TTL

PROTOCOL = "filing-office/1"
DEFAULT_MAX_PACKAGE = 200 * 1024 * 1024
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_UID = re.compile(r"^[0-9a-f]{32}$")
MAX_JSON_BODY = 16 * 1024


def create_app(
    data_dir: Path,
    services: Services | None = None,
    max_package_size: int = DEFAULT_MAX_PACKAGE,
    upload_ttl: float = DEFAULT_UPLOAD_TTL,
) -> FastAPI:
    """Build the office application over ``data_dir`` (created and keyed on first use).

    Uploads untouched for ``upload_ttl`` seconds are removed now and whenever a new
    upload is created (see ``uploads.py``).
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    office = Office(
        load_or_create(data_dir),
        data_dir,
        services or filing.default_services(),
        max_package_size,
        upload_ttl,
    )
    store.open_db(data_dir).close()
    filing.expire_uploads(office)
    app = FastAPI(title=f"{office.identity.name} filing office", docs_url=None, redoc_url=None)
    app.state.office = office
    account_dep = _account_dependency(office)
    app.include_router(
        create_tus_router(
            prefix="files",
            files_dir=str(data_dir / "uploads"),
            max_size=max_package_size,
            auth=account_dep,  # type: ignore[arg-type]  # a FastAPI dependency
            days_to_keep=14,
            pre_create_dep=_pre_create_dependency(office),
            file_dep=_files_dir_dependency(office, account_dep),
        )
    )
    _add_routes(app, office, account_dep)
    app.add_middleware(UploadTakeover, prefix="/files/")
    return app


def _account_dependency(office: Office) -> Callable[..., str]:
    def require_account(request: Request) -> str:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        account = None
        if scheme.lower() == "bearer" and token:
            db = office.db()
            try:
                account = store.account_for_token(db, token.strip())
            finally:
                db.close()
        if account is None:
            raise HTTPException(
                401, "a valid bearer token is required", headers={"WWW-Authenticate": "Bearer"}
            )
        return account

    return require_account


def account_dir(office: Office, account: str) -> Path:
    """Per-account upload folder; named by digest so account names never reach a path."""
    return office.data_dir / "uploads" / hashlib.sha256(account.encode()).hexdigest()[:24]


def _files_dir_dependency(office: Office, account_dep: Callable[..., str]) -> Callable[..., Any]:
    def files_dir(
        account: str = Depends(account_dep),
    ) -> Callable[[dict[str, Any]], dict[str, str]]:
        folder = account_dir(office, account)
        folder.mkdir(parents=True, exist_ok=True)
        return lambda metadata: {"files_dir": str(folder)}

    return files_dir


def _pre_create_dependency(office: Office) -> Callable[..., Any]:
    def pre_create() -> Callable[[dict[str, Any], dict[str, Any]], None]:
        return lambda metadata, info: _check_new_upload(office, metadata, info)

    return pre_create


def _check_new_upload(office: Office, metadata: dict[str, Any], info: dict[str, Any]) -> None:
    """Refuse uploads the office could never file, before any byte is sent; and expire
    abandoned uploads, so the disk they hold is bounded by what arrives within the TTL."""
    filing.expire_uploads(office)
    if not metadata:
        raise HTTPException(400, "Upload-Metadata is required (package_id, filename, filetype)")
    for key in ("package_id", "filename", "filetype"):
        if not metadata.get(key):
            raise HTTPException(400, f"Upload-Metadata: {key} is required")
    if not _HEX64.match(str(metadata["package_id"])):
        raise HTTPException(400, "Upload-Metadata: package_id must be 64 lowercase hex digits")
    if info.get("defer_length") or info.get("size") is None:
        raise HTTPException(400, "Upload-Length is required")
    if int(info["size"]) > office.max_package_size:
        raise HTTPException(413, f"package larger than {office.max_package_size} bytes")


def _add_routes(app: FastAPI, office: Office, account_dep: Callable[..., str]) -> None:
    @app.get("/.well-known/filing-office")
    def discovery() -> dict[str, Any]:
        return discovery_document(office)

    @app.post("/filings")
    async def submit_filing(request: Request, account: str = Depends(account_dep)) -> JSONResponse:
        upload_url, package_id = await _submit_body(request)
        upload = account_dir(office, account) / _upload_uid(upload_url)
        from starlette.concurrency import run_in_threadpool

        try:
            outcome = await run_in_threadpool(filing.submit, office, account, upload, package_id)
        except UploadProblem as exc:
            return JSONResponse({"error": str(exc)}, status_code=exc.status)
        return _outcome_response(outcome, package_id)

    @app.get("/notices")
    def list_notices(
        since: int = 0, limit: int = notices.PAGE, account: str = Depends(account_dep)
    ) -> dict[str, Any]:
        items = notices.since(office, account, since, limit)
        return {
            "notices": [
                {"seq": seq, "notice": _b64(body), "signature": _b64(sig)}
                for seq, body, sig in items
            ],
            "cursor": items[-1][0] if items else since,
        }


def discovery_document(office: Office) -> dict[str, Any]:
    return {
        "protocol": PROTOCOL,
        "name": office.identity.name,
        "code": office.identity.code,
        "endpoints": {"uploads": "/files/", "filings": "/filings", "notices": "/notices"},
        "upload_protocol": {"tus": "1.0.0", "extensions": ["creation", "termination"]},
        "package_format_versions": list(filing.ACCEPTED_FORMAT_VERSIONS),
        "max_package_size": office.max_package_size,
        "receipt_certificate": office.identity.cert_pem,
    }


async def _submit_body(request: Request) -> tuple[str, str]:
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
    return upload_url, package_id


def _upload_uid(upload_url: str) -> str:
    uid = urlsplit(upload_url).path.rstrip("/").rsplit("/", 1)[-1]
    if not _UID.match(uid):
        raise HTTPException(400, "upload_url does not name an upload of this office")
    return uid


def _outcome_response(outcome: filing.Outcome, package_id: str) -> JSONResponse:
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
            "signature": _b64(outcome.signature),
            "replayed": outcome.status == "replayed",
        },
        status_code=201 if outcome.status == "filed" else 200,
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
