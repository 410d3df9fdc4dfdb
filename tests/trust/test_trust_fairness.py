"""Fairness statistics on constructed data: a built-in disparity is flagged, equal rates are not."""

from __future__ import annotations

import json
from datetime import date, timedelta
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command

from werkbrug.domain.trust import fairness as stats


def _people(rates: dict[str, float], n: int = 200) -> tuple[list[str], list[bool]]:
    groups, selected = [], []
    for group, rate in rates.items():
        groups += [group] * n
        selected += [i < round(rate * n) for i in range(n)]
    return groups, selected


def test_a_known_disparity_is_flagged_and_equal_rates_are_not() -> None:
    rows = {r.group: r for r in stats.rates(*_people({"v": 0.30, "m": 0.50}))}
    assert rows["v"].ratio == 0.6 and rows["v"].four_fifths and rows["v"].clear
    assert rows["m"].ratio == 1.0 and not rows["m"].four_fifths
    assert rows["v"].ratio_low < 0.6 < rows["v"].ratio_high < 0.8
    fair = stats.rates(*_people({"v": 0.48, "m": 0.50}))
    assert not any(r.four_fifths for r in fair)
    small = stats.rates(*_people({"v": 0.0, "m": 0.5}, n=5))   # too small to flag
    assert not any(r.four_fifths for r in small)


def test_wilson_interval_and_age_bands() -> None:
    low, high = stats.wilson(50, 100)
    assert (round(low, 3), round(high, 3)) == (0.404, 0.596)
    assert stats.wilson(0, 10)[0] == 0.0 and stats.wilson(0, 10)[1] > 0.2
    assert stats.age_band(date(2000, 6, 2), date(2027, 6, 1)) == "18-26"
    assert stats.age_band(date(2000, 6, 1), date(2027, 6, 1)) == "27-34"


@pytest.mark.django_db(databases=["default", "audit"])
def test_the_report_over_stored_proposals_finds_the_disparity(tmp_path: Path) -> None:
    from werkbrug.matching.models import MatchProposal, MatchRun
    from werkbrug.registry.models import Candidate, Organisation, Work

    org = Organisation.objects.create(external_key="F-GEM", name="Gemeente", kind="gemeente", sector="overheid")
    base = dict(organisation=org, given_name="x", family_name="x", date_of_birth=date(1990, 1, 1),
                postcode="1000AA", place="A", latitude=52.0, longitude=5.0, registered_on=date(2025, 1, 1))
    people = [Candidate(external_key=f"F-{i}", bsn=f"9{i:08d}", gender="v" if i % 2 else "m", **base)
              for i in range(80)]
    Candidate.objects.bulk_create(people)
    cands = list(Candidate.objects.order_by("id"))
    from trust_builders import build

    build()
    work = Work.objects.get(external_key="TR-W1")
    run = MatchRun.objects.create(kind="recommend", mode="work", reference_date=date(2026, 3, 1),
                                  parameters_version="t", input_hash="x", code_version="t")
    # men: 30 of 40 recommended; women: 10 of 40 (ratio 1/3: flagged)
    chosen = [c for c in cands if c.gender == "m"][:30] + [c for c in cands if c.gender == "v"][:10]
    MatchProposal.objects.bulk_create([MatchProposal(run=run, candidate=c, work=work, verdict="fits")
                                       for c in chosen])
    today = date.today()
    from werkbrug.trust import services

    report = services.fairness_report(today - timedelta(days=30), today)
    gender = {r["group"]: r for r in report["outcomes"]["recommended"]["groups"]["gender"]}
    assert gender["v"]["four_fifths"] and not gender["m"]["four_fifths"]
    assert "recommended: gender=v" in report["flagged"]
    assert not any(r["four_fifths"] for r in report["outcomes"]["recommended"]["groups"]["age_band"])
    out = StringIO()
    call_command("fairness", "report", "--from", str(today - timedelta(days=30)), "--to", str(today), "--json",
                 stdout=out)
    assert json.loads(out.getvalue())["flagged"] == report["flagged"]
    call_command("fairness", "report", "--from", str(today), "--to", str(today), "--xlsx",
                 str(tmp_path / "f.xlsx"), stdout=StringIO())
    from openpyxl import load_workbook

    assert load_workbook(tmp_path / "f.xlsx").sheetnames == ["recommended", "introduced", "placed"]


@pytest.mark.django_db(databases=["default", "audit"])
def test_the_engine_report_and_the_api_on_small_demo_data(api: Any) -> None:
    from werkbrug.demo.load import load
    from werkbrug.domain.demo import DEFAULT_AS_OF, generate
    from werkbrug.trust import services

    load(generate("small", seed=5))
    report = services.engine_fairness_report(DEFAULT_AS_OF, k=10)
    outcome = report["outcomes"]["engine_top_k"]
    assert 0 < outcome["selected"] < outcome["people"]
    assert set(outcome["groups"]) == {"age_band", "gender", "doelgroep", "region"}
    body = api.get("/api/v1/trust/fairness/", {"from": "2026-01-01", "to": str(DEFAULT_AS_OF),
                                               "engine": "true"}).json()
    assert body["outcomes"]["engine_top_k"]["selected"] == outcome["selected"]
    assert api.get("/api/v1/trust/fairness/", {"from": "x", "to": "2026-01-01"}).status_code == 400
