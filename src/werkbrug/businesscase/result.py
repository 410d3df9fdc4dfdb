"""The business case as a JSON-ready dict: headline numbers, month by month, every amount with
its rule and parameters, the UNCONFIRMED flags, a plain-language summary and the disclaimer."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from werkbrug.businesscase.inputs import Prepared
from werkbrug.domain.business import BusinessCase
from werkbrug.domain.business.amounts import parameter_dict
from werkbrug.domain.business.case import COMPONENTS
from werkbrug.domain.parameters import ParameterVersion

DISCLAIMER = {
    "nl": "Dit is een schatting, geen besluit. U kunt er geen rechten aan ontlenen. De gemeente, UWV "
          "en de Belastingdienst beslissen over subsidies en voordelen.",
    "en": "This is an estimate, not a decision. No rights can be derived from it. The gemeente, UWV "
          "and the Belastingdienst decide on subsidies and allowances.",
}


def plain(value: Any) -> Any:
    """Decimals become JSON numbers (amounts are in cents already); containers are walked."""
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def euro_nl(value: Decimal) -> str:
    text = f"{value:,.2f}"
    return "€ " + text.replace(",", "_").replace(".", ",").replace("_", ".")


def euro_en(value: Decimal) -> str:
    return f"€ {value:,.2f}"


def number(value: Decimal) -> str:
    """24.0 -> "24", 25.5 -> "25.5"."""
    return f"{value.normalize():f}"


def _used_parameters(bc: BusinessCase, extra: tuple[ParameterVersion, ...]) -> list[dict[str, Any]]:
    seen: dict[tuple[str, date], ParameterVersion] = {}
    for month in bc.months:
        for amount in (month.wml_hourly, *month.amounts.values()):
            for p in amount.parameters:
                # a stale WML is flagged on a copy: keep the flagged one
                if p.unconfirmed or (p.name, p.valid_from) not in seen:
                    seen[(p.name, p.valid_from)] = p
    for p in extra:
        seen.setdefault((p.name, p.valid_from), p)
    return [parameter_dict(p) for _, p in sorted(seen.items())]


def _gap_sentences(gap: Decimal) -> tuple[str, str]:
    if gap > 0:
        return (f"De werkgever betaalt {euro_nl(gap)} meer dan het werk oplevert.",
                f"The employer pays {euro_en(gap)} more than the work produces.")
    return (f"Het werk levert {euro_nl(-gap)} meer op dan het kost.",
            f"The work produces {euro_en(-gap)} more than it costs.")


def summary(prepared: Prepared, bc: BusinessCase, unconfirmed: bool) -> dict[str, str]:
    """Plain language (B1): short sentences, one number each where possible."""
    t, avg, case = bc.totals(), bc.per_month_average(), prepared.case
    gap_nl, gap_en = _gap_sentences(t["net_cost"] - t["productive_value"])
    estimate = prepared.loonwaarde["kind"] == "estimate"
    nl = [f"De kandidaat werkt {number(case.hours_per_week)} uur per week, {case.months} maanden vanaf "
          f"{case.start:%d-%m-%Y}.", f"Het loon kost de werkgever {euro_nl(t['wage_cost'])}.",
          f"Daar gaan vanaf: {euro_nl(t['lks'])} loonkostensubsidie, {euro_nl(t['lkv'])} "
          f"loonkostenvoordeel en {euro_nl(t['noriskpolis_avoided'])} loon bij ziekte dat UWV betaalt.",
          f"Netto kost het {euro_nl(t['net_cost'])}. Dat is gemiddeld {euro_nl(avg['net_cost'])} per maand.",
          f"Het werk levert {euro_nl(t['productive_value'])} op, bij een loonwaarde van "
          f"{number(case.loonwaarde_pct)}%{' (geschat)' if estimate else ''}.", gap_nl]
    en = [f"The candidate works {number(case.hours_per_week)} hours a week, {case.months} months from "
          f"{case.start.isoformat()}.", f"The wage costs the employer {euro_en(t['wage_cost'])}.",
          f"Less {euro_en(t['lks'])} wage-cost subsidy (LKS), {euro_en(t['lkv'])} LKV and "
          f"{euro_en(t['noriskpolis_avoided'])} sick pay that UWV pays.",
          f"The net cost is {euro_en(t['net_cost'])}: on average {euro_en(avg['net_cost'])} a month.",
          f"The work produces {euro_en(t['productive_value'])}, at a loonwaarde of "
          f"{number(case.loonwaarde_pct)}%{' (estimated)' if estimate else ''}.", gap_en]
    if case.instrument == "loondispensatie":
        nl.append("Met loondispensatie betaalt de werkgever alleen de loonwaarde. UWV vult het inkomen aan.")
        en.append("With loondispensatie the employer pays only the loonwaarde. UWV tops up the income.")
    if estimate:
        nl.append("Let op: de loonwaarde is een schatting, geen meting.")
        en.append("Note: the loonwaarde is an estimate, not a measurement.")
    if unconfirmed:
        nl.append("Sommige bedragen gebruiken ONBEVESTIGDE parameters.")
        en.append("Some amounts use UNCONFIRMED parameters.")
    return {"nl": " ".join(nl), "en": " ".join(en)}


def _per_month(bc: BusinessCase) -> list[dict[str, Any]]:
    return [{"month": m.month.strftime("%Y-%m"), "wml_hourly": m.wml_hourly.value,
             **{name: m.amounts[name].value for name in COMPONENTS}} for m in bc.months]


def _context(prepared: Prepared) -> dict[str, Any]:
    work, case = prepared.work, prepared.case
    return {
        "candidate": prepared.candidate.external_key, "candidate_id": prepared.candidate.pk,
        "work": work.external_key, "work_id": work.pk, "work_title": work.title, "work_kind": work.kind,
        "start": case.start.isoformat(), "months": case.months, "hours_per_week": case.hours_per_week,
        "age": case.age, "wage": {"basis": "cao" if case.hourly_wage is not None else "wml",
                                  "hourly": case.hourly_wage},
        "loonwaarde": prepared.loonwaarde, "doelgroep": prepared.doelgroep,
        "instrument": prepared.choices["instrument"].as_dict(),
        "lkv": prepared.choices["lkv"].as_dict(),
        "noriskpolis": prepared.choices["noriskpolis"].as_dict(),
        "sickness_rate_pct": case.sickness_rate_pct,
        "jobcoach": prepared.jobcoach, "accommodations": prepared.accommodations.as_dict(),
    }


def build(prepared: Prepared, bc: BusinessCase) -> dict[str, Any]:
    detail = bc.as_dict()
    unconfirmed = detail["unconfirmed"] + [parameter_dict(p) for p in prepared.assumptions
                                           if p.unconfirmed]
    result = {
        **_context(prepared),
        "summary": summary(prepared, bc, bool(unconfirmed)),
        "disclaimer": DISCLAIMER,
        "totals": detail["totals"], "per_month_average": detail["per_month_average"],
        "per_year": detail["per_year"],
        "net_cost_minus_productive_value": detail["net_cost_minus_productive_value"],
        "per_month": _per_month(bc),
        "parameters": _used_parameters(bc, prepared.assumptions),
        "unconfirmed": unconfirmed,
        "months_detail": detail["months"],
    }
    return plain(result)
