"""The shared Nice term list is opened once even when two threads ask at the same time."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from filingassist.refdata import nice_terms

CSV = "basic_number,class_number,term,language\n090001,9,computers,en\n"


@pytest.mark.timeout(30)
def test_concurrent_first_use_opens_one_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "terms.csv"
    source.write_text(CSV, "utf-8")
    nice_terms.import_terms(source)
    opened: list[nice_terms.TermList] = []
    real_open = nice_terms.TermList.open

    def slow_open(path: Path | None = None) -> nice_terms.TermList:
        time.sleep(0.3)  # building the indexes of a real list takes a while
        found = real_open(path)
        opened.append(found)
        return found

    monkeypatch.setattr(nice_terms.TermList, "open", staticmethod(slow_open))
    monkeypatch.setattr(nice_terms, "_shared", {})
    results: list[object] = []
    start = threading.Barrier(2)

    def use() -> None:
        start.wait()
        results.append(nice_terms.shared())

    threads = [threading.Thread(target=use) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    try:
        assert len(opened) == 1
        assert results[0] is results[1] is opened[0]
        assert [t.term for t in opened[0].search("comp")] == ["computers"]
    finally:
        for found in opened:
            found.close()
