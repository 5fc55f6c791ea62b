"""Declared dependencies are the ones the code needs, at versions that have what it uses."""

from __future__ import annotations

import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]


def _requirements() -> dict[str, Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    reqs = [Requirement(r) for r in project["dependencies"]]
    return {r.name.lower(): r for r in reqs}


def test_openpyxl_parses_spreadsheets_with_defusedxml() -> None:
    from openpyxl.xml import DEFUSEDXML

    assert "defusedxml" in _requirements()
    assert DEFUSEDXML, "openpyxl falls back to the standard library's XML parser"


def test_sqlite_utils_floor_has_migrations() -> None:
    import sqlite_utils.migrations  # noqa: F401  # what filingassist.store.migrations uses

    spec = _requirements()["sqlite-utils"].specifier
    # 4.0 is the first release on PyPI with sqlite_utils/migrations.py; 3.39.1 has none
    assert not spec.contains(Version("3.39.1")) and spec.contains(Version("4.0"))


def test_no_unused_tus_client_library() -> None:
    assert "tuspy" not in _requirements()  # filingassist.sync.tus is our own client
