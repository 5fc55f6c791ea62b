"""Views refresh from change sets: one read per change, rows kept when nothing changed
(a row a user or a test holds is never deleted under it by a refresh that brings nothing)."""

from __future__ import annotations

import dataclasses

import pytest

from filingassist.app import Notice
from filingassist.events import DraftStatusChanged, OutboxChanged, SyncFinished
from tests.ui.helpers import outbox_item
from ui.outbox import NoticesView, OutboxView

pytestmark = pytest.mark.gui


def test_one_sync_reads_each_list_once(qtbot, session, monkeypatch) -> None:
    window, ws = session.window, session.ws
    qtbot.waitUntil(lambda: session.tasks.pending == 0, timeout=10000)  # start-up reads
    reads: list[str] = []
    for name in ("outbox", "receipts", "notices", "drafts"):
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
    assert sorted(reads) == ["drafts", "notices", "outbox", "receipts"]
    assert window.last_notification == "p1"


def test_a_refresh_with_the_same_rows_keeps_them(qtbot) -> None:
    notices = NoticesView()
    notice = Notice("XX", 1, "XX-1", None, "irregularity", "Fee missing", "", None)
    notices.show_items([notice])
    first = notices.tree.topLevelItem(0)
    notices.show_items([dataclasses.replace(notice)])
    assert notices.tree.topLevelItem(0) is first
    notices.show_items([dataclasses.replace(notice, text="Fee paid")])
    assert notices.tree.topLevelItem(0).text(0).endswith("Fee paid")
    outbox = OutboxView()
    item = outbox_item("p" * 64)
    outbox.show_items([item])
    bar = outbox.bars["p" * 64]
    outbox.show_items([dataclasses.replace(item)])
    assert outbox.bars["p" * 64] is bar
    # a new state of the same package: the row and its bar are updated, not replaced
    outbox.show_items([dataclasses.replace(item, state="receipted")])
    assert outbox.bars["p" * 64] is bar and bar.value() == bar.maximum()
    assert outbox.items["p" * 64].text(1) == "Receipted"
