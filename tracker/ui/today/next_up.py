"""What is next: where each cycle stands (break weeks said plainly), the next infusion or
injection, and the appointments coming up.

`cycle_notes()` and `next_clinic_dose()` are plain functions over the plan services, so
the tests check the sentences without building the card.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QListView, QWidget

from tracker.services import plan
from tracker.services.local_treatments import LocalTreatmentInfo
from tracker.ui.common import style
from tracker.ui.plan import words
from tracker.ui.today.fit_list import FitListView

if TYPE_CHECKING:
    from tracker.ui.today.today_data import NextUpData

#: Routes given at the clinic (or by a nurse), announced as "next infusion or injection".
CLINIC_ROUTES = ("intravenous", "subcutaneous", "intramuscular", "implant")
#: How far ahead to look for the next clinic dose and the next cycle start.
LOOKAHEAD_DAYS = 180


@dataclass(frozen=True)
class CycleNote:
    name: str
    cycle: int
    day: int
    length: int
    #: The cycle's break (after its last dose day, e.g. days 22-28 of a 21/28 cycle).
    resting: bool
    next_start: date | None


def cycle_notes(items: list, today: date) -> list[CycleNote]:
    notes = []
    for item in items:
        pos = plan.cycle_position(item, today)
        if pos is None or pos.day_in_cycle is None or pos.cycle_length is None:
            continue
        pattern = item.drug.pattern
        dose_days = [int(d) for d in pattern.get("days", ())] if pattern.get("kind") == "cycle_days" else []
        # The break of a days-in-cycle pattern: after its last dose day (days 22-28 of a 21/28 cycle).
        resting = bool(dose_days) and pos.day_in_cycle > max(dose_days)
        ahead = plan.planned([item], today, today + timedelta(days=LOOKAHEAD_DAYS)) if resting else []
        next_start = next((p.slot.day for p in ahead if p.slot.day > today), None)
        notes.append(CycleNote(item.drug.display_name, pos.cycle, pos.day_in_cycle, pos.cycle_length,
                               resting, next_start))
    return notes


def cycle_sentence(note: CycleNote) -> str:
    where = words.cycle_text(note.cycle, note.day, note.length)
    if note.resting and note.next_start is not None:
        return words.tr("{name}: break week, no doses ({cycle}). The next cycle starts {day}.").format(
            name=note.name, cycle=where, day=words.medium_date(note.next_start))
    if note.resting:
        return words.tr("{name}: break week, no doses ({cycle}).").format(name=note.name, cycle=where)
    return words.tr("{name}: {cycle}").format(name=note.name, cycle=where)


def next_clinic_dose(items: list, today: date) -> tuple[str, date] | None:
    """(drug name, day) of the next dose given at the clinic from today on, or None."""
    clinic = [i for i in items if (i.drug.route or "") in CLINIC_ROUTES]
    ahead = plan.planned(clinic, today, today + timedelta(days=LOOKAHEAD_DAYS))
    found = next((p for p in ahead if not p.slot.held), None)
    return (found.item.drug.display_name, found.slot.day) if found is not None else None


def treatment_today_lines(treatments: Sequence[LocalTreatmentInfo], today: date) -> list[str]:
    """ "Today: Radiotherapy – lower spine, treatment 3 of 5" for each local treatment today."""
    out = []
    for t in treatments:
        what = words.local_kind_label(t.kind, t.procedure_kind)
        if len(t.days) > 1:
            out.append(words.tr("Today: {what} – {site}, treatment {n} of {count}").format(
                what=what, site=t.site, n=words.num(t.days.index(today) + 1), count=words.num(len(t.days))))
        else:
            out.append(words.tr("Today: {what} – {site}").format(what=what, site=t.site))
    return out


class NextUpCard(style.Card):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("What is next"), parent)
        self.ctx = ctx
        self.cycles = style.label("", "body")
        #: Today's radiotherapy or procedure ("Today: Radiotherapy – spine, treatment 3 of 5").
        self.treatment_today = style.label("", "body")
        self.clinic_dose = style.label("", "body")
        self.next_appt = style.label("", "body")
        for widget in (self.cycles, self.treatment_today, self.clinic_dose, self.next_appt):
            self.body.addWidget(widget)
        self.appt_model = QStringListModel(self)
        self.appt_list = FitListView()
        self.appt_heading = style.label(self.tr("Later a&ppointments (next 60 days)"), "subheading",
                                        buddy=self.appt_list)
        self.body.addWidget(self.appt_heading)
        self.appt_list.setModel(self.appt_model)
        self.appt_list.setAccessibleName(self.tr("Coming appointments"))
        self.appt_list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.appt_list.setToolTip(self.tr("Press Enter or double-click to see or change it in the Plan calendar"))
        self.appt_list.setWordWrap(True)
        self.appt_list.activated.connect(lambda _index: ctx.events.navigate.emit("plan", "calendar"))
        self.body.addWidget(self.appt_list)

    def render(self, data: NextUpData) -> None:
        """Show what `today_data.load_next_up` read."""
        today = data.today
        self.cycles.setText("\n".join(cycle_sentence(n) for n in data.cycles))
        self.cycles.setVisible(bool(self.cycles.text()))
        self.treatment_today.setText("\n".join(treatment_today_lines(data.treatments_today, today)))
        self.treatment_today.setVisible(bool(self.treatment_today.text()))
        clinic = data.clinic
        if clinic is not None:
            name, day = clinic
            when = self.tr("today") if day == today else words.medium_date(day)
            self.clinic_dose.setText(self.tr("Next infusion or injection: {name}, {day}").format(name=name, day=when))
        self.clinic_dose.setVisible(clinic is not None)
        zone = self.ctx.clock.zone
        upcoming = data.upcoming
        if upcoming:
            first = upcoming[0].local(zone)
            self.next_appt.setText(self.tr("Next appointment: {what}, {day} {time}").format(
                what=words.appointment_kind_label(upcoming[0].kind), day=words.medium_date(first.date()),
                time=words.time_text(first.time())))
        else:
            self.next_appt.setText(self.tr("No appointments entered. Add them on the Plan page, Calendar tab."))
        self.appt_model.setStringList([
            self.tr("{day} {time} — {what}{place}").format(
                day=words.medium_date(a.local(zone).date()), time=words.time_text(a.local(zone).time()),
                what=words.appointment_kind_label(a.kind), place=f", {a.place}" if a.place else "")
            for a in upcoming[1:]] or [self.tr("Nothing else in the next 60 days.")])
