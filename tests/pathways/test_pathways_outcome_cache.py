"""The published outcome figures are kept for a short while, but a new row shows at once."""

from __future__ import annotations

from datetime import date

import pytest

from record_values import candidate_values
from werkbrug.pathways import outcomes, services
from werkbrug.registry import services as registry

pytestmark = pytest.mark.django_db


def test_a_new_answer_changes_the_published_figures_at_once(registry_base: dict[str, object]) -> None:
    bsns = ("200000007", "200000019", "200000020", "200000032", "200000044")
    people = [registry.save_record("candidates", candidate_values(f"cand-{n}", bsn=bsn, arbeidsmarktregio="R"))[0]
              for n, bsn in enumerate(bsns)]
    for person in people[:4]:
        services.record_value_of_work(person, date(2025, 2, 1), {"pw1": 4})
    first = outcomes.published(date(2025, 12, 31), region="R", years=1)
    assert [r["responses"] for r in first["value_of_work"]] == [None]  # 4 answers: not published
    assert outcomes.published(date(2025, 12, 31), region="R", years=1) == first  # from the cache
    services.record_value_of_work(people[4], date(2025, 3, 1), {"pw1": 2})
    assert [r["responses"] for r in outcomes.published(date(2025, 12, 31), region="R", years=1)["value_of_work"]] == [5]


def test_the_region_choice_lists_each_region_once(registry_base: dict[str, object]) -> None:
    from werkbrug.web.views.pathways_outcomes import _regions

    for n, (bsn, region) in enumerate((("200000007", "R"), ("200000019", "R"), ("200000020", "S"))):
        registry.save_record("candidates", candidate_values(f"reg-{n}", bsn=bsn, arbeidsmarktregio=region))
    assert _regions() == ["R", "S"]
