"""The CHOIR Body Map regions (Scherrer et al. 2021): 74 numbered regions, front and back.

Sides are the patient's own. ``part`` groups regions into body parts so that muscle groups and
exercises can name the parts they touch (``"forearm"``) and be resolved to codes for a side.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Side = Literal["R", "L"]
View = Literal["front", "back"]


@dataclass(frozen=True, slots=True)
class Region:
    """One numbered body-map region."""

    code: int
    name: str
    side: Side
    view: View
    part: str


def _pairs(view: View, rows: list[tuple[int, int, str, str]], first: Side) -> list[Region]:
    second: Side = "L" if first == "R" else "R"
    out: list[Region] = []
    for a, b, name, part in rows:
        out.append(Region(a, name, first, view, part))
        out.append(Region(b, name, second, view, part))
    return out


# Front view: the first code of each pair is the patient's right.
_FRONT = _pairs(
    "front",
    [
        (101, 102, "upper head", "head"),
        (103, 104, "face", "face"),
        (105, 106, "front of neck", "neck"),
        (107, 110, "front of shoulder", "shoulder"),
        (108, 109, "chest", "chest"),
        (111, 112, "upper arm", "upper-arm"),
        (113, 114, "elbow", "elbow"),
        (115, 118, "forearm", "forearm"),
        (116, 117, "upper abdomen", "upper-abdomen"),
        (119, 124, "wrist", "wrist"),
        (120, 123, "hip", "hip"),
        (121, 122, "lower abdomen and groin", "lower-abdomen"),
        (125, 128, "hand", "hand"),
        (126, 127, "thigh", "thigh"),
        (129, 130, "knee", "knee"),
        (131, 132, "shin", "shin"),
        (133, 134, "ankle", "ankle"),
        (135, 136, "foot", "foot"),
    ],
    "R",
)

# Back view: the first code of each pair is the patient's left.
_BACK = _pairs(
    "back",
    [
        (201, 202, "upper back of head", "head"),
        (203, 204, "lower back of head", "head"),
        (205, 206, "back of neck", "neck"),
        (207, 210, "back of shoulder", "shoulder"),
        (208, 209, "upper back", "upper-back"),
        (211, 214, "back of upper arm", "upper-arm"),
        (212, 213, "mid back", "mid-back"),
        (215, 216, "back of elbow", "elbow"),
        (217, 220, "back of forearm", "forearm"),
        (218, 219, "lower back", "lower-back"),
        (221, 226, "back of wrist", "wrist"),
        (222, 225, "outer hip", "hip"),
        (223, 224, "buttock", "buttock"),
        (227, 230, "back of hand", "hand"),
        (228, 229, "back of thigh", "thigh"),
        (231, 232, "back of knee", "knee"),
        (233, 234, "calf", "calf"),
        (235, 236, "back of ankle", "ankle"),
        (237, 238, "heel", "foot"),
    ],
    "L",
)

REGIONS: dict[int, Region] = {r.code: r for r in sorted(_FRONT + _BACK, key=lambda r: r.code)}
PARTS: frozenset[str] = frozenset(r.part for r in REGIONS.values())


def region(code: int) -> Region:
    """The region with this CHOIR code; KeyError for an unknown code."""
    return REGIONS[code]


def is_region(code: int) -> bool:
    return code in REGIONS


def codes_for(
    parts: frozenset[str] | set[str] | tuple[str, ...], sides: frozenset[Side]
) -> frozenset[int]:
    """Every region code (front and back) of these body parts on these sides."""
    wanted = set(parts)
    return frozenset(r.code for r in REGIONS.values() if r.part in wanted and r.side in sides)


def describe(code: int) -> str:
    """A plain label such as ``"right upper arm (111)"``."""
    r = REGIONS[code]
    side = "right" if r.side == "R" else "left"
    return f"{side} {r.name} ({code})"
