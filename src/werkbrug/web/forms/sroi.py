"""The supplier's fulfilment form: one entry against a contract, with its evidence document."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from werkbrug.web.forms.widgets import date_field

KINDS = [("placement", _("Placement of a candidate (linked to a registered placement)")),
         ("bbl", _("BBL place (work-based learning)")),
         ("stage", _("Internship place")),
         ("purchase", _("Purchase from a social development company or social enterprise")),
         ("activity", _("Social activity (hours × rate)")),
         ("pso_discount", _("PSO discount (contract term)"))]
DOCUMENTS = [("invoice", _("Invoice")), ("employment_contract", _("Employment contract")),
             ("payslip", _("Payslip")), ("attendance", _("Attendance list")),
             ("certificate", _("Certificate (e.g. PSO)")), ("other", _("Other document"))]


def money(label: Any, help_text: Any = "") -> forms.DecimalField:
    return forms.DecimalField(label=label, required=False, min_value=Decimal(0), max_digits=14, decimal_places=2,
                              help_text=help_text, widget=forms.TextInput(attrs={"inputmode": "decimal"}))


class FulfilmentForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind of fulfilment"), choices=KINDS)
    placement = forms.ChoiceField(label=_("Placement"), required=False,
                                  help_text=_("For a placement, BBL or internship place: the registered placement."))
    counterparty = forms.ChoiceField(label=_("Social development company or social enterprise"), required=False,
                                     help_text=_("For a purchase: who you bought from."))
    amount_eur = money(_("Invoice value excluding VAT (euro)"), _("For a purchase."))
    invoice_reference = forms.CharField(label=_("Invoice number"), required=False, max_length=64)
    period_start = date_field(_("From"), required=False)
    period_end = date_field(_("Until"), required=False)
    hours_per_week = forms.DecimalField(label=_("Hours per week"), required=False, min_value=Decimal("0.5"),
                                        max_value=Decimal(80), decimal_places=1,
                                        widget=forms.TextInput(attrs={"inputmode": "decimal"}))
    hours = money(_("Hours"), _("For a social activity: the hours spent."))
    rate_eur = money(_("Rate per hour (euro)"), _("For a social activity."))
    description = forms.CharField(label=_("Description"), required=False, max_length=500,
                                  widget=forms.Textarea(attrs={"rows": 3}))
    document_type = forms.ChoiceField(label=_("Kind of evidence"), choices=DOCUMENTS)
    file = forms.FileField(label=_("Evidence document"),
                           help_text=_("PDF, PNG, JPG, XLSX or DOCX; at most 10 MB."))

    def __init__(self, *args: Any, placements: list[tuple[str, str]], counterparties: list[tuple[str, str]],
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["placement"].choices = [("", "–"), *placements]  # type: ignore[attr-defined]
        self.fields["counterparty"].choices = [("", "–"), *counterparties]  # type: ignore[attr-defined]

    def entry_values(self, contract_id: int) -> dict[str, Any]:
        data = {k: v for k, v in self.cleaned_data.items() if k not in ("document_type", "file")}
        values = {k: v for k, v in data.items() if v not in (None, "")}
        return {**values, "contract": contract_id}
