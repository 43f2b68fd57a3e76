"""Loggers without importing :mod:`logging` up front (it costs ~5 ms before the first paint)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import logging


def logger(name: str) -> logging.Logger:
    import logging

    return logging.getLogger(name)
