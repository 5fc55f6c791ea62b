"""The one-line messages the CLI prints instead of a storage traceback."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from filingassist.cli import failures
from filingassist.cli.main import main


def test_no_space_names_the_folder_of_the_file(tmp_path: Path) -> None:
    exc = OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "p.zip"))
    assert failures.describe(exc).startswith(f"the disk holding {tmp_path} is full")


def test_sqlite_full_names_the_data_folder(isolated_home: Path) -> None:
    text = failures.describe(sqlite3.OperationalError("database or disk is full"))
    assert f"the disk holding {isolated_home} is full" in text


def test_io_error_with_room_left_is_not_called_a_full_disk(isolated_home: Path) -> None:
    text = failures.describe(sqlite3.OperationalError("disk I/O error"))
    assert "full" not in text and str(isolated_home) in text


def test_locked_database_and_unreadable_file(isolated_home: Path, tmp_path: Path) -> None:
    assert "busy" in failures.describe(sqlite3.OperationalError("database is locked"))
    denied = OSError(errno.EACCES, "Permission denied", str(tmp_path / "x"))
    assert failures.describe(denied) == f"{tmp_path / 'x'}: Permission denied"


def test_a_data_folder_that_is_not_a_database_exits_2_without_traceback(
    isolated_home: Path, capsys
) -> None:
    (isolated_home / "filingassist.sqlite").write_bytes(b"not a database at all" * 100)
    assert main(["list"]) == 2
    err = capsys.readouterr().err
    assert "cannot be used" in err and str(isolated_home) in err and "Traceback" not in err
