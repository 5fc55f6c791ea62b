"""The key that seals office tokens goes into the OS keyring when there is one, a file
otherwise; a profile never silently changes where its key is."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from filingassist.errors import SyncError
from filingassist.sync import tokens


class MemoryKeyring(KeyringBackend):
    """A real keyring backend (the library's interface) that keeps secrets in memory."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    monkeypatch.delenv(tokens.KEYRING_ENV, raising=False)
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


def test_a_new_profile_keeps_its_key_in_the_os_keyring(
    memory_keyring: MemoryKeyring, isolated_home: Path
) -> None:
    assert tokens.unseal(tokens.seal("secret")) == "secret"
    assert not (isolated_home / tokens.KEY_FILE).exists()
    assert (isolated_home / tokens.KEYRING_MARKER).exists()
    [(service, user)] = memory_keyring.secrets
    assert service == "filingassist" and str(isolated_home.resolve()) in user


def test_a_profile_with_a_key_file_keeps_using_it(
    memory_keyring: MemoryKeyring, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(tokens.KEYRING_ENV, "0")
    sealed = tokens.seal("secret")
    monkeypatch.delenv(tokens.KEYRING_ENV)
    assert tokens.unseal(sealed) == "secret"
    assert memory_keyring.secrets == {}


def test_a_keyring_profile_without_its_keyring_says_so(
    memory_keyring: MemoryKeyring, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sealed = tokens.seal("secret")
    monkeypatch.setenv(tokens.KEYRING_ENV, "0")  # e.g. a session without the keyring
    with pytest.raises(SyncError, match="OS keyring, which is not available"):
        tokens.unseal(sealed)
    assert not (isolated_home / tokens.KEY_FILE).exists()  # no second key made behind it


def test_without_a_keyring_the_key_is_a_private_file(isolated_home: Path) -> None:
    assert tokens.unseal(tokens.seal("secret")) == "secret"
    assert (isolated_home / tokens.KEY_FILE).stat().st_mode & 0o777 == 0o600
    assert not (isolated_home / tokens.KEYRING_MARKER).exists()
