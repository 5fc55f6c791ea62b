"""A table model over keyed rows that updates in place (drafts, outbox, receipts, notices).

A refresh hands the model the rows as the core lists them now. Instead of a reset
(every row rebuilt, selection and scroll lost) the model compares by key: rows that are
gone are removed, rows that changed get one ``dataChanged``, new rows are appended. The
comparison (``plan``) is pure Python over immutable records, so it runs on the worker
thread with the query, and so does sorting (the model sorts itself: a sort proxy calls
Python for every comparison); the GUI thread only applies the result (``apply``). Rows
read again by key (``update_rows``, a sync pass) are replaced in place.

A list that knows what changed since it was last read (the outbox and receipts: the store
stamps every change with a version, migration m012) is refreshed with ``plan_changes``:
only the rows named are compared and placed (by binary search in the sorted order), so a
refresh of 10,000 rows with one change costs the worker a few milliseconds, not a pass
over every row (which held the GIL long enough to stall the GUI thread, bench/views.py).

A text filter (``set_filter``, planned on the worker too) keeps every row listed in
``source`` and shows those whose text holds every word typed, ignoring case and accents
(``fold``); rows that stop matching are removed (selection on the others stays).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from filingassist.app import ListChanges
from ui.i18n import tr

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
#: Sort key of a cell (numbers and dates sort as such, not as their text).
SORT_ROLE = Qt.ItemDataRole.UserRole + 20
#: The row's record itself.
ROW_ROLE = Qt.ItemDataRole.UserRole + 21


def fold(text: str) -> str:
    """Text compared without case or accents: 'Café Müller' and 'cafe MULLER' match."""
    if not text.isascii():
        text = "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
        )
    return text.casefold()


@dataclass(frozen=True)
class Plan(Generic[R]):
    """How to turn the rows a model had (``base``) into ``order``; everything that costs
    a pass over the rows is worked out here, on the worker."""

    base: list[R]
    #: a full plan: every row listed; a partial one: the rows of ``keys`` still listed
    rows: list[R]
    removed: list[int]  # indices into base, ascending
    changed: list[tuple[int, R]]  # (index into base, its new row) of rows kept but different
    added: list[R]
    #: every row shown, in the order to show (sorted when a sort column is set)
    order: list[R]
    #: ``order`` is the base without the removed rows, then the added ones: no re-sort
    in_place: bool
    #: key → index in ``order``
    index: dict[Hashable, int]
    #: what the view says about the rows (e.g. how many are waiting), if it asks
    summary: Any = None
    #: every row listed, shown or filtered out, by key
    source: dict[Hashable, R] = field(default_factory=dict)
    #: the filter (folded) the plan was made for
    needle: str = ""
    #: the plan sets the filter (a refresh keeps the one in place when it is applied)
    sets_filter: bool = False
    #: a partial plan: the keys read again (changed or gone)
    keys: tuple[Hashable, ...] | None = None
    #: the list version its rows are as of (None: not versioned)
    version: int | None = None
    #: a partial plan keeps changed rows where they are (a row being sent does not jump)
    move: bool = True
    #: the model's generation the plan was made against (``apply`` re-plans an older one)
    generation: int = -1


def ranges(indices: Sequence[int]) -> list[tuple[int, int]]:
    """Consecutive runs of sorted indices as (first, last)."""
    runs: list[tuple[int, int]] = []
    for i in indices:
        if runs and runs[-1][1] == i - 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


def plan_refresh(
    model: KeyedTableModel[R],
    since: int | None,
    version: Callable[[], int],
    every: Callable[[], list[R]],
    changes: Callable[[int], ListChanges[R]],
) -> Plan[R]:
    """A versioned list's refresh, on the worker: every row the first time (the version
    read before them), then only what changed since the version shown (``since``)."""
    if since is None:
        now = version()
        return model.plan(every(), version=now)
    changed = changes(since)
    return model.plan_changes(changed.keys, changed.rows, changed.version)


def _without(rows: list[R], indices: Sequence[int]) -> list[R]:
    """``rows`` less the sorted ``indices`` (a few: deleted in place; many: one pass)."""
    if len(indices) > 64:
        gone = set(indices)
        return [r for j, r in enumerate(rows) if j not in gone]
    rows = list(rows)
    for i in reversed(indices):
        del rows[i]
    return rows


class KeyedTableModel(QAbstractTableModel, Generic[R]):
    """Rows keyed by ``key(row)``; subclasses give ``HEADERS`` (message ids) and ``cell``,
    and ``search_text`` for the text filter."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[R] = []
        self._index: dict[Hashable, int] = {}
        #: every row listed, by key, including those the filter hides
        self.source: dict[Hashable, R] = {}
        #: the filter in place, folded (``fold``); "" shows every row
        self.needle = ""
        #: the list version the rows are as of (``plan_changes``); None before a first fill
        self.version: int | None = None
        #: what the view says about every row listed (``summary``), as of the rows shown
        self.summary_value: Any = None
        #: counts the changes of ``rows``; a plan made against an older one is made again
        self.generation = 0
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder
        self._folded: dict[Hashable, tuple[R, str]] = {}
        self._sorting: dict[Hashable, tuple[R, int, tuple[bool, Any]]] = {}

    # -- subclass API -------------------------------------------------------------
    def key(self, row: R) -> Hashable:
        raise NotImplementedError

    def cell(self, row: R, column: int, role: int) -> Any:
        """Display text (``DisplayRole``), sort key (``SORT_ROLE``) or other role data."""
        raise NotImplementedError

    def search_text(self, row: R) -> str:
        """What the text filter looks in (default: every column's text)."""
        texts = (self.cell(row, c, Qt.ItemDataRole.DisplayRole) for c in range(len(self.HEADERS)))
        return " ".join(str(t) for t in texts if t)

    def summary(self, rows: list[R]) -> Any:
        """What the view shows about all rows listed, worked out on the worker (see Plan)."""
        return None

    def summary_delta(self, before: Any, gone: list[R], came: list[R]) -> Any:
        """``before`` with rows ``gone`` (or replaced) and ``came``: a partial plan's summary
        without a pass over every row; None (the default) counts every row again."""
        return None

    # -- filtering ----------------------------------------------------------------
    def matches(self, row: R, words: Sequence[str]) -> bool:
        """The row's text holds every word (folded) of the filter."""
        if not words:
            return True
        key = self.key(row)
        cached = self._folded.get(key)
        if cached is None or cached[0] is not row:
            cached = (row, fold(self.search_text(row)))
            self._folded[key] = cached  # note: a race between workers only recomputes
        text = cached[1]
        return all(w in text for w in words)

    def plan_filter(self, text: str) -> Plan[R]:
        """Show only the rows listed that match ``text`` (on the worker, like a refresh).
        No row's content changes: only which are shown, found through their folded text
        (kept per row) and the index of the rows shown, without comparing rows."""
        generation, needle = self.generation, fold(text.strip())
        base, index, source, key = list(self.rows), self._index, self.source, self.key
        if len(index) != len(base):
            index = {key(r): i for i, r in enumerate(base)}
        candidates = list(source)
        words = needle.split()
        if words:
            texts = self._texts(source)
            for word in words:
                candidates = [k for k in candidates if word in texts[k]]
        shown = set(candidates)
        removed = sorted(i for k, i in index.items() if k not in shown)
        added = [source[k] for k in candidates if k not in index]
        kept = _without(base, removed)
        order, in_place = kept + added, True
        if added and self.sort_column >= 0:
            if len(added) > 64:  # (clearing a filter) one sort of cached values
                order, in_place = self._sorted(order), False
            else:
                order, added, in_place = self._placed(kept, added, [], removed)
        return Plan(
            base,
            list(source.values()),
            removed,
            [],
            added,
            order,
            in_place,
            {key(r): i for i, r in enumerate(order)},
            self.summary_value,
            source,
            needle,
            True,
            None,
            None,
            True,
            generation,
        )

    def _texts(self, source: dict[Hashable, R]) -> dict[Hashable, str]:
        """Each row's folded search text, computed once per row (``matches``)."""
        folded, texts = self._folded, {}
        for k, row in source.items():
            cached = folded.get(k)
            if cached is None or cached[0] is not row:
                cached = (row, fold(self.search_text(row)))
                folded[k] = cached  # note: a race between workers only recomputes
            texts[k] = cached[1]
        return texts

    # -- updating -----------------------------------------------------------------
    def plan(
        self,
        rows: list[R],
        needle: str | None = None,
        version: int | None = None,
        sets_filter: bool = False,
    ) -> Plan[R]:
        """Compare every row listed with what the model shows now (safe on a worker
        thread: a copy of the rows shown, taken after the generation it belongs to)."""
        generation = self.generation
        base, key = list(self.rows), self.key
        needle = self.needle if needle is None else needle
        words = needle.split()
        source = {key(r): r for r in rows}
        new = source if not words else {k: r for k, r in source.items() if self.matches(r, words)}
        new = dict(new)
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
        return Plan(
            base,
            rows,
            removed,
            changed,
            added,
            order,
            in_place,
            index,
            self.summary(rows),
            source,
            needle,
            sets_filter,
            None,
            version,
            True,
            generation,
        )

    def plan_changes(
        self,
        keys: Sequence[Hashable],
        rows: list[R],
        version: int | None = None,
        move: bool = True,
    ) -> Plan[R]:
        """The rows of ``keys`` read again (``rows``: those still listed): compare and
        place only them. The cost is in the keys, not in the rows shown."""
        generation = self.generation
        base, index, key = list(self.rows), self._index, self.key
        if len(index) != len(base):  # read while rows were applied: index afresh
            index = {key(r): i for i, r in enumerate(base)}
        before = self.source
        source = dict(before)
        found = {key(r): r for r in rows}
        words = self.needle.split()
        removed: list[int] = []
        changed: list[tuple[int, R]] = []
        moving: list[int] = []  # kept rows whose sort value changed (a layout change)
        added: list[R] = []
        gone: list[R] = []  # the rows listed before of the keys read again
        for k in dict.fromkeys(keys):
            if k in before:
                gone.append(before[k])
            i = index.get(k)
            if i is not None and (i >= len(base) or key(base[i]) != k):
                index = {key(r): j for j, r in enumerate(base)}
                i = index.get(k)
            row = found.get(k)
            if row is None:
                source.pop(k, None)
                if i is not None:
                    removed.append(i)
                continue
            source[k] = row
            if not self.matches(row, words):
                if i is not None:
                    removed.append(i)
            elif i is None:
                added.append(row)
            elif row != base[i]:
                changed.append((i, row))
                # (the old row's value first: the cache then keeps the new row's)
                if move and self._sort_value(base[i]) != self._sort_value(row):
                    moving.append(i)
        removed.sort()
        changed.sort(key=lambda c: c[0])
        kept = list(base)
        for i, row in changed:
            kept[i] = row
        kept = _without(kept, removed)
        order, in_place = kept + added, True
        if self.sort_column >= 0 and (moving or added):
            order, added, in_place = self._placed(kept, added, moving, removed)
        if not in_place or removed:
            index = {key(r): i for i, r in enumerate(order)}
        elif added:  # appended: the others keep their place
            index = {**index, **{key(r): len(kept) + j for j, r in enumerate(added)}}
        summary = self.summary_delta(self.summary_value, gone, list(found.values()))
        if summary is None:
            summary = self.summary(list(source.values()))
        return Plan(
            base,
            rows,
            removed,
            changed,
            added,
            order,
            in_place,
            index,
            summary,
            source,
            self.needle,
            False,
            tuple(keys),
            version,
            move,
            generation,
        )

    def _placed(
        self, kept: list[R], added: list[R], moving: list[int], removed: list[int]
    ) -> tuple[list[R], list[R], bool]:
        """(the sorted order, the rows to append, whether that order is kept + added):
        rows that sort after every kept one (new packages, oldest first) are appended in
        order; others are put in place by binary search, then one layout change."""
        descending = self.sort_order == Qt.SortOrder.DescendingOrder
        added = sorted(added, key=self._sort_value, reverse=descending)
        if not moving:
            last = self._sort_value(kept[-1]) if kept else None
            first = self._sort_value(added[0])
            if last is None or (first <= last if descending else last <= first):
                return kept + added, added, True
        at = sorted(i - bisect_left(removed, i) for i in moving)
        order = _without(kept, at)
        for row in [kept[j] for j in at] + added:
            self._insert_sorted(order, row)
        return order, added, False

    def _sort_value(self, row: R) -> tuple[bool, Any]:
        """The row's sort key in the sort column (None sorts last), kept per row until
        the row or the sort column changes (a binary search asks the same rows again)."""
        key, column = self.key(row), self.sort_column
        cached = self._sorting.get(key)
        if cached is not None and cached[0] is row and cached[1] == column:
            return cached[2]
        v = self.cell(row, column, SORT_ROLE) if column >= 0 else None
        if v is None and column >= 0:
            v = self.cell(row, column, Qt.ItemDataRole.DisplayRole)
        value = (v is None, v if v is not None else "")
        self._sorting[key] = (row, column, value)
        return value

    def _insert_sorted(self, order: list[R], row: R) -> None:
        """Put ``row`` where a sort would (after its equals): a binary search, so the
        cost is log(rows) cells, not a sort of all of them."""
        value, descending = self._sort_value(row), self.sort_order == Qt.SortOrder.DescendingOrder
        lo, hi = 0, len(order)
        while lo < hi:
            mid = (lo + hi) // 2
            other = self._sort_value(order[mid])
            if (other < value) if descending else (value < other):
                hi = mid
            else:
                lo = mid + 1
        order.insert(lo, row)

    def _sorted(self, rows: list[R]) -> list[R]:
        if self.sort_column < 0:
            return rows
        reverse = self.sort_order == Qt.SortOrder.DescendingOrder
        return sorted(rows, key=self._sort_value, reverse=reverse)

    def set_rows(self, rows: list[R]) -> None:
        """Show ``rows`` (on the GUI thread): plan and apply at once."""
        self.apply(self.plan(rows))

    def set_filter(self, text: str) -> None:
        """Filter on the GUI thread (the views plan it on the worker: ``plan_filter``)."""
        self.apply(self.plan_filter(text))

    def apply(self, plan: Plan[R]) -> None:
        """Apply a plan; one planned against older rows (or another filter) is planned
        again here, one older than the rows shown is dropped. The cost here is in the
        rows that changed, not in the rows shown."""
        if plan.version is not None and self.version is not None and plan.version < self.version:
            return  # a slower read of an older state: the rows shown are newer
        stale = plan.generation != self.generation
        if stale or (not plan.sets_filter and plan.needle != self.needle):
            plan = self._replan(plan)
        self.needle = plan.needle
        self.source = plan.source
        self.summary_value = plan.summary
        if plan.version is not None:
            self.version = plan.version
        # note: this list is the model's own (workers copy it), so it changes in place
        self.rows = rows = list(plan.base)
        for i, row in plan.changed:
            rows[i] = row
        last = self.columnCount() - 1
        for first, end in ranges([i for i, _ in plan.changed]):
            self.dataChanged.emit(self.index(first, 0), self.index(end, last))
        for first, end in reversed(ranges(plan.removed)):
            self.beginRemoveRows(QModelIndex(), first, end)
            del rows[first : end + 1]
            self.endRemoveRows()
        if plan.added:
            start = len(rows)
            self.beginInsertRows(QModelIndex(), start, start + len(plan.added) - 1)
            rows.extend(plan.added)
            self.endInsertRows()
        if plan.in_place:
            self.rows, self._index = plan.order, plan.index
        else:
            self._reorder(plan.order, plan.index)
        self.generation += 1

    def _replan(self, plan: Plan[R]) -> Plan[R]:
        if plan.sets_filter:
            return self.plan(list(self.source.values()), plan.needle, plan.version, True)
        if plan.keys is not None:
            return self.plan_changes(plan.keys, plan.rows, plan.version, plan.move)
        return self.plan(plan.rows, None, plan.version)

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
        self.rows = list(order)
        self._index = where
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (a header click); refreshes keep the rows in this order."""
        self.sort_column, self.sort_order = column, order
        self.generation += 1  # a plan made for the other order is made again
        ordered = self._sorted(self.rows)
        if [self.key(r) for r in ordered] != [self.key(r) for r in self.rows]:
            self._reorder(ordered)

    def update_rows(self, keys: list[Hashable], rows: list[R]) -> bool:
        """Rows read again by key (``keys`` asked, ``rows`` found): each changed one gets
        ``dataChanged``, an asked one not found is removed; the order is kept (a row does
        not jump while a sync updates it). False, changing nothing, when a row is not
        listed yet: the caller asks what changed in the list instead."""
        if any(self.key(r) not in self.source for r in rows):
            return False
        self.apply(self.plan_changes(keys, rows, move=False))
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
