"""The Nice term list CSV: digits other than ASCII 0-9 are bad rows named by line."""

from __future__ import annotations

from pathlib import Path

import pytest

from filingassist.errors import InputError
from filingassist.refdata.nice_terms import parse_terms

HEADER = "basic_number,class_number,term,language\n"


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("090001,\u00b2,apparatus,en", "class_number '²' is not 1-45"),
        ("090001,\u0669,apparatus,en", "class_number '٩' is not 1-45"),
        ("\u0660\u0669\u0660\u0660\u0660\u0661,9,apparatus,en", "is not 6 digits"),
    ],
)
def test_non_ascii_digits_are_bad_rows(tmp_path: Path, row: str, reason: str) -> None:
    path = tmp_path / "terms.csv"
    path.write_text(HEADER + "090002,9,computers,en\n" + row + "\n", "utf-8")
    with pytest.raises(InputError, match=f"line 3: .*{reason}") as caught:
        parse_terms(path)
    assert caught.value.where == str(path)
