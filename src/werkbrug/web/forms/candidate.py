"""Register or edit a candidate: personal details, wishes, consent and the FML profile."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from werkbrug.domain import vocabulary
from werkbrug.domain.identifiers import bsn_is_valid, normalise_bsn, normalise_postcode
from werkbrug.domain.places import places_by_pc4
from werkbrug.registry.models import Candidate
from werkbrug.web.forms import fml
from werkbrug.web.forms.labels import code_choices
from werkbrug.web.forms.widgets import date_field, decimal_field

# Model fields the form edits directly (the rest is derived or handled separately).
EDITED = ("given_name", "family_name", "date_of_birth", "gender", "email", "phone", "postcode", "place",
          "education_level", "situation", "benefit", "wish_hours_min", "wish_hours_max", "max_travel_km",
          "driving_licence", "needs_jobcoach", "visible_by_candidate", "visible_by_consultant")


def _choices(code_list: dict[str, Any], blank: bool = False) -> list[tuple[str, str]]:
    return ([("", gettext_lazy("Not known"))] if blank else []) + code_choices(code_list)


class CandidateForm(forms.Form):
    given_name = forms.CharField(label=gettext_lazy("Given name"), max_length=100,
                                 widget=forms.TextInput(attrs={"autocomplete": "off"}))
    family_name = forms.CharField(label=gettext_lazy("Family name"), max_length=100,
                                  widget=forms.TextInput(attrs={"autocomplete": "off"}))
    bsn = forms.CharField(label=gettext_lazy("BSN"), max_length=11,
                          help_text=gettext_lazy("The citizen service number: 9 digits."),
                          widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}))
    date_of_birth = date_field(gettext_lazy("Date of birth"))
    gender = forms.ChoiceField(label=gettext_lazy("Gender"), choices=_choices(vocabulary.GENDERS))
    email = forms.EmailField(label=gettext_lazy("E-mail"), required=False)
    phone = forms.CharField(label=gettext_lazy("Phone"), required=False, max_length=20)
    postcode = forms.CharField(label=gettext_lazy("Postcode"), max_length=7,
                               help_text=gettext_lazy("For example 2311 AB."))
    place = forms.CharField(label=gettext_lazy("Place of residence"), required=False, max_length=100,
                            help_text=gettext_lazy("Leave empty to use the place of the postcode."))
    education_level = forms.ChoiceField(label=gettext_lazy("Education level"), required=False,
                                        choices=_choices(vocabulary.EDUCATION_LEVELS, blank=True))
    situation = forms.ChoiceField(label=gettext_lazy("Current situation"), choices=_choices(vocabulary.SITUATIONS))
    benefit = forms.ChoiceField(label=gettext_lazy("Benefit"), choices=_choices(vocabulary.BENEFITS))
    wish_hours_min = decimal_field(gettext_lazy("Minimum hours per week"), 0.5, 60)
    wish_hours_max = decimal_field(gettext_lazy("Maximum hours per week"), 0.5, 60)
    max_travel_km = decimal_field(gettext_lazy("Maximum travel distance (km)"), 0, 300)
    driving_licence = forms.BooleanField(label=gettext_lazy("Has a driving licence"), required=False)
    needs_jobcoach = forms.BooleanField(label=gettext_lazy("Needs a job coach"), required=False)
    visible_by_candidate = forms.BooleanField(
        label=gettext_lazy("The candidate agrees that employers see an anonymous profile"), required=False)
    visible_by_consultant = forms.BooleanField(
        label=gettext_lazy("I agree that employers see the anonymous profile"), required=False)

    def __init__(self, *args: Any, candidate: Candidate | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.candidate = candidate
        if candidate is not None:
            del self.fields["bsn"]  # the BSN identifies the person; it is not edited here
            self.fields["version"] = forms.IntegerField(widget=forms.HiddenInput, initial=candidate.version)
        fml.add_fml_fields(self, candidate.fml_profile if candidate else {})

    def fml_groups(self) -> list[dict[str, Any]]:
        return fml.fml_groups(self)

    def clean_bsn(self) -> str:
        bsn = normalise_bsn(self.cleaned_data["bsn"])
        if not bsn_is_valid(bsn):
            raise forms.ValidationError(_("This is not a valid BSN: check the 9 digits."))
        if Candidate.objects.filter(bsn=bsn).exists():
            raise forms.ValidationError(_("A candidate with this BSN is already registered."))
        return bsn

    def clean_postcode(self) -> str:
        postcode = normalise_postcode(self.cleaned_data["postcode"])
        if postcode is None or postcode[:4] not in places_by_pc4():
            raise forms.ValidationError(_("Enter a Dutch postcode, for example 2311 AB."))
        return postcode

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        low, high = data.get("wish_hours_min"), data.get("wish_hours_max")
        if low is not None and high is not None and low > high:
            self.add_error("wish_hours_max", _("The maximum must be at least the minimum."))
        data["fml_profile"] = fml.clean_fml(self)
        return data

    def record_values(self) -> dict[str, Any]:
        """The form's values in the registry's record shape (see werkbrug.domain.schema)."""
        data = self.cleaned_data
        values = {name: data.get(name) for name in EDITED}
        place = places_by_pc4()[data["postcode"][:4]]
        values.update({"place": data.get("place") or place.name, "latitude": place.latitude,
                       "longitude": place.longitude, "arbeidsmarktregio": place.region,
                       "fml_profile": data["fml_profile"], "education_level": data.get("education_level") or None})
        if "bsn" in data:
            values["bsn"] = data["bsn"]
        return values


def initial_for(candidate: Candidate) -> dict[str, Any]:
    initial = {name: getattr(candidate, name) for name in EDITED}
    initial["date_of_birth"] = candidate.date_of_birth.strftime("%d-%m-%Y")
    return initial
