"""Counter mode in the core: configuration, the witnessed text-string signature in the
manifest, and the handover that queues the signed package and wipes everything else."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest

from filingassist import counter
from filingassist.app import Workspace
from filingassist.cli.main import main
from filingassist.errors import InputError
from filingassist.formdefs import form_for_kind
from filingassist.office.serve import start_in_thread
from tests.core.test_store_delete import _files_containing, _image_with_text, _random_name
from tests.support.fixtures import TEST_RECEIVES

PASS = b"a long enough passphrase"


def _filled_draft(ws: Workspace, examples_dir: Path, name: str, revisions: int) -> str:
    """The example trademark typed in by ``name``, with a logo that names them too."""
    info = ws.import_file(examples_dir / "trademark.json")
    doc = ws.load(info.id)
    logo = ws.attachment_bytes(doc.data["mark"]["image"]["sha256"])
    marked, file_name = _image_with_text(logo, name)
    doc.data["mark"]["image"] = ws.add_attachment(marked, file_name).as_json()
    for i in range(revisions):
        doc.data["applicants"][0]["name"] = name[: max(3, len(name) * (i + 1) // revisions)]
        ws.save(info.id, doc)
    return info.id


def test_every_form_declares_the_signature_fields_the_counter_fills() -> None:
    for kind in ("trademark", "madrid", "patent"):
        form = form_for_kind(kind)
        for path in (counter.SIGNATORY, counter.SIGNATURE_TEXT, counter.SIGNATURE_DATE):
            field = form.field(path)
            assert field is not None and field.section == counter.SIGNATURE_SECTION, (kind, path)


def test_config_defaults_and_an_administrators_file(tmp_path: Path) -> None:
    assert counter.load_config(tmp_path / "none.toml") == counter.CounterConfig()
    path = tmp_path / "counter.toml"
    path.write_text(
        '[counter]\nenabled = true\nlocked = true\noffice = "XX"\nidle_timeout = 120\n'
        'idle_warning = 20\noffice_name = "Front desk 2"\n'
        '[counter.payment]\nen = "Cash desk 1"\nar = "الصندوق 1"\n'
        '[counter.office_names]\nzh = "前台 2"\n',
        encoding="utf-8",
    )
    config = counter.load_config(path)
    assert config.enabled and config.locked and config.office == "XX"
    assert (config.idle_timeout, config.idle_warning) == (120, 20)
    assert config.payment_text("ar") == "الصندوق 1"
    assert config.payment_text("zh_CN") == "Cash desk 1"  # the office wrote no Chinese
    assert config.office_name_in("zh_CN") == "前台 2"
    assert config.office_name_in("ar") == "Front desk 2"  # no Arabic name: the one given
    path.write_text("[counter]\nidle_timeout = 10\n", encoding="utf-8")
    with pytest.raises(InputError, match="idle_timeout"):
        counter.load_config(path)
    path.write_text("[counter\n", encoding="utf-8")
    with pytest.raises(InputError, match="unreadable"):
        counter.load_config(path)


def test_sign_as_filer_and_attestation() -> None:
    data: dict = {}
    counter.sign_as_filer(data, "  Amina   Diallo ", dt.date(2026, 11, 29))
    assert data["signature"] == {
        "signatory": "Amina Diallo",
        "text": "/Amina Diallo/",
        "date": "2026-11-29",
    }
    record = counter.attestation(data, "Staff Member", "Front desk 2")
    assert record["witnessed_by"] == "Staff Member" and record["signature_text"] == "/Amina Diallo/"
    with pytest.raises(InputError):
        counter.sign_as_filer({}, " // ", dt.date(2026, 11, 29))
    with pytest.raises(InputError):
        counter.attestation(data, " ", "")


@pytest.mark.network
def test_handover_queues_the_signed_package_and_leaves_no_trace(
    isolated_home: Path, examples_dir: Path, tmp_path: Path
) -> None:
    ws = Workspace.open(counter.home())
    name = _random_name()
    draft_id = _filled_draft(ws, examples_dir, name, revisions=12)
    doc = ws.load(draft_id)
    counter.sign_as_filer(doc.data, name, dt.date.today())
    ws.save(draft_id, doc, "signed at the counter")
    unsigned = _filled_draft(ws, examples_dir, name + " Other", revisions=2)
    signer = ws.unlock_key(ws.create_key("Counter 2", PASS).name, PASS)
    witnessed = counter.attestation(doc.data, "Staff Member", "Front desk 2")
    package = ws.pack(draft_id, signer, attestation=witnessed)
    (counter.temp_dir(ws) / "summary.pdf").write_bytes(f"printout of {name}".encode())
    with start_in_thread(tmp_path / "office", receives=TEST_RECEIVES) as office:
        _, fp = ws.discover_office(office.url)
        ws.add_office(office.url, fp)
    assert _files_containing(ws.home, name)  # the test can fail

    done = counter.handover(ws)

    assert done.queued == (package.package_id,)
    assert set(done.wiped) == {draft_id, unsigned} and done.temp_files == 1
    assert ws.drafts() == [] and ws.packages() == []
    [item] = ws.outbox()
    assert item.package_id == package.package_id and item.state == "queued"
    kept = Path(item.path)
    assert kept.is_file() and ws.verify_package(kept).ok
    # the one file left that names the filer is the application itself, until it is sent
    assert _files_containing(ws.home, name) == [str(kept.relative_to(ws.home))]
    with zipfile.ZipFile(kept) as z:
        manifest = json.loads(z.read("manifest.json"))
    assert manifest["counter_signature"]["signatory"] == name
    assert manifest["counter_signature"]["witnessed_by"] == "Staff Member"
    assert manifest["signature_text"] == f"/{name}/"
    ws.close()


def test_handover_erases_a_file_stored_but_never_saved(
    isolated_home: Path, examples_dir: Path
) -> None:
    """The session ended while the filer's file was being stored (or before its autosave):
    no revision names it, so deleting the drafts alone left it in the counter's folder."""
    ws = Workspace.open(counter.home())
    name = _random_name()
    draft_id = _filled_draft(ws, examples_dir, "Other Filer", revisions=2)
    saved = ws.load(draft_id).data["mark"]["image"]["sha256"]
    ws.add_attachment(_image_with_text(ws.attachment_bytes(saved), name)[0], "a.png")
    assert _files_containing(ws.home, name)  # the test can fail
    assert ws.erase_unused_attachments() == 1  # while the draft lives: only the unsaved file
    assert ws.attachment_bytes(saved) and _files_containing(ws.home, name) == []
    ws.add_attachment(_image_with_text(ws.attachment_bytes(saved), name)[0], "a.png")

    done = counter.handover(ws)

    assert done.wiped == (draft_id,) and done.attachments == 1
    assert _files_containing(ws.home, name) == []
    assert not any(p.is_file() for p in (ws.home / "attachments").rglob("*"))
    ws.close()


def test_cli_handover_wipes_a_leftover_session(isolated_home: Path, examples_dir: Path, capsys):
    ws = Workspace.open(counter.home())
    name = _random_name()
    _filled_draft(ws, examples_dir, name, revisions=3)
    ws.close()
    assert main(["counter", "handover", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert len(out["wiped"]) == 1 and out["queued"] == [] and out["attachments"] == 0
    assert _files_containing(counter.home(), name) == []


def test_counter_flag_opens_the_desktop_in_counter_mode(monkeypatch) -> None:
    import importlib
    import types

    from filingassist.cli import main as cli_main

    calls: list[bool] = []
    fake = types.SimpleNamespace(run=lambda counter=False: calls.append(counter) or 0)
    real = importlib.import_module
    monkeypatch.setattr(
        cli_main.importlib, "import_module", lambda n: fake if n == "ui.app" else real(n)
    )
    assert cli_main.main(["--counter"]) == 0
    assert cli_main.main([]) == 0
    assert calls == [True, False]
