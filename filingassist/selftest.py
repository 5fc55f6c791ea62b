"""``filingassist --self-test``: prove that this installation (source, wheel or frozen build) works.

Headless and in a throw-away profile, it walks the parts a filer relies on: the data
folders are found, every form and reference data set loads, the bundled examples pass
their checks, a package is packed, signed with a throw-away key and verified, and a
reference office started in-process on 127.0.0.1 files it and returns a verified
receipt. The desktop part (translations, PDF printouts) needs Qt and lives in
``ui/selftest.py``, which adds its steps to the same run.

Each step prints one line, ``ok`` or ``FAILED`` with the reason; a step whose input
another step failed to make is reported as not run. Exit code 0 only when every step
passed, so CI and a support desk can trust the answer.
"""

from __future__ import annotations

import importlib.util
import secrets
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

from filingassist import __version__, paths, refdata
from filingassist.app import Receipt, Workspace
from filingassist.errors import StepNotRun
from filingassist.formdefs import all_forms
from filingassist.refdata import pack as refdata_pack
from filingassist.refdata.model import DATASET_NAMES

PASSPHRASE = b"self-test key, thrown away at the end"
EXIT_OK = 0
EXIT_FAILED = 1


@dataclass
class Context:
    """What the steps hand on to each other (drafts, packages, receipts)."""

    ws: Workspace
    drafts: dict[str, str] = field(default_factory=dict)  # example name → draft id
    package: Any = None
    receipt: Receipt | None = None

    def need(self, value: Any, what: str) -> Any:
        if value is None or value == {}:
            raise StepNotRun(f"needs {what}")
        return value


#: A step: a name and a function that returns a one-line detail or raises.
Step = tuple[str, Callable[[Context], str]]


def check_folders(ctx: Context) -> str:
    missing = [
        str(p)
        for p in (paths.forms_dir(), paths.resources_dir(), paths.examples_dir())
        if not p.is_dir()
    ]
    if missing:
        raise RuntimeError(f"missing data folders: {', '.join(missing)}")
    kind = "frozen build" if paths.is_frozen() else "source/installed package"
    return f"filingassist {__version__} ({kind}) in {paths.install_root()}"


def check_forms(ctx: Context) -> str:
    forms = all_forms()
    if not forms:
        raise RuntimeError(f"no form definitions in {paths.forms_dir()}")
    return ", ".join(f"{f.id} v{f.version}" for f in forms)


def check_refdata(ctx: Context) -> str:
    infos = [refdata.dataset_info(name) for name in DATASET_NAMES]
    trusted = refdata_pack.load_trusted()
    shown = ", ".join(f"{i.name} {i.version} ({i.valid_as_of})" for i in infos)
    return f"{shown}; {len(trusted)} trusted data-pack publisher(s)"


def check_examples(ctx: Context) -> str:
    examples = sorted(paths.examples_dir().glob("*.json"))
    if not examples:
        raise RuntimeError(f"no examples in {paths.examples_dir()}")
    results = []
    for path in examples:
        info = ctx.ws.import_file(path)
        findings = ctx.ws.validate(ctx.ws.load(info.id))
        errors = [f for f in findings if f.severity.value == "error"]
        if errors:
            listed = "; ".join(f"{f.code} {f.path}" for f in errors[:3])
            raise RuntimeError(f"{path.name}: {len(errors)} error(s): {listed}")
        ctx.drafts[path.stem] = info.id
        results.append(f"{path.stem} 0 errors")
    return ", ".join(results)


def check_pack(ctx: Context) -> str:
    drafts = ctx.need(ctx.drafts, "the examples")
    draft_id = drafts.get("trademark") or next(iter(drafts.values()))
    key = ctx.ws.create_key("Self-test", PASSPHRASE, email="self-test@example.invalid")
    info = ctx.ws.pack(draft_id, ctx.ws.unlock_key(key.name, PASSPHRASE))
    report = ctx.ws.verify_package(info.path)
    if not report.ok:
        raise RuntimeError(f"package does not verify: {report.problems}")
    ctx.package = info
    return f"package {info.package_id[:16]}… ({info.record.size:,} bytes) signed and verified"


def check_office(ctx: Context) -> str:
    info = ctx.need(ctx.package, "a signed package")
    if importlib.util.find_spec("fastapi") is None:
        raise RuntimeError("the office extra is not installed (pip install 'filingassist[office]')")
    from filingassist.office import store as office_store
    from filingassist.office.serve import start_in_thread

    office_dir = ctx.ws.home / "self-test-office"
    # a one-off passphrase: the self-test office's key must not leave a secret behind
    passphrase = secrets.token_bytes(24).hex().encode()
    kind, code = ctx.ws.destination(info.package_id)  # the office receives what it is sent
    with start_in_thread(office_dir, passphrase=passphrase, receives={kind: [code]}) as office:
        token = office_store.add_account(office_store.open_db(office_dir), "self-test")
        _doc, fingerprint = ctx.ws.discover_office(office.url)
        ctx.ws.add_office(office.url, fingerprint, token)
        ctx.ws.queue(info.package_id)
        result = ctx.ws.sync_once()
    if len(result.receipted) != 1:
        raise RuntimeError(
            f"{len(result.receipted)} filed, {len(result.deferred)} to retry, "
            f"{len(result.refused)} refused"
        )
    receipts = [r for r in ctx.ws.receipts() if r.package_id == info.package_id]
    if not receipts:
        raise RuntimeError("the office filed the package but no verified receipt was stored")
    ctx.receipt = receipts[0]
    return f"filed at {office.url} as {ctx.receipt.application_number} (receipt verified)"


def unavailable(reason: str) -> Callable[[Context], str]:
    """A step that always fails with ``reason`` (a part that could not even be loaded)."""

    def step(ctx: Context) -> str:
        raise RuntimeError(reason)

    return step


CORE_STEPS: tuple[Step, ...] = (
    ("data folders", check_folders),
    ("forms", check_forms),
    ("reference data", check_refdata),
    ("bundled examples", check_examples),
    ("pack, sign and verify", check_pack),
    ("office on 127.0.0.1", check_office),
)


def run(extra_steps: Sequence[Step] = (), out: TextIO | None = None) -> int:
    """Run the core steps then ``extra_steps`` in a temporary profile; 0 when all passed."""
    out = out or sys.stdout
    failed = 0
    with paths.temporary_home(prefix="filingassist-selftest-") as home:
        ws = Workspace.open(home)
        ctx = Context(ws)
        try:
            for name, step in (*CORE_STEPS, *extra_steps):
                failed += not _run_step(name, step, ctx, out)
        finally:
            ws.close()
    total = len(CORE_STEPS) + len(extra_steps)
    verdict = "self-test passed" if not failed else f"self-test FAILED: {failed} of {total} steps"
    print(verdict, file=out, flush=True)
    return EXIT_OK if not failed else EXIT_FAILED


def _run_step(name: str, step: Callable[[Context], str], ctx: Context, out: TextIO) -> bool:
    start = time.monotonic()
    try:
        detail = step(ctx)
    except StepNotRun as exc:
        print(f"FAILED  {name}: not run ({exc})", file=out, flush=True)
        return False
    except Exception as exc:  # every failure is reported, none stops the run
        where = traceback.extract_tb(exc.__traceback__)[-1]
        print(
            f"FAILED  {name}: {type(exc).__name__}: {exc} "
            f"(at {where.filename.rsplit('/', 1)[-1]}:{where.lineno})",
            file=out,
            flush=True,
        )
        return False
    print(f"ok      {name}: {detail} [{time.monotonic() - start:.1f} s]", file=out, flush=True)
    return True
