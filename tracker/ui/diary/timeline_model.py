"""The Diary timeline as a lazy table model: pages are read as the list scrolls.

An entry changed on two computers between syncs (issue 18) says so in its Kind column
("Changed on two computers"); whether it was is asked once per row shown, then kept.

`canFetchMore`/`fetchMore` ask the paged timeline service for the next page only when the
view needs rows, so opening a 20-year diary reads one page, not twenty years.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from tracker.services import people, timeline
from tracker.services.timeline import TimelineFilter, TimelineItem
from tracker.ui.diary.describe import full_text, summary, when_text
from tracker.ui.diary.two_computers import histories
from tracker.ui.diary.wording import kind_name

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
WHEN, KIND, ENTRY, BY = range(4)


class TimelineModel(QAbstractTableModel):
    def __init__(self, ctx, parent=None, *, page_size: int = timeline.PAGE_SIZE) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.page_size = page_size
        self.items: list[TimelineItem] = []
        self.filter = TimelineFilter()
        self._cursor = None
        self._exhausted = True
        self._names: dict[int, str] = {}
        self._histories: dict[tuple[str, int], list] = {}
        self.pages_fetched = 0

    # ---- loading ----------------------------------------------------------------------------
    def set_filter(self, flt: TimelineFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._names = {p.id: p.name for p in people.list_people(self.ctx.journal, include_archived=True)}
        self.items = []
        self._histories = {}
        self._cursor = None
        self._exhausted = False
        self.pages_fetched = 0
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or self._exhausted:
            return
        page = timeline.page(self.ctx.journal, self.filter, self._cursor, limit=self.page_size)
        self.pages_fetched += 1
        self._cursor = page.next_cursor
        self._exhausted = page.next_cursor is None
        if page.items:
            self._histories.update(histories(self.ctx.journal, page.items))
            start = len(self.items)
            self.beginInsertRows(QModelIndex(), start, start + len(page.items) - 1)
            self.items.extend(page.items)
            self.endInsertRows()

    # ---- reading ----------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("When"), self.tr("Kind"), self.tr("What"), self.tr("Entered by"))[section]
        return None

    def item(self, row: int) -> TimelineItem | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def history(self, item: TimelineItem) -> list:
        """Earlier versions replaced by another computer's edit ("changed on two computers"),
        read with the item's page: painting a cell never reads the journal (which may be
        locked by then)."""
        return self._histories.get((item.kind, item.id), [])

    def kind_text(self, item: TimelineItem) -> str:
        kind = kind_name(item.kind)
        if item.deleted:
            kind = self.tr("{kind} (deleted)").format(kind=kind)
        if self.history(item):
            kind = self.tr("{kind} · changed on two computers").format(kind=kind)
        return kind

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == WHEN:
                return when_text(item, self.ctx.clock.zone)
            if column == KIND:
                return self.kind_text(item)
            if column == ENTRY:
                return summary(item)
            return self._names.get(item.entered_by_id, "") if item.entered_by_id else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return full_text(item)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.spoken(item)
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.FontRole and item.deleted:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and item.deleted:
            return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def spoken(self, item: TimelineItem) -> str:
        """What a screen reader says for any cell of the row: when, what kind, who entered it, and the entry.

        A reader moving along the list meets one cell per row; each must stand on its own.
        """
        kind = self.kind_text(item)
        who = self._names.get(item.entered_by_id, "") if item.entered_by_id else ""
        if who:
            return self.tr("{when}, {kind}, entered by {person}: {text}").format(
                when=when_text(item, self.ctx.clock.zone), kind=kind, person=who, text=full_text(item))
        return self.tr("{when}, {kind}: {text}").format(when=when_text(item, self.ctx.clock.zone), kind=kind,
                                                        text=full_text(item))

    def row_of(self, kind: str, item_id: int) -> int:
        for row, item in enumerate(self.items):
            if item.kind == kind and item.id == item_id:
                return row
        return -1
