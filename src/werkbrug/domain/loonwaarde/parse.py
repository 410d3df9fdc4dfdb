"""A measurement from plain data (a JSON file): numbers as JSON numbers or strings, "," allowed."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from werkbrug.domain.errors import DomainValidationError, Issue, Message
from werkbrug.domain.loonwaarde.compute import tempo_pct
from werkbrug.domain.loonwaarde.model import Hoofdtaak, Measurement, Normfunctie


def _bad(field: str, nl: str, en: str) -> DomainValidationError:
    return DomainValidationError([Issue(field, "invalid", Message(f"{field}: {nl}", f"{field}: {en}"))])


def _number(data: dict[str, Any], key: str, field: str) -> Decimal:
    if key not in data or data[key] is None:
        raise _bad(field, "ontbreekt", "is missing")
    try:
        value = Decimal(str(data[key]).replace(",", "."))
    except InvalidOperation as error:
        raise _bad(field, "is geen getal", "is not a number") from error
    if not value.is_finite():
        raise _bad(field, "is geen getal", "is not a number")
    return value


def _tempo(data: dict[str, Any], field: str) -> Decimal:
    if "tempo" in data:
        return _number(data, "tempo", f"{field}.tempo")
    # tempo from measured output against the norm; capped at 100% like the method says
    return tempo_pct(_number(data, "norm_output", f"{field}.norm_output"),
                     _number(data, "measured_output", f"{field}.measured_output"))


def _minutes(data: dict[str, Any], field: str) -> tuple[Decimal, ...]:
    raw = data.get("minutes_per_day")
    if not isinstance(raw, list):
        raise _bad(f"{field}.minutes_per_day", "moet een lijst zijn met minuten per werkdag",
                   "must be a list of minutes per working day")
    return tuple(_number({"m": m}, "m", f"{field}.minutes_per_day") for m in raw)


def _hoofdtaak(data: Any, index: int) -> Hoofdtaak:
    field = f"hoofdtaken[{index}]"
    if not isinstance(data, dict):
        raise _bad(field, "moet een object zijn", "must be an object")
    name = str(data.get("name") or f"{index + 1}")
    return Hoofdtaak(name, _number(data, "hours_per_week", f"{field}.hours_per_week"), _minutes(data, field),
                     _tempo(data, field), _number(data, "kwaliteit", f"{field}.kwaliteit"),
                     _number(data, "netto_werktijd", f"{field}.netto_werktijd"))


def measurement_from_dict(data: Any) -> Measurement:
    if not isinstance(data, dict):
        raise _bad("measurement", "moet een JSON-object zijn", "must be a JSON object")
    tasks = data.get("hoofdtaken")
    if not isinstance(tasks, list):
        raise _bad("hoofdtaken", "moet een lijst zijn", "must be a list")
    norm = data.get("normfunctie")
    normfunctie = None
    if isinstance(norm, dict):
        normfunctie = Normfunctie(str(norm.get("name", "")), str(norm.get("source", "")),
                                  _number(norm, "normloon_hourly", "normfunctie.normloon_hourly")
                                  if "normloon_hourly" in norm else None,
                                  _number(norm, "fulltime_hours", "normfunctie.fulltime_hours")
                                  if "fulltime_hours" in norm else None)
    return Measurement(_number(data, "contract_hours", "contract_hours"),
                       tuple(_hoofdtaak(t, i) for i, t in enumerate(tasks)), normfunctie)
