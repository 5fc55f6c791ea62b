"""The only code that knows where things live: forms/, resources/, the user's data, shared/.

From a source checkout or an installed wheel the data folders sit beside the package; in a
PyInstaller build they sit under ``sys._MEIPASS`` (``build.spec`` puts them there).
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs

APP_NAME = "filingassist"
HOME_ENV = "FILINGASSIST_HOME"
SHARED_ENV = "FILINGASSIST_SHARED"


def is_frozen() -> bool:
    """True inside a PyInstaller build (``build.spec``)."""
    return bool(getattr(sys, "frozen", False) and getattr(sys, "_MEIPASS", None))


def install_root() -> Path:
    """The folder holding forms/, resources/ and examples/ (never the current directory)."""
    if is_frozen():
        return Path(sys._MEIPASS)  # type: ignore[attr-defined]
    here = Path(__file__).resolve().parent
    # Source checkout or editable install: forms/ sits beside the package.
    if (here.parent / "forms").is_dir():
        return here.parent
    # Wheel install: data is installed into the package as filingassist/_data.
    return here / "_data"


def forms_dir() -> Path:
    """Folder of the declarative form definitions (``forms/*.toml``)."""
    return install_root() / "forms"


def resources_dir() -> Path:
    """Folder of shipped reference data, translations and icons."""
    return install_root() / "resources"


def examples_dir() -> Path:
    """Folder of the shipped example applications."""
    return install_root() / "examples"


def data_home() -> Path:
    """The user's data folder: ``$FILINGASSIST_HOME`` or the platform's user data dir."""
    env = os.environ.get(HOME_ENV)
    path = Path(env) if env else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


@contextmanager
def temporary_home(home: Path | None = None, prefix: str = "filingassist-") -> Iterator[Path]:
    """Point ``$FILINGASSIST_HOME`` (drafts, keys, outbox) at a throw-away folder for a run.

    ``demo`` and ``--self-test`` use it so they never touch the user's own profile; with
    ``home`` given that folder is used instead and kept. The previous value is restored.
    """
    old = os.environ.get(HOME_ENV)
    with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
        folder = home or Path(tmp)
        os.environ[HOME_ENV] = str(folder)
        try:
            yield folder
        finally:
            if old is None:
                os.environ.pop(HOME_ENV, None)
            else:
                os.environ[HOME_ENV] = old


def shared_dir() -> Path:
    """The read-only standards/data folder (``$FILINGASSIST_SHARED``, default ``../shared``)."""
    env = os.environ.get(SHARED_ENV)
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent.parent / "shared"


def st96_dir() -> Path:
    """Folder of the official WIPO ST.96 V6_0 schemas."""
    return shared_dir() / "standards" / "st96" / "V6_0"
