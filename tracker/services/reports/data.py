"""Plain data the charts and the clinic summary are drawn from.

The query module fills these from the journal; chart builders and the summary builder
only ever see these dataclasses, so they can be tested (and benchmarked) without a
database. Times of day are kept as aware datetimes; planned things are calendar dates.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from operator import attrgetter

from tracker.domain.local_treatments import CourseDays

#: Dose statuses in the order the dose calendar lists them. "unrecorded": a past planned
#: dose nobody ticked (not assumed missed); "planned": still to come.
DOSE_STATUSES: tuple[str, ...] = ("taken", "missed", "held", "skipped", "unrecorded", "planned")


#: The scales a symptom can be rated on (0-4 each); severity first.
SCALES: tuple[str, ...] = ("severity", "frequency", "interference")
#: The clinic summary's charts cover at least this many days, so a short period still shows a trend.
MIN_CHART_DAYS = 28


# The three point types have slots: "All" on a 20-year journal makes ~480,000 symptom
# points, ~100 B each without (64 B with), and memory once grown never quite shrinks back.
@dataclass(frozen=True, slots=True)
class SymptomPoint:
    when: datetime
    rating: int  # 0-4, patient-reported (carer-reported when `carer` is set)
    #: Name of the carer who entered it; None when the patient did.
    carer: str | None = None


@dataclass(frozen=True)
class SymptomSeries:
    """One symptom on one scale. `symptom_id` is the term id for severity and
    "term:scale" for the other scales, so each scale is its own line and list entry."""

    symptom_id: str
    label: str  # already translated, with the scale when it is not severity
    points: tuple[SymptomPoint, ...]
    scale: str = "severity"

    @property
    def term_id(self) -> str:
        return self.symptom_id.split(":", 1)[0]


def series_id(term_id: str, scale: str) -> str:
    return term_id if scale == "severity" else f"{term_id}:{scale}"


@dataclass(frozen=True, slots=True)
class ValuePoint:
    when: datetime
    value: float
    #: Name of the carer who entered it (temperature, weight); None when the patient did.
    carer: str | None = None


@dataclass(frozen=True)
class MeasurementSeries:
    kind: str  # "temperature" | "weight"
    label: str
    unit: str  # "°C", "kg"
    points: tuple[ValuePoint, ...]


@dataclass(frozen=True)
class LabSeries:
    test_id: str  # "ca15_3", "cea", "neutrophils"...
    label: str
    unit: str
    points: tuple[ValuePoint, ...]
    ref_low: float | None = None
    ref_high: float | None = None
    group: str = "marker"  # "marker" (tumour markers) | "count" (blood counts)


@dataclass(frozen=True)
class TreatmentBand:
    """One line of treatment, drawn as a shaded, labelled band."""

    number: int
    name: str
    start: date
    end: date | None  # None: still going
    #: Why it ended: progression | side_effects | completed | own_choice | other.
    end_reason: str | None = None


@dataclass(frozen=True)
class CycleStart:
    day: date
    number: int


@dataclass(frozen=True, slots=True)
class DoseDay:
    day: date
    drug: str  # display name
    status: str  # one of DOSE_STATUSES
    #: A systemic anti-cancer drug (catalog); False for bone agents, steroids and medicines
    #: typed by hand, which the summary lists after the anti-cancer ones.
    anti_cancer: bool = True


@dataclass(frozen=True)
class TeamChange:
    """Something the team changed: a delay, hold, dose change, break, restart, or a line ending."""

    day: date
    #: delay | hold | reduce | break | resume | dose_change | line_ended | line_started
    kind: str
    what: str  # drug or line name
    days: int | None = None
    dose_text: str | None = None
    notes: str | None = None
    #: Why a line ended (progression, side_effects, completed, own_choice, other).
    reason: str | None = None
    line_number: int | None = None


@dataclass(frozen=True)
class Question:
    text: str
    added: date | None = None


@dataclass(frozen=True)
class Note:
    when: date
    text: str


@dataclass(frozen=True)
class LocalTreatmentRow(CourseDays):
    """A radiotherapy course, stereotactic treatment, operation or procedure, and its days."""

    kind: str  # radiotherapy | stereotactic | surgery | procedure
    procedure_kind: str | None
    site: str
    days: tuple[date, ...]
    aim: str | None = None
    dose_text: str | None = None


_WHEN: Callable[[SymptomPoint | ValuePoint], datetime] = attrgetter("when")
_DAY: Callable[[DoseDay], date] = attrgetter("day")


@dataclass
class ChartData:
    """Everything the Charts view can draw for a journal."""

    symptoms: list[SymptomSeries] = field(default_factory=list)
    measurements: list[MeasurementSeries] = field(default_factory=list)
    labs: list[LabSeries] = field(default_factory=list)
    bands: list[TreatmentBand] = field(default_factory=list)
    cycles: list[CycleStart] = field(default_factory=list)
    doses: list[DoseDay] = field(default_factory=list)
    #: Past appointment days, newest last: "since the last visit" starts at the last one.
    appointments: list[date] = field(default_factory=list)
    #: Radiotherapy courses, operations and procedures (charts mark their days).
    local_treatments: list[LocalTreatmentRow] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not (
            any(s.points for s in self.symptoms)
            or any(m.points for m in self.measurements)
            or any(lab.points for lab in self.labs)
            or self.doses
        )

    def first_day(self) -> date | None:
        # min() with attrgetter per series: 20 years hold half a million points, and a
        # .date() call for each of them took most of a second.
        series: list[Sequence[SymptomPoint | ValuePoint]] = [s.points for s in self.symptoms if s.points]
        series += [m.points for m in self.measurements if m.points] + [lab.points for lab in self.labs if lab.points]
        days = [min(points, key=_WHEN).when.date() for points in series]
        if self.doses:
            days.append(min(self.doses, key=_DAY).day)
        days += [b.start for b in self.bands]
        return min(days) if days else None


@dataclass(frozen=True)
class PlanStatus:
    """Where the patient is in their plan today, as plain facts (the caller words them)."""

    line_number: int | None = None
    line_name: str | None = None
    line_start: date | None = None
    drugs: tuple[str, ...] = ()
    cycle: int | None = None
    cycle_day: int | None = None
    cycle_length: int | None = None


@dataclass
class ReportData:
    """What the clinic summary is made from, already limited to what the patient chose."""

    date_from: date
    date_to: date
    charts: ChartData
    patient_name: str | None = None
    date_of_birth: date | None = None
    diagnosis: list[tuple[str, str]] = field(default_factory=list)  # (label, value) pairs
    plan: PlanStatus = field(default_factory=PlanStatus)
    questions: list[Question] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    last_appointment: date | None = None
    #: The day the summary was made (not the end of its period).
    made_on: date | None = None
    #: What the team changed in the period, oldest first.
    changes: list[TeamChange] = field(default_factory=list)
    #: Each test's latest result up to the end of the period, however long before it.
    latest_labs: list[tuple[LabSeries, ValuePoint]] = field(default_factory=list)
