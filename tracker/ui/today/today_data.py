"""What the Today page shows, read from the journal off the GUI thread (see view.py).

`load` runs on the app's task runner and calls services only (no widgets, no wording);
the view, the "What is next" card and the check-in card render what it returns.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tracker.domain.clock import Clock
from tracker.services import appointments, diary, doses, local_treatments, people, plan
from tracker.ui.today import checkin_terms
from tracker.ui.today.next_up import CycleNote, cycle_notes, next_clinic_dose

#: How far back open doses are listed as overdue (older ones stay in the calendar).
OVERDUE_DAYS = 3
#: How far ahead coming appointments are listed.
APPOINTMENT_DAYS = 60


@dataclass(frozen=True)
class NextUpData:
    today: date
    cycles: tuple[CycleNote, ...]
    #: (drug name, day) of the next dose given at the clinic, or None.
    clinic: tuple[str, date] | None
    #: Today's radiotherapy or procedure courses.
    treatments_today: tuple[local_treatments.LocalTreatmentInfo, ...]
    upcoming: tuple[appointments.AppointmentInfo, ...]


@dataclass(frozen=True)
class CheckInData:
    #: The symptoms the card asks about.
    term_ids: tuple[str, ...]
    #: Who is entering, when a carer (the card then speaks about the patient).
    carer: str | None
    patient: str | None


@dataclass(frozen=True)
class TodayData:
    today: date
    #: The plan's scheduled drugs; none means the "No plan yet" page.
    has_plan: bool
    upcoming: tuple[appointments.AppointmentInfo, ...]
    listing: doses.TodayList | None
    names: dict[int, str]
    patient_id: int | None
    next_up: NextUpData | None
    checkin: CheckInData | None


def load_next_up(journal, clock: Clock, items: list) -> NextUpData:
    today = clock.today()
    return NextUpData(today, tuple(cycle_notes(items, today)), next_clinic_dose(items, today),
                      tuple(local_treatments.on_day(journal, today)),
                      tuple(appointments.upcoming(journal, clock.now(), days=APPOINTMENT_DAYS)))


def load_checkin(journal, clock: Clock, person_id: int | None) -> CheckInData:
    everyone = people.list_people(journal)
    patient = next((p for p in everyone if p.is_patient), None)
    who_id = person_id or diary.last_person_id(journal)
    who = next((p for p in everyone if p.id == who_id), None)
    carer = who.name if who is not None and not who.is_patient else None
    return CheckInData(tuple(checkin_terms.for_journal(journal, clock)), carer, patient.name if patient else None)


def load(journal, clock: Clock, person_id: int | None) -> TodayData:
    """Everything the Today page shows for the person entering now (`person_id`)."""
    items = plan.scheduled_drugs(journal)
    if not items:
        return TodayData(clock.today(), False, tuple(appointments.upcoming(journal, clock.now(), days=APPOINTMENT_DAYS)),
                         None, {}, None, None, None)
    everyone = people.list_people(journal, include_archived=True)
    next_up = load_next_up(journal, clock, items)
    return TodayData(
        today=clock.today(), has_plan=True, upcoming=next_up.upcoming,
        listing=doses.today_list(journal, clock, overdue_days=OVERDUE_DAYS),
        names={p.id: p.name for p in everyone}, patient_id=next((p.id for p in everyone if p.is_patient), None),
        next_up=next_up, checkin=load_checkin(journal, clock, person_id))
