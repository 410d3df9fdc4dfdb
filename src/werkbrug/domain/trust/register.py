"""Algorithm register text and a DPIA starting document, generated from the live configuration.

The field structure is Werkbrug's reading of the Dutch Algoritmeregister
(algoritmes.overheid.nl): not an official schema. A gemeente reviews and completes the text
(organisation, contact, legal basis) before it publishes it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from werkbrug.domain.errors import Message
from werkbrug.domain.trust import register_text as text

# (key, Dutch field name, English field name), in the register's order.
FIELDS: tuple[tuple[str, str, str], ...] = (
    ("name", "Naam", "Name"),
    ("organisation", "Organisatie", "Organisation"),
    ("description", "Korte omschrijving", "Short description"),
    ("status", "Status", "Status"),
    ("goal", "Doel", "Goal"),
    ("impact", "Impact", "Impact"),
    ("proportionality", "Proportionaliteit (afwegingen)", "Proportionality (considerations)"),
    ("decision_making_process", "Besluitvormingsproces", "Decision-making process"),
    ("human_intervention", "Menselijke tussenkomst", "Human intervention"),
    ("risk_management", "Risicobeheer", "Risk management"),
    ("legal_basis", "Wettelijke grondslag", "Legal basis"),
    ("impact_assessments", "Impacttoetsen", "Impact assessments"),
    ("data_sources", "Gegevensbronnen", "Data sources"),
    ("methods_and_models", "Methoden en modellen", "Methods and models"),
    ("monitoring", "Monitoring", "Monitoring"),
    ("source_code", "Broncode", "Source code"),
)
DISCLAIMER = Message(
    "Veldindeling: Werkbrugs lezing van het Algoritmeregister (algoritmes.overheid.nl), geen officieel schema. "
    "Gegenereerd uit de actuele configuratie; de organisatie vult aan en controleert vóór publicatie.",
    "Field structure: Werkbrug's reading of the Dutch Algoritmeregister (algoritmes.overheid.nl), not an "
    "official schema. Generated from the live configuration; the organisation completes and checks it "
    "before publication.")


@dataclass(frozen=True)
class RegisterInput:
    organisation: str
    code_version: str
    weights_version: str
    weights: dict[str, float]
    waiting_factor: float
    fml_version: str
    accommodations_version: str
    workflow_version: str
    completeness_version: str
    stale_after_months: int
    points_version: str
    point_rules: list[Message]
    candidate_fields: tuple[str, ...]
    work_fields: tuple[str, ...]
    fairness: dict[str, Any] | None = None
    extra: dict[str, str] = field(default_factory=dict)


def fields(config: RegisterInput) -> dict[str, Message]:
    return {key: getattr(text, key)(config) for key, _, _ in FIELDS}


def as_json(config: RegisterInput, language: str) -> dict[str, Any]:
    values = fields(config)
    return {
        "schema": "werkbrug-reading-of-algoritmeregister",
        "note": DISCLAIMER.text(language), "language": language,
        "fields": [{"key": key, "label": nl if language == "nl" else en, "value": values[key].text(language)}
                   for key, nl, en in FIELDS],
    }


def as_markdown(config: RegisterInput, language: str) -> str:
    values = fields(config)
    title = "Algoritmeregister" if language == "nl" else "Algorithm register"
    lines = [f"# {title}: {values['name'].text(language)}", "", f"> {DISCLAIMER.text(language)}", ""]
    for key, nl, en in FIELDS:
        lines += [f"## {nl if language == 'nl' else en}", "", values[key].text(language), ""]
    return "\n".join(lines)


def dpia_markdown(rows: list[dict[str, str]], language: str) -> str:
    """The DPIA starting document: each personal data field the matching uses, why, and on what basis."""
    nl = language == "nl"
    head = ("# DPIA-startdocument: matching" if nl else "# DPIA starting document: matching")
    intro = text.DPIA_INTRO.text(language)
    cols = (("veld", "categorie", "doel", "grondslag") if nl else ("field", "category", "purpose", "legal basis"))
    lines = [head, "", intro, "", "| " + " | ".join(cols) + " |", "|---|---|---|---|"]
    lines += [f"| `{r['field']}` | {r['category']} | {r['purpose']} | {r['basis']} |" for r in rows]
    return "\n".join(lines + [""])
