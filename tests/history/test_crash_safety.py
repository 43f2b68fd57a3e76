"""A check-in reported as saved survives kill -9, with every one of its region ratings.

A helper process imports the store once and forks a writer per trial (so 200+ trials fit in
seconds). The writer opens the store and commits check-ins with eight rated regions in a loop,
printing each id only after ``add_checkin`` has returned. The test kills it with SIGKILL after a
random delay, then checks the file: integrity ok, every reported id present with its values, and
no check-in anywhere with only some of its regions.
"""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from somatic_player.history.store import Store

ROOT = Path(__file__).resolve().parents[2]
TRIALS = 200
MAX_DELAY_S = 0.05
REGIONS = 8

WRITER = r"""
import os
import sys
from pathlib import Path

from somatic_player.core.checkin import BodyMapRatings, RegionRating
from somatic_player.history.store import Store

PATH = Path(sys.argv[1])
CODES = (218, 219, 222, 225, 205, 206, 207, 210)


def body(n):
    return BodyMapRatings.of(
        RegionRating(code, (n + i) % 11, frozenset({"aching"}) if i % 2 else frozenset(), i == 0)
        for i, code in enumerate(CODES)
    )


def write_until_killed():
    store = Store.open(PATH)
    n = 0
    while True:
        n += 1
        saved = store.add_checkin("standalone", n % 11, None, body=body(n))
        os.write(1, f"saved {saved.id} {n}\n".encode())


while sys.stdin.readline():
    pid = os.fork()
    if pid == 0:
        try:
            write_until_killed()
        except BaseException as exc:
            os.write(2, f"writer failed: {exc!r}\n".encode())
        os._exit(3)
    os.write(1, f"pid {pid}\n".encode())
    _, status = os.waitpid(pid, 0)
    os.write(1, f"dead {pid} {status}\n".encode())
"""


class LineReader:
    """Lines from a pipe, each within a deadline (a stuck helper fails the test, never hangs)."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.buffer = b""

    def next(self, timeout_s: float = 20.0) -> str:
        deadline = time.monotonic() + timeout_s
        while b"\n" not in self.buffer:
            remaining = deadline - time.monotonic()
            assert remaining > 0, "the writer helper stopped answering"
            ready, _, _ = select.select([self.fd], [], [], remaining)
            if ready:
                chunk = os.read(self.fd, 65536)
                assert chunk, "the writer helper exited"
                self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line.decode()


def check_database(db: Path, reported: dict[int, int], new: dict[int, int]) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        stored = dict(conn.execute("SELECT id, pain_now FROM checkins").fetchall())
        missing = sorted(set(reported) - set(stored))
        assert not missing, f"reported as saved but lost: {missing[:10]}"
        partial = conn.execute(
            "SELECT c.id, count(r.code) FROM checkins c"
            " LEFT JOIN checkin_regions r ON r.checkin_id = c.id"
            " GROUP BY c.id HAVING count(r.code) <> ?",
            (REGIONS,),
        ).fetchall()
        assert partial == [], f"check-ins with some of their regions: {partial[:10]}"
        for cid, n in new.items():
            assert stored[cid] == n % 11
            ratings = conn.execute(
                "SELECT rating, worst FROM checkin_regions WHERE checkin_id = ?",
                (cid,),
            ).fetchall()
            assert sorted(r for r, _ in ratings) == sorted((n + i) % 11 for i in range(REGIONS))
            assert sum(w for _, w in ratings) == 1
    finally:
        conn.close()


@pytest.mark.slow
def test_reported_checkins_survive_kill_9(tmp_path: Path) -> None:
    db = tmp_path / "data" / "history.sqlite3"
    Store.open(db).close()  # created and migrated before the first writer
    helper = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert helper.stdin is not None and helper.stdout is not None
    lines = LineReader(helper.stdout.fileno())
    rng = random.Random(20261125)
    reported: dict[int, int] = {}
    killed_mid_stream = 0
    try:
        for _trial in range(TRIALS):
            helper.stdin.write(b"go\n")
            helper.stdin.flush()
            new: dict[int, int] = {}
            while not (line := lines.next()).startswith("pid "):
                _, cid, n = line.split()
                new[int(cid)] = int(n)
            pid = int(line.split()[1])
            time.sleep(rng.uniform(0.0, MAX_DELAY_S))
            os.kill(pid, signal.SIGKILL)
            while not (line := lines.next()).startswith("dead "):
                _, cid, n = line.split()
                new[int(cid)] = int(n)
            status = int(line.split()[2])
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
                f"the writer ended on its own (status {status})"
            )
            killed_mid_stream += bool(new)
            reported.update(new)
            check_database(db, reported, new)
    finally:
        helper.stdin.close()
        helper.wait(timeout=30)
        assert helper.stderr is not None
        errors = helper.stderr.read().decode()
        helper.stderr.close()
        helper.stdout.close()
    assert errors == ""
    assert len(reported) >= TRIALS  # several commits per trial on average
    assert killed_mid_stream >= TRIALS // 2
    with Store.open(db) as store:  # and the app opens it normally afterwards
        assert {c.id for c in store.checkins()} >= set(reported)
