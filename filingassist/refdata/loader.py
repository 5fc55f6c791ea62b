"""Load each data set once per process: the installed pack if newer, else the shipped file.

The cache key is the data home setting plus a counter the store bumps whenever this process
changes an active pointer, so an import or rollback (or a test switching
``FILINGASSIST_HOME``) is seen on the next call, while a lookup costs a dict hit (the rules
engine calls these per keystroke). A pack imported by another process is seen after restart.
"""

from __future__ import annotations

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


@lru_cache(maxsize=256)
def _resolve(name: str, home: str, active: str | None) -> Any:
    shipped = load_shipped(name)
    if active is None:
        return shipped
    installed = _load_installed(name, active)
    if installed is None:
        return shipped
    # An app update may ship newer data than an old pack: the newer one wins.
    if version_key(installed.info.version) < version_key(shipped.info.version):
        return shipped
    return installed


@lru_cache(maxsize=256)
def _current(name: str, home_env: str | None, generation: int) -> Any:
    return _resolve(name, str(data_home()), store.active_version(name))


def load(name: str) -> Any:
    """The data set ``name`` in effect now (typed model object with ``.info``)."""
    return _current(name, os.environ.get(HOME_ENV), store.generation())


def clear_cache() -> None:
    """Forget parsed data sets (after an import in this process, or in tests)."""
    _current.cache_clear()
    _resolve.cache_clear()
    _load_file.cache_clear()
