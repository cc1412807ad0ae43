"""The clinic summary from a journal: what to include, collecting the data, building it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from tracker.domain.clock import Clock
from tracker.domain.errors import ValidationError
from tracker.services.charts.ranges import chart_range
from tracker.services.reports import queries
from tracker.services.reports.data import MIN_CHART_DAYS, ReportData
from tracker.services.reports.strings import ReportStrings
from tracker.storage.journal import OpenJournal

if TYPE_CHECKING:
    from tracker.services.reports.clinic_summary import ClinicReport, ProgressFn


@dataclass(frozen=True)
class ReportOptions:
    """What the patient chose to put in the summary. None dates: since the last visit, until today."""

    date_from: date | None = None
    date_to: date | None = None
    include_name: bool = True
    include_date_of_birth: bool = False
    include_diagnosis: bool = True
    include_questions: bool = True
    include_notes: bool = False


#: A summary made just after a visit covers the time before that visit too.
MIN_DEFAULT_PERIOD_DAYS = 7


def default_period(journal: OpenJournal, clock: Clock) -> tuple[date, date]:
    """Since the last clinic visit before today (or the last 3 months), to today.

    Clinic visits count, not blood tests or infusions (any appointment if none is marked as a
    clinic visit). When the last visit was less than a week ago, the summary reaches back to
    the visit before it, so it is never a day or two long.
    """
    from tracker.services.reports.data import ChartData

    today = clock.today()
    visits = queries.clinic_visit_days(journal, clock) or queries.appointment_days(journal, clock)
    past = [d for d in visits if d < today]
    while len(past) > 1 and (today - past[-1]).days < MIN_DEFAULT_PERIOD_DAYS:
        past.pop()
    return chart_range("last_visit", today, ChartData(appointments=past))


def collect_report_data(journal: OpenJournal, clock: Clock, options: ReportOptions, *, symptom_names: dict[str, str] | None = None,
                        progress: ProgressFn | None = None) -> ReportData:
    step: ProgressFn = progress or (lambda *_: None)
    default_from, default_to = default_period(journal, clock)
    date_from = options.date_from or default_from
    date_to = options.date_to or default_to
    if date_from > date_to:
        raise ValidationError("The start date is after the end date.", field="date_from")
    # Only what the summary shows: the period, the one before it (for "worse than before")
    # and at least the charts' minimum span.
    span = date_to - date_from
    since = min(date_from - span, date_to - timedelta(days=MIN_CHART_DAYS)) - timedelta(days=1)
    charts = queries.chart_data(journal, clock, symptom_names=symptom_names, since=since, progress=lambda d, t, label: step(d, t * 2, label))
    name, dob, diagnosis = queries.patient_details(journal)
    # "Since the last appointment" only when the period starts on one; otherwise "In this period".
    return ReportData(
        date_from=date_from,
        date_to=date_to,
        charts=charts,
        patient_name=name if options.include_name else None,
        date_of_birth=dob if options.include_date_of_birth else None,
        diagnosis=diagnosis if options.include_diagnosis else [],
        plan=queries.plan_status(journal, date_to),
        questions=queries.open_questions(journal) if options.include_questions else [],
        notes=queries.notes_between(journal, clock, date_from, date_to) if options.include_notes else [],
        last_appointment=date_from if date_from in charts.appointments else None,
        made_on=clock.today(),
        changes=queries.team_changes(journal, date_from, date_to),
        latest_labs=queries.latest_labs(journal, clock, date_to),
    )


def clinic_summary_from_journal(
    journal: OpenJournal, clock: Clock, options: ReportOptions | None = None, strings: ReportStrings | None = None, *,
    symptom_names: dict[str, str] | None = None, progress: ProgressFn | None = None,
) -> ClinicReport:
    """Collect (first half of the progress) and build (second half) the summary content."""
    # Here, not at the top: the Reports section reads its default period from this module
    # when it opens, and the summary's charts need matplotlib (~44 MB, seconds to import on
    # the GUI thread); this runs on the task runner when a summary is made (issue 17).
    from tracker.services.reports.clinic_summary import build_clinic_summary

    step: ProgressFn = progress or (lambda *_: None)
    data = collect_report_data(journal, clock, options or ReportOptions(), symptom_names=symptom_names, progress=step)
    return build_clinic_summary(data, strings, progress=lambda d, t, label: step(t + d, 2 * t, label))
