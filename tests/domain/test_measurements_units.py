import math

import pytest

from tracker.domain import measurements as m
from tracker.domain.errors import ValidationError
from tracker.domain.measurements import Measurement


def test_conversions_round_trip():
    assert m.f_to_c(100.4) == pytest.approx(38.0)
    assert m.c_to_f(37.0) == pytest.approx(98.6)
    assert m.lb_to_kg(m.kg_to_lb(70.0)) == pytest.approx(70.0)
    assert Measurement("temperature", 100.4, m.FAHRENHEIT).celsius == pytest.approx(38.0)


@pytest.mark.parametrize("value,unit", [(80, "°C"), (33.9, "°C"), (43.1, "°C"), (120, "°F"), (math.nan, "°C")])
def test_impossible_temperatures_refused(value, unit):
    with pytest.raises(ValidationError) as info:
        m.validate_measurement(Measurement("temperature", value, unit))
    assert info.value.field == "temperature"


@pytest.mark.parametrize("value,unit", [(34.0, "°C"), (43.0, "°C"), (98.6, "°F")])
def test_temperature_limits_inclusive(value, unit):
    assert m.validate_measurement(Measurement("temperature", value, unit)).value == value


@pytest.mark.parametrize("value,unit", [(-3, "kg"), (0, "kg"), (19.9, "kg"), (700, "lb")])
def test_impossible_weights_refused(value, unit):
    with pytest.raises(ValidationError) as info:
        m.validate_measurement(Measurement("weight", value, unit))
    assert info.value.field == "weight"


def test_other_needs_a_label_and_lab_tests_listed():
    with pytest.raises(ValidationError):
        m.validate_measurement(Measurement("other", 5.0, "mmol/L"))
    assert m.validate_measurement(Measurement("other", 5.0, "mmol/L", " sugar ")).label == "sugar"
    assert {"ca15_3", "cea", "neutrophils", "calcium", "alt"} <= set(m.LAB_TEST_IDS)
    assert m.lab_test_name("ca15_3") == "CA 15-3"
