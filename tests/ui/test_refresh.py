"""Views refresh from change sets: one read per change, rows kept when nothing changed
(a row a user or a test holds is never deleted under it by a refresh that brings nothing)."""

from __future__ import annotations

import pytest

from filingassist.events import DraftStatusChanged, OutboxChanged, SyncFinished
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
    rows = [{"kind": "irregularity", "text": "Fee missing", "application_number": "XX-1"}]
    notices.show_items(rows)
    first = notices.tree.topLevelItem(0)
    notices.show_items([dict(r) for r in rows])
    assert notices.tree.topLevelItem(0) is first
    notices.show_items([dict(rows[0], text="Fee paid")])
    assert notices.tree.topLevelItem(0).text(0).endswith("Fee paid")
    outbox = OutboxView()
    item = {"package_id": "p" * 64, "state": "queued", "size": 10}
    outbox.show_items([item])
    bar = outbox.bars["p" * 64]
    outbox.show_items([dict(item)])
    assert outbox.bars["p" * 64] is bar
