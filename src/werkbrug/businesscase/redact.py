"""The employer's view of a business case: every amount, rule and parameter, but no identity and
nothing health- or benefit-derived about the candidate (roles.toml: an employer reads only the
pseudonymised class of a consenting candidate).

Removed or replaced: the candidate's key and id (a pseudonym instead), the doelgroep category,
the reasons that name the candidate's benefit or register (the instrument's legal basis instead),
the FML counts behind a loonwaarde estimate, and what each accommodation is (its cost, period
and funder stay, so the sums still add up)."""

from __future__ import annotations

import copy
from typing import Any

# The legal basis of each instrument code, without facts about the person.
BASIS = {
    "loondispensatie": ("loondispensatie (Wajong 2:20): de werkgever betaalt de loonwaarde",
                        "loondispensatie (Wajong 2:20): the employer pays the loonwaarde"),
    "lks": ("loonkostensubsidie (Pw 10d)", "loonkostensubsidie (Pw 10d)"),
    "lks_forfaitair": ("forfaitaire loonkostensubsidie de eerste 6 maanden (Pw 10d lid 5)",
                       "forfaitaire loonkostensubsidie for the first 6 months (Pw 10d lid 5)"),
    "none": ("geen loonkostensubsidie of loondispensatie", "no loonkostensubsidie or loondispensatie"),
    "banenafspraak": ("LKV banenafspraak (Wtl 2.10–2.13)", "LKV banenafspraak (Wtl 2.10–2.13)"),
    "noriskpolis": ("no-riskpolis (ZW 29b)", "no-riskpolis (ZW 29b)"),
    "gemeente": ("jobcoach betaald door de gemeente", "jobcoach paid by the gemeente"),
    "uwv": ("jobcoach betaald door UWV", "jobcoach paid by UWV"),
    "werkgever": ("jobcoach betaald door de werkgever", "jobcoach paid by the employer"),
    None: ("niet van toepassing", "not applicable"),
}
ESTIMATE_TEXT = {
    "nl": "SCHATTING, geen meting, uit het functionele profiel van de kandidaat (niet getoond) en de taken van "
          "het werk. Alleen een loonwaardemeting op de werkplek geeft de echte loonwaarde.",
    "en": "ESTIMATE, not a measurement, from the candidate's functional profile (not shown) and the work's "
          "tasks. Only a loonwaarde assessment on the workplace gives the real value.",
}


def _choice(choice: dict[str, Any]) -> dict[str, Any]:
    nl, en = BASIS.get(choice.get("code"), BASIS[None])
    return {"code": choice.get("code"), "reason": {"nl": nl, "en": en}}


def _accommodations(plan: dict[str, Any]) -> dict[str, Any]:
    items = [{"code": "", "name": {"nl": f"voorziening {n}", "en": f"accommodation {n}"}, "cost": item["cost"],
              "cost_period": item["cost_period"], "funder": item["funder"]}
             for n, item in enumerate(plan.get("items", []), start=1)]
    return {"source": plan.get("source"), "source_label": plan.get("source_label"), "items": items, "notes": []}


def for_employer(result: dict[str, Any], pseudonym: str) -> dict[str, Any]:
    """A copy of ``result`` fit for the pseudonymised view (the input is not changed)."""
    out = copy.deepcopy(result)
    out["candidate"] = pseudonym
    for name in ("candidate_id", "doelgroep", "age"):
        out.pop(name, None)
    for name in ("instrument", "lkv", "noriskpolis"):
        out[name] = _choice(out[name])
    if out.get("jobcoach"):
        out["jobcoach"]["funder"] = _choice(out["jobcoach"]["funder"])
    loonwaarde = out["loonwaarde"]
    if loonwaarde.get("kind") == "estimate":
        loonwaarde["explanation"] = dict(ESTIMATE_TEXT)
        loonwaarde.pop("limited_items", None)
        loonwaarde.pop("demanded_items", None)
    out["accommodations"] = _accommodations(out["accommodations"])
    out["pseudonymised"] = True
    return out
