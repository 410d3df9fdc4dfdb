"""A carve result as JSON-ready data and as text for the terminal."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from werkbrug.domain.carving.units import NOT_CARVABLE
from werkbrug.domain.fml import format_profile

if TYPE_CHECKING:
    from werkbrug.carving.services import CarveResult

TOP = 5


def _role(result: CarveResult, number: int) -> dict[str, Any]:
    role = next(r for r in result.plan.roles if r.number == number)
    tasks: dict[tuple[str, tuple[str, ...]], dict[str, Any]] = {}
    for unit in role.units:
        entry = tasks.setdefault((unit.role, unit.tasks), {"from_role": unit.role, "tasks": list(unit.tasks),
                                                           "units": 0, "hours_per_week": 0})
        entry["units"] += 1
        entry["hours_per_week"] += unit.hours
    fitting = result.fitting.get(number, [])
    return {"number": number, "location": role.location, "shift": role.shift, "hours_per_week": str(role.hours),
            "fml_demand": role.demand, "fml_demand_text": format_profile(role.demand) if role.demand else "",
            "tasks": [{**t, "hours_per_week": str(t["hours_per_week"])} for t in tasks.values()],
            "candidates_fitting": len(fitting), "candidate_ids": fitting[:TOP]}


def to_dict(result: CarveResult) -> dict[str, Any]:
    plan, fig, settings = result.plan, result.figures, result.settings
    return {
        "employer": result.employer.external_key,
        "summary": {"nl": fig.summary().nl, "en": fig.summary().en},
        "new_roles": fig.roles, "hours_per_week": str(fig.hours), "banen": str(fig.banen),
        "wage_effect_per_year": str(fig.saving_per_year), "candidates_nearby": fig.candidates_nearby,
        "carved_wage_per_hour": str(settings.carved_wage_per_hour), "carved_wage_source": result.wage_source,
        "roles": [_role(result, r.number) for r in plan.roles],
        "per_original_role": [{"role": e.role, "title": e.title, "hours_before": str(e.hours_before),
                               "hours_freed": str(e.hours_freed), "wage_effect_per_year": str(e.saving_per_year)}
                              for e in fig.per_role],
        "not_carvable": [{"role": role, "tasks": list(tasks), "reason": why,
                          "nl": NOT_CARVABLE[why][0], "en": NOT_CARVABLE[why][1]}
                         for (role, tasks), why in sorted(plan.reasons.items())],
        "method": plan.method, "objective_euro_per_week": str(plan.euro_per_week),
        "greedy_objective_euro_per_week": str(Decimal(plan.greedy_objective) / 10_000),
        "settings": {"qualification_threshold": settings.qualification_threshold,
                     "min_candidates": settings.min_candidates, "min_hours": str(settings.min_hours),
                     "max_hours": str(settings.max_hours), "baan_hours_per_week": str(settings.baan_hours_per_week)},
        "parameters": [p.as_dict() for p in result.parameters],
        "saved_work": result.saved,
        "skipped": [{"nl": m.nl, "en": m.en} for m in result.skipped],
    }


def render(data: dict[str, Any]) -> str:
    lines = [data["summary"]["nl"], data["summary"]["en"], ""]
    for role in data["roles"]:
        tasks = ", ".join(f"{'+'.join(t['tasks'])} ({t['from_role']}, {t['hours_per_week']} u)" for t in role["tasks"])
        lines.append(f"functie/role {role['number']}: {role['location']} {role['shift'] or '-'}, "
                     f"{role['hours_per_week']} u/h per week; {role['candidates_fitting']} kandidaten/candidates; "
                     f"{tasks}")
    lines.append("")
    for entry in data["per_original_role"]:
        lines.append(f"{entry['title']}: {entry['hours_freed']} van/of {entry['hours_before']} u/h per week vrij/freed, "
                     f"€ {entry['wage_effect_per_year']} per jaar/year")
    lines.append(f"loon nieuwe functie / carved-role wage: € {data['carved_wage_per_hour']} ({data['carved_wage_source']})")
    lines.append(f"methode/method: {data['method']}; doel/objective € {data['objective_euro_per_week']} per week "
                 f"(greedy € {data['greedy_objective_euro_per_week']})")
    lines += [f"{m['nl']} / {m['en']}" for m in data["skipped"]]
    if data["saved_work"]:
        lines.append("opgeslagen als concept / saved as draft: " + ", ".join(data["saved_work"]))
    return "\n".join(lines)
