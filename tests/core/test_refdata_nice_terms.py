"""Nice term list: hostile CSV refused by line, lookups, search and suggestions."""

from __future__ import annotations

import pytest

from filingassist.errors import InputError
from filingassist.refdata import nice_terms
from filingassist.refdata.nice_terms import TermList, import_terms, normalize, variants

HEADER = "basic_number,class_number,term,language\n"


@pytest.fixture
def small_csv(tmp_path):
    path = tmp_path / "terms.csv"
    path.write_text(
        HEADER
        + "250042,25,shirts,en\n"
        + "250155,25,tee-shirts,en\n"
        + "250010,25,clothing*,en\n"
        + "050412,5,babies' diapers / babies' nappies,en\n"
        + "050298,5,food for babies,en\n"
        + '090591,9,"computer software, recorded",en\n'
        + "420139,42,computer software design,en\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def small_list(small_csv):
    assert import_terms(small_csv, edition="NCL (12-2025)") == 7
    terms = TermList.open()
    yield terms
    terms.close()


def test_not_installed_until_imported(small_csv):
    assert not TermList.installed()
    with pytest.raises(InputError, match="import-nice"):
        TermList.open()
    import_terms(small_csv)
    assert TermList.installed() and nice_terms.installed()


def test_lookup_is_per_class_and_forgiving_about_case_spacing_variants(small_list):
    assert small_list.lookup(25, "Shirts")
    assert small_list.lookup(25, "  tee-shirts ")
    assert small_list.lookup(25, "clothing")  # trailing asterisk in the list
    assert small_list.lookup(5, "babies' nappies")  # one spelling alternative
    assert small_list.lookup(5, "BABIES\u2019 DIAPERS / BABIES' NAPPIES")
    assert not small_list.lookup(9, "shirts")
    assert not small_list.lookup(25, "shirt")
    assert small_list.edition == "NCL (12-2025)"
    assert len(small_list) == 7


def test_search_prefix_words_and_class_filter(small_list):
    found = [t.term for t in small_list.search("comp soft")]
    assert set(found) == {"computer software, recorded", "computer software design"}
    assert [t.class_number for t in small_list.search("comp soft", class_number=42)] == [42]
    assert small_list.search("") == []
    # FTS syntax in user input is neutralised, not executed or raised
    assert small_list.search('shirts OR "x" NEAR(') == []
    assert {t.term for t in small_list.search("shirts)")} == {"shirts", "tee-shirts"}


def test_suggest_closest_terms(small_list):
    assert [t.term for t in small_list.suggest("tshirts", n=2)] == ["shirts", "tee-shirts"]
    assert small_list.suggest("baby food", class_number=5, n=1)[0].term == "food for babies"
    assert (
        small_list.suggest("computr softwre", class_number=42)[0].term == "computer software design"
    )
    assert small_list.suggest("   ") == []
    assert small_list.suggest("shirts", class_number=33) == []


def test_real_list_imports_and_suggests(shared_dir):
    csv_path = shared_dir / "refdata" / "nice" / "alphabetical_list.csv"
    assert import_terms(csv_path) == 10029
    terms = TermList.open()
    try:
        assert terms.lookup(1, "acetone")
        assert terms.lookup(9, "downloadable music files")
        assert not terms.lookup(9, "downloadable musik files")
        assert terms.suggest("downloadable musik files", 9, 1)[0].term == "downloadable music files"
        assert terms.meta["count"] == "10029"
    finally:
        terms.close()


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("250042,25,shirts\n", "line 2: expected 4 fields"),
        ("2500x2,25,shirts,en\n", "line 2: basic_number"),
        ("250042,46,shirts,en\n", "line 2: class_number"),
        ("250042,24,shirts,en\n", "line 2: basic_number 250042 does not belong to class 24"),
        ("250042,25,,en\n", "line 2: term empty"),
        ("250042,25,shi\x07rts,en\n", "line 2: term contains control"),
        ("250042,25,shirts,english\n", "line 2: language"),
        ("250042,25,shirts,en\n250043,25," + "x" * 600 + ",en\n", "line 3: term empty or longer"),
    ],
)
def test_bad_rows_named_by_line(tmp_path, body, message):
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    with pytest.raises(InputError) as err:
        import_terms(path)
    assert message in str(err.value)
    assert str(path) in str(err.value)
    assert not nice_terms.installed()


def test_many_bad_rows_reported_in_bulk(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + "x,1,a,en\n" * 25, encoding="utf-8")
    with pytest.raises(InputError, match=r"25 bad rows: line 2: .* \(and 15 more\)"):
        import_terms(path)


def test_wrong_header_encoding_size_and_quoting(tmp_path, monkeypatch):
    path = tmp_path / "x.csv"
    path.write_text("number,class,term\n1,1,a\n", encoding="utf-8")
    with pytest.raises(InputError, match="header"):
        import_terms(path)
    path.write_bytes(HEADER.encode() + b"250042,25,\xff\xfe,en\n")
    with pytest.raises(InputError, match="not UTF-8"):
        import_terms(path)
    path.write_text(HEADER + '250042,25,"unterminated,en\n', encoding="utf-8")
    with pytest.raises(InputError, match="malformed CSV|bad rows"):
        import_terms(path)
    path.write_text(HEADER, encoding="utf-8")
    with pytest.raises(InputError, match="no terms"):
        import_terms(path)
    monkeypatch.setattr(nice_terms, "MAX_CSV_BYTES", 100)
    path.write_text(HEADER + "250042,25,shirts,en\n" * 10, encoding="utf-8")
    with pytest.raises(InputError, match="larger than"):
        import_terms(path)


def test_too_many_rows(tmp_path, monkeypatch):
    monkeypatch.setattr(nice_terms, "MAX_ROWS", 5)
    path = tmp_path / "x.csv"
    path.write_text(HEADER + "250042,25,shirts,en\n" * 10, encoding="utf-8")
    with pytest.raises(InputError, match="more than 5 rows"):
        import_terms(path)


def test_failed_import_keeps_previous_list(small_csv, tmp_path):
    import_terms(small_csv)
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "nope\n", encoding="utf-8")
    with pytest.raises(InputError):
        import_terms(bad)
    terms = TermList.open()
    assert terms.lookup(25, "shirts")
    terms.close()


def test_normalize_and_variants():
    assert normalize("  Babies\u2019   Nappies ") == "babies' nappies"
    assert variants("diapers / nappies*") == ["diapers / nappies", "diapers", "nappies"]


def test_shared_list_is_reused_and_refreshed_after_import(small_csv, tmp_path):
    assert nice_terms.shared() is None
    import_terms(small_csv)
    first = nice_terms.shared()
    assert first is nice_terms.shared()
    assert first.lookup(25, "shirts")
    other = tmp_path / "other.csv"
    other.write_text(HEADER + "250999,25,kilts,en\n", encoding="utf-8")
    import_terms(other)
    second = nice_terms.shared()
    assert second is not first
    assert second.lookup(25, "kilts") and not second.lookup(25, "shirts")
