"""Screensaver inhibition, against a fake org.freedesktop.ScreenSaver on a private session bus."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

FAKE = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
    from PySide6.QtDBus import QDBusConnection

    app = QCoreApplication(sys.argv)

    @ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
    class FakeScreenSaver(QObject):
        @Slot(str, str, result="uint")
        def Inhibit(self, app_name, why):
            print(f"Inhibit {app_name} / {why}", flush=True)
            return 7

    bus = QDBusConnection.sessionBus()
    fake = FakeScreenSaver()
    bus.registerObject("/org/freedesktop/ScreenSaver", fake,
                       QDBusConnection.RegisterOption.ExportAllSlots)
    assert bus.registerService("org.freedesktop.ScreenSaver")
    print("ready", flush=True)
    app.exec()
    """
)

CLIENT = textwrap.dedent(
    """
    import subprocess, sys, time
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtDBus import QDBusConnection
    from somatic_player.qt.screensaver import ScreenSaverInhibitor

    app = QCoreApplication(sys.argv)
    fake = subprocess.Popen([sys.executable, sys.argv[1]], stdout=subprocess.PIPE, text=True)
    assert fake.stdout.readline().strip() == "ready"
    inhibitor = ScreenSaverInhibitor()
    assert inhibitor.inhibit("testing"), inhibitor.reason_unavailable
    assert inhibitor.cookie == 7 and inhibitor.connection_open()
    assert fake.stdout.readline().strip() == "Inhibit Somatic Player / testing"
    inhibitor.release()
    assert not inhibitor.active and not inhibitor.connection_open()
    inhibitor.release()  # twice is fine
    fake.terminate()
    fake.wait(10)
    print("ok")
    """
)


@pytest.mark.skipif(shutil.which("dbus-run-session") is None, reason="dbus-run-session missing")
def test_inhibit_and_release_on_a_private_bus(tmp_path: Path) -> None:
    (tmp_path / "fake.py").write_text(FAKE)
    (tmp_path / "client.py").write_text(CLIENT)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [
            "dbus-run-session",
            "--",
            sys.executable,
            str(tmp_path / "client.py"),
            str(tmp_path / "fake.py"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"


def test_without_a_bus_it_says_why(monkeypatch: pytest.MonkeyPatch) -> None:
    script = (
        "from somatic_player.qt.screensaver import ScreenSaverInhibitor\n"
        "i = ScreenSaverInhibitor()\n"
        "print(i.inhibit(), i.reason_unavailable)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    env["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent/bus"
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, env=env
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("False no D-Bus session bus")
