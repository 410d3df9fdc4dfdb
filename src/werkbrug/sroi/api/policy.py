"""Access policies of the SROI views (werkbrug.security.api): one Rule per DRF action, turned
into an audited export (a purpose required) when a report is downloaded as Excel or PDF."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from rest_framework.request import Request

from werkbrug.security.api import Rule

DOWNLOADS = {"xlsx", "pdf"}


def downloading(request: Request) -> bool:
    return request.query_params.get("format", "").strip().lower() in DOWNLOADS


def policy(rules: Mapping[str, Rule], reports: tuple[str, ...] = ()) -> Callable[[Any, Request], Rule | None]:
    """``rules`` by DRF action (or HTTP method); the actions in ``reports`` may be downloaded."""

    def decide_rule(view: Any, request: Request) -> Rule | None:
        method = (request.method or "").lower()
        key = getattr(view, "action", None) or ("get" if method == "head" else method)
        rule = rules.get(key)
        if rule is not None and key in reports and downloading(request):
            return replace(rule, action="export", export=True)
        return rule

    decide_rule.rules = dict(rules)  # type: ignore[attr-defined]  # for docs and tests
    return decide_rule
