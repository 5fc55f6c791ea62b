"""Key passphrases remembered for one session of the desktop app ("Remember for this session").

An agent who signs twenty drafts one after the other should not type the passphrase twenty
times; a passphrase must not outlive the session either. So a remembered passphrase is:

- held by the OS keyring when there is one (service ``filingassist-session``, user
  ``<session id>:<key name>``, the session id random per start), so the secret is not
  kept in our heap; otherwise only in this process's memory. Never in a file.
- forgotten on ``close`` (quit), on ``forget_all`` ("Lock keys now"), after ``idle``
  seconds without use (as gpg-agent's cache: each use restarts the clock), when it fails
  to open the key, and when the key is deleted (``Workspace`` calls ``forget``).

A session that crashes cannot remove its keyring entries; the keyring API cannot list
them either. So a session that uses the keyring writes which key names it holds (never a
secret) to ``sessions/<id>.json`` in the data folder, and holds an OS lock on
``sessions/<id>.lock`` while it lives (released by the kernel when the process dies, even
by kill -9). ``SessionPassphrases.start`` removes the entries of every session whose lock
it can take: that process is gone.

The CLI does not use this: each command is its own process, so remembering across commands
would need a secret that outlives the process (an agent); it reads the passphrase from a
prompt, a file or a variable instead.
"""

from __future__ import annotations

import base64
import contextlib
import json
import logging
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from filingassist import lockfile
from filingassist.fsutil import write_atomic
from filingassist.oskeyring import os_keyring

SERVICE = "filingassist-session"
SESSIONS_DIR = "sessions"
#: forget a passphrase not used for this long (seconds); the desktop app's setting
DEFAULT_IDLE = 15 * 60.0

log = logging.getLogger(__name__)


@dataclass
class _Entry:
    last_used: float
    #: the secret when it is kept in memory; None when the OS keyring holds it
    secret: bytearray | None = None


class SessionPassphrases:
    """The passphrases the user asked to remember in this session, by key name.

    Thread-safe: keys are unlocked on worker threads while the window asks what is
    remembered on the GUI thread.
    """

    def __init__(
        self,
        home: Path,
        idle: float = DEFAULT_IDLE,
        backend: Any | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.home = home
        self.idle = idle
        self.backend = backend
        self.clock = clock
        self.session_id = secrets.token_hex(16)
        self._entries: dict[str, _Entry] = {}
        self._lock = threading.RLock()
        self._held: int | None = None  # the descriptor holding sessions/<id>.lock
        self._closed = False
        #: names whose keyring entry could not be removed: kept in the record for a sweep
        self._undeleted: set[str] = set()

    @classmethod
    def start(
        cls, home: Path, idle: float = DEFAULT_IDLE, clock: Callable[[], float] = time.monotonic
    ) -> SessionPassphrases:
        """A new session over the OS keyring if there is one (memory otherwise), after
        removing what crashed sessions left in the keyring."""
        backend = os_keyring()
        if backend is not None:
            remove_leftovers(home, backend)
        return cls(home, idle, backend, clock)

    @property
    def where(self) -> str:
        """``keyring`` or ``memory``: where remembered passphrases are kept."""
        return "keyring" if self.backend is not None else "memory"

    # -- use -------------------------------------------------------------------------
    def remember(self, name: str, passphrase: bytes) -> None:
        """Keep ``passphrase`` for key ``name`` until forgotten (see the module's text)."""
        if not passphrase:
            return
        with self._lock:
            if self._closed:
                return
            self.forget(name)
            entry = _Entry(last_used=self.clock())
            if not self._put_in_keyring(name, passphrase):
                entry.secret = bytearray(passphrase)
            self._entries[name] = entry
            log.info("passphrase of key %r remembered for this session (%s)", name, self.where)

    def recall(self, name: str) -> bytes | None:
        """The remembered passphrase of ``name`` (its idle clock restarts), or None."""
        with self._lock:
            self.expire_idle()
            entry = self._entries.get(name)
            if entry is None:
                return None
            secret = bytes(entry.secret) if entry.secret is not None else self._from_keyring(name)
            if secret is None:  # removed from the keyring behind our back
                self.forget(name)
                return None
            entry.last_used = self.clock()
            return secret

    def remembers(self, name: str) -> bool:
        """Whether a passphrase for ``name`` is remembered and not idle too long; it does
        not count as a use and never touches the keyring (the window asks it to show)."""
        with self._lock:
            entry = self._entries.get(name)
            return entry is not None and self.clock() - entry.last_used < self.idle

    # -- forgetting --------------------------------------------------------------------
    def forget(self, name: str) -> bool:
        """Forget the passphrase of ``name``; whether one was remembered."""
        with self._lock:
            entry = self._entries.pop(name, None)
            if entry is None:
                return False
            if entry.secret is not None:
                entry.secret[:] = bytes(len(entry.secret))  # overwrite our copy
            elif self.backend is not None and not _delete(self.backend, self._user(name)):
                self._undeleted.add(name)
            self._write_record()
            log.info("passphrase of key %r forgotten", name)
            return True

    def forget_all(self) -> int:
        """ "Lock keys now": forget every remembered passphrase; how many there were."""
        with self._lock:
            names = list(self._entries)
            for name in names:
                self.forget(name)
            return len(names)

    def expire_idle(self) -> list[str]:
        """Forget the passphrases not used for ``idle`` seconds; their key names."""
        with self._lock:
            now = self.clock()
            stale = [n for n, e in self._entries.items() if now - e.last_used >= self.idle]
            for name in stale:
                self.forget(name)
            return stale

    def close(self) -> None:
        """End of the session (quit): forget everything, remove the session's record."""
        with self._lock:
            if self._closed:
                return
            self.forget_all()
            self._closed = True
            folder = self.home / SESSIONS_DIR
            if not self._undeleted:  # else the next start tries again
                (folder / f"{self.session_id}.json").unlink(missing_ok=True)
            if self._held is not None:
                lockfile.release(self._held)  # first: Windows cannot remove a locked file
                self._held = None
                with contextlib.suppress(OSError):
                    (folder / f"{self.session_id}.lock").unlink(missing_ok=True)

    # -- the keyring and the record of this session -----------------------------------
    def _user(self, name: str) -> str:
        return f"{self.session_id}:{name}"

    def _put_in_keyring(self, name: str, passphrase: bytes) -> bool:
        if self.backend is None:
            return False
        self._hold()
        if self._held is None:  # no record, no way to sweep after a crash: memory only
            return False
        self._write_record(extra=name)  # before the secret: a crash right after is swept
        # note: base64 only makes any byte string a keyring string; it protects nothing
        value = base64.b64encode(passphrase).decode("ascii")
        try:
            self.backend.set_password(SERVICE, self._user(name), value)
        except Exception as exc:  # noqa: BLE001 - a locked or broken keyring: use memory
            log.warning("the OS keyring did not take the passphrase, kept in memory: %s", exc)
            self._write_record()
            return False
        return True

    def _from_keyring(self, name: str) -> bytes | None:
        try:
            value = self.backend.get_password(SERVICE, self._user(name)) if self.backend else None
        except Exception as exc:  # noqa: BLE001
            log.warning("the OS keyring could not be read: %s", exc)
            return None
        return base64.b64decode(value) if value else None

    def _hold(self) -> None:
        if self._held is None:
            folder = self.home / SESSIONS_DIR
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            self._held = lockfile.try_hold(folder / f"{self.session_id}.lock")

    def _write_record(self, extra: str | None = None) -> None:
        """``sessions/<id>.json``: the key names this session may hold in the keyring."""
        if self._held is None:
            return
        names = {n for n, e in self._entries.items() if e.secret is None} | self._undeleted
        if extra is not None:
            names.add(extra)
        record = {"service": SERVICE, "session": self.session_id, "keys": sorted(names)}
        path = self.home / SESSIONS_DIR / f"{self.session_id}.json"
        write_atomic(path, json.dumps(record).encode("utf-8"), mode=0o600)


def remove_leftovers(home: Path, backend: Any) -> list[str]:
    """Remove the keyring entries of sessions that ended without closing (a crash, a
    kill, a power cut); the ids of the sessions cleaned. Live sessions hold their lock
    and are left alone; a keyring that fails keeps the record for the next start."""
    folder = home / SESSIONS_DIR
    if not folder.is_dir():
        return []
    cleaned = []
    for session_id in sorted({p.stem for p in folder.glob("*.json")}):
        lock = folder / f"{session_id}.lock"
        held = lockfile.try_hold(lock)
        if held is None:
            continue  # that session is running
        try:
            removed = _remove_session(folder, session_id, backend)
        finally:
            lockfile.release(held)
        if removed:
            cleaned.append(session_id)
            _unlink(lock)
    for lock in folder.glob("*.lock"):  # a session that crashed before writing its record
        if not (folder / f"{lock.stem}.json").exists():
            held = lockfile.try_hold(lock)
            if held is not None:
                lockfile.release(held)
                _unlink(lock)
    if cleaned:
        log.info("removed the remembered passphrases of %d ended session(s)", len(cleaned))
    return cleaned


def _unlink(path: Path) -> None:
    with contextlib.suppress(OSError):  # a session starting again with it: never mind
        path.unlink(missing_ok=True)


def _remove_session(folder: Path, session_id: str, backend: Any) -> bool:
    record = folder / f"{session_id}.json"
    try:
        names = json.loads(record.read_text("utf-8")).get("keys", [])
    except (OSError, ValueError, AttributeError) as exc:
        log.warning("%s cannot be read (%s); removed", record.name, exc)
        names = []
    for name in names if isinstance(names, list) else []:
        if not _delete(backend, f"{session_id}:{name}"):
            return False
    record.unlink(missing_ok=True)
    return True


def _delete(backend: Any, user: str) -> bool:
    """Delete one entry; True when it is gone (or was never there)."""
    from keyring.errors import PasswordDeleteError

    try:
        backend.delete_password(SERVICE, user)
    except PasswordDeleteError:
        return True
    except Exception as exc:  # noqa: BLE001 - keep the record, try again next start
        log.warning("the OS keyring did not remove a remembered passphrase: %s", exc)
        return False
    return True
