"""Input widgets shared by the forms."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

DATE_FORMATS = ["%d-%m-%Y", "%d/%m/%Y", "%Y-%m-%d"]
DATE_HELP = _("For example 31-01-1990 (day-month-year).")


def date_field(label: str, required: bool = True, autocomplete: str = "off") -> forms.DateField:
    """A date typed as text: easier with a keyboard and a screen reader than a date picker."""
    return forms.DateField(label=label, required=required, input_formats=DATE_FORMATS, help_text=DATE_HELP,
                           widget=forms.TextInput(attrs={"autocomplete": autocomplete, "inputmode": "numeric"}))


def decimal_field(label: str, minimum: float, maximum: float, help_text: str = "") -> forms.DecimalField:
    return forms.DecimalField(label=label, required=False, min_value=minimum, max_value=maximum,
                              decimal_places=1, help_text=help_text,
                              widget=forms.TextInput(attrs={"inputmode": "decimal"}))
