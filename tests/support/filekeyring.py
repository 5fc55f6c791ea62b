"""A real ``keyring`` backend (the library's own ``KeyringBackend`` interface) that keeps
its entries in a JSON file named by ``$FILINGASSIST_TEST_KEYRING`` — outside the data
folder, so tests can tell what is in the keyring from what is in the data folder, and a
child process (``PYTHON_KEYRING_BACKEND=tests.support.filekeyring.FileKeyring``) shares it.
Plain text on purpose: a test can see exactly what the app left in the keyring."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

ENV = "FILINGASSIST_TEST_KEYRING"
ROOT = Path(__file__).resolve().parents[2]


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @property
    def path(self) -> Path:
        return Path(os.environ[ENV])

    def entries(self) -> dict[str, str]:
        """Every entry, keyed ``service\\x00user``."""
        try:
            return dict(json.loads(self.path.read_text("utf-8")))
        except FileNotFoundError:
            return {}

    def _save(self, entries: dict[str, str]) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(entries), "utf-8")
        tmp.replace(self.path)

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries().get(f"{service}\x00{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self.entries()
        entries[f"{service}\x00{username}"] = password
        self._save(entries)

    def delete_password(self, service: str, username: str) -> None:
        entries = self.entries()
        if entries.pop(f"{service}\x00{username}", None) is None:
            raise PasswordDeleteError("no such entry")
        self._save(entries)


_CRASHING = """
import os, time
from filingassist.app import Workspace
ws = Workspace.open()
ws.remember_passphrases(idle=900)
ws.unlock_key(os.environ["FA_TEST_KEY"], os.environ["FA_TEST_PASS"].encode(), remember=True)
print("remembered", flush=True)
time.sleep(60)
"""


@contextlib.contextmanager
def session_killed_after_remembering(key: str, passphrase: bytes) -> Iterator[None]:
    """A real process of the app (same data folder and keyring, from the environment)
    remembers ``key``'s passphrase in the keyring; inside the block it is alive, after
    it, it has been killed with SIGKILL (a crash: nothing cleaned up)."""
    env = dict(
        os.environ,
        PYTHON_KEYRING_BACKEND="tests.support.filekeyring.FileKeyring",
        FA_TEST_KEY=key,
        FA_TEST_PASS=passphrase.decode(),
        PYTHONPATH=str(ROOT),
    )
    child = subprocess.Popen(
        [sys.executable, "-c", _CRASHING], env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "remembered"
        yield
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(30)
        if child.stdout is not None:
            child.stdout.close()


@contextlib.contextmanager
def installed(path: Path) -> Iterator[FileKeyring]:
    """Make a ``FileKeyring`` over ``path`` the OS keyring for the block (this process
    and, through the environment, its children); FILINGASSIST_KEYRING must not be 0."""
    import keyring

    old_env, old_off = os.environ.get(ENV), os.environ.pop("FILINGASSIST_KEYRING", None)
    os.environ[ENV] = str(path)
    previous = keyring.get_keyring()
    backend = FileKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
        os.environ.pop(ENV, None)
        if old_env is not None:
            os.environ[ENV] = old_env
        if old_off is not None:
            os.environ["FILINGASSIST_KEYRING"] = old_off


def session_entries(ring: FileKeyring) -> dict[str, str]:
    """The entries of remembered passphrases (service ``filingassist-session``)."""
    return {k: v for k, v in ring.entries().items() if k.startswith("filingassist-session\x00")}


def assert_no_passphrase_in(folder: Path, passphrase: bytes) -> None:
    """Neither the passphrase nor its keyring encoding is in any file under ``folder``."""
    import base64

    needles = (passphrase, base64.b64encode(passphrase))
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert not any(n in data for n in needles), path
