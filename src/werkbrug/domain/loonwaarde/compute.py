"""Loonwaarde = sum of the arbeidsprestaties per hoofdtaak, rounded to whole percents (art. 3)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from werkbrug.domain.errors import DomainValidationError, Issue, Message
from werkbrug.domain.loonwaarde.model import Measurement
from werkbrug.domain.loonwaarde.rules import HUNDRED, RULES, CombinationRule
from werkbrug.domain.loonwaarde.validate import Limits, validate_measurement
from werkbrug.domain.parameters import ParameterSet, ParameterVersion, load_parameters

SHOWN = Decimal("0.01")


def tempo_pct(norm_output: Decimal, measured_output: Decimal, cap: Decimal = HUNDRED) -> Decimal:
    """Tempo as % of the normfunctie's output, capped (norm 80 per hour, worker 70 -> 87.5)."""
    if norm_output <= 0 or measured_output < 0:
        raise DomainValidationError([Issue("tempo", "out_of_range", Message(
            "de norm moet meer dan 0 zijn en de gemeten productie niet negatief",
            "the norm must be more than 0 and the measured output not negative"))])
    return min(measured_output * HUNDRED / norm_output, cap)


@dataclass(frozen=True)
class TaskResult:
    name: str
    time_share_pct: Decimal
    arbeidsprestatie_pct: Decimal  # unrounded contribution to the loonwaarde


@dataclass(frozen=True)
class LoonwaardeResult:
    loonwaarde_pct: int
    unrounded_pct: Decimal
    tasks: tuple[TaskResult, ...]
    rule: CombinationRule
    parameters: tuple[ParameterVersion, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "loonwaarde_pct": self.loonwaarde_pct,
            "unrounded_pct": str(self.unrounded_pct.quantize(SHOWN, ROUND_HALF_UP)),
            "hoofdtaken": [{"name": t.name, "time_share_pct": str(t.time_share_pct.quantize(SHOWN, ROUND_HALF_UP)),
                            "arbeidsprestatie_pct": str(t.arbeidsprestatie_pct.quantize(SHOWN, ROUND_HALF_UP))}
                           for t in self.tasks],
            "rule": {"name": self.rule.name, "nl": self.rule.description.nl, "en": self.rule.description.en},
            "parameters": [p.as_dict() for p in self.parameters],
            "unconfirmed": [p.as_dict() for p in self.parameters if p.unconfirmed],
            "notice": {"nl": "Hulpmiddel voor de loonwaardedeskundige; het college stelt de loonwaarde vast.",
                       "en": "A tool for the loonwaardedeskundige; the college sets the loonwaarde."},
        }


def _limits(params: ParameterSet, on: date) -> tuple[Limits, list[ParameterVersion]]:
    used = [params.get(name, on) for name in ("loonwaarde_max_hoofdtaken", "loonwaarde_min_share_denominator",
                                               "loonwaarde_min_minutes_per_day", "loonwaarde_tempo_cap_pct")]
    return Limits(int(used[0].decimal), used[1].decimal, used[2].decimal, used[3].decimal), used


def _rule(params: ParameterSet, on: date) -> tuple[CombinationRule, ParameterVersion]:
    version = params.get("loonwaarde_combination_rule", on)
    rule = RULES.get(str(version.value))
    if rule is None:  # a deployer's parameter file names a rule this version does not know
        raise DomainValidationError([Issue("loonwaarde_combination_rule", "unknown_rule", Message(
            f"onbekende combinatieregel '{version.value}'", f"unknown combination rule '{version.value}'"))])
    return rule, version


def compute_loonwaarde(measurement: Measurement, on: date, params: ParameterSet | None = None) -> LoonwaardeResult:
    params = params or load_parameters()
    limits, used = _limits(params, on)
    validate_measurement(measurement, limits)
    rule, rule_version = _rule(params, on)
    tasks = []
    for task in measurement.hoofdtaken:
        share = task.hours_per_week / measurement.contract_hours
        tasks.append(TaskResult(task.name, share * HUNDRED,
                                rule.combine(share, task.tempo_pct, task.kwaliteit_pct, task.netto_werktijd_pct)))
    total = sum((t.arbeidsprestatie_pct for t in tasks), Decimal(0))
    rounded = int(total.quantize(Decimal(1), rounding=ROUND_HALF_UP))  # "rekenkundig afgerond"
    return LoonwaardeResult(rounded, total, tuple(tasks), rule, (rule_version, *used))
