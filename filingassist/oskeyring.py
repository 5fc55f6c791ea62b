"""The OS keyring (Windows Credential Locker, macOS Keychain, Secret Service), if any.

One place decides whether there is a real keyring: the profile key that seals office
tokens and the passphrases remembered for a session both ask here. The ``keyring``
library's fail and null backends (priority 0 or less) mean "none here";
``FILINGASSIST_KEYRING=0`` turns it off (tests, portable installs).
"""

from __future__ import annotations

import logging
import os
from typing import Any

KEYRING_ENV = "FILINGASSIST_KEYRING"

log = logging.getLogger(__name__)


def os_keyring() -> Any | None:
    """The OS keyring backend, or None when there is none (or it is turned off)."""
    if os.environ.get(KEYRING_ENV, "").strip().lower() in ("0", "off", "no", "false"):
        return None
    try:
        import keyring
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # noqa: BLE001 - any backend failure means: no keyring
        log.info("no OS keyring: %s", exc)
        return None
    return backend if getattr(backend, "priority", 0) > 0 else None
