"""Alert cards for screen readers: the Alert role, and one announcement when a card appears.

A card is exposed with the accessible role AlertMessage, so it is read as an alert when
reached, and each new card is announced once with its full text: assertive for emergency
and call_now (spoken at once, interrupting), polite for the rest (spoken when the reader is
free). QAccessibleAnnouncementEvent needs Qt 6.8 or later (requirements pin PySide6 6.12).
"""

from __future__ import annotations

import atexit
import weakref

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget
from shiboken6 import Shiboken

from tracker.domain.alerts import CALL_NOW, EMERGENCY

ASSERTIVE_LEVELS = (EMERGENCY, CALL_NOW)
_installed: set[type] = set()
_live: weakref.WeakSet[AlertAccessible] = weakref.WeakSet()


class AlertAccessible(QAccessibleWidget):
    """Qt's usual widget interface (children, name, focus) with the role AlertMessage."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.AlertMessage)
        _live.add(self)


def install_alert_role(widget_type: type[QWidget]) -> None:
    """Give every widget of this type the Alert role (once per type; Qt keeps factories for the process)."""
    if widget_type in _installed:
        return

    def factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
        return AlertAccessible(obj) if isinstance(obj, widget_type) else None

    QAccessible.installFactory(factory)
    if not _installed:
        atexit.register(_release_before_qt_exits)
    _installed.add(widget_type)


def _release_before_qt_exits() -> None:
    """Hand back the interfaces of cards still on screen at exit while Python can still run their destructors.

    Qt's accessibility cache deletes every interface it holds when the application object goes,
    which PySide does during interpreter shutdown; an interface made in Python then crashes the
    process on the way out (seen under pytest with accessibility active). This runs first
    (atexit is last-in, first-out, and PySide registers its cleanup on import, before us).
    """
    for interface in list(_live):
        if Shiboken.isValid(interface):  # Qt already deleted those of cards that were closed
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(interface))


def politeness(level: str) -> QAccessible.AnnouncementPoliteness:
    if level in ASSERTIVE_LEVELS:
        return QAccessible.AnnouncementPoliteness.Assertive
    return QAccessible.AnnouncementPoliteness.Polite


def announce(widget: QWidget, message: str, level: str) -> None:
    """Ask screen readers to speak `message` now (assertive) or when free (polite), from `widget`."""
    event = QAccessibleAnnouncementEvent(widget, message)
    event.setPoliteness(politeness(level))
    QAccessible.updateAccessibility(event)
