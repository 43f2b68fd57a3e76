"""The quick check-in (pain right now, tension: 0-10, one click each, skippable) and the journal
prompt that can follow a practice. Both work fully from the keyboard and write nothing
themselves: they emit their result."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from somatic_player.core.checkin import BodyMapRatings, RegionRating
from somatic_player.qt.checkin_dialog import CheckInResult, Moment, QuickCheckInDialog, RatingRow
from somatic_player.qt.crisis_dialog import CrisisDialog
from somatic_player.qt.journal_dialog import DEFAULT_PROMPT, JournalDialog, JournalResult


@dataclass(frozen=True)
class Previous:
    pain_now: int | None
    tension: int | None


def _open(
    qtbot: QtBot, moment: Moment = "before", previous: Previous | None = None
) -> QuickCheckInDialog:
    dialog = QuickCheckInDialog(moment, previous)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _focused_row(dialog: QuickCheckInDialog) -> RatingRow | None:
    focus = dialog.focusWidget()
    for row in (dialog.pain_row, dialog.tension_row):
        if focus in row.buttons:
            return row
    return None


def test_two_rows_of_eleven_with_words_at_both_ends(qtbot: QtBot) -> None:
    dialog = _open(qtbot)
    assert dialog.windowTitle() == "Before you start"
    for row, high in ((dialog.pain_row, "worst imaginable"), (dialog.tension_row, "very high")):
        assert [b.text() for b in row.buttons] == [str(n) for n in range(11)]
        assert all(b.isCheckable() for b in row.buttons)
        assert (row.low_label.text(), row.high_label.text()) == ("none", high)
    assert dialog.pain_row.title == "Pain right now"
    assert dialog.tension_row.title == "Tension or stress"


@pytest.mark.parametrize(
    ("moment", "title"),
    [
        ("before", "Before you start"),
        ("after", "After your practice"),
        ("standalone", "Quick check-in"),
    ],
)
def test_title_follows_the_moment(qtbot: QtBot, moment: Moment, title: str) -> None:
    assert _open(qtbot, moment).title.text() == title


def test_unknown_moment_is_refused() -> None:
    with pytest.raises(ValueError):
        QuickCheckInDialog("during")  # type: ignore[arg-type]


def test_one_click_each_then_save(qtbot: QtBot) -> None:
    dialog = _open(qtbot)
    assert not dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.pain_row.buttons[3], Qt.MouseButton.LeftButton)
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.tension_row.buttons[5], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.pain_row.buttons[4], Qt.MouseButton.LeftButton)  # a change of mind
    assert [b.isChecked() for b in dialog.pain_row.buttons].count(True) == 1
    with qtbot.waitSignal(dialog.checkin_done, timeout=1000) as done:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert done.args == [CheckInResult(pain_now=4, tension=5, skipped=False)]
    assert dialog.outcome == done.args[0]
    assert not dialog.isVisible()


def test_one_rating_is_enough(qtbot: QtBot) -> None:
    dialog = _open(qtbot)
    qtbot.mouseClick(dialog.tension_row.buttons[2], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.checkin_done, timeout=1000) as done:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert done.args == [CheckInResult(None, 2, False)]


def test_number_keys_rate_and_move_on_then_enter_saves(qtbot: QtBot) -> None:
    dialog = _open(qtbot)
    assert _focused_row(dialog) == dialog.pain_row
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_4)
    assert dialog.pain_row.value() == 4
    assert _focused_row(dialog) == dialog.tension_row
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_7)
    assert dialog.tension_row.value() == 7
    assert dialog.focusWidget() is dialog.save_button
    with qtbot.waitSignal(dialog.checkin_done, timeout=1000) as done:
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert done.args == [CheckInResult(4, 7, False)]


def test_arrows_home_and_end_move_within_a_row(qtbot: QtBot) -> None:
    dialog = _open(qtbot)
    row = dialog.pain_row
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_End)
    assert row.value() == 10 and dialog.focusWidget() is row.buttons[10]
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Left)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Left)
    assert row.value() == 8 and dialog.focusWidget() is row.buttons[8]
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Right)
    assert row.value() == 9
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Home)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Left)
    assert row.value() == 0
    assert _focused_row(dialog) is row  # arrows never leave the row


def test_tab_moves_row_to_row_not_button_to_button(qtbot: QtBot) -> None:
    dialog = _open(qtbot)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert _focused_row(dialog) == dialog.tension_row
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.skip_button  # Save is disabled, Same is hidden
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.crisis_button


def test_space_on_the_focused_button_chooses_it(qtbot: QtBot) -> None:
    dialog = _open(qtbot)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)
    assert dialog.pain_row.value() == 0


def test_a_number_key_outside_the_rows_rates_the_first_unanswered(qtbot: QtBot) -> None:
    dialog = _open(qtbot)
    dialog.skip_button.setFocus()
    qtbot.keyClick(dialog.skip_button, Qt.Key.Key_6)
    assert (dialog.pain_row.value(), dialog.tension_row.value()) == (6, None)
    dialog.skip_button.setFocus()
    qtbot.keyClick(dialog.skip_button, Qt.Key.Key_2)
    assert (dialog.pain_row.value(), dialog.tension_row.value()) == (6, 2)


def test_enter_does_nothing_before_a_rating(qtbot: QtBot) -> None:
    dialog = _open(qtbot)
    with qtbot.assertNotEmitted(dialog.checkin_done):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.isVisible()


def test_skip_finishes_as_skipped_once(qtbot: QtBot) -> None:
    dialog = _open(qtbot)
    qtbot.mouseClick(dialog.pain_row.buttons[5], Qt.MouseButton.LeftButton)
    results: list[object] = []
    dialog.checkin_done.connect(results.append)
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    dialog.reject()
    assert results == [CheckInResult(None, None, skipped=True)]


def test_escape_counts_as_skip(qtbot: QtBot) -> None:
    dialog = _open(qtbot)
    with qtbot.waitSignal(dialog.checkin_done, timeout=1000) as done:
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
    assert done.args == [CheckInResult(None, None, True)]


def test_same_as_last_time_only_with_a_previous_rating(qtbot: QtBot) -> None:
    assert not _open(qtbot).same_button.isVisible()
    assert not _open(qtbot, previous=Previous(None, None)).same_button.isVisible()
    dialog = _open(qtbot, "after", Previous(4, 3))
    assert dialog.same_button.isVisible()
    assert dialog.previous_label.text() == "Last time: pain 4, tension 3"
    qtbot.mouseClick(dialog.same_button, Qt.MouseButton.LeftButton)  # fills in, saves nothing
    assert dialog.outcome is None
    assert (dialog.pain_row.value(), dialog.tension_row.value()) == (4, 3)
    assert dialog.focusWidget() is dialog.save_button
    dialog.pain_row.set_value(3)  # the person adjusts one answer
    with qtbot.waitSignal(dialog.checkin_done, timeout=1000) as done:
        qtbot.keyClick(dialog.save_button, Qt.Key.Key_Return)
    assert done.args == [CheckInResult(3, 3, False)]


def test_same_as_last_time_keeps_an_unanswered_rating_unanswered(qtbot: QtBot) -> None:
    dialog = _open(qtbot, previous=Previous(None, 6))
    assert dialog.previous_label.text() == "Last time: tension 6"
    dialog.pain_row.set_value(2)
    qtbot.mouseClick(dialog.same_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.checkin_done, timeout=1000) as done:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert done.args == [CheckInResult(None, 6, False)]


def test_every_control_is_large_named_and_explained(qtbot: QtBot) -> None:
    dialog = _open(qtbot, previous=Previous(2, 2))
    buttons = [b for b in dialog.findChildren(QAbstractButton) if b.isVisible()]
    assert len(buttons) == 22 + 4
    for button in buttons:
        assert button.width() >= 44 and button.height() >= 44, button.text()
        assert button.accessibleName() and button.toolTip(), button.text()
    assert dialog.pain_row.buttons[7].accessibleName() == "Pain right now: 7"
    assert "worst imaginable" in dialog.pain_row.buttons[10].toolTip()


def test_crisis_resources_are_one_click_away(qtbot: QtBot) -> None:
    dialog = _open(qtbot)
    assert dialog.crisis_button.text() == "Crisis resources"
    qtbot.mouseClick(dialog.crisis_button, Qt.MouseButton.LeftButton)
    [crisis] = dialog.findChildren(CrisisDialog)
    assert crisis.isVisible()
    crisis.close()


class FakeBodyMap(QLabel):
    """Stands in for the body-map editor: anything with ratings()/set_ratings()."""

    ratingsChanged = Signal(object)

    def __init__(self) -> None:
        super().__init__("body map")
        self._ratings = BodyMapRatings()

    def ratings(self) -> BodyMapRatings:
        return self._ratings

    def set_ratings(self, ratings: BodyMapRatings) -> None:
        self._ratings = ratings
        self.ratingsChanged.emit(ratings)


def test_a_body_editor_sits_under_the_ratings_without_a_placeholder(qtbot: QtBot) -> None:
    dialog = _open(qtbot)
    assert dialog.extra_widget() is None
    labels_before = {label for label in dialog.findChildren(QLabel) if label.isVisible()}
    body_map = FakeBodyMap()
    dialog.set_body_editor(body_map)
    assert dialog.extra_widget() is body_map
    assert body_map.isVisible() and dialog.isAncestorOf(body_map)
    assert body_map.y() > dialog.tension_row.y() + dialog.tension_row.height()
    assert body_map.y() < dialog.save_button.y()
    replacement = QWidget()
    dialog.set_body_editor(replacement)
    assert not dialog.isAncestorOf(body_map)
    body_map.deleteLater()
    dialog.set_body_editor(None)
    assert dialog.extra_widget() is None
    assert {label for label in dialog.findChildren(QLabel) if label.isVisible()} == labels_before
    replacement.deleteLater()


LOW_BACK = BodyMapRatings.of([RegionRating(218, 6, frozenset({"aching"}), worst=True)])


def test_the_body_map_alone_is_an_answer_and_is_part_of_the_result(qtbot: QtBot) -> None:
    dialog = _open(qtbot)
    editor = FakeBodyMap()
    dialog.set_body_editor(editor)
    assert not dialog.save_button.isEnabled()
    editor.set_ratings(LOW_BACK)
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.checkin_done, timeout=1000) as done:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert done.args == [CheckInResult(None, None, False, body=LOW_BACK)]


@dataclass(frozen=True)
class WithBody:
    pain_now: int | None
    tension: int | None
    body: BodyMapRatings | None
    skipped: bool = False


def test_after_check_in_starts_from_the_before_answers_including_the_map(qtbot: QtBot) -> None:
    before = WithBody(5, 4, LOW_BACK)
    dialog = QuickCheckInDialog("after", before, initial=before)
    qtbot.addWidget(dialog)
    editor = FakeBodyMap()
    dialog.set_body_editor(editor)
    assert (dialog.pain_row.value(), dialog.tension_row.value()) == (5, 4)
    assert editor.ratings() == LOW_BACK
    assert dialog.save_button.isEnabled()  # nothing changed is a valid answer too


def test_same_as_last_time_fills_in_the_map_too(qtbot: QtBot) -> None:
    no_pain = BodyMapRatings(no_pain=True)
    dialog = _open(qtbot, previous=WithBody(1, 2, no_pain))  # type: ignore[arg-type]
    assert "no pain on the body map" in dialog.previous_label.text()
    editor = FakeBodyMap()
    dialog.set_body_editor(editor)
    qtbot.mouseClick(dialog.same_button, Qt.MouseButton.LeftButton)
    assert editor.ratings() == no_pain
    with qtbot.waitSignal(dialog.checkin_done, timeout=1000) as done:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert done.args == [CheckInResult(1, 2, False, body=no_pain)]


def test_a_row_refuses_values_off_the_scale(qtbot: QtBot) -> None:
    dialog = _open(qtbot)
    with pytest.raises(ValueError):
        dialog.pain_row.set_value(11)
    dialog.pain_row.set_value(3)
    dialog.pain_row.set_value(None)
    assert dialog.pain_row.value() is None
    assert not any(b.isChecked() for b in dialog.pain_row.buttons)


# -- journal ------------------------------------------------------------------------------------


def _journal(qtbot: QtBot, prompt: str = DEFAULT_PROMPT) -> JournalDialog:
    dialog = JournalDialog(prompt)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # window shortcuts (Ctrl+Enter) need the active window
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def test_journal_shows_the_prompt_and_focuses_the_text(qtbot: QtBot) -> None:
    dialog = _journal(qtbot, "Where, if anywhere, does it feel a little easier?")
    assert dialog.prompt_label.text() == "Where, if anywhere, does it feel a little easier?"
    assert dialog.focusWidget() is dialog.edit
    assert not dialog.save_button.isEnabled()


def test_journal_save_with_the_keyboard(qtbot: QtBot) -> None:
    dialog = _journal(qtbot)
    qtbot.keyClicks(dialog.edit, "Shoulders softer")
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)  # a new line, not "save"
    qtbot.keyClicks(dialog.edit, "jaw still tight")
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.journal_done, timeout=1000) as done:
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert done.args == [
        JournalResult(DEFAULT_PROMPT, "Shoulders softer\njaw still tight", skipped=False)
    ]
    assert not dialog.isVisible()


def test_journal_save_button(qtbot: QtBot) -> None:
    dialog = _journal(qtbot)
    qtbot.keyClicks(dialog.edit, "Calmer.")
    with qtbot.waitSignal(dialog.journal_done, timeout=1000) as done:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert done.args[0].text == "Calmer." and not done.args[0].skipped


def test_journal_skip(qtbot: QtBot) -> None:
    dialog = _journal(qtbot)
    qtbot.keyClicks(dialog.edit, "not today")
    with qtbot.waitSignal(dialog.journal_done, timeout=1000) as done:
        qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert done.args == [JournalResult(DEFAULT_PROMPT, "", skipped=True)]
    assert not dialog.isVisible()


def test_journal_escape_skips_only_when_empty(qtbot: QtBot) -> None:
    empty = _journal(qtbot)
    with qtbot.waitSignal(empty.journal_done, timeout=1000) as done:
        qtbot.keyClick(empty.edit, Qt.Key.Key_Escape)
    assert done.args[0].skipped

    dialog = _journal(qtbot)
    qtbot.keyClicks(dialog.edit, "words worth keeping")
    with qtbot.assertNotEmitted(dialog.journal_done):
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert "Save" in dialog.note.text() and "Skip" in dialog.note.text()
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)


def test_journal_controls_are_large_named_and_explained(qtbot: QtBot) -> None:
    dialog = _journal(qtbot)
    for button in dialog.findChildren(QAbstractButton):
        assert button.width() >= 44 and button.height() >= 44, button.text()
        assert button.accessibleName() and button.toolTip(), button.text()
    assert dialog.edit.accessibleName() and dialog.edit.toolTip()
    qtbot.keyClick(dialog.edit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.skip_button  # Save is disabled while empty
