"""filingassist.app re-exports its typed records lazily (issue 15: fast CLI start-up).

The UI and the CLI import records such as ``KeyInfo`` or ``OutboxItem`` from
filingassist.app; the modules defining them pull in cryptography, requests and
sqlite-utils, so app.py resolves them on first access (PEP 562 ``__getattr__``). These
tests keep that mapping and ``__all__`` in step, and the start-up paths light.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import filingassist.app as app

#: Modules that '--help', 'list' and a bare ``import filingassist.app`` must not load.
HEAVY = ("cryptography", "requests", "sqlite_utils", "lxml", "openpyxl")
HEAVY_OURS = (
    "filingassist.packaging",
    "filingassist.sync",
    "filingassist.refdata",
    "filingassist.rules",
    "filingassist.filing",
    "filingassist.tabular",
)


def _run(code: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, FILINGASSIST_HOME=str(home))
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)


def _loaded_check(expr: str) -> str:
    return (
        "import sys\n"
        f"{expr}\n"
        f"heavy = [m for m in sys.modules if m.split('.')[0] in {HEAVY!r}"
        f" or m.startswith({HEAVY_OURS!r})]\n"
        "assert not heavy, sorted(heavy)\n"
    )


def test_every_name_in_all_resolves_in_a_fresh_process(tmp_path: Path) -> None:
    code = (
        "import filingassist.app as app\n"
        "eager = set(app.__all__) - set(app._LAZY_RECORDS)\n"
        "assert eager <= set(vars(app)), sorted(eager - set(vars(app)))\n"
        "missing = [n for n in app.__all__ if getattr(app, n, None) is None]\n"
        "assert not missing, missing\n"
        "from filingassist.app import *  # noqa: F403\n"
        "assert KeyInfo.__module__ == 'filingassist.packaging.keys'\n"
        "assert OutboxItem.__module__ == 'filingassist.sync.outbox'\n"
    )
    result = _run(code, tmp_path)
    assert result.returncode == 0, result.stderr


def test_lazy_records_are_exported_and_come_from_their_own_modules() -> None:
    assert set(app._LAZY_RECORDS) <= set(app.__all__)
    for name, module in app._LAZY_RECORDS.items():
        value = getattr(app, name)
        assert value.__module__ == module, name
        assert app.__dict__[name] is value  # cached after the first access


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'NoSuchRecord'"):
        app.NoSuchRecord  # noqa: B018
    assert not hasattr(app, "hashes")  # the old eager imports are gone, not re-exported


def test_importing_the_app_loads_no_packaging_sync_or_refdata(tmp_path: Path) -> None:
    result = _run(_loaded_check("import filingassist.app"), tmp_path)
    assert result.returncode == 0, result.stderr


def test_help_loads_no_packaging_sync_or_refdata(tmp_path: Path) -> None:
    code = _loaded_check("from filingassist.cli.main import main\nassert main(['--help']) == 0")
    result = _run(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "usage: filingassist" in result.stdout


def test_list_loads_no_packaging_sync_or_refdata(tmp_path: Path) -> None:
    app.Workspace.open(tmp_path).close()
    code = _loaded_check("from filingassist.cli.main import main\nassert main(['list']) == 0")
    result = _run(code, tmp_path)
    assert result.returncode == 0, result.stderr
