"""The FHIR R4 Bundle of the pain ratings, built as plain JSON (no FHIR library at run time).

A Bundle of type ``collection`` holding Observations and no Patient: one per overall pain rating
and one per rated body-map region, coded LOINC 72514-3 with ``valueInteger`` 0-10 and a
time-zoned ``effectiveDateTime``. A region's ``bodySite`` carries our CHOIR body-map coding and,
where the whole region lies in one, a SNOMED CT body structure. The tests validate the result
with the ``fhir.resources`` models; ``docs/EXPORTS.md`` describes the mapping.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, tzinfo
from typing import Any

from somatic_player.core.bodymap import region
from somatic_player.history.records import CheckIn, SessionRecord, utc_now
from somatic_player.history.store import Store

Progress = Callable[[int, int], None]
_PROGRESS_EVERY = 500

LOINC = "http://loinc.org"
PAIN_SEVERITY = {
    "system": LOINC,
    "code": "72514-3",
    "display": "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
}
SURVEY = {
    "system": "http://terminology.hl7.org/CodeSystem/observation-category",
    "code": "survey",
    "display": "Survey",
}
CHOIR_SYSTEM = "https://somatic-player.example/fhir/CodeSystem/choir-body-map"
SNOMED = "http://snomed.info/sct"
# SNOMED CT body structures for the body parts that have one covering the whole CHOIR region
# (side is carried by the CHOIR code and the text). Parts not listed get no SNOMED coding.
SNOMED_BY_PART = {
    "head": ("69536005", "Head structure"),
    "face": ("89545001", "Face structure"),
    "neck": ("45048000", "Neck structure"),
    "shoulder": ("16982005", "Shoulder region structure"),
    "chest": ("51185008", "Thoracic structure"),
    "upper-arm": ("40983000", "Structure of upper limb between shoulder and elbow"),
    "elbow": ("127949000", "Elbow region structure"),
    "forearm": ("14975008", "Forearm structure"),
    "wrist": ("8205005", "Wrist region structure"),
    "hand": ("85562004", "Hand structure"),
    "hip": ("29836001", "Hip region structure"),
    "thigh": ("68367000", "Thigh structure"),
    "knee": ("72696002", "Knee region structure"),
    "shin": ("78234002", "Shin structure"),
    "ankle": ("344001", "Ankle region structure"),
    "foot": ("56459004", "Foot structure"),
    "lower-back": ("37822005", "Lower back structure"),
}
SNOMED_BY_CODE = {237: ("76853006", "Heel structure"), 238: ("76853006", "Heel structure")}
NAMESPACE_STATE_KEY = "export.fhir_uuid_namespace"


def fhir_bundle(
    store: Store,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    progress: Progress | None = None,
    tz: tzinfo | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """The FHIR R4 Bundle (type ``collection``) of pain Observations, as JSON-ready dicts.

    Resource ids are stable for this history: ``urn:uuid`` values derived from a random
    namespace kept in the store, so exporting twice gives the same ids for the same ratings.
    """
    namespace = _namespace(store)
    sessions = {s.id: s for s in store.sessions()}
    checkins = store.checkins(since=since, until=until)
    entries: list[dict[str, Any]] = []
    for n, c in enumerate(checkins, start=1):
        if not c.skipped:
            session = sessions.get(c.session_id) if c.session_id else None
            entries.extend(_observations(c, session, namespace, tz))
        if progress is not None and n % _PROGRESS_EVERY == 0:
            progress(n, len(checkins))
    if progress is not None:
        progress(len(checkins), len(checkins))
    stamp = (now or utc_now()).astimezone(UTC).isoformat(timespec="seconds")
    bundle: dict[str, Any] = {
        "resourceType": "Bundle",
        "id": str(uuid.uuid4()),
        "type": "collection",
        "timestamp": stamp.replace("+00:00", "Z"),
    }
    if entries:  # FHIR JSON never holds an empty array
        bundle["entry"] = entries
    return bundle


def _observations(
    c: CheckIn, session: SessionRecord | None, namespace: uuid.UUID, tz: tzinfo | None
) -> list[dict[str, Any]]:
    when = c.taken_at.astimezone(tz).isoformat(timespec="seconds")
    context = _context(c, session)
    out = []
    if c.pain_now is not None:
        out.append(
            _observation(
                uuid.uuid5(namespace, f"checkin/{c.id}/pain_now"),
                when,
                c.pain_now,
                "Pain right now (0-10)",
                context,
            )
        )
    if c.body is not None:
        for code in sorted(c.body.regions):
            rating = c.body.regions[code]
            notes = [context]
            if rating.qualities:
                notes.append("Described as " + ", ".join(sorted(rating.qualities)) + ".")
            if rating.worst:
                notes.append("Marked as the worst area.")
            obs = _observation(
                uuid.uuid5(namespace, f"checkin/{c.id}/region/{code}"),
                when,
                rating.rating,
                "Pain in this body region (0-10)",
                " ".join(notes),
            )
            obs["resource"]["bodySite"] = body_site(code)
            out.append(obs)
    return out


def _observation(uid: uuid.UUID, when: str, value: int, text: str, note: str) -> dict[str, Any]:
    return {
        "fullUrl": f"urn:uuid:{uid}",
        "resource": {
            "resourceType": "Observation",
            "status": "final",
            "category": [{"coding": [dict(SURVEY)]}],
            "code": {"coding": [dict(PAIN_SEVERITY)], "text": text},
            "effectiveDateTime": when,
            "valueInteger": value,
            "note": [{"text": note}],
        },
    }


def body_site(code: int) -> dict[str, Any]:
    """The ``bodySite`` CodeableConcept of a CHOIR region: our coding, SNOMED CT where known."""
    r = region(code)
    side = "right" if r.side == "R" else "left"
    label = f"{side} {r.name}"
    codings: list[dict[str, str]] = [{"system": CHOIR_SYSTEM, "code": str(code), "display": label}]
    snomed = SNOMED_BY_CODE.get(code) or SNOMED_BY_PART.get(r.part)
    if snomed is not None:
        codings.append({"system": SNOMED, "code": snomed[0], "display": snomed[1]})
    return {"coding": codings, "text": f"{label} (CHOIR body map {code}, {r.view} view)"}


def _context(c: CheckIn, session: SessionRecord | None) -> str:
    name = (session.title or session.routine_id) if session is not None else "a practice"
    if c.moment == "before":
        return f"Self-reported before practice ({name})."
    if c.moment == "after":
        return f"Self-reported after practice ({name})."
    return "Self-reported check-in outside practice."


def _namespace(store: Store) -> uuid.UUID:
    text = store.get_state(NAMESPACE_STATE_KEY)
    if text is None:
        text = str(uuid.uuid4())
        store.set_state(NAMESPACE_STATE_KEY, text)
    return uuid.UUID(text)
