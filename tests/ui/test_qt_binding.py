"""The Qt binding itself must not leak: PySide6 6.12.0 dropped a None reference per void call."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel

pytestmark = pytest.mark.gui


def test_void_qt_calls_keep_none_alive(qapp) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(5000):
        label.setText("x")
        qapp.processEvents()
    # On Python 3.11 a leak of one reference per call aborts the app after a few thousand.
    assert sys.getrefcount(None) - before > -100
