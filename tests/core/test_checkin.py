"""Check-in values: region ratings, body maps, per-region change and the PEG-3 score."""

from __future__ import annotations

import pytest

from somatic_player.core.bodymap import REGIONS
from somatic_player.core.checkin import (
    ALL_CODES,
    QUALITIES,
    BodyMapRatings,
    RegionChange,
    RegionRating,
    check_rating,
    peg3_score,
    region_changes,
)


def test_all_74_choir_regions_are_known() -> None:
    assert len(ALL_CODES) == 74 == len(REGIONS)
    assert ALL_CODES[0] == 101 and ALL_CODES[-1] == 238
    assert all(101 <= c <= 136 or 201 <= c <= 238 for c in ALL_CODES)


def test_the_quality_list_is_generic_and_fixed() -> None:
    assert len(QUALITIES) == 12 == len(set(QUALITIES))
    assert {"aching", "burning", "stiff", "numb"} <= set(QUALITIES)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"code": 100, "rating": 3}, "not a CHOIR body-map region"),
        ({"code": 137, "rating": 3}, "not a CHOIR body-map region"),
        ({"code": 239, "rating": 3}, "not a CHOIR body-map region"),
        ({"code": 218, "rating": 11}, "from 0 to 10, got 11"),
        ({"code": 218, "rating": -1}, "from 0 to 10, got -1"),
        ({"code": 218, "rating": 2.5}, "whole number"),
        ({"code": 218, "rating": True}, "whole number"),
        ({"code": 218, "rating": 3, "qualities": frozenset({"stabbing"})}, "quality: stabbing"),
        (
            {"code": 218, "rating": 3, "qualities": frozenset({"x", "aching", "y"})},
            "qualities: x, y",
        ),
    ],
)
def test_bad_region_ratings_are_refused(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        RegionRating(**kwargs)  # type: ignore[arg-type]


def test_qualities_become_a_frozenset() -> None:
    rating = RegionRating(218, 6, {"aching", "stiff"})  # type: ignore[arg-type]
    assert rating.qualities == frozenset({"aching", "stiff"})
    assert isinstance(rating.qualities, frozenset)


def test_check_rating_accepts_none_and_the_scale() -> None:
    check_rating("pain", None)
    for value in range(11):
        check_rating("pain", value)
    with pytest.raises(ValueError, match="pain must be from 0 to 10, got 12"):
        check_rating("pain", 12)


def test_a_body_map_keys_regions_by_code_and_reports_painful_and_worst() -> None:
    body = BodyMapRatings.of(
        [RegionRating(218, 6, worst=True), RegionRating(219, 0), RegionRating(205, 3)]
    )
    assert set(body.regions) == {205, 218, 219}
    assert body.painful == {218: 6, 205: 3}
    assert body.worst == 218
    assert not body.is_empty and not body.no_pain
    assert BodyMapRatings().is_empty
    assert not BodyMapRatings(no_pain=True).is_empty
    assert BodyMapRatings().worst is None


def test_a_body_map_refuses_inconsistent_answers() -> None:
    with pytest.raises(ValueError, match="'no pain' cannot also have rated regions"):
        BodyMapRatings.of([RegionRating(218, 6)], no_pain=True)
    with pytest.raises(ValueError, match="only one region can be marked as the worst"):
        BodyMapRatings.of([RegionRating(218, 6, worst=True), RegionRating(219, 7, worst=True)])
    with pytest.raises(ValueError, match="filed under code 219"):
        BodyMapRatings({219: RegionRating(218, 6)})


def test_a_body_map_cannot_be_changed_in_place() -> None:
    body = BodyMapRatings.of([RegionRating(218, 6)])
    with pytest.raises(TypeError):
        body.regions[219] = RegionRating(219, 1)  # type: ignore[index]


def test_with_rating_moves_the_worst_mark_and_clears_no_pain() -> None:
    body = BodyMapRatings.of([RegionRating(218, 6, worst=True), RegionRating(205, 3)])
    moved = body.with_rating(RegionRating(205, 8, worst=True))
    assert moved.worst == 205
    assert moved.regions[218] == RegionRating(218, 6)
    assert body.worst == 218  # the original is untouched
    from_no_pain = BodyMapRatings(no_pain=True).with_rating(RegionRating(101, 2))
    assert not from_no_pain.no_pain and from_no_pain.painful == {101: 2}


def test_without_removes_one_region() -> None:
    body = BodyMapRatings.of([RegionRating(218, 6), RegionRating(205, 3)])
    assert set(body.without(218).regions) == {205}
    assert body.without(999) == body


def test_region_changes_count_an_unrated_region_as_zero() -> None:
    before = BodyMapRatings.of([RegionRating(218, 6), RegionRating(205, 4)])
    after = BodyMapRatings.of([RegionRating(218, 4), RegionRating(101, 2)])
    changes = region_changes(before, after)
    assert changes == [
        RegionChange(101, 0, 2),
        RegionChange(205, 4, 0),
        RegionChange(218, 6, 4),
    ]
    assert [c.points for c in changes] == [2, -4, -2]
    assert changes[0].percent is None  # from 0 there is no percentage
    assert changes[1].percent == -100.0
    assert changes[2].percent == pytest.approx(-33.333, abs=1e-3)


@pytest.mark.parametrize(
    ("items", "score"),
    [
        ((6, 7, 4), 5.7),
        ((0, 0, 0), 0.0),
        ((10, 10, 10), 10.0),
        ((5, 5, 6), 5.3),
        ((1, 1, 0), 0.7),
        ((3, 4, 4), 3.7),
    ],
)
def test_peg3_score_is_the_mean_to_one_decimal(items: tuple[int, int, int], score: float) -> None:
    assert peg3_score(*items) == score


def test_peg3_items_are_checked() -> None:
    with pytest.raises(ValueError, match="PEG enjoyment must be from 0 to 10, got 11"):
        peg3_score(5, 11, 5)
