"""Measurement and lab facts of the clinic summary keep to the report's period."""

from datetime import UTC, date, datetime

from tracker.services.reports import facts
from tracker.services.reports.data import ChartData, LabSeries, MeasurementSeries, ReportData, ValuePoint


def _at(day: int, month: int = 3) -> datetime:
    return datetime(2026, month, day, 9, 0, tzinfo=UTC)


def _data() -> ReportData:
    weight = MeasurementSeries("weight", "Weight", "kg", (
        ValuePoint(_at(20, 2), 70.0),  # before the period: not a fact of this report
        ValuePoint(_at(2), 68.5), ValuePoint(_at(9), 67.0), ValuePoint(_at(5), 67.8)))
    temperature = MeasurementSeries("temperature", "Temperature", "°C", (
        ValuePoint(_at(28, 2), 39.2), ValuePoint(_at(3), 37.1), ValuePoint(_at(8), 38.3)))
    ca15_3 = LabSeries("ca15_3", "CA 15-3", "kU/L", (ValuePoint(_at(1, 1), 40.0),))
    return ReportData(date(2026, 3, 1), date(2026, 3, 10),
                      ChartData(measurements=[weight, temperature], labs=[ca15_3]))


def test_measurement_change_is_first_and_last_reading_in_the_period():
    first, last, unit = facts.measurement_change(_data(), "weight")
    assert (first.value, last.value, unit) == (68.5, 67.0, "kg")


def test_highest_measurement_ignores_readings_before_the_period():
    point, unit = facts.highest_measurement(_data(), "temperature")
    assert (point.value, unit) == (38.3, "°C")
    assert facts.highest_measurement(_data(), "oxygen") is None


def test_series_in_range_takes_measurement_and_lab_series():
    data = _data()
    assert [p.value for p in facts.series_in_range(data.charts.measurements[0], data)] == [68.5, 67.0, 67.8]
    assert facts.series_in_range(data.charts.labs[0], data) == []
