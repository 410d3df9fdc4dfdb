"""Forms of the job-carving wizard: the settings of a carve, the source of the roles, and the
roles themselves as rows of the roles template (one row per task), so the form, the upload and
the downloadable template share one set of columns and one parser (werkbrug.carving.roles_file)."""

from __future__ import annotations

from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from werkbrug.web.forms.widgets import date_field

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
MAX_ROWS = 300
SOURCES = (("registry", _("Use our current work items (with hourly wage and tasks)")),
           ("upload", _("Upload the roles template (.csv or .xlsx)")),
           ("form", _("Enter roles and tasks in a form")))


class CarveSettingsForm(forms.Form):
    employer = forms.TypedChoiceField(label=_("Employer"), coerce=int)
    date = date_field(_("Date for the legal parameters"), required=False)
    min_hours = forms.DecimalField(label=_("Minimum hours per new role"), min_value=1, max_value=60,
                                   decimal_places=1, initial=Decimal(12),
                                   widget=forms.TextInput(attrs={"inputmode": "decimal"}))
    max_hours = forms.DecimalField(label=_("Maximum hours per new role"), min_value=1, max_value=60,
                                   decimal_places=1, initial=Decimal(32),
                                   widget=forms.TextInput(attrs={"inputmode": "decimal"}))

    def __init__(self, *args: object, employers: list[tuple[int, str]], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["employer"].choices = employers
        self.fields["date"].help_text = _("The WML and the banen use the values in force on this date. "
                                          "Empty: today. For example 01-01-2026.")

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        low, high = data.get("min_hours"), data.get("max_hours")
        if isinstance(low, Decimal) and isinstance(high, Decimal) and low > high:
            self.add_error("max_hours", _("must be at least the minimum hours"))
        return data


class CarveStartForm(CarveSettingsForm):
    source = forms.ChoiceField(label=_("Where do the roles come from?"), choices=SOURCES, initial="registry",
                               widget=forms.RadioSelect)
    roles_file = forms.FileField(label=_("Roles template"), required=False,
                                 help_text=_("Only when you upload: the filled-in template, .csv or .xlsx, "
                                             "at most 2 MB."))

    def clean(self) -> dict[str, object]:
        data = super().clean()
        upload = data.get("roles_file")
        if data.get("source") == "upload" and not upload:
            self.add_error("roles_file", _("Choose the file to upload."))
        if upload is not None and getattr(upload, "size", 0) > MAX_UPLOAD_BYTES:
            self.add_error("roles_file", _("The file is larger than 2 MB."))
        return data


def _text(label: str, width: int = 12) -> forms.CharField:
    return forms.CharField(label=label, required=False, max_length=400,
                           widget=forms.TextInput(attrs={"size": width}))


class RoleRowForm(forms.Form):
    """One row of the roles template; the texts are parsed by the template's own rules."""

    role_key = _text(_("Role key"))
    role_title = _text(_("Role title"), 24)
    fte = _text(_("Number of FTE"), 6)
    wage_per_hour = _text(_("Wage cost per hour (€)"), 8)
    location = _text(_("Location (key)"))
    shift = _text(_("Shift or day part"), 8)
    task_key = _text(_("Task key"))
    task_name = _text(_("Task name"), 24)
    hours_per_week = _text(_("Hours per week per FTE"), 6)
    qualification_level = _text(_("Qualification level (0–5)"), 4)
    fml_demand = _text(_("FML demand (item=level[:value];…)"), 16)
    continuity_group = _text(_("Continuity group"), 10)

    def is_blank(self) -> bool:
        return not any(str(self.cleaned_data.get(name) or "").strip() for name in self.fields)


RoleRowFormSet = forms.formset_factory(RoleRowForm, extra=0, max_num=MAX_ROWS, validate_max=True)
