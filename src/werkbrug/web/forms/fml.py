"""The FML profile as form fields: per item a level (normaal / beperkt / sterk beperkt) and,
for numeric items, the limit in the item's unit. Built from the catalogue, so a new catalogue
version needs no code change."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from werkbrug.domain.fml import FmlItem, load_catalogue
from werkbrug.web import fml_text
from werkbrug.web.forms.labels import label

RADIO = "utrecht-radio-button utrecht-radio-button--html-input"


def level_name(item: FmlItem) -> str:
    return "fml_" + item.code.replace(".", "_")


def value_name(item: FmlItem) -> str:
    return level_name(item) + "_value"


def explanation(item: FmlItem) -> str:
    """What the item is about in everyday words, then how to score it."""
    about = fml_text.item_help(item.code)
    return f"{about} {_scoring(item)}" if about else _scoring(item)


def _scoring(item: FmlItem) -> str:
    if item.numeric:
        return _("Most people manage %(norm)s %(unit)s. If this person manages less, choose limited or "
                 "severely limited and enter the most they can do.") % {
            "norm": f"{item.norm:g}", "unit": fml_text.unit_label(item.unit)}
    return _("Compare this person with most people of the same age.")


def add_fml_fields(form: forms.Form, profile: dict[str, dict[str, Any]]) -> None:
    for item in load_catalogue().items.values():
        entry = profile.get(item.code, {})
        form.fields[level_name(item)] = forms.TypedChoiceField(
            label=label(item.name), coerce=int, initial=entry.get("level", 0), required=True,
            choices=[(level, fml_text.LEVELS[level]) for level in (0, 1, 2)],
            widget=forms.RadioSelect(attrs={"class": RADIO}))
        if item.numeric:
            form.fields[value_name(item)] = forms.DecimalField(
                label=gettext_lazy("Limit"), required=False, min_value=Decimal(0), max_value=Decimal(1000),
                initial=entry.get("value"), widget=forms.TextInput(attrs={"inputmode": "decimal"}))


def clean_fml(form: forms.Form) -> dict[str, dict[str, Any]]:
    """The profile the form describes (deviations only); errors are added to the value fields."""
    profile: dict[str, dict[str, Any]] = {}
    data = form.cleaned_data
    for item in load_catalogue().items.values():
        level = data.get(level_name(item)) or 0
        value = data.get(value_name(item)) if item.numeric else None
        if value is not None and level == 0:
            form.add_error(value_name(item), _("Choose limited or severely limited when you enter a limit."))
            continue
        if level or value is not None:
            profile[item.code] = {"level": level, **({"value": float(value)} if value is not None else {})}
    return profile


def _radios(field: forms.BoundField) -> list[dict[str, Any]]:
    """The three level choices as plain values, so the template writes the inputs itself
    (rendering 210 widget templates per page was most of the editor's time)."""
    current = str(field.value() if field.value() is not None else 0)
    return [{"id": f"{field.auto_id}_{n}", "value": value, "label": label, "checked": str(value) == current}
            for n, (value, label) in enumerate(field.field.choices)]  # type: ignore[attr-defined]


def fml_groups(form: forms.Form) -> list[dict[str, Any]]:
    """Per rubriek its items with their bound fields, for the editor template."""
    groups = []
    for rubriek in load_catalogue().rubrieken:
        items = []
        for item in rubriek.items:
            level = form[level_name(item)]
            items.append({"item": item, "explanation": explanation(item), "level": level, "radios": _radios(level),
                          "value": form[value_name(item)] if item.numeric else None,
                          "unit": fml_text.unit_label(item.unit)})
        groups.append({"rubriek": rubriek, "items": items, "help": fml_text.rubriek_help(rubriek.code)})
    return groups
