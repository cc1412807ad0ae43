"""Local treatments where they show without a screen: the clinic summary, the timeline,
the symptom chart's markers, the default report period."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from tracker.domain.clock import FixedClock
from tracker.domain.local_treatments import LocalTreatment, course_days
from tracker.services import appointments, timeline
from tracker.services import local_treatments as lts
from tracker.services.charts import symptom_chart
from tracker.services.reports.build import ReportOptions, clinic_summary_from_journal, default_period
from tracker.services.reports.queries import chart_data


@pytest.fixture
def april(london):
    return FixedClock(datetime(2025, 4, 1, 9, 0, tzinfo=london))


def _course(journal, clock):
    return lts.add(journal, clock, LocalTreatment(
        kind="radiotherapy", site="lower spine", days=course_days(date(2025, 3, 3), 5),
        dose_text="20 Gy in 5 fractions", aim="pain relief", at=time(10, 0)))


def test_clinic_summary_names_the_course_with_its_dates(journal, april):
    _course(journal, april)
    lts.add(journal, april, LocalTreatment(kind="procedure", procedure_kind="ascitic_drain", site="abdomen",
                                           days=(date(2025, 3, 20),), at=None))
    report = clinic_summary_from_journal(journal, april, ReportOptions(date_from=date(2025, 3, 1), date_to=date(2025, 3, 31)))
    assert "Radiotherapy, operations and procedures in this period" in report.html
    assert "Radiotherapy to lower spine: 5 treatments, 3 Mar 2025 to 7 Mar 2025. Dose: 20 Gy in 5 fractions." in report.html
    assert "Ascitic drain to abdomen on 20 Mar 2025." in report.html


def test_clinic_summary_leaves_the_section_out_when_no_course_is_in_the_period(journal, april):
    _course(journal, april)
    report = clinic_summary_from_journal(journal, april, ReportOptions(date_from=date(2025, 3, 10), date_to=date(2025, 3, 31)))
    assert "lower spine" not in report.html


def test_treatment_days_are_not_clinic_visits(journal, april):
    appointments.add(journal, kind="scan", starts_at=datetime(2025, 2, 1, 9, tzinfo=april.zone))
    _course(journal, april)
    assert default_period(journal, april)[0] == date(2025, 2, 1)


def test_timeline_names_the_treatment_of_each_appointment(journal, april):
    _course(journal, april)
    items = timeline.page(journal, timeline.TimelineFilter(kinds=frozenset({timeline.APPOINTMENT}))).items
    assert [(i.detail["kind"], i.detail["site"], i.detail["treatment_number"], i.detail["treatment_count"])
            for i in items] == [("radiotherapy", "lower spine", n, 5) for n in (5, 4, 3, 2, 1)]


def test_symptom_chart_marks_radiotherapy_days(journal, april):
    _course(journal, april)
    data = chart_data(journal, april)
    fig = symptom_chart(data, start=date(2025, 2, 20), end=date(2025, 3, 31))
    marks = [line for ax in fig.axes for line in ax.lines if line.get_gid() == "radiotherapy"]
    assert len(marks) == 1 and len(marks[0].get_xdata()) == 5
    assert not [line for ax in fig.axes for line in ax.lines if line.get_gid() == "procedures"]
