"""Forms of the functional administrator: organisations, accounts and grants, data-sharing agreements."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from werkbrug.domain import vocabulary
from werkbrug.domain.authorisation import default_policy
from werkbrug.registry.models import Organisation
from werkbrug.web.forms.labels import code_choices, label
from werkbrug.web.forms.widgets import date_field

# Organisation fields the form edits (the key is made by the page; the rest is in the registry schema).
ORGANISATION_FIELDS = ("name", "kind", "kvk_number", "sector", "arbeidsmarktregio", "employees")


class OrganisationForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200)
    kind = forms.ChoiceField(label=_("Kind of organisation"), choices=code_choices(vocabulary.ORGANISATION_KINDS))
    kvk_number = forms.CharField(label=_("Chamber of Commerce number"), max_length=8, required=False,
                                 help_text=_("8 digits; leave empty for a government body without one."),
                                 widget=forms.TextInput(attrs={"inputmode": "numeric"}))
    sector = forms.ChoiceField(label=_("Sector"), choices=code_choices(vocabulary.SECTORS))
    arbeidsmarktregio = forms.CharField(label=_("Labour-market region"), max_length=64, required=False)
    employees = forms.IntegerField(label=_("Number of employees"), min_value=0, required=False,
                                   widget=forms.TextInput(attrs={"inputmode": "numeric"}))
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def values(self) -> dict[str, Any]:
        return {name: self.cleaned_data.get(name) for name in ORGANISATION_FIELDS}


def role_choices() -> list[tuple[str, str]]:
    return [(code, label(role.label)) for code, role in default_policy().roles.items()]


def _organisations(ids: list[int]) -> forms.ModelChoiceField:
    return forms.ModelChoiceField(label=_("Organisation"), queryset=Organisation.objects.filter(pk__in=ids),
                                  empty_label=None)


class GrantForm(forms.Form):
    organisation = forms.ModelChoiceField(label=_("Organisation"), queryset=Organisation.objects.none())
    role = forms.ChoiceField(label=_("Role"), choices=role_choices)
    caseload_only = forms.BooleanField(label=_("Only the own caseload (candidates assigned to this person)"),
                                       required=False)

    def __init__(self, *args: Any, organisations: list[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organisation"] = _organisations(organisations)


class AccountForm(GrantForm):
    username = forms.CharField(label=_("User name"), max_length=150,
                               help_text=_("Letters, digits and . - _ only; the person signs in with it."),
                               widget=forms.TextInput(attrs={"autocomplete": "off"}))
    email = forms.EmailField(label=_("E-mail"), required=False)
    field_order = ["username", "email", "organisation", "role", "caseload_only"]

    def clean_username(self) -> str:
        name = self.cleaned_data["username"].strip()
        if not all(c.isalnum() or c in ".-_" for c in name):
            raise forms.ValidationError(_("Use letters, digits and . - _ only."))
        return name


def field_class_choices() -> list[tuple[str, str]]:
    names = {"identifying": _("Identifying (name, BSN, date of birth)"), "contact": _("Contact details"),
             "health_fml": _("Health and FML"), "financial": _("Financial (benefit, situation)"),
             "pseudonymised": _("Pseudonymised profile"), "general": _("General")}
    return [(code, names.get(code, code)) for code in default_policy().field_classes]


def purpose_choices() -> list[tuple[str, str]]:
    return [(code, label(message)) for code, message in default_policy().purposes.items()]


class AgreementForm(forms.Form):
    provider = forms.ModelChoiceField(label=_("Shared by (provider)"), queryset=Organisation.objects.none())
    recipient = forms.ModelChoiceField(label=_("Shared with (recipient)"),
                                       queryset=Organisation.objects.order_by("name", "id"))
    field_classes = forms.MultipleChoiceField(label=_("Data shared"), choices=field_class_choices,
                                              widget=forms.CheckboxSelectMultiple(
                                                  attrs={"class": "utrecht-checkbox utrecht-checkbox--html-input"}))
    purpose = forms.ChoiceField(label=_("Purpose"), choices=purpose_choices)
    reference = forms.CharField(label=_("Reference of the signed agreement"), max_length=200,
                                help_text=_("The number or document reference of the signed agreement."))
    valid_from = date_field(_("Valid from"))
    valid_to = date_field(_("Valid until"), required=False)

    def __init__(self, *args: Any, organisations: list[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        provider = _organisations(organisations)
        provider.label = _("Shared by (provider)")
        self.fields["provider"] = provider


class EndAgreementForm(forms.Form):
    valid_to = date_field(_("Last day of the agreement"))
