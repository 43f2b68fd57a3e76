"""Send home as audio: the file holds exactly the adapted plan, progress reaches 100%, Cancel
and failures leave nothing behind, and MP3 is offered only where it can be written."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile as sf
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from somatic_player.audio import render
from somatic_player.content.library import default_rules, find_routine
from somatic_player.core.compiler import compile_routine
from somatic_player.core.plan import Plan
from somatic_player.core.profile import Profile
from somatic_player.core.routine import Routine
from somatic_player.qt.send_home_dialog import SendHomeDialog, clock, describe_plan

PROFILE = Profile.with_pain({111: 6, 113: 5}, capacity="seated", handedness="left")


def routine(routine_id: str) -> Routine:
    return find_routine(routine_id)[0]


def expected_plan(r: Routine, minutes: float | None, **kwargs: Any) -> Plan:
    return compile_routine(r, PROFILE, rules=default_rules(), minutes=minutes, **kwargs)


def make_dialog(
    qtbot: QtBot, r: Routine, folder: Path, minutes: float | None = None, **kwargs: Any
) -> SendHomeDialog:
    dialog = SendHomeDialog(
        r, PROFILE, minutes=minutes, folder=folder, today=date(2026, 11, 25), **kwargs
    )
    qtbot.addWidget(dialog)
    return dialog


def render_and_wait(qtbot: QtBot, dialog: SendHomeDialog, path: Path) -> None:
    dialog.render_to(path)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60_000)


@pytest.mark.parametrize(
    ("routine_id", "minutes", "name", "channels"),
    [
        ("sigh-reset", None, "sigh.wav", 1),
        ("easy-pace", 1, "easy.flac", 2),
    ],
)
def test_the_file_holds_the_adapted_plan_to_the_sample(
    qtbot: QtBot, tmp_path: Path, routine_id: str, minutes: float | None, name: str, channels: int
) -> None:
    r = routine(routine_id)
    dialog = make_dialog(qtbot, r, tmp_path, minutes)
    dialog.speech_check.setChecked(False)
    (dialog.mono_button if channels == 1 else dialog.stereo_button).setChecked(True)
    seen: list[int] = []
    dialog.progress_bar.valueChanged.connect(seen.append)
    with qtbot.waitSignal(dialog.saved, timeout=60_000) as saved:
        dialog.render_to(tmp_path / name)
    qtbot.waitUntil(lambda: not dialog.is_running())

    out = tmp_path / name
    assert saved.args == [str(out)]
    plan = expected_plan(r, minutes)
    info = sf.info(str(out))
    assert info.samplerate == plan.sample_rate
    assert info.channels == channels
    assert abs(info.frames - plan.total_samples) <= 1
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum()
    assert dialog.progress_bar.text() == "100%"
    assert seen == sorted(seen) and len(seen) > 3  # moved step by step, never backwards
    assert dialog.status_label.text().startswith(f"Saved {clock(plan.duration_s)} of audio to ")
    assert str(out) in dialog.status_label.text()
    assert dialog.open_folder_button.isVisibleTo(dialog)
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no temporary file left


def test_cancel_midway_leaves_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, routine("easy-pace"), tmp_path, minutes=20)
    dialog.speech_check.setChecked(False)
    make_thread = dialog._make_thread
    halfway: list[int] = []

    def thread_that_stops_halfway(job: Any) -> Any:
        thread = make_thread(job)

        def on_progress(per_mille: int, _text: str) -> None:  # runs in the worker thread
            if per_mille >= 500 and not halfway:
                halfway.append(per_mille)
                thread.cancel()

        thread.progressed.connect(on_progress, Qt.ConnectionType.DirectConnection)
        return thread

    dialog._make_thread = thread_that_stops_halfway  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.saved, timeout=500, raising=False) as saved:
        dialog.render_to(tmp_path / "long.wav")
        qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60_000)
    assert not saved.signal_triggered
    assert halfway and halfway[0] < 1000
    assert list(tmp_path.iterdir()) == []
    assert dialog.status_label.text() == "Cancelled. Nothing was saved."
    assert dialog.progress_bar.value() == 0
    assert dialog.save_button.isEnabled() and not dialog.cancel_button.isVisibleTo(dialog)


def test_cancel_button_stops_a_render_and_an_old_file_stays(qtbot: QtBot, tmp_path: Path) -> None:
    old = tmp_path / "long.flac"
    old.write_bytes(b"yesterday's file")
    dialog = make_dialog(qtbot, routine("easy-pace"), tmp_path, minutes=30)
    dialog.speech_check.setChecked(False)
    dialog.render_to(old)
    assert dialog.cancel_button.isVisibleTo(dialog) and not dialog.save_button.isEnabled()
    QTest.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=60_000)
    assert old.read_bytes() == b"yesterday's file"
    assert [p.name for p in tmp_path.iterdir()] == ["long.flac"]


def test_closing_while_rendering_stops_then_closes(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, routine("easy-pace"), tmp_path, minutes=30)
    dialog.speech_check.setChecked(False)
    dialog.show()
    dialog.render_to(tmp_path / "long.ogg")
    dialog.close()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=60_000)
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_folder_is_a_plain_error(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    if os.access(folder, os.W_OK):  # root writes anywhere; /sys refuses even root
        folder = Path("/sys")
    try:
        dialog = make_dialog(qtbot, routine("sigh-reset"), tmp_path)
        dialog.speech_check.setChecked(False)
        render_and_wait(qtbot, dialog, folder / "sigh.wav")
        assert dialog.status_label.text() == (
            f"Nothing was saved. Somatic Player may not write in {folder}. Choose another folder."
        )
        assert dialog.status_label.objectName() == "routineError"
        assert not (folder / "sigh.wav").exists()
        assert dialog.save_button.isEnabled()
    finally:
        (tmp_path / "locked").chmod(0o700)


def test_a_missing_folder_and_a_wrong_suffix(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, routine("sigh-reset"), tmp_path)
    dialog.speech_check.setChecked(False)
    render_and_wait(qtbot, dialog, tmp_path / "gone" / "sigh.wav")
    assert "The folder" in dialog.status_label.text()
    assert "does not exist" in dialog.status_label.text()
    dialog.render_to(tmp_path / "sigh.aiff")
    assert not dialog.is_running()
    assert dialog.status_label.text().startswith("Nothing was saved. Audio file names here end in")
    assert list(tmp_path.iterdir()) == []


def test_spoken_guidance_uses_the_real_line_lengths(qtbot: QtBot, tmp_path: Path) -> None:
    class FakeSpeech:
        """Half a second of tone for every line (no speech engine needed)."""

        def __init__(self) -> None:
            self.prepared: list[str] = []

        def length_s(self, _key: str) -> float:
            return 0.5

        def prepare(self, keys: Any, progress: Any = None) -> dict[str, Any]:
            keys = list(dict.fromkeys(keys))
            self.prepared += keys
            tone = (0.1 * np.sin(np.arange(24_000) / 10)).astype(np.float32)
            for done in range(1, len(keys) + 1):
                if progress is not None:
                    progress(done, len(keys))
            return dict.fromkeys(keys, tone)

    fake = FakeSpeech()
    r = routine("sigh-reset")
    dialog = make_dialog(qtbot, r, tmp_path, speech_factory=lambda _r: fake)
    assert dialog.speech_check.isChecked()
    render_and_wait(qtbot, dialog, tmp_path / "spoken.wav")
    plan = expected_plan(r, None, speech_length=fake.length_s)
    assert fake.prepared  # the routine's lines were prepared and mixed in
    assert abs(sf.info(str(tmp_path / "spoken.wav")).frames - plan.total_samples) <= 1
    assert dialog.summary_label.text().startswith(f"Length: {clock(plan.duration_s)}.")
    audio, _rate = sf.read(str(tmp_path / "spoken.wav"))
    assert np.abs(audio).max() > 0.01


def test_default_name_and_format_follow_each_other(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, routine("easy-pace"), tmp_path, minutes=10)
    suffix = ".mp3" if ".mp3" in render.supported_suffixes() else ".flac"
    assert dialog.path_edit.text() == str(tmp_path / f"easy-pace-2026-11-25{suffix}")
    dialog.set_format("wav")
    assert dialog.target_path() == tmp_path / "easy-pace-2026-11-25.wav"
    dialog.path_edit.setText(str(tmp_path / "for-anna"))
    assert dialog.target_path() == tmp_path / "for-anna.wav"
    QTest.keyClicks(dialog.path_edit, ".flac")
    assert dialog.format().key == "flac"
    length = clock(expected_plan(routine("easy-pace"), 10).duration_s)
    assert dialog.summary_label.text().startswith(f"Length: about {length}. Adapted for today:")


def test_mp3_is_offered_only_when_it_can_be_written(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(render, "supported_suffixes", lambda: (".wav", ".flac", ".ogg"))
    dialog = make_dialog(qtbot, routine("sigh-reset"), tmp_path)
    model: Any = dialog.format_combo.model()
    mp3 = dialog.format_combo.findData("mp3")
    assert not model.item(mp3).isEnabled()
    assert dialog.format().key == "flac"
    assert "MP3 is not offered" in dialog.note_label.text()
    assert not dialog.note_label.isHidden()
    with pytest.raises(ValueError, match="cannot be written"):
        dialog.set_format("mp3")


def test_describe_plan_names_the_adaptation() -> None:
    r = routine("pmr-7")
    plan = expected_plan(r, None)
    text = describe_plan(plan, PROFILE, speech=False)
    assert text.startswith(f"Length: {clock(plan.duration_s)}. Adapted for today: seated or lying")
    assert "left-handed" in text and "2 painful areas" in text
    assert describe_plan(plan, Profile(), speech=True).startswith("Length: about ")


def test_recordings_are_spoken_without_a_speech_engine(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from somatic_player import resources
    from somatic_player.audio import speech
    from somatic_player.content.loader import load_routine
    from somatic_player.content.package_format import recordings_dir

    monkeypatch.setattr(speech, "best_engine", lambda: None)
    path = resources.user_routines_dir() / "for-anna.toml"
    path.write_text(
        'schema_version = 1\nid = "for-anna"\ntitle = "For Anna"\nkind = "mixed"\n\n'
        '[[steps]]\nkind = "narration"\ntext = "Hello, it is me."\nclip = "hello.wav"\n'
    )
    recordings_dir(path).mkdir(parents=True)
    tone = 0.3 * np.sin(2 * np.pi * 220 * np.arange(48_000) / 48_000)
    sf.write(recordings_dir(path) / "hello.wav", tone.astype(np.float32), 48_000)
    dialog = make_dialog(qtbot, load_routine(path), tmp_path)  # finds its recordings by id
    assert dialog.speech_check.isChecked() and dialog.speech_check.isEnabled()
    assert dialog.note_label.text().endswith("so only the recorded lines are spoken.")
    render_and_wait(qtbot, dialog, tmp_path / "anna.wav")
    audio, _rate = sf.read(str(tmp_path / "anna.wav"))
    assert np.abs(audio).max() > 0.05  # the therapist's voice is in the file

    plain = make_dialog(qtbot, routine("sigh-reset"), tmp_path)
    assert not plain.speech_check.isChecked() and not plain.speech_check.isEnabled()
    assert plain.note_label.text().endswith("so the file holds tones and pauses only.")


def test_spoken_cues_are_prepared_in_the_routines_language() -> None:
    from somatic_player.audio.mixer import spoken_cue_keys
    from somatic_player.qt.send_home_dialog import _spoken_keys

    spanish = find_routine("easy-pace", language="es")[0]
    plan = expected_plan(spanish, 1)
    keys = _spoken_keys(plan, "spoken")
    assert set(spoken_cue_keys("es").values()) <= set(keys)
    assert not set(spoken_cue_keys("en").values()) & set(keys)
    assert not set(spoken_cue_keys("es").values()) & set(_spoken_keys(plan, "tones"))
