"""Small builders shared by tests in several folders."""

from __future__ import annotations

from typing import Any

from somatic_player.core.compiler import compile_routine
from somatic_player.core.plan import Plan
from somatic_player.core.routine import Routine


def breathing_routine(**breath: Any) -> Routine:
    """A one-step breathing routine (4 s in, 6 s out, 20 s unless told otherwise)."""
    step = {"kind": "breath", "inhale_s": 4, "exhale_s": 6, "duration_s": 20, **breath}
    if "cycles" in breath:
        step.pop("duration_s")
    return Routine.model_validate(
        {"schema_version": 1, "id": "t", "title": "T", "kind": "breathing", "steps": [step]},
        strict=False,
    )


def breathing_plan(**breath: Any) -> Plan:
    return compile_routine(breathing_routine(**breath))
