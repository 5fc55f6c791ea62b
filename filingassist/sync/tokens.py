"""Account tokens at rest: encrypted with a per-profile key (Fernet: AES-128-CBC + HMAC).

Threat model: the database may be copied on its own — backups, sync folders, a file sent
to support — and must not leak a usable token. The key lives in a separate file in the
profile (mode 0600), so an attacker needs both files. It does not protect against malware
running as the user, which can read both (neither does a browser's password store without
an OS keyring); an OS keyring could hold the key later without changing this interface.
"""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken

from filingassist import paths
from filingassist.errors import SyncError

KEY_FILE = "profile.key"


def _key(home: Path | None = None) -> bytes:
    path = (home or paths.data_home()) / KEY_FILE
    try:
        return path.read_bytes().strip()
    except FileNotFoundError:
        pass
    key = Fernet.generate_key()
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process created it first
        return path.read_bytes().strip()
    with os.fdopen(fd, "wb") as fh:
        fh.write(key)
    return key


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
