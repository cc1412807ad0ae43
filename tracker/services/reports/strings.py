"""Every word of the clinic summary, English by default; the UI passes translated ones.

Placeholders are `str.format` names, filled after translation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from tracker.services.charts.labels import ChartLabels


def _default_date(d: date) -> str:
    return ChartLabels().format_date(d)


@dataclass
class ReportStrings:
    title: str = "Clinic summary"
    date_range: str = "{start} to {end}"
    page: str = "Page {page} of {pages}"
    footer: str = "Symptom ratings are patient-reported (carer-reported where marked), not clinical grades."
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
    # Changes, in sentences
    change_line_started: str = "Started line {number}: {name} on {date}."
    change_symptom_worse: str = "{symptom} worse: {before} before, up to {now} since (patient-reported)."
    change_symptom_new: str = "{symptom} reported for the first time, up to {now} (patient-reported)."
    change_weight: str = "Weight {start} → {end} ({delta})."
    change_temperature: str = "Highest temperature {value} on {date}."
    # What the team changed
    team_changes: str = "What the team changed since the last appointment ({date})"
    team_changes_no_visit: str = "What the team changed in this period"
    no_team_changes: str = "No change to the treatment was recorded in this period."
    change_delay: str = "{what}: delayed by {days} days from {date}."
    change_hold: str = "{what}: held from {date}."
    change_reduce: str = "{what}: dose changed from {date} to {dose}."
    change_break: str = "{what}: treatment break from {date}."
    change_resume: str = "{what}: restarted on {date}."
    change_dose_change: str = "{what}: new dose from {date}: {dose}."
    change_line_ended_reason: str = "Line {number}: {name} ended on {date}. Reason: {reason}."
    change_note: str = "Note: {note}"
    end_reasons: dict[str, str] = field(default_factory=lambda: {
        "progression": "the cancer grew (progression)", "side_effects": "side effects",
        "completed": "course completed", "own_choice": "the patient's choice", "other": "other reason",
    })
    # Local treatments (radiotherapy, operations, procedures)
    local_treatments: str = "Treatments since the last appointment ({date})"
    local_treatments_no_visit: str = "Radiotherapy, operations and procedures in this period"
    local_course: str = "{kind} to {site}: {count} treatments, {start} to {end}."
    local_one_day: str = "{kind} to {site} on {date}."
    local_dose: str = "Dose: {dose}."
    local_aim: str = "Aim: {aim}."
    local_kinds: dict[str, str] = field(default_factory=lambda: {
        "radiotherapy": "Radiotherapy", "stereotactic": "Stereotactic radiotherapy", "surgery": "Surgery",
        "pleural_drain": "Pleural drain", "ascitic_drain": "Ascitic drain", "vertebroplasty": "Vertebroplasty",
        "ablation": "Ablation", "other": "Procedure",
    })
    # Doses, counted
    anti_cancer_doses: str = "Anti-cancer medicines: doses"
    dose_counts: str = "Planned doses up to {date}: {counts}."
    count_taken: str = "{count} taken"
    count_missed: str = "{count} missed"
    count_skipped: str = "{count} skipped"
    count_held: str = "{count} held by the team"
    count_unrecorded: str = "{count} not recorded"
    doses_not_recorded: str = "{count} doses not recorded: nobody marked them taken or missed ({detail})."
    doses_not_recorded_item: str = "{drug} {count}, {start} to {end}"
    doses_all_taken: str = "All {count} planned doses were marked taken."
    doses_none_planned: str = "No anti-cancer doses were planned in this period."
    other_medicines: str = "Other medicines (supportive, or typed by hand): {counts}. Details under “{heading}” below."
    other_medicines_heading: str = "Other medicines: doses not taken"
    # Symptoms new or worse
    symptoms_worse: str = "Symptoms new or worse (patient-reported)"
    symptoms_none_worse: str = "No symptom was new or worse than in the period before."
    carer_reported: str = "reported by carer ({names})"
    carer_reported_sentence: str = "Some ratings reported by carer ({names})."
    carer_reported_value: str = "Reported by carer ({names})."
    # Latest results
    latest_labs: str = "Latest blood results"
    latest_labs_none: str = "No blood results have been recorded."
    before_period: str = "before this period"
    # Dose tables
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
    labs: str = "Tumour markers and blood counts in this period"
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
