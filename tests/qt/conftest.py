"""Fixtures for the Qt tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication


@pytest.fixture
def restore_app(qapp: QApplication) -> Iterator[QApplication]:
    """Themes change the whole application; put it back for the tests that follow."""
    sheet, palette, font = qapp.styleSheet(), QPalette(qapp.palette()), qapp.font()
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)
    qapp.setProperty("somaticTheme", None)
    qapp.setProperty("somaticTextScale", None)
