"""Building blocks for the loonwaarde tests: a placement with its people, and measurement records."""

from __future__ import annotations

import copy
from datetime import date
from decimal import Decimal
from typing import Any

RECORD: dict[str, Any] = {
    "measured_on": "2025-05-01", "reassess_on": "2026-05-01", "contract_hours": 32,
    "normfunctie": {"name": "productiemedewerker", "source": "cao Metaal", "normloon_hourly": "16.20",
                    "fulltime_hours": "38"},
    "hoofdtaken": [
        {"name": "inpakken", "hours_per_week": 24, "minutes_per_day": [360, 360, 360, 360],
         "norm_output": 80, "measured_output": 70, "kwaliteit": 100, "netto_werktijd": 100},
        {"name": "stickeren", "hours_per_week": 8, "minutes_per_day": [120, 120, 120, 120],
         "tempo": 50, "kwaliteit": 90, "netto_werktijd": 80}],
    "deskundige": {"name": "A. de Deskundige", "organisation": "Loonwaarde BV", "degree": "hbo",
                   "years_experience": 5, "knows_law_and_labour_market": True, "keeps_knowledge_current": True},
    "zienswijzen": {"employee": {"status": "pending"}, "employer": {"status": "pending"}},
}


def record(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(RECORD)
    data.update(changes)
    return data


def with_zienswijzen(employee: str = "recorded", employer: str = "waived") -> dict[str, Any]:
    def party(status: str) -> dict[str, Any]:
        return {"status": status, "text": "Eens met de meting." if status == "recorded" else "",
                "on": "2025-05-08" if status != "pending" else None}
    return record(zienswijzen={"employee": party(employee), "employer": party(employer)})


def placement_world(consultant: Any = None, suffix: str = "1") -> dict[str, Any]:
    """A gemeente with a candidate (optionally in ``consultant``'s caseload), an employer, work and a placement."""
    from record_values import candidate_values, organisation_values
    from werkbrug.registry import services
    from werkbrug.registry.models import Candidate

    def save(kind: str, values: dict[str, Any]) -> Any:
        return services.save_record(kind, values)[0]

    gemeente = save("organisations", organisation_values(f"lw-gem-{suffix}", name="Gemeente Leiden", kind="gemeente",
                                                         sector="overheid", kvk_number=""))
    employer = save("organisations", organisation_values(f"lw-emp-{suffix}"))
    save("locations", {"external_key": f"lw-loc-{suffix}", "organisation": f"lw-emp-{suffix}", "name": "Hal",
                       "postcode": "2312 CD", "place": "Leiden", "latitude": Decimal("52.158"),
                       "longitude": Decimal("4.49")})
    work = save("work", {"external_key": f"lw-work-{suffix}", "employer": f"lw-emp-{suffix}",
                         "location": f"lw-loc-{suffix}", "kind": "vacancy", "title": "Inpakker",
                         "hours_per_week": Decimal("32"), "contract_type": "tijdelijk", "status": "open",
                         "start_date": date(2025, 3, 1), "wage_per_hour": Decimal("15.00")})
    candidate = save("candidates", candidate_values(f"lw-cand-{suffix}", organisation=f"lw-gem-{suffix}",
                                                    bsn={"1": "111222333", "2": "123456782"}.get(suffix, "111222333")))
    if consultant is not None:
        Candidate.objects.filter(pk=candidate.pk).update(consultant=consultant)
        candidate.refresh_from_db()
    placement = save("placements", {"external_key": f"lw-pl-{suffix}", "candidate": f"lw-cand-{suffix}",
                                    "work": f"lw-work-{suffix}", "kind": "dienstverband",
                                    "employer_of_record": f"lw-emp-{suffix}", "hours_per_week": Decimal("32"),
                                    "start_date": date(2025, 3, 1)})
    return {"gemeente": gemeente, "employer": employer, "work": work, "candidate": candidate, "placement": placement}


def people(world: dict[str, Any]) -> dict[str, Any]:
    """One account per role that matters here; the consultant and the jobcoach hold the candidate."""
    from werkbrug.registry.models import Candidate
    from werkbrug.security.testing import user_with_role

    gemeente, employer = world["gemeente"], world["employer"]
    users = {"consultant": user_with_role("lw-consultant", "consultant", gemeente),
             "jobcoach": user_with_role("lw-jobcoach", "jobcoach", gemeente),
             "colleague": user_with_role("lw-colleague", "consultant", gemeente),
             "employer_hr": user_with_role("lw-employer", "employer_hr", employer),
             "inkoper": user_with_role("lw-inkoper", "inkoper", gemeente)}
    Candidate.objects.filter(pk=world["candidate"].pk).update(consultant=users["consultant"])
    return users
