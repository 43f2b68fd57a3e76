"""Where window layout and small UI choices live: ``ui-state.ini`` beside the data.

QSettings, in the per-user data folder rather than Qt's default location, so SOMATIC_PLAYER_HOME
isolates it like everything else (tests, demonstrations).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from somatic_player import resources


def ui_state() -> QSettings:
    return QSettings(str(resources.user_home() / "ui-state.ini"), QSettings.Format.IniFormat)
