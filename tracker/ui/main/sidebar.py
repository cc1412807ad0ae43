"""The navigation sidebar: a list view over the registered sections."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QEvent, QModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import QFrame, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from tracker.ui.common import icons, style
from tracker.ui.main.sections import SECTIONS

SECTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def section_title(section) -> str:
    return QCoreApplication.translate("Sections", section.title)


class SectionListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.sections = list(SECTIONS)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.sections)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.sections):
            return None
        section = self.sections[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return section_title(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            # The title first: with icons only (a narrow window, large text) it is not drawn.
            return "{}: {}  ({})".format(section_title(section), QCoreApplication.translate("Sections", section.empty_hint),
                                         section.shortcut)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return QCoreApplication.translate("Sections", section.empty_hint)
        if role == SECTION_ID_ROLE:
            return section.id
        return None

    def row_of(self, section_id: str) -> int:
        for row, section in enumerate(self.sections):
            if section.id == section_id:
                return row
        return -1


class SidebarDelegate(QStyledItemDelegate):
    """Roomy rows with a rounded selection painted from the palette (light and dark alike)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 - Qt override
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 2 * style.space(2))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect = option.rect.adjusted(style.space(1), 1, -style.space(1), -1)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(QRectF(rect), 6, 6)
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Midlight))
            painter.drawRoundedRect(QRectF(rect), 6, 6)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.WindowText
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        side = QFontMetrics(option.font).height()
        inner = rect.adjusted(style.space(3), 0, -style.space(3), 0)
        icon_rect = QRect(inner.right() - side if rtl else inner.left(), rect.center().y() - side // 2, side, side)
        section_id = index.data(SECTION_ID_ROLE)
        compact = bool(getattr(option.widget, "compact", False))
        if compact:  # icons only: the title is the row's tooltip and accessible name
            icon_rect.moveCenter(rect.center())
        if section_id in icons.ICONS:
            mode = QIcon.Mode.Selected if selected else QIcon.Mode.Normal
            icons.icon(section_id).paint(painter, icon_rect, Qt.AlignmentFlag.AlignCenter, mode)
        if compact:
            painter.restore()
            return
        gap = side + style.space(2)
        text_rect = inner.adjusted(0, 0, -gap, 0) if rtl else inner.adjusted(gap, 0, 0, 0)
        painter.setPen(palette.color(role))
        painter.setFont(option.font)
        align = Qt.AlignmentFlag.AlignVCenter | (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        painter.drawText(text_rect, int(align), str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        painter.restore()


class Sidebar(QListView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: Icons only (titles in tooltips): set when the window leaves the views too little room.
        self.compact = False
        self._watched: QWidget | None = None
        self.setObjectName("sidebar")
        self.section_model = SectionListModel(self)
        self.setModel(self.section_model)
        self.setAccessibleName(self.tr("Sections"))
        self.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.setUniformItemSizes(True)
        self.setSpacing(2)
        self.setItemDelegate(SidebarDelegate(self))
        self.setMouseTracking(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # The sidebar's own shade (a theme colour), painted under the rows in both schemes.
        style.tint_background(self.viewport(), "sidebar")
        style.set_type(self, "subheading")
        font = self.font()
        font.setBold(False)
        self.setFont(font)
        self.setFixedWidth(self._width())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()  # larger text: a wider sidebar, never clipped titles (or icons only)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        window = self.window()
        if window is not self and window is not self._watched:
            window.installEventFilter(self)
            self._watched = window
        self._fit()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and watched is self._watched:
            self._fit()
        return super().eventFilter(watched, event)

    def _fit(self) -> None:
        """Titles when the views keep room for about 36 characters beside them (1024 px at
        200 % text does not), icons only otherwise: like GNOME's adaptive sidebars."""
        window = self._watched
        room = window.width() - self._full_width() if window is not None else 1 << 20
        compact = room < self.fontMetrics().horizontalAdvance("M") * 36
        if compact != self.compact:
            self.compact = compact
            self.viewport().update()
        self.setFixedWidth(self._width())

    def _full_width(self) -> int:
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(section_title(s)) for s in SECTIONS)
        # Text, its icon (one line high) and the paddings: titles are never clipped.
        return max(150, widest + metrics.height() + style.space(2) + 2 * style.space(4) + 2 * style.space(1) + 8)

    def _width(self) -> int:
        if self.compact:
            return self.fontMetrics().height() + 2 * style.space(4) + 2 * style.space(1) + 8
        return self._full_width()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self._width(), 300)

    def current_section_id(self) -> str | None:
        return self.currentIndex().data(SECTION_ID_ROLE)

    def select_section(self, section_id: str) -> None:
        row = self.section_model.row_of(section_id)
        if row >= 0:
            self.setCurrentIndex(self.section_model.index(row, 0))
