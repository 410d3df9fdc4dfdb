"""A registry for the carving and business-case pages and API: a hospital (employer) with a
ward and two roles with wages and tasks, another employer, a gemeente with five candidates near
the ward (two consented to be visible to employers, one in the consultant's caseload), and one
account per role that uses the pages."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from typing import Any

LEIDEN = (D("52.1601"), D("4.4970"))
NAMES = ("Aafje", "Bram", "Cor", "Dewi", "Eef")


def _bsns() -> Any:
    from werkbrug.domain.identifiers import bsn_is_valid

    n = 200000000
    while True:
        n += 1
        if bsn_is_valid(str(n)):
            yield str(n)


def _organisations() -> None:
    from werkbrug.registry import services

    services.save_record("organisations", {"external_key": "cw-gem", "name": "Gemeente Leiden", "kind": "gemeente",
                                           "sector": "overheid", "arbeidsmarktregio": "Holland Rijnland"})
    for key, name in (("cw-zkh", "Ziekenhuis Rijnland"), ("cw-other", "Fabriek Elders")):
        services.save_record("organisations", {"external_key": key, "name": name, "kind": "employer",
                                               "sector": "markt", "arbeidsmarktregio": "Holland Rijnland"})
        services.save_record("locations", {"external_key": f"{key}-loc", "organisation": key, "name": "Hoofdgebouw",
                                           "postcode": "2333ZA", "place": "Leiden", "latitude": LEIDEN[0],
                                           "longitude": LEIDEN[1], "arbeidsmarktregio": "Holland Rijnland"})


def _role(employer: str, key: str, title: str, places: int, wage: str, tasks: list[tuple[str, str, int]]) -> Any:
    from werkbrug.registry import services

    work, _ = services.save_record("work", {
        "external_key": key, "employer": employer, "location": f"{employer}-loc", "kind": "vacancy", "title": title,
        "hours_per_week": D(sum(D(t[1]) for t in tasks)), "contract_type": "vast", "status": "open",
        "places": places, "wage_per_hour": D(wage), "day_parts": ["ochtend"], "start_date": date(2026, 1, 1)})
    for n, (name, hours, level) in enumerate(tasks):
        services.save_record("tasks", {"work": key, "key": f"t{n}", "name": name, "hours_per_week": D(hours),
                                       "qualification_level": level, "fml_demand": {}})
    return work


def _candidates(consultant: Any) -> list[Any]:
    from werkbrug.registry import services
    from werkbrug.registry.models import Candidate

    bsn, found = _bsns(), []
    for n, name in enumerate(NAMES):
        candidate, _ = services.save_record("candidates", {
            "external_key": f"cw-c{n}", "organisation": "cw-gem", "given_name": name, "family_name": "Testpersoon",
            "bsn": next(bsn), "date_of_birth": date(1990, 1, 1), "postcode": "2311AB", "place": "Leiden",
            "latitude": LEIDEN[0], "longitude": LEIDEN[1], "arbeidsmarktregio": "Holland Rijnland",
            "situation": "uitkering", "benefit": "bijstand", "registered_on": date(2024, 1, 1),
            "fml_profile": {"IV.12": {"level": 1, "value": 10.0}} if n else {}, "max_travel_km": D(20),
            "doelgroep_category": "praktijkroute", "doelgroep_from": date(2024, 2, 1)})
        found.append(candidate)
    Candidate.objects.filter(pk=found[0].pk).update(consultant=consultant)
    Candidate.objects.filter(pk__in=[found[1].pk, found[2].pk]).update(visible_by_candidate=True,
                                                                        visible_by_consultant=True)
    return list(Candidate.objects.filter(pk__in=[c.pk for c in found]).order_by("external_key"))


def build() -> dict[str, Any]:
    from werkbrug.registry.models import Organisation
    from werkbrug.security.testing import user_with_role

    _organisations()
    orgs = {o.external_key: o for o in Organisation.objects.all()}
    nurse = _role("cw-zkh", "cw-vpk", "Verpleegkundige", 3, "32",
                  [("Bedden opmaken", "4", 1), ("Maaltijden rondbrengen", "3", 0), ("Medicatie", "8", 4),
                   ("Zorgplan", "10", 4)])
    assistant = _role("cw-zkh", "cw-ass", "Afdelingsassistent", 1, "18", [("Voorraad aanvullen", "6", 1)])
    other = _role("cw-other", "cw-other-work", "Inpakker", 1, "16", [("Inpakken", "20", 1)])
    consultant = user_with_role("cw-consultant", "consultant", orgs["cw-gem"])
    return {"orgs": orgs, "nurse": nurse, "assistant": assistant, "other_work": other, "consultant": consultant,
            "hr": user_with_role("cw-hr", "employer_hr", orgs["cw-zkh"]),
            "hr_other": user_with_role("cw-hr-other", "employer_hr", orgs["cw-other"]),
            "jobcoach": user_with_role("cw-jobcoach", "jobcoach", orgs["cw-gem"]),
            "candidates": _candidates(consultant)}


def sign_in(client: Any, user: Any, mfa: bool = True) -> Any:
    from werkbrug.security.access import MFA_SESSION_KEY

    client.force_login(user)
    session = client.session
    session[MFA_SESSION_KEY] = mfa
    session.save()
    return client
