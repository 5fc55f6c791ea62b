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


@pytest.mark.slow
def test_continuous_sync_sends_as_soon_as_the_office_is_reachable(
    tmp_path: Path, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    from filingassist.office.identity import load_or_create
    from filingassist.sync import outbox
    from tests.support.faultproxy import FaultProxy, wait_until
    from tests.support.fixtures import client_db

    monkeypatch.setenv("FILINGASSIST_OFFICE_TOKEN", office.token)
    fp = fingerprint(load_or_create(office.data).cert_pem)
    with FaultProxy("127.0.0.1", office.server.port) as proxy:
        assert main(["office", "add", proxy.url, "--fingerprint", fp]) == 0
        assert main(["outbox", "add", str(make_package(tmp_path))]) == 0
        proxy.refusing = True  # offline
        proc = subprocess.Popen(
            [sys.executable, "-m", "filingassist", "sync", "--interval", "0.3"],
            env={**os.environ},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert wait_until(lambda: proxy.refused >= 3, 15)  # it keeps probing
            db = client_db(Path(os.environ["FILINGASSIST_HOME"]) / "filingassist.sqlite")
            assert outbox.items(db, "receipted") == []
            proxy.refusing = False  # back online
            t0 = time.monotonic()
            assert wait_until(lambda: len(outbox.items(db, "receipted")) == 1, 15)
            assert time.monotonic() - t0 < 5  # not after a long backoff
            db.conn.close()
        finally:
            proc.send_signal(signal.SIGINT)
            try:
                out, err = proc.communicate(timeout=15)
            except subprocess.TimeoutExpired:  # say where it is stuck, then fail
                proc.send_signal(signal.SIGUSR1)  # faulthandler: every thread's stack
                time.sleep(1)
                proc.kill()
                out, err = proc.communicate()
                pytest.fail(f"sync did not stop on SIGINT within 15 s; its threads:\n{err}")
        assert proc.returncode == 0, err[-2000:]
        assert "will retry" in out  # it told the user while offline
