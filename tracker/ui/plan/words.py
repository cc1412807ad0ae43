"""Translated words for plans: pattern sentences, routes, statuses, reasons, dates.

The domain's `describe()` gives structured parts; the sentences are built here, after
translation, with named placeholders so translators can reorder them.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from tracker.domain.schedule import describe, pattern_from_dict

CTX = "PlanWords"


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def num(n: int) -> str:
    """A whole number in the reader's digits (Persian readers see ۲۸, not 28)."""
    return QLocale().toString(int(n))


def plural(text: str, n: int) -> str:
    """English has no .qm file, so a "%n record(s)" string comes back as written: make it
    read "1 record" / "28 records". Translated text (no "(s)" left) is returned unchanged."""
    return text.replace("(s)", "" if n == 1 else "s")


def count(one: str, many: str, n: int) -> str:
    """Pick the singular or plural (both already translated) so English reads right
    without a .qm file, and fill in {n}."""
    return (one if n == 1 else many).format(n=num(n))


def route_label(route: str | None) -> str:
    return {
        "oral": tr("By mouth"), "intravenous": tr("Drip into a vein"), "subcutaneous": tr("Injection under the skin"),
        "intramuscular": tr("Injection into a muscle"), "implant": tr("Implant under the skin"),
    }.get(route or "", tr("Not set"))


def form_word(route: str | None) -> str:
    """The noun that starts a schedule sentence ("Tablets on days 1–21…")."""
    return {
        "oral": tr("Tablets"), "intravenous": tr("Drip"), "subcutaneous": tr("Injection"),
        "intramuscular": tr("Injection"), "implant": tr("Implant"),
    }.get(route or "", tr("Doses"))


def unit_phrase(every: int, unit: str) -> str:
    if unit == "weeks":
        return count(tr("every week"), tr("every {n} weeks"), every)
    if unit == "months":
        return count(tr("every month"), tr("every {n} months"), every)
    return count(tr("every day"), tr("every {n} days"), every)


def join_list(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return tr("{first} and {last}").format(first=tr(", ").join(items[:-1]), last=items[-1])


def days_phrase(ranges: list[tuple[int, int]]) -> str:
    parts = [num(a) if a == b else tr("{a}–{b}").format(a=num(a), b=num(b)) for a, b in ranges]
    single = len(ranges) == 1 and ranges[0][0] == ranges[0][1]
    return (tr("day {days}") if single else tr("days {days}")).format(days=join_list(parts))


def times_phrase(n: int) -> str:
    if n <= 1:
        return ""
    if n == 2:
        return tr("twice a day")
    return tr("{n} times a day").format(n=num(n))


def pattern_sentence(pattern: dict, route: str | None = None, times_per_day: int = 1) -> str:
    """E.g. "Tablets on days 1–21 of every 28-day cycle" (with ", twice a day" when so)."""
    try:
        parts = describe(pattern_from_dict(pattern))
    except (ValueError, TypeError, KeyError):
        return tr("The schedule is not complete yet.")
    form = form_word(route)
    kind = parts["kind"]
    if kind == "daily":
        text = tr("{form} every day").format(form=form)
    elif kind == "every":
        text = tr("{form} {every}").format(form=form, every=unit_phrase(parts["every"], parts["unit"]))
    elif kind == "weekly_cycle":
        text = tr("{form} once a week").format(form=form)
    elif kind == "cycle_days":
        text = tr("{form} on {days} of every {length}-day cycle").format(
            form=form, days=days_phrase(parts["ranges"]), length=num(parts["length"]))
    elif kind == "loading":
        days = parts["days"]
        if len(days) == 1:
            text = tr("{form}: a first (loading) dose, then {every}").format(
                form=form, every=unit_phrase(parts["every"], parts["unit"]))
        else:
            text = tr("{form} on {days}, then {every}").format(
                form=form, days=days_phrase([(d, d) for d in days]), every=unit_phrase(parts["every"], parts["unit"]))
    elif kind == "step_down":
        text = tr("{form} {first} for {count}, then {then}").format(
            form=form, first=unit_phrase(parts["first_every"], parts["first_unit"]),
            count=count(tr("1 dose"), tr("{n} doses"), parts["count"]), then=unit_phrase(parts["then_every"], parts["then_unit"]))
    elif kind == "fixed_dates":
        text = tr("{form} on {dates}").format(form=form, dates=join_list([short_date(d) for d in parts["dates"]]))
    elif kind == "steps":
        steps = [tr("{dose} {times} for {days}").format(
            dose=dose, times=times_phrase(n) or tr("once a day"), days=count(tr("1 day"), tr("{n} days"), d))
            for d, dose, n in parts["steps"]]
        text = tr("{form} stepping down: {steps} ({total} in all)").format(
            form=form, steps=tr(", then ").join(steps), total=count(tr("1 day"), tr("{n} days"), parts["total_days"]))
        return text
    else:
        text = tr("The schedule is not complete yet.")
    extra = times_phrase(times_per_day)
    if extra and kind == "daily":
        return tr("{form} {times}, every day").format(form=form, times=extra)
    return tr("{sentence}, {times}").format(sentence=text, times=extra) if extra else text


def short_date(day: date) -> str:
    """"23 Nov 2026": the month as a word, never 03/04 vs 04/03 confusion."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def long_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def medium_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")


def time_text(at: time) -> str:
    return QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)


def cycle_text(cycle: int, day: int | None, length: int | None) -> str:
    if day is None or length is None:
        return ""  # no cycles: a running dose count would only confuse
    return tr("Cycle {cycle}, day {day} of {length}").format(cycle=num(cycle), day=num(day), length=num(length))


def status_label(status: str | None) -> str:
    return {
        "taken": tr("Taken"), "missed": tr("Missed"), "skipped": tr("Skipped"),
        "held_by_team": tr("Held by the team"), None: tr("Not marked yet"),
    }.get(status, status or "")


def end_reason_label(reason: str | None) -> str:
    return {
        "progression": tr("The cancer grew (progression)"), "side_effects": tr("Side effects"),
        "completed": tr("Course completed"), "own_choice": tr("My own choice"), "other": tr("Another reason"),
    }.get(reason or "", "")


def appointment_kind_label(kind: str) -> str:
    return {
        "clinic": tr("Clinic appointment"), "scan": tr("Scan"), "blood_test": tr("Blood test"),
        "infusion": tr("Infusion"), "other": tr("Appointment"), "radiotherapy": tr("Radiotherapy"),
        "procedure": tr("Procedure or operation"),
    }.get(kind, tr("Appointment"))


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(day: date):
    """A date field with a calendar pop-up showing e.g. "1 Mar 2024" in the user's language."""
    from tracker.ui.common.date_edit import DateEdit

    return DateEdit(day)


def local_kind_label(kind: str, procedure_kind: str | None = None) -> str:
    """A local treatment's name: "Radiotherapy", or for a procedure what it was."""
    if kind == "procedure" and procedure_kind:
        return procedure_kind_label(procedure_kind)
    return {
        "radiotherapy": tr("Radiotherapy"), "stereotactic": tr("Stereotactic radiotherapy"),
        "surgery": tr("Surgery (an operation)"), "procedure": tr("A procedure"),
    }.get(kind, tr("A procedure"))


def procedure_kind_label(kind: str) -> str:
    return {
        "pleural_drain": tr("Draining fluid from around a lung (pleural drain)"),
        "ascitic_drain": tr("Draining fluid from the abdomen (ascitic drain)"),
        "vertebroplasty": tr("Cement to strengthen a bone in the spine (vertebroplasty)"),
        "ablation": tr("Destroying a tumour with heat or cold (ablation)"),
        "other": tr("Another procedure"),
    }.get(kind, tr("Another procedure"))


def local_treatment_article(kind: str, procedure_kind: str | None = None) -> str:
    """The Learn article that explains this kind of local treatment."""
    if kind == "radiotherapy":
        return "radiotherapy"
    if kind == "stereotactic":
        return "stereotactic-radiotherapy"
    if kind == "procedure" and procedure_kind in ("pleural_drain", "ascitic_drain"):
        return "drains-pleural-and-ascitic"
    return "surgery-local-treatment"


def site_suggestions() -> list[str]:
    """Places in the body a patient may name (she types her own words or picks one)."""
    return [tr("spine"), tr("lower back"), tr("neck"), tr("hip"), tr("pelvis"), tr("ribs"), tr("shoulder"),
            tr("thigh bone"), tr("brain"), tr("liver"), tr("lung"), tr("chest wall"), tr("breast"), tr("skin"),
            tr("lymph nodes"), tr("abdomen")]


def aim_suggestions() -> list[str]:
    """Aims as a team may say them."""
    return [tr("pain relief"), tr("control the cancer in this place"), tr("prevent a fracture"),
            tr("relieve pressure on the spinal cord"), tr("relieve breathlessness"), tr("shrink the tumour")]


def local_treatment_text(t) -> str:
    """ "Radiotherapy to spine: 5 treatments, 3 Mar 2025 to 7 Mar 2025" (one day: "… on …")."""
    what = local_kind_label(t.kind, t.procedure_kind)
    if len(t.days) == 1:
        return tr("{what} – {site}, {day}").format(what=what, site=t.site, day=short_date(t.first_day))
    return tr("{what} – {site}: {count}, {start} to {end}").format(
        what=what, site=t.site, count=count(tr("1 treatment"), tr("{n} treatments"), len(t.days)),
        start=short_date(t.first_day), end=short_date(t.last_day))
