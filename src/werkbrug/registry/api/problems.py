"""Errors as application/problem+json (RFC 9457), field by field, in Dutch and English."""

from __future__ import annotations

from typing import Any

from rest_framework.response import Response
from rest_framework.views import exception_handler


def problem_exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    response = exception_handler(exc, context)
    if response is None:
        return None
    detail = response.data
    body: dict[str, Any] = {"type": "about:blank", "status": response.status_code,
                            "title": getattr(exc, "default_detail", str(exc))}
    if isinstance(detail, dict) and set(detail) != {"detail"}:
        body["invalid_params"] = [{"name": name, "reason": reason}
                                  for name, reasons in detail.items()
                                  for reason in (reasons if isinstance(reasons, list) else [reasons])]
    elif isinstance(detail, dict):
        body["detail"] = str(detail["detail"])
    response.data = body
    response["Content-Type"] = "application/problem+json"
    return response
