"""Export the history for a date range: a CSV file, the clinician PDF report or a FHIR R4 file.

The export runs in a worker thread with its own connection to the history database (an SQLite
connection belongs to the thread that opened it; WAL lets it read while the app writes), so the
window stays responsive while the progress bar moves. ``export_to(path)`` starts an export with
a given file name, so tests never meet a native file dialog; the Export button asks for one.
Nothing is written anywhere but the chosen file, atomically (see ``history.exports``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from somatic_player.i18n import QT_TRANSLATE_NOOP, translate
from somatic_player.qt.crisis_dialog import big_button, keep_text_unclipped

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportFormat:
    """``label`` and ``files`` (the file dialog's name for such files) are marked for
    translation and translated where shown; ``file_filter`` is the dialog's filter."""

    key: str
    label: str
    suffix: str
    files: str
    journal: bool  # can it carry journal entries?

    @property
    def file_filter(self) -> str:
        """``"CSV files (*.csv)"`` in the person's language (the pattern stays as it is)."""
        return f"{translate('export_dialog', self.files)} (*{self.suffix})"


FORMATS = (
    ExportFormat(
        "csv",
        QT_TRANSLATE_NOOP("export_dialog", "CSV table (for spreadsheets)"),
        ".csv",
        QT_TRANSLATE_NOOP("export_dialog", "CSV files"),
        True,
    ),
    ExportFormat(
        "pdf",
        QT_TRANSLATE_NOOP("export_dialog", "PDF report (for your clinician)"),
        ".pdf",
        QT_TRANSLATE_NOOP("export_dialog", "PDF files"),
        True,
    ),
    ExportFormat(
        "fhir",
        QT_TRANSLATE_NOOP("export_dialog", "FHIR R4 file (for health record systems)"),
        ".json",
        QT_TRANSLATE_NOOP("export_dialog", "FHIR JSON"),
        False,
    ),
)
_FORMAT = {f.key: f for f in FORMATS}
# (key, label): the labels are translated where shown.
PRESETS = (
    ("30", QT_TRANSLATE_NOOP("export_dialog", "Last 30 days")),
    ("90", QT_TRANSLATE_NOOP("export_dialog", "Last 90 days")),
    ("365", QT_TRANSLATE_NOOP("export_dialog", "Last 12 months")),
    ("all", QT_TRANSLATE_NOOP("export_dialog", "All dates")),
    ("custom", QT_TRANSLATE_NOOP("export_dialog", "Choose dates")),
)


@dataclass(frozen=True)
class ExportJob:
    """One export, everything the worker needs (no Qt objects, no open connection)."""

    format: str
    path: Path
    store_path: Path
    since: datetime | None
    until: datetime | None
    include_journal: bool


def run_export(job: ExportJob, progress: Progress) -> str:
    """Open a store on ``job.store_path`` in this thread, export, return a one-line summary.

    Raises ExportError or StoreError with a plain message.
    """
    from somatic_player.history.store import Store

    with Store.open(job.store_path) as store:
        if job.format == "csv":
            from somatic_player.history.exports import export_csv

            rows = export_csv(
                store,
                job.path,
                since=job.since,
                until=job.until,
                include_journal=job.include_journal,
                progress=progress,
            )
            return translate("export_dialog", "%n row(s)", None, rows)
        if job.format == "fhir":
            from somatic_player.history.exports import export_fhir

            count = export_fhir(
                store, job.path, since=job.since, until=job.until, progress=progress
            )
            return translate("export_dialog", "%n observation(s)", None, count)
        from somatic_player.qt.report_pdf import write_report

        pages = write_report(
            store,
            job.path,
            since=job.since,
            until=job.until,
            include_journal=job.include_journal,
            progress=progress,
        )
        return translate("export_dialog", "%n page(s)", None, pages)


class ExportThread(QThread):
    """Runs one ExportJob.

    Signals:
        progressed(int, int): done and total steps, from the worker thread.
        succeeded(str): a one-line summary of what was written.
        failed(str): why nothing was written.
    """

    progressed = Signal(int, int)
    succeeded = Signal(str)
    failed = Signal(str)

    def __init__(self, job: ExportJob, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job = job

    def run(self) -> None:
        from somatic_player.history.exports import ExportError
        from somatic_player.history.store import StoreError

        try:
            summary = run_export(self.job, self.progressed.emit)
        except (ExportError, StoreError) as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a worker must report, never die silently
            self.failed.emit(
                translate("export_dialog", "something went wrong ({error})").format(
                    error=f"{type(exc).__name__}: {exc}"
                )
            )
        else:
            self.succeeded.emit(summary)


def local_midnight(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ExportDialog(QDialog):
    """Choose a format, dates and whether journal entries go along; then export with progress.

    Signals:
        exported(str): the path of a file that was written.
    """

    exported = Signal(str)

    def __init__(
        self,
        store_path: Path,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(translate("export_dialog", "Export your history"))
        self._store_path = Path(store_path)
        self._today = today or date.today()
        self._folder = folder
        self._thread: ExportThread | None = None
        self._job: ExportJob | None = None
        self.saved_path: Path | None = None

        title = QLabel(translate("export_dialog", "Export your history"))
        title.setObjectName("checkInTitle")
        intro = QLabel(
            translate(
                "export_dialog",
                "Your history stays on this computer. An export writes a copy to a file you "
                "choose, to keep or to share with your care team.",
            )
        )
        intro.setObjectName("checkInHint")
        intro.setWordWrap(True)

        format_box = QGroupBox(translate("export_dialog", "Format"))
        format_layout = QVBoxLayout(format_box)
        self.format_group = QButtonGroup(self)
        self.format_buttons: dict[str, QRadioButton] = {}
        for n, fmt in enumerate(FORMATS):
            button = QRadioButton(translate("export_dialog", fmt.label))
            button.setObjectName(f"exportFormat_{fmt.key}")
            self.format_group.addButton(button, n)
            self.format_buttons[fmt.key] = button
            format_layout.addWidget(button)
        self.format_buttons["pdf"].setChecked(True)

        dates_box = QGroupBox(translate("export_dialog", "Dates"))
        grid = QGridLayout(dates_box)
        self.preset_combo = QComboBox()
        self.preset_combo.setObjectName("exportPreset")
        for key, label in PRESETS:
            self.preset_combo.addItem(translate("export_dialog", label), key)
        self.from_edit = self._date_edit("exportFrom")
        self.to_edit = self._date_edit("exportTo")
        preset_label = QLabel(translate("export_dialog", "&Period"))
        from_label = QLabel(translate("export_dialog", "&From"))
        to_label = QLabel(translate("export_dialog", "&To"))
        preset_label.setBuddy(self.preset_combo)
        from_label.setBuddy(self.from_edit)
        to_label.setBuddy(self.to_edit)
        for row, (caption, field) in enumerate(
            (
                (preset_label, self.preset_combo),
                (from_label, self.from_edit),
                (to_label, self.to_edit),
            )
        ):
            grid.addWidget(caption, row, 0)
            grid.addWidget(field, row, 1)
        grid.setColumnStretch(1, 1)

        self.journal_check = QCheckBox(translate("export_dialog", "Include &journal entries"))
        self.journal_check.setObjectName("exportJournal")
        self.journal_note = QLabel(
            translate(
                "export_dialog",
                "Journal entries are private notes. Include them only if you want whoever reads "
                "the file to see them.",
            )
        )
        self.journal_note.setObjectName("checkInHint")
        self.journal_note.setWordWrap(True)

        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("exportProgress")
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self.progress_bar.setTextVisible(True)
        self.progress_bar.setAccessibleName(translate("export_dialog", "Export progress"))
        self.status_label = QLabel("")
        self.status_label.setObjectName("checkInHint")
        self.status_label.setWordWrap(True)
        # Keyboard users can read (and copy) the result: focus moves here while the export runs,
        # when every input is disabled.
        self.status_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.status_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.status_label.setAccessibleName(translate("export_dialog", "Export status"))

        self.open_folder_button = big_button(
            translate("export_dialog", "Open folder"),
            "exportOpenFolder",
            translate("export_dialog", "Show the folder of the saved file"),
        )
        self.open_folder_button.hide()
        self.export_button = big_button(
            translate("export_dialog", "&Export…"),
            "exportButton",
            translate("export_dialog", "Choose a file and export"),
            primary=True,
        )
        self.export_button.setDefault(True)
        self.close_button = big_button(
            translate("export_dialog", "Close"),
            "exportClose",
            translate("export_dialog", "Close this window"),
        )

        column = QVBoxLayout(self)
        column.setContentsMargins(24, 20, 24, 18)
        column.setSpacing(12)
        column.addWidget(title)
        column.addWidget(intro)
        column.addWidget(format_box)
        column.addWidget(dates_box)
        column.addWidget(self.journal_check)
        column.addWidget(self.journal_note)
        column.addWidget(self.progress_bar)
        column.addWidget(self.status_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.export_button)
        column.addLayout(buttons)

        self.format_group.idToggled.connect(self._on_format_group_id_toggled)
        self.preset_combo.currentIndexChanged.connect(self._on_preset_combo_changed)
        self.from_edit.dateChanged.connect(self._on_date_edit_changed)
        self.to_edit.dateChanged.connect(self._on_date_edit_changed)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.close_button.clicked.connect(self.reject)
        self.open_folder_button.clicked.connect(self._on_open_folder_button_clicked)
        self.set_preset("30")
        self._update_journal()
        keep_text_unclipped(self)
        # The first focus is on the chosen format, so a stray Space cannot change it.
        self.format_buttons[self.format()].setFocus()

    # -- state ---------------------------------------------------------------------------------

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(
            translate(
                "export_dialog",
                "d MMM yyyy",
                "Qt date format of the date fields: d day, MMM month, yyyy year",
            )
        )
        edit.setMaximumDate(_qdate(self._today))
        return edit

    def format(self) -> str:
        return FORMATS[self.format_group.checkedId()].key

    def set_format(self, key: str) -> None:
        self.format_buttons[key].setChecked(True)

    def preset(self) -> str:
        return str(self.preset_combo.currentData())

    def set_preset(self, key: str) -> None:
        self.preset_combo.setCurrentIndex(self.preset_combo.findData(key))
        self._apply_preset()

    def set_dates(self, first: date, last: date) -> None:
        """Choose the days (both included); the period becomes "Choose dates"."""
        self.from_edit.setDate(_qdate(first))
        self.to_edit.setDate(_qdate(last))

    def date_range(self) -> tuple[datetime | None, datetime | None]:
        """[since, until) in local time: midnight of the first day and of the day after the last;
        (None, None) for all dates."""
        if self.preset() == "all":
            return None, None
        first, last = _pydate(self.from_edit.date()), _pydate(self.to_edit.date())
        return local_midnight(first), local_midnight(last + timedelta(days=1))

    def default_file_name(self) -> str:
        return f"somatic-history-{self._today.isoformat()}{_FORMAT[self.format()].suffix}"

    def is_running(self) -> bool:
        return self._thread is not None

    # -- exporting -----------------------------------------------------------------------------

    def choose_path(self) -> Path | None:
        """Ask for a file name (the native dialog); None if the person cancelled."""
        fmt = _FORMAT[self.format()]
        folder = self._folder or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("export_dialog", "Export your history"),
            str(folder / self.default_file_name()),
            f"{fmt.file_filter};;{translate('export_dialog', 'All files')} (*)",
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(fmt.suffix)

    def export_to(self, path: Path) -> None:
        """Start exporting to ``path`` in the worker thread (ignored while one runs)."""
        if self._thread is not None:
            return
        since, until = self.date_range()
        if since is not None and until is not None and since >= until:
            self._show_error(
                translate(
                    "export_dialog", "The first day is after the last day. Choose the dates again."
                )
            )
            return
        fmt = _FORMAT[self.format()]
        self._job = ExportJob(
            format=fmt.key,
            path=Path(path),
            store_path=self._store_path,
            since=since,
            until=until,
            include_journal=fmt.journal and self.journal_check.isChecked(),
        )
        self.saved_path = None
        self.open_folder_button.hide()
        self.progress_bar.setRange(0, 0)  # busy until the first report
        self.status_label.setObjectName("checkInHint")
        self._restyle(self.status_label)
        self.status_label.setText(
            translate("export_dialog", "Exporting to {path}…").format(path=path)
        )
        self.status_label.setFocus()  # the Export button is about to be disabled
        self._set_inputs_enabled(False)
        thread = ExportThread(self._job, self)
        thread.progressed.connect(self._on_thread_progressed)
        thread.succeeded.connect(self._on_thread_succeeded)
        thread.failed.connect(self._on_thread_failed)
        thread.finished.connect(self._on_thread_finished)
        self._thread = thread
        thread.start()

    def _on_export_button_clicked(self) -> None:
        path = self.choose_path()
        if path is not None:
            self.export_to(path)

    def _on_thread_progressed(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(done, max(total, 1)))

    def _on_thread_succeeded(self, summary: str) -> None:
        assert self._job is not None
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(1)
        self.saved_path = self._job.path
        self.status_label.setText(
            translate("export_dialog", "Saved to {path} ({summary}).").format(
                path=self._job.path, summary=summary
            )
        )
        self.open_folder_button.show()
        self.exported.emit(str(self._job.path))

    def _on_thread_failed(self, message: str) -> None:
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        reason = f"{message[0].upper()}{message[1:]}" if message else ""
        self._show_error(
            translate("export_dialog", "Nothing was saved. {reason}").format(reason=reason)
        )

    def _on_thread_finished(self) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.wait()
            thread.deleteLater()
        self._set_inputs_enabled(True)
        (self.open_folder_button if self.saved_path is not None else self.export_button).setFocus()

    def wait_until_done(self, timeout_ms: int = 60_000) -> bool:
        """Block until the worker has finished (for closing and for tests)."""
        thread = self._thread
        return thread is None or thread.wait(timeout_ms)

    def _show_error(self, text: str) -> None:
        self.status_label.setObjectName("routineError")
        self._restyle(self.status_label)
        self.status_label.setText(text)

    @staticmethod
    def _restyle(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for widget in (
            *self.format_buttons.values(),
            self.preset_combo,
            self.journal_check,
            self.export_button,
            self.close_button,
        ):
            widget.setEnabled(enabled)
        custom = self.preset() != "all"
        self.from_edit.setEnabled(enabled and custom)
        self.to_edit.setEnabled(enabled and custom)
        if enabled:
            self._update_journal()

    # -- slots ---------------------------------------------------------------------------------

    def _on_format_group_id_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._update_journal()

    def _update_journal(self) -> None:
        fmt = _FORMAT[self.format()]
        self.journal_check.setEnabled(fmt.journal and not self.is_running())
        if not fmt.journal:
            self.journal_check.setChecked(False)
            self.journal_check.setToolTip(
                translate(
                    "export_dialog", "The FHIR file holds pain ratings only, never journal entries"
                )
            )
        else:
            self.journal_check.setToolTip(
                translate("export_dialog", "Add your journal entries to the file")
            )

    def _on_preset_combo_changed(self, _index: int) -> None:
        self._apply_preset()

    def _apply_preset(self) -> None:
        key = self.preset()
        all_dates = key == "all"
        self.from_edit.setEnabled(not all_dates)
        self.to_edit.setEnabled(not all_dates)
        if key in ("all", "custom"):
            return
        first = self._today - timedelta(days=int(key) - 1)
        for edit, day in ((self.from_edit, first), (self.to_edit, self._today)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)

    def _on_date_edit_changed(self, _value: QDate) -> None:
        if self.preset() != "custom":
            self.preset_combo.blockSignals(True)
            self.preset_combo.setCurrentIndex(self.preset_combo.findData("custom"))
            self.preset_combo.blockSignals(False)

    def _on_open_folder_button_clicked(self) -> None:
        if self.saved_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path.parent)))

    # -- closing -------------------------------------------------------------------------------

    def reject(self) -> None:
        if self.is_running():
            self.status_label.setText(
                translate("export_dialog", "Please wait: the export is still being written.")
            )
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_running():
            event.ignore()
            self.status_label.setText(
                translate("export_dialog", "Please wait: the export is still being written.")
            )
            return
        super().closeEvent(event)
