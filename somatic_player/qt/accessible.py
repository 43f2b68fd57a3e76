"""What screen readers learn about the widgets that paint themselves: role, value, items inside.

Qt tells assistive technology about a widget through a ``QAccessibleInterface``. Qt makes one for
its own widgets; a custom-painted widget (the breathing pacer, the body map, a history chart)
offers its own by defining ``accessible_interface()``, and :func:`install`, called from its
constructor, makes Qt ask for it. The name and the description stay the widget's
``accessibleName`` and ``accessibleDescription``.

What each platform reads, and so where text has to go:

- AT-SPI (Linux, Orca) reads an object's name and description; it has no text value, and a
  ``ValueChanged`` event from an object without a numeric value interface only makes Qt log a
  warning. So what changes (the pacer's phase, an area's rating) is in the name or the
  description, and the events sent are ``NameChanged``, ``DescriptionChanged`` and ``Focus``.
- Windows UI Automation and macOS also read ``text(Value)``, which these interfaces answer.

Lifetime (where PySide6 crashes if one is careless):

- PySide keeps a reference to every interface the factory returns, and Qt deletes a widget's
  interface when the widget is destroyed; the interfaces here hold no reference to their widget
  (they ask Qt for it), so a closed dialog is not kept alive.
- Items (children without a QObject, such as the body map's areas) are made once per key and
  kept. Qt's cache registers one when a screen reader or an event refers to it, and would keep a
  dangling pointer if Python freed it; when the widget is destroyed they are deleted through
  the cache (``deleteAccessibleInterface``), as Qt's item views do.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, cast

import shiboken6
from PySide6.QtCore import QObject, QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QWindow
from PySide6.QtWidgets import QAccessibleWidget, QWidget

_installed: list[bool] = []


class ItemSource(Protocol):
    """A widget whose painted content is a list of items a screen reader can step through.

    Keys identify items (the body map's region codes); rects and points are in widget pixels.
    """

    def accessible_keys(self) -> Sequence[int]: ...

    def accessible_item_text(self, key: int, kind: QAccessible.Text) -> str: ...

    def accessible_item_state(self, key: int) -> QAccessible.State: ...

    def accessible_item_rect(self, key: int) -> QRect: ...

    def accessible_item_at(self, pos: QPoint) -> int | None: ...

    def accessible_current(self) -> int | None: ...


def install() -> None:
    """Make Qt ask widgets that define ``accessible_interface()`` for their interface (once)."""
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed.append(True)


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    del key  # Qt asks once per class up the hierarchy; the object is what matters
    if not isinstance(obj, QWidget):
        return None
    # Looked up on the class: an instance's __getattr__ (pyqtgraph's PlotWidget has one) may
    # not work while the widget is still being built.
    make = getattr(type(obj), "accessible_interface", None)
    return make(obj) if callable(make) else None


def send(event: QAccessibleEvent) -> None:
    """Pass an event to the screen reader (the one place they go out, so tests can watch)."""
    QAccessible.updateAccessibility(event)


def active() -> bool:
    """Whether a screen reader (or other assistive technology) is listening."""
    return QAccessible.isActive()


# PySide's stubs say that child(), parent(), focusChild(), childAt(), object() and window()
# always return something; Qt's API answers "none" with a null pointer, which is None here. The
# overrides below say so, and tell mypy to accept it (type: ignore[override]).


class RoleInterface(QAccessibleWidget):
    """A widget's usual interface with a role of its own and, if given, a text value.

    ``value`` is called with the widget (not a bound method: that would keep the widget alive).
    """

    def __init__(
        self,
        widget: QWidget,
        role: QAccessible.Role,
        value: Callable[[QWidget], str] | None = None,
    ) -> None:
        super().__init__(widget, role)
        self._value = value

    def text(self, t: QAccessible.Text) -> str:
        if t == QAccessible.Text.Value and self._value is not None:
            return self._value(self.widget()) if self.isValid() else ""
        return super().text(t)


class ItemsInterface(RoleInterface):
    """A widget whose children are painted items, not widgets: see :class:`ItemSource`."""

    def __init__(
        self,
        widget: QWidget,
        role: QAccessible.Role,
        item_role: QAccessible.Role,
        value: Callable[[QWidget], str] | None = None,
    ) -> None:
        super().__init__(widget, role, value)
        self.item_role = item_role
        self._items = _Items()
        widget.destroyed.connect(self._items.release)

    def source(self) -> ItemSource:
        return cast(ItemSource, self.widget())

    def item(self, key: int) -> ItemInterface:
        """The interface of the item ``key``, the same object every time."""
        found = self._items.made.get(key)
        if found is None:
            found = self._items.made[key] = ItemInterface(self, key)
        return found

    def childCount(self) -> int:
        return len(self.source().accessible_keys()) if self.isValid() else 0

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        keys = self.source().accessible_keys() if self.isValid() else ()
        return self.item(keys[index]) if 0 <= index < len(keys) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        if not isinstance(child, ItemInterface) or not self.isValid():
            return -1
        keys = list(self.source().accessible_keys())
        return keys.index(child.key) if child.key in keys else -1

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        if not self.isValid() or not self.widget().hasFocus():
            return None
        current = self.source().accessible_current()
        return None if current is None else self.item(current)

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        if not self.isValid():
            return None
        key = self.source().accessible_item_at(self.widget().mapFromGlobal(QPoint(x, y)))
        return None if key is None else self.item(key)


class ItemInterface(QAccessibleInterface):
    """One painted item of an :class:`ItemsInterface`; its texts and state come from the widget."""

    def __init__(self, owner: ItemsInterface, key: int) -> None:
        super().__init__()
        self._owner = owner
        self.key = key

    def _live(self) -> bool:
        return shiboken6.isValid(self._owner) and self._owner.isValid()

    def isValid(self) -> bool:
        return self._live()

    def object(self) -> QObject | None:  # type: ignore[override]
        return None

    def window(self) -> QWindow | None:  # type: ignore[override]
        return self._owner.window() if self._live() else None

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return self._owner if self._live() else None

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def text(self, t: QAccessible.Text) -> str:
        return self._owner.source().accessible_item_text(self.key, t) if self._live() else ""

    def setText(self, t: QAccessible.Text, text: str) -> None:
        pass  # read only: ratings change through the keyboard and the mouse

    def rect(self) -> QRect:
        if not self._live():
            return QRect()
        local = self._owner.source().accessible_item_rect(self.key)
        if local.isEmpty():
            return QRect()
        return local.translated(self._owner.widget().mapToGlobal(QPoint(0, 0)))

    def role(self) -> QAccessible.Role:
        return self._owner.item_role if self._live() else QAccessible.Role.NoRole

    def state(self) -> QAccessible.State:
        if not self._live():
            state = QAccessible.State()
            state.invalid = True
            return state
        return self._owner.source().accessible_item_state(self.key)


class _Items:
    """The item interfaces made for one widget, deleted through Qt's cache with the widget."""

    def __init__(self) -> None:
        self.made: dict[int, ItemInterface] = {}

    def release(self) -> None:
        made, self.made = self.made, {}
        for item in made.values():
            if shiboken6.isValid(item):
                QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(item))


def item_interface(widget: QWidget, key: int) -> ItemInterface | None:
    """The interface of item ``key`` of ``widget`` (None if the widget has no items)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.item(key) if isinstance(interface, ItemsInterface) else None


def send_item_event(widget: QWidget, key: int, kind: QAccessible.Event) -> None:
    """Tell a listening screen reader that item ``key`` took focus, was selected or renamed."""
    if not active():
        return
    item = item_interface(widget, key)
    if item is not None:
        send(QAccessibleEvent(item, kind))
