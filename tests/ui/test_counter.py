"""Office counter mode: a walk-in filer's session in Arabic with English-speaking staff,
from welcome to handover, and screenshots of every wizard page in English, Arabic and
Chinese at 1366×768."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import subprocess
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QCheckBox, QWidget

from filingassist import counter
from filingassist.app import Workspace
from filingassist.formdefs import form_for_kind
from filingassist.model.walk import iter_values
from filingassist.office.serve import start_in_thread
from tests.support.fixtures import TEST_RECEIVES
from tests.ui import pdfcheck
from tests.ui.helpers import example_doc, fill_from_example, type_text
from tests.ui.screens import SHOTS, shoot
from ui.counter import pages as counter_pages
from ui.counter.help import plain_help
from ui.counter.pages import FinishPage, QuestionPage, ReviewPage, SignaturePage, WelcomePage
from ui.counter.printout import qr_code
from ui.counter.window import CounterWindow
from ui.i18n import install_language
from ui.tasks import TaskRunner

pytestmark = [pytest.mark.gui, pytest.mark.timeout(240)]
PASS = b"counter key passphrase"
FILER = "Amina Diallo Zqwkvx"
STAFF = "Jonas Berg"
SIZE = (1366, 768)
#: What the filer answers, page by page (abstract paths of forms/trademark.v1.toml).
ANSWERS: dict[str, dict[str, Any]] = {
    "office": {"office": "EM", "language": "en", "filing_date": dt.date.today().isoformat()},
    "applicant": {
        "applicants": [
            {
                "name": FILER,
                "address": "12 شارع النيل\nالقاهرة",
                "country": "EG",
                "legal_kind": "natural_person",
                "nationality": "EG",
            }
        ]
    },
    "mark": {"mark.type": "word", "mark.verbal_element": "NILOS"},
    "goods_services": {"classes": [{"class_number": 30, "terms": ["coffee", "tea"]}]},
    "fees": {"payment.method": "bank_transfer", "payment.reference": "DESK1-2026-0042"},
}


def test_plain_help_for_every_field_of_every_form_and_nothing_else() -> None:
    for kind in ("trademark", "madrid", "patent"):
        form = form_for_kind(kind)
        assert set(plain_help(kind)) == {f.path for f in form.fields}, kind


@pytest.fixture
def counter_setup(
    qapp, isolated_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[dict[str, Any]]:
    printed = tmp_path / "printed"
    config_file = tmp_path / "counter.toml"
    config_file.write_text(
        "[counter]\nenabled = true\nlocked = true\n"
        'office_name = "Front desk 2"\nkey = "Counter 2"\n'
        f"idle_timeout = 600\nidle_warning = 30\nprint_folder = {json.dumps(str(printed))}\n"
        "[counter.payment]\n"
        'en = "Pay at cash desk 1 (ground floor), by card or cash."\n'
        'ar = "ادفع في الصندوق رقم 1 (الطابق الأرضي)، بالبطاقة أو نقدًا."\n'
        "[counter.office_names]\n"
        + "".join(f"{lang} = {json.dumps(name)}\n" for lang, name in DESK_NAMES.items()),
        encoding="utf-8",
    )
    monkeypatch.setenv(counter.CONFIG_ENV, str(config_file))
    config = counter.load_config()
    ws = Workspace.open(counter.home())
    ws.create_key("Counter 2", PASS)
    install_language(qapp, "en")
    tasks = TaskRunner(qapp, ws.tracked)
    made: list[CounterWindow] = []

    def window() -> CounterWindow:
        w = CounterWindow(ws, tasks, config, "en")
        w.resize(*SIZE)
        w.show()
        made.append(w)
        return w

    yield {"ws": ws, "tasks": tasks, "config": config, "window": window, "printed": printed}
    for w in made:
        w.retire()
        w.close()
        w.deleteLater()
    tasks.wait_idle()
    QApplication.processEvents()
    ws.close()
    install_language(qapp, "en")


def _click(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _start_shift(qtbot, window: CounterWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = window.start_shift()
    dialog.staff.setText(STAFF)
    dialog.passphrase.setText(PASS.decode())
    _click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: window.signer is not None, timeout=20000)


def _begin(qtbot, window: CounterWindow, lang: str, kind: str = "trademark") -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.tasks.pending == 0, timeout=20000)  # start-up wipe done
    assert isinstance(window.current_page() or window.welcome, WelcomePage)
    _click(qtbot, window.welcome.findChild(QWidget, f"lang:{lang}"))
    assert window.filer_lang == lang
    _click(qtbot, window.welcome.findChild(QWidget, f"kind:{kind}"))
    qtbot.waitUntil(lambda: window.draft_id is not None and bool(window.pages), timeout=20000)


def _answer(page: QuestionPage, answers: dict[str, dict[str, Any]]) -> None:
    for path, value in answers.get(page.section.id, {}).items():
        if path in page.view.groups:
            page.view.replace_items(path, value)
        else:
            page.view.set_value(path, value)


def _next(qtbot, window: CounterWindow) -> None:  # type: ignore[no-untyped-def]
    before = window.index
    _click(qtbot, window.next)
    qtbot.waitUntil(
        lambda: window.index != before or getattr(window.current_page(), "warned", False),
        timeout=20000,
    )
    if window.index == before:  # findings shown on leaving: "Continue anyway"
        _click(qtbot, window.next)
        qtbot.waitUntil(lambda: window.index != before, timeout=20000)


def _walk_to_signature(  # type: ignore[no-untyped-def]
    qtbot, window: CounterWindow, shots: str = "", answers: dict[str, Any] = ANSWERS
) -> None:
    while not isinstance(window.current_page(), SignaturePage):
        page = window.current_page()
        if isinstance(page, QuestionPage):
            if page.view.revealed == set():  # neither left nor checked yet: neutral
                assert not page.problems.isVisible()
                assert not [w for w in page.findChildren(QWidget) if w.property("problem")]
            _answer(page, answers)
        if shots:
            name = page.objectName().split(":")[-1].removeprefix("counter").lower()
            _shoot_page(window, f"{shots}_{window.index + 1:02d}_{name}")
        _next(qtbot, window)


def _shoot_page(window: CounterWindow, name: str) -> Path:
    QApplication.processEvents()
    assert window.width() == SIZE[0] and window.height() == SIZE[1]
    for child in window.findChildren(QWidget):
        if child.isVisibleTo(window) and child.isWindow() is False:
            top_left = child.mapTo(window, child.rect().topLeft())
            assert top_left.x() >= 0 and top_left.y() >= 0, (name, child.objectName())
    (SHOTS / "counter").mkdir(parents=True, exist_ok=True)
    return shoot(window, f"counter/{name}")


def test_counter_session_in_arabic_for_an_english_speaking_staff(
    qtbot, counter_setup, tmp_path: Path
) -> None:
    ws: Workspace = counter_setup["ws"]
    with start_in_thread(
        tmp_path / "office", receives=TEST_RECEIVES
    ) as office:  # pinned; it goes offline after
        _, fp = ws.discover_office(office.url)
        ws.add_office(office.url, fp)
    window: CounterWindow = counter_setup["window"]()
    _start_shift(qtbot, window)
    assert window.staff_label.text() == f"Staff: {STAFF}"
    _begin(qtbot, window, "ar")
    first = window.current_page()
    assert isinstance(first, QuestionPage)
    assert first.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.check_button.text() == "Check"  # the staff's language
    assert window.step.text() == "الخطوة 1 من 10"
    # Check (staff) shows what is missing on the page, in the filer's language
    window.check_page()
    qtbot.waitUntil(first.problems.isVisible, timeout=20000)
    assert "حقل إلزامي" in first.problems.item(0).text()  # "is required", in Arabic

    _walk_to_signature(qtbot, window)
    review = next(p for p in window.pages if isinstance(p, ReviewPage))
    arabic, english = review.columns["ar"], review.columns["en"]
    assert FILER in arabic.toPlainText() and FILER in english.toPlainText()
    assert "المودع" in arabic.toPlainText() and "Applicant" in english.toPlainText()
    assert arabic.layoutDirection() == Qt.LayoutDirection.RightToLeft

    signature = window.current_page()
    assert isinstance(signature, SignaturePage)
    assert not window.sign_button.isEnabled()  # the filer has not typed or confirmed yet
    signature.name.setText(FILER)
    signature.confirm.setChecked(True)
    assert f"/{FILER}/" in signature.preview.text()
    with qtbot.waitSignal(window.signed, timeout=60000) as signed:
        _click(qtbot, window.sign_button)
    package_id = signed.args[0].package_id
    assert not window.back.isVisible()  # signed: nothing can be changed any more
    finish = window.current_page()
    fees = finish.fees.toPlainText()
    assert "850.00 EUR" in fees and "الصندوق" in fees  # the fee due, how to pay here

    with (
        qtbot.waitSignal(window.session_wiped, timeout=60000),
        qtbot.waitSignal(window.printed, timeout=60000) as printed,
    ):
        _click(qtbot, window.finish_button)
    pdf = printed.args[0]
    assert pdf is not None and pdf.parent == counter_setup["printed"]

    # the printout: in Arabic, the package id as text and as a QR code, how to pay
    pdfcheck.save_images(pdf, "counter_printout_ar")
    text = pdfcheck.squash(pdfcheck.text(pdf))
    assert package_id in text
    assert "الصندوق" in text and "850.00EUR" in text  # how to pay here, and the fee
    assert FILER.replace(" ", "") in text
    _assert_qr_printed(pdf, package_id)

    # wiped: back to the welcome page, nothing of the filer left in the data folder but
    # the signed package the outbox must send
    assert isinstance(window.welcome, WelcomePage) and window.draft_id is None
    assert ws.drafts() == [] and ws.packages() == []
    [item] = ws.outbox()
    assert item.package_id == package_id and item.state == "queued"
    kept = Path(item.path)
    assert ws.verify_package(kept).ok
    with zipfile.ZipFile(kept) as z:
        manifest = json.loads(z.read("manifest.json"))
    assert manifest["counter_signature"]["signature_text"] == f"/{FILER}/"
    assert manifest["counter_signature"]["witnessed_by"] == STAFF
    assert manifest["counter_signature"]["place"] == "Front desk 2"
    data_home = ws.home.parent
    hits = [
        p
        for p in data_home.rglob("*")
        if p.is_file() and any(n in p.read_bytes() for n in _needles(FILER))
    ]
    assert hits in ([], [kept]), hits


def test_the_summary_goes_to_a_printer_laid_out_like_the_pdf(
    qtbot, counter_setup, tmp_path: Path
) -> None:
    """ "Finish and hand over" without a print folder prints on the printer (here a
    QPrinter writing PDF, read back): the filer's name, the package id, the QR image, the
    running header and page numbers, body text at its real size (not laid out for the
    screen, about 4 pt on paper)."""
    from PySide6.QtPrintSupport import QPrinter

    ws: Workspace = counter_setup["ws"]
    with start_in_thread(tmp_path / "office", receives=TEST_RECEIVES) as office:
        ws.add_office(office.url, ws.discover_office(office.url)[1])
    window: CounterWindow = counter_setup["window"]()
    window.config = dataclasses.replace(window.config, print_folder=None)
    out = tmp_path / "printer.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    window.printer = printer
    _start_shift(qtbot, window)
    _begin(qtbot, window, "zh_CN")
    _walk_to_signature(qtbot, window)
    signature = window.current_page()
    type_text(signature.name, FILER)
    _tick(qtbot, signature.confirm)
    with qtbot.waitSignal(window.signed, timeout=60000) as signed:
        _click(qtbot, window.sign_button)
    package_id = signed.args[0].package_id
    with qtbot.waitSignal(window.printed, timeout=60000) as printed:
        _click(qtbot, window.finish_button)
    assert printed.args[0] is None  # the printer, not the print folder
    assert not list(counter_setup["printed"].glob("*.pdf"))
    text = pdfcheck.squash(pdfcheck.text(out))
    assert package_id in text and FILER.replace(" ", "") in text
    assert "前台2" in text  # the counter's name, as the office wrote it in Chinese
    assert pdfcheck.squash("第 1 页，共") in text  # page numbers, in the filer's language
    listing = subprocess.run(
        ["pdfimages", "-list", "-f", "1", "-l", "1", str(out)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()[2:]
    assert listing, "no image on page 1: the QR code is missing"
    _assert_qr_printed(out, package_id)
    ratios = pdfcheck.font_ratios(out)
    sizes = [
        size
        for word in pdfcheck.words(out)
        if word.text == FILER.split()[-1] and (size := pdfcheck.point_size(word, ratios))
    ]
    assert sizes and all(size >= 9.5 for size in sizes), sizes


def test_a_failed_printout_keeps_the_session_until_it_is_printed(
    qtbot, counter_setup, tmp_path: Path
) -> None:
    """The printer fails: the package is queued but the filer has no paper yet, so the
    session stays (finish page, package id) until a second "Finish and hand over" prints."""
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QMessageBox

    ws: Workspace = counter_setup["ws"]
    with start_in_thread(tmp_path / "office", receives=TEST_RECEIVES) as office:
        ws.add_office(office.url, ws.discover_office(office.url)[1])
    window: CounterWindow = counter_setup["window"]()
    window.config = dataclasses.replace(window.config, print_folder=None)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "no such folder" / "out.pdf"))  # cannot start
    window.printer = printer
    _start_shift(qtbot, window)
    _begin(qtbot, window, "ar")
    _walk_to_signature(qtbot, window)
    signature = window.current_page()
    type_text(signature.name, FILER)
    _tick(qtbot, signature.confirm)
    with qtbot.waitSignal(window.signed, timeout=60000) as signed:
        _click(qtbot, window.sign_button)
    package_id = signed.args[0].package_id
    _click(qtbot, window.finish_button)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "errorBox") is not None, timeout=20000)
    box = window.findChild(QMessageBox, "errorBox")
    assert box.windowTitle() == "The summary could not be printed"
    assert "End session" in box.informativeText()
    box.close()
    assert window.draft_id is not None and isinstance(window.current_page(), FinishPage)
    assert window.finish_button.isEnabled() and ws.drafts()
    assert [i.package_id for i in ws.outbox()] == [package_id]
    printer.setOutputFileName(str(tmp_path / "out.pdf"))  # the printer is back
    with (
        qtbot.waitSignal(window.session_wiped, timeout=60000),
        qtbot.waitSignal(window.printed, timeout=60000),
    ):
        _click(qtbot, window.finish_button)
    assert package_id in pdfcheck.squash(pdfcheck.text(tmp_path / "out.pdf"))
    assert ws.drafts() == [] and [i.package_id for i in ws.outbox()] == [package_id]


def _needles(name: str) -> list[bytes]:
    """The name and its made-up last word (the first two are the help text's example)."""
    out = []
    for word in [name, name.split()[-1]]:
        for enc in ("utf-8", "utf-16-le", "utf-16-be"):
            out += [word.encode(enc), word.lower().encode(enc)]
    return out


def _assert_qr_printed(pdf: Path, package_id: str) -> None:
    """The QR image in the PDF holds exactly the modules segno made for the package id."""
    out = pdf.parent / "qr"
    subprocess.run(["pdfimages", "-png", "-f", "1", "-l", "1", str(pdf), str(out)], check=True)
    images = sorted(pdf.parent.glob("qr-*.png"))
    assert images, "no image in the printout"
    matrix = [list(row) for row in qr_code(package_id).matrix]
    assert any(_modules(QImage(str(p)), len(matrix)) == matrix for p in images)


def _modules(image: QImage, count: int) -> list[list[int]] | None:
    """Read a QR image back module by module (the quiet zone is 4 modules wide)."""
    side = count + 8
    if image.width() < side or abs(image.width() - image.height()) > 2:
        return None
    step = image.width() / side
    rows = []
    for y in range(count):
        row = []
        for x in range(count):
            pixel = image.pixelColor(int((x + 4.5) * step), int((y + 4.5) * step))
            row.append(1 if pixel.lightness() < 128 else 0)
        rows.append(row)
    return rows


def test_idle_session_is_wiped_after_a_warning(qtbot, counter_setup, monkeypatch) -> None:
    window: CounterWindow = counter_setup["window"]()
    ws: Workspace = counter_setup["ws"]
    _begin(qtbot, window, "fr")
    page = window.current_page()
    page.view.set_value("reference", FILER)
    window.save_now()
    window.tasks.wait_idle()
    assert ws.drafts()
    window.idle.timer.setInterval(50)
    window._wipe_timer.setInterval(300)
    window.idle.timer.start()
    qtbot.waitUntil(lambda: window.warning is not None, timeout=5000)
    assert window.warning.windowTitle() == "Êtes-vous toujours là ?"
    with qtbot.waitSignal(window.session_wiped, timeout=20000):
        pass
    assert window.draft_id is None and ws.drafts() == []
    assert "pause" in window.welcome.note.text()


@pytest.mark.network
def test_a_leftover_session_is_queued_and_wiped_at_start_never_reopened(
    qtbot, counter_setup, examples_dir: Path, tmp_path: Path
) -> None:
    """A crash after signing: the next start queues the signed package, then wipes."""
    ws: Workspace = counter_setup["ws"]
    with start_in_thread(tmp_path / "office", receives=TEST_RECEIVES) as office:
        _, fp = ws.discover_office(office.url)
        ws.add_office(office.url, fp)
    signed = ws.import_file(examples_dir / "trademark.json")
    signer = ws.unlock_key("Counter 2", PASS)
    package = ws.pack(signed.id, signer)
    left = ws.new_draft("trademark")
    doc = ws.load(left.id)
    doc.data["applicants"] = [{"name": FILER}]
    ws.save(left.id, doc)
    window: CounterWindow = counter_setup["window"]()
    qtbot.waitUntil(lambda: ws.drafts() == [], timeout=20000)
    assert isinstance(window.welcome, WelcomePage) and window.draft_id is None
    assert [i.package_id for i in ws.outbox()] == [package.package_id]


def test_pickers_and_attachments_work_on_a_wizard_page(
    qtbot, counter_setup, examples_dir: Path, monkeypatch
) -> None:
    from ui.counter import fieldactions

    class Chosen:
        def __init__(self, *_args: Any) -> None:
            pass

        def exec(self) -> bool:
            return True

        def chosen(self) -> list[int]:
            return [30, 43]

    monkeypatch.setattr(fieldactions, "classes_dialog", Chosen)
    window: CounterWindow = counter_setup["window"]()
    _begin(qtbot, window, "ar")
    pages = {p.section.id: p for p in window.pages if isinstance(p, QuestionPage)}
    goods = pages["goods_services"].view
    goods.groups["classes"].picker.click()
    assert [c["class_number"] for c in window.doc.data["classes"]] == [30, 43]
    assert len(goods.groups["classes"].item_frames) == 2
    mark = pages["mark"].view
    binding = mark.bindings["mark.image"]
    logo = examples_dir / "assets" / "orbis-logo.png"
    mark.attach_requested.emit(binding, str(logo))
    qtbot.waitUntil(lambda: bool(window.doc.get("mark.image")), timeout=20000)
    assert window.doc.get("mark.image")["name"] == "orbis-logo.png"
    assert "× 400 بكسل" in binding.widget.info.text()  # "W × H pixels", in Arabic


def test_the_wizard_has_a_page_per_section_but_the_signature() -> None:
    form = form_for_kind("madrid")
    ids = [s.id for s in counter_pages.wizard_sections(form)]
    assert counter.SIGNATURE_SECTION not in ids
    assert ids == [s.id for s in form.sections if s.id != "signature"]


@pytest.mark.network
def test_the_receipt_is_printed_in_the_filers_language_once_synced(
    qtbot, counter_setup, tmp_path: Path
) -> None:
    from filingassist.office import store as office_store

    ws: Workspace = counter_setup["ws"]
    window: CounterWindow = counter_setup["window"]()
    with start_in_thread(tmp_path / "office", receives=TEST_RECEIVES) as office:
        token = office_store.add_account(office_store.open_db(tmp_path / "office"), "desk2")
        _, fp = ws.discover_office(office.url)
        ws.add_office(office.url, fp, token)
        _start_shift(qtbot, window)
        _begin(qtbot, window, "ar")
        _walk_to_signature(qtbot, window)
        signature = window.current_page()
        signature.name.setText(FILER)
        signature.confirm.setChecked(True)
        with qtbot.waitSignal(window.signed, timeout=60000):
            _click(qtbot, window.sign_button)
        _click(qtbot, window.finish_button)
        printed: Path = counter_setup["printed"]
        qtbot.waitUntil(lambda: any(printed.glob("receipt-*.pdf")), timeout=60000)
    [receipt] = ws.receipts()
    [pdf] = printed.glob("receipt-*.pdf")
    text = pdfcheck.squash(pdfcheck.text(pdf))
    assert receipt.application_number.replace(" ", "") in text
    assert "إشعاراستلامالإيداع" in text  # "Filing receipt", in the filer's language


def test_counter_mode_follows_the_administrators_lock(qapp) -> None:
    from PySide6.QtCore import QSettings

    from ui.counter.window import counter_mode_wanted

    on = counter.CounterConfig(enabled=True)
    locked = counter.CounterConfig(enabled=True, locked=True)
    assert counter_mode_wanted(True, counter.CounterConfig())  # --counter
    assert not counter_mode_wanted(False, counter.CounterConfig())
    assert counter_mode_wanted(False, on)
    QSettings().setValue("counter/enabled", False)  # this machine's own setting
    assert not counter_mode_wanted(False, on)
    assert counter_mode_wanted(False, locked)  # locked: the machine cannot turn it off


def test_end_session_asks_the_staff_then_wipes(qtbot, counter_setup) -> None:
    from PySide6.QtWidgets import QMessageBox

    window: CounterWindow = counter_setup["window"]()
    ws: Workspace = counter_setup["ws"]
    _begin(qtbot, window, "es")
    window.current_page().view.set_value("reference", FILER)
    window.save_now()
    window.tasks.wait_idle()
    _click(qtbot, window.end_button)
    box = window.findChild(QMessageBox, "confirmEndSession")
    assert box is not None and box.text() == "Erase this filer's application from the counter now?"
    erase = [b for b in box.buttons() if b.text() == "Erase"][0]
    with qtbot.waitSignal(window.session_wiped, timeout=20000):
        erase.click()
    assert ws.drafts() == [] and window.draft_id is None


def _held(monkeypatch: pytest.MonkeyPatch, ws: Workspace, name: str) -> tuple[Any, Any]:
    """Hold ``ws.<name>`` on its worker until ``gate`` is set; ``reached`` once it runs."""
    reached, gate = threading.Event(), threading.Event()
    real = getattr(ws, name)

    def held(*args: Any, **kwargs: Any) -> Any:
        reached.set()
        assert gate.wait(30), f"{name} held for ever"
        return real(*args, **kwargs)

    monkeypatch.setattr(ws, name, held)
    return reached, gate


def _erase_button(qtbot, window: CounterWindow) -> QWidget:  # type: ignore[no-untyped-def]
    """End session, then the confirmation's "Erase" (not clicked yet)."""
    from PySide6.QtWidgets import QMessageBox

    _click(qtbot, window.end_button)
    box = window.findChild(QMessageBox, "confirmEndSession")
    return next(b for b in box.buttons() if b.text() == "Erase")


def test_a_signature_finished_after_the_session_was_erased_is_dropped(
    qtbot, counter_setup, tmp_path: Path, monkeypatch
) -> None:
    """End session (or the idle timeout) while the counter's key signs: the handover,
    behind the signing on the serial lane, queues the package and wipes the session; the
    signing's result must not reach the welcome page (it raised there: no draft, no page)."""
    ws: Workspace = counter_setup["ws"]
    with start_in_thread(tmp_path / "office", receives=TEST_RECEIVES) as office:
        ws.add_office(office.url, ws.discover_office(office.url)[1])  # pinned, then offline
    window: CounterWindow = counter_setup["window"]()
    _start_shift(qtbot, window)
    _begin(qtbot, window, "en")
    _walk_to_signature(qtbot, window)
    signature = window.current_page()
    signature.name.setText(FILER)
    signature.confirm.setChecked(True)
    reached, gate = _held(monkeypatch, ws, "pack")
    signed: list[Any] = []
    window.signed.connect(signed.append)
    _click(qtbot, window.sign_button)
    qtbot.waitUntil(reached.is_set, timeout=30000)  # signing: pack is running
    erase = _erase_button(qtbot, window)
    with qtbot.waitSignal(window.session_wiped, timeout=30000):
        erase.click()
        gate.set()
    assert signed == [] and window.package is None and window.pages == []
    assert window.stack.currentWidget() is window.welcome
    assert ws.drafts() == [] and len(ws.outbox()) == 1  # signed, so handed over


def test_a_file_still_being_stored_when_signing_is_in_the_signed_package(
    qtbot, counter_setup, tmp_path: Path, monkeypatch
) -> None:
    """The filer attaches the logo and goes on to sign before it is stored: the package
    is signed from the document with the logo, and the logo's arrival does not save a
    newer revision that leaves the signed package behind (the handover skips a package
    of an older revision)."""
    ws: Workspace = counter_setup["ws"]
    with start_in_thread(tmp_path / "office", receives=TEST_RECEIVES) as office:
        ws.add_office(office.url, ws.discover_office(office.url)[1])  # pinned, then offline
    window: CounterWindow = counter_setup["window"]()
    _start_shift(qtbot, window)
    _begin(qtbot, window, "en")
    mark = next(p for p in window.pages if getattr(p, "section", None) and p.section.id == "mark")
    example = example_doc("trademark")  # its mark image meets the office's format rule
    image = example.document.data["mark"]["image"]
    logo = tmp_path / image["name"]
    logo.write_bytes(example.blobs[image["sha256"]])
    reached, gate = _held(monkeypatch, ws, "add_attachment_file")
    mark.view.attach_requested.emit(mark.view.bindings["mark.image"], str(logo))
    assert reached.wait(30)
    combined = {**ANSWERS, "mark": {"mark.type": "combined", "mark.verbal_element": "NILOS"}}
    _walk_to_signature(qtbot, window, answers=combined)  # saves wait behind the file
    signature = window.current_page()
    signature.name.setText(FILER)
    signature.confirm.setChecked(True)
    _click(qtbot, window.sign_button)
    with qtbot.waitSignal(window.signed, timeout=60000):
        gate.set()
    qtbot.waitUntil(
        lambda: not window._save_timer.isActive() and window.tasks.pending == 0, timeout=20000
    )
    assert window.draft_id is not None
    assert ws.load(window.draft_id).get("mark.image")["sha256"] == image["sha256"]
    assert ws.signed_package(window.draft_id) is not None  # still the current revision's


def test_a_file_stored_after_the_session_was_erased_is_not_shown(
    qtbot, counter_setup, examples_dir: Path, monkeypatch
) -> None:
    """The filer attaches a file, the staff ends the session before it is stored: the
    stored file's result must not reach the erased page (a deleted widget: it raised),
    and the file, which no saved revision names, must not stay on the counter."""
    import shiboken6

    window: CounterWindow = counter_setup["window"]()
    ws: Workspace = counter_setup["ws"]
    _begin(qtbot, window, "en")
    page = next(p for p in window.pages if getattr(p, "section", None) and p.section.id == "mark")
    mark = page.view
    reached, gate = _held(monkeypatch, ws, "add_attachment_file")
    logo = examples_dir / "assets" / "orbis-logo.png"
    mark.attach_requested.emit(mark.bindings["mark.image"], str(logo))
    assert reached.wait(30)
    _erase_button(qtbot, window).click()
    qtbot.waitUntil(lambda: not shiboken6.isValid(mark), timeout=20000)  # the page is gone
    with qtbot.waitSignal(window.session_wiped, timeout=30000):
        gate.set()
    assert window.doc is None and ws.drafts() == []
    # stored before the handover but named by no revision: erased with the session
    assert not any(p.is_file() for p in (ws.home / "attachments").rglob("*"))


def test_next_pressed_twice_while_the_page_is_checked_goes_one_page_on(
    qtbot, counter_setup, monkeypatch
) -> None:
    """Two quick presses of Next (a touch screen) start two checks of the same page; the
    second result must not move on again (it skipped the next page, unchecked)."""
    window: CounterWindow = counter_setup["window"]()
    ws: Workspace = counter_setup["ws"]
    _begin(qtbot, window, "en")
    first = window.current_page()
    _answer(first, ANSWERS)
    _, gate = _held(monkeypatch, ws, "validate")
    checks: list[Any] = []
    monkeypatch.setattr(ws, "validate", lambda doc, _v=ws.validate: checks.append(doc) or _v(doc))
    _click(qtbot, window.next)
    _click(qtbot, window.next)
    qtbot.waitUntil(lambda: len(checks) == 2, timeout=20000)
    gate.set()
    qtbot.waitUntil(lambda: window.tasks.pending == 0, timeout=20000)
    assert not first.warned  # the page's answers are complete: Next goes on
    assert window.index == 1


def test_a_shift_cancelled_while_the_key_unlocks_does_not_start(
    qtbot, counter_setup, monkeypatch
) -> None:
    """Cancel pressed while the passphrase is being checked: the key unlocked afterwards
    must not start a shift the staff walked away from."""
    window: CounterWindow = counter_setup["window"]()
    reached, gate = _held(monkeypatch, counter_setup["ws"], "unlock_key")
    dialog = window.start_shift()
    dialog.staff.setText(STAFF)
    dialog.passphrase.setText(PASS.decode())
    _click(qtbot, dialog.ok)
    assert reached.wait(30)
    dialog.reject()
    gate.set()
    qtbot.waitUntil(lambda: window.tasks.pending == 0, timeout=20000)
    assert window.signer is None and window.staff_label.text() == "No shift started"


def test_closing_the_counter_wipes_the_session(qtbot, counter_setup) -> None:
    window: CounterWindow = counter_setup["window"]()
    ws: Workspace = counter_setup["ws"]
    _begin(qtbot, window, "ru")
    window.current_page().view.set_value("reference", FILER)
    window.save_now()
    window.close()
    assert ws.drafts() == []


def test_run_with_counter_opens_the_counter_in_its_own_data_folder(
    isolated_home: Path, tmp_path: Path
) -> None:
    """The real start (in its own process: an event loop that quit cannot serve the
    other tests)."""
    import os
    import sys

    from ui import app as ui_app

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env[ui_app.EXIT_WHEN_IDLE_ENV] = "1"
    env[counter.CONFIG_ENV] = str(tmp_path / "none.toml")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")  # this run's own QSettings
    code = "import sys\nfrom filingassist.cli.main import main\nsys.exit(main(['--counter']))\n"
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert (isolated_home / counter.FOLDER / "filingassist.sqlite").is_file()
    assert not (isolated_home / "filingassist.sqlite").exists()  # the desktop's stays apart


def _fill_page(qtbot, window: CounterWindow, page: QuestionPage, example: Any, tmp: Path) -> None:  # type: ignore[no-untyped-def]
    """Answer a wizard page as a filer would: add items, type, choose, tick, attach."""
    holder = SimpleNamespace(form=window.form, view=page.view, document=page.view.document)
    data = example.document.data
    fill_from_example(qtbot, holder, data, tmp, example.blobs, sections={page.section.id})


#: Offices named by an organization (not a country) in the walks: their names in the
#: filer's language come from resources/refdata/countries.json (each with its WIPO page).
ORGANISATION_OFFICES: dict[str, dict[str, Any]] = {
    "madrid": {"designations": [{"country": "OA"}]},  # appended to the example's
    "patent": {"receiving_office": "IB"},
}
OFFICE_NAMES = {
    ("madrid", "zh_CN"): "非洲知识产权组织",
    ("patent", "ar"): "المكتب الدولي للويبو",
}
#: The counter's own name as the office wrote it per language ([counter.office_names]).
DESK_NAMES = {"ar": "المكتب الأمامي 2", "zh_CN": "前台 2"}


@pytest.mark.parametrize("kind", ["trademark", "madrid", "patent"])
@pytest.mark.parametrize("lang", ["en", "ar", "zh_CN"])
def test_each_wizard_walked_to_the_printout(  # type: ignore[no-untyped-def]
    qtbot, counter_setup, tmp_path: Path, lang: str, kind: str
) -> None:
    """The shipped example typed into every page, each page left without a finding, the
    review, the typed signature, the finish page and the printout: a screenshot of every
    page at 1366×768, no clipped text, nothing off-screen."""
    example = example_doc(kind)
    _add_organisation_office(counter_setup["ws"], example.document, kind)
    filer = str(example.document.data["signature"]["signatory"])
    ws: Workspace = counter_setup["ws"]
    with start_in_thread(tmp_path / "office", receives=TEST_RECEIVES) as office:
        ws.add_office(office.url, ws.discover_office(office.url)[1])  # pinned, then offline
    window: CounterWindow = counter_setup["window"]()
    short = f"{lang.split('_')[0]}_{kind}"
    for old in (SHOTS / "counter").glob(f"{short}_*.png"):
        old.unlink()
    _start_shift(qtbot, window)
    qtbot.waitUntil(lambda: window.tasks.pending == 0, timeout=20000)
    if lang != "en":
        _click(qtbot, window.welcome.findChild(QWidget, f"lang:{lang}"))
    _shoot_page(window, f"{lang.split('_')[0]}_00_welcome")
    _begin(qtbot, window, lang, kind)
    while isinstance(page := window.current_page(), QuestionPage):
        _fill_page(qtbot, window, page, example, tmp_path)
        _shoot_page(window, f"{short}_{window.index + 1:02d}_{page.section.id}")
        before = window.index
        _click(qtbot, window.next)
        qtbot.waitUntil(lambda: window.index != before or page.warned, timeout=20000)
        assert window.index != before, [i.text() for i in _items(page.problems)]
    assert window.doc is not None
    answered = {
        slot.path: slot.value
        for slot in iter_values(window.form, example.document.data)
        if slot.value not in (None, False) and slot.field.section != counter.SIGNATURE_SECTION
    }
    assert answered and {p: window.doc.get(p) for p in answered} == answered
    review = window.current_page()
    assert isinstance(review, ReviewPage)
    assert set(review.columns) == {lang, "en"}
    office = OFFICE_NAMES.get((kind, lang))
    if office:  # an organization's office in the filer's language; English beside it
        assert office in review.columns[lang].toPlainText()
        assert office not in review.columns["en"].toPlainText()
    _shoot_page(window, f"{short}_{window.index + 1:02d}_review")
    _next(qtbot, window)
    signature = window.current_page()
    assert isinstance(signature, SignaturePage)
    signature.name.clear()
    type_text(signature.name, filer)
    capacity = example.document.data["signature"].get("capacity")
    if capacity:
        signature.capacity.setCurrentIndex(signature.capacity.findData(capacity))
    _tick(qtbot, signature.confirm)
    assert window.sign_button.isEnabled()
    _shoot_page(window, f"{short}_{window.index + 1:02d}_signature")
    with qtbot.waitSignal(window.signed, timeout=60000) as signed:
        _click(qtbot, window.sign_button)
    package_id = signed.args[0].package_id
    if kind == "madrid":  # each individual fee names its Contracting Party
        norway = {
            "en": "Individual fee NO — Norway",
            "ar": "النرويج",
            "zh_CN": "单独规费 NO — 挪威",
        }
        assert norway[lang] in window.current_page().fees.toPlainText()
    _shoot_page(window, f"{short}_{window.index + 1:02d}_finish")
    with (
        qtbot.waitSignal(window.session_wiped, timeout=60000),
        qtbot.waitSignal(window.printed, timeout=60000) as printed,
    ):
        _click(qtbot, window.finish_button)
    assert ws.drafts() == [] and [i.package_id for i in ws.outbox()] == [package_id]
    pdf = printed.args[0]
    text = pdfcheck.squash(pdfcheck.text(pdf))
    assert package_id in text and filer.replace(" ", "") in text
    assert DESK_NAMES.get(lang, "Front desk 2").replace(" ", "") in text
    if office:
        assert pdfcheck.contains(text, office, rtl=lang == "ar")
    pdfcheck.save_images(pdf, f"counter_{short}")
    expected = len(counter_pages.wizard_sections(form_for_kind(kind))) + 3
    assert len(list((SHOTS / "counter").glob(f"{short}_*.png"))) == expected


def _add_organisation_office(ws: Workspace, doc: Any, kind: str) -> None:
    """The example with an organization's office; the declared total follows the fees."""
    for path, value in ORGANISATION_OFFICES.get(kind, {}).items():
        if isinstance(value, list):
            doc.data[path] = [*doc.data[path], *value]
        else:
            doc.data[path] = value
    declared = (doc.data.get("payment") or {}).get("declared_total")
    if declared is not None:
        doc.data["payment"]["declared_total"] = f"{ws.fees(doc).total:.2f}"


def _tick(qtbot, box: QCheckBox) -> None:  # type: ignore[no-untyped-def]
    """Click the box itself (a check box's row is wider than what a click there ticks)."""
    rtl = box.layoutDirection() == Qt.LayoutDirection.RightToLeft
    x = box.width() - 8 if rtl else 8
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(x, box.height() // 2))
    assert box.isChecked()


def _items(widget: Any) -> list[Any]:
    return [widget.item(i) for i in range(widget.count())]


def test_the_contracting_party_picker_names_organizations_in_the_filers_language(qapp) -> None:
    from ui.dialogs.pickers import designations_dialog
    from ui.i18n import speaking

    with speaking("zh_CN"):
        dialog = designations_dialog(None, [])
    tree = dialog.tree
    names = {
        tree.topLevelItem(i).text(0): tree.topLevelItem(i).text(1)
        for i in range(tree.topLevelItemCount())
    }
    dialog.deleteLater()
    assert names["OA"] == "非洲知识产权组织 (OAPI)"
    assert names["EM"] == "欧盟" and names["NO"] == "挪威"


def test_sign_stays_off_while_the_key_signs_so_one_press_makes_one_package(
    qtbot, counter_setup, monkeypatch
) -> None:
    """The filer corrects their name while the counter's key signs: the signature page
    says it is ready again, but Sign stays off until the signing answers, and pressing it
    meanwhile signs nothing more (it made a second package and number before)."""
    ws: Workspace = counter_setup["ws"]
    window: CounterWindow = counter_setup["window"]()
    _start_shift(qtbot, window)
    _begin(qtbot, window, "en")
    _walk_to_signature(qtbot, window)
    signature = window.current_page()
    signature.name.setText(FILER)
    signature.confirm.setChecked(True)
    calls: list[str] = []
    reached, gate = _held(monkeypatch, ws, "pack")
    real_pack = ws.pack  # the held one: counts the packages asked for

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append("pack")
        return real_pack(*args, **kwargs)

    monkeypatch.setattr(ws, "pack", counted)
    signed: list[Any] = []
    window.signed.connect(signed.append)
    _click(qtbot, window.sign_button)
    qtbot.waitUntil(reached.is_set, timeout=30000)  # the key is signing
    signature.name.setText(FILER + " ")  # an edit re-checks the page: ready again
    assert not window.sign_button.isEnabled()
    window.sign()  # a press that got through (keyboard, a double click)
    with qtbot.waitSignal(window.signed, timeout=60000):
        gate.set()
    qtbot.waitUntil(lambda: window.tasks.pending == 0, timeout=20000)
    assert calls == ["pack"] and len(signed) == 1


def test_a_file_stored_while_its_group_is_rebuilt_goes_to_the_new_field(
    qtbot, counter_setup, examples_dir: Path, monkeypatch
) -> None:
    """A drawing is being stored when the filer adds another drawing: the group's fields
    are rebuilt, so the field the file was chosen in is deleted. The stored file goes to
    the field now at that place (it was written into the deleted widget: RuntimeError in
    the Qt event loop)."""
    import shiboken6

    window: CounterWindow = counter_setup["window"]()
    ws: Workspace = counter_setup["ws"]
    _begin(qtbot, window, "en", kind="patent")
    page = next(
        p for p in window.pages if isinstance(p, QuestionPage) and "drawings" in p.view.groups
    )
    view = page.view
    view.add_item("drawings")
    old = view.bindings["drawings[0].file"]
    reached, gate = _held(monkeypatch, ws, "add_attachment_file")
    view.attach_requested.emit(old, str(examples_dir / "assets" / "cooler-fig1.png"))
    assert reached.wait(30)
    view.add_item("drawings")  # rebuilds the group's item widgets
    qtbot.waitUntil(lambda: not shiboken6.isValid(old.widget), timeout=20000)
    gate.set()
    qtbot.waitUntil(lambda: bool(window.doc.get("drawings[0].file")), timeout=20000)
    assert window.doc.get("drawings[0].file")["name"] == "cooler-fig1.png"
    new = view.bindings["drawings[0].file"]
    qtbot.waitUntil(lambda: "cooler-fig1.png" in new.widget.info.text(), timeout=20000)
