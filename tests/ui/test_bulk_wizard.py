"""The bulk import wizard: a sheet whose headers differ from the template and with one bad
row → columns matched → report → valid rows imported → signed → queued; Stop during the
import leaves the store as it was."""

from __future__ import annotations

import csv
import io
import shutil
import threading
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

import ui.bulkimport as bulkimport
from tests.support.fixtures import start_office
from ui.bulkimport import BulkImportWizard, guess

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = b"correct horse battery staple"


def trademark_sheet(ws: Any, folder: Path, rows: int, bad_row: int | None) -> Path:
    """The trademark template's example as ``rows`` rows (``bad_row`` without an applicant
    name), the word mark's column headed "Word mark" instead of its template key."""
    for asset in (ROOT / "examples" / "assets").iterdir():
        shutil.copyfile(asset, folder / asset.name)
    ws.write_template("trademark", folder / "template.csv")
    with open(folder / "template.csv", encoding="utf-8-sig", newline="") as f:
        header, _titles, _syntax, example = list(csv.reader(f))
    body = []
    for n in range(rows):
        row = list(example)
        row[0], row[1] = "ACME", f"R{n + 1}"
        row[header.index("mark.verbal_element")] = f"MARK {n + 1}"
        if n == bad_row:
            row[header.index("applicants.name")] = ""
        body.append(row)
    header[header.index("mark.verbal_element")] = "Word mark"
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows([header, *body])
    sheet = folder / "sheet.csv"
    sheet.write_text(out.getvalue(), encoding="utf-8")
    return sheet


def _click(qtbot: Any, button: Any) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _on(qtbot: Any, wizard: BulkImportWizard, page: Any, timeout: int = 60000) -> None:
    qtbot.waitUntil(
        lambda: wizard.pages.currentWidget() is page and wizard.running is None, timeout=timeout
    )


def _choose(qtbot: Any, wizard: BulkImportWizard, sheet: Path) -> None:
    wizard.kind.setCurrentIndex(wizard.kind.findData("trademark"))
    wizard.path.setText(str(sheet))
    _click(qtbot, wizard.next_button)
    _on(qtbot, wizard, wizard.columns_page)
    assert wizard.mapping.rowCount() == 1
    assert wizard.mapping.item(0, 0).text() == "Word mark"
    combo = wizard.mapping.cellWidget(0, 1)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("mark.verbal_element"))
    _click(qtbot, wizard.next_button)
    _on(qtbot, wizard, wizard.report_page)


def test_sheet_with_a_bad_row_to_queued_packages(qtbot, session, tmp_path: Path) -> None:
    ws, window = session.ws, session.window
    office = start_office(tmp_path / "office")
    try:
        doc, fingerprint = ws.discover_office(office.url)
        ws.add_office(office.url, fingerprint, office.token)
        ws.create_key("Agent", PASSPHRASE)
        sheet = trademark_sheet(ws, tmp_path, rows=3, bad_row=1)
        wizard = window.open_bulk_import()
        _choose(qtbot, wizard, sheet)
        # the report names the bad row (sheet row 3) and what is wrong with it
        assert "Ready to import: 2" in wizard.summary.text()
        assert "With errors: 1" in wizard.summary.text()
        report = wizard.report
        assert report.rowCount() == 1
        assert report.index(0, 0).data() == "3" and report.index(0, 3).data() == "Error"
        assert ws.drafts() == []  # checking stores nothing
        _click(qtbot, wizard.next_button)
        _on(qtbot, wizard, wizard.sign_page)
        drafts = ws.drafts()
        assert sorted(d.title for d in drafts) == ["MARK 1", "MARK 3"]
        qtbot.waitUntil(lambda: wizard.key.count() == 1, timeout=10000)
        wizard.passphrase.setText(PASSPHRASE.decode())
        _click(qtbot, wizard.next_button)
        _on(qtbot, wizard, wizard.queue_page)
        assert len(wizard.signed) == 2
        assert {ws.draft(d.id).status for d in drafts} == {"signed"}
        # fee totals per client reference and currency, then per currency for all clients
        quotes = [p.manifest["fee_quote"] for p in wizard.signed]
        expected = sum(Decimal(q["total"]) for q in quotes)
        table = wizard.queue_totals
        qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=10000)
        first = [table.item(0, c).text() for c in range(5)]
        assert first == ["ACME", quotes[0]["currency"], str(expected), "2", "0"]
        assert table.item(1, 0).text() == "All clients" and table.item(1, 2).text() == first[2]
        assert table.isVisibleTo(wizard)
        qtbot.waitUntil(lambda: wizard.office.count() == 1, timeout=10000)
        with qtbot.waitSignal(wizard.done_batch, timeout=60000) as queued:
            _click(qtbot, wizard.next_button)
        assert len(queued.args[0]) == 2
        assert sorted(r.label.title for r in ws.outbox_rows()) == ["MARK 1", "MARK 3"]
        # the Outbox tab lists them by mark and applicant
        outbox = window.home.outbox.model
        qtbot.waitUntil(lambda: outbox.rowCount() == 2, timeout=10000)
        titles = {outbox.index(r, outbox.TITLE).data() for r in range(2)}
        assert titles == {"MARK 1", "MARK 3"}
        applicant = outbox.index(0, outbox.APPLICANT).data()
        assert applicant == "Orbis Coffee Roasters GmbH"
        done = wizard.done_totals
        assert [done.item(0, c).text() for c in range(5)] == first
        _click(qtbot, wizard.next_button)  # Close
        assert not wizard.isVisible()
    finally:
        office.server.stop()


def test_stop_during_the_import_leaves_the_store_as_before(
    qtbot, session, tmp_path: Path, monkeypatch
) -> None:
    ws = session.ws
    sheet = trademark_sheet(ws, tmp_path, rows=6, bad_row=None)
    reached, release = threading.Event(), threading.Event()
    real = bulkimport.reporter

    def held(job: Any, step: str) -> Any:
        report = real(job, step)

        def call(name: str, done: int, total: int | None) -> None:
            if step == "import" and done == 3:  # half the rows are written (uncommitted)
                reached.set()
                release.wait(20)
            report(name, done, total)

        return call

    monkeypatch.setattr(bulkimport, "reporter", held)
    wizard = session.window.open_bulk_import()
    _choose(qtbot, wizard, sheet)
    assert "Ready to import: 6" in wizard.summary.text()
    _click(qtbot, wizard.next_button)
    qtbot.waitUntil(reached.is_set, timeout=30000)
    assert wizard.cancel_button.text() == "Stop"
    _click(qtbot, wizard.cancel_button)
    release.set()
    qtbot.waitUntil(lambda: wizard.running is None, timeout=30000)
    assert wizard.status.text() == "Import stopped: nothing was imported."
    assert wizard.pages.currentWidget() is wizard.report_page
    assert ws.drafts() == []
    # the same sheet can then be imported whole: no row counts as "imported before"
    _click(qtbot, wizard.next_button)
    _on(qtbot, wizard, wizard.sign_page)
    assert len(ws.drafts()) == 6


def test_guess_matches_a_header_by_key_or_title(session, tmp_path: Path) -> None:
    sheet = trademark_sheet(session.ws, tmp_path, rows=1, bad_row=None)
    columns = session.ws.sheet_columns(sheet, "trademark")
    assert columns.unknown == ("Word mark",)
    assert guess("Mark.Verbal_Element", columns) == "mark.verbal_element"
    assert guess("Notes for the clerk", columns) == ""


def test_a_wrong_passphrase_is_said_and_nothing_is_signed(qtbot, session, tmp_path: Path) -> None:
    ws = session.ws
    ws.create_key("Agent", PASSPHRASE)
    qtbot.waitUntil(lambda: ws.passphrases is not None, timeout=10000)
    ws.passphrases.remember("agent", PASSPHRASE)  # "Remember for this session" earlier
    sheet = trademark_sheet(ws, tmp_path, rows=2, bad_row=None)
    wizard = session.window.open_bulk_import()
    _choose(qtbot, wizard, sheet)
    _click(qtbot, wizard.next_button)
    _on(qtbot, wizard, wizard.sign_page)
    qtbot.waitUntil(lambda: wizard.key.count() == 1, timeout=10000)
    assert wizard.passphrase.placeholderText() == "Remembered for this session"
    assert wizard.memory.box.isChecked()
    wizard.passphrase.setText("not the passphrase")
    _click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: wizard.running is None and wizard.status.text() != "", timeout=30000)
    assert wizard.pages.currentWidget() is wizard.sign_page
    assert wizard.status.text() == (
        "The passphrase does not open the key: type it again (a passphrase remembered "
        "for this session has been forgotten)."
    )
    assert wizard.signed == [] and {d.status for d in ws.drafts()} == {"draft"}
    assert not ws.passphrases.remembers("agent")  # the wrong one made it forget
    assert wizard.passphrase.placeholderText() == ""
    assert wizard.next_button.isEnabled()  # the user can type it again
    wizard.passphrase.setText(PASSPHRASE.decode())
    _click(qtbot, wizard.next_button)
    _on(qtbot, wizard, wizard.queue_page)
    assert len(wizard.signed) == 2
    assert ws.passphrases.remembers("agent")  # the box stayed ticked


def test_write_a_template_from_the_wizard(
    qtbot, session, tmp_path: Path, monkeypatch, capsys
) -> None:
    from filingassist.cli.main import main

    out = tmp_path / "trademark template.csv"
    monkeypatch.setattr(
        bulkimport.QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(out), "")
    )
    wizard = session.window.open_bulk_import()
    wizard.kind.setCurrentIndex(wizard.kind.findData("trademark"))
    button = wizard.findChild(bulkimport.QPushButton, "bulkTemplate")
    assert button is not None and button.text() == "Write a template…"
    _click(qtbot, button)
    qtbot.waitUntil(lambda: "Template written" in wizard.status.text(), timeout=20000)
    assert str(out) in wizard.status.text()
    # the same generator as 'filingassist template': the same keys, titles and example
    cli_out = tmp_path / "cli.csv"
    assert main(["template", "trademark", "--out", str(cli_out), "--lang", "en"]) == 0
    capsys.readouterr()
    assert out.read_bytes() == cli_out.read_bytes()
    columns = session.ws.sheet_columns(out, "trademark")
    assert columns.unknown == () and f"({len(columns.template)} columns)" in wizard.status.text()
    # a name without a spreadsheet extension is written as a workbook
    monkeypatch.setattr(
        bulkimport.QFileDialog,
        "getSaveFileName",
        lambda *args, **kwargs: (str(tmp_path / "plain"), ""),
    )
    _click(qtbot, button)
    qtbot.waitUntil(lambda: (tmp_path / "plain.xlsx").is_file(), timeout=20000)
