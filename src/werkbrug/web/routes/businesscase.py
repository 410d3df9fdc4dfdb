"""Pages of the businesscase area (see werkbrug.web.routes): the employer's business case."""

from __future__ import annotations

from django.urls import URLPattern, path
from django.utils.translation import gettext_lazy as _

from werkbrug.web.routes import MenuEntry
from werkbrug.web.views import businesscase

urlpatterns: list[URLPattern] = [
    path("business-case/", businesscase.business_case_page, name="businesscase"),
    path("business-case/download.pdf", businesscase.business_case_download, {"extension": "pdf"},
         name="businesscase-pdf"),
    path("business-case/download.xlsx", businesscase.business_case_download, {"extension": "xlsx"},
         name="businesscase-xlsx"),
]
MENU: list[MenuEntry] = [
    MenuEntry("businesscase", _("Business case"), frozenset({"employer_hr", "consultant", "functional_admin"})),
]
