"""Fixtures of the fault tests, borrowed from the suites they build on: the private PulseAudio
(tests/audio_device/conftest.py) and the fake PortAudio (tests/audio_device/test_recovery.py)."""

from __future__ import annotations

from tests.audio_device.conftest import pulse
from tests.audio_device.test_recovery import fake_sd

__all__ = ["fake_sd", "pulse"]
