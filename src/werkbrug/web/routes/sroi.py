"""Pages of the sroi area (see werkbrug.web.routes): contracts with progress for the buyer's
inkoper and the supplier, a contract's entries, verification, fulfilment and downloads."""

from __future__ import annotations

from django.urls import URLPattern, path
from django.utils.translation import gettext_lazy as _

from werkbrug.web.routes import MenuEntry
from werkbrug.web.views import sroi, sroi_submit

urlpatterns: list[URLPattern] = [
    path("sroi/", sroi.contract_list, name="sroi-contracts"),
    path("sroi/contracts/<int:pk>/", sroi.contract_detail, name="sroi-contract"),
    path("sroi/contracts/<int:pk>/submit/", sroi_submit.submit, name="sroi-submit"),
    path("sroi/contracts/<int:pk>/report.<str:fmt>", sroi.contract_report, name="sroi-report"),
    path("sroi/entries/<int:pk>/transition/", sroi.entry_transition, name="sroi-transition"),
    path("sroi/evidence/<int:pk>/", sroi.evidence_file, name="sroi-evidence"),
]
MENU: list[MenuEntry] = [
    MenuEntry("sroi-contracts", _("Social Return"), frozenset({"inkoper", "employer_hr", "functional_admin"})),
]
