"""Introducing a candidate to an employer (beoordelingspunten judged, consent recorded), and the
next steps of the proposal: trial placement, placement, decline."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from werkbrug.domain import vocabulary
from werkbrug.domain.trust.rules import load_point_rules
from werkbrug.matching.workflow import load_workflow
from werkbrug.trust.assessments import MIN_MOTIVATION
from werkbrug.web.forms.labels import code_choices, label
from werkbrug.web.forms.widgets import date_field, decimal_field

RADIO = "utrecht-radio-button utrecht-radio-button--html-input"


def judgement_name(n: int) -> str:
    return f"point_{n}_judgement"


def motivation_name(n: int) -> str:
    return f"point_{n}_motivation"


class IntroductionForm(forms.Form):
    """One judgement and motivation per open beoordelingspunt, then the candidate's consent."""

    # The server checks (novalidate); without required/minlength the browser does not paint
    # untouched fields as invalid before anything was submitted.
    use_required_attribute = False

    consent = forms.BooleanField(
        label=gettext_lazy("The candidate agreed to be introduced to this employer"), required=True,
        error_messages={"required": gettext_lazy("Record the candidate's consent first: without it nobody is "
                                                 "introduced.")})
    consent_date = date_field(gettext_lazy("Date the candidate agreed"))
    note = forms.CharField(label=gettext_lazy("Note"), required=False, max_length=500,
                           help_text=gettext_lazy("No health details: the employer's name and the date are enough."),
                           widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args: Any, points: list[dict[str, Any]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.points = points
        judgements = [(code, label(message)) for code, message in load_point_rules().judgements.items()]
        for n, point in enumerate(points):
            self.fields[judgement_name(n)] = forms.ChoiceField(
                label=point["text"], choices=judgements, widget=forms.RadioSelect(attrs={"class": RADIO}),
                error_messages={"required": gettext_lazy("Choose your judgement of this point.")})
            self.fields[motivation_name(n)] = forms.CharField(
                label=gettext_lazy("Motivation"), min_length=MIN_MOTIVATION, max_length=2000,
                help_text=gettext_lazy("Why you judge it so, in a few sentences (at least 20 characters)."),
                widget=forms.Textarea(attrs={"rows": 3}),
                error_messages={"required": gettext_lazy("Write down why you judge it so."),
                                "min_length": gettext_lazy("Write at least 20 characters: a reason, not a tick.")})
            self.fields[motivation_name(n)].widget.attrs.pop("minlength", None)

    def point_rows(self) -> list[dict[str, Any]]:
        return [{"point": p, "judgement": self[judgement_name(n)], "motivation": self[motivation_name(n)]}
                for n, p in enumerate(self.points)]

    def assessments(self) -> list[tuple[str, str, str]]:
        """(point key, judgement, motivation) for every point on the form."""
        data = self.cleaned_data
        return [(p["key"], data[judgement_name(n)], data[motivation_name(n)]) for n, p in enumerate(self.points)]

    def clean_consent(self) -> bool:
        if not self.cleaned_data["consent"]:
            raise forms.ValidationError(_("Record the candidate's consent first: without it nobody is introduced."))
        return True


class TrialForm(forms.Form):
    start_date = date_field(gettext_lazy("Start of the trial placement"))
    hours_per_week = decimal_field(gettext_lazy("Hours per week"), 0.5, 60)


class PlaceForm(forms.Form):
    placement_kind = forms.ChoiceField(label=gettext_lazy("Kind of placement"),
                                       choices=code_choices(vocabulary.PLACEMENT_KINDS))
    start_date = date_field(gettext_lazy("Start date"))
    hours_per_week = decimal_field(gettext_lazy("Hours per week"), 0.5, 60)


def reason_choices() -> list[tuple[str, str]]:
    return [(code, label(message)) for code, message in load_workflow().reasons.items()]


class DeclineForm(forms.Form):
    reason = forms.ChoiceField(label=gettext_lazy("Reason"), choices=reason_choices)
    note = forms.CharField(label=gettext_lazy("Note"), required=False, max_length=500,
                           widget=forms.Textarea(attrs={"rows": 2}))
