"""Printouts an office accepts: the summary follows the official form, the receipt states
what the office signed; both read back right (pdftotext) at 10–11 pt in six languages,
with page images in build/printouts/ for a person to look at."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from filingassist.app import Workspace
from filingassist.formdefs import get_form
from filingassist.formdefs.loader import all_forms
from filingassist.office import store as office_store
from filingassist.office.identity import load_or_create
from filingassist.office.serve import start_in_thread
from filingassist.sync.receiptinfo import APPLICANT_NAME, APPLICANTS_GROUP
from tests.support.fixtures import TEST_RECEIVES
from tests.ui import pdfcheck
from tests.ui.helpers import ROOT
from ui.i18n import LANGUAGES, install_language, tr
from ui.models.drafts import KIND_LABELS
from ui.printing import receipt_for, summary_for, write_pdf
from ui.printouts import receipt as receipt_module
from ui.printouts.render import PAGE_OF
from ui.printouts.summary import FEES_SECTION, section_heading
from ui.refsource import money

pytestmark = pytest.mark.gui
PASS = b"a long enough passphrase"
#: The applicant's name in the filer's script, with a Latin token to find its line by.
NAMES = {
    "en": "Helvetia Instruments SA",
    "fr": "Société Générale d’Horlogerie",
    "es": "Relojería Española S.L.",
    "ar": "شركة الأدوات السويسرية للساعات",
    "zh_CN": "瑞士精密仪器有限公司",
    "ru": "Швейцарские Инструменты АО",
}
TERMS = [f"gadgetterm{i:03d}" for i in range(260)]  # a long goods list: several pages


@pytest.fixture
def ws(isolated_home: Path):
    w = Workspace.open(isolated_home)
    yield w
    w.close()


@pytest.fixture
def language(qapp):
    def use(lang: str) -> None:
        assert install_language(qapp, lang) == lang

    yield use
    install_language(qapp, "en")


def _madrid_draft(ws: Workspace, lang: str) -> str:
    info = ws.import_file(ROOT / "examples" / "madrid.json")
    doc = ws.load(info.id)
    applicant = doc.data["applicants"][0]
    applicant["name"] = f"{NAMES[lang]} NAMETOKEN"
    applicant["address"] = "Rue du Rhône 45\nCase postale 1234\n1204 Genève"
    doc.data["classes"][0]["terms"] = TERMS
    ws.save(info.id, doc)
    return info.id


def _body_sizes(pdf: Path) -> list[tuple[pdfcheck.Word, float]]:
    """Words inside the body frame (not the running header and footer), with their size."""
    ratios = pdfcheck.font_ratios(pdf)
    height = float(pdfcheck.info(pdf)["Page size"].split()[2])
    top, bottom = 24 * 72 / 25.4, height - 22 * 72 / 25.4  # render.py's margins
    sized = []
    for word in pdfcheck.words(pdf):
        if word.y0 < top or word.y1 > bottom:
            continue
        size = pdfcheck.point_size(word, ratios)
        if size is not None:
            sized.append((word, size))
    return sized


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_summary_follows_the_form_at_body_size_in_every_language(
    ws: Workspace, language, tmp_path: Path, lang: str
) -> None:
    language(lang)
    draft_id = _madrid_draft(ws, lang)
    doc = ws.load(draft_id)
    form = ws.form(doc)
    pdf = write_pdf(summary_for(ws, form, doc, draft_id), tmp_path / "summary.pdf", "A4")
    pages = int(pdfcheck.info(pdf)["Pages"])
    images = pdfcheck.save_images(pdf, f"summary-madrid-{lang}")
    assert len(images) == pages >= 2
    whole = pdfcheck.squash(pdfcheck.text(pdf))

    # Every MM2 item, in the form's order, under its official number.
    # (pdftotext may move the "—" of a mixed-direction Arabic heading: labels only there.)
    at = 0
    for section in form.sections:
        shown = pdfcheck.squash(tr(section.label) if lang == "ar" else section_heading(section))
        found = whole.find(shown, at)
        assert found >= at, f"{section.id} missing or out of order"
        at = found
        if lang != "ar" and section.item.isdigit():  # once (a boundary line was twice)
            assert whole.count(shown) == 1, section.id
    assert pdfcheck.contains(whole, tr("Item {item}").format(item="13"), lang == "ar")
    # The applicant in the filer's script, the address on its own three lines.
    assert pdfcheck.squash(NAMES[lang]) in whole
    lines = [line.strip() for line in pdfcheck.text(pdf).splitlines()]
    for address_line in ("Rue du Rhône 45", "Case postale 1234", "1204 Genève"):
        assert address_line in lines
    # The long goods list flows over pages, nothing lost.
    on_pages = {w.page for w in pdfcheck.words(pdf) if w.text.startswith("gadgetterm")}
    assert len(on_pages) >= 2
    assert all(term in whole for term in TERMS)
    # Fee calculation sheet with the quoted total; page numbers and header on every page.
    quote = ws.fees(doc)
    assert quote is not None
    assert pdfcheck.squash(money(quote.total, quote.currency)) in whole
    for page in range(1, pages + 1):
        page_text = pdfcheck.squash(pdfcheck.text(pdf, page))
        footer = tr(PAGE_OF).format(page=page, pages=pages)
        assert pdfcheck.contains(page_text, footer, lang == "ar")
        kind = pdfcheck.squash(tr(KIND_LABELS["madrid"]))
        if lang == "ar":  # "مدريد (MM2)" comes back in another bidi order: its Arabic word
            kind = re.sub("[A-Za-z0-9]", "", kind)
        assert kind in page_text
        assert "HI-MM2-0042" in page_text

    # Body text is 10–11 pt: the bulk of it, the goods, the applicant's own script.
    sized = _body_sizes(pdf)
    assert sized
    by_size = Counter()
    for word, size in sized:
        by_size[round(size, 1)] += len(word.text)
        assert size >= 9.9, f"{word.text!r} at {size:.1f} pt"
    assert 10 <= by_size.most_common(1)[0][0] <= 11
    terms = [s for w, s in sized if w.text.startswith("gadgetterm")]
    assert len(terms) >= len(TERMS) and all(10 <= s <= 11 for s in terms)
    token = next(w for w, _ in sized if w.text.startswith("NAMETOKEN"))
    name_line = [
        s for w, s in sized if w.page == token.page and abs(w.y0 - token.y0) < 4 and w is not token
    ]
    assert name_line and all(10 <= s <= 11 for s in name_line)


def test_summary_on_letter_paper_and_signed_header(ws: Workspace, language, tmp_path) -> None:
    language("en")
    signer = ws.unlock_key(ws.create_key("Marc Lemaire", PASS).name, PASS)
    draft = ws.import_file(ROOT / "examples" / "trademark.json")
    doc = ws.load(draft.id)
    doc.data["applicants"][0]["address"] = "Line one\nLine two"
    ws.save(draft.id, doc)
    package = ws.pack(draft.id, signer)
    signed = ws.signed_package(draft.id)
    assert signed is not None and signed.package_id == package.package_id
    printout = summary_for(ws, ws.form(doc), doc, draft.id)
    letter = write_pdf(printout, tmp_path / "letter.pdf", "Letter")
    a4 = write_pdf(printout, tmp_path / "a4.pdf", "A4")
    assert pdfcheck.info(letter)["Page size"].startswith("612 x 792")
    assert pdfcheck.info(a4)["Page size"].startswith("595 x 842")
    pdfcheck.save_images(letter, "summary-trademark-signed-letter")
    first = pdfcheck.squash(pdfcheck.text(letter, 1))
    assert package.package_id in first and signed.digest in first
    assert pdfcheck.squash(tr("Not signed yet: this summary is not a filing.")) not in first
    # Editing makes a new revision: the summary no longer claims the package.
    doc.data["reference"] = "TM-EDITED"
    ws.save(draft.id, doc)
    assert ws.signed_package(draft.id) is None
    again = write_pdf(summary_for(ws, ws.form(doc), doc, draft.id), tmp_path / "e.pdf", "A4")
    assert package.package_id not in pdfcheck.squash(pdfcheck.text(again))


@pytest.mark.parametrize("kind", ["trademark", "patent"])
def test_every_section_of_the_national_and_pct_forms_is_printed(
    ws: Workspace, language, tmp_path: Path, kind: str
) -> None:
    language("en")
    info = ws.import_file(ROOT / "examples" / f"{kind}.json")
    doc = ws.load(info.id)
    form = ws.form(doc)
    pdf = write_pdf(summary_for(ws, form, doc, info.id), tmp_path / "s.pdf", "A4")
    pdfcheck.save_images(pdf, f"summary-{kind}-en")
    whole = pdfcheck.squash(pdfcheck.text(pdf))
    at = 0
    for section in form.sections:
        at = whole.find(pdfcheck.squash(section_heading(section)), at)
        assert at >= 0, section.id
    if kind == "patent":
        assert "BoxNo.X—" in whole


def test_form_definitions_carry_what_the_printouts_rely_on() -> None:
    """The constants the printouts and receipts use are in every form definition."""
    for form in all_forms():
        assert FEES_SECTION in {s.id for s in form.sections}, form.id
        assert form.group(APPLICANTS_GROUP) is not None, form.id
        assert form.field(f"{APPLICANTS_GROUP}.{APPLICANT_NAME}") is not None, form.id
        assert all(s.item for s in form.sections[1:]), form.id  # numbered like the form
    assert get_form("madrid-mm2", 1).sections[-2].item == "13"


@pytest.mark.network
def test_receipt_states_what_the_office_signed_in_every_language(
    ws: Workspace, language, tmp_path: Path
) -> None:
    office_dir = tmp_path / "office"
    identity = load_or_create(office_dir, "Institut Fédéral de la Propriété Intellectuelle", "CH")
    signer = ws.unlock_key(ws.create_key("Marc Lemaire", PASS).name, PASS)
    draft = ws.import_file(ROOT / "examples" / "madrid.json")
    doc = ws.load(draft.id)
    second = dict(doc.data["applicants"][0], name="Second Applicant AG")
    second["email"] = "ip@second-applicant.example"  # each applicant gives an own address
    doc.data["applicants"].append(second)
    # item 3: each applicant states its own entitlement (applicants are numbered from 1)
    doc.data["entitlements"].append({"applicant": 2, "basis": "establishment", "state": "CH"})
    ws.save(draft.id, doc)
    package = ws.pack(draft.id, signer)
    with start_in_thread(office_dir, receives=TEST_RECEIVES) as office:
        token = office_store.add_account(office_store.open_db(office_dir), "marc")
        _, fp = ws.discover_office(office.url)
        ws.add_office(office.url, fp, token)
        ws.queue(package.package_id)
        assert ws.sync_once().receipted == [package.package_id]
    details = ws.receipt_details(package.package_id)
    assert details.signature_verified and details.certificate_fingerprint == identity.fingerprint
    assert details.applicants == ("Helvetia Instruments SA", "Second Applicant AG")
    assert details.title == "CHRONOLYTE" and details.application_kind == "madrid"
    filed = dt.datetime.fromisoformat(details.filed_at)
    assert filed.utcoffset() is not None
    for lang in LANGUAGES:
        language(lang)
        printout = receipt_for(ws, ws.receipts()[0])
        pdf = write_pdf(printout, tmp_path / f"receipt-{lang}.pdf", "A4")
        pdfcheck.save_images(pdf, f"receipt-{lang}")
        whole = pdfcheck.squash(pdfcheck.text(pdf))
        expected = [
            "Institut Fédéral de la Propriété Intellectuelle",
            details.application_number,
            filed.strftime("%Y-%m-%d %H:%M:%S") + " UTC",
            tr(KIND_LABELS["madrid"]),
            "CHRONOLYTE",
            "Helvetia Instruments SA",
            "Second Applicant AG",
            money(Decimal(details.fees["total"]), details.fees["currency"]),
            details.package_digest,
            tr(receipt_module.VERIFIED).format(fingerprint=identity.fingerprint),
        ]
        for item in expected:
            assert pdfcheck.contains(whole, item, lang == "ar"), (lang, item)
        sizes = [s for _, s in _body_sizes(pdf)]
        assert 10 <= Counter(round(s, 1) for s in sizes).most_common(1)[0][0] <= 11


def test_print_summary_action_saves_on_the_chosen_paper(qtbot, session, tmp_path) -> None:
    from tests.ui.helpers import open_new

    compose = open_new(qtbot, session, "trademark")
    dialog = session.window.print_summary()
    assert dialog is not None and dialog.isVisible()
    dialog.page_size.setCurrentText("Letter")
    out = dialog.save_pdf(str(tmp_path / "summary.pdf"))
    assert out is not None and pdfcheck.info(out)["Page size"].startswith("612 x 792")
    whole = pdfcheck.squash(pdfcheck.text(out))
    assert pdfcheck.squash(tr("Not signed yet: this summary is not a filing.")) in whole
    assert compose.draft_id in whole
    dialog.close()


def test_dates_and_codes_keep_their_order_in_right_to_left_pages() -> None:
    from ui.printouts.markup import LRM, lines, ltr, when

    assert when("2026-11-25T21:59:39+00:00") == "2026-11-25 21:59:39 UTC"
    assert when("2026-11-25T23:59:39.123+02:00") == "2026-11-25 23:59:39 UTC+02:00"
    assert when("2026-11-25T21:59:39") == "2026-11-25 21:59:39"
    assert ltr("CH-2026-000001") == f"{LRM}CH-2026-000001{LRM}"
    assert ltr("شركة") == "شركة"
    assert lines("a & b\nc") == f"{LRM}a &amp; b{LRM}<br/>{LRM}c{LRM}"
