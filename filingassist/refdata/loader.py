"""Load each data set once per process: the version in effect on a given day.

Candidates are the shipped file and every installed version up to the active one. On a day
D the newest candidate whose ``effective_from`` is on or before D wins, so a signed pack can
carry tomorrow's fees: installed today, used for filings dated from its effective date on.

The cache key is the data home setting plus a counter the store bumps whenever this process
changes an active pointer, so an import or rollback (or a test switching
``FILINGASSIST_HOME``) is seen on the next call, while a lookup costs a dict hit (the rules
engine calls these per keystroke). A pack imported by another process is seen after restart.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from filingassist.errors import InputError
from filingassist.paths import HOME_ENV, data_home, resources_dir
from filingassist.refdata import store
from filingassist.refdata.parse import parse_dataset, version_key

log = logging.getLogger(__name__)


def shipped_path(name: str) -> Path:
    """The data file that ships with the app."""
    return resources_dir() / "refdata" / f"{name}.json"


@lru_cache(maxsize=64)
def _load_file(name: str, path: str, origin: str, mtime_ns: int) -> Any:
    raw = Path(path).read_bytes()
    return parse_dataset(name, raw, path, origin)


def load_shipped(name: str) -> Any:
    """The shipped version of ``name``, parsed."""
    path = shipped_path(name)
    return _load_file(name, str(path), "shipped", path.stat().st_mtime_ns)


def _load_installed(name: str, version: str) -> Any | None:
    path = store.refdata_home() / name / f"{version}.json"
    try:
        return _load_file(name, str(path), "installed", path.stat().st_mtime_ns)
    except (OSError, InputError) as exc:
        # note: an installed file was verified at import; damage later falls back, loudly.
        log.warning("installed %s %s unusable, using shipped data: %s", name, version, exc)
        return None


def candidates(name: str) -> list[Any]:
    """Shipped data plus installed versions up to the active one, oldest version first."""
    found = [load_shipped(name)]
    active = store.active_version(name)
    if active is not None:
        limit = version_key(active)
        for item in store.installed_versions(name):
            if version_key(item.version) <= limit:
                loaded = _load_installed(name, item.version)
                if loaded is not None:
                    found.append(loaded)
    return sorted(found, key=lambda d: version_key(d.info.version))


@lru_cache(maxsize=256)
def _resolve(name: str, home: str, active: str | None, on: dt.date) -> Any:
    found = candidates(name)
    # An app update may ship newer data than an old pack: the newest version in effect wins.
    effective = [d for d in found if d.info.effective_date <= on]
    if effective:
        return effective[-1]
    return min(found, key=lambda d: d.info.effective_date)  # nothing applies yet: earliest


@lru_cache(maxsize=256)
def _current(name: str, home_env: str | None, generation: int, on: dt.date) -> Any:
    return _resolve(name, str(data_home()), store.active_version(name), on)


def load(name: str, on: dt.date | None = None) -> Any:
    """The data set ``name`` in effect on ``on`` (today by default), typed, with ``.info``."""
    day = on or dt.date.today()
    return _current(name, os.environ.get(HOME_ENV), store.generation(), day)


def upcoming(name: str, today: dt.date | None = None) -> list[Any]:
    """Versions already on this machine that take effect after ``today`` (oldest first)."""
    day = today or dt.date.today()
    current = load(name, day).info.version
    return [
        d
        for d in candidates(name)
        if d.info.effective_date > day and version_key(d.info.version) > version_key(current)
    ]


def clear_cache() -> None:
    """Forget parsed data sets (after an import in this process, or in tests)."""
    _current.cache_clear()
    _resolve.cache_clear()
    _load_file.cache_clear()
