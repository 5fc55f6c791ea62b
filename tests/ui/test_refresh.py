"""Views refresh from change sets: one read per change, rows kept when nothing changed
(a row a user or a test holds is never deleted under it by a refresh that brings nothing)."""

from __future__ import annotations

import dataclasses

import pytest

from filingassist.app import ListChanges, Notice, OutboxRow
from filingassist.events import DraftStatusChanged, OutboxChanged, SyncFinished
from tests.ui.helpers import outbox_row
from ui.models.progress import PROGRESS_ROLE
from ui.outbox import NoticesView, OutboxView

pytestmark = pytest.mark.gui


def test_one_sync_reads_each_list_once(qtbot, session, monkeypatch) -> None:
    window, ws = session.window, session.ws
    qtbot.waitUntil(lambda: session.tasks.pending == 0, timeout=10000)  # start-up reads
    reads: list[str] = []
    for name in ("outbox_changes", "receipt_changes", "notices", "drafts"):
        real = getattr(ws, name)
        monkeypatch.setattr(
            ws, name, lambda *a, _n=name, _r=real, **k: reads.append(_n) or _r(*a, **k)
        )
    # what one pass with one receipt emits: a row changed, the draft filed, the pass ended
    for event in (
        OutboxChanged(("p1",)),
        DraftStatusChanged("d1", "filed"),
        SyncFinished("XX", ("p1",), 0),
    ):
        ws.events.emit(event)
    qtbot.waitUntil(lambda: len(reads) == 4, timeout=5000)
    qtbot.wait(400)  # nothing more comes
    # the outbox and receipts ask what changed since the version they show
    assert sorted(reads) == ["drafts", "notices", "outbox_changes", "receipt_changes"]
    assert window.last_notification == "p1"


def test_a_refresh_with_the_same_rows_keeps_them(qtbot) -> None:
    """A refresh that brings nothing new signals nothing; a changed row is one
    dataChanged, not a reset (selection and scroll stay)."""
    notices = NoticesView()
    notice = Notice("XX", 1, "XX-1", None, "irregularity", "Fee missing", "", None)
    notices.show_items([notice])
    model = notices.model
    signals: list[str] = []
    model.modelReset.connect(lambda: signals.append("reset"))
    model.dataChanged.connect(lambda a, b, _r=(): signals.append(f"changed {a.row()}-{b.row()}"))
    model.rowsInserted.connect(lambda _p, a, b: signals.append(f"inserted {a}-{b}"))
    notices.show_items([dataclasses.replace(notice)])
    assert signals == []
    notices.show_items([dataclasses.replace(notice, text="Fee paid")])
    assert signals == ["changed 0-0"]
    assert model.index(0, 0).data().endswith("Fee paid")
    outbox = OutboxView()
    row = outbox_row("p" * 64)
    outbox.show_items([row])
    outbox.table.selectRow(0)
    outbox.show_items([dataclasses.replace(row)])
    # a new state of the same package: the row is updated in place, still selected
    receipted = dataclasses.replace(row, item=dataclasses.replace(row.item, state="receipted"))
    outbox.show_items([receipted])
    m = outbox.model
    assert m.index(0, m.STATE).data() == "Filed"
    assert m.index(0, m.PROGRESS).data(PROGRESS_ROLE) == (10, 10)
    assert outbox.table.selectionModel().isRowSelected(0)


def test_a_sync_reads_again_only_the_rows_it_changed(qtbot, session, monkeypatch) -> None:
    """OutboxChanged names its packages: the window reads those rows, not the whole list;
    a package not listed yet makes it read the whole list."""
    window, ws = session.window, session.ws
    qtbot.waitUntil(lambda: session.tasks.pending == 0, timeout=10000)
    rows = [outbox_row(c * 64) for c in "abc"]
    window.home.outbox.show_items(rows)
    changed = dataclasses.replace(rows[1], item=dataclasses.replace(rows[1].item, state="uploaded"))
    asked: list[object] = []

    def outbox_rows(package_ids=None):  # type: ignore[no-untyped-def]
        asked.append(package_ids)
        if package_ids is None:
            return [rows[0], changed, rows[2], outbox_row("d" * 64)]
        return [changed]

    monkeypatch.setattr(ws, "outbox_rows", outbox_rows)
    model = window.home.outbox.model
    signals: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b, _r=(): signals.append((a.row(), b.row())))
    ws.events.emit(OutboxChanged(("b" * 64,)))
    qtbot.waitUntil(lambda: model.index(1, model.STATE).data() == "Sent, awaiting receipt")
    assert asked == [["b" * 64]] and signals == [(1, 1)]
    # a package the list does not show yet: the list asks what changed since the version
    # it shows (the new row), never for the whole outbox
    asked.clear()
    since: list[int] = []
    new = outbox_row("d" * 64)

    def outbox_changes(version: int) -> ListChanges[OutboxRow]:
        since.append(version)
        return ListChanges(version + 1, ("d" * 64,), [new])

    monkeypatch.setattr(ws, "outbox_changes", outbox_changes)
    monkeypatch.setattr(ws, "outbox_rows", lambda ids=None: asked.append(ids) or [new])
    before = model.version
    ws.events.emit(OutboxChanged(("d" * 64,)))
    qtbot.waitUntil(lambda: model.rowCount() == 4, timeout=5000)
    assert asked == [["d" * 64]] and since == [before]
    assert model.version == before + 1
