"""``filingassist keys new|import|list|delete`` and ``filingassist verify PKG.zip``.

Passphrases come from an interactive prompt, or for batch work from a file named by
``--passphrase-file FILE`` (its first line; it must be readable by its owner only) or from
the environment variable named by ``--passphrase-env VAR``. Only the file's or the
variable's *name* is on the command line, never the passphrase itself, so it does not land
in shell history or ``ps`` output. The CLI never remembers a passphrase between commands
(each command is its own process; see ``filingassist.passphrases``).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cryptography import x509

from filingassist.cli.context import CliContext
from filingassist.errors import InputError, UsageError
from filingassist.i18n import _

EXIT_OK = 0
EXIT_BAD = 1
EXIT_USAGE = 2


def register(subparsers: Any) -> None:
    """Add the ``keys`` and ``verify`` commands."""
    _register_keys(subparsers)
    verify = subparsers.add_parser(
        "verify", help="check a signed package: container, digests, signature, certificate"
    )
    verify.add_argument("package", type=Path, metavar="PKG.zip")
    verify.add_argument(
        "--trust",
        type=Path,
        action="append",
        default=[],
        metavar="CERT.pem",
        help="trust anchor(s) the signer must chain to (repeatable)",
    )
    verify.add_argument("--json", action="store_true", help="print the report as JSON")
    verify.set_defaults(func=cmd_verify)


def _register_keys(subparsers: Any) -> None:
    keys_parser = subparsers.add_parser("keys", help="create, import and list signing keys")
    keys_sub = keys_parser.add_subparsers(dest="keys_command", metavar="ACTION")
    keys_parser.set_defaults(func=lambda args, ctx: _usage(keys_parser))

    new = keys_sub.add_parser("new", help="create a key with a self-signed certificate")
    new.add_argument("--name", required=True, help='signatory name, e.g. "Jane Doe"')
    new.add_argument("--email", help="e-mail address for the certificate")
    new.add_argument("--algorithm", choices=("ec-p256", "rsa-3072"), default="ec-p256")
    new.add_argument("--valid-days", type=int, default=3 * 365, help="certificate lifetime")
    add_passphrase_options(new)
    new.add_argument("--json", action="store_true", help="print the key as JSON")
    new.set_defaults(func=cmd_keys_new)

    imp = keys_sub.add_parser("import", help="import an office- or CA-issued PKCS#12 file")
    imp.add_argument("file", type=Path, metavar="FILE.p12")
    imp.add_argument("--name", help="name in the key store (default: certificate's name)")
    add_passphrase_options(imp)
    imp.add_argument("--json", action="store_true", help="print the key as JSON")
    imp.set_defaults(func=cmd_keys_import)

    lst = keys_sub.add_parser("list", help="show subject, issuer, validity, fingerprint")
    lst.add_argument("--json", action="store_true", help="print the keys as JSON")
    lst.set_defaults(func=cmd_keys_list)

    delete = keys_sub.add_parser(
        "delete", help="remove a key from the profile (packages it signed stay verifiable)"
    )
    delete.add_argument("name", help="key name, as in 'keys list'")
    delete.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    delete.set_defaults(func=cmd_keys_delete)


def add_passphrase_options(parser: argparse.ArgumentParser) -> None:
    """``--passphrase-file FILE`` or ``--passphrase-env VAR`` (else a prompt)."""
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help="read the passphrase from the first line of FILE (readable by you only)",
    )
    where.add_argument(
        "--passphrase-env",
        metavar="VAR",
        help="read the passphrase from environment variable VAR instead of prompting",
    )


def passphrase_from(args: argparse.Namespace, confirm: bool = False) -> bytes:
    """The passphrase the options of ``add_passphrase_options`` point at."""
    if getattr(args, "passphrase_file", None) is not None:
        return read_passphrase_file(args.passphrase_file)
    return read_passphrase(args.passphrase_env, confirm=confirm)


def read_passphrase_file(path: Path) -> bytes:
    """The first line of ``path`` (without its line end).

    Raises:
        UsageError: the file cannot be read, is empty, or others may read it (POSIX:
            ``chmod 600 FILE``), as ssh refuses a private key file others can read.
    """
    try:
        mode = path.stat().st_mode
        data = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read the passphrase file {path}: {exc.strerror}") from exc
    if os.name == "posix" and mode & 0o077:
        raise UsageError(
            f"the passphrase file {path} can be read by other users; "
            f"make it private first: chmod 600 {path}"
        )
    line = data.splitlines()[0] if data.splitlines() else b""
    if not line:
        raise UsageError(f"the passphrase file {path} is empty")
    return line


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return EXIT_USAGE


def read_passphrase(env_var: str | None, confirm: bool = False) -> bytes:
    """The passphrase from ``$env_var`` or, without one, from a terminal prompt.

    Args:
        env_var: name of the environment variable (``--passphrase-env``), or None.
        confirm: ask twice (when creating a key).

    Raises:
        UsageError: the variable is unset or empty, there is no terminal to prompt on,
            or the two entries differ.
    """
    if env_var:
        value = os.environ.get(env_var)
        if not value:
            raise UsageError(f"environment variable {env_var} is not set or empty")
        return value.encode("utf-8")
    if not sys.stdin.isatty():
        raise UsageError(
            "no terminal to ask for the passphrase; use --passphrase-file FILE "
            "or --passphrase-env VAR"
        )
    first = getpass.getpass(_("Passphrase: "))
    if confirm and getpass.getpass(_("Repeat passphrase: ")) != first:
        raise UsageError("the passphrases differ")
    return first.encode("utf-8")


def cmd_keys_new(args: argparse.Namespace, ctx: CliContext) -> int:
    from filingassist.packaging import keys

    passphrase = passphrase_from(args, confirm=True)
    info = keys.create_key(
        args.name,
        passphrase,
        email=args.email,
        algorithm=args.algorithm,
        valid_days=args.valid_days,
    )
    _print_keys(ctx, [info], single=True)
    return EXIT_OK


def cmd_keys_import(args: argparse.Namespace, ctx: CliContext) -> int:
    from filingassist.packaging import keys

    passphrase = passphrase_from(args)
    info = keys.import_p12(args.file, passphrase, name=args.name)
    _print_keys(ctx, [info], single=True)
    return EXIT_OK


def cmd_keys_delete(args: argparse.Namespace, ctx: CliContext) -> int:
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError("no terminal to confirm the deletion; add --yes")
        answer = input(_("Delete key {name}? It cannot be undone. [y/N] ").format(name=args.name))
        if answer.strip().lower() not in ("y", "yes"):
            print(_("Not deleted."), file=sys.stderr)
            return EXIT_BAD
    name = ctx.workspace.delete_key(args.name)
    print(_("Deleted key {name}.").format(name=name))
    return EXIT_OK


def cmd_keys_list(args: argparse.Namespace, ctx: CliContext) -> int:
    from filingassist.packaging import keys

    _print_keys(ctx, keys.list_keys(), single=False)
    return EXIT_OK


def _print_keys(ctx: CliContext, infos: list[Any], single: bool) -> None:
    if ctx.json_output:
        ctx.emit_json(infos[0].to_dict() if single else [i.to_dict() for i in infos])
        return
    if not infos:
        ctx.out(_("No keys yet; create one with 'filingassist keys new --name \"Your Name\"'."))
    for info in infos:
        ctx.out(f"{info.name}  ({info.algorithm})")
        ctx.out(f"  subject      {info.subject}")
        ctx.out(f"  issuer       {info.issuer}")
        ctx.out(f"  valid        {info.not_before.isoformat()} .. {info.not_after.isoformat()}")
        ctx.out(f"  SHA-256      {info.fingerprint_sha256}")
        ctx.out(f"  file         {info.path}")


def cmd_verify(args: argparse.Namespace, ctx: CliContext) -> int:
    from filingassist.packaging.verify import verify_package

    trusted = [cert for path in args.trust for cert in _load_certs(path)] or None
    report = verify_package(args.package, trusted=trusted)
    if ctx.json_output:
        ctx.emit_json(report.to_dict())
    else:
        _print_report(ctx, report)
    return EXIT_OK if report.ok else EXIT_BAD


def _load_certs(path: Path) -> list[x509.Certificate]:
    from cryptography import x509

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror})", where=str(path)) from exc
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificates(data)
        return [x509.load_der_x509_certificate(data)]
    except ValueError as exc:
        raise InputError(f"not a PEM or DER certificate ({exc})", where=str(path)) from exc


def _print_report(ctx: CliContext, report: Any) -> None:
    ctx.out(f"package   {report.package_id or '-'}")
    signer = report.signer
    if signer is not None:
        when = signer.signing_time.isoformat() if signer.signing_time else "-"
        trust = _("trusted") if signer.trusted else _("integrity only, no trust anchor given")
        ctx.out(f"signer    {signer.subject}  ({trust})")
        ctx.out(f"signed    {when}  ({_('claimed by the signer')})")
        if signer.checked_at is not None:
            ctx.out(f"checked   {signer.checked_at.isoformat(timespec='seconds')}")
        ctx.out(f"cert      SHA-256 {signer.fingerprint_sha256}")
    for problem in report.problems:
        ctx.out(f"{problem.code.upper():<9} {problem.file}: {problem.message}")
    if report.ok:
        ctx.out(_("OK: the package is sound."))
    else:
        ctx.out(_("NOT OK: {count} problem(s).").format(count=len(report.problems)))
