"""The regional dashboards' filter form (GET: it never changes anything)."""

from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from werkbrug.web.forms.search import region_choices

FIRST_YEAR = 2013  # the Banenafspraak's first year after the nulmeting


def year_choices() -> list[tuple[str, str]]:
    return [(str(y), str(y)) for y in range(timezone.localdate().year, FIRST_YEAR - 1, -1)]


class DashboardForm(forms.Form):
    region = forms.ChoiceField(label=_("Labour-market region"), required=False, choices=region_choices)
    year = forms.TypedChoiceField(label=_("Year"), choices=year_choices, coerce=int)
