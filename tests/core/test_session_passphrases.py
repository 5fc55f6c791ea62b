"""Passphrases remembered for a session (issue 9): in the OS keyring when there is one,
in memory otherwise, never in a file; forgotten on close, lock, idle time, a wrong
passphrase and key deletion; what a crashed session left in the keyring goes at the next
start. The keyring is a real ``keyring`` backend (tests/support/filekeyring.py), in a
temporary file outside the data folder."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path

import pytest

from filingassist.app import Workspace
from filingassist.cli.main import main
from filingassist.errors import PassphraseNeeded, WrongPassphrase
from filingassist.passphrases import SERVICE, SESSIONS_DIR, SessionPassphrases
from tests.support.filekeyring import (
    FileKeyring,
    assert_no_passphrase_in,
    installed,
    session_entries,
    session_killed_after_remembering,
)

PASS = b"correct horse battery staple"


@pytest.fixture
def ring(tmp_path: Path) -> Iterator[FileKeyring]:
    """The OS keyring, as the app sees it: a real backend over a file outside the data
    folder."""
    with installed(tmp_path / "os-keyring.json") as backend:
        yield backend


@pytest.fixture
def ws(isolated_home: Path) -> Iterator[Workspace]:
    w = Workspace.open(isolated_home)
    w.create_key("Ada Lovelace", PASS)
    yield w
    w.close()


def test_remembered_in_the_os_keyring_and_gone_on_close(
    ring: FileKeyring, ws: Workspace, isolated_home: Path
) -> None:
    memory = ws.remember_passphrases(idle=900)
    assert memory.where == "keyring"
    ws.unlock_key("ada-lovelace", PASS, remember=True)
    [(user, value)] = session_entries(ring).items()
    assert user == f"{SERVICE}\x00{memory.session_id}:ada-lovelace"
    assert base64.b64decode(value) == PASS
    # the next signing needs no passphrase
    assert ws.unlock_key("ada-lovelace", None).name == "ada-lovelace"
    assert_no_passphrase_in(isolated_home, PASS)
    ws.close()  # quit
    assert session_entries(ring) == {}
    assert list((isolated_home / SESSIONS_DIR).iterdir()) == []


def test_without_a_keyring_only_in_memory(ws: Workspace, isolated_home: Path) -> None:
    memory = ws.remember_passphrases(idle=900)  # conftest: FILINGASSIST_KEYRING=0
    assert memory.where == "memory"
    ws.unlock_key("ada-lovelace", PASS, remember=True)
    assert ws.unlock_key("ada-lovelace", None).name == "ada-lovelace"
    assert not (isolated_home / SESSIONS_DIR).exists()
    assert_no_passphrase_in(isolated_home, PASS)
    assert memory.forget_all() == 1
    with pytest.raises(PassphraseNeeded):
        ws.unlock_key("ada-lovelace", None)


@pytest.mark.parametrize("with_keyring", [True, False])
def test_lock_now_and_unticked_remember_forget_it(
    with_keyring: bool, request: pytest.FixtureRequest, ws: Workspace
) -> None:
    ring = request.getfixturevalue("ring") if with_keyring else None
    memory = ws.remember_passphrases(idle=900)
    ws.unlock_key("ada-lovelace", PASS, remember=True)
    assert memory.forget_all() == 1  # "Lock keys now"
    assert not memory.remembers("ada-lovelace")
    ws.unlock_key("ada-lovelace", PASS, remember=True)
    ws.unlock_key("ada-lovelace", None, remember=False)  # used once more, then forgotten
    assert not memory.remembers("ada-lovelace")
    if ring is not None:
        assert session_entries(ring) == {}


def test_forgotten_after_the_idle_time_without_use(ring: FileKeyring, isolated_home: Path) -> None:
    now = [1000.0]
    memory = SessionPassphrases(isolated_home, idle=600, backend=ring, clock=lambda: now[0])
    memory.remember("ada", PASS)
    now[0] += 599
    assert memory.recall("ada") == PASS  # a use restarts the clock
    now[0] += 599
    assert memory.remembers("ada")
    now[0] += 1
    assert memory.expire_idle() == ["ada"]
    assert memory.recall("ada") is None
    assert session_entries(ring) == {}
    memory.close()


def test_a_wrong_passphrase_forgets_the_remembered_one(ring: FileKeyring, ws: Workspace) -> None:
    memory = ws.remember_passphrases(idle=900)
    ws.unlock_key("ada-lovelace", PASS, remember=True)
    with pytest.raises(WrongPassphrase):
        ws.unlock_key("ada-lovelace", b"not it", remember=True)
    assert not memory.remembers("ada-lovelace") and session_entries(ring) == {}
    # a remembered passphrase that stopped opening the key is forgotten too
    memory.remember("ada-lovelace", b"stale")
    with pytest.raises(WrongPassphrase):
        ws.unlock_key("ada-lovelace", None)
    assert not memory.remembers("ada-lovelace") and session_entries(ring) == {}


def test_deleting_the_key_forgets_its_passphrase(ring: FileKeyring, ws: Workspace) -> None:
    memory = ws.remember_passphrases(idle=900)
    ws.unlock_key("ada-lovelace", PASS, remember=True)
    assert ws.delete_key("ada-lovelace") == "ada-lovelace"
    assert ws.keys() == [] and not memory.remembers("ada-lovelace")
    assert session_entries(ring) == {}


def test_a_live_session_keeps_its_entries_when_another_starts(
    ring: FileKeyring, ws: Workspace, isolated_home: Path
) -> None:
    ws.remember_passphrases(idle=900)
    ws.unlock_key("ada-lovelace", PASS, remember=True)
    other = SessionPassphrases.start(isolated_home)  # a second window on the same folder
    assert len(session_entries(ring)) == 1
    other.close()
    assert ws.unlock_key("ada-lovelace", None).name == "ada-lovelace"


@pytest.mark.timeout(120)
def test_what_a_killed_session_left_in_the_keyring_goes_at_the_next_start(
    ring: FileKeyring, ws: Workspace, isolated_home: Path
) -> None:
    with session_killed_after_remembering("ada-lovelace", PASS):
        assert len(session_entries(ring)) == 1
        other = SessionPassphrases.start(isolated_home)  # the child is alive: left alone
        assert len(session_entries(ring)) == 1
        other.close()
    assert len(session_entries(ring)) == 1  # a crash cannot clean up
    ws.remember_passphrases(idle=900)  # the next start
    assert session_entries(ring) == {}
    assert list((isolated_home / SESSIONS_DIR).iterdir()) == []


def test_cli_pack_reads_the_passphrase_from_a_private_file(
    ws: Workspace, examples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = ws.import_file(examples_dir / "trademark.json").id
    ws.close()
    secret = tmp_path / "passphrase.txt"
    secret.write_bytes(PASS + b"\nignored second line\n")
    secret.chmod(0o644)
    argv = ["pack", draft, "--key", "ada-lovelace", "--passphrase-file", str(secret)]
    assert main(argv) == 2
    assert "chmod 600" in capsys.readouterr().err
    secret.chmod(0o600)
    assert main(argv) == 0, capsys.readouterr().err
    assert Workspace.open().draft(draft).status == "signed"
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    empty.chmod(0o600)
    assert main(["pack", draft, "--passphrase-file", str(empty)]) == 2
    assert "is empty" in capsys.readouterr().err


def test_cli_keys_delete(ws: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    ws.close()
    assert main(["keys", "delete", "ada-lovelace"]) == 2  # no terminal to confirm on
    assert "--yes" in capsys.readouterr().err
    assert main(["keys", "delete", "ada-lovelace", "--yes"]) == 0
    assert "Deleted key ada-lovelace." in capsys.readouterr().out
    assert main(["keys", "delete", "ada-lovelace", "--yes"]) == 2


def test_a_keyring_that_refuses_the_secret_leaves_it_in_memory(
    ring: FileKeyring, isolated_home: Path
) -> None:
    from keyring.errors import PasswordSetError

    class Refusing(FileKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            raise PasswordSetError("locked")

    memory = SessionPassphrases(isolated_home, backend=Refusing())
    memory.remember("ada", PASS)
    assert memory.recall("ada") == PASS and ring.entries() == {}
    assert_no_passphrase_in(isolated_home, PASS)
    memory.close()
    assert memory.recall("ada") is None
    assert list((isolated_home / SESSIONS_DIR).iterdir()) == []
