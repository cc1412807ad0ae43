"""A save's alert check (alert_settings.read_log_check: a few history rows per symptom and only
the plan that counts on the log's day) finds exactly what the whole-history check finds; the
banner (only the plan that counts on its logs' days) what it finds with the whole plan, and its
cards (read_banner_check: of each symptom only the history its triggers need) are those of the
whole-history check, dismissed ones left out."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from tracker.domain import alerts, symptoms
from tracker.domain.measurements import Measurement
from tracker.domain.symptoms import SymptomRating
from tracker.services import alert_settings, alert_triage, diary, people, plan

DAILY = {"kind": "interval", "every": 1, "unit": "days"}
TERMS = ("back_pain", "weakness_limbs", "numbness_tingling", "vision_changes", "breathlessness", "bone_pain",
         "fatigue", "diarrhoea")


def _rating(rng, term_id):
    """A rating of some of the symptom's attributes (at least one), 0 to 3."""
    attributes = symptoms.term(term_id).attributes
    rated = rng.sample(attributes, rng.randrange(1, len(attributes) + 1))
    return SymptomRating(term_id, **{a: rng.choice((0, 1, 2, 3)) for a in rated})


def _whole_history_check(journal, clock, result, occurred_at, measures):
    """The findings of the general check (read_check: every row of 29 days) against the whole plan."""
    ratings = len(result.saved_ids) - len(measures)
    keys = {(alerts.SYMPTOM, i) for i in result.saved_ids[:ratings]}
    keys |= {(alerts.TEMPERATURE, i) for i, m in zip(result.saved_ids[ratings:], measures, strict=True)
             if m.kind == alerts.TEMPERATURE}
    with journal.connection(read_only=True) as conn:
        terms = {t for (t,) in conn.exec_driver_sql("SELECT term_id FROM symptom_entries WHERE log_id = ?",
                                                      (result.log_id,))}
        check = alert_settings.read_check(conn, clock, min(occurred_at, clock.now()), trigger_keys=frozenset(keys),
                                          term_ids=terms)
    if check is None:
        return []
    whole_plan = alert_settings.drug_periods(journal)
    return alert_triage.run(check.history, whole_plan, now=check.now, fever_c=check.fever_c,
                            trigger_keys=check.trigger_keys, local=alert_settings.local_periods(journal)).findings


def _banner_against_whole_plan(journal, clock):
    """The banner's cards (logs of the last 72 hours, every row of 29 days) against the whole plan."""
    with journal.connection(read_only=True) as conn:
        check = alert_settings.read_check(conn, clock)
    if check is None:
        return []
    return alert_triage.run(check.history, alert_settings.drug_periods(journal), now=check.now, fever_c=check.fever_c,
                            trigger_keys=check.trigger_keys, local=alert_settings.local_periods(journal)).cards


def _plan(journal, kind):
    if kind == "none":
        return
    # A plan, but nothing counts on any day logged: not "no plan".
    line = plan.add_line(journal, name="Old", start=date(2023, 1, 1))
    plan.add_regimen_drug(journal, line.id, drug_id="letrozole", pattern=DAILY, times=["08:00"], start=date(2023, 1, 1))
    plan.end_line(journal, line.id, last_day=date(2024, 1, 31), reason="progression")
    if kind == "long_ended":
        return
    # Then a line that ends in the logged weeks (it still counts six weeks after), and the next one.
    first = plan.add_line(journal, name="First", start=date(2025, 6, 1))
    plan.add_regimen_drug(journal, first.id, drug_id="palbociclib", pattern=DAILY, times=["08:00"], start=date(2025, 6, 1))
    plan.add_regimen_drug(journal, first.id, drug_id="denosumab", pattern=DAILY, times=["08:00"], start=date(2025, 6, 1))
    plan.end_line(journal, first.id, last_day=date(2025, 12, 20), reason="progression")
    second = plan.add_line(journal, name="Second", start=date(2026, 2, 25))
    plan.add_regimen_drug(journal, second.id, drug_id="capecitabine", pattern=DAILY, times=["08:00"], start=date(2026, 2, 25))


@pytest.mark.parametrize("plan_kind", ["changing", "none", "long_ended"])
def test_every_save_finds_what_the_whole_history_check_finds(journal, clock, plan_kind):
    rng = random.Random(f"17-{plan_kind}")
    _plan(journal, plan_kind)
    pid = people.patient(journal).id
    clock.set(clock.now() - timedelta(days=80))
    saved, compared, found = [], 0, 0
    for _ in range(160):
        clock.advance(hours=rng.randrange(2, 20))
        back = timedelta(days=rng.choice((0, 0, 0, 1, 3, 40)), hours=rng.randrange(0, 10))  # 40: back-filled
        occurred_at = clock.now() - back
        ratings = [_rating(rng, t) for t in rng.sample(TERMS, rng.randrange(0, 4))]
        measures = [Measurement("temperature", rng.choice((36.2, 37.6, 38.3)), "°C")] if rng.random() < 0.4 or not ratings else []
        if saved and rng.random() < 0.2:  # an edit of an earlier log is checked the same way
            log_id = rng.choice(saved)
            result = diary.update_log(journal, log_id, ratings + measures, pid, occurred_at, clock)
        else:
            result = diary.log_symptoms(journal, ratings + measures, pid, occurred_at, clock)
            saved.append(result.log_id)
        assert result.alerts == _whole_history_check(journal, clock, result, occurred_at, measures)
        assert alert_settings.current_alerts(journal, clock) == _banner_against_whole_plan(journal, clock)
        compared += 1
        found += bool(result.alerts)
        if rng.random() < 0.1:
            diary.delete_log(journal, rng.choice(saved), clock)
    assert compared == 160 and found > 40


def _worsening(journal, clock, pid, severities, days_apart):
    start = clock.now() - timedelta(days=days_apart * (len(severities) - 1))
    result = None
    for i, severity in enumerate(severities):
        result = diary.log_symptoms(journal, [SymptomRating("fatigue", severity=severity)], pid,
                                    start + timedelta(days=days_apart * i), clock)
    return result


def test_a_rise_spread_over_four_weeks_is_still_worsening(journal, clock):
    pid = people.patient(journal).id
    result = _worsening(journal, clock, pid, (0, 1, 2), days_apart=13)
    assert [(a.rule_id, a.params.get("count")) for a in result.alerts] == [("worsening", 2)]


def test_a_rating_back_filled_since_the_logs_time_is_history(journal, clock):
    pid = people.patient(journal).id
    # Entered for 40 days ago, after the time of the last log below: outside its 29 days, but
    # entered since then, so it is history for that log.
    diary.log_symptoms(journal, [SymptomRating("fatigue", severity=0)], pid, clock.now() - timedelta(days=40), clock)
    earlier = diary.log_symptoms(journal, [SymptomRating("fatigue", severity=1)], pid,
                                 clock.now() - timedelta(days=2), clock)
    assert earlier.alerts == []
    clock.advance(minutes=30)
    last = diary.log_symptoms(journal, [SymptomRating("fatigue", severity=2)], pid, clock.now() - timedelta(hours=1), clock)
    assert [(a.rule_id, a.params.get("count")) for a in last.alerts] == [("worsening", 2)]


def test_the_banner_judges_each_log_by_the_plan_on_its_own_day(journal, clock):
    _plan(journal, "long_ended")
    line = plan.add_line(journal, name="New", start=clock.today() - timedelta(days=1))
    plan.add_regimen_drug(journal, line.id, drug_id="capecitabine", pattern=DAILY, times=["08:00"],
                          start=clock.today() - timedelta(days=1))
    pid = people.patient(journal).id
    before = diary.log_symptoms(journal, [Measurement("temperature", 38.3, "°C")], pid, clock.now() - timedelta(days=10), clock)
    during = diary.log_symptoms(journal, [Measurement("temperature", 38.3, "°C")], pid, clock.now(), clock)
    assert [a.rule_id for a in before.alerts] == ["fever_off_treatment"]
    assert [a.rule_id for a in during.alerts] == ["fever_on_treatment"]
    cards = {c.log_id: c.findings[0].rule_id for c in alert_settings.current_alerts(journal, clock)}
    assert cards == {before.log_id: "fever_off_treatment", during.log_id: "fever_on_treatment"}


def _banner_from_whole_history(journal, clock):
    """The banner's cards from every row of 72 hours plus 29 days (read_check), those nobody
    dismissed: what current_alerts gave before it read only what the rules need."""
    with journal.connection(read_only=True) as conn:
        check = alert_settings.read_check(conn, clock)
        acked = {key for (key,) in conn.exec_driver_sql("SELECT alert_key FROM alert_acks")}
    return [] if check is None else [c for c in check.run().cards if c.key not in acked]


def _card_facts(cards):
    """Everything a card shows and is dismissed by, in order (equality of the cards says it
    too; this says what differs when a test fails)."""
    return [(c.key, c.level, c.combined_by, [(f.rule_id, f.level, f.entry_id, f.escalated_by, f.params)
                                             for f in c.findings]) for c in cards]


@pytest.mark.parametrize("seed", range(4))
def test_the_banner_shows_the_cards_of_the_whole_history_check(journal, clock, seed):
    # Many logs in the 72 hours (the same symptoms over and over: one walk back serves several
    # triggers), back-filled ones (entered now for days or weeks ago), edits, deletions and
    # dismissed cards. The banner's cards after every save, and those a form save hands over,
    # are exactly those of the whole-history check, in the same order.
    rng = random.Random(f"17-banner-{seed}")
    _plan(journal, ("changing", "none", "long_ended", "changing")[seed])
    pid = people.patient(journal).id
    clock.set(clock.now() - timedelta(days=45))
    saved, shown, cut = [], 0, 0
    for _ in range(150):
        clock.advance(hours=rng.choice((1, 2, 3, 5, 8, 14)), minutes=rng.randrange(60))
        back = timedelta(days=rng.choice((0, 0, 0, 0, 1, 2, 3, 5, 31, 40)), hours=rng.randrange(0, 10))
        occurred_at = clock.now() - back
        ratings = [_rating(rng, t) for t in rng.sample(TERMS[:5], rng.randrange(0, 4))]
        measures = [Measurement("temperature", rng.choice((36.2, 37.6, 38.3)), "°C")] if rng.random() < 0.3 or not ratings else []
        if saved and rng.random() < 0.15:
            diary.update_log(journal, rng.choice(saved), ratings + measures, pid, occurred_at, clock)
        else:
            result = diary.log_symptoms(journal, ratings + measures, pid, occurred_at, clock, banner=True)
            saved.append(result.log_id)
            whole = _banner_from_whole_history(journal, clock)
            assert _card_facts(result.cards) == _card_facts(whole)
            assert result.cards == whole
            assert result.alerts == [f for c in whole if c.log_id == result.log_id for f in c.findings]
        cards = alert_settings.current_alerts(journal, clock)
        assert cards == _banner_from_whole_history(journal, clock)
        shown += len(cards)
        if cards and rng.random() < 0.3:  # dismissed: hidden until the log reaches more
            alert_settings.acknowledge(journal, rng.choice(cards), pid, clock)
        if rng.random() < 0.08:
            diary.delete_log(journal, rng.choice(saved), clock)
        with journal.connection(read_only=True) as conn:
            lean, whole_check = alert_settings.read_banner_check(conn, clock), alert_settings.read_check(conn, clock)
        assert (lean is None) == (whole_check is None)
        if lean is not None:
            assert set(lean.history) <= set(whole_check.history)
            cut += len(lean.history) < len(whole_check.history)
    assert shown > 100 and cut > 100  # cards were compared, and the check read less than every row
