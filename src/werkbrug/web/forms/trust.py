"""The fairness page's period form (GET: it never changes anything)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from werkbrug.web.forms.widgets import date_field

LONGEST_PERIOD_DAYS = 5 * 366


class FairnessForm(forms.Form):
    start = date_field(_("From"))
    end = date_field(_("To"))
    engine = forms.BooleanField(label=_("Also the matching engine's own top 10 lists (current data)"),
                                required=False)

    @staticmethod
    def defaults(today: date) -> dict[str, Any]:
        """The last twelve months; the engine's lists only when asked (they run the engine over
        every open work item, which takes seconds on a region's data)."""
        return {"start": (today - timedelta(days=365)).strftime("%d-%m-%Y"), "end": today.strftime("%d-%m-%Y")}

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("start"), data.get("end")
        if start and end and end < start:
            self.add_error("end", _("The end date lies before the start date."))
        elif start and end and (end - start).days > LONGEST_PERIOD_DAYS:
            self.add_error("end", _("Choose a period of at most five years."))
        return data
