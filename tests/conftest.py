"""Shared fixtures: an isolated data home, the shared/ folder, the example documents."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# a rule check that crashes (a renamed field, a value of an unexpected type) fails the test
# instead of becoming a "could not run" finding (filingassist/rules/engine.py)
os.environ["FILINGASSIST_STRICT_RULES"] = "1"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--shared",
        default=os.environ.get("FILINGASSIST_SHARED", str(ROOT.parent / "shared")),
        help="path to the read-only shared/ folder (standards, samples, Nice list)",
    )


@pytest.fixture(scope="session")
def shared_dir(pytestconfig: pytest.Config) -> Path:
    path = Path(pytestconfig.getoption("--shared")).resolve()
    if not (path / "standards").is_dir():
        pytest.fail(f"shared/ folder not found at {path}; pass --shared or set FILINGASSIST_SHARED")
    os.environ["FILINGASSIST_SHARED"] = str(path)
    return path


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder; nothing touches the real user profile."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("FILINGASSIST_HOME", str(home))
    # the office keeps its key passphrase outside any data folder (filingassist.office.identity)
    secrets_dir = tmp_path.parent / f"{tmp_path.name}-office-secrets"
    monkeypatch.setenv("FILINGASSIST_OFFICE_SECRETS", str(secrets_dir))
    monkeypatch.setenv("FILINGASSIST_KEYRING", "0")  # never the developer's real keyring
    return home


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return ROOT / "examples"
