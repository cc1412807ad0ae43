"""Every word of the clinic summary, English by default; the UI passes translated ones.

Placeholders are `str.format` names, filled after translation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from tracker.services.charts.style import ChartLabels


def _default_date(d: date) -> str:
    return ChartLabels().format_date(d)


@dataclass
class ReportStrings:
    title: str = "Clinic summary"
    date_range: str = "{start} to {end}"
    page: str = "Page {page} of {pages}"
    footer: str = "Symptom ratings are patient-reported, not clinical grades."
    patient_reported: str = "patient-reported"
    made_on: str = "Made on {date} with Treatment Journey. Information recorded by the patient or their carer."
    # Details
    details: str = "About me"
    name: str = "Name"
    date_of_birth: str = "Date of birth"
    # Plan
    plan: str = "Current treatment"
    line: str = "Line {number}: {name}"
    since: str = "since {date}"
    drugs: str = "Medicines"
    cycle_position: str = "Cycle {cycle}, day {day} of {length}"
    no_plan: str = "No current line of treatment recorded."
    # Changes
    changes: str = "Since the last appointment ({date})"
    changes_no_visit: str = "In this period"
    change_line_started: str = "Started line {number}: {name} on {date}."
    change_line_ended: str = "Line {number}: {name} ended on {date}."
    change_symptom_worse: str = "{symptom} worse: {before} before, up to {now} since (patient-reported)."
    change_symptom_new: str = "{symptom} reported for the first time, up to {now} (patient-reported)."
    change_weight: str = "Weight {start} → {end} ({delta})."
    change_temperature: str = "Highest temperature {value} on {date}."
    change_doses_missed: str = "Doses missed: {count}."
    change_doses_held: str = "Doses held by the team: {count}."
    change_doses_skipped: str = "Doses skipped: {count}."
    no_changes: str = "Nothing new was recorded in this period."
    # Doses
    doses: str = "Doses not taken"
    doses_none: str = "No doses were missed, held or skipped in this period."
    col_date: str = "Date"
    col_medicine: str = "Medicine"
    col_status: str = "What happened"
    # Symptoms
    symptoms: str = "Symptoms (patient-reported)"
    symptoms_none: str = "No symptoms were logged in this period."
    symptoms_only_none: str = "Logged and rated none (0) every time: {symptoms}."
    col_symptom: str = "Symptom"
    col_entries: str = "Entries"
    col_highest: str = "Highest"
    col_latest: str = "Latest"
    # Measurements and labs
    measurements: str = "Temperature and weight"
    labs: str = "Tumour markers and blood counts"
    labs_none: str = "No results were recorded in this period."
    col_test: str = "Test"
    col_value: str = "Result"
    col_reference: str = "Reference range"
    col_flag: str = "Outside range"
    flag_high: str = "High"
    flag_low: str = "Low"
    range_upto: str = "up to {high}"
    range_from: str = "{low} or more"
    range_between: str = "{low}–{high}"
    # Questions and notes
    questions: str = "My questions"
    notes: str = "My notes"
    chart_alt: str = "Chart: {title}"
    rating_names: tuple[str, ...] = ("0 None", "1 Mild", "2 Moderate", "3 Severe", "4 Very severe")
    format_date: Callable[[date], str] = _default_date
    format_number: Callable[[float, int], str] = field(default=lambda v, d: f"{v:.{d}f}")
    chart_labels: ChartLabels = field(default_factory=ChartLabels)
    rtl: bool = False
