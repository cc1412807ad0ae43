"""Screen-reader behaviour that only changes the screen otherwise (issue 20): outcomes are
announced, errors are attached to their fields, controls have names and roles, containers
never take focus, calendar days and diary rows are read in full."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QDateEdit, QLabel, QScrollArea, QTabWidget

from tracker.domain.symptoms import SymptomRating
from tracker.services import diary, doses, people, plan
from tracker.ui.common.announce import announce, attach_error, show_status
from tracker.ui.common.date_edit import install_date_reading
from tracker.ui.context import AppContext
from tracker.ui.main.window import first_control

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
POLITE = QAccessible.AnnouncementPoliteness.Polite
ASSERTIVE = QAccessible.AnnouncementPoliteness.Assertive


@pytest.fixture
def spoken(monkeypatch):
    """Every announcement sent, as (message, politeness); still passed on to Qt."""
    heard = []
    original = QAccessible.updateAccessibility

    def record(event):
        if event.type() == QAccessible.Event.Announcement:
            heard.append((event.message(), event.politeness()))
        original(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    return heard


@pytest.fixture
def ctx(journal, clock, data_dir):
    return AppContext(data_dir=data_dir, journal=journal, clock=clock)


def test_a_status_is_spoken_as_plain_words_and_blank_is_not_spoken(qtbot, spoken):
    label = QLabel()
    qtbot.addWidget(label)
    show_status(label, "Saved to <b>/tmp/x.pdf</b>.")
    show_status(label, "Wrong passphrase.", assertive=True)
    announce(label, "   ")
    assert spoken == [("Saved to /tmp/x.pdf.", POLITE), ("Wrong passphrase.", ASSERTIVE)]
    attach_error(label, "Too hot")
    assert label.accessibleDescription() == "Too hot"


def test_a_wrong_passphrase_is_announced_and_attached_to_the_field(qtbot, data_dir, created, spoken):
    from tracker.ui.unlock.window import UnlockWindow

    created.journal.close()
    window = UnlockWindow(data_dir, try_keyring=False)
    qtbot.addWidget(window)
    window.show()
    prompt = window.prompt
    prompt.field.setText("not the passphrase")
    prompt.unlock()
    qtbot.waitUntil(lambda: not prompt.is_busy(), timeout=10000)
    assert "does not open this journal" in prompt.field.accessibleDescription()
    assert [p for _m, p in spoken] == [ASSERTIVE] and "does not open this journal" in spoken[0][0]
    prompt.clear_message()
    assert prompt.field.accessibleDescription() == ""
    assert QAccessible.queryAccessibleInterface(window).role() == QAccessible.Role.Dialog
    assert window.accessibleName() == "Open your journal"


def test_saving_symptoms_is_announced(qtbot, ctx, spoken, settle):
    from tracker.ui.diary.symptom_form import SymptomForm

    form = SymptomForm(ctx)
    qtbot.addWidget(form)
    settle()
    form.temperature.setText("37.2")
    form.save()
    settle()
    assert ("Saved in your diary.", POLITE) in spoken


def test_a_refused_value_is_spoken_and_attached_to_its_field(qtbot, ctx, spoken, settle):
    from tracker.ui.diary.symptom_form import SymptomForm

    form = SymptomForm(ctx)
    qtbot.addWidget(form)
    settle()
    form.temperature.setText("55")
    form.save()
    settle()
    assert form.temperature.accessibleDescription() and spoken[-1][1] == ASSERTIVE
    assert spoken[-1][0] == form.temperature.accessibleDescription()
    assert form.temperature.text() == "55" and form.save_button.isEnabled()  # kept, to correct
    form.temperature.setText("37")
    form.save()
    settle()
    assert form.temperature.accessibleDescription() == ""


def test_rating_rows_are_one_slider_that_says_its_word(qtbot, spoken):
    from tracker.ui.diary.rating_buttons import RatingButtons

    row = RatingButtons("severity", term_id="nausea")
    qtbot.addWidget(row)
    row.show()
    interface = QAccessible.queryAccessibleInterface(row)
    assert interface.role() == QAccessible.Role.Slider
    assert row.accessibleDescription() == "not answered yet"
    row.setFocus()
    qtbot.waitUntil(row.hasFocus)
    qtbot.keyClick(row, Qt.Key.Key_2)
    assert row.value() == 2 and row.accessibleDescription().startswith("2 ")
    assert spoken[-1] == (row.accessibleDescription(), POLITE)
    assert all(b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in row.buttons)  # keyboard behaviour kept


def test_what_is_this_is_a_link(qtbot, ctx):
    from tracker.ui.common.links import WhatIsThisLink

    link = WhatIsThisLink(ctx, "bone-health")
    qtbot.addWidget(link)
    interface = QAccessible.queryAccessibleInterface(link)
    assert interface.role() == QAccessible.Role.Link
    assert interface.text(QAccessible.Text.Name) == "Open the explanation: What is this?"


def test_a_date_field_reads_its_date_not_zero(qtbot):
    install_date_reading()
    edit = QDateEdit(QDate(2026, 3, 10))
    edit.setAccessibleName("From date")
    qtbot.addWidget(edit)
    interface = QAccessible.queryAccessibleInterface(edit)
    assert interface.text(QAccessible.Text.Name) == "From date"
    assert "10" in interface.text(QAccessible.Text.Value) and "March" in interface.text(QAccessible.Text.Value)
    assert "2026" in interface.text(QAccessible.Text.Value)


def test_diary_rows_read_when_kind_author_and_text(qtbot, ctx, journal, clock, settle):
    from tracker.ui.diary.timeline_model import ENTRY, WHEN, TimelineModel

    pid = people.patient(journal).id
    diary.log_symptoms(journal, [SymptomRating("nausea", severity=2)], pid, clock.now() - timedelta(hours=1), clock)
    model = TimelineModel(ctx)
    model.reload()
    settle()
    first = model.data(model.index(0, WHEN), Qt.ItemDataRole.AccessibleTextRole)
    entry = model.data(model.index(0, ENTRY), Qt.ItemDataRole.AccessibleTextRole)
    name = people.patient(journal).name
    assert first == entry
    assert model.data(model.index(0, WHEN)) in first and f"entered by {name}" in first and "(nausea)" in first


def test_calendar_parts_are_named_and_every_day_cell_reads_in_full(qtbot, ctx, journal, clock, settle):
    from tracker.ui.plan.month_calendar import MonthCalendar

    today = clock.today()
    line = plan.add_line(journal, name="Line", start=today - timedelta(days=3))
    plan.add_regimen_drug(journal, line.id, drug_id="letrozole", pattern={"kind": "interval", "every": 1, "unit": "days"},
                          times=["08:00"], start=today - timedelta(days=3))
    yesterday = today - timedelta(days=1)
    doses.record(journal, clock, doses.doses_between(journal, yesterday, yesterday)[0], "taken",
                 entered_by_id=people.patient(journal).id)
    widget = MonthCalendar(ctx)
    qtbot.addWidget(widget)
    widget.refresh()
    settle()
    widget.show()
    calendar = widget.calendar
    for part in (widget.grid, calendar.previous_button, calendar.next_button):
        assert part.accessibleName(), part
    text = widget.day_text(today + timedelta(days=1))
    assert text.endswith("to come") and "etrozole" in text
    assert widget.day_text(yesterday).endswith("etrozole taken")
    assert widget.day_text(today + timedelta(days=400)).endswith("nothing planned")
    # Each cell reads its whole day (Qt's own calendar could only say "11").
    cell = calendar.model.index_of(today + timedelta(days=1))
    assert cell.data(Qt.ItemDataRole.AccessibleTextRole) == text
    assert cell.data() == str((today + timedelta(days=1)).day)
    table = QAccessible.queryAccessibleInterface(widget.grid)
    names = {table.child(i).text(QAccessible.Text.Name) for i in range(table.childCount())}
    assert text in names and widget.day_text(yesterday) in names
    # Reaching a day by keyboard makes it the chosen day; its cell says it (no separate announcement).
    widget.grid.setFocus()
    qtbot.waitUntil(widget.grid.hasFocus)
    calendar.setSelectedDate(QDate(today.year, today.month, today.day))
    qtbot.keyClick(widget.grid, Qt.Key.Key_Right)
    assert calendar.selected == today + timedelta(days=1) and widget.grid.currentIndex() == cell
    assert widget.grid.currentIndex().data(Qt.ItemDataRole.AccessibleTextRole) == text


@pytest.mark.parametrize("section", ["today", "plan", "reports", "settings"])
def test_frames_and_tab_containers_never_take_focus(qtbot, main_window, section):
    main_window.show_section(section)
    qtbot.wait(10)
    for kind in (QScrollArea, QTabWidget):
        for widget in main_window.findChildren(kind):
            if widget.isVisible():
                assert widget.focusPolicy() == Qt.FocusPolicy.NoFocus, (section, widget.objectName(), type(widget))


def test_pdf_outcome_buttons_are_reachable_by_keyboard(qtbot, ctx, tmp_path, spoken, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    from tracker.ui.reports.view import ClinicSummaryPanel

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    panel = ClinicSummaryPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    pdf = tmp_path / "summary.pdf"
    panel._done(pdf)
    assert spoken[-1] == (f"Saved to {pdf}.", POLITE)
    for button in (panel.open_button, panel.folder_button):
        assert button.isVisible() and button.focusPolicy() & Qt.FocusPolicy.TabFocus
    panel.folder_button.click()
    assert opened[-1] == str(tmp_path)



class FocusLog(QObject):
    def __init__(self):
        super().__init__()
        self.moves = []

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.FocusIn and obj.isWidgetType():
            self.moves.append(type(obj).__name__ + ":" + obj.objectName())
        return False


@pytest.mark.parametrize(("start", "goal"), [("today", "plan"), ("plan", "today"), ("today", "settings"), ("diary", "reports")])
def test_ctrl_number_moves_focus_once_to_the_sections_first_control(qtbot, settle, main_window, start, goal):
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    main_window.go_to_section("today")
    main_window.go_to_section("plan")
    main_window.go_to_section(start)
    # The sections fill in when their reads arrive (the plan has no control before): 20 ms
    # was not always enough under load, and focus had nowhere to go.
    settle()
    log = FocusLog()
    QApplication.instance().installEventFilter(log)
    main_window.go_to_section(goal)
    qtbot.wait(20)
    QApplication.instance().removeEventFilter(log)
    assert len(log.moves) == 1, log.moves
    assert QApplication.focusWidget() is first_control(main_window.stack.views[goal])


def test_locking_moves_focus_once_to_the_passphrase(qtbot, main_window):
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    main_window.go_to_section("diary")
    qtbot.wait(20)
    log = FocusLog()
    QApplication.instance().installEventFilter(log)
    main_window.lock()
    qtbot.wait(50)
    QApplication.instance().removeEventFilter(log)
    assert len(log.moves) == 1, log.moves
    assert QApplication.focusWidget() is main_window.lock_screen.prompt.field


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_calendar_signs_stand_out_from_their_chip_by_3_to_1(scheme):
    from tracker.ui import theme
    from tracker.ui.plan.month_calendar import APPOINTMENT, INFUSION_TO_COME, NOT_MARKED, STATUS_SIGNS, TO_COME

    chip = theme.colour("card", scheme)
    for sign, token in [*STATUS_SIGNS.values(), NOT_MARKED, TO_COME, INFUSION_TO_COME, APPOINTMENT]:
        assert theme.contrast_ratio(theme.colour(token, scheme), chip) >= 3.0, (scheme, sign, token)


def test_a_rating_row_reads_as_one_control_without_its_word_buttons(qtbot):
    from tracker.ui.diary.rating_buttons import RatingButtons

    row = RatingButtons("severity", term_id="fatigue")
    qtbot.addWidget(row)
    row.show()
    row.setValue(3)
    assert QAccessible.queryAccessibleInterface(row).childCount() == 0


def test_unit_lists_and_diary_filters_are_named_by_what_they_choose(qtbot, ctx):
    from tracker.ui.diary.filter_bar import FilterBar
    from tracker.ui.diary.symptom_form import SymptomForm

    form = SymptomForm(ctx)
    qtbot.addWidget(form)
    assert (form.temp_unit.accessibleName(), form.weight_unit.accessibleName()) == ("Temperature unit", "Weight unit")
    bar = FilterBar(ctx)
    qtbot.addWidget(bar)
    names = [w.accessibleName() for w in (bar.kind, bar.symptom, bar.person, bar.date_from, bar.date_to)]
    assert names == ["Kind of entry", "Symptom", "Entered by", "From date", "To date"]
