"""``filingassist respond`` and the response status in ``notices`` and ``receipts``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from filingassist.app import Workspace
from filingassist.cli.main import main
from filingassist.office.serve import start_in_thread
from filingassist.sync.receipts import fingerprint
from tests.support.fixtures import SERVICES, TEST_RECEIVES

PASS = "a long enough passphrase"

pytestmark = [pytest.mark.network, pytest.mark.timeout(90)]


def _run(capsys: pytest.CaptureFixture[str], argv: list[str], code: int = 0) -> str:
    assert main(argv) == code, capsys.readouterr()
    return capsys.readouterr().out


def test_respond_command_end_to_end(
    isolated_home: Path,
    examples_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ws = Workspace.open()
    ws.create_key("Jane Doe", PASS.encode())
    draft_id = ws.import_file(examples_dir / "madrid.json").id
    ws.close()
    data = tmp_path / "office"
    monkeypatch.setenv("KEY_PASS", PASS)
    with start_in_thread(data, SERVICES, receives=TEST_RECEIVES) as office:
        monkeypatch.setenv(
            "FILINGASSIST_OFFICE_TOKEN",
            _run(capsys, ["office", "account", "jane", "--data", str(data)]).strip(),
        )
        from filingassist.office.identity import load_or_create

        fp = fingerprint(load_or_create(data).cert_pem)
        _run(capsys, ["office", "add", office.url, "--fingerprint", fp])
        packed = json.loads(
            _run(capsys, ["pack", draft_id, "--passphrase-env", "KEY_PASS", "--json"])
        )
        _run(capsys, ["outbox", "add", packed[0]["path"]])
        _run(capsys, ["sync", "--once"])
        app_no = json.loads(_run(capsys, ["receipts", "--json"]))[0]["application_number"]
        _run(
            capsys,
            [
                "office",
                "notice",
                app_no,
                "--data",
                str(data),
                "--text",
                "Class 25 vague",
                "--deadline-days",
                "60",
            ],
        )
        assert "1 new notice(s)" in _run(capsys, ["sync", "--once"])
        listed = _run(capsys, ["notices"])
        assert "XX #1" in listed and "no response sent (filingassist respond XX 1 DRAFT)" in listed

        # an unknown notice: nothing is signed or queued
        assert main(["respond", "XX", "7", draft_id, "--passphrase-env", "KEY_PASS"]) == 2
        assert "no notice 7 from office XX" in capsys.readouterr().err
        assert len(json.loads(_run(capsys, ["outbox", "list", "--json"]))) == 1

        answer = json.loads(
            _run(capsys, ["respond", "XX", "1", draft_id, "--passphrase-env", "KEY_PASS", "--json"])
        )
        assert answer["responds_to"] == {"office": "XX", "application_number": app_no, "notice": 1}
        pid = answer["package_id"]
        notices = json.loads(_run(capsys, ["notices", "--json"]))
        assert (notices[0]["response_package_id"], notices[0]["response_state"]) == (pid, "queued")
        assert f"response {pid[:16]} queued (not yet receipted)" in _run(capsys, ["notices"])

        assert f"filed {pid[:16]}" in _run(capsys, ["sync", "--once"])
    listed = _run(capsys, ["notices"])
    assert f"response {pid[:16]} filed " in listed and "LATE" not in listed
    receipts = _run(capsys, ["receipts"])
    assert receipts.count(app_no) == 2 and "response to notice 1" in receipts
