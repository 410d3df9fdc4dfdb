"""Bilingual row labels shared by the PDF and Excel exports."""

from __future__ import annotations

from typing import Any

COMPONENT_LABELS = {
    "wage_cost": ("Loonkosten", "Wage cost"),
    "lks": ("Loonkostensubsidie (LKS)", "Wage-cost subsidy (LKS)"),
    "lkv": ("Loonkostenvoordeel (LKV)", "LKV allowance"),
    "noriskpolis_avoided": ("Vermeden loon bij ziekte (no-riskpolis)", "Avoided sick pay (no-riskpolis)"),
    "jobcoach_employer": ("Jobcoach (werkgever)", "Jobcoach (employer)"),
    "accommodations_employer": ("Werkplekaanpassingen (werkgever)", "Accommodations (employer)"),
    "net_cost": ("Netto kosten", "Net cost"),
    "productive_value": ("Productieve waarde", "Productive value"),
}


def label(name: str) -> str:
    nl, en = COMPONENT_LABELS[name]
    return f"{nl} / {en}"


def both(text: dict[str, str]) -> str:
    return f"{text['nl']} / {text['en']}"


def context_lines(result: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, value) pairs that describe the case, for the head of both exports."""
    lw = result["loonwaarde"]
    acc = result["accommodations"]
    return [
        ("Kandidaat / Candidate", str(result["candidate"])),
        ("Werk / Work", f"{result['work']}: {result['work_title']} ({result['work_kind']})"),
        ("Start / Start", result["start"]),
        ("Maanden / Months", str(result["months"])),
        ("Uur per week / Hours a week", f"{result['hours_per_week']:g}"),
        ("Loon / Wage", "CAO" if result["wage"]["basis"] == "cao" else "WML"),
        ("Loonwaarde", f"{lw['pct']:g}% ({lw['label']['nl']} / {lw['label']['en']})"),
        ("Instrument", both(result["instrument"]["reason"])),
        ("LKV", both(result["lkv"]["reason"])),
        ("No-riskpolis", both(result["noriskpolis"]["reason"])),
        ("Jobcoach", both(result["jobcoach"]["funder"]["reason"]) if result["jobcoach"] else "-"),
        ("Voorzieningen / Accommodations",
         f"{len(acc['items'])}; {acc['source_label']['nl']} / {acc['source_label']['en']}"),
    ]
