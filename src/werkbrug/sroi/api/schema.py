"""OpenAPI for the SROI views: the registry's problem responses plus those a view declares."""

from __future__ import annotations

from typing import Any

from werkbrug.registry.api.schema import ProblemAutoSchema


class SroiSchema(ProblemAutoSchema):
    """``extra_problem_codes`` per action (or method) and ``problem_descriptions`` per code."""

    def _problem_codes(self) -> list[str]:
        codes = super()._problem_codes()
        declared = getattr(self.view, "extra_problem_codes", {})
        extra = declared.get(getattr(self.view, "action", None) or self.method.lower(), ())
        return codes + [c for c in extra if c not in codes]

    def _get_response_bodies(self, direction: str = "response") -> dict[str, Any]:
        responses = super()._get_response_bodies(direction)
        for code, text in getattr(self.view, "problem_descriptions", {}).items():
            if code in responses:
                responses[code]["description"] = text
        return responses
