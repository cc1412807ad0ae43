"""A save's alert check reads only the history the rules look at (history_needed): the findings
must be exactly those from the whole history, whatever that history holds."""

import random
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from tracker.domain import alerts
from tracker.domain.alerts import AlertContext, RecentEntry, Treatment

ZONE = ZoneInfo("Europe/London")
NOW = datetime(2026, 3, 10, 12, 0, tzinfo=ZONE)
#: Symptoms with "worsening", "new within 28 days", red-flag and spine-radiotherapy rules.
TERMS = ("back_pain", "weakness_limbs", "numbness_tingling", "vision_changes", "breathlessness", "bone_pain", "fatigue",
         "nausea", "diarrhoea")
TREATMENTS = (Treatment(True), Treatment(False), Treatment(True, context=frozenset({"spine_radiotherapy"})),
              Treatment(False, context=frozenset({"spine_radiotherapy"})))


def _rating(rng: random.Random, quiet: float) -> int | None:
    return rng.choice((None, 0)) if rng.random() < quiet else rng.choice((None, 0, 1, 2, 3, 4))


def _entry(entry_id: int, term: str, at: datetime, rng: random.Random, log_id: int, quiet: float = 0) -> RecentEntry:
    return RecentEntry(entry_id, alerts.SYMPTOM, at, term_id=term, severity=_rating(rng, quiet),
                       frequency=_rating(rng, quiet), interference=_rating(rng, quiet), log_id=log_id)


def _newest_first(entries: list[RecentEntry]) -> list[RecentEntry]:
    return sorted(entries, key=lambda e: (e.occurred_at, e.entry_id), reverse=True)


def test_findings_from_the_needed_history_are_those_from_the_whole_history():
    rng = random.Random(17)
    checked = found = 0
    for case in range(3000):
        term = rng.choice(TERMS)
        trigger_at = NOW - timedelta(hours=rng.randrange(0, 72))
        trigger = _entry(10_000, term, trigger_at, rng, log_id=10_000)
        history = []
        quiet = rng.choice((0, 0.8))  # often rated nothing: the "new within 28 days" search goes further back
        for i in range(rng.randrange(0, 14)):
            # Some on the trigger's very instant (ids on both sides), some after it (a back-dated
            # save), some either side of 28 days before it.
            hours = rng.choice((rng.randrange(-48, 24 * 40), rng.randrange(24 * 27 - 6, 24 * 29 + 6)))
            at = trigger_at if rng.random() < 0.1 else trigger_at - timedelta(hours=hours, minutes=rng.randrange(60))
            history.append(_entry(rng.choice((i + 1, 20_000 + i)), term, at, rng, log_id=i + 1, quiet=quiet))
        treatment = rng.choice(TREATMENTS)
        context = AlertContext(now=NOW, treatment=lambda _day, t=treatment: t, fever_c=38.0,
                               trigger_keys=frozenset({(alerts.SYMPTOM, trigger.entry_id)}))
        whole = alerts.evaluate([trigger, *history], context)
        before = [e for e in history if (e.occurred_at, e.entry_id) < (trigger.occurred_at, trigger.entry_id)]
        needed = alerts.history_needed(trigger, iter(_newest_first(before)))
        assert set(needed) <= set(before)
        assert alerts.evaluate([trigger, *needed], context) == whole, f"case {case}"
        checked += 1
        found += bool(whole)
    assert checked == 3000 and found > 500  # the cases raise findings, not only nothing


def test_a_rise_over_four_weeks_is_still_worsening():
    rising = [RecentEntry(i, alerts.SYMPTOM, NOW - timedelta(days=28 - 13 * i), term_id="fatigue", severity=i, log_id=i)
              for i in range(2)]  # nothing 28 days ago, mild 15 days ago
    trigger = RecentEntry(9, alerts.SYMPTOM, NOW, term_id="fatigue", severity=2, log_id=9)
    needed = alerts.history_needed(trigger, iter(reversed(rising)))
    assert needed == rising
    context = AlertContext(now=NOW, treatment=lambda _day: Treatment(False), fever_c=38.0,
                           trigger_keys=frozenset({(alerts.SYMPTOM, 9)}))
    worsening = [a for a in alerts.evaluate([trigger, *needed], context) if a.rule_id == "worsening"]
    assert [a.params["count"] for a in worsening] == [2]


def test_reading_stops_once_the_rules_have_what_they_need():
    older = iter([RecentEntry(i, alerts.SYMPTOM, NOW - timedelta(days=i), term_id="back_pain", severity=s, log_id=i)
                  for i, s in enumerate((3, 1, 2, 0, 0), start=1)])
    trigger = RecentEntry(99, alerts.SYMPTOM, NOW, term_id="back_pain", severity=2, log_id=99)
    needed = alerts.history_needed(trigger, older)
    # 3 ends the run of rises at once and is rated: nothing older is read.
    assert [e.entry_id for e in needed] == [1]
    assert [e.entry_id for e in older] == [2, 3, 4, 5]


def test_a_symptom_without_new_symptom_rules_reads_only_its_run_of_rises():
    older = iter([RecentEntry(i, alerts.SYMPTOM, NOW - timedelta(days=i), term_id="nausea", severity=0, log_id=i)
                  for i in range(1, 6)])
    trigger = RecentEntry(99, alerts.SYMPTOM, NOW, term_id="nausea", severity=2, log_id=99)
    # 2 after 0 is a rise, 0 after 0 is not: nothing rated before, but no rule asks about nausea being new.
    assert [e.entry_id for e in alerts.history_needed(trigger, older)] == [2, 1]
    assert [e.entry_id for e in older] == [3, 4, 5]


def _needed_for_all(triggers: list[RecentEntry], history: list[RecentEntry]) -> list[RecentEntry]:
    """As the banner reads: for each trigger what history_needed keeps of its symptom's entries
    before it (other triggers among them), each entry once and no trigger twice."""
    keys = {(e.kind, e.entry_id) for e in triggers}
    everything = [*triggers, *history]
    needed: dict[tuple[str, int], RecentEntry] = {}
    for trigger in triggers:
        before = [e for e in everything if e.term_id == trigger.term_id and
                  (e.occurred_at, e.entry_id) < (trigger.occurred_at, trigger.entry_id)]
        for e in alerts.history_needed(trigger, iter(_newest_first(before))):
            needed.setdefault((e.kind, e.entry_id), e)
    return [e for key, e in needed.items() if key not in keys]


def test_cards_from_the_needed_history_of_many_triggers_are_those_from_the_whole_history():
    # The banner: several logs of 72 hours, each with several symptoms, the same symptoms in
    # many of them (one trigger is history for the next), and their history of 40 days.
    rng = random.Random("17-banner")
    checked = found = 0
    for case in range(1500):
        terms = rng.sample(TERMS, rng.randrange(1, 4))
        quiet = rng.choice((0, 0.8))
        triggers, history = [], []
        for log in range(rng.randrange(1, 6)):
            at = NOW - timedelta(hours=rng.randrange(0, 72), minutes=rng.randrange(60))
            triggers += [_entry(1_000 + 10 * log + i, term, at, rng, log_id=1_000 + log, quiet=quiet)
                         for i, term in enumerate(rng.sample(terms, rng.randrange(1, len(terms) + 1)))]
        for i in range(rng.randrange(0, 20)):
            at = NOW - timedelta(hours=rng.randrange(0, 24 * 40), minutes=rng.randrange(60))
            history.append(_entry(rng.choice((i + 1, 20_000 + i)), rng.choice(terms), at, rng, log_id=i + 1, quiet=quiet))
        treatment = rng.choice(TREATMENTS)
        context = AlertContext(now=NOW, treatment=lambda _day, t=treatment: t, fever_c=38.0,
                               trigger_keys=frozenset((e.kind, e.entry_id) for e in triggers))
        whole = alerts.evaluate([*triggers, *history], context)
        needed = _needed_for_all(triggers, history)
        assert set(needed) <= set(history)
        lean = alerts.evaluate([*triggers, *needed], context)
        assert lean == whole, f"case {case}"
        assert alerts.cards(lean) == alerts.cards(whole), f"case {case}"
        checked += 1
        found += len(alerts.cards(whole)) > 1
    assert checked == 1500 and found > 300  # several cards at once, not only one or none


def test_a_rating_of_0_reads_no_history():
    # Nothing rises to 0, steps up from it or is new at it: the banner reads nothing for it.
    older = iter([RecentEntry(i, alerts.SYMPTOM, NOW - timedelta(days=i), term_id="back_pain", severity=0, log_id=i)
                  for i in range(1, 4)])
    trigger = RecentEntry(99, alerts.SYMPTOM, NOW, term_id="back_pain", severity=0, frequency=0, log_id=99)
    assert alerts.history_needed(trigger, older) == []
    assert [e.entry_id for e in older] == [1, 2, 3]
