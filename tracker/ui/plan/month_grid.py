"""A month as a grid of day cells that a screen reader reads in full.

Qt's QCalendarWidget keeps its model internal, so its cells can only say their day number.
Here the grid is our own: a table view (7 columns from the locale's first day of the week,
6 rows) over MonthModel, whose cells show the day number and read `describe(day)`
(Qt.AccessibleTextRole, which Qt's accessible table cell reads before the displayed text).
What a cell paints besides its number (signs, shading) comes from the owner: MonthGrid is
subclassed (month_calendar.MarkedCalendar) and its `paint_marks`, `shaded` and `describe`
overridden.

The API follows QCalendarWidget where the Plan view and its tests use it: selectedDate /
setSelectedDate, setCurrentPage, yearShown / monthShown, selectionChanged and
currentPageChanged.

Keyboard on the grid: arrows move by a day or a week (crossing into the next or previous
month turns the page; Left and Right follow the reading direction), Page Up / Page Down
move by a month, Home / End go to the first / last day of the month. Tab leaves the grid.
"""

from __future__ import annotations

import calendar as pycal
from datetime import date, timedelta

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tracker.ui import theme
from tracker.ui.common import style

ROWS, COLUMNS = 6, 7
#: The cell's day as a Python date (for the delegate).
DAY_ROLE = Qt.ItemDataRole.UserRole + 1


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


def _add_months(day: date, months: int) -> date:
    """The same day `months` later, on the month's last day when it is shorter (31 Jan + 1: 28 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, pycal.monthrange(year, month + 1)[1]))


class MonthModel(QAbstractTableModel):
    """Six weeks around a month: DisplayRole the day number, AccessibleTextRole the whole day."""

    def __init__(self, grid: MonthGrid) -> None:
        super().__init__(grid)
        self._grid = grid
        self.year, self.month = 2000, 1
        self.first_day = date(2000, 1, 1)
        self.first_weekday = Qt.DayOfWeek.Monday

    def set_page(self, year: int, month: int) -> None:
        self.beginResetModel()
        self.year, self.month = year, month
        # The grid's first column is the locale's first day of the week (Monday in Britain,
        # Sunday in the United States, Saturday in Iran).
        self.first_weekday = QLocale().firstDayOfWeek()
        first = date(year, month, 1)
        offset = (first.isoweekday() - self.first_weekday.value) % 7
        self.first_day = first - timedelta(days=offset)
        self.endResetModel()

    def day_at(self, index: QModelIndex | QPersistentModelIndex) -> date:
        return self.first_day + timedelta(days=index.row() * COLUMNS + index.column())

    def index_of(self, day: date) -> QModelIndex:
        offset = (day - self.first_day).days
        if not 0 <= offset < ROWS * COLUMNS:
            return QModelIndex()
        return self.index(offset // COLUMNS, offset % COLUMNS)

    def in_month(self, day: date) -> bool:
        return (day.year, day.month) == (self.year, self.month)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt
        return 0 if parent.isValid() else ROWS

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802 - Qt
        return 0 if parent.isValid() else COLUMNS

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        day = self.day_at(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return QLocale().toString(day.day)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._grid.describe(day)
        if role == DAY_ROLE:
            return day
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802 - Qt
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMNS:
            return None
        weekday = (self.first_weekday.value - 1 + section) % 7 + 1
        if role == Qt.ItemDataRole.DisplayRole:
            return QLocale().dayName(weekday, QLocale.FormatType.ShortFormat)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return QLocale().dayName(weekday, QLocale.FormatType.LongFormat)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if index.isValid() else Qt.ItemFlag.NoItemFlags


class DayDelegate(QStyledItemDelegate):
    """A day cell: shading, the day number at the top (bold on the chosen day and today),
    today's ring, then whatever the grid paints below the number."""

    def __init__(self, grid: MonthGrid) -> None:
        super().__init__(grid)
        self._grid = grid

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        grid = self._grid
        day: date = index.data(DAY_ROLE)
        rect: QRect = option.rect
        palette: QPalette = option.palette
        selected = day == grid.selected
        painter.save()
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        elif grid.shaded(day):
            painter.fillRect(rect, theme.colour("break_fill"))
        else:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Base))
        if selected:
            colour = palette.color(QPalette.ColorRole.HighlightedText)
        else:
            group = QPalette.ColorGroup.Active if grid.model.in_month(day) else QPalette.ColorGroup.Disabled
            colour = palette.color(group, QPalette.ColorRole.Text)
        painter.setPen(colour)
        number_font = QFont(grid.font())
        number_font.setBold(selected or grid.today == day)
        painter.setFont(number_font)
        painter.drawText(rect.adjusted(2, 1, -2, -1), int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                         index.data(Qt.ItemDataRole.DisplayRole))
        if grid.today == day:
            painter.setPen(QPen(theme.colour("today_ring"), 2))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.restore()
        grid.paint_marks(painter, rect, day)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802 - Qt
        return self._grid.cell_size()


class MonthTable(QTableView):
    """The grid itself: keys move the chosen day (and the month with it)."""

    def __init__(self, grid: MonthGrid) -> None:
        super().__init__(grid)
        self._grid = grid

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        grid, key = self._grid, event.key()
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        day = grid.selected
        ahead = -1 if self.isRightToLeft() else 1
        moves = {
            Qt.Key.Key_Left: lambda: day - timedelta(days=ahead),
            Qt.Key.Key_Right: lambda: day + timedelta(days=ahead),
            Qt.Key.Key_Up: lambda: day - timedelta(days=7),
            Qt.Key.Key_Down: lambda: day + timedelta(days=7),
            Qt.Key.Key_PageUp: lambda: _add_months(day, -1),
            Qt.Key.Key_PageDown: lambda: _add_months(day, 1),
            Qt.Key.Key_Home: lambda: date(grid.model.year, grid.model.month, 1),
            Qt.Key.Key_End: lambda: date(grid.model.year, grid.model.month,
                                         pycal.monthrange(grid.model.year, grid.model.month)[1]),
        }
        move = moves.get(Qt.Key(key))
        if move is None:
            super().keyPressEvent(event)
            return
        grid.setSelectedDate(_qdate(move()))
        event.accept()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """All six weeks, however small the window: the page scrolls rather than cut a week off."""
        cell = self._grid.cell_size()
        frame = 2 * self.frameWidth()
        return QSize(COLUMNS * cell.width() + frame,
                     ROWS * cell.height() + self.horizontalHeader().sizeHint().height() + frame)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.minimumSizeHint()


class MonthGrid(QWidget):
    """A month title between previous / next month buttons, above the grid of days."""

    selectionChanged = Signal()  # noqa: N815 - QCalendarWidget's name
    currentPageChanged = Signal(int, int)  # noqa: N815 - QCalendarWidget's name

    def __init__(self, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today: date | None = None
        #: The chosen day (first shown: `day`, from the caller's clock).
        self.selected = day
        self._syncing = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(style.space(1))
        bar = QHBoxLayout()
        self.previous_button = QToolButton()
        self.previous_button.setAccessibleName(self.tr("Previous month"))
        self.previous_button.setToolTip(self.tr("Previous month (Page Up)"))
        self.next_button = QToolButton()
        self.next_button.setAccessibleName(self.tr("Next month"))
        self.next_button.setToolTip(self.tr("Next month (Page Down)"))
        self._point_arrows()
        side = round(self.fontMetrics().height() * 1.6)  # a target easy to hit, as tall as the title
        for button in (self.previous_button, self.next_button):
            button.setMinimumSize(side, side)
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        style.set_type(self.title, "subheading")
        bar.addWidget(self.previous_button)
        bar.addWidget(self.title, 1)
        bar.addWidget(self.next_button)
        layout.addLayout(bar)

        self.model = MonthModel(self)
        self.view = MonthTable(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(DayDelegate(self))
        self.view.setAccessibleName(self.tr("Days of the month"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionsClickable(False)
        header.setHighlightSections(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.view, 1)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.previous_button.clicked.connect(lambda: self._turn(-1))
        self.next_button.clicked.connect(lambda: self._turn(1))
        self._show_page(self.selected.year, self.selected.month)

    # What the owner supplies ---------------------------------------------------------------
    def describe(self, day: date) -> str:
        """The whole day in words, read by screen readers for its cell."""
        return QLocale().toString(_qdate(day), QLocale.FormatType.LongFormat)

    def shaded(self, day: date) -> bool:
        return False

    def paint_marks(self, painter: QPainter, rect: QRect, day: date) -> None:
        """Paint what is on `day` below its number (nothing here)."""

    # QCalendarWidget's API -------------------------------------------------------------------
    def selectedDate(self) -> QDate:  # noqa: N802 - QCalendarWidget's name
        return _qdate(self.selected)

    def setSelectedDate(self, qdate: QDate) -> None:  # noqa: N802 - QCalendarWidget's name
        day = _pydate(qdate)
        changed = day != self.selected
        self.selected = day
        if not self.model.in_month(day):
            self._show_page(day.year, day.month)
        else:
            self._select_cell()
            self.view.viewport().update()
        if changed:
            self.selectionChanged.emit()

    def setCurrentPage(self, year: int, month: int) -> None:  # noqa: N802 - QCalendarWidget's name
        if (year, month) != (self.model.year, self.model.month):
            self._show_page(year, month)

    def yearShown(self) -> int:  # noqa: N802 - QCalendarWidget's name
        return self.model.year

    def monthShown(self) -> int:  # noqa: N802 - QCalendarWidget's name
        return self.model.month

    def updateCells(self) -> None:  # noqa: N802 - QCalendarWidget's name
        """Marks changed: repaint, and let screen readers know the cells' text changed."""
        self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(ROWS - 1, COLUMNS - 1))
        self.view.viewport().update()

    # Inside ----------------------------------------------------------------------------------
    def cell_size(self) -> QSize:
        """Room for the day number and a line of signs below it."""
        height = self.fontMetrics().height()
        return QSize(self.fontMetrics().horizontalAdvance("888") + 8, int(height * 1.8) + 4)

    def _show_page(self, year: int, month: int) -> None:
        self.model.set_page(year, month)
        # The year through a date format: the locale's digits, without a thousands separator.
        self.title.setText(self.tr("{month} {year}").format(
            month=QLocale().standaloneMonthName(month, QLocale.FormatType.LongFormat),
            year=QLocale().toString(QDate(year, month, 1), "yyyy")))
        self.view.setAccessibleDescription(self.title.text())
        # The owner loads the new month's marks first, so the cell reached next reads them.
        self.currentPageChanged.emit(year, month)
        self._select_cell()

    def _select_cell(self) -> None:
        index = self.model.index_of(self.selected)
        self._syncing = True
        try:
            if index.isValid():
                self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            else:
                self.view.selectionModel().clear()
        finally:
            self._syncing = False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """A day clicked (or reached by the view's own keys): it becomes the chosen day."""
        if self._syncing or not current.isValid():
            return
        self.setSelectedDate(_qdate(self.model.day_at(current)))

    def _turn(self, months: int) -> None:
        """The month buttons move the chosen day by a month, as QCalendarWidget's do."""
        self.setSelectedDate(_qdate(_add_months(self.selected, months)))

    def _point_arrows(self) -> None:
        """Previous points back in the reading direction: left, or right when right to left."""
        back, ahead = (Qt.ArrowType.RightArrow, Qt.ArrowType.LeftArrow) if self.isRightToLeft() \
            else (Qt.ArrowType.LeftArrow, Qt.ArrowType.RightArrow)
        self.previous_button.setArrowType(back)
        self.next_button.setArrowType(ahead)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._point_arrows()
        elif event.type() == QEvent.Type.LocaleChange:
            self._show_page(self.model.year, self.model.month)
        super().changeEvent(event)
