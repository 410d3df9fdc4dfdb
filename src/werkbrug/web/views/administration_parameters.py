"""The parameter tables with their history, read-only: the legal parameters
(data/parameters/*.toml) and the SROI bouwblokken (data/sroi/*.toml). Changes go through those
versioned data files (a reviewed change with a source), never through a form."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib.resources import files
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from werkbrug.domain.parameters import load_parameters
from werkbrug.domain.sroi.loader import load_methods
from werkbrug.web.views.administration import managed_organisations


@cache
def _files() -> list[tuple[str, str, list[str]]]:
    """(file name, description, parameter names) per shipped parameter file."""
    out = []
    for path in sorted(files("werkbrug.data").joinpath("parameters").iterdir(), key=lambda p: p.name):
        if path.name.endswith(".toml"):
            raw = tomllib.loads(path.read_text("utf-8"))
            out.append((path.name, str(raw.get("description", "")),
                        sorted(k for k, v in raw.items() if isinstance(v, list))))
    return out


def parameter_groups() -> list[dict[str, Any]]:
    today, parameters = timezone.localdate(), load_parameters()
    groups = []
    for name, description, names in _files():
        rows = []
        for parameter in names:
            for version in reversed(parameters.history(parameter)):
                rows.append({"version": version, "current": version == parameters.get(parameter, today)
                             if version.valid_from <= today else False})
        groups.append({"file": name, "description": description, "rows": rows})
    return groups


@login_required
def parameter_tables(request: HttpRequest) -> HttpResponse:
    managed_organisations(request)
    return render(request, "web/administration/parameters.html", {"groups": parameter_groups(), "today": timezone.localdate()})


@login_required
def bouwblokken(request: HttpRequest) -> HttpResponse:
    managed_organisations(request)
    methods = sorted(load_methods().values(), key=lambda m: m.name)
    return render(request, "web/administration/bouwblokken.html", {"methods": methods})
