"""Installed reference data: versioned files in the data home with an ``active`` pointer.

Layout: ``data_home()/refdata/<dataset>/<version>.json`` plus ``<dataset>/active`` holding
the active version. Earlier versions stay on disk so ``rollback`` needs no network and a
bad pack can be undone. Files are written temp → fsync → ``os.replace`` so a crash never
leaves a half-written table or pointer.

A pack changes several pointers, which no single rename can do, so ``install_all`` keeps
a redo journal (``pending-install.json``): every version file is written first (inert
until pointed at), then the journal (the commit point), then the pointers. A process
killed in between leaves the journal, and the next read of any pointer completes the
install first: the data sets of one pack are active all together or not at all.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from filingassist.errors import InputError, NotFound, UsageError
from filingassist.fsutil import write_atomic
from filingassist.paths import data_home
from filingassist.refdata.model import DATASET_NAMES
from filingassist.refdata.parse import version_key

ACTIVE = "active"
JOURNAL = "pending-install.json"

log = logging.getLogger(__name__)

#: Bumped on every change of an active pointer in this process (the loader's cache key).
_generation = 0


def generation() -> int:
    """A counter that changes whenever this process changes what is active."""
    return _generation


@dataclass(frozen=True)
class Installed:
    """One installed version of one data set."""

    dataset: str
    version: str
    path: Path
    active: bool


def refdata_home() -> Path:
    """Folder of installed data sets and the Nice term database."""
    path = data_home() / "refdata"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _dataset_dir(name: str) -> Path:
    if name not in DATASET_NAMES:
        raise UsageError(f"unknown data set {name!r}; known: {', '.join(DATASET_NAMES)}")
    return refdata_home() / name


def active_version(name: str) -> str | None:
    """The active installed version of ``name``, or None when only shipped data is used."""
    finish_pending_install()
    pointer = _dataset_dir(name) / ACTIVE
    try:
        text = pointer.read_text(encoding="ascii").strip()
    except (FileNotFoundError, UnicodeDecodeError):
        return None
    if not text or not (pointer.parent / f"{text}.json").is_file():
        return None
    return text


def installed_versions(name: str) -> list[Installed]:
    """Every installed version of ``name``, oldest first."""
    folder = _dataset_dir(name)
    if not folder.is_dir():
        return []
    active = active_version(name)
    found = []
    for path in folder.glob("*.json"):
        try:
            key = version_key(path.stem)
        except InputError:  # a stray file is not a version
            continue
        found.append((key, Installed(name, path.stem, path, path.stem == active)))
    return [item for _, item in sorted(found, key=lambda kv: kv[0])]


def install(name: str, version: str, raw: bytes) -> Path:
    """Store ``raw`` as ``version`` of ``name`` and make it active."""
    version_key(version)
    path = _dataset_dir(name) / f"{version}.json"
    write_atomic(path, raw)
    set_active(name, version)
    return path


def install_all(items: Sequence[tuple[str, str, bytes]]) -> list[Path]:
    """Install several (name, version, raw) data sets all together or not at all."""
    paths = []
    for name, version, raw in items:
        version_key(version)
        path = _dataset_dir(name) / f"{version}.json"
        write_atomic(path, raw)
        paths.append(path)
    journal = {name: version for name, version, _ in items}
    write_atomic(refdata_home() / JOURNAL, json.dumps(journal).encode("utf-8"))
    finish_pending_install()
    return paths


def finish_pending_install() -> None:
    """Complete a pack install a killed process left half done (idempotent)."""
    journal = refdata_home() / JOURNAL
    try:
        raw = journal.read_bytes()
    except FileNotFoundError:
        return
    try:
        pending = json.loads(raw)
        targets = [(str(k), str(v)) for k, v in dict(pending).items()]
    except (ValueError, TypeError) as exc:  # note: written atomically, so never expected
        log.warning("ignoring an unreadable %s: %s", journal, exc)
        journal.unlink(missing_ok=True)
        return
    for name, version in targets:
        if name in DATASET_NAMES and (_dataset_dir(name) / f"{version}.json").is_file():
            set_active(name, version)
    journal.unlink(missing_ok=True)


def set_active(name: str, version: str | None) -> None:
    """Point ``name`` at an installed ``version`` (None: back to the shipped data)."""
    global _generation
    _generation += 1
    pointer = _dataset_dir(name) / ACTIVE
    if version is None:
        pointer.unlink(missing_ok=True)
        return
    if not (pointer.parent / f"{version}.json").is_file():
        raise NotFound(f"version {version} of {name} is not installed")
    write_atomic(pointer, version.encode("ascii"))


def rollback(name: str) -> str | None:
    """Activate the installed version before the active one (or the shipped data).

    Returns:
        The version now active, or None when the shipped data is in use again.

    Raises:
        UsageError: nothing is installed for ``name``.
    """
    active = active_version(name)
    if active is None:
        raise UsageError(f"{name}: no installed version is active; the shipped data is in use")
    older = [
        i.version for i in installed_versions(name) if version_key(i.version) < version_key(active)
    ]
    target = older[-1] if older else None
    set_active(name, target)
    return target
