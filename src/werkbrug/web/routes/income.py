"""Pages of the income area (see werkbrug.web.routes)."""

from __future__ import annotations

from django.urls import URLPattern

from werkbrug.web.routes import MenuEntry

urlpatterns: list[URLPattern] = []
MENU: list[MenuEntry] = []
