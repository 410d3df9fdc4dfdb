"""The algorithm register text and DPIA document follow the live configuration; the committed
text for the demo configuration in docs/algorithm-register/ is up to date."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command

from werkbrug.domain.matching.settings import load_settings
from werkbrug.domain.trust import register as reg

pytestmark = pytest.mark.django_db(databases=["default", "audit"])
DOCS = Path(__file__).resolve().parents[2] / "docs" / "algorithm-register"


def test_every_field_in_both_languages_from_the_configuration() -> None:
    from werkbrug.trust import services

    for language in ("nl", "en"):
        out = services.algorithm_register(language, with_fairness=False)
        fields = {f["key"]: f["value"] for f in out["json"]["fields"]}
        assert list(fields) == [k for k, _, _ in reg.FIELDS] and all(fields.values())
        assert load_settings().version in fields["methods_and_models"]
        assert "2026.1" in fields["human_intervention"]          # beoordelingspunten version
        assert "fml_profile" in fields["data_sources"] and "fml_profile" in out["dpia"]
        assert "bsn" not in out["dpia"]                            # matching does not use the BSN
    assert "Menselijke tussenkomst" in services.algorithm_register("nl", with_fairness=False)["markdown"]


def test_command_writes_files_and_docs_are_current(tmp_path: Path) -> None:
    call_command("algorithm_register", "--output", str(tmp_path), "--no-fairness", stdout=StringIO())
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["dpia.en.md", "dpia.nl.md", "register.en.json", "register.en.md", "register.nl.json",
                     "register.nl.md"]
    for name in names:
        assert (DOCS / name).read_text("utf-8") == (tmp_path / name).read_text("utf-8"), \
            f"regenerate: werkbrug algorithm-register --no-fairness --output docs/algorithm-register ({name})"
    out = StringIO()
    call_command("algorithm_register", "--json", "--language", "en", "--no-fairness", stdout=out)
    assert json.loads(out.getvalue())["fields"][0]["label"] == "Name"


def test_latest_fairness_figures_appear_when_there_are_runs(api: Any) -> None:
    from trust_builders import build

    from werkbrug.matching import runs
    from werkbrug.trust import services

    build()
    runs.recommend_and_save(work="TR-W1")
    fields = {f["key"]: f["value"] for f in services.algorithm_register("en")["json"]["fields"]}
    assert "Latest figures" in fields["monitoring"]
    body = api.get("/api/v1/trust/algorithm-register/", {"language": "nl"}).json()
    assert body["fields"][0]["label"] == "Naam"
