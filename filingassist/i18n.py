"""gettext-style markers for the core.

The core never translates at import time: declarations use ``N_()`` (mark only) and
messages are translated where they are shown. The UI installs a translator with
``set_translator``; the CLI prints English.
"""

from __future__ import annotations

from collections.abc import Callable

_translate: Callable[[str], str] = lambda s: s  # noqa: E731


def set_translator(fn: Callable[[str], str]) -> None:
    """Install the function that maps an English message id to the user's language."""
    global _translate
    _translate = fn


def _(message: str) -> str:
    """Translate ``message`` now."""
    return _translate(message)


def N_(message: str) -> str:  # noqa: N802 - gettext convention
    """Mark ``message`` for extraction without translating it."""
    return message
