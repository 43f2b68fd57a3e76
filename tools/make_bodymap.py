"""Write the body-map figures: ui/bodymap/<outline>-<view>.svg for three outlines, two views.

Usage: python tools/make_bodymap.py [--out ui/bodymap]

The figures are our own drawings, built from simple parametric body segments: a head outline, a
neck, a torso bounded by one outer profile, arms as tubes around a gently bent centre line, legs
between an outer and an inner profile, and mitten hands and feet. Regions follow the CHOIR Body
Map numbering (front 101-136, back 201-238); the CHOIR picture was only used to learn where each
code lies. Every boundary between two regions is sampled once and used by both neighbours, so
regions tile the figure without gaps or overlaps; ``check_tiling`` proves it by cancelling shared
edges, which must leave exactly the silhouette.

Coordinates: one view is ``VIEW_W`` x ``VIEW_H`` units, y down. Each region is built for the
screen-left half as (d, y) with d the distance from the centre line, then mirrored. On the front
view the screen-left half is the patient's right; on the back view it is the patient's left.
Each region path carries ``data-label-x/y``: a point well inside it, where the widget writes the
rating.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

Pt = tuple[float, float]
VIEW_W = 270.0
VIEW_H = 605.0
CX = VIEW_W / 2
OUTLINES = ("neutral", "female", "male")
ROOT = Path(__file__).resolve().parent.parent

# Screen-left half part -> code, per view (first code of each pair; the mirror gets the second).
FRONT_CODES = {
    "head": (101, 102), "face": (103, 104), "neck": (105, 106), "shoulder": (107, 110),
    "chest": (108, 109), "upper_arm": (111, 112), "elbow": (113, 114), "forearm": (115, 118),
    "upper_abdomen": (116, 117), "wrist": (119, 124), "hip": (120, 123),
    "lower_abdomen": (121, 122), "hand": (125, 128), "thigh": (126, 127), "knee": (129, 130),
    "shin": (131, 132), "ankle": (133, 134), "foot": (135, 136),
}  # fmt: skip
BACK_CODES = {
    "head": (201, 202), "face": (203, 204), "neck": (205, 206), "shoulder": (207, 210),
    "chest": (208, 209), "upper_arm": (211, 214), "mid_back": (212, 213), "elbow": (215, 216),
    "forearm": (217, 220), "lower_back": (218, 219), "wrist": (221, 226), "hip": (222, 225),
    "buttock": (223, 224), "hand": (227, 230), "thigh": (228, 229), "knee": (231, 232),
    "shin": (233, 234), "ankle": (235, 236), "foot": (237, 238),
}  # fmt: skip


# -- curves ----------------------------------------------------------------------------------------


def pchip(knots: Sequence[Pt]) -> Callable[[float], float]:
    """Monotone cubic (Fritsch-Carlson) through (x, y) knots: smooth, never overshoots."""
    xs = [k[0] for k in knots]
    ys = [k[1] for k in knots]
    n = len(xs)
    h = [xs[i + 1] - xs[i] for i in range(n - 1)]
    delta = [(ys[i + 1] - ys[i]) / h[i] for i in range(n - 1)]
    m = [0.0] * n
    m[0], m[-1] = delta[0], delta[-1]
    for i in range(1, n - 1):
        if delta[i - 1] * delta[i] <= 0:
            m[i] = 0.0
        else:
            w1, w2 = 2 * h[i] + h[i - 1], h[i] + 2 * h[i - 1]
            m[i] = (w1 + w2) / (w1 / delta[i - 1] + w2 / delta[i])

    def f(x: float) -> float:
        i = max(0, min(n - 2, next((j for j in range(n - 1) if x <= xs[j + 1]), n - 2)))
        t = (x - xs[i]) / h[i]
        t2, t3 = t * t, t * t * t
        return (
            (2 * t3 - 3 * t2 + 1) * ys[i]
            + (t3 - 2 * t2 + t) * h[i] * m[i]
            + (-2 * t3 + 3 * t2) * ys[i + 1]
            + (t3 - t2) * h[i] * m[i + 1]
        )

    return f


def catmull(points: Sequence[Pt], per_segment: int = 8) -> list[Pt]:
    """Centripetal Catmull-Rom through ``points``; the first and last are only tangent guides."""
    out: list[Pt] = []
    for i in range(1, len(points) - 2):
        p0, p1, p2, p3 = points[i - 1], points[i], points[i + 1], points[i + 2]

        def knot(a: Pt, b: Pt, t: float) -> float:
            return t + math.sqrt(max(math.dist(a, b), 1e-6))

        t0 = 0.0
        t1 = knot(p0, p1, t0)
        t2 = knot(p1, p2, t1)
        t3 = knot(p2, p3, t2)
        for k in range(per_segment + (1 if i == len(points) - 3 else 0)):
            t = t1 + (t2 - t1) * k / per_segment

            def lerp(a: Pt, b: Pt, ta: float, tb: float, t: float = t) -> Pt:
                w = (t - ta) / (tb - ta)
                return (a[0] + (b[0] - a[0]) * w, a[1] + (b[1] - a[1]) * w)

            a1, a2, a3 = lerp(p0, p1, t0, t1), lerp(p1, p2, t1, t2), lerp(p2, p3, t2, t3)
            b1, b2 = lerp(a1, a2, t0, t2), lerp(a2, a3, t1, t3)
            out.append(lerp(b1, b2, t1, t2))
    return out


def sample(f: Callable[[float], Pt], t0: float, t1: float, step: float = 3.0) -> list[Pt]:
    """Points of ``f`` from t0 to t1 inclusive, about ``step`` apart in t."""
    n = max(1, math.ceil(abs(t1 - t0) / step))
    return [f(t0 + (t1 - t0) * k / n) for k in range(n + 1)]


def arc(p: Pt, q: Pt, bulge: Pt = (0.0, 0.0), n: int = 10) -> list[Pt]:
    """From p to q, pushed by ``bulge`` at the middle (a parabola); straight if no bulge."""
    if bulge == (0.0, 0.0):
        return [p, q]
    out = []
    for k in range(n + 1):
        u = k / n
        w = 4 * u * (1 - u)
        out.append(
            (p[0] + (q[0] - p[0]) * u + bulge[0] * w, p[1] + (q[1] - p[1]) * u + bulge[1] * w)
        )
    return out


def rev(points: list[Pt]) -> list[Pt]:
    return points[::-1]


def ring(*parts: list[Pt]) -> list[Pt]:
    """Join boundary pieces (each starting where the last ended) into one closed ring."""
    out: list[Pt] = []
    for part in parts:
        for p in part:
            if not out or math.dist(out[-1], p) > 1e-6:
                out.append(p)
    if math.dist(out[0], out[-1]) < 1e-6:
        out.pop()
    return out


def bisect(f: Callable[[float], float], target: float, lo: float, hi: float) -> float:
    """The t in [lo, hi] where the monotone f(t) reaches target."""
    flo = f(lo) - target
    for _ in range(60):
        mid = (lo + hi) / 2
        fm = f(mid) - target
        if (fm < 0) == (flo < 0):
            lo, flo = mid, fm
        else:
            hi = mid
    return (lo + hi) / 2


# -- the body --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Body:
    """Measurements of one outline, in view units (a 586-unit-tall figure), screen-left half."""

    head_hw: float = 28.0  # half width of the skull
    head_top: float = 10.0
    head_mid_y: float = 50.0  # widest
    chin_y: float = 94.0
    jaw: float = 0.22  # how much the face narrows to the chin
    neck_top: float = 17.0  # half width where the neck leaves the jaw
    neck_min: float = 15.5
    neck_base: Pt = (21.0, 114.0)  # where neck, shoulder and chest meet (d, y)
    trapezius: tuple[Pt, ...] = ((36.0, 119.5), (52.0, 123.5), (64.0, 128.0))
    deltoid: tuple[Pt, ...] = ((72.0, 136.0), (76.5, 148.0))
    arm_root: Pt = (60.0, 132.0)  # the shoulder joint
    arm_angles_deg: tuple[float, float, float] = (7.0, 11.0, 10.0)  # upper arm, forearm, hand
    upper_arm: float = 110.0
    forearm: float = 87.0
    arm_hw: tuple[Pt, ...] = (
        (0.0, 18.0),
        (32.0, 16.4),
        (60.0, 14.8),
        (95.0, 13.2),
        (110.0, 12.6),
        (124.0, 13.2),
        (150.0, 11.8),
        (182.0, 9.6),
        (197.0, 9.0),
        (210.0, 9.8),
    )
    palm_hw: float = 13.0
    hand_len: float = 60.0
    outer: tuple[Pt, ...] = (
        (185.0, 46.8),
        (205.0, 45.0),
        (225.0, 42.6),
        (242.0, 41.6),
        (256.0, 43.4),
        (272.0, 48.6),
        (292.0, 53.6),
        (312.0, 56.6),
        (330.0, 56.0),
        (360.0, 52.6),
        (392.0, 47.8),
        (420.0, 42.6),
        (436.0, 41.0),
        (452.0, 41.6),
        (472.0, 42.6),
        (495.0, 39.6),
        (518.0, 33.6),
        (540.0, 29.6),
        (560.0, 29.4),
    )
    crotch_y: float = 322.0
    inner: tuple[Pt, ...] = (
        (322.0, 0.0),
        (330.0, 3.0),
        (345.0, 4.6),
        (375.0, 5.8),
        (405.0, 6.6),
        (436.0, 7.0),
        (455.0, 7.0),
        (478.0, 6.4),
        (505.0, 8.2),
        (530.0, 10.4),
        (545.0, 11.0),
        (560.0, 10.6),
    )


OUTLINE_BODIES: dict[str, Body] = {
    "neutral": Body(),
    "female": replace(
        Body(),
        head_hw=27.0,
        neck_top=15.5,
        neck_min=14.0,
        neck_base=(19.0, 114.5),
        trapezius=((33.0, 120.0), (47.0, 124.0), (58.0, 128.5)),
        deltoid=((66.0, 136.5), (70.0, 148.0)),
        arm_root=(55.0, 133.0),
        arm_angles_deg=(9.0, 14.0, 11.0),
        arm_hw=(
            (0.0, 16.5),
            (32.0, 15.0),
            (60.0, 13.6),
            (95.0, 12.2),
            (110.0, 11.6),
            (124.0, 12.2),
            (150.0, 10.8),
            (182.0, 8.8),
            (197.0, 8.4),
            (210.0, 9.2),
        ),
        palm_hw=12.0,
        hand_len=57.0,
        outer=(
            (185.0, 44.8),
            (205.0, 42.0),
            (225.0, 38.6),
            (242.0, 37.8),
            (256.0, 41.0),
            (272.0, 48.6),
            (292.0, 56.0),
            (312.0, 60.0),
            (330.0, 59.4),
            (360.0, 55.0),
            (392.0, 49.0),
            (420.0, 42.8),
            (436.0, 40.6),
            (452.0, 41.0),
            (472.0, 41.6),
            (495.0, 38.6),
            (518.0, 32.6),
            (540.0, 28.4),
            (560.0, 28.2),
        ),
        inner=(
            (322.0, 0.0),
            (330.0, 2.6),
            (345.0, 4.0),
            (375.0, 5.2),
            (405.0, 6.0),
            (436.0, 6.2),
            (455.0, 6.4),
            (478.0, 6.0),
            (505.0, 7.8),
            (530.0, 10.0),
            (545.0, 10.6),
            (560.0, 10.2),
        ),
    ),
    "male": replace(
        Body(),
        head_hw=28.5,
        jaw=0.18,
        neck_top=18.5,
        neck_min=17.5,
        neck_base=(23.0, 113.5),
        trapezius=((39.0, 118.5), (56.0, 122.5), (69.0, 127.0)),
        deltoid=((77.5, 135.0), (82.0, 148.0)),
        arm_root=(65.0, 131.0),
        arm_angles_deg=(6.0, 9.5, 9.0),
        arm_hw=(
            (0.0, 19.0),
            (32.0, 17.6),
            (60.0, 15.8),
            (95.0, 14.0),
            (110.0, 13.4),
            (124.0, 14.0),
            (150.0, 12.6),
            (182.0, 10.2),
            (197.0, 9.6),
            (210.0, 10.4),
        ),
        palm_hw=13.8,
        outer=(
            (185.0, 50.6),
            (205.0, 48.4),
            (225.0, 45.6),
            (242.0, 44.6),
            (256.0, 45.4),
            (272.0, 48.6),
            (292.0, 52.0),
            (312.0, 54.0),
            (330.0, 53.8),
            (360.0, 51.0),
            (392.0, 46.8),
            (420.0, 42.2),
            (436.0, 40.8),
            (452.0, 41.6),
            (472.0, 42.8),
            (495.0, 40.0),
            (518.0, 34.0),
            (540.0, 30.0),
            (560.0, 29.8),
        ),
    ),
}


class Figure:
    """The shared silhouette pieces of one outline, and the cut lines both views use."""

    def __init__(self, body: Body) -> None:
        self.b = body
        self._arm()
        self._head()
        self.outer_d = pchip([(self.p[1], self.p[0]), *body.outer])
        self.inner_d = pchip(body.inner)

    # head ----------------------------------------------------------------------------------------

    def _head(self) -> None:
        b = self.b
        up, down = b.head_mid_y - b.head_top, b.chin_y - b.head_mid_y

        def head(phi: float) -> Pt:  # phi 0 at the crown, pi at the chin
            lower = max(0.0, phi - math.pi / 2) / (math.pi / 2)
            narrow = 1.0 - b.jaw * (3 * lower**2 - 2 * lower**3)
            radius = up if phi <= math.pi / 2 else down
            return (b.head_hw * math.sin(phi) * narrow, b.head_mid_y - radius * math.cos(phi))

        self.head = head
        self.phi_neck = bisect(lambda p: -head(p)[0], -b.neck_top, math.pi / 2, math.pi - 1e-3)
        self.neck_top_pt = head(self.phi_neck)

    def head_edge(self, y0: float, y1: float) -> list[Pt]:
        """The skull outline between two heights (y1 below y0), down to the neck at most."""
        b = self.b

        def phi_at(y: float) -> float:
            if y <= b.head_top:
                return 0.0
            if y >= self.neck_top_pt[1]:
                return self.phi_neck
            return bisect(lambda p: self.head(p)[1], y, 0.0, self.phi_neck)

        return sample(self.head, phi_at(y0), phi_at(y1), 0.08)

    def chin(self) -> list[Pt]:
        """From the neck up along the jaw to the chin (the face/neck boundary on the front)."""
        return sample(self.head, self.phi_neck, math.pi, 0.08)

    def neck_edge(self) -> list[Pt]:
        b = self.b
        k = self.neck_top_pt
        nb = b.neck_base
        side = pchip(
            [
                (k[1], k[0]),
                (k[1] + 8, b.neck_min + 0.6),
                (k[1] + 16, b.neck_min),
                (nb[1] - 5, b.neck_min + 1.2),
                (nb[1], nb[0]),
            ]
        )
        return sample(lambda y: (side(y), y), k[1], nb[1], 2.0)

    # arm -----------------------------------------------------------------------------------------

    def _arm(self) -> None:
        b = self.b
        t1, t2, t3 = (math.radians(a) for a in b.arm_angles_deg)
        self.s_elbow = b.upper_arm
        self.s_wrist = b.upper_arm + b.forearm
        self.s_hand = self.s_wrist + 8.0

        def angle(s: float) -> float:
            def step(s0: float, width: float = 14.0) -> float:
                u = min(1.0, max(0.0, (s - s0 + width) / (2 * width)))
                return u * u * (3 - 2 * u)

            return t1 + (t2 - t1) * step(self.s_elbow) + (t3 - t2) * step(self.s_wrist)

        # Integrate the centre line in small steps.
        self._centre: list[tuple[float, Pt, float]] = []
        pos = b.arm_root
        ds = 0.5
        s = 0.0
        while s <= self.s_hand + 1.0:
            a = angle(s)
            self._centre.append((s, pos, a))
            pos = (pos[0] + math.sin(a) * ds, pos[1] + math.cos(a) * ds)
            s += ds
        self.arm_hw = pchip(b.arm_hw)
        self.s_armpit = 32.0
        self.p = self.arm_side(self.s_armpit, -1)  # the armpit

    def arm_frame(self, s: float) -> tuple[Pt, float]:
        i = min(len(self._centre) - 1, max(0, round(s / 0.5)))
        s_i, pos, a = self._centre[i]
        extra = s - s_i
        return (pos[0] + math.sin(a) * extra, pos[1] + math.cos(a) * extra), a

    def arm_side(self, s: float, side: int) -> Pt:
        """A point on the arm's outer (+1) or inner (-1) edge at arc length s."""
        (cd, cy), a = self.arm_frame(s)
        hw = self.arm_hw(s) * side
        return (cd + math.cos(a) * hw, cy - math.sin(a) * hw)

    def arm_edge(self, s0: float, s1: float, side: int) -> list[Pt]:
        return sample(lambda s: self.arm_side(s, side), s0, s1, 3.0)

    def arm_cut(self, s: float, bulge: float = 0.0) -> list[Pt]:
        """Across the arm at s, outer to inner; ``bulge`` > 0 bows it towards the hand."""
        (_, _), a = self.arm_frame(s)
        return arc(
            self.arm_side(s, 1),
            self.arm_side(s, -1),
            (math.sin(a) * bulge, math.cos(a) * bulge),
        )

    def hand(self) -> list[Pt]:
        """The mitten hand with the thumb to the outside, from the outer wrist to the inner."""
        b = self.b
        (cd, cy), a = self.arm_frame(self.s_hand)
        w = self.arm_hw(self.s_hand)
        p, length = b.palm_hw, b.hand_len
        local = [
            (w + 1.0, -4.0),
            (w, 0.0),
            (p + 0.6, 0.15 * length),
            (p + 4.6, 0.28 * length),
            (p + 6.8, 0.41 * length),
            (p + 5.6, 0.52 * length),
            (p + 2.6, 0.55 * length),
            (p + 0.2, 0.6 * length),
            (p + 0.2, 0.7 * length),
            (p - 0.8, 0.84 * length),
            (p - 4.4, 0.96 * length),
            (0.0, length),
            (-p + 3.6, 0.96 * length),
            (-p + 0.3, 0.8 * length),
            (-p, 0.52 * length),
            (-p + 1.4, 0.2 * length),
            (-w, 0.0),
            (-w - 1.0, -4.0),
        ]
        cos_a, sin_a = math.cos(a), math.sin(a)
        world = [(cd + cos_a * u + sin_a * v, cy - sin_a * u + cos_a * v) for u, v in local]
        pts = catmull(world, 7)
        pts[0], pts[-1] = self.arm_side(self.s_hand, 1), self.arm_side(self.s_hand, -1)
        return pts

    # torso and legs ------------------------------------------------------------------------------

    def outer_edge(self, y0: float, y1: float) -> list[Pt]:
        return sample(lambda y: (self.outer_d(y), y), y0, y1, 3.0)

    def inner_edge(self, y0: float, y1: float) -> list[Pt]:
        return sample(lambda y: (self.inner_d(y), y), y0, y1, 3.0)

    def outer_at(self, y: float) -> Pt:
        return (self.outer_d(y), y)

    def inner_at(self, y: float) -> Pt:
        return (self.inner_d(y), y)

    def shoulder_top(self) -> list[Pt]:
        """Neck base over the shoulder and down the deltoid to the arm (the silhouette)."""
        b = self.b
        a_out = self.arm_side(self.s_armpit, 1)
        guide_in = self.neck_edge()[-3]
        guide_out = self.arm_side(self.s_armpit + 14.0, 1)
        pts = catmull([guide_in, b.neck_base, *b.trapezius, *b.deltoid, a_out, guide_out], 6)
        pts[0], pts[-1] = b.neck_base, a_out
        return pts

    def diagonal(self, sag: float) -> list[Pt]:
        """Neck base down to the armpit: the front shoulder/chest (back shoulder/upper back)
        boundary, sagging towards the centre line by ``sag``."""
        nb, p = self.b.neck_base, self.p
        return arc(nb, p, (-sag * 0.8, sag * 0.6), 12)

    def leg_cut(self, y: float, bulge: float) -> list[Pt]:
        """Across the leg at y from outside to inside; bulge > 0 bows it downwards."""
        return arc(self.outer_at(y), self.inner_at(y), (0.0, bulge), 8)

    def midline(self, y0: float, y1: float) -> list[Pt]:
        return [(0.0, y0), (0.0, y1)]


# -- the two views ---------------------------------------------------------------------------------

FOOT_TOP = 560.0
ANKLE_TOP = 532.0


def common(fig: Figure) -> dict[str, list[Pt]]:
    """Arms and the shoulder: the same on both views."""
    s = fig
    a_cut = s.arm_cut(s.s_armpit, 2.0)
    e1, e2 = s.s_elbow - 11.0, s.s_elbow + 11.0
    w1 = s.s_wrist - 11.0
    cut_e1, cut_e2 = s.arm_cut(e1, -2.5), s.arm_cut(e2, 2.5)
    cut_w1, cut_h = s.arm_cut(w1, -1.0), s.arm_cut(s.s_hand, 1.5)

    def tube(s0: float, s1: float, top: list[Pt], bottom: list[Pt]) -> list[Pt]:
        return ring(s.arm_edge(s0, s1, 1), bottom, s.arm_edge(s1, s0, -1), rev(top))

    return {
        "shoulder": ring(s.shoulder_top(), a_cut, rev(s.diagonal(4.0))),
        "upper_arm": tube(s.s_armpit, e1, a_cut, cut_e1),
        "elbow": tube(e1, e2, cut_e1, cut_e2),
        "forearm": tube(e2, w1, cut_e2, cut_w1),
        "wrist": tube(w1, s.s_hand, cut_w1, cut_h),
        "hand": ring(s.hand(), rev(cut_h)),
    }


def front(fig: Figure) -> dict[str, list[Pt]]:
    s, b = fig, fig.b
    brow_y = 40.0
    brow = [s.head_edge(brow_y, brow_y)[0], (0.0, brow_y)]
    chin = s.chin()
    notch = (0.0, 119.5)
    neck_base = arc(b.neck_base, notch, (0.0, 1.5), 6)
    diag = s.diagonal(4.0)
    py = s.p[1]
    chest_y, chest_mid = 214.0, 200.0
    chest_cut = catmull(
        [
            (s.outer_d(chest_y) + 4, chest_y - 1.0),
            s.outer_at(chest_y),
            (s.outer_d(chest_y) * 0.6, chest_y + 1.0),
            (s.outer_d(chest_y) * 0.28, chest_y - 4.0),
            (0.0, chest_mid),
            (-6.0, chest_y - 4.0),
        ],
        6,
    )
    hip_top, hip_bottom = 268.0, 312.0
    q1, q2 = s.outer_at(hip_top), s.outer_at(hip_bottom)
    belly_mid = 262.0
    belly_cut = catmull(
        [
            (q1[0] + 4, hip_top - 1.0),
            q1,
            (q1[0] * 0.55, hip_top - 1.5),
            (0.0, belly_mid),
            (-q1[0] * 0.55, hip_top - 1.5),
        ],
        7,
    )
    lens = catmull(
        [
            (q1[0] + 2, hip_top - 8),
            q1,
            (s.outer_d(280) - 12.0, 280.0),
            (s.outer_d(291) - 16.5, 291.0),
            (s.outer_d(302) - 12.0, 302.0),
            q2,
            (q2[0] + 2, hip_bottom + 8),
        ],
        6,
    )
    c = (0.0, b.crotch_y)
    groin = catmull(
        [
            (q2[0] + 6, hip_bottom - 3),
            q2,
            (q2[0] * 0.62, hip_bottom + 3.2),
            (q2[0] * 0.25, b.crotch_y - 2.2),
            c,
            (-6.0, b.crotch_y + 3.0),
        ],
        7,
    )
    knee_top, knee_bottom = 416.0, 458.0
    cut_k1, cut_k2 = s.leg_cut(knee_top, -3.5), s.leg_cut(knee_bottom, 3.5)
    cut_a1, cut_f = s.leg_cut(ANKLE_TOP, 0.0), s.leg_cut(FOOT_TOP, 1.5)
    o, i = s.outer_at(FOOT_TOP), s.inner_at(FOOT_TOP)
    toe_y = 599.0
    foot = catmull(
        [
            (o[0], o[1] - 6),
            o,
            (o[0] + 2.2, FOOT_TOP + 11),
            (o[0] + 6.0, FOOT_TOP + 24),
            (o[0] + 7.4, toe_y - 7.0),
            (o[0] + 4.6, toe_y - 1.6),
            ((o[0] + i[0]) / 2 + 2.0, toe_y),
            (i[0] - 1.0, toe_y - 1.0),
            (i[0] - 3.4, toe_y - 5.5),
            (i[0] - 3.0, FOOT_TOP + 22),
            (i[0] - 1.0, FOOT_TOP + 10),
            i,
            (i[0], i[1] - 6),
        ],
        6,
    )

    def leg(y0: float, y1: float, top: list[Pt], bottom: list[Pt]) -> list[Pt]:
        return ring(s.outer_edge(y0, y1), bottom, s.inner_edge(y1, y0), rev(top))

    return {
        **common(fig),
        "head": ring(s.head_edge(b.head_top, brow_y), brow, s.midline(brow_y, b.head_top)),
        "face": ring(s.head_edge(brow_y, 999), chin, s.midline(b.chin_y, brow_y), rev(brow)),
        "neck": ring(s.neck_edge(), neck_base, s.midline(notch[1], b.chin_y), rev(chin)),
        "chest": ring(
            diag,
            s.outer_edge(py, chest_y),
            chest_cut,
            s.midline(chest_mid, notch[1]),
            rev(neck_base),
        ),
        "upper_abdomen": ring(
            s.outer_edge(chest_y, hip_top),
            belly_cut,
            s.midline(belly_mid, chest_mid),
            rev(chest_cut),
        ),
        "hip": ring(s.outer_edge(hip_top, hip_bottom), rev(lens)),
        "lower_abdomen": ring(lens, groin, s.midline(b.crotch_y, belly_mid), rev(belly_cut)),
        "thigh": ring(
            s.outer_edge(hip_bottom, knee_top),
            cut_k1,
            s.inner_edge(knee_top, b.crotch_y),
            rev(groin),
        ),
        "knee": leg(knee_top, knee_bottom, cut_k1, cut_k2),
        "shin": leg(knee_bottom, ANKLE_TOP, cut_k2, cut_a1),
        "ankle": leg(ANKLE_TOP, FOOT_TOP, cut_a1, cut_f),
        "foot": ring(foot, rev(cut_f)),
    }


def back(fig: Figure) -> dict[str, list[Pt]]:
    s, b = fig, fig.b
    crown_y = 47.0
    k = s.neck_top_pt
    skull = arc(k, (0.0, k[1] + 3.5), (0.0, 1.0), 6)
    crown = [s.head_edge(crown_y, crown_y)[0], (0.0, crown_y)]
    c7 = (0.0, 117.0)
    neck_base = arc(b.neck_base, c7, (0.0, 1.0), 6)
    diag = s.diagonal(4.0)
    py = s.p[1]
    upper_y = 182.0
    upper_cut = arc(s.outer_at(upper_y), (0.0, upper_y - 2.0), (0.0, 1.5), 8)
    mid_y = 240.0
    mid_cut = arc(s.outer_at(mid_y), (0.0, mid_y + 1.0), (0.0, 1.0), 8)
    hip_top, hip_bottom = 262.0, 334.0
    q1, q2 = s.outer_at(hip_top), s.outer_at(hip_bottom)
    sacrum_y = 277.0
    sacrum = catmull(
        [
            (q1[0] + 4, hip_top - 2.0),
            q1,
            (q1[0] * 0.5, hip_top + 6.0),
            (0.0, sacrum_y),
            (-q1[0] * 0.5, hip_top + 6.0),
        ],
        7,
    )
    lens = catmull(
        [
            (q1[0] + 2, hip_top - 8),
            q1,
            (s.outer_d(280) - 14.0, 280.0),
            (s.outer_d(298) - 19.5, 298.0),
            (s.outer_d(317) - 14.0, 317.0),
            q2,
            (q2[0] + 2, hip_bottom + 8),
        ],
        6,
    )
    fold_y = 337.0
    g = s.inner_at(fold_y)
    fold = catmull(
        [
            (q2[0] + 4, hip_bottom - 2),
            q2,
            (q2[0] * 0.6, fold_y + 3.0),
            (g[0] + 8, fold_y + 2.0),
            g,
            (g[0] - 6, fold_y - 5.0),
        ],
        7,
    )
    knee_top, knee_bottom = 418.0, 456.0
    cut_k1, cut_k2 = s.leg_cut(knee_top, 2.0), s.leg_cut(knee_bottom, -2.0)
    cut_a1, cut_f = s.leg_cut(ANKLE_TOP, 0.0), s.leg_cut(FOOT_TOP, -1.0)
    o, i = s.outer_at(FOOT_TOP), s.inner_at(FOOT_TOP)
    heel_y = 597.5
    mid_d = (o[0] + i[0]) / 2
    heel = catmull(
        [
            (o[0], o[1] - 6),
            o,
            (o[0] + 1.6, FOOT_TOP + 12),
            (o[0] + 1.2, FOOT_TOP + 25),
            (mid_d + 5.5, heel_y - 2.0),
            (mid_d, heel_y),
            (mid_d - 5.5, heel_y - 2.0),
            (i[0] - 1.2, FOOT_TOP + 25),
            (i[0] - 1.6, FOOT_TOP + 12),
            i,
            (i[0], i[1] - 6),
        ],
        6,
    )

    def leg(y0: float, y1: float, top: list[Pt], bottom: list[Pt]) -> list[Pt]:
        return ring(s.outer_edge(y0, y1), bottom, s.inner_edge(y1, y0), rev(top))

    return {
        **common(fig),
        "head": ring(s.head_edge(b.head_top, crown_y), crown, s.midline(crown_y, b.head_top)),
        "face": ring(
            s.head_edge(crown_y, 999), skull, s.midline(skull[-1][1], crown_y), rev(crown)
        ),
        "neck": ring(s.neck_edge(), neck_base, s.midline(c7[1], skull[-1][1]), rev(skull)),
        "chest": ring(
            diag,
            s.outer_edge(py, upper_y),
            upper_cut,
            s.midline(upper_cut[-1][1], c7[1]),
            rev(neck_base),
        ),
        "mid_back": ring(
            s.outer_edge(upper_y, mid_y),
            mid_cut,
            s.midline(mid_cut[-1][1], upper_cut[-1][1]),
            rev(upper_cut),
        ),
        "lower_back": ring(
            s.outer_edge(mid_y, hip_top),
            sacrum,
            s.midline(sacrum_y, mid_cut[-1][1]),
            rev(mid_cut),
        ),
        "hip": ring(s.outer_edge(hip_top, hip_bottom), rev(lens)),
        "buttock": ring(
            lens,
            fold,
            s.inner_edge(fold_y, b.crotch_y),
            s.midline(b.crotch_y, sacrum_y),
            rev(sacrum),
        ),
        "thigh": ring(
            s.outer_edge(hip_bottom, knee_top), cut_k1, s.inner_edge(knee_top, fold_y), rev(fold)
        ),
        "knee": leg(knee_top, knee_bottom, cut_k1, cut_k2),
        "shin": leg(knee_bottom, ANKLE_TOP, cut_k2, cut_a1),
        "ankle": leg(ANKLE_TOP, FOOT_TOP, cut_a1, cut_f),
        "foot": ring(heel, rev(cut_f)),
    }


# -- output ----------------------------------------------------------------------------------------

VIEWS = {"front": (front, FRONT_CODES), "back": (back, BACK_CODES)}


def regions_of(outline: str, view: str) -> dict[int, list[Pt]]:
    """CHOIR code -> closed ring in view coordinates, rounded as written."""
    build, codes = VIEWS[view]
    halves = build(Figure(OUTLINE_BODIES[outline]))
    out: dict[int, list[Pt]] = {}
    for part, points in halves.items():
        left_code, right_code = codes[part]
        out[left_code] = _rounded([(CX - d, y) for d, y in points])
        out[right_code] = _rounded([(CX + d, y) for d, y in points])
    return dict(sorted(out.items()))


def _rounded(points: list[Pt]) -> list[Pt]:
    """Rounded to what the file holds, clockwise on screen (so shared edges run opposite)."""
    out: list[Pt] = []
    for x, y in points:
        p = (round(x, 1), round(y, 1))
        if not out or p != out[-1]:
            out.append(p)
    if out[0] == out[-1]:
        out.pop()
    return out if signed_area(out) > 0 else out[::-1]


def signed_area(points: list[Pt]) -> float:
    """Shoelace area; positive for clockwise on screen (y down)."""
    total = 0.0
    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True):
        total += x1 * y2 - x2 * y1
    return total / 2


def silhouette(regions: dict[int, list[Pt]]) -> list[list[Pt]]:
    """Cancel every edge two regions share; what is left, chained into loops, is the outline.

    Regions that tile the figure leave one loop; a gap or an overlap leaves stray edges.
    """
    edges: dict[tuple[Pt, Pt], int] = {}
    for ring_pts in regions.values():
        for a, b in zip(ring_pts, ring_pts[1:] + ring_pts[:1], strict=True):
            if (b, a) in edges:
                edges[(b, a)] -= 1
                if not edges[(b, a)]:
                    del edges[(b, a)]
            else:
                edges[(a, b)] = edges.get((a, b), 0) + 1
    following: dict[Pt, list[Pt]] = {}
    for a, b in edges:
        following.setdefault(a, []).append(b)
    loops: list[list[Pt]] = []
    while following:
        start = min(following)
        loop = [start]
        point = start
        while True:
            nexts = following[point]
            nxt = nexts.pop()
            if not nexts:
                del following[point]
            if nxt == start:
                break
            loop.append(nxt)
            point = nxt
            if point not in following:
                raise ValueError(f"outline does not close at {point}")
        loops.append(loop)
    return loops


def label_point(points: list[Pt]) -> Pt:
    """A point far from the region's edges (a coarse pole of inaccessibility)."""
    edges = list(zip(points, points[1:] + points[:1], strict=True))

    def inside(x: float, y: float) -> bool:
        hit = False
        for (x1, y1), (x2, y2) in edges:
            if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                hit = not hit
        return hit

    def clearance(x: float, y: float) -> float:
        best = math.inf
        for (x1, y1), (x2, y2) in edges:
            dx, dy = x2 - x1, y2 - y1
            length2 = dx * dx + dy * dy or 1e-12
            t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / length2))
            best = min(best, math.hypot(x - x1 - t * dx, y - y1 - t * dy))
        return best

    xs, ys = [p[0] for p in points], [p[1] for p in points]
    # A mild pull towards the centroid keeps the number central where clearance is flat.
    cross = [x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in edges]
    gx = sum((x1 + x2) * c for ((x1, _), (x2, _)), c in zip(edges, cross, strict=True))
    gy = sum((y1 + y2) * c for ((_, y1), (_, y2)), c in zip(edges, cross, strict=True))
    gx, gy = gx / (3 * sum(cross)), gy / (3 * sum(cross))
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    half_w, half_h = (max(xs) - min(xs)) / 2, (max(ys) - min(ys)) / 2
    best, best_score = (cx, cy), -math.inf
    for _ in range(3):
        n = 10
        for i in range(n + 1):
            for j in range(n + 1):
                x = cx - half_w + 2 * half_w * i / n
                y = cy - half_h + 2 * half_h * j / n
                if inside(x, y):
                    score = clearance(x, y) - 0.12 * math.hypot(x - gx, y - gy)
                    if score > best_score:
                        best, best_score = (x, y), score
        cx, cy = best
        half_w, half_h = half_w / 4, half_h / 4
    return best


def path_data(points: list[Pt]) -> str:
    head, *rest = points
    coords = " ".join(f"{x:g} {y:g}" for x, y in rest)
    return f"M{head[0]:g} {head[1]:g}L{coords}Z"


def svg(outline: str, view: str) -> str:
    regions = regions_of(outline, view)
    loops = silhouette(regions)
    if len(loops) != 1:
        raise ValueError(f"{outline}-{view}: the regions leave {len(loops)} outlines, not 1")
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<!-- Generated by tools/make_bodymap.py: do not edit, change the script and run it. -->",
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {VIEW_W:g} {VIEW_H:g}"'
        f' width="{VIEW_W:g}" height="{VIEW_H:g}" data-view="{view}" data-outline="{outline}">',
        f"  <title>Body map, {view} view, {outline} outline (CHOIR region numbers)</title>",
        "  <style>.region{fill:#ffffff;stroke:#9aa29e;stroke-width:0.7}"
        ".outline{fill:none;stroke:#3b403e;stroke-width:1.4;stroke-linejoin:round}</style>",
        '  <g id="regions">',
    ]
    for code, points in regions.items():
        lx, ly = label_point(points)
        lines.append(
            f'    <path id="r{code}" class="region" data-label-x="{lx:.1f}"'
            f' data-label-y="{ly:.1f}" d="{path_data(points)}"/>'
        )
    lines.append("  </g>")
    lines.append(f'  <path id="outline" class="outline" d="{path_data(loops[0])}"/>')
    lines.append("</svg>")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "ui" / "bodymap")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for outline in OUTLINES:
        for view in VIEWS:
            path = args.out / f"{outline}-{view}.svg"
            path.write_text(svg(outline, view), encoding="utf-8")
            print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
