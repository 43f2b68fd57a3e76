"""The words the compiler itself says or captions, in each content language.

Most of what a session says comes from the routine file, in the routine's language. A few words
come from the compiler: the breathing phases ("Breathe in"), the muscle-relaxation captions
("Let go"), the sides ("right", "left") put into ``{side}``, the movement sides and counts, the
bells and the names of untitled steps. They follow the routine's ``language`` (not the
interface's), so a Spanish routine is spoken and captioned in Spanish throughout; a language we
do not ship gets the English words, as before.

The same wording rules hold in every language (CONTENT.md): warm and plain, Spanish *tú* and
German *du*, smaller and softer breaths (never "deeper"), gentle effort only.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

from somatic_player.core.language_rules import base_language

Side = Literal["right", "left"]
_SIDES: tuple[Side, ...] = ("right", "left")


def _frozen(values: dict[str, str]) -> MappingProxyType[str, str]:
    return MappingProxyType(dict(values))


@dataclass(frozen=True)
class SpokenWords:
    """One language's words for what the compiler generates."""

    code: str
    # Breathing pacer cues, by phase ("none" is silent).
    phases: MappingProxyType[str, str]
    top_up: str  # the second, short in-breath of a cyclic sigh
    beginning: str  # the opening bell
    complete: str  # the closing bell
    check_in: str  # "{moment}" is one of ``moments``
    moments: MappingProxyType[str, str]
    # Names of steps without a title, by kind.
    step_titles: MappingProxyType[str, str]
    # Muscle relaxation: the captions of the tension and release windows, rapid mode's caption,
    # and the line said instead of the focus the second time round in learning mode (when the
    # routine keeps the English default).
    tension_caption: str
    release_caption: str
    rapid_caption: str
    again: str
    # ``{side}`` and ``{other_side}`` in a routine's text become these words; a language whose
    # adjectives agree with their noun may offer more forms (``{side_f}``: feminine).
    side_forms: MappingProxyType[str, tuple[str, str]]
    # Movement done on each side in turn: the line before the first side and before the second.
    first_side: MappingProxyType[str, str]
    next_side: MappingProxyType[str, str]
    count: str  # the caption of a repetition: "{n} of {reps}"
    # The cue words of the "spoken" cue style, by cue.
    spoken_cues: MappingProxyType[str, str]

    def side(self, side: str, form: str = "side") -> str:
        """The word for ``side`` ("right", "left"; "" for both) in ``form``."""
        if side not in _SIDES:
            return ""
        right, left = self.side_forms.get(form, self.side_forms["side"])
        return right if side == "right" else left

    def fill_sides(self, text: str, side: str) -> str:
        """``text`` with every ``{side}``-like placeholder filled for ``side`` (and the other
        side for ``{other_side}``...); "" for both sides."""
        other = {"right": "left", "left": "right"}.get(side, "")
        for form in self.side_forms:
            text = text.replace("{" + form + "}", self.side(side, form))
            text = text.replace("{other_" + form + "}", self.side(other, form))
        return text

    def placeholders(self) -> frozenset[str]:
        """Every placeholder a routine text in this language may use (``{side}``...)."""
        names = [*self.side_forms, *(f"other_{form}" for form in self.side_forms)]
        return frozenset("{" + name + "}" for name in names)


ENGLISH = SpokenWords(
    code="en",
    phases=_frozen(
        {
            "inhale": "Breathe in",
            "hold-in": "Hold gently",
            "exhale": "Breathe out",
            "hold-out": "Rest",
            "none": "",
        }
    ),
    top_up="A little more in",
    beginning="Beginning",
    complete="Practice complete",
    check_in="Check-in ({moment})",
    moments=_frozen({"before": "before", "after": "after", "during": "during"}),
    step_titles=_frozen(
        {
            "narration": "Guidance",
            "silence": "Quiet time",
            "check-in": "Check-in",
            "journal": "Journal",
            "breath": "Breathing",
            "anchor": "Anchor",
        }
    ),
    tension_caption="Gentle effort, just enough to notice",
    release_caption="Let go, and notice",
    rapid_caption="Let go",
    again="Once more, the same area.",
    side_forms=MappingProxyType({"side": ("right", "left")}),
    first_side=_frozen(
        {"right": "Start with the right side.", "left": "Start with the left side."}
    ),
    next_side=_frozen({"right": "Now the right side.", "left": "Now the left side."}),
    count="{n} of {reps}",
    spoken_cues=_frozen({"inhale": "In", "exhale": "Out", "hold": "Hold"}),
)

SPANISH = SpokenWords(
    code="es",
    phases=_frozen(
        {
            "inhale": "Inhala",
            "hold-in": "Sostén con suavidad",
            "exhale": "Exhala",
            "hold-out": "Descansa",
            "none": "",
        }
    ),
    top_up="Un poquito más",
    beginning="Comenzamos",
    complete="Práctica terminada",
    check_in="Cómo estás ({moment})",
    moments=_frozen({"before": "antes", "after": "después", "during": "durante"}),
    step_titles=_frozen(
        {
            "narration": "Guía",
            "silence": "Momento de calma",
            "check-in": "Cómo estás",
            "journal": "Diario",
            "breath": "Respiración",
            "anchor": "Ancla",
        }
    ),
    tension_caption="Esfuerzo suave, solo lo justo para notarlo",
    release_caption="Suelta, y observa",
    rapid_caption="Suelta",
    again="Una vez más, la misma zona.",
    # The Spanish scripts say "del lado {side}", so the masculine form agrees with "lado";
    # {side_f} is there for a feminine noun ("la mano {side_f}").
    side_forms=MappingProxyType(
        {"side": ("derecho", "izquierdo"), "side_f": ("derecha", "izquierda")}
    ),
    first_side=_frozen(
        {"right": "Empieza por el lado derecho.", "left": "Empieza por el lado izquierdo."}
    ),
    next_side=_frozen({"right": "Ahora, el lado derecho.", "left": "Ahora, el lado izquierdo."}),
    count="{n} de {reps}",
    spoken_cues=_frozen({"inhale": "Inhala", "exhale": "Exhala", "hold": "Sostén"}),
)

GERMAN = SpokenWords(
    code="de",
    phases=_frozen(
        {
            "inhale": "Einatmen",
            "hold-in": "Sanft halten",
            "exhale": "Ausatmen",
            "hold-out": "Ruhen",
            "none": "",
        }
    ),
    top_up="Noch ein wenig ein",
    beginning="Wir beginnen",
    complete="Übung beendet",
    check_in="Wie geht es dir ({moment})",
    moments=_frozen({"before": "vorher", "after": "nachher", "during": "zwischendurch"}),
    step_titles=_frozen(
        {
            "narration": "Anleitung",
            "silence": "Stille",
            "check-in": "Wie geht es dir",
            "journal": "Tagebuch",
            "breath": "Atmung",
            "anchor": "Anker",
        }
    ),
    tension_caption="Sanfte Anspannung, gerade genug, um sie zu spüren",
    release_caption="Loslassen und nachspüren",
    rapid_caption="Loslassen",
    again="Noch einmal, derselbe Bereich.",
    # German adjectives take the ending their noun and case ask for: "{side}" for "die rechte
    # Hand", "dein rechtes Bein" needs "{side_es}", "dein rechter Arm" "{side_er}", "im rechten
    # Bein" "{side_en}", "deinem rechten" likewise; "{side_em}" is there for completeness.
    side_forms=MappingProxyType(
        {
            "side": ("rechte", "linke"),
            "side_en": ("rechten", "linken"),
            "side_er": ("rechter", "linker"),
            "side_es": ("rechtes", "linkes"),
            "side_em": ("rechtem", "linkem"),
        }
    ),
    first_side=_frozen(
        {"right": "Beginne mit der rechten Seite.", "left": "Beginne mit der linken Seite."}
    ),
    next_side=_frozen({"right": "Jetzt die rechte Seite.", "left": "Jetzt die linke Seite."}),
    count="{n} von {reps}",
    spoken_cues=_frozen({"inhale": "Ein", "exhale": "Aus", "hold": "Halten"}),
)

WORDS: dict[str, SpokenWords] = {w.code: w for w in (ENGLISH, SPANISH, GERMAN)}


def words_for(language: str | None) -> SpokenWords:
    """The compiler's words for content in ``language`` (English for one we do not ship)."""
    return WORDS[base_language(language)]
