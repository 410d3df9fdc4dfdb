"""The business-case form (GET: it changes nothing, so a result can be bookmarked and downloaded
with the same query)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from werkbrug.web.forms.widgets import date_field


def _decimal(label: str, low: int, high: int, help_text: str) -> forms.DecimalField:
    return forms.DecimalField(label=label, required=False, min_value=low, max_value=high, decimal_places=2,
                              help_text=help_text, widget=forms.TextInput(attrs={"inputmode": "decimal"}))


class BusinessCaseForm(forms.Form):
    candidate = forms.CharField(label=_("Candidate"), max_length=100, help_text=_(
        "The candidate's key or number; for employers the pseudonym (P-…) shown with the carved roles."))
    work = forms.CharField(label=_("Work or carved role"), max_length=100,
                           help_text=_("The key or number of the work item."))
    loonwaarde = _decimal(_("Loonwaarde (%)"), 0, 100, _(
        "The measured loonwaarde. Empty: Werkbrug estimates it and labels the result as an estimate."))
    date = date_field(_("Start date"), required=False)
    hours = _decimal(_("Hours per week"), 1, 60, _("Empty: the hours of the work item."))
    months = forms.IntegerField(label=_("Contract duration (months)"), required=False, min_value=1, max_value=120,
                                help_text=_("Empty: from the work item's dates, else 12 months."),
                                widget=forms.TextInput(attrs={"inputmode": "numeric"}))
    sickness_rate = _decimal(_("Sickness rate (%)"), 0, 100, _(
        "For the no-riskpolis. Empty: an assumed 5% (UNCONFIRMED)."))
    forfaitair = forms.BooleanField(label=_("Forfaitaire loonkostensubsidie for the first 6 months"), required=False)

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["date"].help_text = _("Empty: the work item's start date, else today. For example 01-03-2026.")
