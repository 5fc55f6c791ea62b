"""The Nice alphabetical term list: import from CSV, exact lookup, search and suggestions.

Offices send back goods/services terms they do not accept; checking each term against the
list offline, and offering the closest accepted terms as the filer types, avoids that round
trip. The list lives in a SQLite database in the data home (FTS5 for search); exact lookups
and suggestions use in-memory structures built on first use, so a per-keystroke
``suggest`` stays in the low milliseconds on ~10,000 terms.
"""

from __future__ import annotations

import csv
import difflib
import hashlib
import io
import os
import re
import sqlite3
import threading
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from filingassist.errors import InputError
from filingassist.refdata.store import refdata_home

DB_NAME = "nice_terms.db"
HEADER = ["basic_number", "class_number", "term", "language"]
MAX_CSV_BYTES = 20 * 1024 * 1024
MAX_ROWS = 200_000
MAX_TERM_CHARS = 500
MAX_REPORTED = 10
_BASIC_RE = re.compile(r"^[0-9]{6}$")  # note: \d also matches non-ASCII digits
_LANG_RE = re.compile(r"^[a-z]{2}$")
_CLASS_RE = re.compile(r"^[0-9]{1,2}$")  # note: str.isdigit() accepts "²", int() does not
_WORD_RE = re.compile(r"\w+", re.UNICODE)
_CANDIDATES = 60
_RANKED = 15


@dataclass(frozen=True)
class Term:
    basic_number: str
    class_number: int
    term: str
    language: str


def normalize(text: str) -> str:
    """Compare terms ignoring case, accents' composition, quote style and spacing."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(text.split())


def db_path() -> Path:
    return refdata_home() / DB_NAME


def installed() -> bool:
    """True when a term list has been imported into this data home."""
    return db_path().is_file()


_shared: dict[tuple[str, int, int], TermList] = {}
_shared_lock = threading.Lock()


def shared() -> TermList | None:
    """The installed list, opened once per process and reopened after a new import.

    For per-keystroke callers (rules, completion): None when no list is installed.
    Thread-safe: the desktop app warms the list on a worker while the GUI thread searches;
    without the lock both opened it (twice the time and memory) and one copy leaked.
    """
    path = db_path()
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    # note: an import swaps in a new file (new inode), so this key changes on every import.
    key = (str(path), stat.st_ino, stat.st_mtime_ns)
    with _shared_lock:
        found = _shared.get(key)
        if found is None:
            for old in _shared.values():
                old.close()
            _shared.clear()
            found = _shared[key] = TermList.open(path)
        return found


# --- import ------------------------------------------------------------------------------


def _read_csv(path: Path) -> str:
    where = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_CSV_BYTES:
            raise InputError(f"larger than {MAX_CSV_BYTES} bytes", where)
        return path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror})", where) from None
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 (byte {exc.start})", where) from None


def _check_row(row: list[str]) -> str | None:
    """Return what is wrong with one data row, or None."""
    if len(row) != 4:
        return f"expected 4 fields, found {len(row)}"
    basic, cls, term, lang = row
    if not _BASIC_RE.match(basic):
        return f"basic_number {basic!r} is not 6 digits"
    if not _CLASS_RE.match(cls) or not 1 <= int(cls) <= 45:
        return f"class_number {cls!r} is not 1-45"
    if int(basic[:2]) != int(cls):
        return f"basic_number {basic} does not belong to class {cls}"
    if not term.strip() or len(term) > MAX_TERM_CHARS:
        return f"term empty or longer than {MAX_TERM_CHARS} characters"
    if any(unicodedata.category(ch) == "Cc" for ch in term):
        return "term contains control characters"
    if not _LANG_RE.match(lang):
        return f"language {lang!r} is not a two-letter code"
    return None


def parse_terms(path: Path) -> list[Term]:
    """Read and check a term list CSV; every bad row is named by its line number.

    Raises:
        InputError: unreadable file, wrong header, too many rows, or bad rows.
    """
    where = str(path)
    reader = csv.reader(io.StringIO(_read_csv(path), newline=""), strict=True)
    terms: list[Term] = []
    bad: list[str] = []
    try:
        header = next(reader, None)
        if header != HEADER:
            raise InputError(f"header must be {','.join(HEADER)}", f"{where}:1")
        for row in reader:
            if reader.line_num > MAX_ROWS + 1:
                raise InputError(f"more than {MAX_ROWS} rows", where)
            problem = _check_row(row)
            if problem:
                bad.append(f"line {reader.line_num}: {problem}")
            else:
                terms.append(Term(row[0], int(row[1]), " ".join(row[2].split()), row[3]))
    except csv.Error as exc:
        raise InputError(f"malformed CSV ({exc})", f"{where}:{reader.line_num}") from None
    if bad:
        more = f" (and {len(bad) - MAX_REPORTED} more)" if len(bad) > MAX_REPORTED else ""
        raise InputError(f"{len(bad)} bad rows: " + "; ".join(bad[:MAX_REPORTED]) + more, where)
    if not terms:
        raise InputError("no terms", where)
    return terms


def import_terms(path: Path, edition: str = "NCL (12)") -> int:
    """Replace the installed term list with the one in ``path``; returns the term count.

    The new database is built beside the old one and swapped in with ``os.replace``, so a
    failed import leaves the previous list untouched.
    """
    terms = parse_terms(path)
    target = db_path()
    tmp = target.with_suffix(".importing")
    tmp.unlink(missing_ok=True)
    try:
        _write_db(tmp, terms, edition, path)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return len(terms)


def _write_db(path: Path, terms: list[Term], edition: str, source: Path) -> None:
    db = sqlite_utils.Database(path)
    try:
        db.table("terms").insert_all(
            (
                {
                    "basic_number": t.basic_number,
                    "class_number": t.class_number,
                    "term": t.term,
                    "norm": normalize(t.term),
                    "language": t.language,
                }
                for t in terms
            ),
            batch_size=2000,
        )
        db.table("terms").create_index(["class_number", "norm"])
        db.table("terms").enable_fts(["term"], fts_version="FTS5", tokenize="unicode61")
        meta = {
            "edition": edition,
            "source": source.name,
            "sha256": hashlib.sha256(source.read_bytes()).hexdigest(),
            "imported_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
            "count": str(len(terms)),
        }
        db.table("meta").insert_all(({"key": k, "value": v} for k, v in meta.items()), pk="key")
    finally:
        db.close()


# --- use ---------------------------------------------------------------------------------


class TermList:
    """An opened term list. Open once and keep it (building the indexes costs ~50 ms)."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db
        self.meta = {r["key"]: r["value"] for r in db["meta"].rows}
        rows = db.execute(
            "select basic_number, class_number, term, language from terms order by rowid"
        )
        self._terms = [Term(*row) for row in rows.fetchall()]
        # One searchable string per spelling variant ("diapers / nappies" gives two).
        self._variants: list[tuple[str, str, int]] = []
        for i, t in enumerate(self._terms):
            for variant in variants(t.term):
                self._variants.append((variant, _sorted_words(variant), i))
        self._known = {(self._terms[i].class_number, v) for v, _, i in self._variants}
        self._gram_counts = [len(_trigrams(v)) for v, _, _ in self._variants]
        self._grams: dict[int | None, dict[str, list[int]]] = {}

    @classmethod
    def open(cls, path: Path | None = None) -> TermList:
        """Open the installed list (read-only).

        Raises:
            InputError: no list installed, or the database is unreadable.
        """
        path = path or db_path()
        if not path.is_file():
            raise InputError(
                "no Nice term list installed (filingassist refdata import-nice FILE.csv)"
            )
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            return cls(sqlite_utils.Database(conn))
        except sqlite3.DatabaseError as exc:
            raise InputError(f"unreadable term database ({exc})", str(path)) from None

    @staticmethod
    def installed() -> bool:
        return installed()

    @property
    def edition(self) -> str:
        return self.meta.get("edition", "")

    def __len__(self) -> int:
        return len(self._terms)

    def close(self) -> None:
        self._db.close()

    def lookup(self, class_number: int, term: str) -> bool:
        """True when ``term`` is on the list in ``class_number`` (case/space-insensitive)."""
        return (class_number, normalize(term).rstrip("*").strip()) in self._known

    def search(self, text: str, class_number: int | None = None, limit: int = 20) -> list[Term]:
        """Terms containing every word of ``text`` (word prefixes), best match first."""
        words = _WORD_RE.findall(text)
        if not words:
            return []
        # note: quoting each word keeps FTS5 query syntax (NEAR, OR, -) out of user input.
        query = " ".join('"' + w.replace('"', "") + '"*' for w in words)
        sql = (
            "select t.basic_number, t.class_number, t.term, t.language from terms_fts f "
            "join terms t on t.rowid = f.rowid where terms_fts match ?"
        )
        params: list[object] = [query]
        if class_number is not None:
            sql += " and t.class_number = ?"
            params.append(class_number)
        sql += " order by f.rank limit ?"
        params.append(max(0, min(limit, 500)))
        return [Term(*row) for row in self._db.execute(sql, params).fetchall()]

    def suggest(self, term: str, class_number: int | None = None, n: int = 3) -> list[Term]:
        """The ``n`` known terms closest to ``term`` (trigram pre-filter, difflib ranking)."""
        query = normalize(term)
        if not query:
            return []
        grams = self._gram_index(class_number)
        hits: Counter[int] = Counter()
        for gram in _trigrams(query):
            hits.update(grams.get(gram, ()))
        # Cheap pre-ranking by trigram Dice coefficient, then difflib on the best few.
        size = len(_trigrams(query))
        dice = sorted(
            hits.most_common(_CANDIDATES),
            key=lambda vc: -2 * vc[1] / (size + self._gram_counts[vc[0]]),
        )
        return self._rank(query, [v for v, _ in dice[: max(_RANKED, 4 * n)]], n)

    def _rank(self, query: str, candidates: list[int], n: int) -> list[Term]:
        """Order candidates by difflib similarity, in word order or sorted (word-order-free)."""
        plain = difflib.SequenceMatcher(autojunk=False)
        plain.set_seq2(query)
        by_words = difflib.SequenceMatcher(autojunk=False)
        by_words.set_seq2(_sorted_words(query))
        best: dict[int, float] = {}
        for v in candidates:
            text, words, i = self._variants[v]
            plain.set_seq1(text)
            by_words.set_seq1(words)
            score = max(plain.ratio(), by_words.ratio())
            best[i] = max(score, best.get(i, 0.0))
        ranked = sorted(best, key=lambda i: (-best[i], self._terms[i].term))
        return [self._terms[i] for i in ranked[:n]]

    def _gram_index(self, class_number: int | None) -> dict[str, list[int]]:
        """Trigram → variant ids, for one class or all (built on first use, ~50 ms)."""
        index = self._grams.get(class_number)
        if index is None:
            built: defaultdict[str, list[int]] = defaultdict(list)
            for v, (text, _, i) in enumerate(self._variants):
                if class_number is None or self._terms[i].class_number == class_number:
                    for gram in _trigrams(text):
                        built[gram].append(v)
            index = self._grams[class_number] = dict(built)
        return index


def variants(term: str) -> list[str]:
    """Normalized forms a filer may type for a list entry.

    The list writes spelling alternatives as "diapers / nappies" and marks some entries
    with a trailing asterisk; each alternative, without the asterisk, counts as the term.
    """
    full = normalize(term).rstrip("*").strip()
    parts = [p.strip().rstrip("*").strip() for p in full.split(" / ")]
    return list(dict.fromkeys([full, *[p for p in parts if p]]))


def _sorted_words(text: str) -> str:
    return " ".join(sorted(_WORD_RE.findall(text)))


def _trigrams(text: str) -> set[str]:
    padded = f"  {text} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}
