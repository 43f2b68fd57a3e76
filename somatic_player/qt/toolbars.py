"""Tool bars that keyboard users can reach."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar, QWidget


def reachable_by_tab(bar: QToolBar) -> list[QWidget]:
    """Qt's tool bar buttons take no keyboard focus; make each one a Tab stop, named after its
    action for screen readers (each also keeps its shortcut). Call after the actions are added.
    Returns the buttons in the order they are shown."""
    buttons: list[QWidget] = []
    for action in bar.actions():
        button = bar.widgetForAction(action)
        if button is None or action.isSeparator():
            continue
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        if not button.accessibleName():
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
        buttons.append(button)
    return buttons
