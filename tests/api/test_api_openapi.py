"""The committed OpenAPI file is exactly what the code generates (CI compares them too)."""

from __future__ import annotations

from pathlib import Path

import yaml
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.validation import validate_schema

COMMITTED = Path(__file__).resolve().parents[2] / "docs" / "api" / "openapi.yaml"


def test_committed_schema_matches_generated() -> None:
    generated = SchemaGenerator().get_schema(request=None, public=True)
    validate_schema(generated)
    committed = yaml.safe_load(COMMITTED.read_text("utf-8"))
    assert committed == yaml.safe_load(yaml.safe_dump(generated, default_flow_style=False)), (
        "docs/api/openapi.yaml is stale: run `werkbrug spectacular --validate --file docs/api/openapi.yaml`")
    assert "/api/v1/candidates/{id}/" in committed["paths"]
    put = committed["paths"]["/api/v1/candidates/{id}/"]["put"]["responses"]
    assert {"400", "404", "409", "428"} <= set(put)
    assert "application/problem+json" in put["409"]["content"]
