"""Worker processes for the CPU-heavy part of a batch (validating and exporting thousands
of drafts), bounded, in order and cancellable.

Threads cannot spread Python work over cores (the GIL), so a batch of thousands of
packages prepares them in a few worker processes while this process signs and writes:
the key never leaves this process. Workers are started with ``spawn`` (never ``fork``: the
desktop app and the sync run threads, and a forked copy of a lock held by another thread
deadlocks); each costs an interpreter start, so small batches, one-core machines and
frozen builds (PyInstaller would need ``freeze_support`` in every entry point) work in
this process.
"""

from __future__ import annotations

import functools
import itertools
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

from filingassist import paths

T = TypeVar("T")
R = TypeVar("R")

#: Fewer items than this are done in this process (a worker costs ~1 s of CPU to start,
#: which a few hundred items per worker pay back on idle cores).
MIN_ITEMS = 500
#: At most this many worker processes, whatever the core count.
MAX_WORKERS = 4
#: Chunks in flight per worker: one being worked on and one waiting, so a worker never
#: idles while this process writes; memory stays flat in the size of the batch.
CHUNKS_PER_WORKER = 2


def workers_for(count: int) -> int:
    """Worker processes for a batch of ``count`` items: 0 means work in this process."""
    if count < MIN_ITEMS or paths.is_frozen():
        return 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return min(cores or 1, MAX_WORKERS) if (cores or 1) >= 2 else 0


def ordered_map(
    fn: Callable[[T], R], items: Iterable[T], workers: int, chunk: int = 16
) -> Iterator[tuple[T, R]]:
    """``(item, fn(item))`` in the order of ``items``, computed by ``workers`` processes
    (``fn`` must be a module-level function or a partial of one, items and results
    picklable), or here when ``workers`` is 0.

    Items travel ``chunk`` at a time (a task per item costs the executor's threads and
    pipes more CPU than a row's rules), and at most ``CHUNKS_PER_WORKER`` chunks per
    worker are taken ahead, so memory is flat. A consumer that stops iterating (or an
    error) cancels what has not started and waits for what has; an error in ``fn`` is
    raised here.
    """
    if workers <= 0:
        for item in items:
            yield item, fn(item)
        return
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_watch_parent,
        initargs=(os.getpid(),),
    )
    run = functools.partial(_run_chunk, fn)
    try:
        pending: deque[tuple[list[T], Future[list[R]]]] = deque()
        chunks = _chunks(items, chunk)
        for part in itertools.islice(chunks, workers * CHUNKS_PER_WORKER):
            pending.append((part, pool.submit(run, part)))
        while pending:
            part, future = pending.popleft()
            results = future.result()
            for more in itertools.islice(chunks, 1):
                pending.append((more, pool.submit(run, more)))
            yield from zip(part, results, strict=True)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    source = iter(items)
    while part := list(itertools.islice(source, max(1, size))):
        yield part


def _run_chunk(fn: Callable[[T], R], part: list[T]) -> list[R]:
    """In a worker: ``fn`` on each item of a chunk."""
    return [fn(item) for item in part]


#: How often a worker looks whether the process that started it is still there.
PARENT_CHECK_SECONDS = 0.5


def _watch_parent(parent: int) -> None:
    """In a worker: exit when the parent is gone (killed with -9, it cannot tell its
    workers, which would otherwise wait for work for ever)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()
