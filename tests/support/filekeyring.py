"""A real ``keyring`` backend (the library's own ``KeyringBackend`` interface) that keeps
its entries in a JSON file named by ``$FILINGASSIST_TEST_KEYRING`` — outside the data
folder, so tests can tell what is in the keyring from what is in the data folder, and a
child process (``PYTHON_KEYRING_BACKEND=tests.support.filekeyring.FileKeyring``) shares it.
Plain text on purpose: a test can see exactly what the app left in the keyring."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

ENV = "FILINGASSIST_TEST_KEYRING"


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
