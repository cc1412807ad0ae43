"""The Diary timeline as a lazy table model: pages are read as the list scrolls.

An entry changed on two computers between syncs (issue 18) says so in its Kind column
("Changed on two computers"); the earlier versions are read with the entry's page.

`canFetchMore`/`fetchMore` ask for the next page only when the view needs rows, so opening
a 20-year diary reads one page, not twenty years. Every page is read on the app's task runner
(diary_data.load_pages) and lands here when read: no read is in flight twice (canFetchMore is
False meanwhile), and a reload drops a page still being read for the list it replaces.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from tracker.services import timeline
from tracker.services.timeline import TimelineFilter, TimelineItem
from tracker.ui.common.background import BackgroundOp
from tracker.ui.diary import diary_data
from tracker.ui.diary.describe import full_text, summary, when_text
from tracker.ui.diary.diary_data import TimelinePages
from tracker.ui.diary.wording import kind_name

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
WHEN, KIND, ENTRY, BY = range(4)


class TimelineModel(QAbstractTableModel):
    #: A reload's pages landed: the model was reset with them.
    reloaded = Signal()

    def __init__(self, ctx, parent=None, *, page_size: int = timeline.PAGE_SIZE) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.page_size = page_size
        self.items: list[TimelineItem] = []
        self.filter = TimelineFilter()
        self._cursor = None
        self._exhausted = True
        self._names: dict[int, str] = {}
        #: Everyone who may have entered something (the filter bar's "Entered by" list).
        self.people: tuple[tuple[int, str], ...] = ()
        self._histories: dict[tuple[str, int], list] = {}
        self.pages_fetched = 0
        #: A reload has landed at least once (until then the view shows neither rows nor "empty").
        self.loaded = False
        #: Counts reloads: a page read for an older list is dropped when it lands.
        self._generation = 0
        #: The read in flight (None when none is): canFetchMore is False while there is one.
        self._reading: object | None = None

    # ---- loading ----------------------------------------------------------------------------
    def set_filter(self, flt: TimelineFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self, at_least: int = 0) -> None:
        """Read the list again from the top, `at_least` rows (one page when 0); the rows shown
        stay until the new ones land, then `reloaded` is emitted."""
        journal, flt, limit = self.ctx.journal, self.filter, self.page_size
        if journal is None:  # the journal is closing (locking): the view goes with it
            return
        self._generation += 1
        self._read(lambda: diary_data.load_pages(journal, flt, None, limit, at_least=max(1, at_least),
                                                 with_people=True), self.set_pages)

    def set_pages(self, pages: TimelinePages) -> None:
        """Show `pages` as the whole list (what a reload read)."""
        self.beginResetModel()
        if pages.people is not None:
            self.people = pages.people
            self._names = dict(pages.people)
        self.items = list(pages.items)
        self._histories = dict(pages.histories)
        self._cursor = pages.next_cursor
        self._exhausted = pages.next_cursor is None
        self.pages_fetched = pages.pages
        self.loaded = True
        self.endResetModel()
        self.reloaded.emit()

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and not self._exhausted and self._reading is None

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802, B008
        if not self.canFetchMore(parent):
            return
        journal, flt, cursor, limit = self.ctx.journal, self.filter, self._cursor, self.page_size
        if journal is None:
            return
        self._read(lambda: diary_data.load_pages(journal, flt, cursor, limit), self._append)

    def _append(self, pages: TimelinePages) -> None:
        self.pages_fetched += pages.pages
        self._cursor = pages.next_cursor
        self._exhausted = pages.next_cursor is None
        if pages.items:
            self._histories.update(pages.histories)
            start = len(self.items)
            self.beginInsertRows(QModelIndex(), start, start + len(pages.items) - 1)
            self.items.extend(pages.items)
            self.endInsertRows()

    def is_reading(self) -> bool:
        return self._reading is not None

    def _read(self, work: Callable[[], TimelinePages], land: Callable[[TimelinePages], None]) -> None:
        """Run `work` on the task runner; `land` its pages unless a reload came after it.

        One key for reloads and scrolls: a newer read drops the one in flight."""
        generation = self._generation

        def done() -> None:
            if self._reading is op:
                self._reading = None

        def landed(pages: TimelinePages) -> None:
            done()  # first: the rows it adds may make the view ask for the next page
            if generation == self._generation:
                land(pages)

        op = BackgroundOp(lambda _progress: work(), key=f"diary-timeline-{id(self)}", parent=self,
                          on_success=landed)
        self._reading = op
        op.finished.connect(done)
        op.finished.connect(op.deleteLater)
        op.start()

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
