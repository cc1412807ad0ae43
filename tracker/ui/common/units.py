"""Units for temperature and weight: asked once (the first-run wizard), defaulting to the
computer's region (°F and lb only where the region uses US customary units).

Stored in app preferences (they belong to the computer, like the language), keys
"temperature_unit" ("°C"/"°F") and "weight_unit" ("kg"/"lb").
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale

from tracker.domain.measurements import CELSIUS, FAHRENHEIT, KG, LB
from tracker.render import i18n

TEMPERATURE_KEY = "temperature_unit"
WEIGHT_KEY = "weight_unit"


def region_is_us_customary() -> bool:
    return i18n.region_locale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem


def default_temperature_unit() -> str:
    return FAHRENHEIT if region_is_us_customary() else CELSIUS


def default_weight_unit() -> str:
    # The UK weighs people in stones and pounds but clinics use kg; only the US default is lb.
    return LB if region_is_us_customary() else KG


def _prefs(data_dir: Path | None) -> dict:
    if data_dir is None:
        return {}
    from tracker.services import app_prefs

    return app_prefs.load(Path(data_dir))


def temperature_unit(data_dir: Path | None) -> str:
    value = _prefs(data_dir).get(TEMPERATURE_KEY)
    return value if value in (CELSIUS, FAHRENHEIT) else default_temperature_unit()


def weight_unit(data_dir: Path | None) -> str:
    value = _prefs(data_dir).get(WEIGHT_KEY)
    return value if value in (KG, LB) else default_weight_unit()


def save_units(data_dir: Path, temperature: str, weight: str) -> None:
    from tracker.domain.errors import ValidationError
    from tracker.services import app_prefs

    if temperature not in (CELSIUS, FAHRENHEIT):
        raise ValidationError("Choose °C or °F.", field="temperature_unit")
    if weight not in (KG, LB):
        raise ValidationError("Choose kg or lb.", field="weight_unit")
    app_prefs.update(Path(data_dir), **{TEMPERATURE_KEY: temperature, WEIGHT_KEY: weight})
