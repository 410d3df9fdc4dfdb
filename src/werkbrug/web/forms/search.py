"""Search and filter forms (GET): they never change anything."""

from __future__ import annotations

from functools import cache

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from werkbrug.domain.places import regions
from werkbrug.domain.taxonomy import shipped_entries


@cache
def region_names() -> tuple[str, ...]:
    return tuple(sorted(r.name for r in regions()))


def region_choices() -> list[tuple[str, str]]:
    return [("", _("All regions")), *((name, name) for name in region_names())]


class CandidateSearchForm(forms.Form):
    q = forms.CharField(label=_("Name or key"), required=False, max_length=100)
    region = forms.ChoiceField(label=_("Labour-market region"), required=False, choices=region_choices)
    status = forms.ChoiceField(label=_("Status"), required=False, choices=[
        ("", _("All")), ("available", _("Looking for work")), ("placed", _("Placed"))])
    mine = forms.BooleanField(label=_("Only my caseload"), required=False)


class ExplorerForm(forms.Form):
    region = forms.ChoiceField(label=_("Labour-market region"), required=False, choices=region_choices)
    hours = forms.DecimalField(label=_("Hours per week"), required=False, min_value=1, max_value=60,
                               help_text=_("Shows people who want to work this number of hours."))
    occupation = forms.ChoiceField(label=_("Kind of work"), required=False)

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["occupation"].choices = [("", _("All kinds of work")), *occupation_choices()]


def occupation_choices() -> list[tuple[str, str]]:
    english = (get_language() or "nl").startswith("en")
    entries = [e for e in shipped_entries() if e.kind == "occupation"]
    return sorted(((e.uri, e.label_en if english else e.label_nl) for e in entries), key=lambda c: c[1])
