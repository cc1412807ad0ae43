"""A list delegate that gives multi-line rows the height their text really needs.

Qt measures a row with the widget's own font, but draws Persian (and other scripts the
font lacks) with a taller fallback font; the second line of a row — a dose's status, a
drug's schedule — was then cut off behind "…". Half a line of room keeps every line
visible in every language.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyledItemDelegate


class RoomyRowDelegate(QStyledItemDelegate):
    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt name
        size = super().sizeHint(option, index)
        text = index.data() or ""
        if "\n" not in str(text):
            return size
        return QSize(size.width(), size.height() + QFontMetrics(option.font).lineSpacing() // 2)
