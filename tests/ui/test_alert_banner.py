"""The alert card: one per log at its highest level, the number to call, reasons and sources, dismiss and undo."""

from __future__ import annotations

import re
import threading
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from tracker.domain.alerts.emergency import default_emergency_number
from tracker.domain.measurements import Measurement
from tracker.domain.symptoms import SymptomRating
from tracker.services import alert_settings, care_team, diary, people, plan
from tracker.ui.alerts import banner as banner_mod
from tracker.ui.alerts.banner import create_banner
from tracker.ui.context import AppContext, Change

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
DOSING = re.compile(r"\b(take|dose|mg|increase|stop taking|tablet)\b", re.I)


@pytest.fixture
def ctx(journal, clock, data_dir, monkeypatch):
    monkeypatch.setattr(banner_mod, "country_code", lambda: "GB")
    return AppContext(data_dir=data_dir, journal=journal, clock=clock)


def on_drugs(journal, *drug_ids):
    line = plan.add_line(journal, name="Line", start=date(2026, 1, 5))
    for drug_id in drug_ids:
        plan.add_regimen_drug(journal, line.id, drug_id=drug_id, pattern={"kind": "interval", "every": 1, "unit": "days"},
                              times=["08:00"], start=date(2026, 1, 5))


def log(journal, clock, *entries, by=None, hours_ago=0):
    who = by if by is not None else people.patient(journal).id
    return diary.log_symptoms(journal, list(entries), who, clock.now() - timedelta(hours=hours_ago), clock)


def make(qtbot, ctx, settle):
    """The banner once its first read has landed."""
    widget = create_banner(ctx)
    qtbot.addWidget(widget)
    settle()
    return widget


def test_hidden_without_alerts(qtbot, ctx, settle):
    banner = make(qtbot, ctx, settle)
    assert banner.isHidden() and banner.texts() == []


def test_fever_on_palbociclib_is_a_call_now_card_with_the_number_large_and_selectable(qtbot, ctx, journal, clock, settle):
    on_drugs(journal, "palbociclib", "letrozole")
    care_team.save_care_team(journal, care_team.CareTeam("", "0800 123 4567", [care_team.Contact("Dr Shah", "Oncologist", "020 7946 0000")]))
    log(journal, clock, Measurement("temperature", 38.2, "°C"))
    banner = make(qtbot, ctx, settle)
    card = banner.rows[0]
    text = card.text()
    assert text.startswith("Call your 24-hour line now") and "next appointment" not in card.heading.text()
    assert "0800 123 4567" in card.phone.text() and "38.2 °C" in text
    assert card.phone.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert card.phone.font().pointSizeF() > card.instruction.font().pointSizeF() * 1.5
    assert "NICE CG151" in " ".join(label.text() for label in card.findChildren(type(card.phone)))
    assert "Dr Shah" in banner.contacts.text()
    assert not DOSING.search(text)


def test_severe_chest_pain_says_call_the_emergency_number(qtbot, ctx, journal, clock, settle):
    log(journal, clock, SymptomRating("chest_pain", severity=3))
    card = make(qtbot, ctx, settle).rows[0]
    assert card.card.level == "emergency"
    assert card.heading.text().endswith("Call 999 now</span></b>") and "Emergency: 999" == card.phone.text()


def test_the_emergency_number_from_settings_wins_over_the_country_default(qtbot, ctx, journal, clock, settle):
    care_team.save_care_team(journal, care_team.CareTeam(emergency_phone="112"))
    log(journal, clock, SymptomRating("chest_pain", severity=4))
    assert "Call 112 now" in make(qtbot, ctx, settle).rows[0].text()


@pytest.mark.parametrize("country, number", [("GB", "999"), ("FR", "112"), ("DE", "112"), ("US", "911"),
                                             ("CA", "911"), ("AU", "000"), ("", "112")])
def test_default_emergency_number_by_country(country, number):
    assert default_emergency_number(country) == number


def test_a_carers_entry_speaks_to_the_carer(qtbot, ctx, journal, clock, settle):
    sam = people.patient(journal).name
    carer = people.add_carer(journal, "Alex", "partner")
    log(journal, clock, SymptomRating("chest_pain", severity=1), by=carer.id)
    card = make(qtbot, ctx, settle).rows[0]
    assert card.card.level == "call_now"
    assert f"Call the 24-hour line now for {sam}" in card.text()


def test_without_a_number_the_card_says_where_to_add_it(qtbot, ctx, journal, clock, settle):
    log(journal, clock, Measurement("temperature", 38.0, "°C"))
    card = make(qtbot, ctx, settle).rows[0]
    assert card.missing_line is not None and "Settings" in card.missing_line.text()


def test_one_card_per_log_at_its_highest_level_with_lesser_reasons_inside(qtbot, ctx, journal, clock, settle):
    on_drugs(journal, "paclitaxel")
    log(journal, clock, Measurement("temperature", 38.4, "°C"), SymptomRating("nausea", severity=3),
        SymptomRating("hot_flushes", severity=3))
    banner = make(qtbot, ctx, settle)
    assert len(banner.rows) == 1
    card = banner.rows[0]
    assert card.card.level == "call_now" and len(card.reasons) == 3
    assert "severe (patient-reported)" in card.text()


def test_dismiss_and_undo_and_it_stays_until_dismissed(qtbot, ctx, journal, clock, settle):
    log(journal, clock, SymptomRating("confusion", severity=1))
    banner = make(qtbot, ctx, settle)
    ctx.events.notify(Change.DIARY)
    settle()
    assert len(banner.texts()) == 1
    banner.rows[0].dismiss.click()
    settle()
    assert banner.texts() == [] and not banner.undo_row.isHidden()
    assert alert_settings.current_alerts(journal, clock) == []
    banner.undo_button.click()
    settle()
    assert len(banner.texts()) == 1


def test_many_small_cards_fold_behind_a_button_but_urgent_ones_always_show(qtbot, ctx, journal, clock, settle):
    for hours, term in ((5, "hot_flushes"), (4, "low_mood"), (3, "itching")):
        log(journal, clock, SymptomRating(term, severity=3), hours_ago=hours)
    log(journal, clock, SymptomRating("chest_pain", severity=1), hours_ago=1)
    banner = make(qtbot, ctx, settle)
    assert [row.card.level for row in banner.rows] == ["call_now", "mention", "mention", "mention"]
    assert [row.isHidden() for row in banner.rows] == [False, False, True, True]
    assert banner.more_button.text() == "Show 2 more alerts"
    banner.more_button.click()
    settle()
    assert not any(row.isHidden() for row in banner.rows)


def test_an_emergency_card_also_names_the_24_hour_line(qtbot, ctx, journal, clock, settle):
    care_team.save_care_team(journal, care_team.CareTeam("Acute oncology", "0800 123 4567"))
    log(journal, clock, SymptomRating("bleeding_bruising", severity=4))
    card = make(qtbot, ctx, settle).rows[0]
    assert card.card.level == "emergency" and card.line_after.text() == "Then: Acute oncology: 0800 123 4567"


def test_when_the_alerts_cannot_be_worked_out_the_banner_says_to_call_and_the_bug_shows(qtbot, ctx, journal, clock,
                                                                                      monkeypatch, settle):
    """Review finding: a failure used to leave an empty banner (cards deleted first) and, at start,
    no banner at all for the session. Now the cards stay until new ones are ready, a plain
    instruction to call shows, and the error still goes on to the bug report."""
    on_drugs(journal, "palbociclib")
    log(journal, clock, Measurement("temperature", 38.4, "°C"))
    banner = make(qtbot, ctx, settle)
    assert banner.rows and banner.failed.isHidden()

    def broken(*_args, **_kwargs):
        raise RuntimeError("a bug in the alert code")

    shown = []
    monkeypatch.setattr("tracker.ui.common.errors.show_error", lambda parent, exc: shown.append(exc))
    monkeypatch.setattr(banner_mod.alert_settings, "current_alerts", broken)
    banner.refresh()
    settle()
    assert not banner.failed.isHidden() and "call your 24-hour line" in banner.failed.text()
    assert banner.rows and [type(exc) for exc in shown] == [RuntimeError]  # the cards stay; the bug is reported
    shown.clear()
    at_start = make(qtbot, ctx, settle)  # a failure at start: the banner is still made, saying to call
    assert not at_start.failed.isHidden() and len(shown) == 1


def test_the_alerts_are_read_off_the_gui_thread(qtbot, ctx, journal, clock, monkeypatch, settle):
    """Issue 15: the banner's read runs on the task runner, so a slow journal never freezes the window."""
    threads = []
    real = alert_settings.current_alerts

    def recorded(journal_, clock_):
        threads.append(threading.current_thread())
        return real(journal_, clock_)

    monkeypatch.setattr(banner_mod.alert_settings, "current_alerts", recorded)
    log(journal, clock, SymptomRating("confusion", severity=1))
    banner = make(qtbot, ctx, settle)
    assert len(banner.rows) == 1
    assert threads and threading.main_thread() not in threads


def test_a_stale_read_never_lands_after_a_newer_one(qtbot, ctx, journal, clock, monkeypatch, settle, hold_first_call):
    """Two refreshes, the first read slow and from before the new entry: only the second read is shown."""
    banner = make(qtbot, ctx, settle)
    rendered = []
    held = hold_first_call(banner_mod.alert_settings, "current_alerts")
    monkeypatch.setattr(banner, "render", lambda data: rendered.append(data))
    banner.refresh()
    assert held.started.wait(30)
    log(journal, clock, SymptomRating("confusion", severity=1))
    banner.refresh()
    held.release.set()
    settle()
    assert len(held.calls) == 2 and len(rendered) == 1 and len(rendered[0].cards) == 1


def test_cards_a_save_hands_over_are_read_on_the_runner_and_drop_an_older_read(qtbot, ctx, journal, clock,
                                                                                 monkeypatch, settle, hold_first_call):
    """A save's cards get their care team and carers on the task runner; a slow read from before
    the save, still under way, never lands over them."""
    banner = make(qtbot, ctx, settle)
    rendered = []
    held = hold_first_call(banner_mod.alert_settings, "current_alerts")
    monkeypatch.setattr(banner, "render", lambda data: rendered.append(data))
    banner.refresh()
    assert held.started.wait(30)
    log(journal, clock, SymptomRating("confusion", severity=1))
    cards = alert_settings.current_alerts(journal, clock)
    banner.show_alerts(cards)
    assert rendered == []  # not on the GUI thread: once read
    held.release.set()
    settle()
    assert [data.cards for data in rendered] == [tuple(cards)]


def _four_cards_in_a_small_window(qtbot, ctx, journal, clock, settle, *, chest_pain_hours_ago: int):
    """Three small cards and a call-now one, all shown ("Show more"), in a 1024×560 window whose
    other part stands for the section she is using; returns (window, banner, section)."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    for hours, term in ((5, "hot_flushes"), (4, "low_mood"), (3, "itching")):
        log(journal, clock, SymptomRating(term, severity=3), hours_ago=hours)
    log(journal, clock, SymptomRating("chest_pain", severity=1), hours_ago=chest_pain_hours_ago)
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    banner = create_banner(ctx, window)
    layout.addWidget(banner)
    section = QLabel("the section she is using")
    layout.addWidget(section, 1)
    window.resize(1024, 560)
    window.show()
    settle()
    banner.more_button.click()  # all four cards
    settle()
    return window, banner, section


def test_cards_take_at_most_part_of_a_small_window_and_scroll_beyond(qtbot, ctx, journal, clock, settle):
    """On a 600-pixel laptop screen two full cards took 400 pixels and left the section a strip."""
    window, banner, section = _four_cards_in_a_small_window(qtbot, ctx, journal, clock, settle, chest_pain_hours_ago=1)
    area = banner.cards_area
    qtbot.waitUntil(lambda: area.height() <= 0.42 * window.height() + 1)
    assert area.widget().height() > area.height()  # the rest scrolls
    assert area.verticalScrollBar().maximum() > 0
    assert section.height() >= 0.3 * window.height()
    # A tall window shows them whole, without a scroll bar.
    window.resize(1024, 2000)
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() == 0)
    assert area.height() == area.content_height()


def test_in_a_right_to_left_language_a_latin_number_line_sits_on_the_right(qtbot, ctx, journal, clock, settle, qapp):
    on_drugs(journal, "palbociclib")
    care_team.save_care_team(journal, care_team.CareTeam("Acute oncology", "01632 960001"))
    log(journal, clock, Measurement("temperature", 38.4, "°C"))
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        phone = make(qtbot, ctx, settle).rows[0].phone
        assert phone.text() == "Acute oncology: 01632 960001"
        assert phone.alignment() & Qt.AlignmentFlag.AlignRight and phone.alignment() & Qt.AlignmentFlag.AlignAbsolute
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_a_new_card_shows_from_its_top_when_she_had_scrolled_the_cards_down(qtbot, ctx, journal, clock, settle):
    """The most urgent card comes first: scrolled down to read an older card, a new emergency
    card above it must come into view with its heading and number, not sit scrolled away."""
    _window, banner, _section = _four_cards_in_a_small_window(qtbot, ctx, journal, clock, settle,
                                                              chest_pain_hours_ago=2)
    bar = banner.cards_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())  # reading the last card
    log(journal, clock, SymptomRating("chest_pain", severity=4), hours_ago=0)
    banner.refresh()
    settle()
    assert banner.rows[0].card.level == "emergency"
    assert bar.value() == 0
