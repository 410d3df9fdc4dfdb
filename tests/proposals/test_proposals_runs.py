"""Saved runs: what they record (input hash, weights version, code version) and the proposals
they create; `werkbrug match … --save`."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from proposal_builders import REGION, TODAY, candidate

import werkbrug
from werkbrug.domain.matching.settings import load_settings
from werkbrug.matching import proposals, runs, services
from werkbrug.matching.models import MatchProposal, MatchRun
from werkbrug.registry import services as registry

pytestmark = [pytest.mark.django_db(databases=["default", "audit"]), pytest.mark.usefixtures("cli_operator")]


def test_a_run_records_what_it_used(region: dict[str, Any]) -> None:
    result, run = runs.assign_and_save(REGION, "stable", top=5, today=TODAY)
    assert (run.kind, run.mode, run.region, run.top, run.reference_date) == ("assign", "stable", REGION, 5, TODAY)
    assert run.parameters_version == load_settings().version == result["settings_version"]
    assert run.code_version == werkbrug.__version__
    assert (run.candidates_count, run.work_count, run.proposals_count) == (2, 1, 1)
    assert len(run.input_hash) == 64 and run.objective == result["objective"]
    [proposal] = run.proposals.all()
    assert (proposal.candidate, proposal.work, proposal.rank) == (region["anna"], region["work"], 1)
    assert proposal.score == pytest.approx(result["assignments"][0]["score"], abs=1e-3)
    assert {c["name"] for c in proposal.components} >= {"skills", "travel", "waiting"}
    assert all(c["label_nl"] and c["label_en"] for c in proposal.components)
    assert proposal.explanation["verdict"] == proposal.verdict == "fits"
    assert (proposal.explanation["summary_nl"], proposal.explanation["summary_en"]) == ("past", "fits")


def test_the_same_input_gives_the_same_hash_and_a_change_a_different_one(region: dict[str, Any]) -> None:
    first = runs.assign_and_save(REGION, today=TODAY)[1]
    second = runs.assign_and_save(REGION, today=TODAY)[1]
    assert first.input_hash == second.input_hash
    assert (second.proposals_count, second.skipped_open_count) == (0, 1)  # the pair is still open
    registry.update("candidates", region["bram"].pk, region["bram"].version, {"wish_hours_max": 30})
    changed = runs.assign_and_save(REGION, today=TODAY)[1]
    assert changed.input_hash != first.input_hash
    candidate("PB-C3", "111222345")
    assert runs.assign_and_save(REGION, today=TODAY)[1].input_hash not in {first.input_hash, changed.input_hash}


def test_a_different_weights_version_is_recorded(region: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    before = runs.recommend_and_save(work=str(region["work"].pk), today=TODAY)[1]
    monkeypatch.setattr(services, "load_settings", lambda: replace(load_settings(), version="test-2"))
    after = runs.recommend_and_save(work=str(region["work"].pk), today=TODAY)[1]
    assert (before.parameters_version, after.parameters_version) == (load_settings().version, "test-2")
    assert before.input_hash == after.input_hash


def test_recommend_runs_store_the_top_results_and_skip_open_pairs(region: dict[str, Any]) -> None:
    _, run = runs.recommend_and_save(work="PB-W1", top=5, today=TODAY)
    assert (run.kind, run.mode, run.subject_key, run.candidates_count, run.work_count) == (
        "recommend", "work", "PB-W1", 2, 1)
    ranked = list(run.proposals.order_by("rank").values_list("candidate__external_key", "rank"))
    assert ranked == [("PB-C1", 1), ("PB-C2", 2)]
    anna = run.proposals.get(rank=1)
    proposals.transition(anna.pk, proposals.TransitionRequest(to="declined", version=1, reason="other"))
    _, again = runs.recommend_and_save(candidate="PB-C1", today=TODAY)
    assert (again.mode, again.subject_key, again.candidates_count) == ("candidate", "PB-C1", 1)
    assert again.proposals_count == 1  # declined is closed: the pair may be proposed again
    assert MatchProposal.objects.filter(candidate=region["anna"], status="proposed").count() == 1


def _cli(*args: str) -> dict[str, Any]:
    out = StringIO()
    call_command("match", *args, "--json", stdout=out)
    return json.loads(out.getvalue())


def test_the_save_flag_of_the_command(region: dict[str, Any]) -> None:
    plain = _cli("assign", "--region", REGION)
    assert "run" not in plain and not MatchRun.objects.exists()
    saved = _cli("assign", "--region", REGION, "--save")
    run = MatchRun.objects.get(pk=saved["run"])
    assert run.kind == "assign" and run.reference_date == date.today() and run.proposals_count == 1
    rec = _cli("recommend", "--candidate", "PB-C2", "--save")
    assert MatchRun.objects.get(pk=rec["run"]).proposals.get().candidate == region["bram"]
    text = StringIO()
    call_command("match", "recommend", "--work", "PB-W1", "--save", stdout=text)
    assert "opgeslagen als run" in text.getvalue()
    with pytest.raises(CommandError, match="anonymous"):
        call_command("match", "recommend", "--work", "PB-W1", "--anonymous", "--save")


def test_large_runs_query_in_chunks(region: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runs, "CHUNK", 1)
    _, first = runs.recommend_and_save(work="PB-W1", today=TODAY)
    _, second = runs.recommend_and_save(work="PB-W1", today=TODAY)
    assert (first.proposals_count, second.proposals_count, second.skipped_open_count) == (2, 0, 2)
