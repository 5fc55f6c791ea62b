"""Screenshots of the desktop app's main screens and dialogs at 1366×768, in en/ar/zh_CN.

Runs against ANY checkout of the project (issue 16's before/after comparison): it uses only
the UI and Workspace calls that existed before the desktop fixes, and a screen a checkout
does not have (e.g. the new-key dialog before it existed) is reported and skipped, never
faked. Run it from the root of the checkout to shoot, with that checkout's code first on
the path:

    QT_QPA_PLATFORM=offscreen python tools/shoot_before.py --out build/screenshots/before-1366
    # a detached worktree of an older commit, with this script from a newer one:
    cd ../wt-before && PYTHONPATH=. python ../wt-desktopend/tools/shoot_before.py \\
        --out build/screenshots/before-1366

Each language gets a fresh data folder (a temporary FILINGASSIST_HOME, its own QSettings,
no keyring) with the three examples imported, a signed trademark filed with a reference
office on 127.0.0.1 (for the receipt and the outbox) and an MM2 queued while that office is
down. File names are ``<screen>_<lang>.png``; a line per file says what was saved.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

SCREEN = {
    "screens": [
        {
            "name": "laptop",
            "x": 0,
            "y": 0,
            "width": 1366,
            "height": 768,
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
            "dpr": 1,
        }
    ]
}
LANGS = ("en", "ar", "zh_CN")
PASSPHRASE = b"correct horse battery staple"


def _laptop_screen(folder: Path) -> None:
    """Qt's offscreen platform is 800×600 unless told otherwise: a 1366×768 laptop."""
    config = folder / "screen-1366x768.json"
    config.write_text(json.dumps(SCREEN), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def _wait(predicate: Callable[[], bool], timeout: float = 30.0) -> bool:
    from PySide6.QtCore import QCoreApplication, QThread

    end = time.monotonic() + timeout
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        if predicate():
            return True
        QThread.msleep(20)
    return False


def _settle(seconds: float = 0.4) -> None:
    from PySide6.QtCore import QCoreApplication, QThread

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        QThread.msleep(10)
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()


class Shooter:
    """Saves renders of widgets; keeps a list of what was saved and what was skipped."""

    def __init__(self, out: Path, lang: str) -> None:
        self.out, self.lang = out, lang
        self.saved: list[str] = []
        self.skipped: list[str] = []

    def shoot(self, widget: Any, name: str) -> None:
        _settle()
        path = self.out / f"{name}_{self.lang}.png"
        if not widget.grab().save(str(path)):
            raise OSError(f"cannot write {path}")
        self.saved.append(path.name)
        print(f"saved {path}", flush=True)

    def attempt(self, name: str, step: Callable[[], None]) -> None:
        try:
            step()
        except Exception as exc:  # noqa: BLE001 - a screen this checkout lacks is skipped
            self.skipped.append(f"{name}_{self.lang}: {type(exc).__name__}: {exc}")
            print(f"skipped {name}_{self.lang}: {exc}", flush=True)
            if os.environ.get("SHOOT_TRACEBACK"):
                traceback.print_exc()


def _start_office(folder: Path, receives: dict[str, list[str]]) -> tuple[Any, str]:
    """A reference office on 127.0.0.1 and an account token for it."""
    from filingassist.office import store
    from filingassist.office.serve import start_in_thread

    try:
        server = start_in_thread(folder, receives=receives)
    except TypeError:  # a checkout from before offices declared what they receive
        server = start_in_thread(folder)
    db = store.open_db(folder)
    try:
        token = store.add_account(db, "filer")
    finally:
        db.close()
    return server, token


def _example_code(root: Path, kind: str, field: str) -> str:
    data = json.loads((root / "examples" / f"{kind}.json").read_text(encoding="utf-8"))
    return str(data["data"][field])


class Run:
    """One language: a window session over a fresh data folder."""

    def __init__(self, root: Path, out: Path, lang: str, scratch: Path) -> None:
        self.root, self.lang, self.scratch = root, lang, scratch
        self.shots = Shooter(out, lang)
        self.session: Any = None
        self.ids: dict[str, str] = {}
        self.office: Any = None

    # -- set-up -------------------------------------------------------------------------
    def open(self) -> None:
        from PySide6.QtCore import QSettings

        from filingassist.app import Workspace
        from ui.app import Session, application

        home = self.scratch / "home"
        home.mkdir(parents=True)
        os.environ["FILINGASSIST_HOME"] = str(home)
        os.environ["FILINGASSIST_OFFICE_SECRETS"] = str(self.scratch / "office-secrets")
        os.environ["FILINGASSIST_KEYRING"] = "0"
        settings = self.scratch / "settings"
        settings.mkdir()
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings))
        app = application()
        self.session = Session(app, Workspace.open(home), self.lang, False)
        window = self.session.window
        window.show()
        window.setGeometry(window.screen().availableGeometry())

    def close(self) -> None:
        if self.session is not None:
            self.session.close()
            _settle(0.2)
        if self.office is not None:
            self.office.stop()

    @property
    def window(self) -> Any:
        return self.session.window

    @property
    def ws(self) -> Any:
        return self.session.ws

    # -- screens ------------------------------------------------------------------------
    def home(self) -> None:
        for kind in ("trademark", "madrid", "patent"):
            self.ids[kind] = self.ws.import_file(self.root / "examples" / f"{kind}.json").id
        self.window.refresh_home()
        _wait(lambda: self.window.home.drafts.model.rowCount() >= 3, 15)
        self.window.show_home()
        self.shots.shoot(self.window, "home")

    def forms(self) -> None:
        for kind in ("trademark", "madrid", "patent"):
            self.shots.attempt(f"form_{kind}", lambda k=kind: self._form(k))

    def _open(self, kind: str) -> Any:
        window = self.window
        window.open_draft(self.ids[kind])
        ok = _wait(
            lambda: (
                window.compose is not None
                and window.compose.draft_id == self.ids[kind]
                and window.compose.settled
            ),
            30,
        )
        if not ok:
            raise TimeoutError(f"the {kind} draft did not open")
        return window.compose

    def _form(self, kind: str) -> None:
        compose = self._open(kind)
        self.shots.shoot(self.window, f"form_{kind}")
        if kind == "madrid":
            compose.side.setCurrentWidget(compose.fee_panel)
            self.shots.shoot(compose.side, "fees")

    def findings(self) -> None:
        """A new, empty MM2 checked: the findings panel full of what is missing."""
        from PySide6.QtWidgets import QPushButton

        self.window.show_home()
        new = self.window.home.drafts.findChild(QPushButton, "new:madrid")
        if new is None:
            raise LookupError("no 'New MM2' button on Home")
        old = self.window.compose
        new.click()
        _wait(lambda: self.window.compose not in (None, old) and self.window.compose.settled, 30)
        compose = self.window.compose
        compose.check_now()
        _wait(lambda: compose.settled, 30)
        compose.side.setCurrentWidget(compose.findings_panel)
        self.shots.shoot(compose.side, "findings")
        self.shots.shoot(self.window, "findings_window")

    def sign_dialog(self) -> None:
        dialogs: list[Any] = []
        self.window.sign_dialog_opened.connect(dialogs.append)
        self._open("madrid")
        self.window.sign()
        if not _wait(lambda: bool(dialogs), 30):
            raise TimeoutError("the sign dialog did not open")
        dialog = dialogs[0]
        _wait(dialog.isVisible, 5)
        self.shots.shoot(dialog, "sign_dialog")
        dialog.reject()

    def summary_dialog(self) -> None:
        self._open("trademark")
        dialog = self.window.print_summary()
        if dialog is None:
            raise LookupError("print_summary opened no dialog")
        _wait(dialog.isVisible, 5)
        self.shots.shoot(dialog, "dialog_summary")
        dialog.close()

    def file_and_queue(self) -> None:
        """A trademark filed with a loopback office, then an MM2 queued while it is down."""
        self.window.close_compose()
        receives = {
            "trademark": [_example_code(self.root, "trademark", "office")],
            "madrid": [_example_code(self.root, "madrid", "office_of_origin")],
        }
        self.office, token = _start_office(self.scratch / "office", receives)
        url = self.office.url
        _, fingerprint = self.ws.discover_office(url)
        self.ws.add_office(url, fingerprint, token)
        self.ws.create_key("Demo Filer", PASSPHRASE)
        signer = self.ws.unlock_key("Demo Filer", PASSPHRASE)
        trademark = self.ws.pack(self.ids["trademark"], signer)
        self.ws.queue(trademark.package_id)
        self.ws.sync_once()
        if not self.ws.receipts():
            raise RuntimeError("the trademark was not receipted")
        self.office.stop()
        self.office = None
        madrid = self.ws.pack(self.ids["madrid"], signer)
        self.ws.queue(madrid.package_id)

    def outbox(self) -> None:
        window = self.window
        window.show_home()
        window.refresh_home()
        window.home.setCurrentWidget(window.home.outbox)
        _settle(1.5)
        self.shots.shoot(window, "outbox")

    def receipt_dialog(self) -> None:
        receipt = self.ws.receipts()[0]
        dialog = self.window.open_receipt(receipt)
        _wait(dialog.isVisible, 5)
        self.shots.shoot(dialog, "dialog_receipt")
        dialog.close()

    def settings(self) -> None:
        from PySide6.QtWidgets import QTabWidget

        dialog = self.window.open_settings()
        _wait(dialog.isVisible, 5)
        self.shots.shoot(dialog, "dialog_settings")
        tabs = dialog.findChild(QTabWidget)
        for index, name in ((0, "settings_offices"), (1, "settings_keys")):
            tabs.setCurrentIndex(index)
            self.shots.shoot(dialog, name)
        dialog.close()

    def about(self) -> None:
        from ui.dialogs.about import AboutDialog

        dialog = AboutDialog(self.session.tasks, self.window)
        dialog.show()
        self.shots.shoot(dialog, "dialog_about")
        dialog.close()

    def pickers(self) -> None:
        from ui.dialogs.pickers import classes_dialog, designations_dialog

        for name, make in (("classes", classes_dialog), ("designations", designations_dialog)):
            dialog = make(self.window, [])
            dialog.show()
            self.shots.shoot(dialog, f"dialog_{name}")
            dialog.close()

    def new_key(self) -> None:
        from ui.dialogs.newkey import NewKeyDialog  # not in checkouts before issue 16

        dialog = NewKeyDialog(self.window)
        dialog.show()
        self.shots.shoot(dialog, "dialog_new_key")
        dialog.close()

    def all(self) -> None:
        self.open()
        steps: list[tuple[str, Callable[[], None]]] = [
            ("home", self.home),
            ("forms", self.forms),
            ("findings", self.findings),
            ("sign_dialog", self.sign_dialog),
            ("dialog_summary", self.summary_dialog),
            ("about", self.about),
            ("pickers", self.pickers),
            ("new_key", self.new_key),
            ("filing", self.file_and_queue),
            ("outbox", self.outbox),
            ("dialog_receipt", self.receipt_dialog),
            ("settings", self.settings),
        ]
        try:
            for name, step in steps:
                self.shots.attempt(name, step)
        finally:
            self.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("build/screenshots/before-1366"))
    parser.add_argument("--lang", action="append", choices=LANGS, help="default: en, ar, zh_CN")
    args = parser.parse_args(argv)
    root = Path.cwd()
    if not (root / "ui" / "app.py").exists():
        parser.error(f"run from the root of a checkout ({root} has no ui/app.py)")
    sys.path.insert(0, str(root))
    args.out.mkdir(parents=True, exist_ok=True)
    skipped: list[str] = []
    with tempfile.TemporaryDirectory(prefix="shoot-") as tmp:
        _laptop_screen(Path(tmp))
        for lang in args.lang or LANGS:
            run = Run(root, args.out.resolve(), lang, Path(tmp) / lang)
            run.all()
            skipped += run.shots.skipped
    print(f"{len(list(args.out.glob('*.png')))} screenshots in {args.out}")
    for line in skipped:
        print(f"not shot: {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
