"""OpenAPI description of the token authentication (imported by registry.api.schema)."""

from drf_spectacular.extensions import OpenApiAuthenticationExtension


class TokenScheme(OpenApiAuthenticationExtension):
    target_class = "werkbrug.security.tokens.TokenAuthentication"
    name = "tokenAuth"

    def get_security_definition(self, auto_schema):  # type: ignore[no-untyped-def]
        return {"type": "apiKey", "in": "header", "name": "Authorization",
                "description": "Personal API token: `Authorization: Token wbt_…` (werkbrug tokens create)."}


def purpose_headers(result, generator, request, public):  # type: ignore[no-untyped-def]
    """Postprocessing hook: the audit purpose and explanation headers on every API operation
    (like ZGW's X-Audit-Toelichting), so clients see them in the OpenAPI document."""
    from werkbrug.domain import authorisation as policy
    from werkbrug.security.api import EXPLANATION_HEADER, PURPOSE_HEADER

    codes = sorted(policy.default_policy().purposes)
    headers = [
        {"in": "header", "name": PURPOSE_HEADER, "required": False, "schema": {"type": "string", "enum": codes},
         "description": "Why you access the data (audit purpose, roles.toml [audit_purposes]). Required for a "
                        "read that returns health/FML fields or a BSN and for every export (400 naming this "
                        "header otherwise); recorded on the audit row of every write, read and refusal."},
        {"in": "header", "name": EXPLANATION_HEADER, "required": False,
         "schema": {"type": "string", "maxLength": 500},
         "description": "Optional free-text explanation beside the purpose (like ZGW's X-Audit-Toelichting), "
                        "e.g. a case or request number; stored on the audit row. No personal data."},
    ]
    for item in result.get("paths", {}).values():
        for method, operation in item.items():
            if method in {"get", "post", "put", "patch", "delete"}:
                present = {(p.get("in"), p.get("name")) for p in operation.get("parameters", [])}
                operation.setdefault("parameters", []).extend(
                    h for h in headers if (h["in"], h["name"]) not in present)
    return result
