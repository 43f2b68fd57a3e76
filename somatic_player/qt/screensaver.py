"""Keep the screen awake during a session (org.freedesktop.ScreenSaver over D-Bus on Linux).

A person practising with eyes closed must not come back to a locked screen mid-session. Each
inhibition is made over its own short-lived bus connection: closing that connection releases
the inhibition (the screensaver forgets a cookie whose owner left the bus), which works with
every implementation and needs no uint32 marshalling from Python. Where there is no session bus
or no screensaver service, inhibiting does nothing and says why.
"""

from __future__ import annotations

import itertools

from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage

from somatic_player.i18n import translate

SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"
INTERFACE = "org.freedesktop.ScreenSaver"
APP = "Somatic Player"  # the app's name, the same in every language
_names = itertools.count(1)


class ScreenSaverInhibitor:
    """``inhibit()`` at session start, ``release()`` at the end (both safe to repeat)."""

    def __init__(self) -> None:
        self.cookie: int | None = None
        self.reason_unavailable = ""
        self._connection_name = ""

    @property
    def active(self) -> bool:
        return self.cookie is not None

    def inhibit(self, why: str | None = None) -> bool:
        """Keep the screen on; ``why`` is what the desktop may show (its power menu, say)."""
        if self.cookie is not None:
            return True
        if why is None:
            why = translate("screensaver", "A practice session is playing")
        name = f"somatic-player-inhibit-{next(_names)}"
        bus = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, name)
        if not bus.isConnected():
            QDBusConnection.disconnectFromBus(name)
            self.reason_unavailable = "no D-Bus session bus"
            return False
        iface = QDBusInterface(SERVICE, PATH, INTERFACE, bus)
        reply = iface.call("Inhibit", APP, why) if iface.isValid() else None
        if reply is None or reply.type() != QDBusMessage.MessageType.ReplyMessage:
            self.reason_unavailable = (
                "no screensaver service on the session bus"
                if reply is None
                else reply.errorMessage() or "the screensaver refused"
            )
            QDBusConnection.disconnectFromBus(name)
            return False
        arguments = reply.arguments()
        self.cookie = int(arguments[0]) if arguments else 0
        self._connection_name = name
        return True

    def release(self) -> None:
        if self.cookie is None:
            return
        QDBusConnection.disconnectFromBus(self._connection_name)
        self.cookie = None
        self._connection_name = ""

    def connection_open(self) -> bool:
        """Whether the inhibiting connection is still up (for tests and diagnostics)."""
        return bool(self._connection_name) and QDBusConnection(self._connection_name).isConnected()
