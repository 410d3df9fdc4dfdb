"""The three questions of matching over HTTP: work for a candidate, candidates for work,
one pair explained, and a region assigned (optionally saved as a run with proposals)."""

from __future__ import annotations

from typing import Any

from django.utils import translation
from drf_spectacular.utils import extend_schema
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from werkbrug.domain.errors import Message
from werkbrug.matching import runs, services
from werkbrug.matching.api.common import (
    CapabilitySchema,
    bool_param,
    int_param,
    query_bool,
    query_int,
)
from werkbrug.matching.api.redact import classes_for, redact
from werkbrug.matching.api.serializers import (
    AssignRequestSerializer,
    AssignResultSerializer,
    CandidateWorkSerializer,
    PairSerializer,
    WorkCandidatesSerializer,
)
from werkbrug.registry.api.problems import field_error
from werkbrug.registry.api.views.base import ApiMixin
from werkbrug.registry.models import Candidate, Work
from werkbrug.security import api as secured
from werkbrug.security.api import Rule

HEALTH_READ = Rule("candidates", "read", ("health_fml",))

TOP = int_param("top", "How many results (1-200, default 10).")
FAIR = bool_param("fair", "Extra priority for long waiting time (the fairness option).")


def _language() -> str:
    return translation.get_language() or "nl"


def _ids(model: type[Candidate] | type[Work], keys: set[str]) -> dict[str, int]:
    return dict(model.objects.filter(external_key__in=keys).values_list("external_key", "id"))


def with_ids(rows: list[dict[str, Any]], anonymous: bool = False) -> list[dict[str, Any]]:
    """Service rows carry external keys; the API gives numeric ids with *_key next to them."""
    cands = {} if anonymous else _ids(Candidate, {r["candidate"] for r in rows})
    works = _ids(Work, {r["work"] for r in rows})
    out = []
    for rank, row in enumerate(rows, start=1):
        key = None if anonymous else row["candidate"]
        out.append({"rank": rank, "candidate": cands.get(key) if key else None, "candidate_key": key,
                    "work": works[row["work"]], "work_key": row["work"]}
                   | {k: v for k, v in row.items() if k not in {"candidate", "work"}})
    return out


class MatchView(ApiMixin, APIView):
    schema = CapabilitySchema()
    extra_problem_codes = {"get": ("400",)}
    access_policy = {"get": HEALTH_READ}


def _shown_rows(request: Request, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows about candidates the actor may not read with health data are left out; the others
    are audited as reads of health data (one row per candidate)."""
    found = {c.pk: c for c in Candidate.objects.filter(pk__in=[r["candidate"] for r in rows if r["candidate"]])}
    shown = []
    for row in rows:
        candidate = found.get(row["candidate"])
        if candidate is not None and "health_fml" in classes_for(request, candidate):
            secured.audit_event(request, "read", "candidates", candidate, required=True)
            shown.append(row)
    return shown


class CandidateWorkView(MatchView):
    """Open work that fits one candidate, best first, each with its explanation."""

    @extend_schema(tags=["matching"], parameters=[TOP, FAIR], responses=CandidateWorkSerializer,
                   operation_id="match_candidate_work")
    def get(self, request: Request, id: int) -> Response:
        candidate = Candidate.objects.get(pk=id)  # 404 when unknown
        secured.decide(request, "read", candidate, ("health_fml",))
        secured.audit_event(request, "read", "candidates", candidate, required=True)
        result = services.recommend_for_candidate(str(candidate.pk), query_int(request, "top", 10, high=200),
                                                  fair=query_bool(request, "fair"), language=_language())
        return Response({"candidate": candidate.pk, "candidate_key": candidate.external_key,
                         "parameters_version": result["settings_version"], "results": with_ids(result["work"])})


class WorkCandidatesView(MatchView):
    """Available candidates who fit one work item, best first. With anonymous=true the employer's
    view: only candidates who consented (both visibility flags), without ids or keys and
    without health-derived details."""

    @staticmethod
    def access_policy(view: Any, request: Request) -> Rule:  # type: ignore[override]
        anonymous = request.query_params.get("anonymous", "").lower() in {"true", "1", "yes", "ja"}
        return Rule("candidates", "read", ("pseudonymised",)) if anonymous else HEALTH_READ

    @extend_schema(tags=["matching"], parameters=[TOP, FAIR, bool_param(
        "anonymous", "Employer-safe view: consenting candidates only, no ids or keys.")],
        responses=WorkCandidatesSerializer, operation_id="match_work_candidates")
    def get(self, request: Request, id: int) -> Response:
        work = Work.objects.get(pk=id)
        secured.decide(request, "read", work)
        anonymous = query_bool(request, "anonymous")
        result = services.recommend_for_work(str(work.pk), query_int(request, "top", 10, high=200),
                                             fair=query_bool(request, "fair"), language=_language(),
                                             anonymous=anonymous)
        rows = with_ids(result["candidates"], anonymous)
        rows = [redact(r, frozenset(), _language()) for r in rows] if anonymous else _shown_rows(request, rows)
        return Response({"work": work.pk, "work_key": work.external_key, "anonymous": anonymous,
                         "parameters_version": result["settings_version"], "results": rows})


def _existing(request: Request, name: str, model: type[Candidate] | type[Work]) -> Any:
    pk = query_int(request, name)
    found = model.objects.filter(pk=pk).first()
    if found is None:
        raise field_error(name, "unknown_reference", Message(f"er is geen record met id {pk}",
                                                             f"there is no record with id {pk}"))
    return found


class ExplainView(MatchView):
    """Why one candidate does or does not fit one work item: verdict, components, conflicts,
    accommodations (cost, funding route) and the carving option."""

    @extend_schema(tags=["matching"], parameters=[
        int_param("candidate", "Candidate id.", required=True), int_param("work", "Work id.", required=True), FAIR],
        responses=PairSerializer, operation_id="match_explain")
    def get(self, request: Request) -> Response:
        candidate, work = _existing(request, "candidate", Candidate), _existing(request, "work", Work)
        secured.decide(request, "read", candidate, ("health_fml",))
        secured.audit_event(request, "read", "candidates", candidate, required=True)
        row = services.explain(str(candidate.pk), str(work.pk), language=_language(),
                               fair=query_bool(request, "fair"))
        [pair] = with_ids([row])
        del pair["rank"]
        return Response(pair)


class AssignView(MatchView):
    """Each available candidate at most one open work item, each work item at most its places,
    for one region or the whole country; save = true stores a run with one proposal per pair.
    Assignments of candidates the actor may not read with health data show no candidate."""

    access_policy = {"post": HEALTH_READ}

    @extend_schema(tags=["matching"], request=AssignRequestSerializer, responses=AssignResultSerializer,
                   operation_id="match_assign")
    def post(self, request: Request) -> Response:
        parsed = AssignRequestSerializer(data=request.data)
        parsed.is_valid(raise_exception=True)
        o = parsed.validated_data
        run = None
        if o["save"] and not secured.fieldpolicy.gate(secured.request_actor(request), "introductions", "create"):
            secured.refuse(request, Rule("introductions", "create"))
        if o["save"]:
            result, run = runs.assign_and_save(o["region"] or None, o["mode"], o["top"], fair=o["fair"],
                                               actor=request.user)
        else:
            result = services.assign(o["region"] or None, o["mode"], o["top"], fair=o["fair"])
        cands = _ids(Candidate, {a["candidate"] for a in result["assignments"]})
        works = _ids(Work, {a["work"] for a in result["assignments"]})
        visible = _shown_rows(request, [{"candidate": pk} for pk in cands.values()])
        allowed = {r["candidate"] for r in visible}
        assignments = [redact({"candidate": cands[a["candidate"]], "candidate_key": a["candidate"],
                               "work": works[a["work"]], "work_key": a["work"], "score": a["score"]},
                              frozenset({"identifying"}) if cands[a["candidate"]] in allowed else frozenset())
                       for a in result["assignments"]]
        body = {k: v for k, v in result.items() if k not in {"settings_version", "assignments"}}
        return Response(body | {"parameters_version": result["settings_version"],
                                "run": run.pk if run else None, "assignments": assignments})
