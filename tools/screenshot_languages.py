"""Screenshots of the main screens in each language, theme and text size, and a check that no
text is cut off (for the accessibility and languages work; see docs/TRANSLATING.md).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot_languages.py OUT_DIR
        [--languages en,es,de] [--theme high-contrast] [--scale 2.0] [--size 1280x800]

Writes OUT_DIR/<language>-<theme>-<scale>-<screen>.png for the library, the player (easy pace and
a PMR step), the check-in with two body regions rated, and the history with demo data, and
prints every label or button narrower than its text needs (exit 1 if any).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


def clipped(root: Any) -> list[str]:
    """Labels and buttons shown narrower or shorter than their text needs."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QScrollArea

    found = []
    for widget in root.findChildren(QAbstractButton) + root.findChildren(QLabel):
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        text = widget.text().replace("&", "")
        if not text.strip():
            continue
        past = _past_the_edge(widget, root)
        if past:
            found.append(f"{type(widget).__name__} {text[:50]!r}: {past}")
            continue
        if text.startswith("<"):  # rich text lays itself out
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            need_h = widget.heightForWidth(widget.width())
            if need_h > widget.height() + 1:
                found.append(
                    f"{type(widget).__name__} {text[:50]!r}: {widget.height()} px of {need_h} tall"
                )
            continue
        need = (
            widget.minimumSizeHint().width()
            if isinstance(widget, QAbstractButton)
            else (
                widget.fontMetrics().horizontalAdvance(text.splitlines()[0]) + 2 * widget.margin()
            )
        )
        inside_scroll = any(isinstance(p, QScrollArea) for p in _parents(widget))
        if isinstance(widget, QAbstractButton):
            tall = widget.minimumSizeHint().height()
            if widget.height() + 1 < tall and not inside_scroll:
                found.append(
                    f"{type(widget).__name__} {text[:50]!r}: {widget.height()} px of {tall} tall"
                )
                continue
        if widget.width() + 1 < need and not inside_scroll:
            found.append(
                f"{type(widget).__name__} {text[:50]!r}: {widget.width()} px of {need} wide"
            )
    return found


def _past_the_edge(widget: Any, root: Any) -> str:
    """Whether the widget reaches past the right or bottom edge of what shows it: the viewport
    of the scroll area it is in (when that cannot scroll that way) or the window."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QScrollArea

    area = next((p for p in _parents(widget) if isinstance(p, QScrollArea)), None)
    frame = area.viewport() if area is not None else root
    corner = widget.mapTo(frame, QPoint(widget.width(), widget.height()))
    if corner.x() > frame.width() + 1:
        if (
            area is None
            or area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        ):
            return f"reaches {corner.x() - frame.width()} px past the right edge"
        if not area.horizontalScrollBar().isVisible():
            return f"reaches {corner.x() - frame.width()} px past the right edge"
    if area is None and corner.y() > frame.height() + 1:
        return f"reaches {corner.y() - frame.height()} px past the bottom edge"
    return ""


def _parents(widget: Any) -> list[Any]:
    out = []
    parent = widget.parentWidget()
    while parent is not None:
        out.append(parent)
        parent = parent.parentWidget()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--languages", default="en,es,de")
    parser.add_argument("--theme", default="high-contrast")
    parser.add_argument("--scale", type=float, default=2.0)
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["SOMATIC_PLAYER_HOME"] = tempfile.mkdtemp(prefix="somatic-shot-")
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    from somatic_player.qt.theme import apply_theme
    from somatic_player.qt.translations import install_translations

    width, height = (int(v) for v in args.size.split("x"))
    problems = 0
    for language in args.languages.split(","):
        install_translations(app, language)
        _set_content_language(language)
        apply_theme(app, args.theme, args.scale)
        for screen, make in SCREENS.items():
            widget = make()
            widget.resize(width, height)
            widget.show()
            for _ in range(3):
                app.processEvents()
            name = f"{language}-{args.theme}-{args.scale:g}-{screen}.png"
            widget.grab().save(str(args.out / name))
            cut = clipped(widget)
            problems += len(cut)
            print(name, "ok" if not cut else "")
            for line in cut:
                print("   clipped:", line)
            widget.close()
            widget.deleteLater()
            app.processEvents()
    return 1 if problems else 0


def _set_content_language(language: str) -> None:
    """Routines, prompts and crisis entries in ``language`` where the content layer offers it."""
    from somatic_player.content import library

    setter = getattr(library, "set_language", None)
    if setter is not None:
        setter(language)


def _library() -> Any:
    from somatic_player.content.library import load_library
    from somatic_player.qt.main_window import LibraryWindow

    window = LibraryWindow(load_library())
    window.select_routine("pmr-7")
    return window


def _player(routine_id: str, seconds: float) -> Callable[[], Any]:
    def make() -> Any:
        from somatic_player.audio.engines import NullEngine
        from somatic_player.content.library import default_rules, find_routine
        from somatic_player.qt.player_view import PlayerView
        from somatic_player.qt.session_controller import SessionController, SessionSetup

        routine, _ = find_routine(routine_id)
        now = [1000.0]
        controller = SessionController(
            SessionSetup(routine, rules=default_rules()),
            engine_factory=lambda mixer: (NullEngine(mixer, clock=lambda: now[0]), []),
        )
        view = PlayerView(controller)
        view._keep_controller = controller  # type: ignore[attr-defined]
        controller.start()
        t = 0.0
        while t < seconds:
            now[0] += 0.5
            t += 0.5
            controller.tick()
        return view

    return make


def _checkin() -> Any:
    from somatic_player.core.checkin import BodyMapRatings, RegionRating
    from somatic_player.qt.checkin_flow import checkin_dialog

    dialog = checkin_dialog("before", None, None)
    editor = dialog._extra  # the body-map editor under the ratings
    editor.set_ratings(BodyMapRatings.of([RegionRating(218, 6), RegionRating(111, 3)]))
    return dialog


def _history() -> Any:
    from somatic_player import resources
    from somatic_player.history.demo import fill_demo
    from somatic_player.history.store import Store
    from somatic_player.qt.history_view import HistoryView

    store = Store.open(resources.user_home() / "shots.sqlite3")
    if not store.sessions():
        fill_demo(store, days=60)
    view = HistoryView(store)
    view.refresh()
    return view


SCREENS: dict[str, Callable[[], Any]] = {
    "library": _library,
    "player-breathing": _player("easy-pace", 20),
    "player-pmr": _player("pmr-7", 75),
    "checkin": _checkin,
    "history": _history,
}


if __name__ == "__main__":
    sys.exit(main())
