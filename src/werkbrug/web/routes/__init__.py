"""The web app's pages per area. Each module here holds one area's ``urlpatterns`` (names in the
``web`` namespace) and its ``MENU``: the main-menu entries it offers, with the roles that see them.

An area is added by writing its module and naming it in AREAS; nothing else is shared."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from types import ModuleType


@dataclass(frozen=True)
class MenuEntry:
    url_name: str  # in the "web" namespace
    label: str  # a gettext_lazy string
    roles: frozenset[str]  # roles (roles.toml codes) that see the entry


# menu order; a role without a dashboard of its own starts on the first page its menu offers
AREAS = ("carving", "businesscase", "banenafspraak", "sroi", "analyst", "pathways", "followup", "trust",
         "loonwaarde", "income", "administration")


def modules() -> list[ModuleType]:
    return [import_module(f"{__name__}.{area}") for area in AREAS]
