"""Somatic Player: guided somatic practice with sample-exact cues and private self-tracking."""

__version__ = "0.1.0"
