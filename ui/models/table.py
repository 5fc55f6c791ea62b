"""A table model over keyed rows that updates in place (drafts, outbox, receipts, notices).

A refresh hands the model the rows as the core lists them now. Instead of a reset
(every row rebuilt, selection and scroll lost) the model compares by key: rows that are
gone are removed, rows that changed get one ``dataChanged``, new rows are appended. The
comparison (``plan``) is pure Python over immutable records, so it runs on the worker
thread with the query, and so does sorting (the model sorts itself: a sort proxy calls
Python for every comparison); the GUI thread only applies the result (``apply``). Rows
read again by key (``update_rows``, a sync pass) are replaced in place. With 10,000 rows
a refresh costs the GUI thread ~10-25 ms of CPU (bench/views.py).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ui.i18n import tr

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
#: Sort key of a cell (numbers and dates sort as such, not as their text).
SORT_ROLE = Qt.ItemDataRole.UserRole + 20
#: The row's record itself.
ROW_ROLE = Qt.ItemDataRole.UserRole + 21


@dataclass(frozen=True)
class Plan(Generic[R]):
    """How to turn the rows a model had (``base``) into ``rows``; everything that costs
    a pass over all rows is worked out here, on the worker."""

    base: list[R]
    rows: list[R]
    removed: list[int]  # indices into base, ascending
    changed: list[tuple[int, R]]  # (index into base, its new row) of rows kept but different
    added: list[R]
    #: every row in the order to show (sorted when a sort column is set)
    order: list[R]
    #: ``order`` is the base without the removed rows, then the added ones: no re-sort
    in_place: bool
    #: key → index in ``order``
    index: dict[Hashable, int]
    #: what the view says about the rows (e.g. how many are waiting), if it asks
    summary: Any = None


def ranges(indices: Sequence[int]) -> list[tuple[int, int]]:
    """Consecutive runs of sorted indices as (first, last)."""
    runs: list[tuple[int, int]] = []
    for i in indices:
        if runs and runs[-1][1] == i - 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


class KeyedTableModel(QAbstractTableModel, Generic[R]):
    """Rows keyed by ``key(row)``; subclasses give ``HEADERS`` (message ids) and ``cell``."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[R] = []
        self._index: dict[Hashable, int] = {}
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder

    # -- subclass API -------------------------------------------------------------
    def key(self, row: R) -> Hashable:
        raise NotImplementedError

    def cell(self, row: R, column: int, role: int) -> Any:
        """Display text (``DisplayRole``), sort key (``SORT_ROLE``) or other role data."""
        raise NotImplementedError

    # -- updating -----------------------------------------------------------------
    def plan(self, rows: list[R]) -> Plan[R]:
        """Compare ``rows`` with what the model shows now (safe on a worker thread: the
        model replaces its list on ``apply``, it never changes it in place)."""
        base, key = self.rows, self.key
        new = {key(r): r for r in rows}
        removed, changed, kept = [], [], []
        for i, old in enumerate(base):
            current = new.pop(key(old), None)
            if current is None:
                removed.append(i)
                continue
            if current != old:
                changed.append((i, current))
            kept.append(current)
        added = list(new.values())
        unsorted = kept + added
        order = self._sorted(unsorted)
        in_place = all(a is b for a, b in zip(order, unsorted, strict=True))
        index = {key(r): i for i, r in enumerate(order)}
        return Plan(base, rows, removed, changed, added, order, in_place, index, self.summary(rows))

    def summary(self, rows: list[R]) -> Any:
        """What the view shows about all rows, worked out on the worker (see Plan)."""
        return None

    def _sorted(self, rows: list[R]) -> list[R]:
        column = self.sort_column
        if column < 0:
            return rows

        def value(row: R) -> tuple[bool, Any]:
            v = self.cell(row, column, SORT_ROLE)
            if v is None:
                v = self.cell(row, column, Qt.ItemDataRole.DisplayRole)
            return (v is None, v if v is not None else "")

        reverse = self.sort_order == Qt.SortOrder.DescendingOrder
        return sorted(rows, key=value, reverse=reverse)

    def set_rows(self, rows: list[R]) -> None:
        """Show ``rows`` (on the GUI thread): plan and apply at once."""
        self.apply(self.plan(rows))

    def apply(self, plan: Plan[R]) -> None:
        """Apply a plan; one planned against older rows is planned again here. The cost
        here is in the rows that changed, not in the rows shown."""
        if plan.base is not self.rows:
            plan = self.plan(plan.rows)
        rows = list(plan.base)
        for i, row in plan.changed:
            rows[i] = row
        self.rows = rows
        last = self.columnCount() - 1
        for first, end in ranges([i for i, _ in plan.changed]):
            self.dataChanged.emit(self.index(first, 0), self.index(end, last))
        for first, end in reversed(ranges(plan.removed)):
            self.beginRemoveRows(QModelIndex(), first, end)
            self.rows = self.rows[:first] + self.rows[end + 1 :]
            self.endRemoveRows()
        if plan.added:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(plan.added) - 1)
            self.rows = self.rows + plan.added
            self.endInsertRows()
        if plan.in_place:
            self.rows, self._index = plan.order, plan.index
        else:
            self._reorder(plan.order, plan.index)

    def _reorder(self, order: list[R], where: dict[Hashable, int] | None = None) -> None:
        """Same rows, new order: one layout change; selections follow their rows."""
        self.layoutAboutToBeChanged.emit()
        if where is None:
            where = {self.key(r): i for i, r in enumerate(order)}
        persistent = self.persistentIndexList()
        moved = [
            self.index(where[self.key(self.rows[p.row()])], p.column())
            if p.row() < len(self.rows)
            else QModelIndex()
            for p in persistent
        ]
        self.rows = order
        self._index = where
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (a header click); refreshes keep the rows in this order."""
        self.sort_column, self.sort_order = column, order
        ordered = self._sorted(self.rows)
        if [self.key(r) for r in ordered] != [self.key(r) for r in self.rows]:
            self._reorder(ordered)

    def update_rows(self, keys: list[Hashable], rows: list[R]) -> bool:
        """Rows read again by key (``keys`` asked, ``rows`` found): each changed one gets
        ``dataChanged``, an asked one not found is removed; the order is kept (a row does
        not jump while a sync updates it). False, changing nothing, when a row is not
        shown yet: the caller reads the whole list instead."""
        found = {self.key(r): r for r in rows}
        if any(self.row_of(k) is None for k in found):
            return False
        changed = []
        current = list(self.rows)
        for key, row in found.items():
            i = self._index[key]
            if current[i] != row:
                current[i] = row
                changed.append(i)
        gone = sorted(g for k in keys if k not in found and (g := self.row_of(k)) is not None)
        self.rows = current
        last = self.columnCount() - 1
        for first, end in ranges(sorted(changed)):
            self.dataChanged.emit(self.index(first, 0), self.index(end, last))
        for first, end in reversed(ranges(gone)):
            self.beginRemoveRows(QModelIndex(), first, end)
            self.rows = self.rows[:first] + self.rows[end + 1 :]
            self.endRemoveRows()
        if gone:
            self._index = {self.key(r): i for i, r in enumerate(self.rows)}
        return True

    def row_of(self, key: Hashable) -> int | None:
        return self._index.get(key)

    def changed_cells(self, row: int, first: int, last: int) -> None:
        """Say that cells ``first``..``last`` of one row changed (progress of one package)."""
        self.dataChanged.emit(self.index(row, first), self.index(row, last))

    # -- Qt -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            value = self.cell(row, index.column(), SORT_ROLE)
            return value if value is not None else self.cell(row, index.column(), 0)
        return self.cell(row, index.column(), role)
