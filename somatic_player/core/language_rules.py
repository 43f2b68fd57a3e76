"""The safety wording rules of CONTENT.md, per content language (English, Spanish, German).

One place for every word list the checks use: the routine validators (gentle effort in a tension
instruction, no tension words where nothing may be tensed, a gentle invitation for a painful
body-scan area, open journal questions), the stop rules of gentle movement, and the lint tests
over shipped content and interface text (claim words, threat words, big breaths, force). A
routine is checked in its own ``language``; a language we do not ship is held to the English
rules, as every file was before translations existed.

The English lists are the ones the app has always used; the Spanish and German ones say the same
things the way those languages say them (Spanish *tú*, German *du*).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DEFAULT = "en"


def _words(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


@dataclass(frozen=True)
class LanguageRules:
    """What content in one language must say, and must never say."""

    code: str
    # A tension instruction (PMR ``text.tense``) must contain this phrase (compared lowercased).
    gentle_effort: str
    # ...and none of these (lowercased) phrases asking for hard effort.
    forceful: tuple[str, ...]
    # A painful body-scan area is visited with an invitation to notice without changing anything.
    gentle_visit: re.Pattern[str]
    gentle_visit_words: str  # the phrase as messages quote it
    # Words asking a muscle to work: never in text spoken when nothing may be tensed.
    tension_verbs: re.Pattern[str]
    # Claims of treating, curing or reducing pain (CONTENT.md, "Safety and language").
    claim_words: re.Pattern[str]
    # Words that make the body sound broken (scripts only).
    threat_words: re.Pattern[str]
    # Breathing guidance asks for smaller, softer breaths: never deeper or bigger ones.
    big_breaths: re.Pattern[str]
    # Muscle work is always gentle: no maximum effort.
    force: re.Pattern[str]
    # Breathing routines say to keep breaths small or soft, and what to do when dizzy.
    small_or_soft: tuple[str, ...]
    dizzy: tuple[str, ...]
    # A journal prompt asks what the person notices: no why, no verdicts, no meanings.
    interpretive: re.Pattern[str]
    # The stop rules of gentle movement, and the signs each must name (any one spelling of each).
    stop_rules: tuple[str, ...]
    stop_signs: tuple[tuple[str, ...], ...]

    def missing_stop_signs(self, text: str) -> list[str]:
        """The stop signs ``text`` does not name (first spelling of each)."""
        said = text.lower()
        return [sign[0] for sign in self.stop_signs if not any(s in said for s in sign)]


ENGLISH = LanguageRules(
    code="en",
    gentle_effort="never to the point of pain or cramp",
    forceful=("as hard as",),
    gentle_visit=_words(re.escape("without needing to change anything")),
    gentle_visit_words="without needing to change anything",
    tension_verbs=_words(
        r"\b(tens(e|es|ed|ing)|tighten\w*|squeez\w*|clench\w*|fists?|press(es|ed|ing)?|"
        r"bit(e|es|ing)|curl(s|ed|ing)?)\b"
    ),
    claim_words=_words(
        r"\b(treat(s|ed|ing|ment)?|cur(e|es|ed|ing)|heal(s|ed|ing)?|"
        r"reduc(e|es|ed|ing) (your )?pain|pain relief|relieves? pain|clinically proven|"
        r"therapeutic\w*|diagnos\w*|resonance frequency)\b"
    ),
    threat_words=_words(r"\b(damag\w*|wear and tear|degenerat\w*)\b"),
    big_breaths=_words(
        r"\b(deep(er|ly)?|big(ger)?|as much air|fill your lungs|power breath\w*|hyperventilat\w*)\b"
    ),
    force=_words(r"\b(as hard as|as tight as|maximum|with all your|force\w*|strain hard)\b"),
    small_or_soft=("small", "soft"),
    dizzy=("light-headed", "dizzy"),
    interpretive=_words(
        r"\b(why|should|must|mean(s|ing)?|better|worse|improv\w*|wrong|fail\w*|succe\w*)\b"
    ),
    stop_rules=(
        "Stop and rest if you feel sharp, shooting or electric pain, a cramp, "
        "or new numbness or weakness.",
        "Stop and get medical help at once for chest pain, fainting or feeling faint, "
        "severe breathlessness, or palpitations (a racing or pounding heart).",
    ),
    stop_signs=(
        ("sharp",),
        ("shooting",),
        ("electric",),
        ("cramp",),
        ("numbness",),
        ("weakness",),
        ("chest pain",),
        ("faint",),
        ("breathlessness",),
        ("palpitations",),
    ),
)

SPANISH = LanguageRules(
    code="es",
    gentle_effort="nunca hasta sentir dolor o calambre",
    forceful=("tan fuerte como", "con todas tus fuerzas"),
    gentle_visit=_words(
        r"sin (necesidad de|tener que|intentar|querer|buscar) cambiar nada|"
        r"sin que haga falta cambiar nada"
    ),
    gentle_visit_words="sin necesidad de cambiar nada",
    # "tensión" (the noun: "deja ir la tensión") invites letting go and is not a tension verb;
    # "trata de" is "try to", so only the claim forms of tratar are claim words below.
    tension_verbs=_words(
        r"\b(tens(a|as|ar|ad|e|es|en|ando|ados?|adas?)|tensiona\w*|aprie(ta|tas|tes|te|ten)|"
        r"apret(ar|ad|ando|ados?|adas?)|contra(e|es|er|igas?|yendo)|estruj\w*|puños?|"
        r"presion(a|as|ar|ad|ando|es)|muerd\w*|morder|mordiendo|encog\w*|frunc\w*|endurec\w*)\b"
    ),
    claim_words=_words(
        r"\b(trat(ar|amientos?)|cur(a|ar|an|as|ación|ado|ada|ativ[oa]s?)|"
        r"san(ar|ación|ador\w*)|(reduc|alivi|elimin|quit)\w* (el |tu |los |tus )?dolor(es)?|"
        r"alivio del dolor|clínicamente (probad|demostrad|comprobad)[oa]s?|"
        r"terapéutic[oa]s?|diagnostic\w*|diagnóstic\w*|frecuencia de resonancia)\b"
    ),
    threat_words=_words(r"\b(dañ\w*|desgast\w*|degenera\w*)\b"),
    big_breaths=_words(
        r"(más profund\w*|\brespira(r)? hondo|\brespiraci(ón|ones) profundas?|"
        r"\bllena(r)? (tus|los) pulmones|\bhiperventil\w*)"
    ),
    force=_words(
        r"\b(tan fuerte como|tan apretad[oa]s? como|con todas tus fuerzas|máximo esfuerzo|"
        r"fuerza máxima|al máximo|forz(ar|ando)|fuérza\w*)\b"
    ),
    small_or_soft=("pequeñ", "suave"),
    dizzy=("mare",),
    interpretive=_words(
        r"(por qué|\bdeber\w*|\bdebes\b|\btienes que\b|\bsignific\w*|\bmejor(es|a|ar)?\b|"
        r"\bpeor(es)?\b|\bmejora\w*|\bequivoca\w*|\bfall(a|ar|aste|o)\b|\bfracas\w*|\béxito)"
    ),
    stop_rules=(
        "Detente y descansa si sientes un dolor agudo, punzante o como una descarga eléctrica, "
        "un calambre, o un entumecimiento o una debilidad nuevos.",
        "Detente y pide ayuda médica de inmediato si tienes dolor en el pecho, te desmayas o "
        "sientes que vas a desmayarte, te falta mucho el aire o tienes palpitaciones (el corazón "
        "acelerado o latiendo con fuerza).",
    ),
    stop_signs=(
        ("agudo",),
        ("punzante", "lancinante", "que se irradia"),
        ("eléctric",),
        ("calambre",),
        ("entumec", "adormec", "hormigueo"),
        ("debilidad",),
        ("dolor en el pecho", "dolor de pecho", "dolor torácico"),
        ("desmay",),
        (
            "falta el aire",
            "falta de aire",
            "falta mucho el aire",
            "ahogo",
            "dificultad para respirar",
        ),
        ("palpitaciones",),
    ),
)

GERMAN = LanguageRules(
    code="de",
    gentle_effort="nie bis zu schmerz oder krampf",
    forceful=("so fest wie", "so stark wie", "mit aller kraft"),
    gentle_visit=_words(
        r"ohne (etwas|irgendetwas|irgendwas|dort etwas|hier etwas) (zu )?(ver)?ändern"
        r"( zu (müssen|wollen))?"
    ),
    gentle_visit_words="ohne etwas verändern zu müssen",
    # "Anspannung" (the noun: "lass die Anspannung los") and "entspannen" are not tension verbs.
    tension_verbs=_words(
        r"\b((an)?spann(e|en|st|t)|angespannt|zusammenzieh\w*|"
        r"drück(e|en|st|t)?|quetsch\w*|ball(e|en|st|t)|faust|fäuste|press(e|en|st|t)|"
        r"beiß(e|en|t|st)?|zusammenbeiß\w*|krall\w*|kneif\w*)\b"
    ),
    claim_words=_words(
        r"\b(behandel\w*|behandl\w*|heil(en|t|st|ung|ungen|end)|geheilt|"
        r"(lindert|lindern|reduziert|reduzieren|verringert|verringern|nimmt|nehmen) "
        r"(die |deine |ihre |ihre )?schmerzen|schmerzlinderung|schmerzreduktion|"
        r"klinisch (erwiesen|bewiesen|belegt|geprüft)|therapeutisch\w*|diagnos\w*|"
        r"resonanzfrequenz)\b"
    ),
    threat_words=_words(r"\b(schaden|schäden|schädig\w*|verschleiß\w*|degenerat\w*)\b"),
    big_breaths=_words(
        r"\b(tiefer\w*|atme tief|tief (ein|durch)atmen|tiefe[nrs]? atem\w*|tiefe[nrs]? atemzüge|"
        r"fülle deine lunge\w*|hyperventil\w*)\b"
    ),
    force=_words(
        r"\b(so fest wie|so stark wie|mit aller kraft|mit voller kraft|maximal\w*|"
        r"mit höchster kraft)\b"
    ),
    small_or_soft=("klein", "sanft", "weich"),
    dizzy=("schwind", "benommen"),
    interpretive=_words(
        r"\b(warum|wieso|weshalb|sollte\w*|solltest|musst|müsste\w*|bedeut\w*|besser|"
        r"schlechter|verbesser\w*|verschlechter\w*|falsch|versag\w*|gescheitert|erfolg\w*)\b"
    ),
    stop_rules=(
        "Hör auf und ruh dich aus, wenn du einen scharfen, einschießenden oder elektrischen "
        "Schmerz, einen Krampf oder neue Taubheit oder Schwäche spürst.",
        "Hör auf und hol dir sofort ärztliche Hilfe bei Schmerzen in der Brust, Ohnmacht oder "
        "dem Gefühl, ohnmächtig zu werden, starker Atemnot oder Herzrasen (einem rasenden oder "
        "pochenden Herzen).",
    ),
    stop_signs=(
        ("scharf",),
        ("einschießend", "stechend", "ausstrahlend"),
        ("elektrisch",),
        ("krampf",),
        ("taubheit", "taub"),
        ("schwäche",),
        ("brustschmerz", "schmerzen in der brust", "schmerz in der brust"),
        ("ohnmacht", "ohnmächtig"),
        ("atemnot", "kurzatmig"),
        ("herzrasen", "herzklopfen", "herzstolpern", "palpitation"),
    ),
)

RULES: dict[str, LanguageRules] = {r.code: r for r in (ENGLISH, SPANISH, GERMAN)}


def base_language(code: str | None) -> str:
    """``"es-MX"`` -> ``"es"``; None or a language we do not ship -> ``"en"``."""
    base = (code or DEFAULT).split("-")[0].split("_")[0].lower()
    return base if base in RULES else DEFAULT


def rules_for(code: str | None) -> LanguageRules:
    """The rules for content written in ``code`` (English for a language we do not ship)."""
    return RULES[base_language(code)]


def tension_verbs_in(text: str, code: str | None = DEFAULT) -> list[str]:
    """The tension words in ``text`` in language ``code`` (None: in any shipped language)."""
    chosen = RULES.values() if code is None else (rules_for(code),)
    found: list[str] = []
    for rules in chosen:
        found += [m.group(0) for m in rules.tension_verbs.finditer(text)]
    return list(dict.fromkeys(found))


def effort_problem(tense: str, code: str | None) -> str:
    """Why a tension instruction is not gentle enough ("" when it is).

    ``code`` None (no language known, e.g. a step built on its own): the phrase of any shipped
    language will do, and the forceful phrases of every language are refused.
    """
    if not tense:
        return ""
    lower = tense.lower()
    chosen = list(RULES.values()) if code is None else [rules_for(code)]
    if not any(r.gentle_effort in lower for r in chosen):
        return f"text.tense must say '{chosen[0].gentle_effort}' (gentle effort only)"
    for rules in chosen:
        for phrase in rules.forceful:
            if phrase in lower:
                return f"text.tense asks for gentle effort, never '{phrase}'"
    return ""


def gentle_visit_ok(text: str, code: str | None) -> bool:
    """Whether a body-scan ``gentle`` text invites noticing without changing anything
    (``code`` None: in any shipped language)."""
    chosen = RULES.values() if code is None else (rules_for(code),)
    return any(r.gentle_visit.search(text) for r in chosen)
