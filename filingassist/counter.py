"""Office counter mode: one walk-in filer at a time on a shared machine, nothing of them kept.

The counter keeps its own data folder (``counter/`` inside the data home) that holds only
the current filer's session: at the end of a session (``handover``) and at every start
(``recover``) each draft there is wiped with the no-trace deletion of
``Workspace.delete_drafts``, after any package signed from it is safely in the outbox,
which keeps only what must reach the office (the signed package and, later, its receipt).

How a counter behaves is office configuration, set by an administrator in a system-wide
file the staff cannot change (``config_path``)::

    [counter]
    enabled = true            # the desktop app always starts in counter mode
    locked = true             # and staff cannot leave it
    office = "XX"             # code of the pinned office packages are queued to
    office_name = "Intellectual Property Office, front desk 2"
    key = "Counter 2"         # the counter's signing key, unlocked once per shift
    idle_timeout = 300        # seconds without input before the warning
    idle_warning = 30         # seconds the warning is shown before the session is wiped
    print_folder = ""         # PDFs go here instead of to the default printer (optional)

    [counter.payment]         # how to pay at this office, in the filer's language
    en = "Pay at cash desk 1 ..."
    ar = "..."

    [counter.office_names]    # office_name in the filers' languages (printouts)
    ar = "..."
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from filingassist import paths
from filingassist.errors import InputError, NotFound

if TYPE_CHECKING:
    from filingassist.app import Workspace

#: Overrides the system-wide configuration file (tests, and offices that keep it elsewhere).
CONFIG_ENV = "FILINGASSIST_COUNTER_CONFIG"
#: Where the counter's own data lives, inside the data home.
FOLDER = "counter"
#: Printouts and other files a session writes before they are printed; wiped with it.
TEMP = "session-tmp"
#: Signature fields every form declares (tied to the definitions by tests/core/test_counter.py).
SIGNATORY = "signature.signatory"
SIGNATURE_TEXT = "signature.text"
SIGNATURE_DATE = "signature.date"
SIGNATURE_SECTION = "signature"


def config_path() -> Path:
    """The system-wide file: ``/etc/filingassist/counter.toml``, or ProgramData on Windows."""
    env = os.environ.get(CONFIG_ENV)
    if env:
        return Path(env)
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "filingassist/counter.toml"
    return Path("/etc/filingassist/counter.toml")


@dataclass(frozen=True)
class CounterConfig:
    """An office's settings for its counter machines (see the module docstring)."""

    enabled: bool = False
    locked: bool = False
    office: str | None = None
    office_name: str = ""
    key: str | None = None
    idle_timeout: int = 300
    idle_warning: int = 30
    print_folder: Path | None = None
    payment: dict[str, str] = field(default_factory=dict)
    office_names: dict[str, str] = field(default_factory=dict)
    source: Path | None = None

    def payment_text(self, lang: str) -> str:
        """How to pay, in ``lang`` when the office wrote it in that language, else English."""
        return _in_language(self.payment, lang, self.payment.get("en", ""))

    def office_name_in(self, lang: str) -> str:
        """The office's name in ``lang`` when the office wrote it so, else ``office_name``."""
        return _in_language(self.office_names, lang, self.office_name)


def _in_language(texts: dict[str, str], lang: str, fallback: str) -> str:
    """``texts[lang]`` (``zh_CN`` also reads ``zh``), else ``fallback``."""
    return texts.get(lang) or texts.get(lang.split("_")[0]) or fallback


def _texts(raw: dict[str, Any], key: str) -> dict[str, str]:
    table = raw.get(key, {})
    if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
        raise TypeError(f"[counter.{key}] must map language codes to texts")
    return dict(table)


def load_config(path: Path | None = None) -> CounterConfig:
    """The counter configuration; defaults (counter mode off) when there is no file.

    Raises:
        InputError: the file exists but is not valid TOML or has values of the wrong type.
    """
    where = path or config_path()
    if not where.is_file():
        return CounterConfig()
    try:
        raw = tomllib.loads(where.read_text(encoding="utf-8")).get("counter", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"unreadable counter configuration ({exc})", str(where)) from exc
    try:
        return _config(raw, where)
    except (TypeError, ValueError) as exc:
        raise InputError(f"counter configuration: {exc}", str(where)) from exc


def _config(raw: dict[str, Any], where: Path) -> CounterConfig:
    timeout, warning = int(raw.get("idle_timeout", 300)), int(raw.get("idle_warning", 30))
    if timeout < 30 or not 5 <= warning < timeout:
        raise ValueError("idle_timeout must be at least 30 s and idle_warning 5 s or more")
    folder = str(raw.get("print_folder") or "")
    return CounterConfig(
        enabled=bool(raw.get("enabled", False)),
        locked=bool(raw.get("locked", False)),
        office=str(raw["office"]) if raw.get("office") else None,
        office_name=str(raw.get("office_name", "")),
        key=str(raw["key"]) if raw.get("key") else None,
        idle_timeout=timeout,
        idle_warning=warning,
        print_folder=Path(folder) if folder else None,
        payment=_texts(raw, "payment"),
        office_names=_texts(raw, "office_names"),
        source=where,
    )


def home(data_home: Path | None = None) -> Path:
    """The counter's data folder (never the folder of an agent's or applicant's drafts)."""
    return (data_home or paths.data_home()) / FOLDER


def temp_dir(ws: Workspace) -> Path:
    folder = ws.home / TEMP
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def sign_as_filer(doc_data: dict[str, Any], name: str, today: dt.date) -> None:
    """The filer's text-string signature: their name between slashes, dated today."""
    clean = " ".join(name.split()).strip("/ ")
    if not clean:
        raise InputError("the signatory's name is empty", SIGNATORY)
    signature = doc_data.setdefault("signature", {})
    signature["signatory"] = clean
    signature["text"] = f"/{clean}/"
    signature["date"] = today.isoformat()


def attestation(doc_data: dict[str, Any], staff: str, office_name: str) -> dict[str, Any]:
    """What the manifest records of a signature typed at the counter (``counter_signature``)."""
    signature = doc_data.get("signature") or {}
    if not staff.strip():
        raise InputError("the member of staff is not named", "staff")
    return {
        "signature_text": str(signature.get("text") or ""),
        "signatory": str(signature.get("signatory") or ""),
        "date": str(signature.get("date") or ""),
        "witnessed_by": staff.strip(),
        "place": office_name,
    }


@dataclass(frozen=True)
class Handover:
    """What ending a session did: the packages now in the outbox, the drafts wiped."""

    queued: tuple[str, ...]
    wiped: tuple[str, ...]
    temp_files: int
    #: attachments no draft named (stored, then the session ended before a save)
    attachments: int = 0


def handover(ws: Workspace, office: str | None = None) -> Handover:
    """End the session: queue every signed package of the counter's drafts, then wipe them.

    Used by "Finish and hand over", by ``filingassist counter handover`` and at every start
    of counter mode (a crash never leaves a previous filer's form to reopen). A package
    signed from a draft's current revision is queued first (idempotent); only when every
    one is in the outbox are the drafts, their attachments (with any file stored but not
    yet saved into a revision) and the session's temporary files erased, so a failure to
    queue (no office pinned) wipes nothing.
    """
    queued: list[str] = []
    drafts = ws.drafts()
    in_outbox = {item.package_id for item in ws.outbox()}
    for info in drafts:
        for record in ws.packages(info.id):
            if record.revision != info.head:
                continue  # an older revision's package, superseded by an edit: not filed
            if record.package_id not in in_outbox:
                ws.queue(record.package_id, office)
            queued.append(record.package_id)
    ids = [info.id for info in drafts]
    if ids:
        ws.delete_drafts(ids, keep_queued=True)
    # a file stored but never saved into a revision (the session ended meanwhile)
    attachments = ws.erase_unused_attachments()
    return Handover(tuple(queued), tuple(ids), wipe_temp(ws), attachments)


def wipe_temp(ws: Workspace) -> int:
    """Shred the session's temporary files (printouts before printing)."""
    from filingassist.store import erase  # sqlite_utils: not for every CLI start

    count = 0
    for path in _files(ws.home / TEMP):
        count += erase.shred_file(path)
    return count


def _files(folder: Path) -> Iterator[Path]:
    if folder.is_dir():
        yield from (p for p in sorted(folder.rglob("*")) if p.is_file())


def current_draft(ws: Workspace) -> str | None:
    """The session's draft, if one is open (the counter folder holds at most one)."""
    try:
        drafts = ws.drafts(limit=1)
    except NotFound:
        return None
    return drafts[0].id if drafts else None
