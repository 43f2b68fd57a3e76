"""Render the body-map editor's screenshots: docs/screenshots/bodymap-{front,back,list}.png.

Usage: python tools/screenshot_bodymap.py [--theme light] [--out docs/screenshots]
                                          [--pages front back list both]

The editor is drawn at 1200 x 800 px with the same five rated areas every time, on Qt's
offscreen platform (no display needed) and with a temporary user folder, so the person's own
data and settings are neither read nor written. Other themes are for looking, not for the docs:
``--theme high-contrast --out /tmp/shots``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ("front", "back", "list", "both")
SIZE_PX = (1200, 800)
# Which area each page has chosen: one on the front, one on the back, a row of the list.
SELECTED = {"front": 107, "back": 218, "list": 129, "both": 129}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--theme", default="light", choices=("light", "dark", "high-contrast"))
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--pages", nargs="+", choices=PAGES, default=["front", "back", "list"])
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="somatic-shots-") as home:
        os.environ["SOMATIC_PLAYER_HOME"] = home
        for path in render(args.theme, args.out, args.pages):
            print(path)
    return 0


def render(theme: str, out: Path, pages: list[str]) -> list[Path]:
    """Save one PNG a page into ``out``; returns their paths."""
    sys.path.insert(0, str(ROOT))  # run from a checkout without installing
    from PySide6.QtWidgets import QApplication

    from somatic_player.core.checkin import BodyMapRatings, RegionRating
    from somatic_player.qt.bodymap_editor import BodyMapEditor
    from somatic_player.qt.theme import apply_theme

    ratings = BodyMapRatings.of(
        [
            RegionRating(107, 6, frozenset({"aching", "stiff"}), worst=True),
            RegionRating(129, 8, frozenset({"sharp", "throbbing"})),
            RegionRating(126, 2, frozenset({"tingling"})),
            RegionRating(218, 5, frozenset({"aching", "stiff"})),
            RegionRating(219, 3, frozenset({"aching"})),
        ]
    )
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    apply_theme(app, theme)
    out.mkdir(parents=True, exist_ok=True)
    saved = []
    for page in pages:
        editor = BodyMapEditor()
        editor.setWindowTitle("Body map")
        editor.set_ratings(ratings)
        editor.resize(*SIZE_PX)
        editor.show()
        editor.set_page(page)
        editor.select(SELECTED[page])
        # Focus where a keyboard user would be, so the focus ring shows too.
        (editor.region_list if page == "list" else editor.map).setFocus()
        app.processEvents()
        path = out / f"bodymap-{page}.png"
        if not editor.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        saved.append(path)
        editor.close()
        editor.deleteLater()
        app.processEvents()
    return saved


if __name__ == "__main__":
    sys.exit(main())
