"""The job-carving wizard for employer HR and consultants: choose where the roles come from
(the employer's work items, the uploaded roles template, or a form with one row per task), run
the carving (CP-SAT, docs/carving.md), see the carved roles, and save them as draft work items.

The roles of a run are kept in the session (as template rows, never personal data) so that
"save" carves exactly what was shown. Every step is a plain form post: no JavaScript needed."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from werkbrug.carving.roles_file import RolesFileError, parse_roles, roles_from_rows, rows_of
from werkbrug.carving.services import CarveRefused, carve_for_employer, roles_from_registry
from werkbrug.domain.authorisation import Resource
from werkbrug.domain.carving import CarveSettings
from werkbrug.domain.errors import Issue
from werkbrug.registry.models import Organisation
from werkbrug.security import audit
from werkbrug.web import access
from werkbrug.web.forms.carving import CarveSettingsForm, CarveStartForm, RoleRowFormSet
from werkbrug.web.views.carving_display import result_context

SESSION_KEY = "werkbrug_carving"
EMPLOYER_KINDS = ("employer", "social_enterprise", "sob")
EXTRA_ROWS = 5


def employer_choices(request: HttpRequest) -> list[tuple[int, str]]:
    """Employers whose work the user may change (their own organisation, or all for a consultant);
    none at all is a 403 (audited)."""
    found = access.scoped(request, Organisation.objects.filter(kind__in=EMPLOYER_KINDS), "update")
    choices = [(o.pk, o.name) for o in found.order_by("name", "pk")[:1000]]
    if not choices:
        access.require(request, "create", Resource("work"), ("general",))
    return choices


def _employer(request: HttpRequest, pk: int, action: str = "read") -> Organisation:
    employer = Organisation.objects.get(pk=pk)
    access.require(request, action, Resource("work", frozenset({employer.pk})), ("general",), purpose="registratie")
    return employer


def issue_texts(issues: list[Issue]) -> list[str]:
    language = get_language() or "nl"
    return [f"{issue.field}: {issue.message.text(language)}" for issue in issues]


def _settings(data: dict[str, Any]) -> CarveSettings:
    return CarveSettings(min_hours=Decimal(str(data["min_hours"])), max_hours=Decimal(str(data["max_hours"])))


def _state(data: dict[str, Any], rows: list[dict[str, str]] | None) -> dict[str, Any]:
    return {"employer": data["employer"], "date": data["date"].isoformat() if data["date"] else None,
            "min_hours": str(data["min_hours"]), "max_hours": str(data["max_hours"]), "rows": rows}


def _run(request: HttpRequest, state: dict[str, Any], persist: bool) -> dict[str, Any]:
    """Carve what the state describes; raises CarveRefused or RolesFileError."""
    employer = _employer(request, int(state["employer"]), "create" if persist else "read")
    roles = None if state["rows"] is None else roles_from_rows(list(enumerate(state["rows"], start=1)))
    on = date.fromisoformat(state["date"]) if state["date"] else None
    with transaction.atomic():
        result = carve_for_employer(employer, roles, persist=persist, settings=_settings(state), on=on)
    if persist:
        audit.record("create", purpose="registratie", actor=request.user, object_type="work",
                     object_id=employer.pk, organisation_id=employer.pk, explanation="jobcarving")
    data = result.as_dict()
    data["employer_name"] = employer.name
    names = {(r.key, t.key): t.name for r in result.roles for t in r.tasks} | {(r.key, ""): r.title
                                                                              for r in result.roles}
    return result_context(request, data, employer.pk, names)


def _result(request: HttpRequest, state: dict[str, Any], persist: bool = False) -> HttpResponse:
    try:
        data = _run(request, state, persist)
    except CarveRefused as refused:
        language = get_language() or "nl"
        errors = [refused.message.text(language), *issue_texts(refused.issues)]
        return render(request, "web/carving/refused.html", {"errors": errors}, status=400)
    except RolesFileError as bad:
        return render(request, "web/carving/refused.html", {"errors": issue_texts(bad.issues)}, status=400)
    request.session[SESSION_KEY] = state
    return render(request, "web/carving/result.html", {"result": data, "saved": persist})


@login_required
def carving_start(request: HttpRequest) -> HttpResponse:
    choices = employer_choices(request)
    form = CarveStartForm(request.POST or None, request.FILES or None, employers=choices,
                          initial={"employer": choices[0][0]})
    extra: list[str] = []
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if data["source"] == "upload":
                upload = data["roles_file"]
                rows = rows_of(parse_roles(upload.name, upload.read()))
                return _result(request, _state(data, rows))
            if data["source"] == "form":
                employer = _employer(request, data["employer"])
                request.session[SESSION_KEY] = _state(data, rows_of(roles_from_registry(employer)[0]))
                return redirect("web:carving-roles")
        except RolesFileError as bad:
            extra = issue_texts(bad.issues)
        except CarveRefused:  # no usable work items yet: start from an empty form
            request.session[SESSION_KEY] = _state(data, [])
            return redirect("web:carving-roles")
        else:
            return _result(request, _state(data, None))
    status = 400 if request.method == "POST" else 200
    return render(request, "web/carving/start.html", {"form": form, "extra_errors": extra}, status=status)


def _initial_rows(state: dict[str, Any] | None) -> list[dict[str, str]]:
    rows = list((state or {}).get("rows") or [])
    return rows + [{}] * EXTRA_ROWS


def _settings_initial(state: dict[str, Any] | None, choices: list[tuple[int, str]]) -> dict[str, Any]:
    if not state:
        return {"employer": choices[0][0]}
    return {"employer": state["employer"], "date": date.fromisoformat(state["date"]) if state["date"] else None,
            "min_hours": state["min_hours"], "max_hours": state["max_hours"]}


@login_required
def carving_roles(request: HttpRequest) -> HttpResponse:
    """The roles as a form: one row per task (the template's columns). "More rows" adds empty rows."""
    choices = employer_choices(request)
    state = request.session.get(SESSION_KEY)
    if request.method != "POST":
        form = CarveSettingsForm(employers=choices, initial=_settings_initial(state, choices))
        rows = RoleRowFormSet(initial=_initial_rows(state), prefix="rows")
        return render(request, "web/carving/roles.html", {"form": form, "rows": rows})
    form = CarveSettingsForm(request.POST, employers=choices)
    rows = RoleRowFormSet(request.POST, prefix="rows")
    extra: list[str] = []
    if form.is_valid() and rows.is_valid():
        filled = [{k: str(v or "") for k, v in r.cleaned_data.items()} for r in rows.forms if not r.is_blank()]
        state = _state(form.cleaned_data, filled)
        if "more" in request.POST:
            request.session[SESSION_KEY] = state
            return redirect("web:carving-roles")
        try:
            roles_from_rows(list(enumerate(filled, start=1)))
        except RolesFileError as bad:
            extra = [_("Row numbers count the filled-in rows from the top.")] + issue_texts(bad.issues)
        else:
            return _result(request, state)
    extra += [str(e) for e in rows.non_form_errors()]
    return render(request, "web/carving/roles.html", {"form": form, "rows": rows, "extra_errors": extra},
                  status=400)


@login_required
@require_POST
def carving_save(request: HttpRequest) -> HttpResponse:
    """Carve the session's roles again and save the carved roles as draft work items."""
    state = request.session.get(SESSION_KEY)
    if not state:
        messages.error(request, _("There is no carving to save. Run the carving first."))
        return redirect("web:carving")
    return _result(request, state, persist=True)


TEMPLATE_TYPES = {"csv": "text/csv; charset=utf-8",
                  "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


@login_required
def carving_template(request: HttpRequest, extension: str) -> HttpResponse:
    """The empty roles template with a worked example, as .csv or .xlsx."""
    from werkbrug.carving.roles_template import template_csv, template_xlsx

    employer_choices(request)
    content = template_csv() if extension == "csv" else template_xlsx()
    response = HttpResponse(content, content_type=TEMPLATE_TYPES[extension])
    response["Content-Disposition"] = f'attachment; filename="werkbrug-functies.{extension}"'
    return response
