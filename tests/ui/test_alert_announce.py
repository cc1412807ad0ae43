"""Alerts for screen readers: every new card is announced (assertive when urgent), has the Alert role,
and comes first in the banner's focus order."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from tracker.domain.measurements import Measurement
from tracker.domain.symptoms import SymptomRating
from tracker.services import care_team, diary, people, plan
from tracker.ui.alerts import banner as banner_mod
from tracker.ui.alerts.banner import create_banner
from tracker.ui.context import AppContext, Change

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
ASSERTIVE = QAccessible.AnnouncementPoliteness.Assertive
POLITE = QAccessible.AnnouncementPoliteness.Polite


@pytest.fixture
def ctx(journal, clock, data_dir, monkeypatch):
    monkeypatch.setattr(banner_mod, "country_code", lambda: "GB")
    care_team.save_care_team(journal, care_team.CareTeam("Acute oncology", "0800 123 4567"))
    return AppContext(data_dir=data_dir, journal=journal, clock=clock)


@pytest.fixture
def spoken(monkeypatch):
    """Every announcement the app sends, as (message, politeness, sender); still passed on to Qt."""
    heard = []
    original = QAccessible.updateAccessibility

    def record(event):
        if event.type() == QAccessible.Event.Announcement:
            heard.append((event.message(), event.politeness(), event.object()))
        original(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    return heard


@pytest.fixture
def screen_reader_on():
    """Qt's accessibility active, as when a screen reader is running (interfaces made and cached as objects show)."""
    was = QAccessible.isActive()
    QAccessible.setActive(True)
    yield
    QAccessible.setActive(was)


def on_paclitaxel(journal):
    line = plan.add_line(journal, name="Line", start=date(2026, 1, 5))
    plan.add_regimen_drug(journal, line.id, drug_id="paclitaxel", pattern={"kind": "interval", "every": 1, "unit": "days"},
                          times=["08:00"], start=date(2026, 1, 5))


def log(journal, clock, *entries):
    diary.log_symptoms(journal, list(entries), people.patient(journal).id, clock.now(), clock)


def make(qtbot, ctx, parent=None):
    widget = create_banner(ctx, parent)
    if parent is None:
        qtbot.addWidget(widget)
        widget.show()
    return widget


def test_an_urgent_card_is_announced_assertively_with_its_text(qtbot, ctx, journal, clock, spoken, screen_reader_on, settle):
    on_paclitaxel(journal)
    log(journal, clock, Measurement("temperature", 38.2, "°C"))
    banner = make(qtbot, ctx)
    assert spoken == []  # not from a widget that is not on screen yet
    settle()
    card = banner.rows[0]
    assert card.card.level == "call_now"
    assert spoken == [(card.text(), ASSERTIVE, card)]
    message = spoken[0][0]
    assert message.startswith("Call your 24-hour line now") and "0800 123 4567" in message and "38.2 °C" in message


def test_emergency_is_assertive_and_a_same_day_card_polite(qtbot, ctx, journal, clock, spoken, settle):
    log(journal, clock, SymptomRating("chest_pain", severity=3))
    banner = make(qtbot, ctx)
    settle()
    assert banner.rows[0].card.level == "emergency"
    assert spoken == [(banner.rows[0].text(), ASSERTIVE, banner.rows[0])] and "Call 999 now" in spoken[0][0]
    spoken.clear()
    on_paclitaxel(journal)
    log(journal, clock, SymptomRating("diarrhoea", frequency=2))  # 4-6 above normal on treatment: same day
    ctx.events.notify(Change.DIARY)
    settle()
    new = [row for row in banner.rows if row.card.level == "contact_today"]
    assert len(new) == 1
    assert spoken == [(new[0].text(), POLITE, new[0])]


def test_each_card_is_announced_once_not_on_every_refresh(qtbot, ctx, journal, clock, spoken, settle):
    log(journal, clock, SymptomRating("confusion", severity=1))
    banner = make(qtbot, ctx)
    settle()
    assert len(spoken) == 1
    ctx.events.notify(Change.SETTINGS)
    ctx.events.notify(Change.DIARY)
    settle()
    assert len(spoken) == 1
    banner.rows[0].dismiss.click()
    settle()
    banner.undo_button.click()  # back on screen: it appears again, so it is said again
    settle()
    assert len(spoken) == 2 and spoken[1][1] == ASSERTIVE


def test_several_urgent_cards_are_one_assertive_announcement_so_none_cuts_another_off(qtbot, ctx, journal, clock,
                                                                                      spoken, settle):
    log(journal, clock, SymptomRating("confusion", severity=1))
    log(journal, clock, SymptomRating("chest_pain", severity=4))
    log(journal, clock, SymptomRating("hot_flushes", severity=3))
    log(journal, clock, SymptomRating("itching", severity=3))
    banner = make(qtbot, ctx)
    settle()
    levels = [row.card.level for row in banner.rows]
    assert levels == ["emergency", "call_now", "mention", "mention"]
    assert [politeness for _m, politeness, _o in spoken] == [ASSERTIVE, POLITE, POLITE]
    assert banner.rows[0].text() in spoken[0][0] and banner.rows[1].text() in spoken[0][0]
    assert spoken[0][2] is banner.rows[0]
    # The second small card is folded behind "Show 1 more alert": still announced, from the banner.
    assert banner.rows[3].isHidden()
    assert spoken[1:] == [(banner.rows[2].text(), POLITE, banner.rows[2]), (banner.rows[3].text(), POLITE, banner)]


def test_the_card_has_the_alert_role_and_its_text_as_name(qtbot, ctx, journal, clock, screen_reader_on, settle):
    log(journal, clock, SymptomRating("confusion", severity=1))
    banner = make(qtbot, ctx)
    settle()
    banner.show()
    card = banner.rows[0]
    interface = QAccessible.queryAccessibleInterface(card)
    assert interface.role() == QAccessible.Role.AlertMessage
    assert interface.text(QAccessible.Text.Name) == card.text()
    assert interface.childCount() > 0  # the heading, number and button stay reachable inside it
    assert QAccessible.queryAccessibleInterface(card.dismiss).role() == QAccessible.Role.Button


def test_cards_come_first_in_the_banners_focus_order(qtbot, ctx, journal, clock, settle):
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    banner = make(qtbot, ctx, window)
    settle()
    layout.addWidget(banner)
    after = QLineEdit()
    layout.addWidget(after)
    window.show()
    # A card that appears after the window was built (the usual case: a log just saved).
    log(journal, clock, SymptomRating("confusion", severity=1))
    log(journal, clock, SymptomRating("hot_flushes", severity=3))
    ctx.events.notify(Change.DIARY)
    settle()
    stops = []
    widget = banner
    while True:
        widget = widget.nextInFocusChain()
        if widget is window:
            break
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(window):
            stops.append(widget)
    first, second = banner.rows
    assert stops[0] is first and first.focus_order() == stops[:len(first.focus_order())]
    assert stops.index(second) == len(first.focus_order())
    assert stops.index(first.dismiss) < stops.index(second) < stops.index(after)
    assert first.focusPolicy() & Qt.FocusPolicy.TabFocus
