"""OpenAPI description of the token authentication (imported by registry.api.schema)."""

from drf_spectacular.extensions import OpenApiAuthenticationExtension


class TokenScheme(OpenApiAuthenticationExtension):
    target_class = "werkbrug.security.tokens.TokenAuthentication"
    name = "tokenAuth"

    def get_security_definition(self, auto_schema):  # type: ignore[no-untyped-def]
        return {"type": "apiKey", "in": "header", "name": "Authorization",
                "description": "Personal API token: `Authorization: Token wbt_…` (werkbrug tokens create)."}
