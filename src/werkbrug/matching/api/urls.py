"""Routes of the matching API, included under /api/v1/ by config/urls.py.

Each route also answers without its trailing slash (an alias left out of the OpenAPI file), so
`POST /api/v1/match/assign` works as well as `POST /api/v1/match/assign/`."""

from __future__ import annotations

from typing import Any

from django.urls import URLPattern, path
from rest_framework.routers import SimpleRouter

from werkbrug.matching.api.views_match import (
    AssignView,
    CandidateWorkView,
    ExplainView,
    WorkCandidatesView,
)
from werkbrug.matching.api.views_proposals import ProposalViewSet, RunViewSet, WorkflowView

router = SimpleRouter()
router.register("proposals", ProposalViewSet, basename="proposal")
router.register("match/runs", RunViewSet, basename="match-run")


def with_alias(route: str, view: Any, name: str, **initkwargs: Any) -> list[URLPattern]:
    """``route/`` (documented) and ``route`` (alias, schema=None keeps it out of the OpenAPI file)."""
    return [path(f"{route}/", view.as_view(**initkwargs), name=name),
            path(route, view.as_view(**initkwargs, schema=None))]


def _action_alias(route: str, viewset: Any, actions: dict[str, str]) -> URLPattern:
    return path(route, viewset.as_view(actions, schema=None))


urlpatterns = [
    *with_alias("match/candidates/<int:id>/work", CandidateWorkView, "match-candidate-work"),
    *with_alias("match/work/<int:id>/candidates", WorkCandidatesView, "match-work-candidates"),
    *with_alias("match/explain", ExplainView, "match-explain"),
    *with_alias("match/assign", AssignView, "match-assign"),
    *with_alias("proposals/workflow", WorkflowView, "proposal-workflow"),
    _action_alias("proposals/<int:pk>/transition", ProposalViewSet, {"post": "transition"}),
    _action_alias("proposals/<int:pk>", ProposalViewSet, {"get": "retrieve"}),
    _action_alias("proposals", ProposalViewSet, {"get": "list"}),
    _action_alias("match/runs/<int:pk>", RunViewSet, {"get": "retrieve"}),
    _action_alias("match/runs", RunViewSet, {"get": "list"}),
    *router.urls,
]
