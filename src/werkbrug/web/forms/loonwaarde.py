"""The loonwaarde measurement form: flat fields for up to five hoofdtaken, turned into the record
dict that werkbrug.loonwaarde.services reads; the pure core's field names are mapped back to the
form's fields so each error shows at its own input and in the error summary."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from werkbrug.web.forms.widgets import date_field

TASKS = range(1, 6)
TASK_FIELDS = ("name", "hours_per_week", "minutes_per_day", "tempo", "norm_output", "measured_output",
               "kwaliteit", "netto_werktijd")
PARTIES = ("employee", "employer")


class CommaDecimalField(forms.DecimalField):
    """Accepts 16,20 as well as 16.20: Dutch users type a decimal comma."""

    def to_python(self, value: Any) -> Any:
        return super().to_python(value.replace(",", ".") if isinstance(value, str) else value)


def _number(label: str, help_text: str = "", required: bool = False) -> forms.DecimalField:
    return CommaDecimalField(label=label, required=required, min_value=0, max_digits=8, decimal_places=2,
                             help_text=help_text, widget=forms.TextInput(attrs={"inputmode": "decimal"}))


def _task_labels(number: int) -> dict[str, str]:
    return {
        "name": gettext("Hoofdtaak %(number)s: name") % {"number": number},
        "hours_per_week": gettext("Hoofdtaak %(number)s: hours per week") % {"number": number},
        "minutes_per_day": gettext("Hoofdtaak %(number)s: minutes on each working day") % {"number": number},
        "tempo": gettext("Hoofdtaak %(number)s: tempo (%%)") % {"number": number},
        "norm_output": gettext("Hoofdtaak %(number)s: norm output per hour") % {"number": number},
        "measured_output": gettext("Hoofdtaak %(number)s: measured output per hour") % {"number": number},
        "kwaliteit": gettext("Hoofdtaak %(number)s: kwaliteit (%%)") % {"number": number},
        "netto_werktijd": gettext("Hoofdtaak %(number)s: netto werktijd (%%)") % {"number": number},
    }


class MeasurementForm(forms.Form):
    measured_on = date_field(_("Date of the measurement"))
    reassess_on = date_field(_("Planned re-assessment"), required=False)
    contract_hours = _number(_("Contract hours per week"), required=True)
    normfunctie_name = forms.CharField(label=_("Normfunctie"), max_length=200,
                                       help_text=_("The job of an average employee outside the target group "
                                                   "whose work is closest to this work."))
    normfunctie_source = forms.CharField(label=_("Cao or company rules of the normfunctie"), max_length=200,
                                         required=False)
    normloon_hourly = _number(_("Norm wage per hour (euro)"))
    fulltime_hours = _number(_("Full-time hours per week"))
    deskundige_name = forms.CharField(label=_("Name of the loonwaardedeskundige"), max_length=200)
    deskundige_organisation = forms.CharField(label=_("Organisation of the loonwaardedeskundige"), max_length=200,
                                              required=False)
    deskundige_degree = forms.ChoiceField(label=_("Degree"), required=False, choices=[
        ("", _("Not stated")), ("hbo", _("hbo")), ("wo", _("wo")), ("equivalent", _("Equivalent level"))])
    deskundige_years_experience = forms.IntegerField(label=_("Years of experience"), min_value=0, max_value=60,
                                                     required=False)
    deskundige_knows_law = forms.BooleanField(label=_("Knows the law and the labour market"), required=False)
    deskundige_keeps_current = forms.BooleanField(label=_("Keeps this knowledge current"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        minutes_help = gettext("One number per working day, separated by spaces, for example 360 360 360 360.")
        tempo_help = gettext("Give the tempo, or the norm output and the measured output (tempo is capped at 100%).")
        for number in TASKS:
            labels = _task_labels(number)
            self.fields[f"t{number}_name"] = forms.CharField(label=labels["name"], max_length=200, required=False)
            self.fields[f"t{number}_hours_per_week"] = _number(labels["hours_per_week"])
            self.fields[f"t{number}_minutes_per_day"] = forms.CharField(
                label=labels["minutes_per_day"], max_length=100, required=False, help_text=minutes_help)
            self.fields[f"t{number}_tempo"] = _number(labels["tempo"], tempo_help)
            for name in ("norm_output", "measured_output", "kwaliteit", "netto_werktijd"):
                self.fields[f"t{number}_{name}"] = _number(labels[name])
        for party, label in (("employee", gettext("employee")), ("employer", gettext("employer"))):
            self.fields[f"{party}_status"] = forms.ChoiceField(
                label=gettext("Zienswijze of the %(party)s") % {"party": label}, widget=forms.RadioSelect,
                choices=[("pending", gettext("Not given yet")), ("recorded", gettext("Recorded")),
                         ("waived", gettext("Explicitly waived"))], initial="pending")
            self.fields[f"{party}_text"] = forms.CharField(
                label=gettext("Zienswijze of the %(party)s: text") % {"party": label}, required=False,
                widget=forms.Textarea(attrs={"rows": 3}))
            self.fields[f"{party}_on"] = date_field(gettext("Zienswijze of the %(party)s: date") % {"party": label},
                                                    required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        for number in TASKS:
            raw = data.get(f"t{number}_minutes_per_day") or ""
            if raw and not re.fullmatch(r"[\d\s.,]+", raw):
                self.add_error(f"t{number}_minutes_per_day", gettext("Give numbers separated by spaces."))
        return data

    def task_groups(self) -> list[tuple[int, list[forms.BoundField]]]:
        return [(number, [self[f"t{number}_{name}"] for name in TASK_FIELDS]) for number in TASKS]

    def record(self) -> dict[str, Any]:
        """The cleaned form as the record services.save_measurement reads; empty task rows are skipped."""
        d = self.cleaned_data
        tasks = []
        for number in TASKS:
            values = {name: d.get(f"t{number}_{name}") for name in TASK_FIELDS}
            if not any(v not in (None, "") for v in values.values()):
                continue
            task = {k: str(v) for k, v in values.items() if v not in (None, "") and k != "minutes_per_day"}
            task["minutes_per_day"] = (values["minutes_per_day"] or "").replace(",", ".").split()
            tasks.append(task)
        return {
            "measured_on": _iso(d.get("measured_on")), "reassess_on": _iso(d.get("reassess_on")),
            "contract_hours": str(d.get("contract_hours") or ""),
            "normfunctie": {"name": d.get("normfunctie_name") or "", "source": d.get("normfunctie_source") or "",
                            **({"normloon_hourly": str(d["normloon_hourly"])} if d.get("normloon_hourly") else {}),
                            **({"fulltime_hours": str(d["fulltime_hours"])} if d.get("fulltime_hours") else {})},
            "hoofdtaken": tasks,
            "deskundige": {"name": d.get("deskundige_name") or "", "organisation": d.get("deskundige_organisation") or "",
                           "degree": d.get("deskundige_degree") or "",
                           "years_experience": d.get("deskundige_years_experience") or 0,
                           "knows_law_and_labour_market": bool(d.get("deskundige_knows_law")),
                           "keeps_knowledge_current": bool(d.get("deskundige_keeps_current"))},
            "zienswijzen": {p: {"status": d.get(f"{p}_status") or "pending", "text": d.get(f"{p}_text") or "",
                                "on": _iso(d.get(f"{p}_on"))} for p in PARTIES},
        }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def initial_from(record: dict[str, Any]) -> dict[str, Any]:
    """A stored record (services.as_input) as the form's initial values."""
    norm, expert = record["normfunctie"], record["deskundige"]
    initial: dict[str, Any] = {
        "measured_on": _dmy(record["measured_on"]), "reassess_on": _dmy(record["reassess_on"]),
        "contract_hours": record["contract_hours"], "normfunctie_name": norm.get("name"),
        "normfunctie_source": norm.get("source"), "normloon_hourly": norm.get("normloon_hourly"),
        "fulltime_hours": norm.get("fulltime_hours"), "deskundige_name": expert["name"],
        "deskundige_organisation": expert["organisation"], "deskundige_degree": expert["degree"],
        "deskundige_years_experience": expert["years_experience"],
        "deskundige_knows_law": expert["knows_law_and_labour_market"],
        "deskundige_keeps_current": expert["keeps_knowledge_current"],
    }
    for number, task in enumerate(record["hoofdtaken"], start=1):
        for name in TASK_FIELDS:
            value = task.get(name)
            initial[f"t{number}_{name}"] = " ".join(value) if isinstance(value, list) else value
    for party, given in record["zienswijzen"].items():
        initial.update({f"{party}_status": given["status"], f"{party}_text": given["text"],
                        f"{party}_on": _dmy(given["on"])})
    return initial


def _dmy(iso: str | None) -> str | None:
    return date.fromisoformat(iso).strftime("%d-%m-%Y") if iso else None


def form_field(core_field: str) -> str | None:
    """'hoofdtaken[1].minutes_per_day' -> 't2_minutes_per_day'; None: show it in the summary only."""
    task = re.fullmatch(r"hoofdtaken\[(\d+)\]\.(\w+)", core_field)
    if task:
        return f"t{int(task.group(1)) + 1}_{task.group(2)}"
    party = re.fullmatch(r"zienswijzen\.(\w+)\.(\w+)", core_field)
    if party:
        return f"{party.group(1)}_{party.group(2)}"
    named = {"normfunctie.name": "normfunctie_name", "normfunctie.normloon_hourly": "normloon_hourly",
             "normfunctie.fulltime_hours": "fulltime_hours", "deskundige.knows_law_and_labour_market":
             "deskundige_knows_law", "deskundige.keeps_knowledge_current": "deskundige_keeps_current"}
    if core_field in named:
        return named[core_field]
    if core_field.startswith("deskundige."):
        return "deskundige_" + core_field.split(".", 1)[1]
    return core_field if core_field in {"measured_on", "reassess_on", "contract_hours"} else None
