"""Commands for filing: outbox, sync, offices, receipts, notices; and the reference office.

``office serve|notice|account`` run the office side (needs ``filingassist[office]``);
everything else is the filer's side and works offline except ``sync`` and ``office add``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import signal
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from filingassist.cli.context import CliContext
from filingassist.errors import UsageError
from filingassist.events import SyncProgress

if TYPE_CHECKING:
    from filingassist.app import Notice

TOKEN_ENV = "FILINGASSIST_OFFICE_TOKEN"  # noqa: S105 - the variable's name, not a token


def register(sub: Any) -> None:
    _register_outbox(sub)
    p = sub.add_parser("sync", help="send queued packages to the office and fetch notices")
    p.add_argument("--once", action="store_true", help="one pass, then exit")
    p.add_argument("--office", help="office code (default: the only office)")
    p.add_argument("--interval", type=float, default=30.0, help="seconds between passes")
    p.add_argument("--ca-bundle", help="CA bundle for an office with its own CA")
    p.add_argument(
        "--wait",
        type=float,
        default=120.0,
        metavar="SECONDS",
        help="how long to wait for a sync already running on this data folder",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_sync)
    p = sub.add_parser("receipts", help="office receipts of filed packages")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_receipts)
    p = sub.add_parser("notices", help="notices received from offices, with deadlines")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_notices)
    _register_office(sub)


def _register_outbox(sub: Any) -> None:
    outbox_p = sub.add_parser("outbox", help="packages waiting to be filed")
    osub = outbox_p.add_subparsers(dest="outbox_command", metavar="ACTION", required=True)
    p = osub.add_parser("add", help="queue signed packages (no network needed)")
    p.add_argument(
        "packages", nargs="+", type=Path, metavar="DIR|PKG", help="packages or folders of them"
    )
    p.add_argument("--quiet", action="store_true", help="no progress output")
    p.add_argument("--office", help="office code (default: the only office)")
    p.add_argument(
        "--again",
        action="store_true",
        help="queue even though this revision is already queued or filed (files it twice)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_outbox_add)
    p = osub.add_parser("list", help="list the outbox with states")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_outbox_list)
    p = osub.add_parser("send-now", help="skip the retry wait (one package or all)")
    p.add_argument("package_id", nargs="?")
    p.set_defaults(func=cmd_outbox_send_now)


def _register_office(sub: Any) -> None:
    office_p = sub.add_parser("office", help="offices to file with; the reference office server")
    osub = office_p.add_subparsers(dest="office_command", metavar="ACTION", required=True)
    p = osub.add_parser("add", help="add an office after confirming its certificate fingerprint")
    p.add_argument("url")
    p.add_argument("--fingerprint", help="expected SHA-256 fingerprint (skips the question)")
    p.add_argument("--ca-bundle", help="CA bundle for an office with its own CA")
    p.add_argument("--token-env", default=TOKEN_ENV, help="environment variable with the token")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_office_add)
    p = osub.add_parser("serve", help="run the reference office server")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8470)
    p.add_argument("--data", type=Path, default=None, help="data folder (default: in the profile)")
    p.add_argument(
        "--upload-ttl-hours",
        type=float,
        default=48.0,
        help="remove uploads never submitted after this many hours untouched (default 48)",
    )
    p.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    p.add_argument(
        "--signers",
        choices=("first-use", "registered"),
        default="first-use",
        help="which signer certificates an account may file with (default first-use)",
    )
    p.add_argument(
        "--receives",
        action="append",
        metavar="KIND=CODES",
        help="the office receives applications of KIND (trademark, madrid, patent) for these "
        "comma-separated office codes, e.g. trademark=US,EM (repeatable; declared in "
        "discovery; default: office.json's receives, or every kind for the office's code)",
    )
    _office_store_options(p)
    p.set_defaults(func=cmd_office_serve)
    p = osub.add_parser("notice", help="issue a signed notice about a filing (office side)")
    p.add_argument("application_number")
    p.add_argument("--kind", default="irregularity")
    p.add_argument("--text", required=True)
    p.add_argument("--deadline-days", type=int)
    p.add_argument("--data", type=Path, default=None)
    _office_store_options(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_office_notice)
    p = osub.add_parser("account", help="create a filer account and print its token (office side)")
    p.add_argument("name")
    p.add_argument("--data", type=Path, default=None)
    p.add_argument(
        "--signer-cert",
        type=Path,
        action="append",
        default=[],
        help="register a PEM certificate the account signs its packages with (repeatable)",
    )
    _office_store_options(p)
    p.set_defaults(func=cmd_office_account)


def _office_store_options(p: Any) -> None:
    p.add_argument(
        "--database", help="postgresql://… shared by every worker (default: SQLite in --data)"
    )
    p.add_argument(
        "--key-passphrase-file",
        type=Path,
        help="file holding the passphrase of the office's key (default: "
        "$FILINGASSIST_OFFICE_PASSPHRASE, else one kept outside the data folder)",
    )


# -- filer side ------------------------------------------------------------------------


def cmd_outbox_add(args: argparse.Namespace, ctx: CliContext) -> int:
    from filingassist.cli.drafts import expand_folders
    from filingassist.cli.progress import Progress

    single = len(args.packages) == 1 and not args.packages[0].is_dir()
    if single:  # note: one file keeps the old output (an object, not a list)
        items = [ctx.workspace.queue(args.packages[0], args.office, again=args.again)]
    else:
        files = expand_folders(args.packages, "*.zip")
        progress = Progress(enabled=not (args.quiet or ctx.json_output))
        try:
            items = ctx.workspace.queue_many(
                files, args.office, progress, again=args.again, workers=None
            )
        finally:
            progress.close()
    if ctx.json_output:
        ctx.emit_json(items[0].as_json() if single else [i.as_json() for i in items])
    elif len(items) <= 20:
        for item in items:
            ctx.out(f"queued {item.package_id} ({item.size} bytes) for {item.office}: {item.state}")
    else:
        ctx.out(f"queued {len(items)} package(s) for {items[0].office}")
    return 0


def cmd_outbox_list(args: argparse.Namespace, ctx: CliContext) -> int:
    rows = ctx.workspace.outbox()
    if ctx.json_output:
        ctx.emit_json([r.as_json() for r in rows])
        return 0
    for r in rows:
        wait = max(0.0, r.next_attempt_at - time.time())
        extra = f" retry in {wait:.0f}s" if wait and r.state not in ("receipted", "refused") else ""
        ctx.out(f"{r.package_id[:16]}  {r.state:<15} {r.offset:>10}/{r.size:<10} {r.office}{extra}")
        if r.refusal_reasons:
            for reason in r.refusal_reasons:
                ctx.out(f"    refused: {reason}")
        elif r.last_error and r.state != "receipted":
            ctx.out(f"    last error: {r.last_error}")
    if not rows:
        ctx.out("the outbox is empty")
    return 0


def cmd_outbox_send_now(args: argparse.Namespace, ctx: CliContext) -> int:
    n = ctx.workspace.send_now(args.package_id)
    ctx.out(f"{n} package(s) will be sent on the next pass")
    return 0


def cmd_sync(args: argparse.Namespace, ctx: CliContext) -> int:
    from filingassist.sync.transport import RequestsTransport

    ws = ctx.workspace
    if not ctx.json_output:
        ws.events.subscribe(SyncProgress, _print_progress)
    offices = [o for o in ws.offices() if args.office in (None, o.code)]
    if not offices:
        raise UsageError("no such office is set up (office add URL)")
    if len(offices) > 1:
        raise UsageError("several offices are set up; name one with --office")
    record = offices[0]
    transport = RequestsTransport(args.ca_bundle or record.ca_bundle)
    was_reachable = True
    stop = _stop_on_ctrl_c()
    try:
        while not stop.is_set():
            result = ws.sync_once(record.code, transport, wait=args.wait)
            _report(ctx, result)
            if result.reachable and not was_reachable:
                # note: the office is back: what waited for the network goes now, not
                # after whatever backoff the failed passes had drawn
                ws.send_now()
                result = ws.sync_once(record.code, transport, wait=args.wait)
                _report(ctx, result)
            was_reachable = result.reachable
            if args.once:
                return 0 if not result.refused and not result.invalid else 1
            stop.wait(_pause(ws.outbox(), args.interval))
        return 0
    except KeyboardInterrupt:  # the second Ctrl+C
        return 0
    finally:
        stop.restore()


class _CtrlC(threading.Event):
    """Set by the first Ctrl+C: the pass under way ends (it is bounded), then the loop.

    A KeyboardInterrupt raised at an arbitrary point of a pass can strike while a lock of
    the batch pipeline's thread pool is held, and the interpreter then waits for ever at
    exit; a second Ctrl+C still stops at once."""

    def __init__(self) -> None:
        super().__init__()
        self.previous: Any = None

    def handle(self, signum: int, frame: Any) -> None:
        if self.is_set():
            signal.default_int_handler(signum, frame)
        self.set()
        print("stopping after this pass (Ctrl+C again to stop now)", file=sys.stderr)

    def restore(self) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)


def _stop_on_ctrl_c() -> _CtrlC:
    stop = _CtrlC()
    if threading.current_thread() is threading.main_thread():
        stop.previous = signal.signal(signal.SIGINT, stop.handle)
    return stop


def _pause(items: list[Any], interval: float) -> float:
    """Sleep until the next retry is due, but at most ``interval`` (the reachability probe)."""
    from filingassist.sync import outbox

    now = time.time()
    waits = [i.next_attempt_at - now for i in items if i.state in outbox.ACTIVE]
    return max(0.2, min([interval, *waits]))


def _print_progress(event: SyncProgress) -> None:
    package_id, sent, total = event.progress.package_id, event.progress.sent, event.progress.total
    rate, eta = event.progress.rate, event.progress.eta
    left = f", {eta:.0f}s left" if eta is not None else ""
    sys.stderr.write(f"\r{package_id[:12]} {sent}/{total} bytes, {rate / 1024:.1f} KiB/s{left}   ")
    if sent >= total:
        sys.stderr.write("\n")


def _report(ctx: CliContext, result: Any) -> None:
    if ctx.json_output:
        ctx.emit_json(
            {
                "receipted": result.receipted,
                "refused": result.refused,
                "deferred": result.deferred,
                "invalid": result.invalid,
                "notices": result.notices,
                "errors": result.errors,
            }
        )
        return
    for pid in result.receipted:
        ctx.out(f"filed {pid[:16]}: receipt verified and stored")
    for pid in result.refused:
        ctx.out(f"refused {pid[:16]} by the office (see: filingassist outbox list)")
    for pid in result.invalid:
        ctx.out(f"NOT filed {pid[:16]}: the office's receipt did not verify")
    for pid in result.deferred:
        ctx.out(f"will retry {pid[:16]}: {result.errors.get(pid, '')}")
    if result.notices:
        ctx.out(f"{result.notices} new notice(s)")


def cmd_office_add(args: argparse.Namespace, ctx: CliContext) -> int:
    from filingassist.sync.receipts import normalise_fingerprint

    doc, actual = ctx.workspace.discover_office(args.url, args.ca_bundle)
    confirmed = args.fingerprint
    if not ctx.json_output:
        ctx.out(f"{doc.get('name')} ({doc.get('code')}) at {args.url}")
        ctx.out(f"receipt certificate SHA-256 fingerprint:\n  {actual}")
    if confirmed is None:
        if not sys.stdin.isatty():
            raise UsageError("confirm the fingerprint with --fingerprint (no terminal to ask)")
        answer = input("Does this match the fingerprint the office published? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            ctx.out("not added")
            return 1
        confirmed = actual
    elif normalise_fingerprint(confirmed) != actual:
        raise UsageError("the office's certificate does not have the fingerprint you gave")
    token = os.environ.get(args.token_env) or (
        getpass.getpass("Account token: ") if sys.stdin.isatty() else None
    )
    record = ctx.workspace.add_office(args.url, confirmed, token, args.ca_bundle)
    if ctx.json_output:
        ctx.emit_json(
            {
                "code": record.code,
                "name": record.name,
                "url": record.url,
                "fingerprint": record.fingerprint,
                "token": bool(token),
            }
        )
    else:
        ctx.out(f"added office {record.code}" + ("" if token else " (no account token)"))
    return 0


def cmd_receipts(args: argparse.Namespace, ctx: CliContext) -> int:
    rows = ctx.workspace.receipts()
    if ctx.json_output:
        ctx.emit_json([r.as_json() for r in rows])
        return 0
    for r in rows:
        what = ""
        if r.kind == "response":
            what = f"  response to notice {r.responds_to_notice}" + (" (LATE)" if r.late else "")
        ctx.out(
            f"{r.application_number}  filed {r.filed_at}  {r.office}  {r.package_id[:16]}{what}"
        )
    if not rows:
        ctx.out("no receipts yet")
    return 0


def cmd_notices(args: argparse.Namespace, ctx: CliContext) -> int:
    rows = ctx.workspace.notices()
    if ctx.json_output:
        ctx.emit_json([n.as_json() for n in rows])
        return 0
    today = dt.date.today()
    for n in rows:
        deadline = ""
        if n.deadline:
            left = (dt.date.fromisoformat(n.deadline) - today).days
            due = f"{left} days left" if left >= 0 else f"{-left} days overdue"
            deadline = f"  deadline {n.deadline} ({due})"
        ctx.out(
            f"{n.office} #{n.seq}  {n.issued_at}  {n.application_number}  "
            f"{n.kind}{deadline}\n    {n.text}"
        )
        status = _response_status(n)
        if status:
            ctx.out(f"    {status}")
    if not rows:
        ctx.out("no notices")
    return 0


def _response_status(n: Notice) -> str:
    """One line on the notice's response: none yet, on its way, receipted (late or not);
    nothing for a notice that asks for no answer (no deadline, not an irregularity)."""
    pid, state = n.response_package_id, n.response_state
    if not pid and not n.deadline and n.kind != "irregularity":
        return ""
    if not pid:
        return f"no response sent (filingassist respond {n.office} {n.seq} DRAFT)"
    if state == "receipted":
        late = " — LATE (after the deadline)" if n.response_late else ""
        return f"response {pid[:16]} filed {n.response_filed_at}{late}"
    if state == "refused":
        return f"response {pid[:16]} REFUSED by the office (see: filingassist outbox list)"
    return f"response {pid[:16]} {state} (not yet receipted)"


# -- office side -----------------------------------------------------------------------


def _office_data(value: Path | None) -> Path:
    """The office's data folder: ``--data``, ``$FILINGASSIST_OFFICE_DATA``, or the user data
    folder of ``filingassist-office`` — never inside a filer's profile."""
    if value is not None:
        return value
    env = os.environ.get("FILINGASSIST_OFFICE_DATA")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("filingassist-office", appauthor=False))


def cmd_office_serve(args: argparse.Namespace, ctx: CliContext) -> int:
    try:
        from filingassist.office.serve import ServeConfig, serve
    except ImportError as exc:
        raise UsageError(f"the office server needs filingassist[office] ({exc})") from exc
    data = _office_data(args.data)
    if args.upload_ttl_hours <= 0:
        raise UsageError("--upload-ttl-hours must be more than 0")
    if args.workers < 1:
        raise UsageError("--workers must be at least 1")
    ctx.out(f"office data in {data}; listening on http://{args.host}:{args.port}")
    config = ServeConfig(
        str(data),
        args.database,
        args.upload_ttl_hours * 3600.0,
        signer_policy=args.signers,
        receives=_receives(args.receives),
    )
    serve(args.host, args.port, config, args.workers, _passphrase(args))
    return 0


def _receives(options: list[str] | None) -> dict[str, list[str]] | None:
    """``--receives trademark=US,EM`` → {"trademark": ["US", "EM"]} (None when not given)."""
    from filingassist.formdefs import KIND_FORMS

    if not options:
        return None
    out: dict[str, list[str]] = {}
    for option in options:
        kind, sep, codes = option.partition("=")
        if not sep or kind not in KIND_FORMS or not codes.strip():
            raise UsageError(
                f"--receives {option}: give KIND=CODES with KIND one of {', '.join(KIND_FORMS)}"
            )
        out.setdefault(kind, []).extend(c.strip().upper() for c in codes.split(",") if c.strip())
    return out


def _passphrase(args: argparse.Namespace) -> bytes | None:
    path = getattr(args, "key_passphrase_file", None)
    if path is None:
        return None
    try:
        secret = bytes(path.read_bytes().strip())
    except OSError as exc:
        raise UsageError(f"cannot read the key passphrase file: {exc}") from exc
    if not secret:
        raise UsageError("the key passphrase file is empty")
    return secret


def _office(args: argparse.Namespace) -> Any:
    from filingassist.office.app import DEFAULT_MAX_PACKAGE
    from filingassist.office.filing import Office, default_services
    from filingassist.office.identity import load_or_create

    data = _office_data(args.data)
    identity = load_or_create(data, passphrase=_passphrase(args))
    return Office(identity, data, default_services(), DEFAULT_MAX_PACKAGE, database=args.database)


def cmd_office_notice(args: argparse.Namespace, ctx: CliContext) -> int:
    from filingassist.office import notices

    body = notices.issue(
        _office(args),
        args.application_number,
        args.kind,
        args.text,
        args.deadline_days,
    )
    if ctx.json_output:
        ctx.emit_json(body)
    else:
        ctx.out(f"notice issued for {args.application_number} ({args.kind})")
    return 0


def cmd_office_account(args: argparse.Namespace, ctx: CliContext) -> int:
    from cryptography import x509

    from filingassist.office import signers, store

    data = _office_data(args.data)
    data.mkdir(parents=True, exist_ok=True)
    certs = []
    for path in args.signer_cert:
        try:
            certs.append(x509.load_pem_x509_certificate(path.read_bytes()))
        except (OSError, ValueError) as exc:
            raise UsageError(f"{path}: not a PEM certificate ({exc})") from exc
    db = store.open_db(data, args.database)
    try:
        token = store.add_account(db, args.name)
        for cert in certs:
            try:
                fp = signers.register(db, args.name, cert)
            except ValueError as exc:
                raise UsageError(str(exc)) from exc
            print(f"signer {fp[:16]}… registered for {args.name}", file=sys.stderr)
    finally:
        db.close()
    ctx.out(token)
    return 0
