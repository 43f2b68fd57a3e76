"""Themes: readable contrast in every theme, style sheets that agree, fonts that scale, hints."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QFile, QPoint
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QStyle,
    QStyleOptionButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from somatic_player.qt import theme
from somatic_player.qt.theme import (
    COLORS,
    MIN_CONTRAST,
    TEXT_PAIRS,
    THEMES,
    apply_theme,
    contrast_ratio,
    install_theme_icons,
    load_stylesheet,
    reduced_motion_active,
    scale_font_sizes,
    system_prefers_dark,
    system_prefers_high_contrast,
    system_prefers_reduced_motion,
    theme_path,
)

HEX = re.compile(r"#[0-9a-fA-F]{6}\b")


def rules(qss: str) -> list[tuple[str, dict[str, str]]]:
    """``(selector, {property: value})`` for every rule of a style sheet, comments removed."""
    qss = re.sub(r"/\*.*?\*/", "", qss, flags=re.S)
    out = []
    for block in qss.split("}"):
        if "{" not in block:
            continue
        selector, body = block.split("{", 1)
        decls = {}
        for decl in body.split(";"):
            if ":" in decl:
                key, value = decl.split(":", 1)
                decls[key.strip()] = value.strip()
        out.append((" ".join(selector.split()), decls))
    return out


def colour_of(value: str) -> str | None:
    match = HEX.search(value)
    return match.group(0).lower() if match else None


def test_contrast_ratio_matches_wcag() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    # WCAG's own example: #767676 on white is the lightest grey that passes AA.
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    with pytest.raises(ValueError):
        contrast_ratio("#fff", "#000000")


@pytest.mark.parametrize("name", THEMES)
@pytest.mark.parametrize(("fg", "bg"), TEXT_PAIRS)
def test_main_text_pairs_are_readable(name: str, fg: str, bg: str) -> None:
    colours = COLORS[name]
    ratio = contrast_ratio(getattr(colours, fg), getattr(colours, bg))
    assert ratio >= MIN_CONTRAST[name], f"{name}: {fg} on {bg} is {ratio:.2f}:1"


def test_thresholds_are_aa_for_light_and_dark_and_aaa_for_high_contrast() -> None:
    assert MIN_CONTRAST == {"light": 4.5, "dark": 4.5, "high-contrast": 7.0}
    assert set(COLORS) == set(THEMES) == {"light", "dark", "high-contrast"}


@pytest.mark.parametrize("name", THEMES)
def test_focus_ring_and_control_borders_stand_out(name: str) -> None:
    colours = COLORS[name]
    # WCAG 1.4.11: user-interface components at least 3:1 against what is next to them.
    for background in (colours.window, colours.surface):
        assert contrast_ratio(colours.focus, background) >= 3.0
        assert contrast_ratio(colours.border, background) >= 3.0


@pytest.mark.parametrize("name", THEMES)
def test_every_text_colour_in_the_style_sheet_is_readable(name: str) -> None:
    """Each text colour (placeholders too) on the background its rule sets, or else on both
    the page and the panel colour."""
    colours = COLORS[name]
    minimum = MIN_CONTRAST[name]
    checked = 0
    for selector, decls in rules(theme_path(name).read_text(encoding="utf-8")):
        pairs = []
        bg = colour_of(decls.get("background", decls.get("background-color", "")))
        for key in ("color", "placeholder-text-color"):
            fg = colour_of(decls.get(key, ""))
            if fg:
                pairs += [(fg, bg)] if bg else [(fg, colours.window), (fg, colours.surface)]
        sel_fg = colour_of(decls.get("selection-color", ""))
        sel_bg = colour_of(decls.get("selection-background-color", ""))
        if sel_fg and sel_bg:
            pairs.append((sel_fg, sel_bg))
        for fg, bg in pairs:
            ratio = contrast_ratio(fg, bg)
            assert ratio >= minimum, f"{name}: {selector}: {fg} on {bg} is {ratio:.2f}:1"
            checked += 1
    assert checked >= 10


@pytest.mark.parametrize("name", THEMES)
def test_style_sheet_uses_the_palette_colours(name: str) -> None:
    colours = COLORS[name]
    parsed = dict(rules(theme_path(name).read_text(encoding="utf-8")))
    assert colour_of(parsed["QWidget"]["color"]) == colours.text
    page = parsed["QMainWindow, QDialog, #libraryPage, #settingsPage"]
    assert colour_of(page["background"]) == colours.window
    assert colour_of(parsed["QComboBox:focus, QSpinBox:focus"]["border"]) == colours.focus
    assert colour_of(parsed["QSlider:focus"]["border-color"]) == colours.focus
    assert colour_of(parsed["QPushButton:focus"]["border"]) == colours.focus
    assert colour_of(parsed["QCheckBox:focus"]["border-color"]) == colours.focus
    assert colour_of(parsed["QTreeView:focus"]["border"]) == colours.focus
    tree = parsed["QTreeView"]
    assert (colour_of(tree["background"]), colour_of(tree["color"])) == (
        colours.surface,
        colours.text,
    )
    assert colour_of(tree["selection-background-color"]) == colours.highlight
    assert colour_of(tree["selection-color"]) == colours.highlighted_text


def test_all_themes_style_the_same_things() -> None:
    """A selector added to one theme and forgotten in another would look broken there."""
    selectors = {
        name: [sel for sel, _ in rules(theme_path(name).read_text(encoding="utf-8"))]
        for name in THEMES
    }
    assert selectors["dark"] == selectors["light"]
    assert selectors["high-contrast"] == selectors["light"]


@pytest.mark.parametrize("name", THEMES)
def test_object_names_of_the_library_window_are_still_styled(name: str) -> None:
    qss = theme_path(name).read_text(encoding="utf-8")
    for object_name in (
        "#libraryPage",
        "#searchEdit",
        "#routineList",
        "#detailPane",
        "#routineTitle",
        "#routineMeta",
        "#routinePositions",
        "#emptyListLabel",
        "#routineError",
        "#detailPlaceholder",
    ):
        assert object_name in qss


@pytest.mark.parametrize("name", THEMES)
def test_every_control_kind_has_a_visible_focus_style(name: str) -> None:
    selectors = " ".join(sel for sel, _ in rules(theme_path(name).read_text(encoding="utf-8")))
    for kind in (
        "QComboBox:focus",
        "QSpinBox:focus",
        "QSlider:focus",
        "QPushButton:focus",
        "QCheckBox:focus",
        "QTreeView:focus",
    ):
        assert kind in selectors


@pytest.mark.parametrize("name", THEMES)
def test_check_boxes_have_a_big_visible_box_and_tick(name: str) -> None:
    colours = COLORS[name]
    parsed = dict(rules(theme_path(name).read_text(encoding="utf-8")))
    box = parsed["QCheckBox::indicator"]
    assert int(box["width"].removesuffix("px")) >= 22
    assert int(box["height"].removesuffix("px")) >= 22
    border = colour_of(box["border"])
    assert border is not None
    for background in (colours.window, colours.surface, colour_of(box["background"])):
        assert background is not None
        assert contrast_ratio(border, background) >= 3.0, background
    checked = parsed["QCheckBox::indicator:checked"]
    assert colour_of(checked["background"]) == colours.accent
    assert checked["image"] == f"url({theme.ICON_PREFIX}:{name}-check.svg)"
    # The row is the click target: at least 44 px with its (focus ring) border.
    row = parsed["QCheckBox"]
    ring = int(row["border"].split("px")[0])
    assert int(row["min-height"].removesuffix("px")) + 2 * ring >= 44


@pytest.mark.parametrize("name", THEMES)
def test_disabled_buttons_and_check_boxes_look_unavailable(name: str) -> None:
    parsed = dict(rules(theme_path(name).read_text(encoding="utf-8")))
    assert parsed["QPushButton:disabled"]["border-style"] == "dashed"
    assert parsed["QCheckBox::indicator:disabled"]["border-style"] == "dashed"


@pytest.mark.parametrize("name", THEMES)
def test_body_map_texts_have_their_own_rules(name: str) -> None:
    qss = theme_path(name).read_text(encoding="utf-8")
    for object_name in ("#bodyMapTitle", "#bodyMapHeading", "#bodyMapDetail", "#bodyMapSummary"):
        assert object_name in qss


def pixel(image: QImage, point: QPoint) -> str:
    ratio = image.devicePixelRatio()
    return QColor(image.pixel(round(point.x() * ratio), round(point.y() * ratio))).name()


@pytest.mark.parametrize("name", THEMES)
def test_a_check_box_border_stands_out_when_drawn(
    restore_app: QApplication, qtbot: QtBot, name: str
) -> None:
    """High contrast once drew the box's border black on the black page."""
    apply_theme(restore_app, name)
    page = QWidget()
    qtbot.addWidget(page)
    box = QCheckBox("Aching", page)
    QVBoxLayout(page).addWidget(box)
    page.show()
    qtbot.waitExposed(page)
    option = QStyleOptionButton()
    box.initStyleOption(option)
    indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    assert indicator.width() >= 22 and indicator.height() >= 22
    assert box.height() >= 44
    image = box.grab().toImage()
    edge = pixel(image, QPoint(indicator.left(), indicator.center().y()))
    behind = pixel(image, QPoint(1, 1))
    assert behind == COLORS[name].window
    assert contrast_ratio(edge, behind) >= 3.0, f"{edge} on {behind}"
    box.setChecked(True)
    ticked = pixel(box.grab().toImage(), QPoint(indicator.left() + 3, indicator.top() + 3))
    assert ticked == COLORS[name].accent


@pytest.mark.parametrize("name", THEMES)
def test_a_tree_is_drawn_in_the_theme_s_colours(
    restore_app: QApplication, qtbot: QtBot, name: str
) -> None:
    apply_theme(restore_app, name)
    colours = COLORS[name]
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.setHeaderLabels(["Area", "Rating"])
    group = QTreeWidgetItem(tree, ["Knee"])
    rows = [QTreeWidgetItem(group, [f"Knee {n}", "-"]) for n in range(3)]
    tree.expandAll()
    tree.resize(400, 300)
    tree.show()
    qtbot.waitExposed(tree)
    tree.setCurrentItem(rows[1])
    image = tree.grab().toImage()
    viewport = tree.viewport().geometry()
    selected = tree.visualItemRect(rows[1]).translated(viewport.topLeft())
    empty = QPoint(viewport.center().x(), viewport.bottom() - 10)
    header = tree.header().geometry()
    assert pixel(image, selected.center() + QPoint(60, 0)) == colours.highlight
    assert pixel(image, empty) == colours.surface
    assert pixel(image, QPoint(header.right() - 4, header.center().y())) == colours.window


def test_font_sizes_scale_and_nothing_else_does() -> None:
    qss = "QWidget { font-size: 12pt; padding: 8px; }\nQLabel { font-size:20pt; width: 12px }"
    scaled = scale_font_sizes(qss, 1.5)
    assert "font-size: 18.0pt" in scaled
    assert "font-size:30.0pt" in scaled
    assert "padding: 8px" in scaled and "width: 12px" in scaled
    assert scale_font_sizes(qss, 1.0).count("pt") == 2


@pytest.mark.parametrize("name", THEMES)
def test_loaded_style_sheet_is_scaled(name: str) -> None:
    assert "font-size: 12.0pt" in load_stylesheet(name, 1.0)
    assert "font-size: 24.0pt" in load_stylesheet(name, 2.0)


def test_missing_style_sheet_is_a_warning_not_a_crash(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, tmp_path: object
) -> None:
    monkeypatch.setattr(theme, "theme_path", lambda name: theme_path("nope-" + name))
    assert load_stylesheet("light") == ""
    assert "theme" in caplog.text and "not loaded" in caplog.text


@pytest.mark.parametrize("name", THEMES)
def test_apply_theme_sets_palette_font_and_sheet(restore_app: QApplication, name: str) -> None:
    apply_theme(restore_app, name, 1.5)
    palette = restore_app.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == COLORS[name].window
    assert palette.color(QPalette.ColorRole.WindowText).name() == COLORS[name].text
    assert palette.color(QPalette.ColorRole.Highlight).name() == COLORS[name].highlight
    assert restore_app.font().pointSizeF() == pytest.approx(18.0)
    assert "font-size: 18.0pt" in restore_app.styleSheet()
    assert restore_app.property("somaticTheme") == name


def test_applying_the_same_theme_again_does_not_restyle(
    restore_app: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    apply_theme(restore_app, "dark", 1.25)
    calls: list[str] = []
    monkeypatch.setattr(theme, "load_stylesheet", lambda *a: calls.append("load") or "")
    apply_theme(restore_app, "dark", 1.25)
    assert calls == []
    apply_theme(restore_app, "dark", 1.5)
    assert calls == ["load"]


def test_apply_theme_forgives_bad_input(
    restore_app: QApplication, caplog: pytest.LogCaptureFixture
) -> None:
    apply_theme(restore_app, "neon", 5.0)
    assert "unknown theme 'neon'" in caplog.text
    assert restore_app.property("somaticTheme") == "light"
    assert restore_app.font().pointSizeF() == pytest.approx(24.0)  # clamped to 2.0


def test_theme_images_exist_for_every_theme(qapp: QApplication) -> None:
    folder = install_theme_icons()
    assert folder is not None
    assert install_theme_icons() == folder  # made once
    for name in THEMES:
        for image in ("arrow-up", "arrow-down", "arrow-right", "check"):
            assert QFile.exists(f"{theme.ICON_PREFIX}:{name}-{image}.svg")
        qss = theme_path(name).read_text(encoding="utf-8")
        for used in re.findall(r"url\(([^)]*)\)", qss):
            assert used.startswith(f"{theme.ICON_PREFIX}:{name}-"), used


def test_system_hints_answer_yes_no_or_unknown(qapp: QApplication) -> None:
    for answer in (
        system_prefers_dark(),
        system_prefers_reduced_motion(),
        system_prefers_high_contrast(),
    ):
        assert answer in (True, False, None)


def test_reduced_motion_follows_the_choice_or_the_system(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert reduced_motion_active(True) is True
    assert reduced_motion_active(False) is False
    for system, expected in ((True, True), (False, False), (None, False)):
        monkeypatch.setattr(theme, "system_prefers_reduced_motion", lambda s=system: s)
        assert reduced_motion_active(None) is expected


def test_themes_apply_without_qt_warnings(restore_app: QApplication, qtbot: QtBot) -> None:
    """A style sheet Qt cannot parse logs a warning, and Qt warnings fail tests here."""
    from somatic_player.core.preferences import DEFAULTS
    from somatic_player.qt.settings_dialog import SettingsDialog

    for name in THEMES:
        apply_theme(restore_app, name, 1.25)
        dialog = SettingsDialog(DEFAULTS)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.grab()
        dialog.close()
