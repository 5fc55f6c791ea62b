"""Lists at scale (issue 15): a refresh reads and compares only the rows changed since the
version shown; the drafts are compared on the worker; the outbox and receipts have a text
filter that ignores case and accents, runs on the worker and keeps the selection."""

from __future__ import annotations

import dataclasses
import threading
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from filingassist.app import DraftInfo, ListChanges, Receipt, ReceiptRow, Workspace
from filingassist.events import ChangeSet
from filingassist.sync import outbox
from filingassist.sync.labels import PackageLabel
from tests.ui.helpers import outbox_row
from ui.models.table import SORT_ROLE, KeyedTableModel, fold
from ui.outbox import OutboxView, ReceiptsView

pytestmark = pytest.mark.gui
ROWS = 300


def _fill(ws: Workspace, n: int = ROWS) -> list[str]:
    """``n`` outbox rows (and labels) written straight into the store."""
    ids = [f"{i:064x}" for i in range(n)]
    conn = ws._store.conn
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO outbox(package_id, path, size, sha256, office, state, created_at, "
        "updated_at) VALUES (?, '/gone', 100, ?, 'XX', 'queued', ?, ?)",
        [(p, p, f"2026-01-01T00:{i // 60:02d}:{i % 60:02d}", "") for i, p in enumerate(ids)],
    )
    conn.executemany(
        "INSERT INTO package_labels(package_id, kind, title, applicants, reference) "
        "VALUES (?, 'trademark', ?, 'Applicant', '')",
        [(p, f"MARK {i}") for i, p in enumerate(ids)],
    )
    conn.execute("COMMIT")
    return ids


def _spy(ws: Workspace, monkeypatch: pytest.MonkeyPatch, name: str) -> list[int]:
    """Record how many rows each call of ``ws.<name>`` returned."""
    read: list[int] = []
    real = getattr(ws, name)

    def spy(*a: Any, **k: Any) -> Any:
        rows = real(*a, **k)
        read.append(len(rows))
        return rows

    monkeypatch.setattr(ws, name, spy)
    return read


def test_a_refresh_reads_only_the_rows_changed_since_the_version_shown(
    qtbot, session, monkeypatch
) -> None:
    window, ws = session.window, session.ws
    ids = _fill(ws)
    model = window.home.outbox.model
    window.refresh(ChangeSet(outbox=True))
    qtbot.waitUntil(lambda: model.rowCount() == ROWS, timeout=10000)
    outbox_read = _spy(ws, monkeypatch, "outbox_rows")
    receipts_read = _spy(ws, monkeypatch, "receipt_rows")
    db = ws._store.db
    # a state change, a send now, a delete: three rows read, not 300
    outbox.update(db, ids[5], state="refused", refusal_reasons=["Fee missing"])
    outbox.send_now(db, ids[7])  # (the core's own call: no event, the refresh alone reads)
    db.execute("DELETE FROM outbox WHERE package_id = ?", [ids[9]])
    window.refresh(ChangeSet(outbox=True))
    qtbot.waitUntil(lambda: model.rowCount() == ROWS - 1, timeout=5000)
    assert outbox_read == [2]  # the deleted one is named, and found gone
    assert model.index(model.row_of(ids[5]) or 0, model.STATE).data() == "Refused by the office"
    assert model.row_of(ids[9]) is None
    # a receipt stored: one outbox row and one receipt row
    receipt = _receipt(ids[11])
    outbox.store_receipt(db, "XX", receipt)
    window.refresh(ChangeSet(outbox=True, receipts=True))
    receipts = window.home.receipts.model
    qtbot.waitUntil(lambda: receipts.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: len(outbox_read) == 2, timeout=5000)
    assert outbox_read == [2, 1] and receipts_read[-1] == 1
    assert model.index(model.row_of(ids[11]) or 0, model.STATE).data() == "Filed"
    assert receipts.index(0, 0).data() == "MARK 11"
    # queued: the new rows only
    conn = ws._store.conn
    conn.execute(
        "INSERT INTO outbox(package_id, path, size, sha256, office, state, created_at, "
        "updated_at) VALUES (?, '/gone', 100, 'x', 'XX', 'queued', '2027-01-01T00:00:00', '')",
        ["f" * 64],
    )
    window.refresh(ChangeSet(outbox=True))
    qtbot.waitUntil(lambda: model.rowCount() == ROWS, timeout=5000)
    assert outbox_read == [2, 1, 1] and model.row_of("f" * 64) == ROWS - 1  # sorted: last
    # re-targeted to another office, then that office renamed: its row each time
    db.execute("INSERT INTO offices(code, name, url) VALUES ('YY', 'Other Office', 'http://x')")
    outbox.retarget(db, ids[13], "YY")
    window.refresh(ChangeSet(outbox=True))
    office = model.index(model.row_of(ids[13]) or 0, model.OFFICE)
    qtbot.waitUntil(lambda: office.data() == "YY — Other Office", timeout=5000)
    db.execute("UPDATE offices SET name = 'Renamed Office' WHERE code = 'YY'")
    window.refresh(ChangeSet(outbox=True))
    qtbot.waitUntil(lambda: office.data() == "YY — Renamed Office", timeout=5000)
    assert outbox_read == [2, 1, 1, 1, 1]
    # nothing changed: nothing read
    window.refresh(ChangeSet(outbox=True, receipts=True))
    qtbot.wait(300)
    assert outbox_read == [2, 1, 1, 1, 1]


def _receipt(package_id: str) -> Any:
    """What store_receipt takes (the office's verified receipt)."""

    @dataclasses.dataclass
    class Verified:
        package_id: str
        application_number: str = "XX-2026-1"
        filed_at: str = "2026-01-02T00:00:00+00:00"
        body: bytes = b"<receipt/>"
        signature: bytes = b""
        kind: str = "filing"
        responds_to_notice: int | None = None
        late: bool = False

    return Verified(package_id)


class Pairs(KeyedTableModel[tuple[str, int]]):
    HEADERS = ("Key", "Value")

    def key(self, row: tuple[str, int]) -> str:
        return row[0]

    def cell(self, row: tuple[str, int], column: int, role: int) -> Any:
        if role == SORT_ROLE:
            return row[column] if column == 1 else None
        return str(row[column]) if role == Qt.ItemDataRole.DisplayRole else None


@settings(max_examples=60, deadline=None)
@given(
    start=st.dictionaries(st.text("abcdefgh", min_size=1, max_size=2), st.integers(0, 9)),
    change=st.dictionaries(
        st.text("abcdefgh", min_size=1, max_size=2), st.none() | st.integers(0, 9)
    ),
    column=st.sampled_from([-1, 0, 1]),
    descending=st.booleans(),
    digit=st.integers(0, 9),
)
def test_a_partial_plan_shows_what_a_full_one_does(
    qapp,
    start: dict[str, int],
    change: dict[str, int | None],
    column: int,
    descending: bool,
    digit: int,
) -> None:
    """plan_changes (the named rows only) ends where a full comparison does: same rows,
    same sort order, never a reset; so does a filter set and cleared."""
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    partial, full = Pairs(), Pairs()
    for model in (partial, full):
        model.sort_column, model.sort_order = column, order
        model.set_rows(list(start.items()))
    resets: list[int] = []
    partial.modelReset.connect(lambda: resets.append(1))
    after = {**start, **{k: v for k, v in change.items() if v is not None}}
    for k, v in change.items():
        if v is None:
            after.pop(k, None)
    found = [(k, v) for k, v in change.items() if v is not None]
    partial.apply(partial.plan_changes(list(change), found))
    full.set_rows(list(after.items()))
    assert sorted(partial.rows) == sorted(full.rows) == sorted(after.items())
    if column >= 0:
        assert [r[column] for r in partial.rows] == [r[column] for r in full.rows]
    assert [partial.row_of(k) for k, _ in partial.rows] == list(range(len(partial.rows)))
    partial.set_filter(str(digit))
    assert sorted(partial.rows) == sorted(r for r in after.items() if r[1] == digit)
    partial.set_filter("")
    assert sorted(partial.rows) == sorted(after.items())
    if column >= 0:
        assert [r[column] for r in partial.rows] == [r[column] for r in full.rows]
    assert [partial.row_of(k) for k, _ in partial.rows] == list(range(len(partial.rows)))
    assert resets == []


def test_the_filter_ignores_case_and_accents_and_keeps_the_selection(qtbot) -> None:
    view = OutboxView()
    rows = [
        outbox_row("a" * 64, title="CAFÉ MÜLLER", applicants=("Müller GmbH",)),
        outbox_row("b" * 64, title="ORBIS", applicants=("Orbis Ltd",), office_name="Office Ñ"),
        outbox_row("c" * 64, title="Crème", applicants=("Dupont",)),
    ]
    rows[2] = dataclasses.replace(rows[2], label=PackageLabel("trademark", "Crème", (), "REF-77"))
    view.show_items(rows)
    model = view.model
    view.table.setCurrentIndex(model.index(model.row_of("a" * 64) or 0, 0))
    removed: list[int] = []
    model.rowsRemoved.connect(lambda _p, a, b: removed.append(b - a + 1))
    model.set_filter("cafe muller")
    assert [r.label.title for r in model.rows] == ["CAFÉ MÜLLER"]
    assert view.table.selectionModel().isRowSelected(0)  # the selection still matches: kept
    model.set_filter("MULLER gmbh")  # every word, in any column it searches
    assert model.rowCount() == 1 and view.table.selectionModel().isRowSelected(0)
    model.set_filter("office n")  # the office name, without its accent
    assert [r.label.title for r in model.rows] == ["ORBIS"]
    model.set_filter("ref-77")  # the applicant's reference
    assert [r.label.title for r in model.rows] == ["Crème"]
    model.set_filter("")
    assert model.rowCount() == 3
    assert fold("Ärger İstanbul") == fold("arger istanbul")
    # a refresh under a filter keeps it: a new matching row comes, others stay hidden
    model.set_filter("orbis")
    more = outbox_row("d" * 64, title="ORBIS 2")
    view.show_items([*rows, more])
    assert sorted(r.label.title for r in model.rows) == ["ORBIS", "ORBIS 2"]
    assert view.summary.text().startswith("4 package")  # every package waiting, not shown


def test_receipts_filter_by_application_number(qtbot) -> None:
    view = ReceiptsView()
    rows = [
        ReceiptRow(
            Receipt(c * 64, "XX", f"XX-2026-{n}", "2026-01-01", "2026-01-01"),
            PackageLabel("trademark", f"MARK {n}"),
            "Example Office",
        )
        for n, c in enumerate("abc")
    ]
    view.show_items(rows)
    view.model.set_filter("xx-2026-2")
    assert [r.label.title for r in view.model.rows] == ["MARK 2"]


def test_typing_a_filter_is_planned_on_the_worker(qtbot, session, monkeypatch) -> None:
    window, ws = session.window, session.ws
    _fill(ws, 50)
    outbox_view = window.home.outbox
    window.refresh(ChangeSet(outbox=True))
    qtbot.waitUntil(lambda: outbox_view.model.rowCount() == 50, timeout=10000)
    threads: list[bool] = []
    real = outbox_view.model.plan_filter

    def plan_filter(text: str) -> Any:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(text)

    monkeypatch.setattr(outbox_view.model, "plan_filter", plan_filter)
    window.home.setCurrentWidget(outbox_view)
    outbox_view.table.setFocus()
    qtbot.keyClick(outbox_view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(outbox_view.filter.hasFocus, timeout=2000)  # Ctrl+F: the filter box
    qtbot.keyClicks(outbox_view.filter, "mark 4")
    qtbot.waitUntil(
        lambda: outbox_view.model.rowCount() == 14, timeout=5000
    )  # 4, 14, 24, 34, 40-49
    assert threads == [False]  # once typing paused, and not on the GUI thread
    # a refresh meanwhile keeps the filter
    ws.send_now()
    window.refresh(ChangeSet(outbox=True))
    qtbot.wait(300)
    assert outbox_view.model.rowCount() == 14


def test_drafts_are_compared_on_the_worker_and_hidden_ones_stay_hidden(
    qtbot, session, monkeypatch
) -> None:
    window, ws = session.window, session.ws
    drafts = window.home.drafts
    a = ws.new_draft("trademark")
    b = ws.new_draft("trademark")
    threads: list[bool] = []
    real = drafts.plan_rows

    def plan_rows(*args: Any) -> Any:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args)

    monkeypatch.setattr(drafts, "plan_rows", plan_rows)
    window.refresh(ChangeSet(drafts=True))
    qtbot.waitUntil(lambda: drafts.model.rowCount() == 2, timeout=10000)
    assert threads and not any(threads)
    # a plan made before a draft was hidden (a delete waiting for its undo) is made again
    rows: list[DraftInfo] = ws.drafts()
    planned = real(rows, None, frozenset())
    drafts.hidden.add(a.id)
    drafts.show_plan(planned)
    assert [r.id for r in drafts.model.rows] == [b.id]
    drafts.hidden.clear()
    drafts.show_plan(planned)
    assert {r.id for r in drafts.model.rows} == {a.id, b.id}


def test_a_plan_older_than_the_rows_shown_is_dropped(qtbot) -> None:
    view = OutboxView()
    model = view.model
    row = outbox_row("a" * 64)
    model.apply(model.plan([row], version=5))
    sent = dataclasses.replace(row, item=dataclasses.replace(row.item, state="uploaded"))
    old = model.plan_changes(["a" * 64], [row], version=6)
    model.apply(model.plan_changes(["a" * 64], [sent], version=7))
    model.apply(old)  # a slower read finishing last
    assert model.rows[0].item.state == "uploaded" and model.version == 7
    changes: ListChanges[Any] = ListChanges(8, ("a" * 64,), [])
    model.apply(model.plan_changes(changes.keys, changes.rows, changes.version))
    assert model.rowCount() == 0
