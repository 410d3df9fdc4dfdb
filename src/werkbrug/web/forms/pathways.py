"""Forms of the pathways pages: record a transition, start a learning route, record progress."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from werkbrug.domain.errors import Message
from werkbrug.domain.pathways import learning
from werkbrug.domain.pathways import model as trajectory
from werkbrug.web.forms.labels import code_choices
from werkbrug.web.forms.widgets import date_field

TARGETS = {"praktijkverklaring": Message("Praktijkverklaring", "Practice statement"),
           "mbo_certificaat": Message("mbo-certificaat", "mbo certificate"),
           "diploma": Message("Diploma", "Diploma")}
PROGRESS = {"not_started": Message("Nog niet begonnen", "Not started"),
            "in_progress": Message("Bezig", "In progress"),
            "achieved": Message("Behaald", "Achieved")}


def _situations() -> dict[str, Message]:
    return {code: s.label for code, s in trajectory.load().situations.items()}


def _dossiers() -> dict[str, Message]:
    return {crebo: Message(f"{crebo} {d.name.nl} (niveau {d.level})", f"{crebo} {d.name.en} (level {d.level})")
            for crebo, d in learning.load().dossiers.items()}


class TransitionForm(forms.Form):
    situation = forms.ChoiceField(label=_("New situation"), choices=lambda: code_choices(_situations()))
    start_date = date_field(_("From"))
    jobcoach = forms.BooleanField(label=_("With a jobcoach"), required=False)
    loonkostensubsidie = forms.BooleanField(label=_("With loonkostensubsidie"), required=False)


class RouteForm(forms.Form):
    crebo = forms.ChoiceField(label=_("Qualification file (kwalificatiedossier)"),
                              choices=lambda: code_choices(_dossiers()))
    target = forms.ChoiceField(label=_("Result aimed for"), choices=code_choices(TARGETS))
    start_date = date_field(_("Start date"))
    praktijkopleider = forms.CharField(label=_("Praktijkopleider (work-based trainer)"), max_length=120,
                                       required=False)
    mbo_instelling = forms.CharField(label=_("mbo school that issues the result"), max_length=200, required=False)


class ProgressForm(forms.Form):
    werkproces = forms.CharField(widget=forms.HiddenInput)
    status = forms.ChoiceField(label=_("Status"), choices=code_choices(PROGRESS))
    evidence = forms.CharField(label=_("Evidence"), required=False, widget=forms.Textarea(attrs={"rows": 2}),
                               help_text=_("Needed for 'achieved', for example a STARR account signed by the "
                                           "praktijkopleider."))


class CompleteForm(forms.Form):
    completed_on = date_field(_("Completed on"))
