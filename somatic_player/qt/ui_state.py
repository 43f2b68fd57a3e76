"""Where window layout and small UI choices live: ``ui-state.ini`` beside the data.

QSettings, in the per-user data folder rather than Qt's default location, so SOMATIC_PLAYER_HOME
isolates it like everything else (tests, demonstrations).
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QSettings

from somatic_player import resources


def ui_state() -> QSettings:
    path = resources.user_home() / "ui-state.ini"
    # QSettings writes through QSaveFile, which keeps an existing file's mode but would create a
    # new one readable by others: make it private first.
    # In a read-only folder QSettings reports its own status and the app goes on.
    with contextlib.suppress(OSError):
        resources.create_private(path)
    return QSettings(str(path), QSettings.Format.IniFormat)
