"""The settings dialog: live changes, Cancel undoes them, keyboard and screen-reader access."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from somatic_player.core.preferences import DEFAULTS, Preferences
from somatic_player.qt.settings_dialog import MIN_TARGET_PX, SettingsDialog
from somatic_player.qt.theme import THEMES, apply_theme

VOICES = ["en-gb", "en-us"]
DEVICES = ["Built-in Audio", "WH-1000XM4 (Bluetooth)"]
INTERACTIVE = (QAbstractButton, QComboBox, QAbstractSpinBox, QAbstractSlider)


def make(qtbot: QtBot, prefs: Preferences = DEFAULTS, **kw: object) -> SettingsDialog:
    kw.setdefault("voices", VOICES)
    kw.setdefault("audio_devices", DEVICES)
    dialog = SettingsDialog(prefs, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def controls(dialog: SettingsDialog) -> list[QWidget]:
    """What a person operates (scroll bars only mirror the wheel and Tab; they take no focus)."""
    return [
        w
        for w in dialog.findChildren(QWidget)
        if isinstance(w, INTERACTIVE) and not isinstance(w, QScrollBar)
    ]


def focus_owner(widget: QWidget | None) -> QWidget | None:
    """The control that owns the focused widget (a spin box owns its line edit)."""
    while widget is not None and not isinstance(widget, INTERACTIVE):
        widget = widget.parentWidget()
    return widget


def test_shows_the_preferences_it_was_given_without_announcing_them(qtbot: QtBot) -> None:
    prefs = DEFAULTS.with_changes(
        cue_style="bell",
        volume_cues=0.35,
        voice="en-us",
        speech_rate_wpm=120,
        theme="dark",
        text_scale=1.5,
        reduced_motion=True,
        audio_device=DEVICES[1],
        av_offset_ms=180,
        default_minutes=12,
        handedness="left",
        capacity="seated",
    )
    announced: list[Preferences] = []

    class Watched(SettingsDialog):
        def _announce(self) -> None:
            announced.append(self.preferences())

    dialog = Watched(prefs, voices=VOICES, audio_devices=DEVICES)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert announced == []
    assert dialog.preferences() == prefs
    assert dialog.volume_labels["volume_cues"].text() == "35 %"
    assert dialog.text_size_combo.currentText() == "150 %"
    assert dialog.av_offset_spin.text() == "180 ms"


def test_volume_changed_by_keyboard_is_announced_at_once(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    slider = dialog.volume_sliders["volume_cues"]
    slider.setFocus()
    with qtbot.waitSignal(dialog.preferences_changed, timeout=1000) as blocker:
        qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert blocker.args == [DEFAULTS.with_changes(volume_cues=0.85)]
    assert dialog.volume_labels["volume_cues"].text() == "85 %"
    with qtbot.waitSignal(dialog.preferences_changed, timeout=1000) as blocker:
        qtbot.keyClick(slider, Qt.Key.Key_End)
    assert blocker.args[0].volume_cues == 1.0


def test_combo_and_spin_box_changes_are_announced(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    seen: list[Preferences] = []
    dialog.preferences_changed.connect(seen.append)
    dialog.theme_combo.setFocus()
    qtbot.keyClick(dialog.theme_combo, Qt.Key.Key_Down)
    dialog.av_offset_spin.setFocus()
    qtbot.keyClick(dialog.av_offset_spin, Qt.Key.Key_Up)
    dialog.motion_combo.setCurrentIndex(1)
    assert [p.theme for p in seen] == ["dark", "dark", "dark"]
    assert [p.av_offset_ms for p in seen] == [0, 10, 10]
    assert seen[-1].reduced_motion is True


def test_typing_a_number_is_announced_once_when_confirmed(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    seen: list[Preferences] = []
    dialog.preferences_changed.connect(seen.append)
    spin = dialog.speech_rate_spin
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "120")
    assert seen == []
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    assert [p.speech_rate_wpm for p in seen] == [120]


def test_ok_keeps_the_changes(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    dialog.handedness_combo.setCurrentIndex(1)
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert dialog.preferences() == DEFAULTS.with_changes(handedness="left")


def test_enter_presses_ok_from_any_field(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    slider = dialog.volume_sliders["volume_voice"]
    slider.setFocus()
    assert dialog.ok_button.isDefault()
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.keyClick(slider, Qt.Key.Key_Return)


def test_cancel_announces_the_original_again(qtbot: QtBot) -> None:
    original = DEFAULTS.with_changes(volume_voice=0.6, theme="dark")
    dialog = make(qtbot, original)
    seen: list[Preferences] = []
    dialog.preferences_changed.connect(seen.append)
    dialog.volume_sliders["volume_voice"].setValue(20)
    dialog.theme_combo.setCurrentIndex(2)
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert seen[-1] == original
    assert len(seen) == 3
    assert dialog.preferences() == original
    assert dialog.volume_labels["volume_voice"].text() == "60 %"


def test_escape_cancels_too(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    dialog.volume_sliders["volume_guide"].setValue(40)
    with qtbot.waitSignal(dialog.preferences_changed, timeout=1000) as blocker:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert blocker.args == [DEFAULTS]
    assert not dialog.isVisible()


def test_cancel_without_changes_announces_nothing(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    with qtbot.assertNotEmitted(dialog.preferences_changed):
        dialog.reject()


def test_restore_defaults_then_cancel(qtbot: QtBot) -> None:
    original = DEFAULTS.with_changes(cue_style="silent", default_minutes=20, audio_device="USB")
    dialog = make(qtbot, original)
    with qtbot.waitSignal(dialog.preferences_changed, timeout=1000) as blocker:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [DEFAULTS]
    assert dialog.preferences() == DEFAULTS
    with qtbot.waitSignal(dialog.preferences_changed, timeout=1000) as blocker:
        dialog.reject()
    assert blocker.args == [original]


def test_a_missing_voice_or_device_is_kept_not_lost(qtbot: QtBot) -> None:
    prefs = DEFAULTS.with_changes(voice="robot", audio_device="Old headset")
    dialog = make(qtbot, prefs)
    assert dialog.voice_combo.currentText() == "robot (not found)"
    assert dialog.device_combo.currentText() == "Old headset (not connected)"
    assert dialog.preferences() == prefs
    assert dialog.voice_combo.itemText(0) == "Default voice"
    assert dialog.device_combo.itemText(0) == "System default"


def test_an_unusual_text_size_is_shown_in_order(qtbot: QtBot) -> None:
    dialog = make(qtbot, DEFAULTS.with_changes(text_scale=1.1))
    combo = dialog.text_size_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "100 %",
        "110 %",
        "125 %",
        "150 %",
        "175 %",
        "200 %",
    ]
    assert combo.currentText() == "110 %"


def test_ranges_come_from_the_model(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    assert (dialog.av_offset_spin.minimum(), dialog.av_offset_spin.maximum()) == (-300, 300)
    assert (dialog.speech_rate_spin.minimum(), dialog.speech_rate_spin.maximum()) == (100, 200)
    assert (dialog.minutes_spin.minimum(), dialog.minutes_spin.maximum()) == (1, 60)
    for slider in dialog.volume_sliders.values():
        assert (slider.minimum(), slider.maximum()) == (0, 100)
    assert dialog.cue_style_combo.count() == 4
    assert dialog.capacity_combo.count() == 3


def test_every_control_has_an_accessible_name_and_a_tooltip(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    found = controls(dialog)
    assert len(found) == 20  # 9 combo boxes, 3 sliders, 4 spin boxes, 1 check box, 3 buttons
    for widget in found:
        assert widget.accessibleName(), widget.objectName() or widget
        assert widget.toolTip(), widget.accessibleName()
    names = [w.accessibleName() for w in found]
    assert len(names) == len(set(names)), "two controls share a name"
    assert dialog.scroll_area.verticalScrollBar().accessibleName()


def test_tab_reaches_every_control_in_reading_order(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    dialog.cue_style_combo.setFocus()
    order: list[QWidget] = []
    for _ in range(60):
        owner = focus_owner(QApplication.focusWidget())
        if owner is not None and owner not in order:
            order.append(owner)
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Tab)
    assert set(order) == {w for w in controls(dialog) if w.isVisibleTo(dialog)}
    names = [w.accessibleName() for w in order]
    sound = names.index("Cue style")
    display = names.index("Theme")
    device = names.index("Output device")
    practice = names.index("Session length in minutes")
    assert sound < display < device < practice < names.index("OK")


@pytest.mark.parametrize("name", THEMES)
@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_targets_are_at_least_44_px_in_every_theme(
    restore_app: QApplication, qtbot: QtBot, name: str, scale: float
) -> None:
    apply_theme(restore_app, name, scale)
    dialog = make(qtbot)
    for widget in controls(dialog):
        assert widget.height() >= MIN_TARGET_PX, (widget.accessibleName(), widget.height())


@pytest.mark.parametrize("name", THEMES)
def test_focus_ring_is_drawn(restore_app: QApplication, qtbot: QtBot, name: str) -> None:
    apply_theme(restore_app, name, 1.0)
    dialog = make(qtbot)
    for widget in (dialog.theme_combo, dialog.volume_sliders["volume_cues"], dialog.ok_button):
        dialog.cancel_button.setFocus()
        before = widget.grab().toImage()
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        after = widget.grab().toImage()
        assert before != after, f"{name}: focus does not show on {widget.accessibleName()}"


def test_large_text_on_a_small_screen_falls_back_to_one_column(
    restore_app: QApplication, qtbot: QtBot
) -> None:
    apply_theme(restore_app, "light", 2.0)
    dialog = make(qtbot)
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    if dialog.sound_group.sizeHint().width() * 2 > screen.width():
        assert dialog.device_group.x() == dialog.sound_group.x()


def test_signals_are_documented() -> None:
    assert "Signals:" in (SettingsDialog.__doc__ or "")
    assert "preferences_changed(object)" in (SettingsDialog.__doc__ or "")
