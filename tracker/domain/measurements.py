"""Measurements with units (temperature, weight, other numbers) and lab test names.

Values are stored in the unit the person typed, with the unit; conversions are for
comparing (alert thresholds are in °C) and for showing in the reader's preferred unit.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from tracker.domain.errors import ValidationError
from tracker.domain.text import check_text

TEMPERATURE = "temperature"
WEIGHT = "weight"
OTHER = "other"
KINDS = (TEMPERATURE, WEIGHT, OTHER)

CELSIUS = "°C"
FAHRENHEIT = "°F"
KG = "kg"
LB = "lb"
UNITS = {TEMPERATURE: (CELSIUS, FAHRENHEIT), WEIGHT: (KG, LB)}

#: Plausible ranges for a living person's reading: outside them it is a typo or a broken thermometer.
TEMPERATURE_C_RANGE = (34.0, 43.0)
WEIGHT_KG_RANGE = (20.0, 300.0)
LB_PER_KG = 2.2046226218


def f_to_c(value: float) -> float:
    return (value - 32.0) * 5.0 / 9.0


def c_to_f(value: float) -> float:
    return value * 9.0 / 5.0 + 32.0


def kg_to_lb(value: float) -> float:
    return value * LB_PER_KG


def lb_to_kg(value: float) -> float:
    return value / LB_PER_KG


def to_celsius(value: float, unit: str) -> float:
    return f_to_c(value) if unit == FAHRENHEIT else value


def to_kg(value: float, unit: str) -> float:
    return lb_to_kg(value) if unit == LB else value


@dataclass(frozen=True)
class Measurement:
    kind: str
    value: float
    unit: str
    label: str | None = None  # what an "other" measurement is (e.g. "blood sugar")

    @property
    def celsius(self) -> float | None:
        return to_celsius(self.value, self.unit) if self.kind == TEMPERATURE else None


def _number(value: object, field: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValidationError("Please type a number.", field=field)
    return float(value)


#: No lab result or other reading a person copies is anywhere near this; beyond it the
#: number is a typing slip, and charts cannot draw an axis up to 1e308.
MAX_READING = 1_000_000.0


def validate_lab_value(value: object, field: str = "value") -> float:
    """A lab result as copied from the report: a number from 0 up to MAX_READING."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValidationError("Please type the number from the report.", field=field)
    if value < 0:
        raise ValidationError("A lab result is not below zero. Check the number.", field=field)
    if value > MAX_READING:
        raise ValidationError("That number is far too large for a lab result. Check the number.", field=field)
    return float(value)


def validate_measurement(m: Measurement) -> Measurement:
    """Refuse impossible values with a message for the field named after the kind."""
    if m.kind not in KINDS:
        raise ValueError(f"unknown measurement kind {m.kind!r}")
    check_text(m.label, m.kind)
    check_text(m.unit, m.kind)
    value = _number(m.value, m.kind)
    if m.kind == TEMPERATURE:
        if m.unit not in UNITS[TEMPERATURE]:
            raise ValidationError("Choose °C or °F.", field=TEMPERATURE)
        low, high = TEMPERATURE_C_RANGE
        if not low <= to_celsius(value, m.unit) <= high:
            if m.unit == FAHRENHEIT:
                raise ValidationError("A body temperature is between 93 and 109 °F. Check the reading.", field=TEMPERATURE)
            raise ValidationError("A body temperature is between 34 and 43 °C. Check the reading.", field=TEMPERATURE)
    elif m.kind == WEIGHT:
        if m.unit not in UNITS[WEIGHT]:
            raise ValidationError("Choose kg or lb.", field=WEIGHT)
        low, high = WEIGHT_KG_RANGE
        if not low <= to_kg(value, m.unit) <= high:
            if m.unit == LB:
                raise ValidationError("A weight is between 45 and 660 lb. Check the number.", field=WEIGHT)
            raise ValidationError("A weight is between 20 and 300 kg. Check the number.", field=WEIGHT)
    else:
        if not (m.label or "").strip():
            raise ValidationError("Say what this number measures.", field=OTHER)
        if abs(value) > MAX_READING:
            raise ValidationError("That number is far too large. Check the number.", field=OTHER)
        if len(m.unit) > 30:
            raise ValidationError("That unit is too long.", field=OTHER)
    return Measurement(m.kind, value, m.unit, (m.label or "").strip() or None)


# Lab tests the patient can copy from a report. Names are English source text (UI translates).
LAB_TESTS: tuple[tuple[str, str, str], ...] = (
    ("ca15_3", "CA 15-3", "U/mL"),
    ("cea", "CEA", "µg/L"),
    ("ca27_29", "CA 27.29", "U/mL"),
    ("haemoglobin", "Haemoglobin", "g/L"),
    ("white_cells", "White cells", "×10⁹/L"),
    ("neutrophils", "Neutrophils", "×10⁹/L"),
    ("platelets", "Platelets", "×10⁹/L"),
    ("calcium", "Calcium", "mmol/L"),
    ("alt", "ALT", "U/L"),
    ("ast", "AST", "U/L"),
    ("bilirubin", "Bilirubin", "µmol/L"),
    ("alp", "ALP", "U/L"),
    ("creatinine", "Creatinine", "µmol/L"),
    ("glucose", "Glucose", "mmol/L"),
    ("other", "Other test", ""),
)
LAB_TEST_IDS = tuple(t[0] for t in LAB_TESTS)
TUMOUR_MARKERS = ("ca15_3", "cea", "ca27_29")


def lab_test_name(test_id: str) -> str:
    for tid, name, _unit in LAB_TESTS:
        if tid == test_id:
            return name
    return test_id


def default_lab_unit(test_id: str) -> str:
    for tid, _name, unit in LAB_TESTS:
        if tid == test_id:
            return unit
    return ""
