"""The demo data holds Social Return contracts between the demo inkoper's gemeente and the demo
supplier, with entries, and Banenafspraak aggregates for the employer page."""

from __future__ import annotations

from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db(databases=["default", "audit"])


def test_demo_has_contracts_for_the_inkoper_and_the_supplier(settings: Any, tmp_path: Path) -> None:
    from werkbrug.banenafspraak.models import BanenQuarter
    from werkbrug.security.access import actor_for, scope_queryset
    from werkbrug.security.models import Membership
    from werkbrug.sroi.models import Contract, Entry

    settings.DATA_DIR = tmp_path
    out = StringIO()
    call_command("demo", "--size", "small", stdout=out)
    assert "demo-supplier" in out.getvalue() and "sroi contracts" in out.getvalue()
    inkoper = Membership.objects.get(user__username="demo-inkoper")
    supplier = Membership.objects.get(user__username="demo-supplier")
    assert supplier.role == "employer_hr"
    seen_by_inkoper = scope_queryset(actor_for(inkoper.user), Contract.objects.all())
    seen_by_supplier = scope_queryset(actor_for(supplier.user), Contract.objects.all())
    assert seen_by_inkoper.count() == 2 and seen_by_supplier.count() == Contract.objects.count() == 3
    assert Entry.objects.filter(status="verified").exists() and Entry.objects.filter(status="submitted").exists()
    assert BanenQuarter.objects.exists()
    call_command("demo", "--size", "small", "--replace", stdout=StringIO())
    assert Contract.objects.count() == 3
