"""The settings dialog: sound, display, audio device and practice defaults, applied as they change.

The dialog edits a :class:`~somatic_player.core.preferences.Preferences` and nothing else: it
never touches the audio engine, the theme or the disk. Every change is announced at once, so
whoever owns those can apply it live (a volume moved during a session is heard straight away);
Cancel announces the original preferences again so the live changes are undone. Ranges and
choices come from the model, so the dialog cannot offer a value the model would refuse.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from somatic_player.core.preferences import DEFAULTS, Preferences, bounds, choices
from somatic_player.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate
from somatic_player.qt.form_widgets import BigCheckBox
from somatic_player.qt.form_widgets import FormRows as _Rows
from somatic_player.qt.form_widgets import WideComboBox as _ComboBox
from somatic_player.qt.theme import system_prefers_reduced_motion

MIN_TARGET_PX = 44  # smallest height of anything clicked (WCAG 2.5.5)

CONTEXT = "settings_dialog"
# Marked here, translated where they are shown (the language is loaded after import): _tr(text).
_CUE_STYLE_LABELS = {
    "tones": QT_TRANSLATE_NOOP("settings_dialog", "Soft tones"),
    "spoken": QT_TRANSLATE_NOOP("settings_dialog", "Spoken words (“in”, “out”)"),
    "bell": QT_TRANSLATE_NOOP("settings_dialog", "Bell"),
    "silent": QT_TRANSLATE_NOOP("settings_dialog", "Silent (watch the guide)"),
}
_THEME_LABELS = {
    "light": QT_TRANSLATE_NOOP("settings_dialog", "Light"),
    "dark": QT_TRANSLATE_NOOP("settings_dialog", "Dark"),
    "high-contrast": QT_TRANSLATE_NOOP("settings_dialog", "High contrast"),
}
_HANDEDNESS_LABELS = {
    "right": QT_TRANSLATE_NOOP("settings_dialog", "Right hand"),
    "left": QT_TRANSLATE_NOOP("settings_dialog", "Left hand"),
}
_CAPACITY_LABELS = {
    "lying": QT_TRANSLATE_NOOP("settings_dialog", "Lying down only"),
    "seated": QT_TRANSLATE_NOOP("settings_dialog", "Lying or seated"),
    "standing": QT_TRANSLATE_NOOP("settings_dialog", "Lying, seated or standing"),
}
TEXT_SCALE_STEPS = (1.0, 1.25, 1.5, 1.75, 2.0)


def _tr(text: str) -> str:
    return translate(CONTEXT, text)


def _percent(scale: float) -> str:
    return _value_percent(round(scale * 100))


def _value_percent(value: int) -> str:
    return translate("settings_dialog", "{value} %").format(value=value)


_VOLUMES = (
    (
        "volume_cues",
        QT_TRANSLATE_NOOP("settings_dialog", "Cue volume"),
        QT_TRANSLATE_NOOP(
            "settings_dialog", "How loud the tones or bell at each change of breath are."
        ),
    ),
    (
        "volume_voice",
        QT_TRANSLATE_NOOP("settings_dialog", "Voice volume"),
        QT_TRANSLATE_NOOP("settings_dialog", "How loud the spoken guidance is."),
    ),
    (
        "volume_guide",
        QT_TRANSLATE_NOOP("settings_dialog", "Breath guide volume"),
        QT_TRANSLATE_NOOP(
            "settings_dialog",
            "A soft sound that rises as you breathe in and falls as you breathe out. "
            "At 0 % it is off.",
        ),
    ),
)


SCREEN_SHARE = 0.9  # of the screen's width, at most, for the dialog


class _WordsSpinBox(QSpinBox):
    """A spin box that may be narrower than Qt's hint (which leaves room to spare) but never
    narrower than its longest value with its words ("200 palabras por minuto"), so a long
    translation at large text fits the dialog instead of pushing it past the screen."""

    def __init__(self) -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        longest = max(
            metrics.horizontalAdvance(self.textFromValue(v) + self.suffix())
            for v in (self.minimum(), self.maximum())
        )
        # The arrows' room (the themes pad 2.4 em) and the text's margins.
        return QSize(longest + 4 * metrics.height(), super().minimumSizeHint().height())


class SettingsDialog(QDialog):
    """Edits preferences in four groups: Sound, Display, Audio device and Practice.

    ``voices`` and ``audio_devices`` are the names to offer (the speech engine's voices, the
    output devices); the first entry of each list is always "use the default". A saved voice or
    device that is not in the list stays selectable, marked as not found, so opening the dialog
    never changes it. :meth:`preferences` is the edited result; after ``accepted`` it is final.
    Open it with ``open()`` (window-modal, the session keeps running behind it) and connect
    ``accepted`` to save :meth:`preferences`.

    Signals:
        preferences_changed(object): a :class:`Preferences` after every change a person makes,
            so it can be applied live; after Cancel, once more with the original preferences
            (only if something had changed). Not emitted while the dialog is being filled in.
    """

    preferences_changed = Signal(object)

    def __init__(
        self,
        preferences: Preferences,
        *,
        voices: Sequence[str] = (),
        audio_devices: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(translate("settings_dialog", "Settings"))
        self.setAccessibleName(translate("settings_dialog", "Settings"))
        self._original = preferences
        self._last_emitted = preferences
        self._filling = False
        self._voices = list(voices)
        self._devices = list(audio_devices)

        self.sound_group = QGroupBox(translate("settings_dialog", "Sound"))
        self.display_group = QGroupBox(translate("settings_dialog", "Display"))
        self.device_group = QGroupBox(translate("settings_dialog", "Audio device"))
        self.practice_group = QGroupBox(translate("settings_dialog", "Practice"))
        # Created in reading order (column by column), which is also the Tab order.
        self._build_sound(_Rows(self.sound_group))
        self._build_display(_Rows(self.display_group))
        self._build_device(_Rows(self.device_group))
        self._build_practice(_Rows(self.practice_group))

        self.page = QWidget()
        self.page.setObjectName("settingsPage")
        row = QHBoxLayout(self.page)
        row.setContentsMargins(4, 4, 4, 4)
        row.setSpacing(20)
        self._left = QVBoxLayout()
        self._right = QVBoxLayout()
        for column in (self._left, self._right):
            column.setSpacing(10)
            row.addLayout(column, 1)
        self._columns = 0
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("settingsScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.page)
        self.scroll_area.verticalScrollBar().setAccessibleName(
            translate("settings_dialog", "Scroll settings")
        )
        self.scroll_area.horizontalScrollBar().setAccessibleName(
            translate("settings_dialog", "Scroll settings sideways")
        )

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.RestoreDefaults
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Ok
        )
        self.ok_button = self._button(
            QDialogButtonBox.StandardButton.Ok,
            translate("settings_dialog", "OK"),
            translate("settings_dialog", "Keep these settings and close"),
        )
        self.cancel_button = self._button(
            QDialogButtonBox.StandardButton.Cancel,
            translate("settings_dialog", "Cancel"),
            translate(
                "settings_dialog",
                "Close and go back to the settings you had before opening this window",
            ),
        )
        self.restore_button = self._button(
            QDialogButtonBox.StandardButton.RestoreDefaults,
            translate("settings_dialog", "Restore defaults"),
            translate(
                "settings_dialog", "Put every setting back to how it was when the app was installed"
            ),
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)

        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(20, 14, 20, 16)
        self._outer.setSpacing(12)
        self._outer.addWidget(self.scroll_area, 1)
        self._outer.addWidget(self.buttons)
        # Only now that it is inside the dialog: Enter anywhere then presses OK.
        self.ok_button.setDefault(True)
        self.cue_style_combo.setFocus()

        self._fill(preferences)
        self._arrange()
        self._fit_to_screen()

    # --- public -----------------------------------------------------------------------------

    def original(self) -> Preferences:
        """The preferences the dialog was opened with (what Cancel returns to)."""
        return self._original

    def preferences(self) -> Preferences:
        """The preferences as the controls show them now."""
        return self._original.with_changes(
            cue_style=self.cue_style_combo.currentData(),
            volume_cues=self.volume_sliders["volume_cues"].value() / 100,
            volume_voice=self.volume_sliders["volume_voice"].value() / 100,
            volume_guide=self.volume_sliders["volume_guide"].value() / 100,
            voice=self.voice_combo.currentData(),
            speech_rate_wpm=self.speech_rate_spin.value(),
            theme=self.theme_combo.currentData(),
            text_scale=self.text_size_combo.currentData(),
            reduced_motion=self.motion_combo.currentData(),
            screen_flash=self.flash_check.isChecked(),
            language=self.language_combo.currentData(),
            audio_device=self.device_combo.currentData(),
            av_offset_ms=self.av_offset_spin.value(),
            default_minutes=self.minutes_spin.value(),
            handedness=self.handedness_combo.currentData(),
            capacity=self.capacity_combo.currentData(),
            integration_hours=self.integration_spin.value(),
        )

    def restore_defaults(self) -> None:
        """Show the default settings (and announce them); OK keeps them, Cancel undoes it."""
        self._fill(DEFAULTS)
        self._announce()

    def accept(self) -> None:
        for spin in (
            self.speech_rate_spin,
            self.av_offset_spin,
            self.minutes_spin,
            self.integration_spin,
        ):
            spin.interpretText()  # a number typed but not yet confirmed still counts
        self._announce()
        super().accept()

    def reject(self) -> None:
        if self._last_emitted != self._original:
            self._fill(self._original)
            self._last_emitted = self._original
            self.preferences_changed.emit(self._original)
        super().reject()

    # --- building ---------------------------------------------------------------------------

    @staticmethod
    def _row(
        form: _Rows, label: str, field: QWidget, tip: str, control: QWidget | None = None
    ) -> None:
        """A labelled row. ``control`` is what takes focus (``field`` unless it is a row of
        several widgets); the label names it for screen readers unless it already has a name."""
        control = field if control is None else control
        caption = QLabel(label)
        caption.setBuddy(control)
        if not control.accessibleName():
            control.setAccessibleName(label)
        control.setToolTip(tip)
        control.setAccessibleDescription(tip)
        form.add(caption, field)

    def _combo(self, name: str, items: Sequence[tuple[str, Any]]) -> QComboBox:
        combo = _ComboBox(shrinks=True)
        combo.setObjectName(name)
        combo.setMinimumHeight(MIN_TARGET_PX)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for text, data in items:
            combo.addItem(text, data)
        combo.currentIndexChanged.connect(self._on_control_changed)
        return combo

    def _spin(self, name: str, field: str, step: int, suffix: str) -> QSpinBox:
        spin = _WordsSpinBox()
        spin.setObjectName(name)
        lo, hi = bounds(field)
        spin.setRange(int(lo), int(hi))
        spin.setSingleStep(step)
        spin.setSuffix(suffix)
        spin.setMinimumHeight(MIN_TARGET_PX)
        spin.setAccelerated(True)
        spin.lineEdit().setTextMargins(6, 0, 0, 0)  # style sheets cannot pad a spin box's text
        # Typing "120" should not announce 1 and 12 on the way; arrows still apply at once.
        spin.setKeyboardTracking(False)
        spin.valueChanged.connect(self._on_control_changed)
        return spin

    def _build_sound(self, form: _Rows) -> None:
        self.cue_style_combo = self._combo(
            "cueStyleCombo", [(_tr(_CUE_STYLE_LABELS[v]), v) for v in choices("cue_style")]
        )
        self._row(
            form,
            translate("settings_dialog", "Cue style"),
            self.cue_style_combo,
            translate(
                "settings_dialog",
                "The sound that marks each change between breathing in and breathing out.",
            ),
        )
        self.volume_sliders: dict[str, QSlider] = {}
        self.volume_labels: dict[str, QLabel] = {}
        for field, marked_name, marked_tip in _VOLUMES:
            name, tip = _tr(marked_name), _tr(marked_tip)
            self._row(form, name, self._volume_row(field, name), tip, self.volume_sliders[field])
        self.voice_combo = self._combo(
            "voiceCombo",
            [(translate("settings_dialog", "Default voice"), ""), *((v, v) for v in self._voices)],
        )
        self._row(
            form,
            translate("settings_dialog", "Voice"),
            self.voice_combo,
            translate("settings_dialog", "The voice that reads the guidance aloud."),
        )
        self.speech_rate_spin = self._spin(
            "speechRateSpin",
            "speech_rate_wpm",
            5,
            translate("settings_dialog", " words a minute"),
        )
        self._row(
            form,
            translate("settings_dialog", "Speaking pace"),
            self.speech_rate_spin,
            translate(
                "settings_dialog",
                "How fast the voice speaks. Slower is often easier to follow with eyes closed.",
            ),
        )

    def _volume_row(self, field: str, accessible_name: str) -> QFrame:
        row = QFrame()
        row.setObjectName(f"{field}Row")
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setObjectName(f"{field}Slider")
        slider.setAccessibleName(accessible_name)
        lo, hi = bounds(field)
        slider.setRange(round(lo * 100), round(hi * 100))
        slider.setSingleStep(5)
        slider.setPageStep(10)
        slider.setMinimumHeight(MIN_TARGET_PX)
        slider.setMinimumWidth(200)
        slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        value = QLabel()
        value.setObjectName("settingsValue")
        value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        value.setMinimumWidth(value.fontMetrics().horizontalAdvance(_value_percent(100)) + 8)
        # The label repeats the slider's value for sighted people; screen readers read the slider.
        value.setAccessibleName(
            translate("settings_dialog", "{setting} value").format(setting=accessible_name)
        )
        slider.valueChanged.connect(lambda v, lab=value: lab.setText(_value_percent(v)))
        slider.valueChanged.connect(self._on_control_changed)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(10)
        box.addWidget(slider, 1)
        box.addWidget(value)
        self.volume_sliders[field] = slider
        self.volume_labels[field] = value
        return row

    def _build_display(self, form: _Rows) -> None:
        self.theme_combo = self._combo(
            "themeCombo", [(_tr(_THEME_LABELS[v]), v) for v in choices("theme")]
        )
        self._row(
            form,
            translate("settings_dialog", "Theme"),
            self.theme_combo,
            translate(
                "settings_dialog",
                "Colours of the app. High contrast uses white text on black with yellow focus.",
            ),
        )
        self.text_size_combo = self._combo(
            "textSizeCombo", [(_percent(s), s) for s in TEXT_SCALE_STEPS]
        )
        self._row(
            form,
            translate("settings_dialog", "Text size"),
            self.text_size_combo,
            translate("settings_dialog", "Make all text in the app larger."),
        )
        system = system_prefers_reduced_motion()
        if system is None:
            follow = translate("settings_dialog", "Follow system setting")
        elif system:
            follow = translate("settings_dialog", "Follow system setting (less motion)")
        else:
            follow = translate("settings_dialog", "Follow system setting (full motion)")
        self.motion_combo = self._combo(
            "motionCombo",
            [
                (follow, None),
                (translate("settings_dialog", "Less motion"), True),
                (translate("settings_dialog", "Full motion"), False),
            ],
        )
        self._row(
            form,
            translate("settings_dialog", "Motion"),
            self.motion_combo,
            translate(
                "settings_dialog",
                "Less motion keeps moving and zooming on screen to a minimum, "
                "for people who feel dizzy or unwell with on-screen movement.",
            ),
        )
        # Audio is never the only channel: each change of breath can show on screen too.
        self.flash_check = BigCheckBox(
            translate("settings_dialog", "Pulse the screen gently at each breath cue")
        )
        self.flash_check.setObjectName("screenFlashCheck")
        flash_tip = translate(
            "settings_dialog",
            "For when you cannot hear the cues: a soft, brief glow over the breathing guide "
            "at each change of breath, at most once a second. With less motion, its border "
            "changes colour instead.",
        )
        self.flash_check.setAccessibleName(self.flash_check.text())
        self.flash_check.setToolTip(flash_tip)
        self.flash_check.setAccessibleDescription(flash_tip)
        self.flash_check.toggled.connect(self._on_control_changed)
        form.add_wide(self.flash_check)
        flash_hint = QLabel(flash_tip)
        flash_hint.setObjectName("settingsHint")
        flash_hint.setWordWrap(True)
        form.add_wide(flash_hint)
        # Each language is named in its own words, so anyone can find theirs.
        languages = [(LANGUAGES[code], code) for code in choices("language") if code in LANGUAGES]
        self.language_combo = self._combo(
            "languageCombo",
            [(translate("settings_dialog", "Same as the system"), ""), *languages],
        )
        self._row(
            form,
            translate("settings_dialog", "Language"),
            self.language_combo,
            translate(
                "settings_dialog",
                "The language of the app's words. Same as the system follows your desktop.",
            ),
        )
        # The interface language is loaded when the app starts, so a change waits for then.
        self.language_note = QLabel(
            translate(
                "settings_dialog",
                "The new language is used the next time Somatic Player starts.",
            )
        )
        self.language_note.setObjectName("settingsHint")
        self.language_note.setWordWrap(True)
        self.language_note.hide()
        form.add_wide(self.language_note)
        self.language_combo.currentIndexChanged.connect(self._update_language_note)

    def _build_device(self, form: _Rows) -> None:
        self.device_combo = self._combo(
            "audioDeviceCombo",
            [
                (translate("settings_dialog", "System default"), ""),
                *((d, d) for d in self._devices),
            ],
        )
        self.device_combo.setAccessibleName(translate("settings_dialog", "Output device"))
        self._row(
            form,
            translate("settings_dialog", "Output"),
            self.device_combo,
            translate("settings_dialog", "Where sound is played."),
        )
        self.av_offset_spin = self._spin(
            "avOffsetSpin", "av_offset_ms", 10, translate("settings_dialog", " ms")
        )
        self._row(
            form,
            translate("settings_dialog", "Sound delay"),
            self.av_offset_spin,
            translate(
                "settings_dialog",
                "How much later the sound reaches you than the picture. "
                "Raise it if cues come after the breathing guide moves.",
            ),
        )
        self.av_offset_spin.setAccessibleName(
            translate("settings_dialog", "Sound delay in milliseconds")
        )
        hint = QLabel(
            translate(
                "settings_dialog",
                "For Bluetooth headphones, which play sound late: if the cues come after the "
                "breathing guide moves, raise this (often 150 to 250 ms) until they match.",
            )
        )
        hint.setObjectName("settingsHint")
        hint.setWordWrap(True)
        form.add_wide(hint)

    def _build_practice(self, form: _Rows) -> None:
        self.minutes_spin = self._spin(
            "defaultMinutesSpin", "default_minutes", 1, translate("settings_dialog", " min")
        )
        self._row(
            form,
            translate("settings_dialog", "Session length"),
            self.minutes_spin,
            translate(
                "settings_dialog", "How long a practice lasts when a routine lets you choose."
            ),
        )
        self.minutes_spin.setAccessibleName(
            translate("settings_dialog", "Session length in minutes")
        )
        self.handedness_combo = self._combo(
            "handednessCombo", [(_tr(_HANDEDNESS_LABELS[v]), v) for v in choices("handedness")]
        )
        self._row(
            form,
            translate("settings_dialog", "Dominant hand"),
            self.handedness_combo,
            translate(
                "settings_dialog", "Exercises that name your dominant side start with this hand."
            ),
        )
        self.capacity_combo = self._combo(
            "capacityCombo", [(_tr(_CAPACITY_LABELS[v]), v) for v in choices("capacity")]
        )
        self._row(
            form,
            translate("settings_dialog", "Positions"),
            self.capacity_combo,
            translate(
                "settings_dialog",
                "Routines only ask for positions you can use; others are adapted.",
            ),
        )
        self.integration_spin = self._spin(
            "integrationHoursSpin",
            "integration_hours",
            12,
            translate("settings_dialog", " hours"),
        )
        self._row(
            form,
            translate("settings_dialog", "Integration days"),
            self.integration_spin,
            translate(
                "settings_dialog",
                "How long practice stays lighter after a logged ketamine-assisted session. "
                "The first 24 hours, or until you have slept, always keep to lying or seated.",
            ),
        )
        self.integration_spin.setAccessibleName(
            translate("settings_dialog", "Integration days length in hours")
        )

    def _button(self, which: QDialogButtonBox.StandardButton, text: str, tip: str) -> QPushButton:
        button = self.buttons.button(which)
        button.setText(text)
        button.setAccessibleName(text)
        button.setToolTip(tip)
        button.setMinimumHeight(MIN_TARGET_PX)
        button.setMinimumWidth(110)
        return button

    # --- layout -----------------------------------------------------------------------------

    def _arrange(self) -> None:
        """Two columns when they fit on the screen, else one (large text on a small screen).

        Sound and Display on the left, Audio device and Practice on the right: reading order,
        Tab order (the order the controls were made in) and the single-column order agree.
        """
        groups = (self.sound_group, self.display_group, self.device_group, self.practice_group)
        columns = 2
        screen = self.screen()
        if screen is not None:
            wide = max(g.sizeHint().width() for g in groups[:2])
            wide += max(g.sizeHint().width() for g in groups[2:])
            # The dialog may take SCREEN_SHARE of the screen (_fit_to_screen); two columns wider
            # than that were cut at the right (German at 100% text: 22 px, behind the scroll bar).
            if wide + 120 > int(screen.availableGeometry().width() * SCREEN_SHARE):
                columns = 1
        if columns == self._columns:
            return
        self._columns = columns
        for column in (self._left, self._right):
            while column.count():
                column.takeAt(0)
        self._left.addWidget(self.sound_group)
        self._left.addWidget(self.display_group)
        rest = self._left if columns == 1 else self._right
        rest.addWidget(self.device_group)
        rest.addWidget(self.practice_group)
        self._left.addStretch(1)
        self._right.addStretch(1)

    def _fit_to_screen(self) -> None:
        """As large as the content wants, up to nine tenths of the screen; it scrolls beyond."""
        self.page.adjustSize()
        want = self.page.sizeHint()
        buttons = self.buttons.sizeHint()
        margins = self._outer.contentsMargins()
        width = want.width() + margins.left() + margins.right() + 24
        height = want.height() + buttons.height() + margins.top() + margins.bottom() + 40
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width = min(width, int(room.width() * SCREEN_SHARE))
            height = min(height, int(room.height() * 0.94))
        self.resize(max(width, self.width() if self.isVisible() else 0), height)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # The text size changed live (theme applied while the dialog is open): re-fit.
        if event.type() == QEvent.Type.FontChange and self._columns:
            self._arrange()
            self._fit_to_screen()
            # Once the new layout is in place, scroll back to where the person was.
            QTimer.singleShot(0, self, self._keep_focus_in_view)

    def _keep_focus_in_view(self) -> None:
        focus = self.focusWidget()
        if focus is not None and self.page.isAncestorOf(focus):
            self.scroll_area.ensureWidgetVisible(focus, 16, 16)

    # --- state ------------------------------------------------------------------------------

    def _fill(self, preferences: Preferences) -> None:
        """Show these preferences without announcing each control's change."""
        self._filling = True
        try:
            self._select(self.cue_style_combo, preferences.cue_style)
            for field, slider in self.volume_sliders.items():
                slider.setValue(round(getattr(preferences, field) * 100))
                self.volume_labels[field].setText(_value_percent(slider.value()))
            self._select(self.voice_combo, preferences.voice, _not_found)
            self.speech_rate_spin.setValue(preferences.speech_rate_wpm)
            self._select(self.theme_combo, preferences.theme)
            self._select(self.text_size_combo, preferences.text_scale, _percent)
            self._select(self.motion_combo, preferences.reduced_motion)
            self.flash_check.setChecked(preferences.screen_flash)
            self._select(self.language_combo, preferences.language)
            self._select(self.device_combo, preferences.audio_device, _not_connected)
            self.av_offset_spin.setValue(preferences.av_offset_ms)
            self.minutes_spin.setValue(preferences.default_minutes)
            self._select(self.handedness_combo, preferences.handedness)
            self._select(self.capacity_combo, preferences.capacity)
            self.integration_spin.setValue(preferences.integration_hours)
        finally:
            self._filling = False
        self._update_language_note()

    @staticmethod
    def _select(combo: QComboBox, value: Any, describe: Callable[[Any], str] = str) -> None:
        """Select the item holding ``value``; add one (e.g. an unplugged device) if none does."""
        for i in range(combo.count()):
            data = combo.itemData(i)
            if data == value and type(data) is type(value):
                combo.setCurrentIndex(i)
                return
        text = describe(value)
        at = combo.count()
        if isinstance(value, float):  # keep sizes in order: 100 %, 110 %, 125 % ...
            at = next((i for i in range(at) if combo.itemData(i) > value), at)
        combo.insertItem(at, text, value)
        combo.setCurrentIndex(at)

    def _announce(self) -> None:
        current = self.preferences()
        if current != self._last_emitted:
            self._last_emitted = current
            self.preferences_changed.emit(current)

    def _on_control_changed(self, *_args: object) -> None:
        if not self._filling:
            self._announce()

    def _update_language_note(self, *_args: object) -> None:
        """Say when the new language takes effect, while it differs from the one in use."""
        changed = self.language_combo.currentData() != self._original.language
        self.language_note.setVisible(changed)

    def _on_restore_button_clicked(self) -> None:
        self.restore_defaults()


def _not_found(voice: str) -> str:
    return translate("settings_dialog", "{voice} (not found)").format(voice=voice)


def _not_connected(device: str) -> str:
    return translate("settings_dialog", "{device} (not connected)").format(device=device)
