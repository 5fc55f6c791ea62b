"""Account tokens at rest: encrypted with a per-profile key (Fernet: AES-128-CBC + HMAC).

Threat model: the database may be copied on its own — backups, sync folders, a file sent
to support — and must not leak a usable token. The key lives apart from the database: in
the OS keyring (``keyring``: Windows Credential Locker, macOS Keychain, Secret Service)
when one is available for a new profile, otherwise in a separate file in the profile (mode
0600), so an attacker needs both. A profile that has a key file keeps using it. A file
does not protect against malware running as the user, which can read both files; the OS
keyring at least asks the OS to hold the secret. ``FILINGASSIST_KEYRING=0`` keeps the key
in a file (tests, portable installs).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet, InvalidToken

from filingassist import paths
from filingassist.errors import SyncError
from filingassist.fsutil import create_exclusive
from filingassist.oskeyring import KEYRING_ENV as KEYRING_ENV
from filingassist.oskeyring import os_keyring

KEY_FILE = "profile.key"
#: present when the profile's key is in the OS keyring (so it is never silently replaced)
KEYRING_MARKER = "profile.key.in-keyring"
KEYRING_SERVICE = "filingassist"

log = logging.getLogger(__name__)


def _key(home: Path | None = None) -> bytes:
    home = home or paths.data_home()
    path = home / KEY_FILE
    key = _read_key(path)
    if key is not None:
        return key
    if (home / KEYRING_MARKER).exists():
        return _key_from_keyring(home)
    key = _new_key_in_keyring(home)
    if key is not None:
        return key
    # note: created whole or not at all (never an empty key), and never replaced once it
    # exists: another process may have sealed tokens with it already
    create_exclusive(path, Fernet.generate_key())
    key = _read_key(path)
    if key is None:
        raise SyncError(f"{path}: the profile key could not be created")
    return key


def _read_key(path: Path) -> bytes | None:
    """The key in ``path``; None when there is none yet.

    An empty file is what older versions left when killed while creating the key: nothing
    can have been sealed with a key that was never written, so it is replaced.
    """
    try:
        key = path.read_bytes().strip()
    except FileNotFoundError:
        return None
    if key:
        return key
    path.unlink(missing_ok=True)
    return None


def seal(token: str, home: Path | None = None) -> str:
    """Encrypt ``token`` for storage in the profile database."""
    return Fernet(_key(home)).encrypt(token.encode("utf-8")).decode("ascii")


def unseal(sealed: str, home: Path | None = None) -> str:
    """Decrypt a stored token; a wrong or missing key file is a clear error."""
    try:
        return Fernet(_key(home)).decrypt(sealed.encode("ascii")).decode("utf-8")
    except InvalidToken as exc:
        raise SyncError(
            "the stored office token cannot be decrypted with this profile's key"
        ) from exc


def _keyring() -> Any | None:
    """The OS keyring backend, or None when there is none (or it is turned off)."""
    return os_keyring()


def _keyring_user(home: Path) -> str:
    return f"profile-key:{home.resolve()}"


def _new_key_in_keyring(home: Path) -> bytes | None:
    """Put a new key into the OS keyring and return it; None to use a file instead."""
    backend = _keyring()
    if backend is None:
        return None
    user = _keyring_user(home)
    try:
        stored = backend.get_password(KEYRING_SERVICE, user)
        if not stored:
            backend.set_password(KEYRING_SERVICE, user, Fernet.generate_key().decode("ascii"))
            stored = backend.get_password(KEYRING_SERVICE, user)  # whoever wrote last
    except Exception as exc:  # noqa: BLE001 - a locked or broken keyring: use the file
        log.warning("OS keyring not usable, the profile key goes into a file: %s", exc)
        return None
    if not stored:
        return None
    create_exclusive(home / KEYRING_MARKER, b"the profile key is in the OS keyring\n", 0o644)
    return str(stored).encode("ascii")


def _key_from_keyring(home: Path) -> bytes:
    backend = _keyring()
    if backend is None:
        raise SyncError(
            "this profile's key is in the OS keyring, which is not available now: "
            "unlock or start the keyring and try again"
        )
    try:
        stored = backend.get_password(KEYRING_SERVICE, _keyring_user(home))
    except Exception as exc:  # noqa: BLE001
        raise SyncError(f"the OS keyring could not be read: {exc}") from exc
    if stored:
        return str(stored).encode("ascii")
    # note: the keyring lost it (reset, another account): tokens sealed before cannot be
    # read any more (unseal says so: add the office again); new ones get a new key
    log.warning("the profile key is missing from the OS keyring; a new one is made")
    key = _new_key_in_keyring(home)
    if key is None:
        raise SyncError("the OS keyring does not keep this profile's key")
    return key
