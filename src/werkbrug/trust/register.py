"""The algorithm register text and DPIA starting document from the live configuration."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import werkbrug
from werkbrug.domain.accommodations import load_accommodations
from werkbrug.domain.fml import load_catalogue
from werkbrug.domain.matching.settings import load_settings
from werkbrug.domain.trust import dpia
from werkbrug.domain.trust import register as reg
from werkbrug.domain.trust.completeness import load_rules
from werkbrug.domain.trust.rules import load_point_rules
from werkbrug.matching import loading
from werkbrug.matching.models import MatchProposal
from werkbrug.matching.workflow import load_workflow
from werkbrug.trust import fairness

LANGUAGES = ("nl", "en")
MONITORED = ("date_of_birth", "gender", "doelgroep_category", "visible_by_candidate", "visible_by_consultant")
_NOT_PERSONAL = {"id", "external_key"}


def _accommodations_version() -> str:
    import tomllib
    from importlib.resources import files

    return str(tomllib.loads(files("werkbrug.data").joinpath("accommodations.toml").read_text("utf-8"))["version"])


def _fairness(today: date) -> dict[str, Any] | None:
    start = today - timedelta(days=365)
    if not MatchProposal.objects.filter(created_at__date__range=(start, today)).exists():
        return None
    report = fairness.period_report(start, today)
    return {"period": f"{report['from']} – {report['to']}", "source": "werkbrug fairness report",
            "flagged": report["flagged"]}


def candidate_fields() -> tuple[str, ...]:
    return tuple(f for f in loading.CANDIDATE_FIELDS if f not in _NOT_PERSONAL) + ("certificates",)


def config(organisation: str = "", today: date | None = None, with_fairness: bool = True) -> reg.RegisterInput:
    settings, points, completeness = load_settings(), load_point_rules(), load_rules()
    load_accommodations()  # validates the catalogue the text names
    return reg.RegisterInput(
        organisation=organisation or "[naam van de organisatie / name of the organisation]",
        code_version=werkbrug.__version__, weights_version=settings.version, weights=settings.weights,
        waiting_factor=settings.fairness_waiting_factor, fml_version=load_catalogue().version,
        accommodations_version=_accommodations_version(), workflow_version=load_workflow().version,
        completeness_version=completeness.version, stale_after_months=completeness.stale_after_months,
        points_version=points.version,
        point_rules=[points.limit_label, points.margin_label, *(j.label for j in points.judgement),
                     points.accommodation_label, points.carving_label],
        candidate_fields=candidate_fields(),
        work_fields=tuple(f for f in loading.WORK_FIELDS if f not in _NOT_PERSONAL),
        fairness=_fairness(today or date.today()) if with_fairness else None)


def generate(language: str, organisation: str = "", today: date | None = None,
             with_fairness: bool = True) -> dict[str, Any]:
    cfg = config(organisation, today, with_fairness)
    return {"json": reg.as_json(cfg, language), "markdown": reg.as_markdown(cfg, language),
            "dpia": reg.dpia_markdown(dpia.rows(candidate_fields() + MONITORED, language), language)}


def write(directory: Path, languages: tuple[str, ...] = LANGUAGES, organisation: str = "",
          today: date | None = None, with_fairness: bool = True) -> list[Path]:
    """register.<lang>.md, register.<lang>.json and dpia.<lang>.md per language."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for language in languages:
        out = generate(language, organisation, today, with_fairness)
        for name, content in ((f"register.{language}.md", out["markdown"]),
                              (f"register.{language}.json",
                               json.dumps(out["json"], indent=2, ensure_ascii=False) + "\n"),
                              (f"dpia.{language}.md", out["dpia"])):
            path = directory / name
            path.write_text(content, encoding="utf-8")
            written.append(path)
    return written
