"""The application's log file: rotating, in the platform's log folder.

The frozen desktop build has no console, so without a file a crash leaves nothing for the
user to send. The folder is the platform's (``platformdirs.user_log_dir``: e.g.
``%LOCALAPPDATA%\\filingassist\\Logs``, ``~/Library/Logs/filingassist``,
``~/.local/state/filingassist/log``), or ``logs`` inside ``$FILINGASSIST_HOME`` when a
data folder is forced (tests, portable installs).
"""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

from filingassist import paths

LOG_NAME = "filingassist.log"
#: one file of at most 1 MB plus three older ones: enough for a week of use, never a disk
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"


def log_folder() -> Path:
    """Where the log files go (created if missing)."""
    if os.environ.get(paths.HOME_ENV):
        folder = paths.data_home() / "logs"
    else:
        folder = Path(platformdirs.user_log_dir(paths.APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def install(level: int = logging.INFO) -> Path:
    """Send the root logger to the rotating log file (once per file); return its path."""
    path = log_folder() / LOG_NAME
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    handler = RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(level)
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    return path


def uninstall(path: Path) -> None:
    """Remove (and close) the handlers ``install`` added for ``path``."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            root.removeHandler(handler)
            handler.close()
