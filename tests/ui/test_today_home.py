"""Today as home: the check-in card, doses by time of day with "mark all taken", quieter
supportive medicines, break weeks and what is next."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale, Qt

from tracker.domain.clock import FixedClock
from tracker.services import diary, doses, people, plan
from tracker.ui.context import AppContext
from tracker.ui.today import checkin_terms, groups
from tracker.ui.today.model import GroupRole, GroupStartRole, SupportiveRole
from tracker.ui.today.next_up import cycle_notes, cycle_sentence, next_clinic_dose
from tracker.ui.today.view import TodayView

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def ctx(journal, data_dir, london):
    clock = FixedClock(datetime(2026, 3, 10, 9, 0, tzinfo=london))
    return AppContext(data_dir=data_dir, journal=journal, clock=clock)


def add_letrozole_palbo_zoledronic(journal):
    """A 21/28 palbociclib cycle that started 16 Feb: 10 March is day 23, the break week."""
    line = plan.add_line(journal, name="Letrozole and palbociclib", start=date(2026, 2, 16))
    plan.add_regimen_drug(journal, line.id, drug_id="letrozole", times=["08:00"], start=date(2026, 2, 16),
                          pattern={"kind": "interval", "every": 1, "unit": "days"})
    plan.add_regimen_drug(journal, line.id, drug_id="palbociclib", times=["08:00"], start=date(2026, 2, 16),
                          pattern={"kind": "cycle_days", "length": 28, "days": list(range(1, 22))})
    plan.add_regimen_drug(journal, line.id, drug_id="zoledronic_acid", times=["10:00"], start=date(2026, 3, 24),
                          route="intravenous", pattern={"kind": "interval", "every": 12, "unit": "weeks"})
    plan.add_regimen_drug(journal, line.id, drug_id="custom", display_name="Paracetamol", times=["08:00", "12:00", "18:00"],
                          start=date(2026, 2, 16), pattern={"kind": "interval", "every": 1, "unit": "days"})


def test_checkin_choices_put_recent_symptoms_first_then_the_drugs_side_effects():
    recent = [checkin_terms.Recent("nausea", 1, 5), checkin_terms.Recent("fatigue", 3, 2),
              checkin_terms.Recent("headache", 0, 9)]
    chosen = checkin_terms.choose(recent, ["fatigue", "diarrhoea", "mouth_sores", "rash"])
    assert chosen == ["fatigue", "nausea", "diarrhoea", "mouth_sores"]  # "none" ratings do not count
    # However much history there is, one side effect of the current drugs is still asked.
    many = [checkin_terms.Recent(t, 2, 1) for t in ("a", "b", "c", "d", "e")]
    assert checkin_terms.choose(many, ["fatigue"])[-1] == "fatigue"
    assert len(checkin_terms.choose(many, ["fatigue"])) == checkin_terms.LIMIT


def test_checkin_saves_through_the_diary_and_undo_takes_it_back(qtbot, ctx, settle):
    add_letrozole_palbo_zoledronic(ctx.journal)
    view = TodayView(ctx)
    qtbot.addWidget(view)
    settle()
    card = view.checkin
    assert 3 <= len(card.ratings) <= 5
    first, second = list(card.ratings)[:2]
    # One click per rating, a temperature, Save: four actions.
    qtbot.mouseClick(card.ratings[first].buttons[2], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(card.ratings[second].buttons[1], Qt.MouseButton.LeftButton)
    card.temperature.setText(QLocale().toString(38.2, "f", 1))
    with qtbot.waitSignal(card.saved) as saved:
        qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
        settle()
    log = diary.get_log(ctx.journal, saved.args[0].log_id)
    assert {r.term_id: r.value(r_attr(r)) for r in log.ratings} == {first: 2, second: 1}
    assert [(m.kind, m.value, m.unit) for m in log.measurements] == [("temperature", pytest.approx(38.2), "°C")]
    assert all(b.value() is None for b in card.ratings.values()) and not card.temperature.text()
    assert card.undo_button.isVisibleTo(card)
    card.undo_button.click()
    settle()
    assert diary.get_log(ctx.journal, log.id).deleted
    ctx.diary.undo.redo()  # the check-in's undo history is the Diary's
    settle()
    assert not diary.get_log(ctx.journal, log.id).deleted


def r_attr(rating) -> str:
    return next(a for a in ("severity", "frequency", "interference") if rating.value(a) is not None)


def test_checkin_keyboard_digits_move_on_and_nothing_chosen_says_so(qtbot, ctx, settle):
    add_letrozole_palbo_zoledronic(ctx.journal)
    view = TodayView(ctx)
    qtbot.addWidget(view)
    settle()
    card = view.checkin
    card.save()
    settle()
    assert card.error.isVisibleTo(card) and "at least one symptom" in card.error.text()
    rows = list(card.ratings.values())
    qtbot.keyClick(rows[0], Qt.Key.Key_3)
    assert rows[0].value() == 3


def test_checkin_speaks_about_the_patient_when_a_carer_enters(qtbot, ctx, settle):
    add_letrozole_palbo_zoledronic(ctx.journal)
    carer = people.add_carer(ctx.journal, "Chris", "partner")
    ctx.current_person_id = carer.id
    view = TodayView(ctx)
    qtbot.addWidget(view)
    settle()
    card = view.checkin
    assert card.title_label.text() == "How is Test Patient today?"
    assert "Chris" in card.intro.text() and "carer-reported" in card.intro.text()
    assert "your own" not in card.intro.text()
    qtbot.mouseClick(next(iter(card.ratings.values())).buttons[1], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(card.saved) as saved:
        card.save()
        settle()
    assert diary.get_log(ctx.journal, saved.args[0].log_id).entered_by_id == carer.id


def test_doses_are_grouped_by_time_of_day_and_supportive_ones_are_quieter(qtbot, ctx, settle):
    add_letrozole_palbo_zoledronic(ctx.journal)
    view = TodayView(ctx)
    qtbot.addWidget(view)
    settle()
    model = view.model
    today = [(model.dose(r).name, model.index(r).data(GroupRole)) for r in range(model.rowCount())
             if model.index(r).data(GroupRole) != groups.OVERDUE]
    # Palbociclib is in its break week: no dose today.
    assert today == [("letrozole", "morning"), ("Paracetamol", "morning"), ("Paracetamol", "midday"),
                     ("Paracetamol", "evening")]
    starts = [model.index(r).data(GroupStartRole) for r in range(4)]
    assert starts == [True, False, True, True]
    assert groups.is_supportive("zoledronic_acid") and groups.is_supportive("dexamethasone")
    # The catalog cannot tell what a hand-typed medicine is: it keeps full weight.
    assert not groups.is_supportive("letrozole") and not groups.is_supportive("custom")
    assert model.index(0).data(SupportiveRole) is False


def test_mark_all_morning_doses_taken_is_one_undoable_step(qtbot, ctx, settle):
    add_letrozole_palbo_zoledronic(ctx.journal)
    view = TodayView(ctx)
    qtbot.addWidget(view)
    settle()
    view.list.setCurrentIndex(view.model.index(0))
    assert view.group_button.isVisibleTo(view) and "morning" in view.group_button.text()
    view.group_button.click()
    settle()
    by_name = {(d.name, d.at.hour): d.status for d in doses.today_list(ctx.journal, ctx.clock).today}
    assert by_name[("letrozole", 8)] == doses.TAKEN and by_name[("Paracetamol", 8)] == doses.TAKEN
    assert by_name[("Paracetamol", 12)] is None  # other times of day are left alone
    assert "mark a dose taken" in view.undo_button.toolTip()
    view.undo_button.click()
    settle()
    assert all(d.status is None for d in doses.today_list(ctx.journal, ctx.clock).today)
    assert not view.undo_button.isEnabled()


def test_break_week_next_cycle_and_next_infusion_are_said_plainly(qtbot, ctx, settle):
    add_letrozole_palbo_zoledronic(ctx.journal)
    items = plan.scheduled_drugs(ctx.journal)
    notes = {n.name: n for n in cycle_notes(items, date(2026, 3, 10))}
    palbo = notes["palbociclib"]
    assert (palbo.cycle, palbo.day, palbo.length, palbo.resting) == (1, 23, 28, True)
    assert palbo.next_start == date(2026, 3, 16)
    assert "break week" in cycle_sentence(palbo)
    assert not cycle_notes(items, date(2026, 3, 2))[0].resting  # day 15: tablets as usual
    assert next_clinic_dose(items, date(2026, 3, 10)) == ("zoledronic acid", date(2026, 3, 24))
    view = TodayView(ctx)
    qtbot.addWidget(view)
    settle()
    assert "break week" in view.next_up.cycles.text()
    assert "Next infusion or injection" in view.next_up.clinic_dose.text()


def test_today_stacks_its_cards_in_one_column_on_a_small_screen(qtbot, ctx, settle):
    add_letrozole_palbo_zoledronic(ctx.journal)
    view = TodayView(ctx)
    qtbot.addWidget(view)
    settle()
    view.resize(1300, 700)
    view.show()
    qtbot.waitExposed(view)
    assert view.columns.direction() == view.columns.Direction.LeftToRight
    view.resize(800, 560)
    qtbot.waitUntil(lambda: view.columns.direction() == view.columns.Direction.TopToBottom)


def test_checkin_asks_about_a_symptom_once_whatever_scales_it_was_rated_on(ctx, journal):
    """Hot flushes rated by how often came back as "hot_flushes:frequency" and the card showed
    that raw id as the question (seen in the Persian gallery)."""
    from concurrent.futures import ThreadPoolExecutor
    from datetime import timedelta

    from tracker.domain.symptoms import SymptomRating

    who = people.patient(journal).id
    diary.log_symptoms(journal, [SymptomRating("swelling", frequency=3, interference=2)], who,
                       ctx.clock.now() - timedelta(days=1), ctx.clock)
    # Off the GUI thread, as Today reads it (the guard against journal work there watches tests too).
    with ThreadPoolExecutor(1) as pool:
        chosen = pool.submit(checkin_terms.for_journal, journal, ctx.clock).result()
    assert chosen.count("swelling") == 1 and not any(":" in term for term in chosen)


def test_a_checkin_the_diary_refuses_keeps_what_was_typed_and_says_why(qtbot, ctx, settle, monkeypatch):
    """Saved on the task runner: Save is off while it writes; a refusal keeps the ratings and the
    temperature and shows the service's reason under the card."""
    from tracker.domain.errors import ValidationError

    add_letrozole_palbo_zoledronic(ctx.journal)
    view = TodayView(ctx)
    qtbot.addWidget(view)
    settle()
    card = view.checkin
    first = list(card.ratings)[0]
    qtbot.mouseClick(card.ratings[first].buttons[2], Qt.MouseButton.LeftButton)
    card.temperature.setText(QLocale().toString(37.2, "f", 1))

    def refuse(*_args, **_kwargs):
        raise ValidationError("That is not a time this journal can take.", field="when")

    monkeypatch.setattr(diary, "log_symptoms", refuse)
    card.save_button.click()
    assert not card.save_button.isEnabled()  # written on the runner: no second save meanwhile
    settle()
    assert card.save_button.isEnabled()
    assert card.error.isVisibleTo(card) and "not a time" in card.error.text()
    assert card.ratings[first].value() == 2 and card.temperature.text()
    assert ctx.diary.undo.count() == 0 and not card.undo_button.isVisibleTo(card)


def test_a_mark_the_service_refuses_is_shown_and_is_not_an_undo_step(qtbot, ctx, settle, monkeypatch):
    from tracker.domain.errors import ValidationError
    from tracker.ui.common import errors

    add_letrozole_palbo_zoledronic(ctx.journal)
    view = TodayView(ctx)
    qtbot.addWidget(view)
    settle()
    shown = []
    monkeypatch.setattr(errors, "show_error", lambda _parent, exc: shown.append(str(exc)))

    def refuse(*_args, **_kwargs):
        raise ValidationError("This dose was changed on another computer.")

    monkeypatch.setattr(doses, "record", refuse)
    view.list.setCurrentIndex(view.model.index(0))
    view.taken_button.click()
    assert shown == []  # written on the runner, not here
    settle()
    assert shown == ["This dose was changed on another computer."]
    assert view.undo_stack.count() == 0 and not view.undo_button.isEnabled()


def test_ctrl_z_on_today_takes_back_the_checkin_when_it_was_the_last_thing_done(qtbot, ctx, settle):
    """The check-in joins the Diary's undo history; Ctrl+Z on Today still takes it back first."""
    add_letrozole_palbo_zoledronic(ctx.journal)
    view = TodayView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    settle()
    card = view.checkin
    card.temperature.setText(QLocale().toString(37.4, "f", 1))
    with qtbot.waitSignal(card.saved) as saved:
        card.save_button.click()
        settle()
    log_id = saved.args[0].log_id
    assert ctx.diary.undo.count() == 1 and view.undo_stack.count() == 0
    view.list.setFocus()
    qtbot.keyClick(view.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert diary.get_log(ctx.journal, log_id).deleted
    assert not card.undo_button.isVisibleTo(card)
