"""Clinical vignettes for `tracker triage-check`: read strictly, run through `alert_triage.run`.

A vignette is a patient's plan and diary without a journal:
    {"id", "today": "YYYY-MM-DD", "zone": IANA name,
     "drugs": [{"drug": catalog id or "custom", "name"?, "first_day", "last_day"?}],
     "local_treatments"?: [{"kind": radiotherapy|stereotactic|surgery|procedure, "site", "first_day",
                            "last_day"}],
     "logs": [{"at": local ISO date-time, "ratings"?: [{"symptom", "severity"?, "frequency"?,
               "interference"?}], "temperature_c"? | "temperature_f"?, "entered_by"?: "patient"|"carer"}],
     "settings"?: {"fever_threshold_c"?}}
The last log is the one just saved (it may be back-filled: an earlier time entered last);
the logs before it are the diary it is judged against. Ratings and temperatures pass the
same checks as the diary form, and the fever threshold the same check as Settings, so
anything the app refuses is refused here too (VignetteError names the vignette and field).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tracker.domain import alerts
from tracker.domain.alerts import DrugPeriod, LocalPeriod, LogAlert, RecentEntry
from tracker.domain.errors import KnownError, ValidationError
from tracker.domain.measurements import CELSIUS, FAHRENHEIT, TEMPERATURE, Measurement, to_celsius, validate_measurement
from tracker.domain.symptoms import SymptomRating, validate_occurred_at, validate_rating
from tracker.services import alert_triage, catalog

#: Keys a clinician's file may carry for its own use; the runner ignores them.
COMMENT_KEYS = {"expected", "expected_rules", "why", "note", "source"}
_VIGNETTE_KEYS = {"id", "today", "zone", "drugs", "local_treatments", "logs", "settings"} | COMMENT_KEYS
_LOCAL_KEYS = {"kind", "site", "first_day", "last_day"}
_DRUG_KEYS = {"drug", "name", "first_day", "last_day"}
_LOG_KEYS = {"at", "ratings", "temperature_c", "temperature_f", "entered_by"} | COMMENT_KEYS
_RATING_KEYS = {"symptom", "severity", "frequency", "interference"}


class VignetteError(KnownError):
    exit_code = 2


@dataclass(frozen=True)
class Outcome:
    id: str
    level: str
    rules: list[str]

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "level": self.level, "rules": self.rules}


def _bad(vid: str, field: str, problem: str) -> VignetteError:
    return VignetteError(f"vignette {vid!r}, field {field}: {problem}")


def _keys(raw: Any, allowed: set[str], vid: str, where: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise _bad(vid, where, "must be an object")
    extra = sorted(set(raw) - allowed)
    if extra:
        raise _bad(vid, f"{where}.{extra[0]}" if where else extra[0], "is not a field the runner knows")
    return raw


def _day(raw: Any, vid: str, field: str) -> date:
    try:
        return date.fromisoformat(raw)
    except (TypeError, ValueError):
        raise _bad(vid, field, "must be a date like 2026-03-10") from None


def _drug(raw: Any, vid: str, where: str) -> DrugPeriod:
    raw = _keys(raw, _DRUG_KEYS, vid, where)
    drug_id = raw.get("drug")
    if drug_id != alerts.CUSTOM and (not isinstance(drug_id, str) or catalog.drug(drug_id) is None):
        raise _bad(vid, f"{where}.drug", f"{drug_id!r} is not a catalog id or \"custom\"")
    first = _day(raw.get("first_day"), vid, f"{where}.first_day")
    last = _day(raw["last_day"], vid, f"{where}.last_day") if raw.get("last_day") is not None else None
    if last is not None and last < first:
        raise _bad(vid, f"{where}.last_day", "is before first_day")
    return DrugPeriod(drug_id, first, last)


def _local(raw: Any, vid: str, where: str) -> LocalPeriod:
    from tracker.domain import local_treatments as lt

    raw = _keys(raw, _LOCAL_KEYS, vid, where)
    if raw.get("kind") not in lt.KINDS:
        raise _bad(vid, f"{where}.kind", f"must be one of {', '.join(lt.KINDS)}")
    site = raw.get("site")
    if not isinstance(site, str) or not site.strip():
        raise _bad(vid, f"{where}.site", "must name where in the body, in words")
    first = _day(raw.get("first_day"), vid, f"{where}.first_day")
    last = _day(raw.get("last_day"), vid, f"{where}.last_day")
    if last < first:
        raise _bad(vid, f"{where}.last_day", "is before first_day")
    return LocalPeriod(raw["kind"], lt.site_areas(site), first, last)


def _rating(raw: Any, vid: str, where: str) -> SymptomRating:
    raw = _keys(raw, _RATING_KEYS, vid, where)
    rating = SymptomRating(raw.get("symptom"), raw.get("severity"), raw.get("frequency"), raw.get("interference"))
    try:
        return validate_rating(rating)
    except ValidationError as exc:
        raise _bad(vid, f"{where} ({exc.field})", exc.message) from None


def _temperature(raw: dict[str, Any], vid: str, where: str) -> Measurement | None:
    if "temperature_c" in raw and "temperature_f" in raw:
        raise _bad(vid, where, "give temperature_c or temperature_f, not both")
    for key, unit in (("temperature_c", CELSIUS), ("temperature_f", FAHRENHEIT)):
        if key in raw:
            try:
                return validate_measurement(Measurement(TEMPERATURE, raw[key], unit))
            except ValidationError as exc:
                raise _bad(vid, f"{where}.{key}", exc.message) from None
    return None


def _settings(raw: Any, vid: str) -> float:
    raw = _keys(raw, {"fever_threshold_c"}, vid, "settings")
    if "fever_threshold_c" not in raw:
        return alerts.default_rules().default_fever_c
    try:
        return alert_triage.check_fever_threshold(raw["fever_threshold_c"])
    except ValidationError as exc:
        raise _bad(vid, "settings.fever_threshold_c", exc.message) from None


def run_vignette(raw: Any, index: int) -> Outcome:
    vid = raw.get("id") if isinstance(raw, dict) else None
    if not isinstance(vid, str) or not vid:
        raise VignetteError(f"vignette number {index + 1}, field id: every vignette needs an id (text)")
    raw = _keys(raw, _VIGNETTE_KEYS, vid, "")
    today = _day(raw.get("today"), vid, "today")
    try:
        zone = ZoneInfo(raw.get("zone"))
    except (TypeError, ValueError, ZoneInfoNotFoundError):
        raise _bad(vid, "zone", "must be an IANA time zone such as Europe/London") from None
    now = datetime.combine(today, time(23, 59, 59), zone)
    fever_c = _settings(raw.get("settings", {}), vid)
    drugs = raw.get("drugs", [])
    if not isinstance(drugs, list):
        raise _bad(vid, "drugs", "must be a list")
    periods = [_drug(d, vid, f"drugs[{i}]") for i, d in enumerate(drugs)]
    local_raw = raw.get("local_treatments", [])
    if not isinstance(local_raw, list):
        raise _bad(vid, "local_treatments", "must be a list")
    local = [_local(t, vid, f"local_treatments[{i}]") for i, t in enumerate(local_raw)]
    logs = raw.get("logs")
    if not isinstance(logs, list) or not logs:
        raise _bad(vid, "logs", "must be a list with at least one log")
    entries: list[RecentEntry] = []
    next_id = 1
    trigger: set[tuple[str, int]] = set()
    for i, log in enumerate(logs):
        where = f"logs[{i}]"
        log = _keys(log, _LOG_KEYS, vid, where)
        try:
            at = datetime.fromisoformat(str(log.get("at")))
        except ValueError:
            raise _bad(vid, f"{where}.at", "must be a local date-time like 2026-03-10T08:30") from None
        if at.tzinfo is not None:
            raise _bad(vid, f"{where}.at", "give local wall-clock time without an offset; the zone says where")
        at = at.replace(tzinfo=zone)
        try:
            validate_occurred_at(at, now)
        except ValidationError as exc:
            raise _bad(vid, f"{where}.at", exc.message) from None
        if log.get("entered_by", "patient") not in ("patient", "carer"):
            raise _bad(vid, f"{where}.entered_by", "must be \"patient\" or \"carer\"")
        ratings_raw = log.get("ratings", [])
        if not isinstance(ratings_raw, list):
            raise _bad(vid, f"{where}.ratings", "must be a list")
        ratings = [_rating(r, vid, f"{where}.ratings[{j}]") for j, r in enumerate(ratings_raw)]
        if len({r.term_id for r in ratings}) != len(ratings):
            raise _bad(vid, f"{where}.ratings", "lists a symptom twice")
        temperature = _temperature(log, vid, where)
        if not ratings and temperature is None:
            raise _bad(vid, where, "needs ratings or a temperature")
        is_last = i == len(logs) - 1
        for r in ratings:
            entries.append(RecentEntry(next_id, alerts.SYMPTOM, at, term_id=r.term_id, severity=r.severity,
                                       frequency=r.frequency, interference=r.interference, log_id=i + 1))
            if is_last:
                trigger.add((alerts.SYMPTOM, next_id))
            next_id += 1
        if temperature is not None:
            shown = f"{temperature.value:g} {temperature.unit}"
            entries.append(RecentEntry(next_id, alerts.TEMPERATURE, at,
                                       temperature_c=to_celsius(temperature.value, temperature.unit),
                                       display_value=shown, log_id=i + 1))
            if is_last:
                trigger.add((alerts.TEMPERATURE, next_id))
            next_id += 1
    result = alert_triage.run(entries, periods, now=now, fever_c=fever_c, trigger_keys=frozenset(trigger), local=local)
    card: LogAlert | None = next((c for c in result.cards if c.log_id == len(logs)), None)
    if card is None:
        return Outcome(vid, alerts.NONE, [])
    return Outcome(vid, card.level, card.rule_ids)


def run_all(data: Any) -> list[Outcome]:
    """Every vignette checked before any is reported, so a bad file prints nothing half-done."""
    if not isinstance(data, list):
        raise VignetteError("The file must hold a JSON list of vignettes.")
    outcomes = [run_vignette(raw, i) for i, raw in enumerate(data)]
    ids = [o.id for o in outcomes]
    for vid in ids:
        if ids.count(vid) > 1:
            raise _bad(vid, "id", "is used by two vignettes")
    return outcomes
