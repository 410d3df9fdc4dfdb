"""Builders for web tests: a consultant with a caseload, an employer HR officer, valid BSNs."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

PASSWORD = "lange-zin-als-wachtwoord-42"


def valid_bsn(seed: int) -> str:
    """A nine-digit number that passes the elfproef, different for each seed."""
    for n in range(seed * 100, seed * 100 + 100):
        digits = f"{100000000 + n:09d}"
        total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - int(digits[8])
        if total % 11 == 0:
            return digits
    raise ValueError(seed)


def candidate_record(key: str, seed: int, **overrides: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "external_key": key, "organisation": "gem-1", "given_name": f"Sanne{seed}", "family_name": f"Jansen{seed}",
        "bsn": valid_bsn(seed), "date_of_birth": date(1990, 1, 1 + seed % 28), "gender": "v",
        "postcode": "2311 AB", "place": "Leiden", "latitude": Decimal("52.1601"), "longitude": Decimal("4.4970"),
        "arbeidsmarktregio": "Holland Rijnland", "situation": "uitkering", "benefit": "bijstand",
        "registered_on": date(2024, 1, 15), "fml_profile": {"IV.12": {"level": 1, "value": 10.0}},
        "wish_hours_min": Decimal("16"), "wish_hours_max": Decimal("32"), "max_travel_km": Decimal("30"),
        "visible_by_candidate": True, "visible_by_consultant": True,
    }
    values.update(overrides)
    return values


def make_candidates(count: int, consultant: Any, start: int = 1, **overrides: Any) -> list[Any]:
    from werkbrug.registry import services

    made = []
    for n in range(start, start + count):
        candidate, _ = services.save_record("candidates", candidate_record(f"cand-{n}", n, **overrides))
        if consultant is not None:
            candidate = services.assign_consultant(candidate.pk, candidate.version, consultant.pk)
        made.append(candidate)
    return made


def build_world(registry_base: dict[str, Any]) -> dict[str, Any]:
    """Two consultants of the gemeente (three and two candidates), and an HR officer of the employer."""
    from django.contrib.auth import get_user_model

    from werkbrug.security.models import Membership

    users = get_user_model().objects
    consultant = users.create_user("consulent", password=PASSWORD)
    Membership.objects.create(user=consultant, organisation=registry_base["gemeente"], role="consultant")
    colleague = users.create_user("collega", password=PASSWORD)
    Membership.objects.create(user=colleague, organisation=registry_base["gemeente"], role="consultant")
    hr = users.create_user("hr", password=PASSWORD)
    Membership.objects.create(user=hr, organisation=registry_base["employer"], role="employer_hr")
    mine = make_candidates(3, consultant)
    theirs = make_candidates(2, colleague, start=10, visible_by_candidate=False)
    return {**registry_base, "consultant": consultant, "colleague": colleague, "hr": hr,
            "mine": mine, "theirs": theirs}
