"""The Plan's month grid: keys move the chosen day across months, the week starts on the
locale's first day, right to left mirrors the arrows, the month buttons turn the page."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QAccessible

from tracker.ui.plan.month_grid import MonthGrid


@pytest.fixture
def locale_of():
    """Fix the default locale for a test, and put the previous one back."""
    before = QLocale()

    def apply(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield apply
    QLocale.setDefault(before)


@pytest.fixture
def grid(qtbot, locale_of):
    locale_of("en_GB")
    widget = MonthGrid(date(2026, 3, 31))
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    widget.view.setFocus()
    qtbot.waitUntil(widget.view.hasFocus)
    return widget


def press(qtbot, grid, key) -> date:
    qtbot.keyClick(grid.view, key)
    return grid.selected


def test_keys_move_the_day_and_turn_the_month(qtbot, grid):
    pages, chosen = [], []
    grid.currentPageChanged.connect(lambda y, m: pages.append((y, m)))
    grid.selectionChanged.connect(lambda: chosen.append(grid.selected))
    assert (grid.yearShown(), grid.monthShown()) == (2026, 3)
    assert press(qtbot, grid, Qt.Key.Key_Right) == date(2026, 4, 1)
    assert (grid.yearShown(), grid.monthShown()) == (2026, 4) and pages == [(2026, 4)]
    assert grid.view.currentIndex() == grid.model.index_of(date(2026, 4, 1))
    assert press(qtbot, grid, Qt.Key.Key_Left) == date(2026, 3, 31) and grid.monthShown() == 3
    assert press(qtbot, grid, Qt.Key.Key_PageUp) == date(2026, 2, 28) and grid.monthShown() == 2
    assert press(qtbot, grid, Qt.Key.Key_Home) == date(2026, 2, 1)
    assert press(qtbot, grid, Qt.Key.Key_Up) == date(2026, 1, 25) and grid.monthShown() == 1
    assert press(qtbot, grid, Qt.Key.Key_End) == date(2026, 1, 31)
    assert press(qtbot, grid, Qt.Key.Key_Down) == date(2026, 2, 7)
    assert press(qtbot, grid, Qt.Key.Key_PageDown) == date(2026, 3, 7)
    assert chosen[-1] == date(2026, 3, 7) and len(chosen) == 8
    assert grid.title.text() == "March 2026" and grid.view.accessibleDescription() == "March 2026"


def test_month_buttons_are_named_and_move_the_day_by_a_month(qtbot, grid):
    for button in (grid.previous_button, grid.next_button):
        assert QAccessible.queryAccessibleInterface(button).text(QAccessible.Text.Name)
    grid.previous_button.click()
    assert grid.selected == date(2026, 2, 28) and grid.monthShown() == 2
    grid.next_button.click()
    grid.next_button.click()
    assert grid.selected == date(2026, 4, 28) and grid.monthShown() == 4


def test_a_click_on_a_day_of_the_next_month_chooses_it(qtbot, grid):
    cell = grid.model.index_of(date(2026, 4, 2))  # greyed, below March's last week
    qtbot.mouseClick(grid.view.viewport(), Qt.MouseButton.LeftButton, pos=grid.view.visualRect(cell).center())
    assert grid.selected == date(2026, 4, 2) and grid.monthShown() == 4


@pytest.mark.parametrize(("name", "first", "first_cell"), [("en_GB", "Monday", date(2026, 2, 23)),
                                                           ("en_US", "Sunday", date(2026, 3, 1))])
def test_the_week_starts_on_the_locales_first_day(qtbot, locale_of, name, first, first_cell):
    locale_of(name)
    grid = MonthGrid(date(2026, 3, 10))
    qtbot.addWidget(grid)
    model = grid.model
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.AccessibleTextRole) == first
    assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole + 1) == first_cell
    assert model.index_of(date(2026, 3, 1)).column() == (6 if name == "en_GB" else 0)


def test_right_to_left_mirrors_the_arrow_keys_and_buttons(qtbot, grid):
    grid.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    grid.setSelectedDate(QDate(2026, 3, 10))
    assert press(qtbot, grid, Qt.Key.Key_Left) == date(2026, 3, 11)
    assert press(qtbot, grid, Qt.Key.Key_Right) == date(2026, 3, 10)
    assert grid.previous_button.arrowType() == Qt.ArrowType.RightArrow
    # The view itself lays the first day of the week out on the right.
    first, last = (grid.view.visualRect(grid.model.index(0, c)) for c in (0, 6))
    assert first.left() > last.left()
