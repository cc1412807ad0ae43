"""The Settings section: a list of pages on the left, the chosen page on the right.

Pages are registered in `settings/pages.py` and imported when first shown; a page whose
module is missing shows what it will hold. `open_target(page_id)` jumps to a page.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QListView, QScrollArea, QStackedWidget, QWidget

from tracker.ui.settings.pages import PAGES

PAGE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def page_title(page) -> str:
    return QCoreApplication.translate("SettingsPages", page.title)


class SettingsPageModel(QAbstractListModel):
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(PAGES)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(PAGES):
            return None
        page = PAGES[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return page_title(page)
        if role == PAGE_ID_ROLE:
            return page.id
        return None


class SettingsView(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pages: dict[str, QWidget] = {}
        layout = QHBoxLayout(self)
        self.list = QListView()
        self.list.setModel(SettingsPageModel(self))
        self.list.setAccessibleName(self.tr("Settings pages"))
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.setMaximumWidth(220)
        # Long page names (Spanish, large text) wrap onto a second line instead of hiding off
        # to the side behind a horizontal scroll bar.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSpacing(3)  # room between pages, also for taller scripts (Persian)
        self.stack = QStackedWidget()
        layout.addWidget(self.list)
        layout.addWidget(self.stack, 1)
        self.list.selectionModel().currentChanged.connect(lambda index, _prev: self.show_page(PAGES[index.row()].id))
        self.list.setCurrentIndex(self.list.model().index(0, 0))

    def show_page(self, page_id: str) -> QWidget | None:
        page = next((p for p in PAGES if p.id == page_id), None)
        if page is None:
            return None
        widget = self.pages.get(page_id)
        if widget is None:
            widget = self._create(page)
            self.pages[page_id] = widget
            self.stack.addWidget(widget)
        else:
            refresh = getattr(widget.widget() if isinstance(widget, QScrollArea) else widget, "refresh", None)
            if callable(refresh):
                refresh()
        self.stack.setCurrentWidget(widget)
        row = PAGES.index(page)
        if self.list.currentIndex().row() != row:
            self.list.setCurrentIndex(self.list.model().index(row, 0))
        return widget

    def _create(self, page) -> QWidget:
        inner = importlib.import_module(page.module).create_page(self.ctx, None)
        # Pages can be long: let them scroll rather than squash.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a frame, not a control: focus goes to the page's fields
        scroll.setWidget(inner)
        return scroll

    def is_busy(self) -> bool:
        """The shown page is still asking something off the GUI thread (the password store)."""
        busy = getattr(self.current_page(), "keyring_busy", None)
        return bool(busy is not None and busy())

    def current_page(self) -> QWidget | None:
        widget = self.stack.currentWidget()
        return widget.widget() if isinstance(widget, QScrollArea) else widget

    def refresh(self) -> None:
        page = self.current_page()
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

    def open_target(self, arg: object) -> None:
        if isinstance(arg, str):
            self.show_page(arg)


def create_view(ctx, parent: QWidget | None = None) -> QWidget:
    return SettingsView(ctx, parent)
