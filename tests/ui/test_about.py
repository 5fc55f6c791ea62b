"""About: versions of the app, Qt, every reference data table with its date, the schemas;
the update check runs only on the button, off the GUI thread, against a loopback server."""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QMenu

from filingassist import __version__, about, refdata
from tests.ui.screens import shoot
from ui.dialogs.about import AboutDialog, about_html
from ui.i18n import LANGUAGES, install_language, trn

pytestmark = pytest.mark.gui


def _about_action(window):
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            if action.text() in ("About Filing Assistant", "حول مساعد الإيداع", "关于申请助手"):
                return action
    raise AssertionError("no About action in the menus")


@pytest.fixture
def index_server() -> Iterator[str]:
    body = json.dumps(
        {
            "format": "filingassist-updates",
            "format_version": 1,
            "refdata": {"url": "http://127.0.0.1:1/p.zip", "datasets": {"fees_pct": "2099.1"}},
        }
    ).encode()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            self.send_response(200 if self.path == "/index.json" else 404)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


@pytest.mark.parametrize("lang", ["en", "ar", "zh_CN"])
def test_about_shows_every_version_from_the_help_menu(qtbot, make_session, lang) -> None:
    session = make_session(lang)
    _about_action(session.window).trigger()
    dialog = session.window.findChild(AboutDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    text = dialog.view.toPlainText()
    assert __version__ in text and qVersion() in text
    for info in refdata.datasets():
        assert info.name in text and info.valid_as_of.isoformat() in text
    assert "WIPO ST.96" in text and "V6_0" in text
    assert "form madrid-mm2" in text
    shoot(dialog, f"about_{lang}")
    dialog.close()


def test_a_table_older_than_a_year_is_marked(qtbot, make_session) -> None:
    session = make_session("en")
    dialog = AboutDialog(session.tasks, session.window)
    qtbot.addWidget(dialog)
    stale = [t for t in dialog.info.tables if t.stale]
    assert stale, "the shipped ST.3 table (2022) is older than a year"
    assert "older than a year, check for an update" in dialog.view.toPlainText()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_table_ages_use_the_languages_plural_forms(qapp, lang) -> None:
    """ "1 day", "2 days", "5 дней" — never "1 days" or a bare "{days}" (issue 16, item 5)."""
    try:
        install_language(qapp, lang)
        ages = (1, 2, 3, 5, 11, 400)
        cells = {}
        for days in ages:
            table = about.TableVersion(
                "fees_madrid", "2026.1", dt.date(2026, 1, 1), "shipped", (), days
            )
            info = about.About("1.0", "3.11", False, (table,), ())
            html = about_html(info)
            assert "{days}" not in html and "%n" not in html and "(s)" not in html, html
            suffix = ": older than a year" if table.stale else ""
            expected = trn("%n day(s)" + suffix + (", check for an update" if suffix else ""), days)
            assert expected in html, (lang, days)
            cells[days] = expected
        if lang == "en":
            assert cells[1] == "1 day" and cells[2] == "2 days"
        if lang == "ru":
            assert len({cells[1], cells[2], cells[5]}) == 3
        if lang == "ar":
            assert len({cells[1], cells[2], cells[3], cells[11]}) == 4
    finally:
        install_language(qapp, "en")


def test_check_for_updates_runs_only_when_asked(qtbot, make_session, index_server) -> None:
    session = make_session("en")
    dialog = AboutDialog(session.tasks, session.window)
    qtbot.addWidget(dialog)
    assert dialog.status.text() == ""  # opening the dialog checked nothing
    dialog.check_button.click()
    assert "Enter the address" in dialog.status.text()

    dialog.url.setText(f"{index_server}/index.json")
    dialog.check_button.click()
    assert not dialog.check_button.isEnabled()  # running in the background
    qtbot.waitUntil(lambda: "Newer reference data" in dialog.status.text(), timeout=10000)
    assert "fees_pct 2099.1" in dialog.status.text() and dialog.check_button.isEnabled()

    dialog.url.setText(f"{index_server}/missing.json")
    dialog.check_button.click()
    qtbot.waitUntil(lambda: "Could not check" in dialog.status.text(), timeout=10000)
    assert "404" in dialog.status.text()


class _Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_update_check_when_online_runs_once_a_day_and_only_with_an_address(
    qtbot, make_session, index_server
) -> None:
    from PySide6.QtCore import QSettings

    from ui.updatecheck import INTERVAL, UpdateWatcher

    session = make_session("en")
    bar = session.window.statusBar()
    clock = _Clock()
    watcher = UpdateWatcher(session.tasks, bar, clock)
    watcher.connectivity_changed("reachable")  # no address given: nothing is asked
    assert not watcher.running and QSettings().value("update_checked_at") is None

    QSettings().setValue("update_url", f"{index_server}/index.json")
    watcher.connectivity_changed("offline")  # offline: nothing
    assert not watcher.running
    watcher.connectivity_changed("reachable")
    assert watcher.running  # in the background
    qtbot.waitUntil(lambda: "Updates available" in bar.currentMessage(), timeout=10000)
    assert "fees_pct 2099.1" in bar.currentMessage()

    bar.clearMessage()
    clock.now += INTERVAL - 60
    watcher.connectivity_changed("reachable")  # checked less than a day ago
    assert not watcher.running
    clock.now += 120
    watcher.connectivity_changed("reachable")
    assert watcher.running
    qtbot.waitUntil(lambda: not watcher.running, timeout=10000)


def test_the_main_window_hands_its_link_state_to_the_watcher(make_session) -> None:
    session = make_session("en")
    seen = []
    session.window.update_watcher.connectivity_changed = seen.append
    session.window.set_connectivity("reachable")
    assert seen == ["reachable"]
