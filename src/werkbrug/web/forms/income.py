"""The income-effect questions a consultant asks with the candidate; nothing is stored."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from werkbrug.web.forms.loonwaarde import CommaDecimalField
from werkbrug.web.forms.widgets import date_field


def _money(label: str, help_text: str = "", required: bool = True) -> CommaDecimalField:
    return CommaDecimalField(label=label, required=required, min_value=0, max_digits=8, decimal_places=2,
                             help_text=help_text, widget=forms.TextInput(attrs={"inputmode": "decimal"}))


class IncomeForm(forms.Form):
    benefit = forms.ChoiceField(label=_("Benefit now"), widget=forms.RadioSelect,
                                choices=[("bijstand", _("Bijstand")), ("wajong", _("Wajong"))])
    household = forms.ChoiceField(label=_("Household"), choices=[
        ("single", _("Single")), ("couple", _("Couple")), ("single_parent", _("Single parent"))])
    age = forms.IntegerField(label=_("Age"), min_value=18, max_value=66,
                             widget=forms.TextInput(attrs={"inputmode": "numeric"}))
    hours = _money(_("Hours per week in the job"))
    wage = _money(_("Gross wage per hour (euro)"))
    start = date_field(_("Start date"))
    medical_hours_limit = forms.BooleanField(label=_("Bijstand: medical limit on working hours"), required=False)
    loondispensatie = forms.BooleanField(label=_("Wajong: with loondispensatie"), required=False)
    net_month = _money(_("Net wage per month, if known (euro)"),
                       _("Without it the gross wage is used as net: an UNCONFIRMED simplification."), required=False)
