"""What the Plan section shows, read from the journal off the GUI thread (see view.py).

Plain functions calling services, run on the app's task runner; no widgets, no wording.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tracker.domain.clock import Clock
from tracker.services import appointments, local_treatments, plan
from tracker.services.plan import past_doses


@dataclass(frozen=True)
class PlanData:
    today: date
    lines: tuple
    #: The scheduled drugs of every line.
    items: tuple
    #: Radiotherapy courses, operations and procedures, oldest first.
    treatments: tuple
    #: No line, treatment or appointment yet: the "No plan yet" page (an appointment alone shows the plan).
    empty: bool


def load(journal, clock: Clock) -> PlanData:
    lines = tuple(plan.therapy_lines(journal))
    treatments = tuple(local_treatments.all_treatments(journal))
    empty = not lines and not treatments and not appointments.any_appointments(journal)
    return PlanData(clock.today(), lines, tuple(plan.scheduled_drugs(journal)), treatments, empty)


def past_open_doses(journal, clock: Clock, regimen_drug_id: int) -> past_doses.PastDoses | None:
    """A just-added drug's unmarked doses before today (None: nothing to ask about)."""
    return past_doses.past_open_doses(journal, clock, [regimen_drug_id])
