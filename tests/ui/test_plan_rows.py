"""Plan and Today rows in every language: two-line rows keep both lines; numbers in the reader's digits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QStringListModel
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QListView, QStyledItemDelegate, QStyleOptionViewItem

from tracker.ui.plan import words
from tracker.ui.plan.row_delegate import RoomyRowDelegate


@pytest.fixture
def persian():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Persian, QLocale.Country.Iran))
    yield
    QLocale.setDefault(before)


def test_two_line_rows_get_room_for_a_taller_script(qtbot):
    view = QListView()
    qtbot.addWidget(view)
    model = QStringListModel(["Fulvestrant — 500 mg\nتزریق در روزهای ۱، ۱۵ و ۲۹", "One line"], view)
    view.setModel(model)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    plain, roomy = QStyledItemDelegate(), RoomyRowDelegate()
    two, one = model.index(0), model.index(1)
    extra = QFontMetrics(option.font).lineSpacing() // 2
    assert roomy.sizeHint(option, two).height() == plain.sizeHint(option, two).height() + extra
    assert roomy.sizeHint(option, one).height() == plain.sizeHint(option, one).height()


def test_plan_and_today_lists_use_the_roomy_rows(qtbot, journal, data_dir, clock):
    from tracker.ui.context import AppContext
    from tracker.ui.plan.view import PlanView
    from tracker.ui.today.view import TodayView

    ctx = AppContext(data_dir=data_dir, journal=journal, clock=clock)
    plan_view, today_view = PlanView(ctx), TodayView(ctx)
    qtbot.addWidget(plan_view)
    qtbot.addWidget(today_view)
    assert isinstance(plan_view.drug_list.itemDelegate(), RoomyRowDelegate)
    # Today draws its own rows (groups, quieter supportive medicines), also with room for two lines.
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QStyleOptionViewItem

    from tracker.ui.today.dose_delegate import DoseDelegate

    delegate = today_view.list.itemDelegate()
    assert isinstance(delegate, DoseDelegate)
    option = QStyleOptionViewItem()
    option.font = today_view.list.font()
    assert delegate._line_height(option) > QFontMetrics(option.font).lineSpacing()


def test_schedule_numbers_in_the_readers_digits(persian):
    sentence = words.pattern_sentence({"kind": "cycle_days", "length": 28, "days": list(range(1, 22))}, "oral", 2)
    assert "28" not in sentence and "۲۸" in sentence, sentence
    assert "۲۱" in sentence
    assert words.cycle_text(3, 12, 28).count("۲۸") == 1


def test_changing_the_drug_leaves_one_explanation_link(qtbot, journal, data_dir, clock):
    from datetime import date

    from tracker.ui.context import AppContext
    from tracker.ui.plan.drug_dialog import DrugDialog

    dialog = DrugDialog(AppContext(data_dir=data_dir, journal=journal, clock=clock), on_save=lambda v: None,
                        start=date(2026, 3, 10))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.drug_edit.setText("palbociclib")
    old = dialog._link
    qtbot.waitUntil(lambda: not old.isHidden())
    dialog.drug_edit.setText("denosumab")
    assert old.isHidden()  # gone from sight at once, not only when Qt gets round to deleting it
    assert dialog._link.article_id == "denosumab"
