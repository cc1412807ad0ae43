"""Read and save the diagnosis facts ("About my diagnosis") in the journal's settings.

The structured facts live under "diagnosis.v1". The clinic summary reads two older keys,
"date_of_birth" (ISO date) and "diagnosis" (a list of [label, value] pairs already in the
user's language), so saving writes those too; "diagnosis" is left empty unless the patient
chose to include the facts in the clinic summary.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import date

from tracker.domain.clock import Clock
from tracker.domain.diagnosis import Diagnosis, summary_pairs
from tracker.services import settings
from tracker.storage.journal import OpenJournal
from tracker.storage.models.core import Setting

KEY = "diagnosis.v1"
SUMMARY_KEY = "diagnosis"
DATE_OF_BIRTH_KEY = "date_of_birth"


def get_diagnosis(journal: OpenJournal) -> Diagnosis:
    stored = settings.get(journal, KEY)
    if stored is not None:
        return Diagnosis.from_json(stored)
    # A date of birth recorded before this page existed still shows.
    dob = settings.get(journal, DATE_OF_BIRTH_KEY)
    try:
        return Diagnosis(date_of_birth=date.fromisoformat(dob)) if dob else Diagnosis()
    except (TypeError, ValueError):
        return Diagnosis()


def save_diagnosis(journal: OpenJournal, diagnosis: Diagnosis, labels: Mapping[str, str],
                   format_date: Callable[[date], str] = date.isoformat, *, clock: Clock | None = None) -> None:
    """Validate and store; raises ValidationError (with `field`) and changes nothing if impossible."""
    diagnosis.validate(clock.today() if clock is not None else date.today())
    pairs = summary_pairs(diagnosis, labels, format_date) if diagnosis.include_in_summary else []
    values = {KEY: diagnosis.to_json(), SUMMARY_KEY: [list(p) for p in pairs],
              DATE_OF_BIRTH_KEY: diagnosis.date_of_birth.isoformat() if diagnosis.date_of_birth else None}
    # One unit of work, so the clinic summary never sees half a save.
    with journal.session() as session:
        for key, value in values.items():
            text = json.dumps(value, sort_keys=True)
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value_json=text))
            else:
                row.value_json = text
