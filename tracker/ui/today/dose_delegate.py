"""Draws Today's doses: a heading over each time-of-day group, a check box, the dose in
full weight (anti-cancer treatment) or quieter (supportive medicines), and its status line.

The group heading carries a "Mark all taken" link when two or more doses of the group are
still open; clicking it emits `mark_group(group)`. The same action has a button and a key
in the view, so the mouse is never the only way.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionButton, QStyleOptionViewItem

from tracker.ui import theme
from tracker.ui.common import style
from tracker.ui.today import groups
from tracker.ui.today.model import DoseRole, GroupRole, GroupStartRole, StatusTextRole, SupportiveRole


def mark_all_text() -> str:
    return QApplication.translate("TodayView", "Mark all taken")


class DoseDelegate(QStyledItemDelegate):
    mark_group = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    # -- geometry ---------------------------------------------------------------------------
    @staticmethod
    def _heading_font(option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setBold(True)
        return font

    def _heading_height(self, option: QStyleOptionViewItem, index: QModelIndex) -> int:
        if not index.data(GroupStartRole):
            return 0
        gap = style.space(3) if index.row() > 0 else style.space(1)
        return gap + QFontMetrics(self._heading_font(option)).height() + style.space(1)

    def _line_height(self, option: QStyleOptionViewItem) -> int:
        # Persian and other scripts fall back to taller fonts: measure with some room.
        return QFontMetrics(option.font).lineSpacing() + 2

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 - Qt name
        height = 2 * self._line_height(option) + 2 * style.space(1) + 2
        return QSize(200, height + self._heading_height(option, index))

    def _row_rect(self, option: QStyleOptionViewItem, index: QModelIndex) -> QRect:
        return option.rect.adjusted(0, self._heading_height(option, index), 0, 0)

    def _check_rect(self, option: QStyleOptionViewItem, index: QModelIndex) -> QRect:
        row = self._row_rect(option, index)
        size = max(16, QFontMetrics(option.font).height())
        x = row.right() - style.space(3) - size if option.direction == Qt.LayoutDirection.RightToLeft \
            else row.left() + style.space(3)
        return QRect(x, row.center().y() - size // 2, size, size)

    def _link_rect(self, option: QStyleOptionViewItem, index: QModelIndex) -> QRect | None:
        if not index.data(GroupStartRole) or not self._group_has_open(index):
            return None
        metrics = QFontMetrics(option.font)
        width = metrics.horizontalAdvance(mark_all_text()) + style.space(2)
        top = option.rect.top() + self._heading_height(option, index) - metrics.height() - style.space(1)
        if option.direction == Qt.LayoutDirection.RightToLeft:
            return QRect(option.rect.left() + style.space(2), top, width, metrics.height())
        return QRect(option.rect.right() - width - style.space(2), top, width, metrics.height())

    @staticmethod
    def _group_has_open(index: QModelIndex) -> bool:
        model = index.model()
        group = index.data(GroupRole)
        rows = [r for r in range(model.rowCount()) if model.index(r, 0).data(GroupRole) == group]
        return sum(1 for r in rows if model.index(r, 0).data(DoseRole).open) >= 2

    # -- painting ---------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        palette = option.palette
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        if index.data(GroupStartRole):
            head = QRect(option.rect.left() + style.space(2), option.rect.top(),
                         option.rect.width() - 2 * style.space(2), self._heading_height(option, index) - style.space(1))
            painter.setFont(self._heading_font(option))
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            align = Qt.AlignmentFlag.AlignBottom | (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
            painter.drawText(head, int(align), groups.group_label(index.data(GroupRole)))
            link = self._link_rect(option, index)
            if link is not None:
                font = QFont(option.font)
                font.setUnderline(True)
                painter.setFont(font)
                painter.setPen(palette.color(QPalette.ColorRole.Link))
                painter.drawText(link, int(Qt.AlignmentFlag.AlignCenter), mark_all_text())
        row = self._row_rect(option, index)
        card = row.adjusted(0, 1, 0, -1)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(theme.colour("card_border"))
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight) if selected else theme.colour("card"))
        painter.drawRoundedRect(card, 6, 6)
        dose = index.data(DoseRole)
        if not dose.held_by_plan:
            box = QStyleOptionButton()
            box.rect = self._check_rect(option, index)
            box.state = QStyle.StateFlag.State_Enabled | (
                QStyle.StateFlag.State_On if dose.status == "taken" else QStyle.StateFlag.State_Off)
            box.palette = palette
            widget = option.widget
            (widget.style() if widget else QApplication.style()).drawPrimitive(
                QStyle.PrimitiveElement.PE_IndicatorCheckBox, box, painter, widget)
        check = self._check_rect(option, index)
        gap = style.space(3)
        if rtl:
            text = QRect(row.left() + gap, row.top() + style.space(1) + 1, check.left() - gap - row.left() - gap,
                         row.height() - 2 * style.space(1) - 2)
        else:
            text = QRect(check.right() + gap, row.top() + style.space(1) + 1, row.right() - check.right() - 2 * gap,
                         row.height() - 2 * style.space(1) - 2)
        supportive = bool(index.data(SupportiveRole))
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        first_font = QFont(option.font)
        first_font.setBold(not supportive)
        painter.setFont(first_font)
        painter.setPen(palette.color(text_role) if selected or not supportive else theme.colour("muted"))
        line = self._line_height(option)
        align = int(Qt.AlignmentFlag.AlignVCenter | (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft))
        first = index.model().first_line(dose, index.data(GroupRole) == groups.OVERDUE)
        painter.drawText(QRect(text.left(), text.top(), text.width(), line), align,
                         QFontMetrics(first_font).elidedText(first, Qt.TextElideMode.ElideRight, text.width()))
        painter.setFont(option.font)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        painter.setPen(palette.color(text_role) if selected else (foreground or theme.colour("muted")))
        status = str(index.data(StatusTextRole))
        painter.drawText(QRect(text.left(), text.top() + line, text.width(), line), align,
                         QFontMetrics(option.font).elidedText(status, Qt.TextElideMode.ElideRight, text.width()))
        painter.restore()

    # -- clicks -----------------------------------------------------------------------------
    def editorEvent(self, event: QEvent, model, option: QStyleOptionViewItem, index: QModelIndex) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.MouseButtonRelease or event.button() != Qt.MouseButton.LeftButton:
            return event.type() == QEvent.Type.MouseButtonDblClick and self._check_rect(option, index).contains(
                event.position().toPoint())
        point = event.position().toPoint()
        link = self._link_rect(option, index)
        if link is not None and link.contains(point):
            self.mark_group.emit(index.data(GroupRole))
            return True
        dose = index.data(DoseRole)
        if not dose.held_by_plan and self._check_rect(option, index).adjusted(-4, -4, 4, 4).contains(point):
            ticked = dose.status != "taken"
            model.setData(index, (Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked).value,
                          Qt.ItemDataRole.CheckStateRole)
            return True
        return False
