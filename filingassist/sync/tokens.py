"""Account tokens at rest: encrypted with a per-profile key (Fernet: AES-128-CBC + HMAC).

Threat model: the database may be copied on its own — backups, sync folders, a file sent
to support — and must not leak a usable token. The key lives in a separate file in the
profile (mode 0600), so an attacker needs both files. It does not protect against malware
running as the user, which can read both (neither does a browser's password store without
an OS keyring); an OS keyring could hold the key later without changing this interface.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken

from filingassist import paths
from filingassist.errors import SyncError
from filingassist.fsutil import create_exclusive

KEY_FILE = "profile.key"


def _key(home: Path | None = None) -> bytes:
    path = (home or paths.data_home()) / KEY_FILE
    key = _read_key(path)
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
