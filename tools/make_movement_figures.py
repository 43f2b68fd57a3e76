"""Write the gentle-movement pictures: ui/movement/<exercise>/<position>-<frame>.svg.

Usage: python tools/make_movement_figures.py [--out ui/movement] [--check]

Every picture is our own simple, calm drawing: a rounded stick figure with a chair, a mat, a
counter, a table or a wall as the exercise needs, built from a small pose model. A pose gives
the hip position and the direction of each body segment (degrees: 0 points down, 90 to the
right, 180 up), or a target a hand or foot should reach (solved with two-bone inverse
kinematics), so a keyframe is written as a few numbers. Each exercise variant has 2-3 keyframes,
one per picture frame its beats show (``scripts/movement/<id>.toml``), and a still for reduced
motion: the main keyframe drawn solid over the others drawn faintly, with the same arrows.

Views: ``side`` (facing right; the far arm and leg drawn lighter), ``front`` (facing the viewer,
or away, which looks the same) and ``top`` (lying, seen from above, head to the left).
``--check`` only reports pictures that are missing or out of date (exit 1).
"""

from __future__ import annotations

import argparse
import math
import sys
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
W, H = 400, 300
GROUND = 266.0

INK = "#2f3e55"  # the figure
FAR = "#93a1b5"  # far arm and leg in side views
HALO = "#f6f3ee"  # the card colour: a halo separates near limbs from the body
PROP = "#e3dacb"
PROP_EDGE = "#b9ab94"
ARROW = "#1d7f6a"

# Segment lengths (px) of the one figure all pictures share.
TRUNK, NECK, HEAD_R = 68.0, 12.0, 16.0
UPPER_ARM, FOREARM = 40.0, 36.0
THIGH, SHIN, FOOT = 52.0, 50.0, 20.0
SHOULDER_HALF, HIP_HALF = 24.0, 11.0  # front view

Pt = tuple[float, float]
Pose = dict[str, Any]


# -- small vector helpers -------------------------------------------------------------------------


def vec(angle: float, length: float = 1.0) -> Pt:
    """Unit direction for ``angle`` degrees (0 down, 90 right, 180 up), times ``length``."""
    a = math.radians(angle)
    return (math.sin(a) * length, math.cos(a) * length)


def add(p: Pt, q: Pt) -> Pt:
    return (p[0] + q[0], p[1] + q[1])


def sub(p: Pt, q: Pt) -> Pt:
    return (p[0] - q[0], p[1] - q[1])


def scale(p: Pt, k: float) -> Pt:
    return (p[0] * k, p[1] * k)


def dist(p: Pt, q: Pt) -> float:
    return math.hypot(p[0] - q[0], p[1] - q[1])


def angle_of(d: Pt) -> float:
    """The inverse of :func:`vec`: the angle of direction ``d``."""
    return math.degrees(math.atan2(d[0], d[1]))


def two_bone(root: Pt, target: Pt, l1: float, l2: float, bend: float) -> tuple[Pt, Pt]:
    """(middle joint, end) of a two-segment limb reaching for ``target``; ``bend`` +1 or -1
    picks which way the middle joint (elbow, knee) points."""
    d = max(abs(l1 - l2) + 1e-3, min(dist(root, target), l1 + l2 - 1e-3))
    base = angle_of(sub(target, root))
    cos_a = (l1 * l1 + d * d - l2 * l2) / (2 * l1 * d)
    offset = math.degrees(math.acos(max(-1.0, min(1.0, cos_a))))
    joint = add(root, vec(base + bend * offset, l1))
    end = add(root, vec(base, d))
    return joint, end


# -- SVG output -----------------------------------------------------------------------------------


def fmt(v: float) -> str:
    return f"{v:.1f}".rstrip("0").rstrip(".")


def line(p: Pt, q: Pt, colour: str, width: float, opacity: float = 1.0) -> str:
    op = f' stroke-opacity="{opacity:g}"' if opacity < 1 else ""
    return (
        f'<line x1="{fmt(p[0])}" y1="{fmt(p[1])}" x2="{fmt(q[0])}" y2="{fmt(q[1])}" '
        f'stroke="{colour}" stroke-width="{fmt(width)}" stroke-linecap="round"{op}/>'
    )


def polyline(points: Iterable[Pt], colour: str, width: float) -> str:
    pts = " ".join(f"{fmt(x)},{fmt(y)}" for x, y in points)
    return (
        f'<polyline points="{pts}" fill="none" stroke="{colour}" stroke-width="{fmt(width)}" '
        'stroke-linecap="round" stroke-linejoin="round"/>'
    )


def circle(c: Pt, r: float, fill: str, stroke: str = "none", width: float = 0) -> str:
    s = f' stroke="{stroke}" stroke-width="{fmt(width)}"' if stroke != "none" else ""
    return f'<circle cx="{fmt(c[0])}" cy="{fmt(c[1])}" r="{fmt(r)}" fill="{fill}"{s}/>'


def rect(x: float, y: float, w: float, h: float, r: float = 4.0, fill: str = PROP) -> str:
    return (
        f'<rect x="{fmt(x)}" y="{fmt(y)}" width="{fmt(w)}" height="{fmt(h)}" rx="{fmt(r)}" '
        f'fill="{fill}" stroke="{PROP_EDGE}" stroke-width="2"/>'
    )


def group(items: list[str], opacity: float = 1.0) -> str:
    op = f' opacity="{opacity:g}"' if opacity < 1 else ""
    return f"<g{op}>" + "".join(items) + "</g>"


# -- the figure -----------------------------------------------------------------------------------


@dataclass
class Limb:
    """Joint points of one limb, root first (shoulder, elbow, wrist / hip, knee, ankle, toe)."""

    points: list[Pt]
    heel: Pt | None = None


def _arm(root: Pt, spec: Any, lens: tuple[float, float] = (1.0, 1.0)) -> Limb:
    kind = spec[0]
    if kind == "ang":
        elbow = add(root, vec(spec[1], UPPER_ARM * lens[0]))
        wrist = add(elbow, vec(spec[2], FOREARM * lens[1]))
        return Limb([root, elbow, wrist])
    if kind == "ik":
        elbow, wrist = two_bone(root, spec[1], UPPER_ARM * lens[0], FOREARM * lens[1], spec[2])
        return Limb([root, elbow, wrist])
    if kind == "pts":
        return Limb([root, *spec[1:]])
    raise ValueError(f"unknown arm spec {spec!r}")


def _leg(root: Pt, spec: Any, lens: tuple[float, float, float] = (1.0, 1.0, 1.0)) -> Limb:
    kind = spec[0]
    if kind == "ang":
        knee = add(root, vec(spec[1], THIGH * lens[0]))
        ankle = add(knee, vec(spec[2], SHIN * lens[1]))
        foot_angle = spec[3]
    elif kind == "ik":
        knee, ankle = two_bone(root, spec[1], THIGH * lens[0], SHIN * lens[1], spec[2])
        foot_angle = spec[3]
    elif kind == "pts":
        knee, ankle = spec[1], spec[2]
        foot_angle = spec[3]
    else:
        raise ValueError(f"unknown leg spec {spec!r}")
    toe = add(ankle, vec(foot_angle, FOOT * lens[2]))
    heel = add(ankle, vec(foot_angle, -5 * lens[2]))
    return Limb([root, knee, ankle, toe], heel)


def _draw_arm(limb: Limb, colour: str, halo: bool) -> list[str]:
    out = []
    if halo:
        out.append(polyline(limb.points, HALO, 17))
        out.append(circle(limb.points[-1], 9.5, HALO))
    out.append(polyline(limb.points, colour, 11))
    out.append(circle(limb.points[-1], 6.5, colour))
    return out


def _draw_leg(limb: Limb, colour: str, halo: bool) -> list[str]:
    root, knee, ankle, toe = limb.points
    heel = limb.heel or ankle
    out = []
    if halo:
        out.append(polyline([root, knee, ankle], HALO, 19))
        out.append(line(heel, toe, HALO, 15))
    out.append(polyline([root, knee, ankle], colour, 13))
    out.append(line(heel, toe, colour, 9))
    return out


def _head(neck_base: Pt, pose: Pose, colour: str) -> list[str]:
    neck_angle: float = pose["neck"] if "neck" in pose else pose.get("trunk", 180.0)
    centre = add(neck_base, vec(neck_angle, NECK + HEAD_R))
    out = [line(neck_base, add(neck_base, vec(neck_angle, NECK + 4)), colour, 10)]
    out.append(circle(centre, HEAD_R, colour))
    face = pose.get("face")
    if face is not None:  # a small nose shows which way the face points
        tip = add(centre, vec(face, HEAD_R + 4))
        side_a = add(centre, vec(face + 24, HEAD_R - 3))
        side_b = add(centre, vec(face - 24, HEAD_R - 3))
        out.append(
            f'<polygon points="{fmt(side_a[0])},{fmt(side_a[1])} {fmt(tip[0])},{fmt(tip[1])} '
            f'{fmt(side_b[0])},{fmt(side_b[1])}" fill="{colour}" stroke="{colour}" '
            'stroke-width="3" stroke-linejoin="round"/>'
        )
    return out


def side_figure(pose: Pose) -> list[str]:
    """A figure seen from its right side, facing right (or lying, head to the left)."""
    hip: Pt = pose["hip"]
    trunk = pose.get("trunk", 180.0)
    neck_base = add(hip, vec(trunk, TRUNK))
    shoulder = add(neck_base, vec(trunk, -8 + pose.get("shrug", 0.0)))
    shoulder = add(shoulder, vec(trunk + 90, pose.get("shoulder_back", 0.0)))
    lens = pose.get("lens", {})
    arm_n = _arm(shoulder, pose["arm_n"], lens.get("arm_n", (1, 1)))
    arm_f = _arm(shoulder, pose.get("arm_f", pose["arm_n"]), lens.get("arm_f", (1, 1)))
    leg_n = _leg(hip, pose["leg_n"], lens.get("leg_n", (1, 1, 1)))
    leg_f = _leg(hip, pose.get("leg_f", pose["leg_n"]), lens.get("leg_f", (1, 1, 1)))
    out: list[str] = []
    out += _draw_arm(arm_f, FAR, False)
    out += _draw_leg(leg_f, FAR, False)
    curve = pose.get("curve", 0.0)  # + rounds the back, - arches it
    mid = add(scale(add(hip, neck_base), 0.5), vec(trunk + 90, curve))
    out.append(
        f'<path d="M{fmt(hip[0])},{fmt(hip[1])} Q{fmt(mid[0])},{fmt(mid[1])} '
        f'{fmt(neck_base[0])},{fmt(neck_base[1])}" fill="none" stroke="{INK}" '
        'stroke-width="22" stroke-linecap="round"/>'
    )
    out += _head(neck_base, pose, INK)
    out += _draw_leg(leg_n, INK, True)
    out += _draw_arm(arm_n, INK, True)
    return out


def front_figure(pose: Pose) -> list[str]:
    """A figure seen from the front (or from above when lying): both sides alike."""
    hip: Pt = pose["hip"]
    trunk = pose.get("trunk", 180.0)
    neck_base = add(hip, vec(trunk, TRUNK))
    across = vec(trunk + 90, 1.0)  # the "n" side: screen-left when upright
    shrug = pose.get("shrug", 0.0)
    top = add(neck_base, vec(trunk, -8 + shrug))
    sh_a = add(top, scale(across, SHOULDER_HALF))
    sh_b = add(top, scale(across, -SHOULDER_HALF))
    hip_a = add(hip, scale(across, HIP_HALF))
    hip_b = add(hip, scale(across, -HIP_HALF))
    lens = pose.get("lens", {})
    arm_a = _arm(sh_a, pose["arm_n"], lens.get("arm_n", (1, 1)))
    arm_b = _arm(sh_b, pose["arm_f"], lens.get("arm_f", (1, 1)))
    leg_a = _leg(hip_a, pose["leg_n"], lens.get("leg_n", (1, 1, 1)))
    leg_b = _leg(hip_b, pose["leg_f"], lens.get("leg_f", (1, 1, 1)))
    out: list[str] = []
    out += _draw_leg(leg_a, INK, False)
    out += _draw_leg(leg_b, INK, False)
    body = [sh_a, sh_b, add(hip_b, scale(across, 2)), add(hip_a, scale(across, -2))]
    pts = " ".join(f"{fmt(x)},{fmt(y)}" for x, y in body)
    out.append(
        f'<polygon points="{pts}" fill="{INK}" stroke="{INK}" stroke-width="14" '
        'stroke-linejoin="round"/>'
    )
    out += _head(neck_base, pose, INK)
    out += _draw_arm(arm_a, INK, True)
    out += _draw_arm(arm_b, INK, True)
    return out


# -- props ----------------------------------------------------------------------------------------


def floor() -> str:
    return line((18, GROUND + 2), (W - 18, GROUND + 2), PROP_EDGE, 3)


def chair_side(front_x: float = 186, seat_y: float = 210, back_x: float = 114) -> list[str]:
    return [
        line((back_x + 6, seat_y + 6), (back_x + 6, GROUND), PROP_EDGE, 6),
        line((front_x - 6, seat_y + 6), (front_x - 6, GROUND), PROP_EDGE, 6),
        line((back_x, seat_y + 2), (back_x - 8, seat_y - 84), PROP_EDGE, 8),
        rect(back_x - 4, seat_y, front_x - back_x + 4, 10, 4),
    ]


def chair_front(cx: float = 200, seat_y: float = 212) -> list[str]:
    return [
        rect(cx - 42, seat_y - 92, 84, 90, 8, "#ece5d9"),
        line((cx - 36, seat_y + 8), (cx - 36, GROUND), PROP_EDGE, 6),
        line((cx + 36, seat_y + 8), (cx + 36, GROUND), PROP_EDGE, 6),
        rect(cx - 46, seat_y, 92, 10, 4),
    ]


def mat_side(y: float = 252) -> list[str]:
    return [rect(84, y, 262, 9, 4)]


def pillow_side(x: float, y: float = 252) -> list[str]:
    return [
        f'<ellipse cx="{fmt(x)}" cy="{fmt(y - 6)}" rx="26" ry="7" fill="#ece5d9" '
        f'stroke="{PROP_EDGE}" stroke-width="2"/>'
    ]


def mat_top() -> list[str]:
    return [rect(78, 44, 270, 212, 12, "#ece5d9")]


def pillow_top(x: float = 112) -> list[str]:
    return [rect(x - 22, 124, 40, 52, 10, PROP)]


def counter_side(x: float = 258, top: float = 150) -> list[str]:
    return [rect(x, top, W - 14 - x, GROUND - top, 3), rect(x - 6, top - 6, W - 8 - x, 10, 3)]


def counter_behind(top: float = 150) -> list[str]:
    return [rect(84, top, W - 168, GROUND - top, 3), rect(76, top - 6, W - 152, 10, 3)]


def counter_beside(x1: float = 112, top: float = 150) -> list[str]:
    return [rect(30, top, x1 - 30, GROUND - top, 3), rect(24, top - 6, x1 - 18, 10, 3)]


def table_side(x: float = 232, top: float = 168) -> list[str]:
    return [line((x + 110, top + 6), (x + 110, GROUND), PROP_EDGE, 7), rect(x, top, 150, 10, 3)]


def wall_side(x: float = 300) -> list[str]:
    return [rect(x, 22, 16, GROUND - 20, 2, "#ece5d9")]


# -- arrows ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Arrow:
    """A curved arrow from ``a`` to ``b`` bulging by ``bend`` px; heads at "end" or "both"."""

    a: Pt
    b: Pt
    bend: float = 0.0
    heads: str = "end"


def _head_at(tip: Pt, towards: Pt) -> str:
    d = sub(tip, towards)
    n = math.hypot(*d) or 1.0
    u = (d[0] / n, d[1] / n)
    back = sub(tip, scale(u, 14))
    left = add(back, (u[1] * 8, -u[0] * 8))
    right = add(back, (-u[1] * 8, u[0] * 8))
    return (
        f'<polygon points="{fmt(tip[0])},{fmt(tip[1])} {fmt(left[0])},{fmt(left[1])} '
        f'{fmt(right[0])},{fmt(right[1])}" fill="{ARROW}" stroke="{ARROW}" stroke-width="2" '
        'stroke-linejoin="round"/>'
    )


def arrow(a: Arrow) -> list[str]:
    mid = scale(add(a.a, a.b), 0.5)
    d = sub(a.b, a.a)
    n = math.hypot(*d) or 1.0
    ctrl = add(mid, (d[1] / n * a.bend, -d[0] / n * a.bend))

    # Stop the line short of each head so the round cap does not poke through the point.
    def inset(p: Pt, toward: Pt) -> Pt:
        dd = sub(toward, p)
        nn = math.hypot(*dd) or 1.0
        return add(p, scale(dd, 10 / nn))

    start = inset(a.a, ctrl) if a.heads == "both" else a.a
    end = inset(a.b, ctrl)
    out = [
        f'<path d="M{fmt(start[0])},{fmt(start[1])} Q{fmt(ctrl[0])},{fmt(ctrl[1])} '
        f'{fmt(end[0])},{fmt(end[1])}" fill="none" stroke="{ARROW}" stroke-width="5" '
        'stroke-linecap="round"/>'
    ]
    out.append(_head_at(a.b, ctrl))
    if a.heads == "both":
        out.append(_head_at(a.a, ctrl))
    return out


def circle_arrow(c: Pt, r: float, clockwise: bool = True) -> list[str]:
    """Most of a circle with one head: "round and round" (as seen on the screen)."""
    # Angles grow counterclockwise on the screen (0 down, 90 right, 180 up).
    begin, finish = (200.0, -110.0) if clockwise else (160.0, 470.0)
    p0, p1 = add(c, vec(begin, r)), add(c, vec(finish, r))
    a = math.radians(finish)
    motion = (-math.cos(a), math.sin(a)) if clockwise else (math.cos(a), -math.sin(a))
    sweep = 1 if clockwise else 0
    return [
        f'<path d="M{fmt(p0[0])},{fmt(p0[1])} A{fmt(r)},{fmt(r)} 0 1 {sweep} {fmt(p1[0])},'
        f'{fmt(p1[1])}" fill="none" stroke="{ARROW}" stroke-width="5" stroke-linecap="round"/>',
        _head_at(add(p1, scale(motion, 6)), sub(p1, scale(motion, 8))),
    ]


# -- variants -------------------------------------------------------------------------------------


@dataclass
class Variant:
    """How one exercise looks in one position: a view, props, keyframes and arrows."""

    view: str
    props: list[str]
    frames: list[Pose]
    arrows: list[str] = field(default_factory=list)
    still: int = -1  # the keyframe drawn solid in the still (-1: the last)
    front_props: list[str] = field(default_factory=list)  # drawn over the figure
    # Lying figures are long and low: drawn larger, (x, y) of the drawing kept in place.
    zoom: float = 1.0
    anchor: Pt = (W / 2, GROUND)


def _figure(view: str, pose: Pose) -> list[str]:
    return side_figure(pose) if view == "side" else front_figure(pose)


def svg(title: str, body: list[str]) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="{W}" '
        f'height="{H}" role="img">\n'
        "<!-- Generated by tools/make_movement_figures.py; do not edit. -->\n"
        f"<title>{title}</title>\n" + "\n".join(body) + "\n</svg>\n"
    )


def _zoomed(v: Variant, body: list[str]) -> list[str]:
    if v.zoom == 1.0:
        return body
    ax, ay = v.anchor
    k = v.zoom
    move = f"translate({fmt(W / 2 - ax * k)},{fmt(ay - ay * k)}) scale({k:g})"
    return [f'<g transform="{move}">', *body, "</g>"]


def render_variant(title: str, position: str, v: Variant) -> dict[str, str]:
    """File name -> SVG text for every keyframe and the still of one variant."""
    out: dict[str, str] = {}
    n = len(v.frames)
    ground = [] if v.view == "top" else [floor()]
    for i, pose in enumerate(v.frames):
        body = [*v.props, *_figure(v.view, pose), *v.front_props, *v.arrows]
        name = f"{title}, {position}: picture {i + 1} of {n}"
        out[f"{position}-{i}.svg"] = svg(name, [*ground, *_zoomed(v, body)])
    solid = v.still % n
    ghosts = [group(_figure(v.view, p), 0.28) for i, p in enumerate(v.frames) if i != solid]
    body = [*v.props, *ghosts, *_figure(v.view, v.frames[solid]), *v.front_props, *v.arrows]
    out[f"{position}-still.svg"] = svg(f"{title}, {position}", [*ground, *_zoomed(v, body)])
    return out


EXERCISES: dict[str, dict[str, Callable[[], Variant]]] = {}


def exercise(name: str, position: str) -> Callable[[Callable[[], Variant]], Callable[[], Variant]]:
    def register(fn: Callable[[], Variant]) -> Callable[[], Variant]:
        EXERCISES.setdefault(name, {})[position] = fn
        return fn

    return register


def with_(pose: Pose, **changes: Any) -> Pose:
    return {**pose, **changes}


# Base poses the keyframes start from.
STAND: Pose = {
    "hip": (190.0, 158.0),
    "trunk": 180.0,
    "neck": 180.0,
    "face": 90.0,
    "arm_n": ("ang", 6.0, 10.0),
    "arm_f": ("ang", 2.0, 6.0),
    "leg_n": ("ang", 0.0, 0.0, 90.0),
    "leg_f": ("ang", -3.0, 0.0, 90.0),
}
# Standing at a counter on the right, hands resting on its top.
AT_COUNTER: Pose = with_(
    STAND,
    hip=(200.0, 158.0),
    trunk=172.0,
    neck=168.0,
    arm_n=("ik", (262.0, 146.0), -1),
    arm_f=("ik", (258.0, 146.0), -1),
)
SIT: Pose = {
    "hip": (150.0, 200.0),
    "trunk": 180.0,
    "neck": 180.0,
    "face": 90.0,
    "arm_n": ("ik", (196.0, 194.0), -1),
    "arm_f": ("ik", (190.0, 194.0), -1),
    "leg_n": ("ik", (203.0, 259.0), 1, 90.0),
    "leg_f": ("ik", (198.0, 259.0), 1, 90.0),
}
LIE: Pose = {  # on the back, head to the left, legs long
    "hip": (215.0, 242.0),
    "trunk": -90.0,
    "neck": -108.0,
    "face": 180.0,
    "arm_n": ("ang", 94.0, 92.0),
    "arm_f": ("ang", 92.0, 90.0),
    "leg_n": ("ang", 90.0, 90.0, 180.0),
    "leg_f": ("ang", 90.0, 90.0, 180.0),
}
HOOK: Pose = with_(  # lying, knees bent, feet flat
    LIE,
    leg_n=("ik", (296.0, 246.0), 1, 90.0),
    leg_f=("ik", (292.0, 246.0), 1, 90.0),
)
FRONT_STAND: Pose = {
    "hip": (200.0, 158.0),
    "trunk": 180.0,
    "neck": 180.0,
    "arm_n": ("ang", 8.0, 4.0),
    "arm_f": ("ang", -8.0, -4.0),
    "leg_n": ("pts", (189.0, 209.0), (189.0, 259.0), 60.0),
    "leg_f": ("pts", (211.0, 209.0), (211.0, 259.0), -60.0),
    "lens": {"leg_n": (1, 1, 0.6), "leg_f": (1, 1, 0.6)},
}
FRONT_SIT: Pose = {
    "hip": (200.0, 204.0),
    "trunk": 180.0,
    "neck": 180.0,
    "arm_n": ("pts", (172.0, 170.0), (180.0, 202.0)),
    "arm_f": ("pts", (228.0, 170.0), (220.0, 202.0)),
    "leg_n": ("pts", (183.0, 214.0), (182.0, 259.0), 60.0),
    "leg_f": ("pts", (217.0, 214.0), (218.0, 259.0), -60.0),
    "lens": {"leg_n": (1, 1, 0.6), "leg_f": (1, 1, 0.6)},
}
TOP_LIE: Pose = {  # lying on the back, seen from above, head to the left
    "hip": (228.0, 150.0),
    "trunk": -90.0,
    "neck": -90.0,
    "arm_n": ("ang", 82.0, 86.0),
    "arm_f": ("ang", 98.0, 94.0),
    "leg_n": ("ang", 88.0, 90.0, 30.0),
    "leg_f": ("ang", 92.0, 90.0, 150.0),
    "lens": {"leg_n": (1, 1, 0.5), "leg_f": (1, 1, 0.5)},
}
TOP_HOOK: Pose = with_(  # from above, knees bent: thighs and shins foreshortened
    TOP_LIE,
    leg_n=("ang", 88.0, 90.0, 90.0),
    leg_f=("ang", 92.0, 90.0, 90.0),
    lens={"leg_n": (0.82, 0.84, 0.9), "leg_f": (0.82, 0.84, 0.9)},
)


# -- the exercises --------------------------------------------------------------------------------


def side_lying(frames: list[Pose], arrows: list[str], **kw: Any) -> Variant:
    """Lying on the back on a mat, seen from the side, drawn larger."""
    props = [*mat_side(), *pillow_side(118)]
    return Variant("side", props, frames, arrows, zoom=1.45, anchor=(214.0, 262.0), **kw)


def top_lying(frames: list[Pose], arrows: list[str], **kw: Any) -> Variant:
    """Lying on the back on a mat, seen from above."""
    return Variant(
        "top", [*mat_top(), *pillow_top()], frames, arrows, zoom=1.2, anchor=(214.0, 150.0), **kw
    )


@exercise("pelvic-tilt", "lying")
def _pelvic_lying() -> Variant:
    return side_lying(
        [with_(HOOK, curve=-5.0), with_(HOOK, curve=3.0, hip=(215.0, 241.0))],
        arrow(Arrow((248, 220), (196, 220), 12, "both")),
    )


@exercise("pelvic-tilt", "seated")
def _pelvic_seated() -> Variant:
    tilt = with_(SIT, trunk=188.0, curve=8.0, neck=176.0, face=84.0)
    return Variant(
        "side", chair_side(), [SIT, tilt], arrow(Arrow((124, 200), (124, 150), 12, "both"))
    )


@exercise("pelvic-tilt", "standing")
def _pelvic_standing() -> Variant:
    tuck = with_(AT_COUNTER, hip=(203.0, 158.0), curve=5.0)
    return Variant(
        "side",
        counter_side(),
        [with_(AT_COUNTER, curve=-3.0), tuck],
        arrow(Arrow((170, 178), (170, 128), 12, "both")),
    )


@exercise("marching", "lying")
def _march_lying() -> Variant:
    lift = with_(HOOK, leg_n=("ik", (282.0, 222.0), 1, 100.0))
    return side_lying([HOOK, lift], arrow(Arrow((306, 232), (306, 200), 0, "both")))


@exercise("marching", "seated")
def _march_seated() -> Variant:
    lift = with_(SIT, leg_n=("ang", 62.0, 6.0, 95.0))
    return Variant(
        "side", chair_side(), [SIT, lift], arrow(Arrow((232, 226), (232, 192), 0, "both"))
    )


@exercise("marching", "standing")
def _march_standing() -> Variant:
    lift = with_(AT_COUNTER, leg_n=("ang", 48.0, 2.0, 95.0))
    return Variant(
        "side", counter_side(), [AT_COUNTER, lift], arrow(Arrow((160, 246), (160, 206), 0, "both"))
    )


@exercise("knee-rocks", "lying")
def _knee_rocks_lying() -> Variant:
    feet = (
        ("pts", (271.0, 161.0), (312.0, 161.0), 90.0),
        ("pts", (271.0, 139.0), (312.0, 139.0), 90.0),
    )

    def knees(dy: float) -> Pose:
        (_, kn, an, fa), (_, kf, af, fb) = feet
        return with_(
            TOP_HOOK,
            leg_n=("pts", (kn[0] - abs(dy) * 0.15, kn[1] + dy), an, fa),
            leg_f=("pts", (kf[0] - abs(dy) * 0.15, kf[1] + dy), af, fb),
            lens={},
        )

    return top_lying(
        [knees(0.0), knees(-24.0), knees(24.0)],
        arrow(Arrow((280, 104), (280, 196), -24, "both")),
        still=0,
    )


@exercise("knee-rocks", "seated")
def _knee_rocks_seated() -> Variant:
    def sway(dx: float) -> Pose:
        return with_(
            FRONT_SIT,
            leg_n=("pts", (183.0 + dx, 214.0), (182.0, 259.0), 60.0),
            leg_f=("pts", (217.0 + dx, 214.0), (218.0, 259.0), -60.0),
            arm_n=("pts", (172.0, 170.0), (180.0 + dx * 0.6, 204.0)),
            arm_f=("pts", (228.0, 170.0), (220.0 + dx * 0.6, 204.0)),
        )

    return Variant(
        "front",
        chair_front(),
        [sway(0.0), sway(-16.0), sway(16.0)],
        arrow(Arrow((156, 284), (244, 284), -10, "both")),
        still=0,
    )


@exercise("heel-slides", "lying")
def _heel_slides_lying() -> Variant:
    bent = with_(LIE, leg_n=("ik", (282.0, 246.0), 1, 110.0))
    return side_lying([LIE, bent], arrow(Arrow((336, 222), (282, 222), 0, "both")))


@exercise("heel-slides", "seated")
def _heel_slides_seated() -> Variant:
    out = with_(SIT, leg_n=("ik", (234.0, 258.0), 1, 118.0))
    back = with_(SIT, leg_n=("ik", (180.0, 252.0), 1, 62.0))
    return Variant(
        "side", chair_side(), [out, back], arrow(Arrow((250, 285), (180, 285), 0, "both"))
    )


@exercise("ankle-pumps", "lying")
def _ankle_pumps_lying() -> Variant:
    down = with_(LIE, leg_n=("ang", 90.0, 90.0, 128.0), leg_f=("ang", 90.0, 90.0, 128.0))
    up = with_(LIE, leg_n=("ang", 90.0, 90.0, 198.0), leg_f=("ang", 90.0, 90.0, 198.0))
    return side_lying([down, up], arrow(Arrow((338, 240), (310, 206), -14, "both")))


@exercise("ankle-pumps", "seated")
def _ankle_pumps_seated() -> Variant:
    heels = with_(SIT, leg_n=("ik", (204.0, 249.0), 1, 58.0), leg_f=("ik", (199.0, 249.0), 1, 58.0))
    toes = with_(
        SIT, leg_n=("ik", (203.0, 259.0), 1, 122.0), leg_f=("ik", (198.0, 259.0), 1, 122.0)
    )
    return Variant(
        "side", chair_side(), [heels, toes], arrow(Arrow((244, 262), (236, 226), -10, "both"))
    )


@exercise("arm-slides", "lying")
def _arm_slides_lying() -> Variant:
    out = with_(TOP_HOOK, arm_n=("ang", 12.0, 16.0), arm_f=("ang", 168.0, 164.0))
    return top_lying(
        [TOP_HOOK, out],
        [
            *arrow(Arrow((236, 106), (196, 58), -18, "both")),
            *arrow(Arrow((236, 194), (196, 242), 18, "both")),
        ],
    )


@exercise("arm-slides", "seated")
def _arm_slides_seated() -> Variant:
    near = with_(SIT, arm_n=("ik", (212.0, 168.0), -1), arm_f=("ik", (206.0, 168.0), -1))
    far = with_(
        SIT,
        trunk=158.0,
        neck=150.0,
        face=75.0,
        arm_n=("ik", (244.0, 168.0), -1),
        arm_f=("ik", (238.0, 168.0), -1),
    )
    return Variant(
        "side",
        [*chair_side(), *table_side(196, 174)],
        [near, far],
        arrow(Arrow((206, 152), (262, 152), 0, "both")),
    )


@exercise("chin-nods", "lying")
def _chin_nods_lying() -> Variant:
    nod = with_(HOOK, face=148.0, neck=-104.0)
    return side_lying([HOOK, nod], arrow(Arrow((98, 198), (140, 198), -10, "both")))


@exercise("chin-nods", "seated")
def _chin_nods_seated() -> Variant:
    nod = with_(SIT, face=58.0, neck=184.0)
    return Variant(
        "side", chair_side(), [SIT, nod], arrow(Arrow((186, 86), (180, 126), -12, "both"))
    )


@exercise("cat-cow", "seated")
def _cat_cow_seated() -> Variant:
    round_ = with_(SIT, trunk=172.0, curve=14.0, neck=140.0, face=38.0)
    lift = with_(SIT, trunk=178.0, curve=-7.0, neck=186.0, face=104.0)
    return Variant(
        "side", chair_side(), [round_, lift], arrow(Arrow((122, 196), (122, 138), 16, "both"))
    )


@exercise("cat-cow", "standing")
def _cat_cow_standing() -> Variant:
    base = with_(
        STAND,
        hip=(170.0, 160.0),
        trunk=110.0,
        leg_n=("ang", 4.0, 0.0, 90.0),
        leg_f=("ang", 0.0, 0.0, 90.0),
        arm_n=("ik", (300.0, 146.0), -1),
        arm_f=("ik", (296.0, 146.0), -1),
    )
    round_ = with_(base, curve=13.0, neck=62.0, face=14.0)
    lift = with_(base, curve=-9.0, neck=104.0, face=100.0)
    return Variant(
        "side",
        counter_side(280),
        [round_, lift],
        arrow(Arrow((176, 118), (236, 96), 18, "both")),
    )


@exercise("ankle-circles", "lying")
def _ankle_circles_lying() -> Variant:
    up = with_(LIE, leg_n=("ang", 90.0, 90.0, 196.0))
    down = with_(LIE, leg_n=("ang", 90.0, 90.0, 140.0))
    return side_lying([up, down], circle_arrow((326.0, 222.0), 17.0))


@exercise("ankle-circles", "seated")
def _ankle_circles_seated() -> Variant:
    up = with_(SIT, leg_n=("ang", 84.0, 30.0, 124.0))
    down = with_(SIT, leg_n=("ang", 84.0, 30.0, 62.0))
    return Variant("side", chair_side(), [up, down], circle_arrow((236.0, 240.0), 16.0))


@exercise("shoulder-rolls", "seated")
def _shoulder_rolls_seated() -> Variant:
    up = with_(SIT, shrug=14.0)
    back = with_(SIT, shrug=6.0, shoulder_back=10.0)
    return Variant("side", chair_side(), [SIT, up, back], circle_arrow((112.0, 118.0), 15.0, False))


@exercise("shoulder-rolls", "standing")
def _shoulder_rolls_standing() -> Variant:
    base = with_(AT_COUNTER, trunk=176.0, arm_n=("ang", 4.0, 8.0))
    up = with_(base, shrug=14.0)
    back = with_(base, shrug=6.0, shoulder_back=10.0)
    return Variant(
        "side", counter_side(), [base, up, back], circle_arrow((164.0, 76.0), 15.0, False)
    )


@exercise("shoulder-rolls", "lying")
def _shoulder_rolls_lying() -> Variant:
    up = with_(HOOK, shrug=10.0)
    back = with_(HOOK, shrug=5.0, shoulder_back=4.0)
    return side_lying([HOOK, up, back], circle_arrow((160.0, 214.0), 12.0))


def _shrug_arrows(x1: float, x2: float, y: float) -> list[str]:
    return [
        *arrow(Arrow((x1, y), (x1, y - 40), 0, "both")),
        *arrow(Arrow((x2, y), (x2, y - 40), 0, "both")),
    ]


@exercise("shoulder-shrugs", "seated")
def _shrugs_seated() -> Variant:
    return Variant(
        "front",
        chair_front(),
        [FRONT_SIT, with_(FRONT_SIT, shrug=12.0)],
        _shrug_arrows(150, 250, 140),
    )


FRONT_BESIDE = with_(FRONT_STAND, hip=(214.0, 158.0), arm_n=("ik", (136.0, 146.0), -1))


@exercise("shoulder-shrugs", "standing")
def _shrugs_standing() -> Variant:
    return Variant(
        "front",
        counter_beside(140),
        [FRONT_BESIDE, with_(FRONT_BESIDE, shrug=12.0)],
        _shrug_arrows(166, 264, 98),
    )


@exercise("shoulder-shrugs", "lying")
def _shrugs_lying() -> Variant:
    return top_lying(
        [TOP_HOOK, with_(TOP_HOOK, shrug=12.0)],
        [
            *arrow(Arrow((190, 104), (146, 104), 0, "both")),
            *arrow(Arrow((190, 196), (146, 196), 0, "both")),
        ],
    )


def _tilt_arrow(cx: float, y: float) -> list[str]:
    return arrow(Arrow((cx - 36, y), (cx + 36, y), 14, "both"))


@exercise("ear-to-shoulder", "seated")
def _neck_tilt_seated() -> Variant:
    frames = [FRONT_SIT, with_(FRONT_SIT, neck=206.0), with_(FRONT_SIT, neck=154.0)]
    return Variant("front", chair_front(), frames, _tilt_arrow(200, 64), still=0)


FRONT_AT_COUNTER = with_(
    FRONT_STAND, arm_n=("ik", (144.0, 146.0), -1), arm_f=("ik", (256.0, 146.0), 1)
)


@exercise("ear-to-shoulder", "standing")
def _neck_tilt_standing() -> Variant:
    base = FRONT_AT_COUNTER
    frames = [base, with_(base, neck=206.0), with_(base, neck=154.0)]
    return Variant("front", counter_behind(), frames, _tilt_arrow(200, 22), still=0)


@exercise("ear-to-shoulder", "lying")
def _neck_tilt_lying() -> Variant:
    frames = [TOP_HOOK, with_(TOP_HOOK, neck=-64.0), with_(TOP_HOOK, neck=-116.0)]
    return top_lying(frames, arrow(Arrow((86, 114), (86, 186), 14, "both")), still=0)


@exercise("side-reaches", "seated")
def _side_reach_seated() -> Variant:
    start = with_(FRONT_SIT, arm_f=("ang", -8.0, -4.0))
    reach = with_(
        FRONT_SIT,
        trunk=194.0,
        neck=200.0,
        arm_n=("ang", 14.0, 6.0),
        arm_f=("ang", 196.0, 222.0),
    )
    return Variant("front", chair_front(), [start, reach], arrow(Arrow((270, 134), (140, 58), -52)))


@exercise("side-reaches", "standing")
def _side_reach_standing() -> Variant:
    reach = with_(FRONT_BESIDE, trunk=192.0, neck=198.0, arm_f=("ang", 194.0, 220.0))
    return Variant(
        "front",
        counter_beside(140),
        [FRONT_BESIDE, reach],
        arrow(Arrow((292, 96), (168, 20), -56)),
    )


def _shift(base: Pose, dx: float, lean: float, sitting: bool) -> Pose:
    hip = (base["hip"][0] + dx, base["hip"][1])
    if sitting:
        return with_(base, hip=hip, trunk=180.0 - lean)
    return with_(
        base,
        hip=hip,
        trunk=180.0 - lean,
        leg_n=("pts", ((189.0 + hip[0] - HIP_HALF) / 2, 209.0), (189.0, 259.0), 60.0),
        leg_f=("pts", ((211.0 + hip[0] + HIP_HALF) / 2, 209.0), (211.0, 259.0), -60.0),
    )


@exercise("weight-shifts", "standing")
def _weight_shift_standing() -> Variant:
    base = FRONT_AT_COUNTER
    frames = [base, _shift(base, -14.0, -3.0, False), _shift(base, 14.0, 3.0, False)]
    return Variant(
        "front", counter_behind(), frames, arrow(Arrow((150, 286), (250, 286), -8, "both")), still=0
    )


@exercise("weight-shifts", "seated")
def _weight_shift_seated() -> Variant:
    frames = [FRONT_SIT, _shift(FRONT_SIT, -7.0, 10.0, True), _shift(FRONT_SIT, 7.0, -10.0, True)]
    return Variant(
        "front", chair_front(), frames, arrow(Arrow((150, 286), (250, 286), -8, "both")), still=0
    )


@exercise("calf-raises", "standing")
def _calf_raise_standing() -> Variant:
    up = with_(
        AT_COUNTER,
        hip=(200.0, 147.0),
        leg_n=("ang", 0.0, 0.0, 42.0),
        leg_f=("ang", -3.0, 0.0, 42.0),
    )
    return Variant(
        "side", counter_side(), [AT_COUNTER, up], arrow(Arrow((172, 264), (172, 222), 0, "both"))
    )


@exercise("calf-raises", "seated")
def _calf_raise_seated() -> Variant:
    up = with_(SIT, leg_n=("ik", (205.0, 247.0), 1, 52.0), leg_f=("ik", (200.0, 247.0), 1, 52.0))
    return Variant("side", chair_side(), [SIT, up], arrow(Arrow((242, 262), (242, 222), 0, "both")))


@exercise("pendulum-swings", "standing")
def _pendulum_standing() -> Variant:
    base = with_(
        STAND,
        hip=(176.0, 160.0),
        trunk=128.0,
        neck=110.0,
        face=60.0,
        leg_n=("ang", -8.0, 0.0, 90.0),
        leg_f=("ang", 8.0, 0.0, 90.0),
        arm_f=("ik", (274.0, 146.0), -1),
    )
    forward = with_(base, arm_n=("ang", 24.0, 22.0))
    back = with_(base, arm_n=("ang", -18.0, -16.0))
    return Variant(
        "side",
        counter_side(),
        [forward, back],
        arrow(Arrow((196, 218), (256, 210), -16, "both")),
    )


@exercise("pendulum-swings", "seated")
def _pendulum_seated() -> Variant:
    base = with_(SIT, trunk=150.0, neck=132.0, face=62.0, arm_f=("ik", (200.0, 197.0), -1))
    forward = with_(base, arm_n=("ang", 22.0, 20.0))
    back = with_(base, arm_n=("ang", -16.0, -14.0))
    return Variant(
        "side", chair_side(), [forward, back], arrow(Arrow((170, 238), (236, 232), -18, "both"))
    )


@exercise("wall-slides", "standing")
def _wall_slides_standing() -> Variant:
    base = with_(STAND, hip=(232.0, 158.0), leg_f=("ang", -6.0, 0.0, 90.0))
    low = with_(base, arm_n=("ik", (294.0, 104.0), -1), arm_f=("ik", (294.0, 100.0), -1))
    high = with_(base, neck=176.0, arm_n=("ik", (292.0, 48.0), -1), arm_f=("ik", (292.0, 44.0), -1))
    return Variant(
        "side", wall_side(302), [low, high], arrow(Arrow((330, 112), (330, 44), 0, "both"))
    )


@exercise("wall-slides", "seated")
def _wall_slides_seated() -> Variant:
    base = with_(SIT, trunk=172.0)
    low = with_(base, arm_n=("ik", (232.0, 152.0), -1), arm_f=("ik", (232.0, 148.0), -1))
    high = with_(base, neck=176.0, arm_n=("ik", (228.0, 98.0), -1), arm_f=("ik", (228.0, 94.0), -1))
    return Variant(
        "side",
        [*chair_side(), *wall_side(238)],
        [low, high],
        arrow(Arrow((268, 160), (268, 96), 0, "both")),
    )


# -- writing --------------------------------------------------------------------------------------


def library_variants(scripts: Path) -> dict[str, tuple[str, dict[str, int]]]:
    """exercise id -> (title, {position: frames}) from the shipped exercise files."""
    found: dict[str, tuple[str, dict[str, int]]] = {}
    for path in sorted((scripts / "movement").glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        frames = max(int(b.get("frame", 0)) for b in data["beats"]) + 1
        positions = {p: frames for p in ("lying", "seated", "standing") if data["variants"].get(p)}
        found[data["id"]] = (data["title"], positions)
    return found


def build(scripts: Path) -> dict[str, str]:
    """Relative path -> SVG text for every variant of every library exercise."""
    files: dict[str, str] = {}
    for name, (title, positions) in library_variants(scripts).items():
        drawn = EXERCISES.get(name, {})
        for position, frames in positions.items():
            if position not in drawn:
                raise SystemExit(f"no drawing for {name} ({position})")
            variant = drawn[position]()
            if len(variant.frames) != frames:
                raise SystemExit(
                    f"{name} ({position}) draws {len(variant.frames)} frames, its beats use "
                    f"{frames}"
                )
            for file, text in render_variant(title, position, variant).items():
                files[f"{name}/{file}"] = text
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "ui" / "movement")
    parser.add_argument("--scripts", type=Path, default=ROOT / "scripts")
    parser.add_argument("--check", action="store_true", help="report stale pictures, write none")
    args = parser.parse_args(argv)
    files = build(args.scripts)
    stale = [
        rel
        for rel, text in files.items()
        if not (args.out / rel).is_file() or (args.out / rel).read_text(encoding="utf-8") != text
    ]
    if args.check:
        for rel in stale:
            print(f"out of date: {args.out / rel}", file=sys.stderr)
        return 1 if stale else 0
    for rel in stale:
        path = args.out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(files[rel], encoding="utf-8")
    print(f"{len(files)} pictures, {len(stale)} written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
