"""Fixtures of the history tests: a clock the test sets and a store on it (tests/history)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from somatic_player.history.store import DB_FILE_NAME, Store
from tests.history.helpers import SetClock


@pytest.fixture
def clock() -> SetClock:
    return SetClock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / DB_FILE_NAME


@pytest.fixture
def store(db_path: Path, clock: SetClock) -> Iterator[Store]:
    with Store.open(db_path, clock=clock) as opened:
        yield opened
