"""Patient settings for the editor's preview and length: don't-tense regions picked on the body
map, capacity (lying, seated, standing) and handedness.

The preview and the total length show the routine as adapted to these settings.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from somatic_player.core.bodymap import describe
from somatic_player.core.profile import Profile
from somatic_player.core.routine import POSITIONS
from somatic_player.i18n import QT_TRANSLATE_NOOP, translate
from somatic_player.qt.bodymap_widget import BodyMapWidget

CAPACITY_LABELS = (
    QT_TRANSLATE_NOOP("editor.patient_panel", "Lying only"),
    QT_TRANSLATE_NOOP("editor.patient_panel", "Lying or seated"),
    QT_TRANSLATE_NOOP("editor.patient_panel", "Lying, seated or standing"),
)
HANDEDNESS_LABELS = (
    ("right", QT_TRANSLATE_NOOP("editor.patient_panel", "Right-handed")),
    ("left", QT_TRANSLATE_NOOP("editor.patient_panel", "Left-handed")),
)


class PatientPanel(QWidget):
    """Who the routine is for.

    The settings are saved with the routine (its ``[patient]`` table), so they apply wherever
    the routine is played.

    Signals:
        changed(): a setting changed (the preview and length follow).
        edited(object): the person changed a setting: the new ``[patient]`` table (a dict,
            empty when nothing is set), for the editor's undo stack.
    """

    changed = Signal()
    edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patientPanel")
        self.dont_tense: set[int] = set()
        self.capacity = QComboBox()
        self.capacity.setObjectName("capacityCombo")
        self.capacity.setAccessibleName(translate("editor.patient_panel", "Capacity"))
        for position, label in zip(POSITIONS, CAPACITY_LABELS, strict=True):
            self.capacity.addItem(translate("editor.patient_panel", label), position)
        self.capacity.setCurrentIndex(len(POSITIONS) - 1)
        self.handedness = QComboBox()
        self.handedness.setObjectName("handednessCombo")
        self.handedness.setAccessibleName(translate("editor.patient_panel", "Handedness"))
        for hand, label in HANDEDNESS_LABELS:
            self.handedness.addItem(translate("editor.patient_panel", label), hand)
        self.capacity.activated.connect(self._on_setting_activated)
        self.handedness.activated.connect(self._on_setting_activated)
        self.map = BodyMapWidget()
        self.map.setObjectName("dontTenseMap")
        self.map.setAccessibleName(translate("editor.patient_panel", "Regions not to tense"))
        self.map.setMinimumHeight(300)
        self.map.selectionChanged.connect(self._on_map_selection_changed)
        self.toggle_button = QPushButton(
            translate("editor.patient_panel", "Pick a region on the map")
        )
        self.toggle_button.setObjectName("dontTenseButton")
        self.toggle_button.setEnabled(False)
        self.toggle_button.clicked.connect(self._on_toggle_button_clicked)
        self.chosen = QLabel("")
        self.chosen.setObjectName("dontTenseList")
        self.chosen.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("editor.patient_panel", "Capacity"), self.capacity)
        form.addRow(translate("editor.patient_panel", "Handedness"), self.handedness)
        intro = QLabel(
            translate(
                "editor.patient_panel",
                "Don't-tense regions: muscle groups covering them are guided to let go only, "
                "with no tensing. Pick a region, then mark it.",
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(intro)
        layout.addWidget(self.map, 1)
        layout.addWidget(self.toggle_button)
        layout.addWidget(self.chosen)
        self._show_chosen()

    def profile(self) -> Profile:
        return Profile(
            capacity=self.capacity.currentData(),
            handedness=self.handedness.currentData(),
            dont_tense=frozenset(self.dont_tense),
            breath_hold_screen="cleared",  # the clinician previews everything the routine has
        )

    def settings(self) -> dict[str, object]:
        """The ``[patient]`` table: only what differs from "the person's own settings"."""
        out: dict[str, object] = {}
        if self.dont_tense:
            out["dont_tense"] = sorted(self.dont_tense)
        if self.capacity.currentData() != POSITIONS[-1]:
            out["capacity"] = self.capacity.currentData()
        if self.handedness.currentData() != "right":
            out["handedness"] = self.handedness.currentData()
        return out

    def set_settings(self, table: object) -> None:
        """Show a routine's ``[patient]`` table (None or {} for none), without emitting."""
        data = table if isinstance(table, dict) else {}
        self.dont_tense = {int(c) for c in data.get("dont_tense", ())}
        capacity = self.capacity.findData(data.get("capacity") or POSITIONS[-1])
        self.capacity.setCurrentIndex(max(0, capacity))
        handedness = self.handedness.findData(data.get("handedness") or "right")
        self.handedness.setCurrentIndex(max(0, handedness))
        self._show_chosen()
        self._on_map_selection_changed(self.map.selected() or 0)
        self.changed.emit()

    def toggle_region(self, code: int) -> None:
        """Mark ``code`` as don't-tense, or unmark it."""
        self.dont_tense ^= {code}
        self._show_chosen()
        self._on_map_selection_changed(self.map.selected() or 0)
        self.changed.emit()
        self.edited.emit(self.settings())

    def _show_chosen(self) -> None:
        self.map.set_highlighted(self.dont_tense)
        names = ", ".join(describe(c) for c in sorted(self.dont_tense))
        self.chosen.setText(
            translate("editor.patient_panel", "Not tensed: {regions}").format(regions=names)
            if names
            else translate("editor.patient_panel", "Every region may be tensed.")
        )

    def _on_map_selection_changed(self, code: int) -> None:
        self.toggle_button.setEnabled(bool(code))
        if not code:
            self.toggle_button.setText(
                translate("editor.patient_panel", "Pick a region on the map")
            )
        elif code in self.dont_tense:
            self.toggle_button.setText(
                translate("editor.patient_panel", "Tensing is fine for the {region}").format(
                    region=describe(code)
                )
            )
        else:
            self.toggle_button.setText(
                translate("editor.patient_panel", "Don't tense the {region}").format(
                    region=describe(code)
                )
            )

    def _on_toggle_button_clicked(self) -> None:
        code = self.map.selected()
        if code is not None:
            self.toggle_region(code)

    def _on_setting_activated(self, _index: int) -> None:
        self.changed.emit()
        self.edited.emit(self.settings())
