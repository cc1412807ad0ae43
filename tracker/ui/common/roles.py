"""Giving a widget type the accessible role it acts as (a row of rating words acts as a slider,
a "What is this?" label acts as a link), so a screen reader says what it is and how to use it.

Qt keeps interface factories for the whole process, so each type is installed once. The
interfaces are Qt's usual widget interface (children, name, description, focus) with another
role; only the role changes. Interfaces made in Python are handed back to Qt before the
interpreter exits (as tracker/ui/alerts/accessibility.py does for alert cards): Qt deletes
the ones it still caches when the application object goes, which PySide does during
interpreter shutdown, and that crashed the process on the way out.
"""

from __future__ import annotations

import atexit
import weakref
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget
from shiboken6 import Shiboken

_installed: dict[type, QAccessible.Role] = {}
_live: weakref.WeakSet[RoleAccessible] = weakref.WeakSet()


class RoleAccessible(QAccessibleWidget):
    def __init__(self, widget: QWidget, role: QAccessible.Role) -> None:
        super().__init__(widget, role)
        _live.add(self)


class SingleControlAccessible(RoleAccessible):
    """A widget that acts as one control (a rating row as a slider): its parts are drawn, not read.

    The row's word buttons never take focus; exposed, they read as five loose check boxes.
    """

    def childCount(self) -> int:  # noqa: N802 - Qt naming
        return 0

    def child(self, _index: int) -> None:
        return None

    def indexOfChild(self, _child: QAccessibleInterface) -> int:  # noqa: N802 - Qt naming
        return -1


def install_role(widget_type: type[QWidget], role: QAccessible.Role,
                 interface: Callable[[QWidget, QAccessible.Role], RoleAccessible] = RoleAccessible) -> None:
    """Expose every widget of `widget_type` (and its subclasses) with `role` (through `interface`)."""
    if widget_type in _installed:
        return

    def factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
        return interface(obj, role) if isinstance(obj, widget_type) else None

    QAccessible.installFactory(factory)
    if not _installed:
        atexit.register(_release_before_qt_exits)
    _installed[widget_type] = role


def _release_before_qt_exits() -> None:
    for interface in list(_live):
        if Shiboken.isValid(interface):  # Qt already deleted those of widgets that were closed
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(interface))
