"""The navigation sidebar: a list view over the registered sections."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QSize, Qt
from PySide6.QtWidgets import QListView, QWidget

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
            return "{}  ({})".format(QCoreApplication.translate("Sections", section.empty_hint), section.shortcut)
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


class Sidebar(QListView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.section_model = SectionListModel(self)
        self.setModel(self.section_model)
        self.setAccessibleName(self.tr("Sections"))
        self.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.setUniformItemSizes(True)
        self.setSpacing(2)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.setFont(font)
        self.setFixedWidth(self._width())
        self.setStyleSheet("QListView#sidebar { border: none; background: palette(window); padding-top: 8px; outline: 0; }"
                           "QListView#sidebar::item { padding: 8px 14px; border-radius: 4px; }"
                           "QListView#sidebar::item:selected { background: palette(highlight);"
                           " color: palette(highlighted-text); }")

    def _width(self) -> int:
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(section_title(s)) for s in SECTIONS)
        return max(150, widest + 56)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self._width(), 300)

    def current_section_id(self) -> str | None:
        return self.currentIndex().data(SECTION_ID_ROLE)

    def select_section(self, section_id: str) -> None:
        row = self.section_model.row_of(section_id)
        if row >= 0:
            self.setCurrentIndex(self.section_model.index(row, 0))
