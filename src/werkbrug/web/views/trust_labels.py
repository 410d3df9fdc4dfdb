"""Labels of the fairness and dashboard figures in the current language (msgids in English)."""

from __future__ import annotations

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from werkbrug.domain import vocabulary
from werkbrug.domain.authorisation import default_policy


def roles_granted(kind: str, action: str = "read") -> frozenset[str]:
    """The roles roles.toml grants `action` on an aggregate kind: who sees the menu entry."""
    return frozenset(code for code, role in default_policy().roles.items()
                     if any(kind in p.resources and action in p.actions for p in role.permissions))


def _short(text: str) -> str:
    """A code-list label without its legal reference: "Wajong met arbeidsvermogen (38b lid 1c)" -> "Wajong…"."""
    return text.split(" (")[0]


def dimension(code: str) -> str:
    return {"age_band": _("Age band"), "gender": _("Gender"), "doelgroep": _("Doelgroep category"),
            "region": _("Labour-market region")}.get(code, code)


def outcome(code: str) -> str:
    return {"recommended": _("Recommended"), "introduced": _("Introduced"), "placed": _("Placed"),
            "engine_top_k": _("In the engine's top 10")}.get(code, code)


def group(dimension_code: str, code: str) -> str:
    if code in ("-", ""):
        return _("Not recorded")
    language = get_language() or "nl"
    lists = {"gender": vocabulary.GENDERS, "doelgroep": vocabulary.DOELGROEP_CATEGORIES}
    found = lists.get(dimension_code, {}).get(code)
    return _short(found.text(language)) if found else code


def region(name: str) -> str:
    return name or _("Not recorded")


def sector(code: str) -> str:
    found = vocabulary.SECTORS.get(code)
    return _short(found.text(get_language() or "nl")) if found else (code or _("Not recorded"))


def situation_group(code: str) -> str:
    return {"dagbesteding": _("day activities"), "werk": _("work"), "uitkering": _("benefit"),
            "beschut": _("sheltered work"), "regulier": _("regular work")}.get(code, code)
