"""Pages of the income area (see werkbrug.web.routes): the candidate's income effect of a job offer."""

from __future__ import annotations

from django.urls import URLPattern, path
from django.utils.translation import gettext_lazy as _

from werkbrug.web.routes import MenuEntry
from werkbrug.web.views import income

urlpatterns: list[URLPattern] = [
    path("income/", income.income_page, name="income"),
]
MENU: list[MenuEntry] = [
    MenuEntry("income", _("Income effect"), frozenset({"consultant", "functional_admin"})),
]
