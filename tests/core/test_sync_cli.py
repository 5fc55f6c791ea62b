"""The filing commands end to end: office add, outbox add/list, sync, receipts, notices."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from filingassist.cli.main import main
from filingassist.sync.receipts import fingerprint
from tests.support import fixtures
from tests.support.fixtures import Office, make_package

office = fixtures.office

pytestmark = [pytest.mark.network, pytest.mark.timeout(60)]


def _json(capsys: pytest.CaptureFixture[str], argv: list[str]) -> object:
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)


def test_filing_commands(
    tmp_path: Path,
    office: Office,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from filingassist.office.identity import load_or_create

    monkeypatch.setenv("FILINGASSIST_OFFICE_TOKEN", office.token)
    fp = fingerprint(load_or_create(office.data).cert_pem)
    # a wrong fingerprint is refused (usage error), nothing is added
    assert main(["office", "add", office.url, "--fingerprint", "00:11"]) == 2
    assert main(["office", "add", office.url, "--fingerprint", fp]) == 0
    out = capsys.readouterr().out
    assert fp in out and "added office XX" in out

    pkg = make_package(tmp_path)
    added = _json(capsys, ["outbox", "add", str(pkg), "--json"])
    assert isinstance(added, dict) and added["state"] == "queued"
    listed = _json(capsys, ["outbox", "list", "--json"])
    assert isinstance(listed, list) and [i["package_id"] for i in listed] == [added["package_id"]]
    pkg.unlink()  # the outbox keeps its own copy: the original may go

    result = _json(capsys, ["sync", "--once", "--json"])
    assert isinstance(result, dict) and result["receipted"] == [added["package_id"]]
    receipts = _json(capsys, ["receipts", "--json"])
    assert isinstance(receipts, list) and len(receipts) == 1
    app_no = receipts[0]["application_number"]

    assert (
        main(
            [
                "office",
                "notice",
                app_no,
                "--data",
                str(office.data),
                "--text",
                "Pay the fee",
                "--deadline-days",
                "30",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["sync", "--once"]) == 0
    assert "1 new notice" in capsys.readouterr().out
    notices = _json(capsys, ["notices", "--json"])
    assert isinstance(notices, list) and notices[0]["application_number"] == app_no
    assert notices[0]["deadline"]


def test_outbox_add_rejects_a_file_that_is_not_a_package(
    tmp_path: Path, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    from filingassist.office.identity import load_or_create

    monkeypatch.setenv("FILINGASSIST_OFFICE_TOKEN", office.token)
    fp = fingerprint(load_or_create(office.data).cert_pem)
    assert main(["office", "add", office.url, "--fingerprint", fp]) == 0
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip")
    assert main(["outbox", "add", str(junk)]) == 2


def test_office_account_prints_a_token(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["office", "account", "bob", "--data", str(tmp_path / "o")]) == 0
    assert len(capsys.readouterr().out.strip()) >= 40
