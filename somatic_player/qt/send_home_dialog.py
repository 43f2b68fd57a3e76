"""Send a routine home as one audio file, adapted to the patient, to practise from a phone.

The routine is compiled for the profile given (today's body map, capacity and handedness), the
choices and the length, as a session would be; its spoken lines are prepared, and the mixer
renders it straight into the file a few seconds at a time (``audio.render``). All of that runs on
a worker thread that checks a cancel flag between lines and between chunks. The file appears
under its name only when it is complete, so a cancelled or failed render leaves nothing behind.

Formats are WAV, FLAC, Ogg Vorbis and MP3 — MP3 only where this machine's libsndfile writes it
(1.1 or newer; the soundfile wheels bundle it), and the dialog says so when it does not.
``render_to(path)`` starts a render with a given file name, so tests never meet a file dialog.
"""

from __future__ import annotations

import errno
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QStandardPaths, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from somatic_player.i18n import QT_TRANSLATE_NOOP, translate
from somatic_player.qt.crisis_dialog import big_button, keep_text_unclipped

if TYPE_CHECKING:
    from somatic_player.audio.mixer import CueStyle, Levels
    from somatic_player.core.choices import Choices
    from somatic_player.core.plan import Plan
    from somatic_player.core.profile import Profile
    from somatic_player.core.routine import Routine

SpeechFactory = Callable[["Routine"], Any]  # a SpeechLibrary, or None for no spoken guidance
Progress = Callable[[int, str], None]  # per mille of the whole job, and what is happening
PER_MILLE = 1000
SPEECH_SHARE = 300  # of the bar, when spoken lines are prepared before rendering


@dataclass(frozen=True)
class AudioFormat:
    """One file format; ``label`` and ``file_filter`` are English, marked for translation:
    show them through ``translate("send_home_dialog", ...)``."""

    key: str
    label: str
    suffix: str
    file_filter: str


FORMATS = (
    AudioFormat(
        "wav",
        QT_TRANSLATE_NOOP("send_home_dialog", "WAV — uncompressed, the largest file"),
        ".wav",
        QT_TRANSLATE_NOOP("send_home_dialog", "WAV audio (*.wav)"),
    ),
    AudioFormat(
        "flac",
        QT_TRANSLATE_NOOP("send_home_dialog", "FLAC — full quality, smaller than WAV"),
        ".flac",
        QT_TRANSLATE_NOOP("send_home_dialog", "FLAC audio (*.flac)"),
    ),
    AudioFormat(
        "ogg",
        QT_TRANSLATE_NOOP("send_home_dialog", "Ogg Vorbis — small; Android and most players"),
        ".ogg",
        QT_TRANSLATE_NOOP("send_home_dialog", "Ogg (*.ogg)"),
    ),
    AudioFormat(
        "mp3",
        QT_TRANSLATE_NOOP("send_home_dialog", "MP3 — small; plays on almost every phone"),
        ".mp3",
        QT_TRANSLATE_NOOP("send_home_dialog", "MP3 audio (*.mp3)"),
    ),
)
_BY_SUFFIX = {f.suffix: f for f in FORMATS}


@dataclass(frozen=True)
class SendHomeJob:
    """One render, everything the worker needs (no Qt objects)."""

    routine: Routine
    profile: Profile
    path: Path
    choices: Choices | None = None
    minutes: float | None = None
    channels: int = 1
    speech: bool = True
    levels: Levels | None = None
    cue_style: CueStyle = "tones"


@dataclass(frozen=True)
class SendHomeResult:
    path: Path
    plan: Plan  # as rendered: with the spoken lines' real lengths
    size_bytes: int

    @property
    def duration_s(self) -> float:
        return self.plan.duration_s


def clock(seconds: float) -> str:
    """``602`` -> ``"10:02"``; an hour or more -> ``"1:05:00"``."""
    s = round(seconds)
    return (
        f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"
    )


def _size(n: int) -> str:
    if n >= 100_000:
        return f"{QLocale().toString(n / 1e6, 'f', 1)} MB"
    return f"{max(1, round(n / 1e3))} kB"


def _compile(job: SendHomeJob, speech_length: Callable[[str], float] | None = None) -> Plan:
    from somatic_player.content.library import default_rules
    from somatic_player.core.compiler import compile_routine

    extra: dict[str, Any] = {} if speech_length is None else {"speech_length": speech_length}
    return compile_routine(
        job.routine,
        job.profile,
        rules=default_rules(),
        minutes=job.minutes,
        choices=job.choices,
        **extra,
    )


def _spoken_keys(plan: Plan, cue_style: str) -> list[str]:
    from somatic_player.audio.mixer import spoken_cue_keys
    from somatic_player.core.plan import speech_key

    keys = {speech_key(e) for e in plan.events if e.kind == "speech"}
    if cue_style == "spoken":  # the cue words in the routine's own language and voice
        keys |= set(spoken_cue_keys(plan.language).values())
    return sorted(keys)


def render_job(
    job: SendHomeJob,
    speech_factory: SpeechFactory | None,
    progress: Progress,
    cancelled: Callable[[], bool],
) -> SendHomeResult:
    """Compile, prepare the voice and render ``job`` (blocking; run it off the GUI thread).

    Raises RenderCancelled once ``cancelled()`` turns true (nothing is written), and SpeechError,
    CompileError, ValueError or OSError with what went wrong.
    """
    from somatic_player.audio.render import RenderCancelled, render_to_file

    speech = speech_factory(job.routine) if job.speech and speech_factory is not None else None
    cue_style = job.cue_style
    clips: dict[str, Any] = {}
    if speech is None:
        plan = _compile(job)
        if cue_style == "spoken":  # no voice for the cue words either
            cue_style = "tones"
    else:
        keys = _spoken_keys(_compile(job), cue_style)

        def prepared(done: int, total: int) -> None:
            if cancelled():
                raise RenderCancelled("cancelled while preparing the spoken guidance")
            progress(
                SPEECH_SHARE * done // max(total, 1),
                translate(
                    "send_home_dialog", "Preparing spoken guidance: line {done} of {total}…"
                ).format(done=done, total=total),
            )

        prepared(0, len(keys))
        speech.prepare(keys, progress=prepared)  # synthesizes (or reads the cache) once
        plan = _compile(job, speech.length_s)  # real lengths: lines fit their windows
        clips = speech.prepare(_spoken_keys(plan, cue_style))
    start = SPEECH_SHARE if speech is not None else 0
    length = clock(plan.duration_s)

    def rendered(done: int, total: int) -> None:
        share = (PER_MILLE - start) * done // max(total, 1)
        progress(
            start + share,
            translate("send_home_dialog", "Making the audio: {done} of {length}…").format(
                done=clock(done / plan.sample_rate), length=length
            ),
        )

    path = render_to_file(
        plan,
        clips,
        job.path,
        levels=job.levels,
        cue_style=cue_style,
        channels=job.channels,
        progress=rendered,
        cancel=cancelled,
    )
    return SendHomeResult(path, plan, path.stat().st_size)


def failure_message(exc: BaseException, path: Path) -> str:
    """One or two plain sentences about why ``path`` was not written."""
    import soundfile

    from somatic_player.audio.speech import SpeechError
    from somatic_player.core.compiler import CompileError

    if isinstance(exc, SpeechError):
        return translate(
            "send_home_dialog",
            "The spoken guidance could not be prepared ({reason}). Turn off spoken guidance to "
            "save the session with tones only.",
        ).format(reason=exc)
    if isinstance(exc, PermissionError):
        return translate(
            "send_home_dialog", "Somatic Player may not write in {folder}. Choose another folder."
        ).format(folder=path.parent)
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        return translate(
            "send_home_dialog", "The folder {folder} does not exist. Choose another folder."
        ).format(folder=path.parent)
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return translate(
            "send_home_dialog", "There is not enough space on the disk for {name}."
        ).format(name=path.name)
    if isinstance(exc, OSError | soundfile.SoundFileError):
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return translate("send_home_dialog", "{name} could not be written ({reason}).").format(
            name=path.name, reason=detail
        )
    if isinstance(exc, CompileError | ValueError):  # from the compiler, in English for now
        text = str(exc)
        return text[:1].upper() + text[1:]
    return translate("send_home_dialog", "Something went wrong ({error}).").format(
        error=f"{type(exc).__name__}: {exc}"
    )


class SendHomeThread(QThread):
    """Runs one SendHomeJob; ``cancel()`` may be called from any thread.

    Signals:
        progressed(int, str): per mille done and what is happening, from the worker thread.
        succeeded(object): the SendHomeResult.
        cancelled(): the render stopped on request; nothing was written.
        failed(str): why nothing was written.
    """

    progressed = Signal(int, str)
    succeeded = Signal(object)
    cancelled = Signal()
    failed = Signal(str)

    def __init__(
        self, job: SendHomeJob, speech_factory: SpeechFactory | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.job = job
        self.speech_factory = speech_factory
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        from somatic_player.audio.render import RenderCancelled

        try:
            result = render_job(
                self.job, self.speech_factory, self.progressed.emit, self._cancel.is_set
            )
        except RenderCancelled:
            self.cancelled.emit()
        except Exception as exc:  # a worker must report, never die silently
            self.failed.emit(failure_message(exc, self.job.path))
        else:
            self.succeeded.emit(result)


def default_speech_factory(
    voice: str = "", rate_wpm: int = 145, routine_path: Path | None = None
) -> SpeechFactory:
    """Speech as a session has it: the best engine, the chosen voice, the routine's recordings
    (from ``routine_path``'s folder, else from the library's routine of that id)."""

    def make(routine: Routine) -> Any:
        from somatic_player import resources
        from somatic_player.audio.speech import SpeechLibrary, best_engine
        from somatic_player.content.library import find_routine
        from somatic_player.content.package_format import clip_folder, referenced_clips

        where = routine_path
        if where is None and referenced_clips(routine):
            try:
                where = find_routine(routine.id)[1]
            except Exception:  # not in the library: the clips' SpeechError says so
                where = None
        clip_dir = clip_folder(where) if where is not None else None
        cache = resources.cache_dir() / "speech"
        return SpeechLibrary(best_engine(), voice, rate_wpm, cache=cache, clip_dir=clip_dir)

    return make


def describe_plan(plan: Plan, profile: Profile, *, speech: bool) -> str:
    """``"Length: about 10:02. Adapted for today: seated or lying, left-handed; 2 steps changed."``

    "about" with spoken guidance: the lines' real lengths are known only once they are prepared.
    """
    length = clock(plan.duration_s)
    text = (
        translate("send_home_dialog", "Length: about {length}.")
        if speech
        else translate("send_home_dialog", "Length: {length}.")
    ).format(length=length)
    person = []
    if profile.capacity != "standing":
        person.append(
            translate("send_home_dialog", "lying down only")
            if profile.capacity == "lying"
            else translate("send_home_dialog", "seated or lying")
        )
    if profile.handedness == "left":
        person.append(translate("send_home_dialog", "left-handed"))
    areas = len(profile.pain)
    if areas:
        person.append(translate("send_home_dialog", "%n painful area(s)", None, areas))
    if profile.flare_day:
        person.append(translate("send_home_dialog", "a flare day"))
    changed = sum(1 for s in plan.steps if s.adapted_by and not s.skipped)
    left_out = sum(1 for s in plan.steps if s.skipped)
    steps = []
    if changed:
        steps.append(translate("send_home_dialog", "%n step(s) changed", None, changed))
    if left_out:
        steps.append(translate("send_home_dialog", "%n left out", None, left_out))
    if person or steps:
        changes = ", ".join(person) + ("; " if person and steps else "") + ", ".join(steps)
        text += " " + translate("send_home_dialog", "Adapted for today: {changes}.").format(
            changes=changes
        )
    return text


def _music_folder() -> Path:
    for kind in (
        QStandardPaths.StandardLocation.MusicLocation,
        QStandardPaths.StandardLocation.DocumentsLocation,
    ):
        location = QStandardPaths.writableLocation(kind)
        if location and Path(location).is_dir():
            return Path(location)
    return Path.home()


def confirm_replace(parent: QWidget, path: Path) -> bool:
    """Ask before a typed file name replaces a file (the file chooser asks by itself)."""
    answer = QMessageBox.question(
        parent,
        translate("send_home_dialog", "Replace the file?"),
        translate("send_home_dialog", "{name} already exists in {folder}. Replace it?").format(
            name=path.name, folder=path.parent
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class SendHomeDialog(QDialog):
    """Choose format, channels and spoken guidance, then render with progress and Cancel.

    ``profile``, ``choices`` and ``minutes`` adapt the routine as a session would; ``levels``,
    ``cue_style``, ``voice`` and ``speech_rate_wpm`` come from the preferences when given;
    ``routine_path`` is where the routine's recordings are found.

    Signals:
        saved(str): the path of an audio file that was written.
    """

    saved = Signal(str)

    def __init__(
        self,
        routine: Routine,
        profile: Profile,
        choices: Choices | None = None,
        minutes: float | None = None,
        parent: QWidget | None = None,
        *,
        routine_path: Path | None = None,
        voice: str = "",
        speech_rate_wpm: int = 145,
        levels: Levels | None = None,
        cue_style: CueStyle = "tones",
        speech_factory: SpeechFactory | None = None,
        folder: Path | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        from somatic_player.audio import render
        from somatic_player.content.package_format import referenced_clips

        self.setObjectName("sendHomeDialog")
        self.setWindowTitle(translate("send_home_dialog", "Send home as audio"))
        self.routine, self.profile = routine, profile
        self.choices, self.minutes = choices, minutes
        self.levels, self.cue_style = levels, cue_style
        self._today = today or date.today()
        self._thread: SendHomeThread | None = None
        self._close_when_done = False
        self.saved_path: Path | None = None
        self.last_result: SendHomeResult | None = None
        self.supported = render.supported_suffixes()
        if speech_factory is None:
            from somatic_player.audio.speech import best_engine

            has_engine = best_engine() is not None
            speech_factory = default_speech_factory(voice, speech_rate_wpm, routine_path)
        else:
            has_engine = True
        self._speech_factory = speech_factory
        self._has_voice = has_voice = has_engine or bool(referenced_clips(routine))

        title = QLabel(translate("send_home_dialog", "Send home as audio"))
        title.setObjectName("checkInTitle")
        intro = QLabel(
            translate(
                "send_home_dialog",
                "Saves “{title}” as one audio file to play on a phone or any music player, "
                "adapted as it is set up for today.",
            ).format(title=routine.title)
        )
        intro.setObjectName("checkInHint")
        intro.setWordWrap(True)
        self.summary_label = QLabel("")
        self.summary_label.setObjectName("sendHomeSummary")
        self.summary_label.setWordWrap(True)

        box = QGroupBox(translate("send_home_dialog", "Audio file"))
        grid = QGridLayout(box)
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("sendHomeFormat")
        for fmt in FORMATS:
            self.format_combo.addItem(translate("send_home_dialog", fmt.label), fmt.key)
            model = self.format_combo.model()
            if fmt.suffix not in self.supported and isinstance(model, QStandardItemModel):
                model.item(self.format_combo.count() - 1).setEnabled(False)  # greyed, see note
        self.format_combo.setCurrentIndex(
            self._index_of(".mp3" if ".mp3" in self.supported else ".flac")
        )
        self.mono_button = QRadioButton(translate("send_home_dialog", "&Mono (smaller file)"))
        self.mono_button.setObjectName("sendHomeMono")
        self.stereo_button = QRadioButton(translate("send_home_dialog", "&Stereo"))
        self.stereo_button.setObjectName("sendHomeStereo")
        self.mono_button.setChecked(True)
        self.channel_group = QButtonGroup(self)
        self.channel_group.addButton(self.mono_button, 1)
        self.channel_group.addButton(self.stereo_button, 2)
        channels = QHBoxLayout()
        channels.addWidget(self.mono_button)
        channels.addWidget(self.stereo_button)
        channels.addStretch(1)
        self.speech_check = QCheckBox(translate("send_home_dialog", "Include spoken &guidance"))
        self.speech_check.setObjectName("sendHomeSpeech")
        self.speech_check.setChecked(has_voice)
        self.speech_check.setEnabled(has_voice)
        notes = []
        if ".mp3" not in self.supported:
            import soundfile

            notes.append(
                translate(
                    "send_home_dialog",
                    "MP3 is not offered: this computer's sound library (libsndfile {version}) "
                    "cannot write it; version 1.1 or newer can.",
                ).format(version=soundfile.__libsndfile_version__)
            )
        if not has_engine:
            notes.append(
                translate(
                    "send_home_dialog",
                    "No speech engine is installed (espeak-ng or flite), so only the recorded "
                    "lines are spoken.",
                )
                if has_voice
                else translate(
                    "send_home_dialog",
                    "No speech engine is installed (espeak-ng or flite), so the file holds tones "
                    "and pauses only.",
                )
            )
        self.note_label = QLabel(" ".join(notes))
        self.note_label.setObjectName("checkInHint")
        self.note_label.setWordWrap(True)
        self.note_label.setVisible(bool(notes))
        format_label = QLabel(translate("send_home_dialog", "&Format"))
        channel_label = QLabel(translate("send_home_dialog", "Channels"))
        format_label.setBuddy(self.format_combo)
        grid.addWidget(format_label, 0, 0)
        grid.addWidget(self.format_combo, 0, 1)
        grid.addWidget(channel_label, 1, 0)
        grid.addLayout(channels, 1, 1)
        grid.addWidget(self.speech_check, 2, 1)
        grid.addWidget(self.note_label, 3, 0, 1, 2)
        grid.setColumnStretch(1, 1)

        where = QGroupBox(translate("send_home_dialog", "Save as"))
        row = QHBoxLayout(where)
        self.path_edit = QLineEdit(str((folder or _music_folder()) / self.default_file_name()))
        self.path_edit.setObjectName("sendHomePath")
        self.path_edit.setAccessibleName(translate("send_home_dialog", "File name"))
        self.choose_button = QPushButton(translate("send_home_dialog", "C&hoose…"))
        self.choose_button.setObjectName("sendHomeChoose")
        self.choose_button.setToolTip(
            translate("send_home_dialog", "Choose the folder and file name")
        )
        self.path_edit.setMinimumHeight(self.choose_button.sizeHint().height())
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)

        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("sendHomeProgress")
        self.progress_bar.setRange(0, PER_MILLE)
        self.progress_bar.setValue(0)
        self.progress_bar.setAccessibleName(translate("send_home_dialog", "Progress"))
        self.progress_bar.hide()  # until there is something to show
        self.status_label = QLabel("")
        self.status_label.setObjectName("checkInHint")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.open_folder_button = big_button(
            translate("send_home_dialog", "Open folder"),
            "sendHomeOpenFolder",
            translate("send_home_dialog", "Show the file"),
        )
        self.open_folder_button.hide()
        self.close_button = big_button(
            translate("send_home_dialog", "Close"),
            "sendHomeClose",
            translate("send_home_dialog", "Close this window"),
        )
        self.cancel_button = big_button(
            translate("send_home_dialog", "Cancel"),
            "sendHomeCancel",
            translate("send_home_dialog", "Stop; nothing is saved"),
        )
        self.cancel_button.hide()
        self.save_button = big_button(
            translate("send_home_dialog", "&Save audio"),
            "sendHomeSave",
            translate("send_home_dialog", "Make the audio file"),
            primary=True,
        )
        self.save_button.setDefault(True)

        column = QVBoxLayout(self)
        column.setContentsMargins(24, 20, 24, 18)
        column.setSpacing(12)
        for widget in (title, intro, self.summary_label, box, where, self.progress_bar):
            column.addWidget(widget)
        column.addWidget(self.status_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_folder_button)
        buttons.addStretch(1)
        for button in (self.close_button, self.cancel_button, self.save_button):
            buttons.addWidget(button)
        column.addLayout(buttons)

        self.format_combo.currentIndexChanged.connect(self._on_format_combo_changed)
        self.path_edit.textEdited.connect(self._on_path_edit_text_edited)
        self.speech_check.toggled.connect(self._on_speech_check_toggled)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        self.open_folder_button.clicked.connect(self._on_open_folder_button_clicked)
        self.setMinimumWidth(560)
        self._update_summary()
        keep_text_unclipped(self)

    # -- state ---------------------------------------------------------------------------------

    def _index_of(self, suffix: str) -> int:
        return self.format_combo.findData(_BY_SUFFIX[suffix].key)

    def format(self) -> AudioFormat:
        return FORMATS[self.format_combo.currentIndex()]

    def set_format(self, key: str) -> None:
        fmt = next(f for f in FORMATS if f.key == key)
        if fmt.suffix not in self.supported:
            raise ValueError(f"{fmt.key} cannot be written on this computer")
        self.format_combo.setCurrentIndex(self.format_combo.findData(key))

    def channels(self) -> int:
        return self.channel_group.checkedId()

    def default_file_name(self) -> str:
        """``easy-pace-2026-11-25.mp3``."""
        return f"{self.routine.id}-{self._today.isoformat()}{self.format().suffix}"

    def target_path(self) -> Path:
        """The file name typed or chosen, with the format's suffix when it has none of its own."""
        path = Path(self.path_edit.text().strip()).expanduser()
        return (
            path
            if path.suffix.lower() in _BY_SUFFIX
            else path.with_name(path.name + self.format().suffix)
        )

    def is_running(self) -> bool:
        return self._thread is not None

    def job(self, path: Path) -> SendHomeJob:
        return SendHomeJob(
            self.routine,
            self.profile,
            path,
            choices=self.choices,
            minutes=self.minutes,
            channels=self.channels(),
            speech=self.speech_check.isChecked(),
            levels=self.levels,
            cue_style=self.cue_style,
        )

    def _update_summary(self) -> None:
        from somatic_player.core.compiler import CompileError

        try:
            plan = _compile(self.job(self.target_path()))
        except CompileError as exc:
            self._show_error(
                translate(
                    "send_home_dialog", "This routine cannot be made as chosen. {reason}"
                ).format(reason=exc)
            )
            self.save_button.setEnabled(False)
            return
        self.summary_label.setText(
            describe_plan(plan, self.profile, speech=self.speech_check.isChecked())
        )

    # -- rendering -----------------------------------------------------------------------------

    def render_to(self, path: Path | str) -> None:
        """Start rendering to ``path`` in the worker thread; its suffix says the format."""
        if self._thread is not None:
            return
        path = Path(path)
        if path.suffix.lower() not in self.supported:
            kinds = ", ".join(self.supported)
            self._show_error(
                translate(
                    "send_home_dialog",
                    "Nothing was saved. Audio file names here end in {suffixes}.",
                ).format(suffixes=kinds)
            )
            return
        self.format_combo.blockSignals(True)
        self.format_combo.setCurrentIndex(self._index_of(path.suffix.lower()))
        self.format_combo.blockSignals(False)
        self.path_edit.setText(str(path))
        self.saved_path = self.last_result = None
        self.open_folder_button.hide()
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self._show_status(translate("send_home_dialog", "Starting {name}…").format(name=path.name))
        thread = self._make_thread(self.job(path))
        thread.progressed.connect(self._on_thread_progressed)
        thread.succeeded.connect(self._on_thread_succeeded)
        thread.cancelled.connect(self._on_thread_cancelled)
        thread.failed.connect(self._on_thread_failed)
        thread.finished.connect(self._on_thread_finished)
        self._thread = thread
        self._set_running(True)
        thread.start()

    def _make_thread(self, job: SendHomeJob) -> SendHomeThread:
        return SendHomeThread(job, self._speech_factory, self)

    def cancel(self) -> None:
        """Stop the render under way (at the next chunk); nothing is saved."""
        if self._thread is not None:
            self._thread.cancel()
            self.cancel_button.setEnabled(False)
            self._show_status(translate("send_home_dialog", "Stopping…"))

    def wait_until_done(self, timeout_ms: int = 60_000) -> bool:
        """Block until the worker has finished (for tests)."""
        thread = self._thread
        return thread is None or thread.wait(timeout_ms)

    def _on_save_button_clicked(self) -> None:
        path = self.target_path()
        if path.exists() and not confirm_replace(self, path):
            return
        self.render_to(path)

    def _on_choose_button_clicked(self) -> None:
        fmt = self.format()
        others = [f for f in FORMATS if f.suffix in self.supported and f != fmt]
        filters = [translate("send_home_dialog", f.file_filter) for f in (fmt, *others)]
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("send_home_dialog", "Save audio as"),
            str(self.target_path()),
            ";;".join(filters),
        )
        if name:
            self.path_edit.setText(name)
            self._on_path_edit_text_edited(name)
            self.path_edit.setText(str(self.target_path()))

    def _on_thread_progressed(self, per_mille: int, text: str) -> None:
        self.progress_bar.setValue(per_mille)
        if not self._close_when_done and self.cancel_button.isEnabled():
            self.status_label.setText(text)

    def _on_thread_succeeded(self, result: SendHomeResult) -> None:
        self.progress_bar.setValue(PER_MILLE)
        self.last_result, self.saved_path = result, result.path
        self.summary_label.setText(describe_plan(result.plan, self.profile, speech=False))
        length, size = clock(result.duration_s), _size(result.size_bytes)
        self._show_status(
            translate("send_home_dialog", "Saved {length} of audio to {path} ({size}).").format(
                length=length, path=result.path, size=size
            )
        )
        self.open_folder_button.show()
        self.saved.emit(str(result.path))

    def _on_thread_cancelled(self) -> None:
        self.progress_bar.setValue(0)
        self._show_status(translate("send_home_dialog", "Cancelled. Nothing was saved."))

    def _on_thread_failed(self, message: str) -> None:
        self.progress_bar.setValue(0)
        self._show_error(
            translate("send_home_dialog", "Nothing was saved. {reason}").format(reason=message)
        )

    def _on_thread_finished(self) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.wait()
            thread.deleteLater()
        self._set_running(False)
        if self._close_when_done:
            super().reject()

    def _set_running(self, running: bool) -> None:
        for widget in (
            self.format_combo,
            self.mono_button,
            self.stereo_button,
            self.path_edit,
            self.choose_button,
            self.save_button,
        ):
            widget.setEnabled(not running)
        self.speech_check.setEnabled(not running and self._has_voice)
        self.close_button.setVisible(not running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        (self.cancel_button if running else self.save_button).setDefault(True)

    def _show_status(self, text: str) -> None:
        self._restyle("checkInHint")
        self.status_label.setText(text)

    def _show_error(self, text: str) -> None:
        self._restyle("routineError")
        self.status_label.setText(text)

    def _restyle(self, name: str) -> None:
        if self.status_label.objectName() != name:
            self.status_label.setObjectName(name)
            self.status_label.style().unpolish(self.status_label)
            self.status_label.style().polish(self.status_label)

    # -- slots ---------------------------------------------------------------------------------

    def _on_format_combo_changed(self, _index: int) -> None:
        path = Path(self.path_edit.text().strip())
        if path.suffix.lower() in _BY_SUFFIX:
            self.path_edit.setText(str(path.with_suffix(self.format().suffix)))

    def _on_path_edit_text_edited(self, text: str) -> None:
        fmt = _BY_SUFFIX.get(Path(text.strip()).suffix.lower())
        if fmt is not None and fmt.suffix in self.supported and fmt != self.format():
            self.format_combo.blockSignals(True)
            self.format_combo.setCurrentIndex(self.format_combo.findData(fmt.key))
            self.format_combo.blockSignals(False)

    def _on_speech_check_toggled(self, _checked: bool) -> None:
        self._update_summary()

    def _on_open_folder_button_clicked(self) -> None:
        if self.saved_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path.parent)))

    # -- closing -------------------------------------------------------------------------------

    def reject(self) -> None:
        """Escape or Close: while rendering, stop first (nothing is saved), then close."""
        if self.is_running():
            self._close_when_done = True
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_running():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)
