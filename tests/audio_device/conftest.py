"""A private PulseAudio with a null sink: a real audio device on machines with no sound card.

The ``pulse`` fixture starts ``pulseaudio`` as /work/shared/SETUP.md describes: its own runtime
folder and socket under a fresh temporary folder, a null sink ``vsink`` (48 kHz stereo) as the
default sink and its monitor as the default source, and a ``parec`` reader on the monitor that
keeps the sink running (an idle null sink stalls new streams for up to 2 s). The fixture waits
until that reader receives sound, so a test's first stream starts at once.

PortAudio reaches PulseAudio through ALSA's ``pulse`` plugin (apt ``libasound2-plugins``). So
that neither the system's nor the user's ALSA set-up can send test sound elsewhere (to a real
PipeWire, to real speakers), the test process gets ``ALSA_CONFIG_PATH`` pointing at a private
file whose ``default`` and ``pulse`` devices are this server, plus ``PULSE_SERVER`` and
``PULSE_COOKIE``; PortAudio is rescanned so it sees them, and everything is put back afterwards.
Nothing outside the temporary folder is written; processes are stopped by PID.

If PulseAudio cannot start here the tests skip, saying why; with
``SOMATIC_REQUIRE_AUDIO_DEVICE=1`` (for CI) they fail instead.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import numpy as np
import pytest
from numpy.typing import NDArray

RATE = 48_000
REQUIRE_ENV = "SOMATIC_REQUIRE_AUDIO_DEVICE"
START_TIMEOUT_S = 15.0
TOOLS = ("pulseaudio", "pactl", "parec")
ENV_KEYS = ("PULSE_SERVER", "PULSE_COOKIE", "ALSA_CONFIG_PATH")


class PulseUnavailable(RuntimeError):
    """The private PulseAudio could not be started."""


class Recording:
    """``parec`` writing the sink's monitor (float32 mono, 48 kHz) to a file until stopped."""

    def __init__(self, pulse: PrivatePulse, path: Path) -> None:
        self.path = path
        self._file = path.open("wb")
        self._proc = subprocess.Popen(
            [
                "parec",
                "--device=vsink.monitor",
                "--raw",
                "--format=float32le",
                f"--rate={RATE}",
                "--channels=1",
                "--latency-msec=10",
            ],
            stdout=self._file,
            stderr=subprocess.DEVNULL,
            env=pulse.env,
        )
        deadline = time.monotonic() + 5.0
        while path.stat().st_size == 0 and time.monotonic() < deadline:
            time.sleep(0.01)

    def stop(self) -> NDArray[np.float32]:
        """End the recording (by PID) and return what arrived."""
        if self._proc.poll() is None:
            self._proc.send_signal(signal.SIGINT)
            try:
                self._proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        self._file.close()
        data = self.path.read_bytes()
        return np.frombuffer(data[: len(data) // 4 * 4], dtype="<f4").astype(np.float32)


class PrivatePulse:
    """One private PulseAudio server; ``kill`` and ``start`` again simulate a lost device."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.runtime = root / "run"
        self.runtime.mkdir(mode=0o700)
        (root / "home").mkdir(mode=0o700)
        self.server = f"unix:{self.runtime / 'pulse.sock'}"
        self.cookie = root / "cookie"
        self.alsa_config = root / "asound.conf"
        self.log = root / "pulseaudio.log"
        self.env = {
            **os.environ,
            "HOME": str(root / "home"),
            "XDG_RUNTIME_DIR": str(self.runtime),
            "PULSE_SERVER": self.server,
            "PULSE_COOKIE": str(self.cookie),
        }
        self.env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        quoted = f'"{self.server}"'
        self.alsa_config.write_text(
            "# Private ALSA set-up for tests: every default goes to the private PulseAudio.\n"
            f"pcm.!default {{ type pulse server {quoted} }}\n"
            f"ctl.!default {{ type pulse server {quoted} }}\n"
            f"pcm.pulse {{ type pulse server {quoted} }}\n"
            f"ctl.pulse {{ type pulse server {quoted} }}\n"
        )
        self._daemon: subprocess.Popen[bytes] | None = None
        self._keeper: subprocess.Popen[bytes] | None = None
        self._flowing = threading.Event()
        self._reader: threading.Thread | None = None
        self._recordings = 0

    @property
    def running(self) -> bool:
        return self._daemon is not None and self._daemon.poll() is None

    def start(self) -> None:
        """Start the server, make vsink the default, keep a reader on the monitor; wait for it."""
        log = self.log.open("ab")
        self._daemon = subprocess.Popen(
            [
                "pulseaudio",
                "-n",
                "--daemonize=no",
                "--exit-idle-time=-1",
                "--disallow-exit",
                "--use-pid-file=no",
                "--log-target=stderr",
                "-L",
                f"module-native-protocol-unix socket={self.runtime / 'pulse.sock'} "
                "auth-anonymous=1",
                "-L",
                f"module-null-sink sink_name=vsink rate={RATE} channels=2",
            ],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
            env=self.env,
        )
        log.close()
        deadline = time.monotonic() + START_TIMEOUT_S
        while self.pactl("info").returncode != 0:
            if self._daemon.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise PulseUnavailable(f"pulseaudio did not start: {self.log_tail()}")
            time.sleep(0.05)
        for args in (("set-default-sink", "vsink"), ("set-default-source", "vsink.monitor")):
            done = self.pactl(*args)
            if done.returncode != 0:
                self.stop()
                raise PulseUnavailable(f"pactl {' '.join(args)}: {done.stderr.strip()}")
        self._start_keeper(deadline)

    def _start_keeper(self, deadline: float) -> None:
        self._flowing.clear()
        self._keeper = subprocess.Popen(
            ["parec", "--device=vsink.monitor", "--latency-msec=10", "--raw"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=self.env,
        )
        assert self._keeper.stdout is not None
        self._reader = threading.Thread(
            target=self._drain, args=(self._keeper.stdout,), daemon=True
        )
        self._reader.start()
        # A fresh null sink sends nothing for about 2 s; streams opened before then stall.
        if not self._flowing.wait(max(0.0, deadline - time.monotonic())):
            self.stop()
            raise PulseUnavailable("the null sink's monitor never delivered sound")

    def _drain(self, pipe: IO[bytes]) -> None:
        try:
            while os.read(pipe.fileno(), 65536):
                self._flowing.set()
        except (OSError, ValueError):  # closed under us while stopping
            pass

    def pactl(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["pactl", *args], env=self.env, capture_output=True, text=True, timeout=10
        )

    def record(self) -> Recording:
        """Start recording the monitor; ``stop()`` on the result returns the samples."""
        self._recordings += 1
        return Recording(self, self.root / f"recording-{self._recordings}.f32")

    def kill(self) -> None:
        """Take the device away as a crash would: SIGKILL the server (its reader dies with it)."""
        if self._daemon is not None and self._daemon.poll() is None:
            self._daemon.kill()
            self._daemon.wait()
        self._stop_keeper()

    def stop(self) -> None:
        """Stop the reader and the server by PID (SIGTERM, then SIGKILL after 5 s)."""
        self._stop_keeper()
        daemon, self._daemon = self._daemon, None
        if daemon is not None and daemon.poll() is None:
            daemon.terminate()
            try:
                daemon.wait(timeout=5)
            except subprocess.TimeoutExpired:
                daemon.kill()
                daemon.wait()

    def _stop_keeper(self) -> None:
        keeper, self._keeper = self._keeper, None
        if keeper is not None:
            if keeper.poll() is None:
                keeper.terminate()
            try:
                keeper.wait(timeout=5)
            except subprocess.TimeoutExpired:
                keeper.kill()
                keeper.wait()
            if self._reader is not None:
                self._reader.join(timeout=2)
                self._reader = None
            if keeper.stdout is not None:
                keeper.stdout.close()

    def log_tail(self, lines: int = 6) -> str:
        try:
            text = self.log.read_text(errors="replace").strip().splitlines()
        except OSError:
            return "(no log)"
        return " | ".join(text[-lines:]) or "(empty log)"


def _unavailable(reason: str) -> None:
    message = f"no private PulseAudio: {reason}"
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"{message} ({REQUIRE_ENV}=1)")
    pytest.skip(message)


def _rescan_portaudio() -> bool:
    """Let an already initialised PortAudio see the current ALSA set-up (False: a stream is
    still open, so PortAudio could not be restarted)."""
    if "sounddevice" not in sys.modules:
        return True
    from somatic_player.audio import devices

    return devices.rescan()


@pytest.fixture
def pulse() -> Iterator[PrivatePulse]:
    """A running private PulseAudio, the test process routed to it; stopped afterwards."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        _unavailable(f"{', '.join(missing)} not installed (apt: pulseaudio pulseaudio-utils)")
    # A short path: a unix socket path must stay under 108 bytes.
    root = Path(tempfile.mkdtemp(prefix="sp-pulse-"))
    server = PrivatePulse(root)
    saved = {key: os.environ.get(key) for key in ENV_KEYS}
    try:
        try:
            server.start()
        except (PulseUnavailable, OSError, subprocess.SubprocessError) as exc:
            _unavailable(str(exc))
        os.environ.update(
            PULSE_SERVER=server.server,
            PULSE_COOKIE=str(server.cookie),
            ALSA_CONFIG_PATH=str(server.alsa_config),
        )
        if not _rescan_portaudio():
            pytest.fail("an earlier test left a PortAudio stream open: stop its engine")
        from somatic_player.audio import devices

        names = [device.name for device in devices.output_devices()]
        if "pulse" not in names and "default" not in names:
            _unavailable(
                f"PortAudio lists no pulse/default output ({names}); "
                "ALSA's pulse plugin comes with apt libasound2-plugins"
            )
        yield server
    finally:
        server.stop()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        _rescan_portaudio()
        shutil.rmtree(root, ignore_errors=True)
