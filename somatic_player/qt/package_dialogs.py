"""Export and import routine packages (``.somatic`` files) from the window, and drop them on it.

- ``export_package(parent, routine_id)`` asks where to save, packs the routine and its recordings
  (``content.package.export_routine``) and says where the file went.
- ``import_package_dialog(parent, path=None)`` checks a package as hostile input
  (``open_package``), asks Replace / import under a new id / Cancel when the id is taken, installs
  it and says so. A refused package gets its one-sentence reason in a calm message titled "This
  file was not imported", and nothing of it is kept.
- ``accept_package_drops(widget, on_imported)`` lets a window take dropped ``.somatic`` files.

The package functions block, so each runs on a worker thread while a local event loop keeps the
window painted (user input waits; a small "please wait" window appears if it takes a while).
``path`` arguments skip the file dialogs; ``show_message`` and ``ask_conflict`` are the places
a window is shown, so tests can answer them instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import (
    QEvent,
    QEventLoop,
    QObject,
    QStandardPaths,
    Qt,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from somatic_player.i18n import QT_TRANSLATE_NOOP, translate
from somatic_player.qt.crisis_dialog import big_button, keep_text_unclipped

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData

    from somatic_player.content.package import CheckedPackage, Conflict, ImportResult

T = TypeVar("T")
SUFFIX = ".somatic"  # as content.package_format.SUFFIX, without importing pydantic at start-up
REFUSED_TITLE = QT_TRANSLATE_NOOP("package_dialogs", "This file was not imported")  # translate it
BUSY_AFTER_MS = 400
MESSAGE_WIDTH_PX = 480
ConflictAnswer = tuple[str, str | None]  # ("replace", None) or ("rename", new id)

__all__ = [
    "REFUSED_TITLE",
    "ConflictDialog",
    "PackageDropFilter",
    "accept_package_drops",
    "ask_conflict",
    "export_package",
    "import_package_dialog",
    "refusal_text",
    "run_in_background",
]


def show_message(parent: QWidget | None, kind: str, title: str, text: str) -> None:
    """A modal message box ("information" or "warning") whose title is also its first line, in
    bold: not every desktop shows a window's title. Paragraphs are separated by blank lines."""
    icon = QMessageBox.Icon.Warning if kind == "warning" else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, "", QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(f"<b>{escape(title)}</b>")
    box.setInformativeText("".join(f"<p>{escape(p)}</p>" for p in text.split("\n\n")))
    grid = box.layout()
    if isinstance(grid, QGridLayout):  # wider than Qt's default: fewer, calmer lines
        stretch = QSpacerItem(MESSAGE_WIDTH_PX, 0, QSizePolicy.Policy.Minimum)
        grid.addItem(stretch, grid.rowCount(), 0, 1, grid.columnCount())
    box.exec()


def package_filter() -> str:
    """The file dialogs' filter: routine packages, or every file."""
    return (
        translate("package_dialogs", "Somatic Player routines ({pattern})").format(
            pattern=f"*{SUFFIX}"
        )
        + ";;"
        + translate("package_dialogs", "All files (*)")
    )


def _documents() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


# -- running off the GUI thread ---------------------------------------------------------------


class _Call(QThread):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.value: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.value = self.work()
        except BaseException as exc:  # handed to the GUI thread, raised there
            self.error = exc


class _BusyDialog(QDialog):
    """A few words and a busy bar, for work that takes longer than a blink."""

    def __init__(self, text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("packageBusyDialog")
        self.setWindowTitle(translate("package_dialogs", "Please wait"))
        label = QLabel(text)
        label.setWordWrap(True)
        bar = QProgressBar()
        bar.setRange(0, 0)
        bar.setAccessibleName(text)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 20, 24, 20)
        column.addWidget(label)
        column.addWidget(bar)
        self.setMinimumWidth(360)


def run_in_background(parent: QWidget | None, text: str, work: Callable[[], T]) -> T:
    """``work()`` on a worker thread; returns its value or raises its exception here."""
    call = _Call(work)
    loop = QEventLoop()
    call.finished.connect(loop.quit)  # queued: delivered inside loop.exec below
    busy = _BusyDialog(text, parent)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(busy.show)
    timer.start(BUSY_AFTER_MS)
    call.start()
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    call.wait()
    timer.stop()
    busy.hide()
    busy.deleteLater()
    if call.error is not None:
        raise call.error
    value: T = call.value
    return value


# -- export -------------------------------------------------------------------------------------


def export_package(
    parent: QWidget | None, routine_id: str, path: Path | None = None
) -> Path | None:
    """Pack routine ``routine_id`` into ``path`` (asked for if None); the file written, or None."""
    if path is None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            translate("package_dialogs", "Export routine"),
            str(_documents() / f"{routine_id}{SUFFIX}"),
            package_filter(),
        )
        if not name:
            return None
        path = Path(name)
    if path.suffix.lower() != SUFFIX:
        path = path.with_name(path.name + SUFFIX)
    from somatic_player.content.library import UnknownRoutine
    from somatic_player.content.package import PackageError, export_routine
    from somatic_player.content.source import SourceError

    try:
        result = run_in_background(
            parent,
            translate("package_dialogs", "Exporting the routine…"),
            lambda: export_routine(routine_id, path),
        )
    except PackageError as exc:
        _not_exported(
            parent, _sentence(exc.reason, True) if exc.path == path else _sentence(str(exc))
        )
        return None
    except SourceError as exc:
        _not_exported(parent, "\n".join(str(p) for p in exc.problems) or str(exc))
        return None
    except (UnknownRoutine, OSError) as exc:
        _not_exported(parent, _sentence(str(exc), True))
        return None
    except Exception as exc:  # a bug must not take the window down
        _not_exported(
            parent,
            translate("package_dialogs", "Something went wrong ({error}).").format(
                error=f"{type(exc).__name__}: {exc}"
            ),
        )
        return None
    count = len(result.recordings)
    if not count:
        saved = translate("package_dialogs", "Saved “{title}” to {path}.")
    else:
        saved = translate(
            "package_dialogs", "Saved “{title}” with its %n recording(s) to {path}.", None, count
        )
    show_message(
        parent,
        "information",
        translate("package_dialogs", "Routine exported"),
        saved.format(title=result.title, path=result.path)
        + "\n\n"
        + translate(
            "package_dialogs",
            "On another computer, open it in Somatic Player with Import routine, or drop the "
            "file on its window.",
        ),
    )
    return result.path


def _not_exported(parent: QWidget | None, reason: str) -> None:
    show_message(
        parent,
        "warning",
        translate("package_dialogs", "Routine not exported"),
        translate("package_dialogs", "Nothing was saved.") + "\n\n" + reason,
    )


# -- import -------------------------------------------------------------------------------------


def _sentence(text: str, capital: bool = False) -> str:
    """A reason as a sentence: a full stop at the end (and a capital, unless it starts with a
    file name such as ``manifest.json``)."""
    text = text.strip()
    if capital:
        text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


_PREDICATES = ("is ", "has ", "holds ", "uses ", "does ", "cannot ", "could ", "was ", "unpacks ")


def refusal_text(path: Path, reason: str) -> str:
    """The calm words for a refused package: what happened, why, and what to do.

    The reason comes from content.package in English, and so does the sentence made of it
    ("The file is ..."): it is translated there, or not at all.
    """
    why = _sentence(f"The file {reason}" if reason.startswith(_PREDICATES) else reason)
    text = (
        translate(
            "package_dialogs",
            "“{name}” was not added to your library, and nothing from it was kept.",
        ).format(name=path.name)
        + "\n\n"
        + why
    )
    if "newer Somatic Player" not in reason:
        text += "\n\n" + translate(
            "package_dialogs",
            "If you expected this file to work, ask whoever sent it for a new copy.",
        )
    return text


def import_package_dialog(parent: QWidget | None, path: Path | None = None) -> ImportResult | None:
    """Check and import the package at ``path`` (asked for if None); the result, or None."""
    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            translate("package_dialogs", "Import routine"),
            str(_documents()),
            package_filter(),
        )
        if not name:
            return None
        path = Path(name)
    from somatic_player.content.package import (
        PackageError,
        PackageRefused,
        RoutineExists,
        open_package,
    )

    def check() -> tuple[CheckedPackage, Conflict | None]:
        package = open_package(path)
        try:
            return package, package.conflict()
        except BaseException:
            package.close()
            raise

    try:
        package, conflict = run_in_background(
            parent, translate("package_dialogs", "Checking {name}…").format(name=path.name), check
        )
    except PackageRefused as exc:
        _refused(parent, path, exc.reason)
        return None
    except PackageError as exc:
        _not_imported(parent, _reason("The file", exc.reason))
        return None
    except Exception as exc:  # a bug must not take the window down; nothing was installed
        _not_imported(
            parent,
            translate("package_dialogs", "The file could not be checked ({error}).").format(
                error=f"{type(exc).__name__}: {exc}"
            ),
        )
        return None
    with package:  # removes the unpacked files on every way out
        as_id: str | None = None
        overwrite = False
        while conflict is not None:
            answer = ask_conflict(parent, conflict, package.routine.title, suggest_id(package))
            if answer is None:
                return None
            choice, new_id = answer
            if choice == "replace" and not conflict.builtin:
                overwrite = True
                break
            try:
                conflict = package.conflict(new_id)
                as_id = new_id
            except ValueError:  # not an id at all: ask again
                continue
        if as_id == package.routine.id:
            as_id = None

        def install() -> ImportResult:
            return package.install(overwrite=overwrite, as_id=as_id)

        try:
            result = run_in_background(
                parent,
                translate("package_dialogs", "Adding “{title}”…").format(
                    title=package.routine.title
                ),
                install,
            )
        except RoutineExists as exc:  # taken meanwhile (another import, the editor)
            _not_imported(parent, _reason("The routine", exc.reason))
            return None
        except PackageRefused as exc:
            _refused(parent, path, exc.reason)
            return None
        except PackageError as exc:
            _not_imported(parent, _reason("The routine", exc.reason))
            return None
        except Exception as exc:  # install puts back what it moved before raising
            _not_imported(
                parent,
                translate("package_dialogs", "The routine could not be added ({error}).").format(
                    error=f"{type(exc).__name__}: {exc}"
                ),
            )
            return None
    show_message(
        parent,
        "information",
        translate("package_dialogs", "Routine imported"),
        imported_text(result),
    )
    return result


def _refused(parent: QWidget | None, path: Path, reason: str) -> None:
    title = translate("package_dialogs", REFUSED_TITLE)
    show_message(parent, "information", title, refusal_text(path, reason))


def _reason(subject: str, reason: str) -> str:
    """A refusal reason from content.package as a sentence. Those reasons are English for now,
    and so is the subject put before them ("The file is ..."), so that the sentence is one
    language."""
    return _sentence(f"{subject} {reason}" if reason.startswith(_PREDICATES) else reason, True)


def _not_imported(parent: QWidget | None, why: str) -> None:
    """A package that passed its checks but could not be unpacked or installed (disk full, a
    rename that failed, an id taken meanwhile): the library is as it was."""
    show_message(
        parent,
        "warning",
        translate("package_dialogs", "Routine not imported"),
        translate("package_dialogs", "Your library was not changed.") + "\n\n" + why,
    )


def imported_text(result: ImportResult) -> str:
    count = len(result.recordings)
    if not count:
        where = translate("package_dialogs", "It is in your library now.")
    else:
        where = translate(
            "package_dialogs", "It is in your library now with %n recording(s).", None, count
        )
    lines = [where]
    if result.renamed_from:
        lines.append(
            translate(
                "package_dialogs", "Its id is “{id}” (the file called it “{old_id}”)."
            ).format(id=result.routine_id, old_id=result.renamed_from)
        )
    if result.replaced:
        lines.append(
            translate("package_dialogs", "It replaced your earlier routine with the same id.")
        )
    first = translate("package_dialogs", "Imported “{title}”.").format(title=result.title)
    return first + "\n\n" + " ".join(lines)


def suggest_id(package: CheckedPackage) -> str:
    """``<id>-2`` (or -3, ...): the first id nothing else uses, at most 64 characters."""
    base = package.routine.id
    for n in range(2, 100):
        end = f"-{n}"
        candidate = base[: 64 - len(end)] + end
        if package.conflict(candidate) is None:
            return candidate
    return base[:60] + "-new"


class ConflictDialog(QDialog):
    """The id of an imported routine is taken: Replace (the user's own routine only), import it
    under a new id, or Cancel. ``answer()`` says which, after ``exec``."""

    def __init__(
        self, conflict: Conflict, title: str, suggested: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importConflictDialog")
        self.setWindowTitle(translate("package_dialogs", "This routine is already in your library"))
        self.conflict = conflict
        self._answer: ConflictAnswer | None = None
        if conflict.builtin:
            heading = translate(
                "package_dialogs", "A built-in routine already uses the id “{id}”"
            ).format(id=conflict.routine_id)
            text = translate(
                "package_dialogs",
                "Built-in routines cannot be replaced. To keep both, import “{title}” under "
                "a new id.",
            ).format(title=title)
        else:
            heading = translate(
                "package_dialogs", "You already have a routine with the id “{id}”"
            ).format(id=conflict.routine_id)
            text = translate(
                "package_dialogs",
                "Replace it ({file}) with “{title}” from this file, or keep both by importing "
                "this one under a new id.",
            ).format(file=conflict.existing.name, title=title)
        heading_label = QLabel(heading)
        heading_label.setObjectName("checkInTitle")
        heading_label.setWordWrap(True)
        text_label = QLabel(text)
        text_label.setObjectName("checkInHint")
        text_label.setWordWrap(True)
        id_label = QLabel(translate("package_dialogs", "&New id"))
        self.id_edit = QLineEdit(suggested)
        self.id_edit.setObjectName("importNewId")
        self.id_edit.setMaxLength(64)
        id_label.setBuddy(self.id_edit)
        self.id_problem = QLabel("")
        self.id_problem.setObjectName("routineError")
        self.id_problem.setWordWrap(True)
        self.id_problem.hide()
        self.cancel_button = big_button(
            translate("package_dialogs", "Cancel"),
            "importCancel",
            translate("package_dialogs", "Import nothing"),
        )
        self.replace_button = big_button(
            translate("package_dialogs", "&Replace"),
            "importReplace",
            translate("package_dialogs", "Replace your routine with the one in this file"),
        )
        self.replace_button.setVisible(not conflict.builtin)
        self.rename_button = big_button(
            translate("package_dialogs", "&Import as new id"),
            "importAsNew",
            translate("package_dialogs", "Keep both routines"),
            primary=True,
        )
        self.rename_button.setDefault(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 20, 24, 18)
        column.setSpacing(12)
        column.addWidget(heading_label)
        column.addWidget(text_label)
        row = QHBoxLayout()
        row.addWidget(id_label)
        row.addWidget(self.id_edit, 1)
        column.addLayout(row)
        column.addWidget(self.id_problem)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.cancel_button, self.replace_button, self.rename_button):
            buttons.addWidget(button)
        column.addLayout(buttons)
        self.id_edit.textChanged.connect(self._on_id_edit_text_changed)
        self.cancel_button.clicked.connect(self.reject)
        self.replace_button.clicked.connect(self._on_replace_button_clicked)
        self.rename_button.clicked.connect(self._on_rename_button_clicked)
        self.setMinimumWidth(520)
        self._on_id_edit_text_changed(suggested)
        keep_text_unclipped(self)

    def answer(self) -> ConflictAnswer | None:
        return self._answer

    def id_problem_text(self, text: str) -> str:
        from somatic_player.content.package import check_routine_id

        if text == self.conflict.routine_id:
            return translate("package_dialogs", "That id is taken; choose another.")
        try:
            check_routine_id(text)
        except ValueError as exc:
            return f"{str(exc)[:1].upper()}{str(exc)[1:]}."
        return ""

    def _on_id_edit_text_changed(self, text: str) -> None:
        problem = self.id_problem_text(text.strip())
        self.id_problem.setText(problem)
        self.id_problem.setVisible(bool(problem))
        self.rename_button.setEnabled(not problem)

    def _on_replace_button_clicked(self) -> None:
        self._answer = ("replace", None)
        self.accept()

    def _on_rename_button_clicked(self) -> None:
        new_id = self.id_edit.text().strip()
        if not self.id_problem_text(new_id):
            self._answer = ("rename", new_id)
            self.accept()


def ask_conflict(
    parent: QWidget | None, conflict: Conflict, title: str, suggested: str
) -> ConflictAnswer | None:
    """Ask what to do about a taken id; None to import nothing."""
    dialog = ConflictDialog(conflict, title, suggested, parent)
    try:
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


# -- drag and drop ------------------------------------------------------------------------------


def package_paths(mime: QMimeData | None) -> list[Path]:
    """The local ``.somatic`` files among dropped URLs (anything else: none at all)."""
    if mime is None or not mime.hasUrls():
        return []
    paths = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
    if not paths or any(p.suffix.lower() != SUFFIX for p in paths):
        return []
    return paths


class PackageDropFilter(QObject):
    """Accepts ``.somatic`` files dropped on its widget and imports them one after another.

    Signals:
        imported(object): the ImportResult of each package that was added to the library.
    """

    imported = Signal(object)

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        self._queue: list[Path] = []
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            assert isinstance(event, QDragEnterEvent | QDropEvent)
            paths = package_paths(event.mimeData())
            if not paths:
                return False
            event.acceptProposedAction()
            if kind == QEvent.Type.Drop:
                self.import_later(paths)
            return True
        return super().eventFilter(watched, event)

    def import_later(self, paths: Iterable[Path]) -> None:
        """Import after the drop has returned (never hold a drag source in a dialog)."""
        idle = not self._queue
        self._queue.extend(paths)
        if idle:
            QTimer.singleShot(0, self._import_queued)

    def _import_queued(self) -> None:
        while self._queue:
            try:
                result = import_package_dialog(self.widget, self._queue[0])
            finally:
                del self._queue[0]  # only now: drops during the import queue up behind it
            if result is not None:
                self.imported.emit(result)


def accept_package_drops(
    widget: QWidget, on_imported: Callable[[ImportResult], Any] | None = None
) -> PackageDropFilter:
    """Let ``widget`` (a window) take dropped ``.somatic`` files; ``on_imported(result)`` runs for
    each one imported (reload the library there). Drops on child widgets that take drops
    themselves (text fields) stay theirs."""
    drops = PackageDropFilter(widget)
    if on_imported is not None:
        drops.imported.connect(on_imported)
    return drops
