"""What the carving result page shows of the candidates who fit a carved role: a consultant who
may read a candidate's health data sees the key (and a link); anyone else sees a pseudonym, and
only of candidates who agreed to be visible to employers or were introduced to their
organisation. Everyone sees the count."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.translation import get_language

from werkbrug.businesscase.access import candidate_view, pseudonym_for
from werkbrug.registry.models import Candidate, Work
from werkbrug.web import access


def shown_candidates(request: HttpRequest, ids: list[int]) -> list[dict[str, Any]]:
    actor = access.actor(request)
    found = {c.pk: c for c in Candidate.objects.filter(pk__in=ids)}
    shown = []
    for pk in ids:
        candidate = found.get(pk)
        view = candidate_view(actor, candidate) if candidate is not None else None
        if view == "full":
            shown.append({"pk": pk, "label": candidate.external_key, "ref": candidate.external_key, "link": True})
        elif view == "pseudonymised":
            name = pseudonym_for(actor, pk)
            shown.append({"pk": pk, "label": name, "ref": name, "link": False})
    return shown


def _named(tasks: list[dict[str, Any]], names: dict[tuple[str, str], str]) -> list[dict[str, Any]]:
    """Task and role keys with the names the employer gave them."""
    return [{**t, "names": [names.get((t["from_role"], k), k) for k in t["tasks"]],
             "from_title": names.get((t["from_role"], ""), t["from_role"])} for t in tasks]


def result_context(request: HttpRequest, data: dict[str, Any], employer_id: int,
                   names: dict[tuple[str, str], str]) -> dict[str, Any]:
    """The carve JSON (werkbrug.carving.report) with the candidates this user may see, the task
    names and, once saved, the work item of each carved role (for its business case)."""
    saved = {w.external_key: w for w in Work.objects.filter(employer_id=employer_id,
                                                            external_key__in=data.get("saved_work", []))}
    roles = []
    for index, role in enumerate(data["roles"]):
        key = data["saved_work"][index] if index < len(data.get("saved_work", [])) else None
        roles.append({**role, "tasks": _named(role["tasks"], names), "shown_candidates": shown_candidates(request, role.get("candidate_ids", [])),
                      "work": saved.get(key) if key else None})
    language = "en" if (get_language() or "nl").startswith("en") else "nl"
    return {**data, "roles": roles, "summary_text": data["summary"][language],
            "not_carvable": [{**entry, "text": entry[language], "role_title": names.get((entry["role"], ""), entry["role"]),
                              "names": [names.get((entry["role"], k), k) for k in entry["tasks"]]}
                             for entry in data["not_carvable"]],
            "skipped": [entry[language] for entry in data["skipped"]]}
