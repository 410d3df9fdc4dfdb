"""Fixtures for the API tests: a client signed in through the session as a functional
administrator (second factor given) of the registry's gemeente, and a small registry built
through services.save_record (the same path the import uses)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from api_builders import BSN_A, BSN_B, save
from rest_framework.test import APIClient


@pytest.fixture
def user(db: None, request: pytest.FixtureRequest) -> Any:
    from werkbrug.security.testing import user_with_role

    if "registry" in request.fixturenames:
        home = request.getfixturevalue("registry")["gemeente"]
    else:
        home = save("organisations", external_key="ORG-HOME", name="Gemeente Thuis", kind="gemeente",
                    sector="overheid")
    return user_with_role("consulent", "functional_admin", home)


@pytest.fixture
def api(user: Any) -> APIClient:
    from werkbrug.security.testing import session_client

    return session_client(user)


@pytest.fixture
def other_api(user: Any) -> APIClient:
    from werkbrug.security.testing import session_client

    return session_client(user)


@pytest.fixture
def registry(db: None) -> dict[str, Any]:
    """Two organisations, a location, two candidates, one work item with two tasks, one placement."""
    gemeente = save("organisations", external_key="ORG-G", name="Gemeente Utrecht", kind="gemeente",
                    sector="overheid", arbeidsmarktregio="Midden-Utrecht")
    bakery = save("organisations", external_key="ORG-B", name="Bakkerij De Korf", kind="employer",
                  sector="markt", arbeidsmarktregio="Midden-Utrecht", kvk_number="12345678")
    location = save("locations", external_key="LOC-1", organisation="ORG-B", name="Werkplaats",
                    postcode="3511AB", place="Utrecht", latitude=52.09, longitude=5.12,
                    arbeidsmarktregio="Midden-Utrecht")
    common = {"organisation": "ORG-G", "date_of_birth": date(1990, 5, 1), "place": "Utrecht",
              "latitude": 52.09, "longitude": 5.12, "benefit": "bijstand",
              "registered_on": date(2024, 1, 8), "arbeidsmarktregio": "Midden-Utrecht"}
    anna = save("candidates", external_key="CAN-1", given_name="Anna", family_name="Jansen", bsn=BSN_A,
                postcode="3511AB", situation="uitkering", doelgroep_category="praktijkroute",
                doelgroep_from=date(2023, 1, 1), **common)
    bram = save("candidates", external_key="CAN-2", given_name="Bram", family_name="de Vries", bsn=BSN_B,
                postcode="3584CS", situation="dagbesteding", unavailable_until=date(2030, 1, 1), **common)
    work = save("work", external_key="W-1", employer="ORG-B", location="LOC-1", kind="carved_role",
                title="Inpakker", hours_per_week=Decimal("20"), contract_type="tijdelijk", status="open")
    save("tasks", work="W-1", key="inpakken", name="Inpakken", hours_per_week=Decimal("12"),
         fml_demand={"IV.12": {"level": 1, "value": 5.0}})
    save("tasks", work="W-1", key="schoonmaken", name="Schoonmaken", hours_per_week=Decimal("8"))
    placement = save("placements", external_key="P-1", candidate="CAN-1", work="W-1", kind="dienstverband",
                     employer_of_record="ORG-B", hours_per_week=Decimal("20"), start_date=date(2024, 3, 1))
    return {"gemeente": gemeente, "bakery": bakery, "location": location, "anna": anna, "bram": bram,
            "work": work, "placement": placement}
