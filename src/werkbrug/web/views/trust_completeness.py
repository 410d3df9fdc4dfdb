"""Profile completeness for a consultant's own caseload: the incomplete or stale profiles, least
complete first, with what to ask next; each links to the candidate."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language

from werkbrug.domain.authorisation import Resource
from werkbrug.domain.trust import completeness as rules
from werkbrug.registry.models import Candidate
from werkbrug.trust import completeness
from werkbrug.web import access

PAGE_SIZE = 25
QUESTIONS_SHOWN = 3


@login_required
def caseload_completeness(request: HttpRequest) -> HttpResponse:
    # a candidate of the user's own caseload in the user's organisation: who may read their profile
    own = Resource("candidates", organisation_ids=frozenset(access.organisation_ids(request)),
                   consultant_id=request.user.pk)
    access.require(request, "read", own, ("identifying", "pseudonymised"))
    caseload = access.scoped(request, Candidate.objects.filter(consultant=request.user))
    language = "en" if (get_language() or "nl").startswith("en") else "nl"
    rows = completeness.candidate_rows(caseload, timezone.localdate(), language=language)
    summary = completeness.summary(rows)
    open_rows = sorted((r for r in rows if r["score"] < 1.0 or r["stale"]), key=lambda r: (r["score"], r["id"]))
    page = Paginator(open_rows, PAGE_SIZE).get_page(request.GET.get("page"))
    names = Candidate.objects.in_bulk([r["id"] for r in page.object_list])
    shown = [{**r, "candidate": names[r["id"]], "percent": round(100 * r["score"]),
              "ask": r["ask_next"][:QUESTIONS_SHOWN]} for r in page.object_list if r["id"] in names]
    return render(request, "web/trust/completeness.html", {
        "page": page, "rows": shown, "summary": summary, "open_count": len(open_rows),
        "stale_months": rules.load_rules().stale_after_months})
