"""Form of the follow-up pages: record a jobcoach contact or evaluation that took place."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from werkbrug.domain.errors import Message
from werkbrug.web.forms.labels import code_choices
from werkbrug.web.forms.widgets import date_field

KINDS = {"contact": Message("Contact", "Contact"), "evaluation": Message("Evaluatie", "Evaluation")}
OUTCOMES = {"going_well": Message("Gaat goed", "Going well"),
            "attention": Message("Aandacht nodig", "Needs attention"),
            "at_risk": Message("Baan in gevaar", "Job at risk")}


class ContactForm(forms.Form):
    contact = forms.IntegerField(required=False, widget=forms.HiddenInput)
    kind = forms.ChoiceField(label=_("Kind"), choices=code_choices(KINDS))
    held_on = date_field(_("Date of the contact"))
    outcome = forms.ChoiceField(label=_("How is it going?"), choices=code_choices(OUTCOMES))
    notes = forms.CharField(label=_("Notes"), required=False, widget=forms.Textarea(attrs={"rows": 3}),
                            help_text=_("Only what is needed for the support; no medical details."))
