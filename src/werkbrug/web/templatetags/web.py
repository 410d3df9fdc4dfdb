"""Template helpers: NL Design System form widgets wired to their descriptions and errors,
the main menu per role, code-list labels in the current language, BSN masking."""

from __future__ import annotations

from typing import Any

from django import forms, template
from django.http import QueryDict
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from werkbrug.domain.errors import Message
from werkbrug.domain.pseudonyms import mask_bsn as _mask_bsn
from werkbrug.web import access, fml_text, routes

register = template.Library()

_WIDGET_CLASSES = {
    "checkbox": "utrecht-checkbox utrecht-checkbox--html-input",
    "select": "utrecht-select utrecht-select--html-select",
    "textarea": "utrecht-textarea utrecht-textarea--html-textarea",
    "text": "utrecht-textbox utrecht-textbox--html-input",
}


@register.filter
def field_kind(field: forms.BoundField) -> str:
    widget = field.field.widget
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    if isinstance(widget, forms.RadioSelect):
        return "radio"
    if isinstance(widget, forms.Select):
        return "select"
    if isinstance(widget, forms.Textarea):
        return "textarea"
    return "text"


@register.filter
def first_input_id(field: forms.BoundField) -> str:
    """Where an error-summary link should land: the input itself, or a group's first option."""
    return f"{field.auto_id}_0" if field_kind(field) == "radio" else str(field.auto_id)


def describedby(field: forms.BoundField) -> str:
    ids = [f"{field.auto_id}_helptext"] if field.help_text else []
    if field.errors:
        ids.append(f"{field.auto_id}_error")
    return " ".join(ids)


@register.simple_tag
def widget(field: forms.BoundField) -> str:
    kind = field_kind(field)
    classes = _WIDGET_CLASSES.get(kind, "")
    if field.errors and kind != "checkbox":
        classes += f" utrecht-{'textbox' if kind == 'text' else kind}--invalid"
    attrs: dict[str, Any] = {"class": classes}
    if describedby(field):
        attrs["aria-describedby"] = describedby(field)
    if field.errors:
        attrs["aria-invalid"] = "true"
    return field.as_widget(attrs=attrs)


@register.simple_tag(takes_context=True)
def query_with(context: template.Context, **changes: Any) -> str:
    """The current query string with some parameters replaced (pagination keeps the filters)."""
    query: QueryDict = context["request"].GET.copy()
    for name, value in changes.items():
        query[name] = value
    return query.urlencode()


@register.filter
def mask_bsn(bsn: str) -> str:
    return _mask_bsn(bsn)


@register.filter
def in_language(message: Message | None) -> str:
    return "" if message is None else message.text(get_language() or "nl")


@register.simple_tag
def code_label(code_list: dict[str, Message], code: str) -> str:
    message = code_list.get(code)
    return message.text(get_language() or "nl") if message else code


@register.inclusion_tag("web/includes/menu.html", takes_context=True)
def main_menu(context: template.Context) -> dict[str, Any]:
    request = context["request"]
    roles = access.roles(request)
    items: list[tuple[str, str]] = []
    if roles & access.CONSULTANT_ROLES:
        items += [(reverse("web:home"), _("Dashboard")), (reverse("web:candidates"), _("Candidates")),
                  (reverse("web:candidate-new"), _("Register candidate")), (reverse("web:work"), _("Work"))]
    if roles & access.EMPLOYER_ROLES:
        items += [(reverse("web:explorer"), _("Candidate explorer"))]
    for area in routes.modules():
        items += [(reverse(f"web:{entry.url_name}"), str(entry.label)) for entry in area.MENU if roles & entry.roles]
    if not request.user.is_authenticated:
        items += [(reverse("security:login"), _("Sign in"))]
    return {"items": items, "current": request.path}


@register.simple_tag
def fml_level_label(level: int) -> str:
    return fml_text.level_label(level)


@register.simple_tag
def unit_label(unit: str | None) -> str:
    return fml_text.unit_label(unit)
