"""The audit purpose and explanation headers: documented on every operation of the committed
OpenAPI document, and the explanation lands on the audit row of a read of health data."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from api_fuzz_strategies import OPENAPI

from werkbrug.security.api import EXPLANATION_HEADER, PURPOSE_HEADER
from werkbrug.security.models import AuditEvent
from werkbrug.security.testing import session_client, user_with_role


def test_every_operation_documents_both_headers() -> None:
    document = yaml.safe_load(OPENAPI.read_text("utf-8"))
    operations = [(path, method, op) for path, item in document["paths"].items()
                  for method, op in item.items() if method in {"get", "post", "put", "patch", "delete"}]
    assert len(operations) > 50
    for path, method, op in operations:
        headers = {p["name"]: p for p in op.get("parameters", []) if p["in"] == "header"}
        assert PURPOSE_HEADER in headers and EXPLANATION_HEADER in headers, f"{method} {path}"
        assert "bemiddeling" in headers[PURPOSE_HEADER]["schema"]["enum"]


@pytest.mark.django_db(databases=["default", "audit"])
def test_the_explanation_is_recorded_with_the_purpose(registry_base: dict[str, Any]) -> None:
    from record_values import candidate_values
    from werkbrug.registry import services

    consultant = user_with_role("consulent-uitleg", "consultant", registry_base["gemeente"])
    candidate, _ = services.save_record("candidates", candidate_values("cand-1"))
    candidate.consultant = consultant
    candidate.save()
    client = session_client(consultant, purpose="begeleiding")
    response = client.get(f"/api/v1/candidates/{candidate.pk}/", HTTP_X_WERKBRUG_EXPLANATION="verzoek 2026-17")
    assert response.status_code == 200 and "fml_profile" in response.json()
    row = AuditEvent.objects.filter(action="read", object_id=str(candidate.pk)).latest("sequence")
    assert (row.purpose, row.explanation) == ("begeleiding", "verzoek 2026-17")
    bad = session_client(consultant, purpose="nieuwsgierig").get(f"/api/v1/candidates/{candidate.pk}/")
    assert bad.status_code == 400 and bad["Content-Type"].startswith("application/problem+json")
    assert PURPOSE_HEADER in bad.content.decode()
