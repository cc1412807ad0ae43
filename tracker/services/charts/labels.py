"""Every word a chart shows, and how dates and numbers are written (no matplotlib here:
the Charts view reads these on the GUI thread before matplotlib is loaded)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _default_date(d: date) -> str:
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def _default_number(value: float, decimals: int) -> str:
    return f"{value:.{decimals}f}"


@dataclass
class ChartLabels:
    """Every word a chart shows. The UI fills this from Qt translations and QLocale."""

    date_axis: str = "Date"
    symptom_title: str = "Symptoms (patient-reported)"
    symptom_title_weekly: str = "Symptoms (patient-reported), highest rating each week"
    symptom_axis: str = "Patient-reported rating"
    rating_names: tuple[str, ...] = ("0 None", "1 Mild", "2 Moderate", "3 Severe", "4 Very severe")
    #: Rating words of the other scales (severity uses `rating_names`).
    scale_ratings: dict[str, tuple[str, ...]] = field(default_factory=lambda: {
        "frequency": ("0 Never", "1 Rarely", "2 Occasionally", "3 Frequently", "4 Almost constantly"),
        "interference": ("0 Not at all", "1 A little bit", "2 Somewhat", "3 Quite a bit", "4 Very much"),
    })
    #: Value axis of a chart that mixes scales: the numbers with what 0 and 4 mean.
    mixed_scale_axis: str = "Patient-reported rating (0 = none or never, 4 = the most)"
    fever_line: str = "38 °C"
    line_band: str = "Line {number}: {name}"
    line_band_short: str = "L{number}"
    cycle_starts: str = "Cycle starts"
    radiotherapy_days: str = "Radiotherapy"
    procedure_days: str = "Operation or procedure"
    measurements_title: str = "Temperature and weight"
    value_with_unit: str = "{label} ({unit})"
    #: Measurement kind -> its name in the reader's language (the series carry English names).
    measurement_names: dict[str, str] = field(default_factory=lambda: {"temperature": "Temperature", "weight": "Weight"})
    markers_title: str = "Tumour markers"
    counts_title: str = "Blood counts"
    other_labs_title: str = "Other blood tests"
    reference_range: str = "Reference range"
    doses_title: str = "Dose calendar"
    dose_statuses: dict[str, str] = field(
        default_factory=lambda: {"taken": "Taken", "missed": "Missed", "held": "Held by team", "skipped": "Skipped", "unrecorded": "Not recorded", "planned": "Planned"}
    )
    no_data: str = "Nothing recorded in this period"
    hover_value: str = "{label}: {value} on {date}"
    hover_week: str = "{label}: up to {value} in the week of {date}"
    #: The text view of a chart (the table and the one-sentence summary).
    table_headers: tuple[str, ...] = ("Date", "What", "Value", "Unit", "Reported by")
    reported_by_patient: str = "Patient"
    reported_by_carer: str = "Carer ({name})"
    rating_unit: str = "rating 0 to 4"
    week_of: str = "week of {date}"
    summary: str = "{title}, {start} to {end}: {parts}."
    summary_values: str = "{label}: {readings}, lowest {low}, highest {high}, latest {latest} on {latest_date}"
    summary_ratings: str = "{label}: rated {times}, highest {high}, latest {latest} on {latest_date}"
    #: How many points: (exactly one, any other number).
    summary_readings: tuple[str, str] = ("1 reading", "{count} readings")
    summary_times: tuple[str, str] = ("once", "{count} times")
    summary_doses: str = "{drug}: {counts}"
    summary_dose_count: str = "{status} {count}"
    summary_nothing: str = "{title}, {start} to {end}: nothing recorded in this period."
    #: Axis tick labels: month abbreviations (12, January first).
    month_names: tuple[str, ...] = _MONTHS
    format_date: Callable[[date], str] = _default_date
    format_number: Callable[[float, int], str] = _default_number
    #: Turns ASCII digits in tick labels into the reader's digits (identity for Latin digits).
    digits: Callable[[str], str] = str
    rtl: bool = False

    def rating_name(self, scale: str, value: int) -> str:
        names = self.rating_names if scale == "severity" else self.scale_ratings.get(scale, self.rating_names)
        return names[value]
