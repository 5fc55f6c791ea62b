"""Deleting drafts leaves no trace of the filer anywhere under the data folder."""

from __future__ import annotations

import datetime as dt
import secrets
import sqlite3
import struct
import zlib
from pathlib import Path

import pytest

from filingassist.app import Workspace
from filingassist.cli.main import main
from filingassist.errors import NotFound
from filingassist.office.serve import start_in_thread
from tests.support.fixtures import TEST_RECEIVES

PASS = b"a long enough passphrase"


@pytest.fixture
def ws(isolated_home: Path):
    w = Workspace.open()
    yield w
    w.close()


def _random_name() -> str:
    # Letters only, so the FTS tokenizer keeps each word whole (lower-cased).
    letters = "bcdfghjkmnpqrstvwxz"
    word = "".join(secrets.choice(letters) for _ in range(14))
    return f"Zq{word} Xv{word[::-1]}"


def _png_with_text(png: bytes, text: str) -> bytes:
    """The PNG with a tEXt chunk holding ``text`` (still a valid image)."""
    body = b"Comment\0" + text.encode("latin-1")
    chunk = struct.pack(">I", len(body)) + b"tEXt" + body
    chunk += struct.pack(">I", zlib.crc32(b"tEXt" + body) & 0xFFFFFFFF)
    end = png.rindex(b"IEND") - 4
    return png[:end] + chunk + png[end:]


def _jpeg_with_text(jpeg: bytes, text: str) -> bytes:
    """The JPEG with a COM segment holding ``text`` (still a valid image)."""
    body = text.encode("latin-1")
    segment = b"\xff\xfe" + struct.pack(">H", len(body) + 2) + body
    assert jpeg[:2] == b"\xff\xd8"
    return jpeg[:2] + segment + jpeg[2:]


def _image_with_text(image: bytes, text: str) -> tuple[bytes, str]:
    """The example's mark image carrying ``text`` in its metadata, and a file name for it."""
    if image.startswith(b"\x89PNG"):
        return _png_with_text(image, text), "logo-of-the-filer.png"
    return _jpeg_with_text(image, text), "logo-of-the-filer.jpg"


def _encodings(text: str) -> list[bytes]:
    variants = {text, text.lower(), text.upper()}
    for word in text.split():
        variants |= {word, word.lower()}
    out: list[bytes] = []
    for v in variants:
        for enc in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le"):
            out.append(v.encode(enc))
    return out


def _files_containing(home: Path, text: str) -> list[str]:
    needles = _encodings(text)
    hits = []
    for path in home.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if any(n in data for n in needles):
                hits.append(str(path.relative_to(home)))
    return sorted(hits)


def _fts_terms(home: Path) -> set[str]:
    conn = sqlite3.connect(home / "filingassist.sqlite")
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, drafts_fts, row)")
        return {row[0] for row in conn.execute("SELECT term FROM temp.vocab")}
    finally:
        conn.close()


def _filled_draft(ws: Workspace, examples_dir: Path, name: str, revisions: int) -> str:
    info = ws.import_file(examples_dir / "trademark.json")
    doc = ws.load(info.id)
    logo = doc.data["mark"]["image"]
    secret_logo, file_name = _image_with_text(ws.attachment_bytes(logo["sha256"]), name)
    doc.data["mark"]["image"] = ws.add_attachment(secret_logo, file_name).as_json()
    for i in range(revisions):  # typing the name, one autosave after another
        doc.data["applicants"][0]["name"] = name[: max(3, len(name) * (i + 1) // revisions)]
        doc.data["applicants"][0]["address"] = f"{i} Rue {name}\nLine two {i}"
        ws.save(info.id, doc)
    return info.id


@pytest.mark.network
def test_deleted_draft_leaves_no_trace_in_any_file(
    ws: Workspace, isolated_home: Path, examples_dir: Path, tmp_path: Path
) -> None:
    name = _random_name()
    other = ws.import_file(examples_dir / "trademark.json")  # shares the example's logo
    draft_id = _filled_draft(ws, examples_dir, name, revisions=40)
    assert len(ws.history(draft_id)) == 41
    assert [d.id for d in ws.drafts(search=name.split()[0])] == [draft_id]  # FTS indexed it
    assert name.split()[0].lower() in _fts_terms(isolated_home)
    signer = ws.unlock_key(ws.create_key("Counter staff", PASS).name, PASS)
    package = ws.pack(draft_id, signer)
    with start_in_thread(tmp_path / "office", receives=TEST_RECEIVES) as office:
        _, fp = ws.discover_office(office.url)
        ws.add_office(office.url, fp)
    ws.queue(package.package_id)  # waiting in the outbox: not sent, so deleted with the draft
    ws.close()
    ws = Workspace.open()
    # The test can fail: before deleting, the name is on disk in several places.
    before = _files_containing(isolated_home, name)
    assert "filingassist.sqlite" in before or "filingassist.sqlite-wal" in before
    assert any(hit.startswith("attachments/") for hit in before)

    result = ws.delete_drafts([draft_id])

    assert result.drafts == (draft_id,) and result.packages_deleted == (package.package_id,)
    assert result.attachments_deleted == 1
    assert _files_containing(isolated_home, name) == []
    assert not {w.lower() for w in name.split()} & _fts_terms(isolated_home)
    assert (isolated_home / "filingassist.sqlite-wal").stat().st_size == 0
    assert ws.outbox() == [] and ws.packages() == []
    with pytest.raises(NotFound):
        ws.draft(draft_id)
    # the other draft and the logo it uses are untouched
    assert ws.attachment_bytes(ws.load(other.id).data["mark"]["image"]["sha256"])
    assert [d.id for d in ws.drafts()] == [other.id]
    ws.close()


def test_unknown_id_deletes_nothing(ws: Workspace, examples_dir: Path) -> None:
    kept = ws.import_file(examples_dir / "madrid.json")
    with pytest.raises(NotFound):
        ws.delete_drafts([kept.id, "nosuchdraft"])
    assert ws.draft(kept.id).head == 1


def test_an_attachment_another_draft_uses_is_kept(ws: Workspace, examples_dir: Path) -> None:
    first = ws.import_file(examples_dir / "trademark.json")
    second = ws.import_file(examples_dir / "trademark.json")
    digest = ws.load(first.id).data["mark"]["image"]["sha256"]
    result = ws.delete_drafts([first.id])
    assert result.attachments_deleted == 0
    assert ws.attachment_bytes(digest)
    ws.delete_drafts([second.id])
    with pytest.raises(NotFound):
        ws.attachment_bytes(digest)


def test_untouched_new_drafts_are_not_kept(ws: Workspace) -> None:
    empty = ws.new_draft("trademark")
    typed = ws.new_draft("madrid")
    doc = ws.load(typed.id)
    doc.data["reference"] = "A-1"
    ws.save(typed.id, doc)
    restored = ws.new_draft("patent")  # edited, then back to empty: still a filer's history
    doc = ws.load(restored.id)
    doc.data["title"] = "x"
    ws.save(restored.id, doc)
    ws.restore(restored.id, 1)
    assert ws.discard_if_untouched(typed.id) is False
    assert ws.discard_if_untouched(empty.id) is True
    leftover = ws.new_draft("patent")  # say the app was killed with it open
    started = dt.datetime.now(dt.UTC)  # the desktop app starts ...
    made_meanwhile = ws.new_draft("patent")  # ... while `filingassist new` runs
    assert ws.purge_untouched(created_before=started) == [leftover.id]
    assert ws.discard_if_untouched(made_meanwhile.id) is True
    assert {d.id for d in ws.drafts()} == {typed.id, restored.id}
    assert ws.discard_if_untouched("gone") is False


def test_cli_delete_exit_codes(isolated_home: Path, examples_dir: Path, capsys) -> None:
    assert main(["import", str(examples_dir / "madrid.json")]) == 0
    draft_id = capsys.readouterr().out.split()[0]
    assert main(["delete", draft_id, "unknown-id"]) == 2
    assert "unknown-id" in capsys.readouterr().err
    assert main(["delete", "--json", draft_id]) == 0
    assert f'"{draft_id}"' in capsys.readouterr().out
    assert main(["list"]) == 0
    assert capsys.readouterr().out == ""


@pytest.mark.network
def test_a_package_the_office_has_is_kept_with_its_receipt(
    ws: Workspace, examples_dir: Path, tmp_path: Path
) -> None:
    from filingassist.office import store as office_store

    signer = ws.unlock_key(ws.create_key("Jane Doe", PASS).name, PASS)
    draft = ws.import_file(examples_dir / "madrid.json")
    package = ws.pack(draft.id, signer)
    with start_in_thread(tmp_path / "office", receives=TEST_RECEIVES) as office:
        token = office_store.add_account(office_store.open_db(tmp_path / "office"), "jane")
        _, fp = ws.discover_office(office.url)
        ws.add_office(office.url, fp, token)
        ws.queue(package.package_id)
        assert ws.sync_once().receipted == [package.package_id]
    result = ws.delete_drafts([draft.id])
    assert result.packages_kept == (package.package_id,) and result.packages_deleted == ()
    assert [r.package_id for r in ws.receipts()] == [package.package_id]
    assert [i.state for i in ws.outbox()] == ["receipted"]
    kept = ws.packages()[0]
    assert kept.draft_id == "" and kept.path.is_file()
