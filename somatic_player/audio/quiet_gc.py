"""Short garbage collections while sound plays.

The audio callback is Python, so it cannot run while the collector does, and a full collection
walks every object the process holds: about 10 ms in the app with its library open (53,000
objects), but 136 ms (median; 209 ms at most) in the test process once the whole suite had run
(224,000 objects). The output queue (sd_engine.OUTPUT_LATENCY_S, 200 ms) absorbs one pause; a
209 ms collection next to a thread in a long C call emptied it (one underflow in a 10-minute
session under tests/faults/test_load.py), and the app's heap only grows as charts and history
are opened.

While any engine plays, what existed before it started is frozen (``gc.freeze``): a collection
then walks only what the session itself made, and takes well under a millisecond. Everything is
collected once just before freezing, so nothing already unreachable is kept, and everything is
handed back to the collector when the last engine stops.
"""

from __future__ import annotations

import gc
import threading

_lock = threading.Lock()
_holders = 0


def hold() -> None:
    """One more engine plays: collect and freeze if it is the first."""
    global _holders
    with _lock:
        if _holders == 0:
            gc.collect()
            gc.freeze()
        _holders += 1


def release() -> None:
    """An engine stopped: hand everything back to the collector when it was the last."""
    global _holders
    with _lock:
        if _holders == 0:
            return
        _holders -= 1
        if _holders == 0:
            gc.unfreeze()


def holders() -> int:
    return _holders
