"""Draws a search hit as a bold title with a muted, wrapped snippet under it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from tracker.ui.learn.models import SnippetRole, TitleRole

PAD = 6
SNIPPET_LINES = 3


class ResultDelegate(QStyledItemDelegate):
    def _parts(self, index: QModelIndex | QPersistentModelIndex) -> tuple[str, str]:
        return index.data(TitleRole) or "", index.data(SnippetRole) or ""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        self.initStyleOption(option, index)
        title, snippet = self._parts(index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        painter.save()
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(option.palette.color(role))
        title_height = QFontMetrics(bold).boundingRect(rect, Qt.TextFlag.TextWordWrap, title).height()
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), title_height), Qt.TextFlag.TextWordWrap, title)
        painter.setFont(option.font)
        colour = option.palette.color(role)
        if not selected:
            colour.setAlphaF(0.75)
        painter.setPen(colour)
        snippet_rect = QRect(rect.left(), rect.top() + title_height + 2, rect.width(), rect.height() - title_height - 2)
        painter.drawText(snippet_rect, Qt.TextFlag.TextWordWrap, snippet)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        title, snippet = self._parts(index)
        width = max(120, (option.widget.viewport().width() if option.widget else 300) - 2 * PAD)
        bold = QFont(option.font)
        bold.setBold(True)
        title_height = QFontMetrics(bold).boundingRect(QRect(0, 0, width, 10000), Qt.TextFlag.TextWordWrap, title).height()
        metrics = QFontMetrics(option.font)
        snippet_height = metrics.boundingRect(QRect(0, 0, width, 10000), Qt.TextFlag.TextWordWrap, snippet).height()
        snippet_height = min(snippet_height, metrics.lineSpacing() * SNIPPET_LINES)
        return QSize(width, title_height + snippet_height + 2 * PAD + 2)
