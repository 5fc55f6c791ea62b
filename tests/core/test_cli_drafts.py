"""The CLI: exit codes 0/1/2 and JSON output, run as a user would (a subprocess)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "filingassist", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
    )


def test_new_list_show_history_export_import(examples_dir: Path, tmp_path: Path) -> None:
    r = run("new", "madrid", "--from", str(examples_dir / "madrid.json"))
    assert r.returncode == 0, r.stderr
    draft_id = r.stdout.strip()
    r = run("list", "--json")
    listed = json.loads(r.stdout)
    assert [d["id"] for d in listed] == [draft_id] and listed[0]["title"] == "CHRONOLYTE"
    r = run("list", "--search", "Genève")
    assert draft_id in r.stdout
    r = run("show", draft_id)
    assert json.loads(r.stdout)["data"]["office_of_origin"] == "CH"
    out = tmp_path / "export.json"
    assert run("export", draft_id, "--out", str(out)).returncode == 0
    r = run("import", str(out), "--json")
    assert r.returncode == 0 and json.loads(r.stdout)[0]["kind"] == "madrid"
    r = run("history", draft_id, "--json")
    assert [h["number"] for h in json.loads(r.stdout)] == [1]


def test_validate_exit_codes(examples_dir: Path, tmp_path: Path) -> None:
    assert run("validate", str(examples_dir / "patent.json")).returncode == 0
    doc = json.loads((examples_dir / "patent.json").read_text())
    doc["data"]["title"] = ""
    shutil.copytree(examples_dir / "assets", tmp_path / "assets")  # the drawings it attaches
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(doc))
    r = run("validate", str(broken), "--json")
    assert r.returncode == 1
    findings = json.loads(r.stdout)[0]["findings"]
    assert any(f["path"] == "title" and f["severity"] == "error" for f in findings)


@pytest.mark.parametrize(
    "args",
    [
        ["new", "design"],  # unknown kind: argparse usage error
        ["show", "no-such-draft"],
        ["import", "/nonexistent/file.json"],
        ["frobnicate"],
    ],
)
def test_usage_and_unreadable_input_exit_2(args: list[str]) -> None:
    r = run(*args)
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert r.stderr.strip()


def test_bad_import_names_file_and_path_and_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "wrong.json"
    bad.write_text(
        json.dumps(
            {
                "format": "filingassist/application",
                "format_version": 1,
                "kind": "trademark",
                "form": "trademark",
                "form_version": 1,
                "data": {"office": "EM", "colour_of_sky": "blue"},
            }
        )
    )
    r = run("import", str(bad))
    assert r.returncode == 2
    assert "wrong.json" in r.stderr and "$.data.colour_of_sky" in r.stderr
    assert json.loads(run("list", "--json").stdout) == []


def test_json_errors_are_json(tmp_path: Path) -> None:
    r = run("show", "missing", "--json")
    assert r.returncode == 2
    assert "error" in json.loads(r.stdout)
