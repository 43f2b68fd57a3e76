"""CSV and FHIR exports: documented columns, exact rows, atomic private files, valid FHIR."""

from __future__ import annotations

import copy
import csv
import json
import re
import stat
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pydantic
import pytest
from fhir.resources.R4B.bundle import Bundle

from somatic_player.core.checkin import BodyMapRatings, RegionRating
from somatic_player.history import exports
from somatic_player.history.demo import fill_demo
from somatic_player.history.exports import (
    CSV_COLUMNS,
    ExportError,
    atomic_text_file,
    body_site,
    export_csv,
    export_fhir,
    fhir_bundle,
)
from somatic_player.history.store import Store
from tests.history.helpers import T0, SetClock, body

DOC = Path(__file__).resolve().parents[2] / "docs" / "EXPORTS.md"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture
def small(store: Store, clock: SetClock) -> Store:
    """One session with before/after check-ins, a standalone skip, PEG-3, ketamine, journal."""
    clock.at(T0)
    sid = store.start_session(
        "easy-pace", "1", routine_title="=Easy pace", kind="breathing"
    )  # a title that looks like a formula
    store.add_checkin(
        "before",
        6,
        5,
        session_id=sid,
        body=BodyMapRatings.of(
            [
                RegionRating(218, 7, frozenset({"stiff", "aching"}), worst=True),
                RegionRating(205, 3),
            ]
        ),
    )
    clock.at(T0 + timedelta(minutes=7, seconds=30))
    store.end_session(sid, "completed")
    store.add_checkin("after", 4, None, session_id=sid, body=BodyMapRatings(no_pain=True))
    store.add_journal("What do you notice?", "Warm hands, calm", session_id=sid)
    clock.at(T0 + timedelta(hours=5))
    store.add_checkin("standalone", skipped=True)
    store.add_peg3(6, 7, 4)
    store.log_ketamine_session(T0 - timedelta(days=1), "clinic day")
    return store


# -- CSV ----------------------------------------------------------------------------------------


def test_every_csv_column_is_documented_in_order() -> None:
    text = DOC.read_text(encoding="utf-8")
    section = text.split("### Columns", 1)[1].split("###", 1)[0]
    documented = re.findall(r"^\| `([a-z_]+)` \|", section, flags=re.MULTILINE)
    assert tuple(documented) == CSV_COLUMNS


def test_every_csv_item_is_documented(small: Store, tmp_path: Path) -> None:
    out = tmp_path / "all.csv"
    export_csv(small, out, include_journal=True)
    items = {(r["record_type"], r["item"]) for r in _read_csv(out)}
    text = DOC.read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `([a-z_0-9]+)` \| `([a-z_0-9]+)` \|", text, re.MULTILINE))
    assert items <= documented
    assert len(items) >= 10


def test_csv_rows_are_one_measurement_each(small: Store, tmp_path: Path) -> None:
    out = tmp_path / "history.csv"
    count = export_csv(small, out, tz=UTC)
    rows = _read_csv(out)
    assert count == len(rows)
    header = out.read_text(encoding="utf-8").splitlines()[0]
    assert header == ",".join(CSV_COLUMNS)
    summary = [(r["record_type"], r["item"], r["value"], r["region_code"]) for r in rows]
    assert summary == [
        ("ketamine_session", "ketamine_session", "", ""),
        ("session", "practice_minutes", "7.5", ""),
        ("checkin", "pain_now", "6", ""),
        ("checkin", "tension", "5", ""),
        ("checkin", "region_pain", "3", "205"),
        ("checkin", "region_pain", "7", "218"),
        ("checkin", "pain_now", "4", ""),
        ("checkin", "body_map_no_pain", "1", ""),
        ("checkin", "skipped", "1", ""),
        ("peg3", "peg_pain", "6", ""),
        ("peg3", "peg_enjoyment", "7", ""),
        ("peg3", "peg_activity", "4", ""),
        ("peg3", "peg3_score", "5.7", ""),
    ]
    lower_back = rows[5]
    assert lower_back == {
        "timestamp": "2026-11-02T08:00:01+00:00",
        "record_type": "checkin",
        "record_id": "1",
        "session_id": "1",
        "moment": "before",
        "item": "region_pain",
        "value": "7",
        "unit": "0-10",
        "region_code": "218",
        "region_name": "lower back",
        "side": "left",
        "view": "back",
        "qualities": "aching;stiff",
        "worst": "1",
        "routine_id": "easy-pace",
        "routine_title": "'=Easy pace",
        "kind": "breathing",
        "outcome": "",
        "prompt": "",
        "text": "",
    }
    assert rows[1]["outcome"] == "completed" and rows[0]["text"] == "clinic day"
    assert rows[4]["side"] == "left" and rows[4]["view"] == "back"  # 205: back of neck, left
    assert not any(r["record_type"] == "journal" for r in rows)
    assert _mode(out) == 0o600


def test_the_journal_is_exported_only_when_asked(small: Store, tmp_path: Path) -> None:
    out = tmp_path / "with-journal.csv"
    export_csv(small, out, include_journal=True)
    [entry] = [r for r in _read_csv(out) if r["record_type"] == "journal"]
    assert (entry["prompt"], entry["text"], entry["routine_id"]) == (
        "What do you notice?",
        "Warm hands, calm",
        "easy-pace",
    )


def test_csv_date_range_and_local_times(small: Store, tmp_path: Path) -> None:
    out = tmp_path / "range.csv"
    export_csv(small, out, since=T0 + timedelta(hours=1), until=T0 + timedelta(days=1))
    rows = _read_csv(out)
    assert {r["record_type"] for r in rows} == {"checkin", "peg3"}
    tz = datetime(2026, 11, 2).astimezone().tzinfo
    for r in rows:
        stamp = datetime.fromisoformat(r["timestamp"])
        assert stamp.utcoffset() == datetime(2026, 11, 2, 13, tzinfo=UTC).astimezone(tz).utcoffset()


def test_progress_reaches_the_total(small: Store, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    export_csv(small, tmp_path / "p.csv", progress=lambda d, t: calls.append((d, t)))
    assert calls[-1] == (6, 6)  # 3 check-ins, 1 session, 1 PEG-3, 1 ketamine session
    fhir_calls: list[tuple[int, int]] = []
    export_fhir(small, tmp_path / "p.json", progress=lambda d, t: fhir_calls.append((d, t)))
    assert fhir_calls[-1] == (3, 3)


def test_a_failed_export_leaves_the_old_file(small: Store, tmp_path: Path) -> None:
    out = tmp_path / "keep.csv"
    out.write_text("the old export\n")

    def boom(done: int, total: int) -> None:
        raise RuntimeError("interrupted")

    with pytest.raises(RuntimeError):
        export_csv(small, out, progress=boom)
    assert out.read_text() == "the old export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "keep.csv"]


def test_atomic_files_refuse_bad_targets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with (
        pytest.raises(ExportError, match="does not exist"),
        atomic_text_file(tmp_path / "missing" / "x.csv"),
    ):
        pass
    with pytest.raises(ExportError, match="is a folder"), atomic_text_file(tmp_path):
        pass

    def denied(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(exports.os, "replace", denied)
    with (
        pytest.raises(ExportError, match=r"cannot write .*x.csv: Permission denied"),
        atomic_text_file(tmp_path / "x.csv") as f,
    ):
        f.write("data")
    assert list(tmp_path.iterdir()) == []  # the temporary file is gone too


# -- FHIR ---------------------------------------------------------------------------------------


@pytest.fixture
def demo30(tmp_path: Path) -> Iterator[Store]:
    end = datetime(2026, 11, 25, 20, tzinfo=UTC)
    with Store.open(tmp_path / "demo.sqlite3", clock=SetClock(end)) as store:
        fill_demo(store, days=30, seed=5, end=end)
        yield store


def test_the_fhir_export_of_30_days_of_demo_data_validates(demo30: Store, tmp_path: Path) -> None:
    out = tmp_path / "bundle.json"
    count = export_fhir(demo30, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    bundle = Bundle.model_validate(data)
    assert bundle.type == "collection" and len(bundle.entry or []) == count > 200
    assert _mode(out) == 0o600
    checkins = [c for c in demo30.checkins() if not c.skipped]
    overall = sum(1 for c in checkins if c.pain_now is not None)
    regions = sum(len(c.body.regions) for c in checkins if c.body is not None)
    assert count == overall + regions
    urls = [e["fullUrl"] for e in data["entry"]]
    assert len(set(urls)) == len(urls)
    assert all(re.fullmatch(r"urn:uuid:[0-9a-f-]{36}", u) for u in urls)
    for entry in data["entry"]:
        obs = entry["resource"]
        assert obs["resourceType"] == "Observation" and obs["status"] == "final"
        assert "subject" not in obs
        assert obs["code"]["coding"] == [
            {
                "system": "http://loinc.org",
                "code": "72514-3",
                "display": "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
            }
        ]
        assert obs["category"][0]["coding"][0]["code"] == "survey"
        assert isinstance(obs["valueInteger"], int) and 0 <= obs["valueInteger"] <= 10
        assert datetime.fromisoformat(obs["effectiveDateTime"]).utcoffset() is not None
        if "bodySite" in obs:
            systems = [c["system"] for c in obs["bodySite"]["coding"]]
            assert systems[0] == exports.CHOIR_SYSTEM
            assert set(systems) <= {exports.CHOIR_SYSTEM, exports.SNOMED}


def test_the_validator_would_notice_a_broken_bundle(demo30: Store) -> None:
    """The validation above can fail: the same library refuses these."""
    data = fhir_bundle(demo30)
    for breaking in (
        lambda obs: obs.pop("status"),
        lambda obs: obs.update(valueInteger="seven"),
        lambda obs: obs.update(effectiveDateTime="25/11/2026"),
        lambda obs: obs.pop("code"),
        lambda obs: obs.update(painScore=7),
    ):
        broken = copy.deepcopy(data)
        breaking(broken["entry"][0]["resource"])
        with pytest.raises(pydantic.ValidationError):
            Bundle.model_validate(broken)


def test_fhir_ids_are_stable_and_the_range_filters(small: Store) -> None:
    first = fhir_bundle(small, now=T0)
    again = fhir_bundle(small, now=T0)
    assert [e["fullUrl"] for e in first["entry"]] == [e["fullUrl"] for e in again["entry"]]
    assert first["id"] != again["id"]  # each bundle is its own document
    assert first["timestamp"] == "2026-11-02T08:00:00Z"
    values = [e["resource"]["valueInteger"] for e in first["entry"]]
    assert values == [6, 3, 7, 4]  # before: overall, 205, 218; after: overall (no pain map)
    region = first["entry"][2]["resource"]
    assert region["bodySite"]["coding"][0]["code"] == "218"
    assert "aching, stiff" in region["note"][0]["text"]
    assert "worst area" in region["note"][0]["text"]
    assert "before practice (=Easy pace)" in region["note"][0]["text"]
    later = fhir_bundle(small, since=T0 + timedelta(minutes=5))
    assert [e["resource"]["valueInteger"] for e in later["entry"]] == [4]
    empty = fhir_bundle(small, until=T0)
    assert "entry" not in empty  # FHIR JSON has no empty arrays
    assert Bundle.model_validate(empty).entry is None


def test_body_sites_carry_choir_and_known_snomed_codes() -> None:
    lower_back = body_site(218)
    assert lower_back == {
        "coding": [
            {"system": exports.CHOIR_SYSTEM, "code": "218", "display": "left lower back"},
            {"system": exports.SNOMED, "code": "37822005", "display": "Lower back structure"},
        ],
        "text": "left lower back (CHOIR body map 218, back view)",
    }
    assert body_site(237)["coding"][1]["code"] == "76853006"  # heel, not the whole foot
    assert body_site(135)["coding"][1]["code"] == "56459004"
    buttock = body_site(223)
    assert [c["system"] for c in buttock["coding"]] == [exports.CHOIR_SYSTEM]
    assert body_site(111)["text"] == "right upper arm (CHOIR body map 111, front view)"


def test_an_empty_history_exports_valid_empty_files(store: Store, tmp_path: Path) -> None:
    assert export_csv(store, tmp_path / "e.csv") == 0
    assert _read_csv(tmp_path / "e.csv") == []
    assert export_fhir(store, tmp_path / "e.json") == 0
    data: dict[str, Any] = json.loads((tmp_path / "e.json").read_text())
    Bundle.model_validate(data)


def test_a_region_only_checkin_exports_its_regions(store: Store, tmp_path: Path) -> None:
    store.add_checkin("standalone", body=body((101, 4)))
    out = tmp_path / "r.csv"
    export_csv(store, out)
    [row] = _read_csv(out)
    assert (row["item"], row["value"], row["region_name"], row["side"]) == (
        "region_pain",
        "4",
        "upper head",
        "right",
    )
