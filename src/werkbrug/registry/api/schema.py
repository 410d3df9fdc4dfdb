"""OpenAPI: every operation documents the problem responses it can give."""

from __future__ import annotations

from typing import Any

from drf_spectacular.openapi import AutoSchema
from rest_framework import serializers

from werkbrug.registry.api.problems import PROBLEM_CONTENT_TYPE
from werkbrug.security import api_schema  # noqa: F401 - registers the token scheme


class InvalidParamSerializer(serializers.Serializer):
    name = serializers.CharField(help_text="Field or query parameter, e.g. 'bsn' or 'tasks[0].hours_per_week'")
    code = serializers.CharField(help_text="Stable machine code, e.g. 'bsn_invalid', 'unknown_code'")
    reason = serializers.CharField(help_text="In the language asked for with Accept-Language (nl default)")
    reason_nl = serializers.CharField()
    reason_en = serializers.CharField()


class ProblemSerializer(serializers.Serializer):
    type = serializers.CharField(help_text="urn:werkbrug:problem:<slug>")
    status = serializers.IntegerField()
    title = serializers.CharField()
    detail = serializers.CharField()
    title_nl = serializers.CharField()
    title_en = serializers.CharField()
    detail_nl = serializers.CharField()
    detail_en = serializers.CharField()
    invalid_params = InvalidParamSerializer(many=True, required=False)

    class Meta:
        ref_name = "Problem"


_DESCRIPTIONS = {
    "400": "Invalid input; invalid_params names each field.",
    "401": "Not authenticated.",
    "403": "Not allowed.",
    "404": "No such record.",
    "409": "Version conflict (stale version) or deletion refused (records depend on it).",
    "428": "No version given (body 'version' or If-Match).",
}


class ProblemAutoSchema(AutoSchema):
    def _problem_codes(self) -> list[str]:
        codes = ["401", "403"]
        if self.method in {"POST", "PUT", "PATCH"} or self._is_list_view():
            codes.append("400")
        if "{" in self.path:
            codes.append("404")
        if self.method in {"PUT", "PATCH", "DELETE"}:
            codes.append("409")
        if self.method in {"PUT", "PATCH"}:
            codes.append("428")
        return codes

    def _get_response_bodies(self, direction: Any = "response") -> dict[str, Any]:
        responses = super()._get_response_bodies(direction)
        for code in self._problem_codes():
            response = self._get_response_for_code(ProblemSerializer, code, [PROBLEM_CONTENT_TYPE], direction)
            response["description"] = _DESCRIPTIONS[code]
            responses.setdefault(code, response)
        return responses
