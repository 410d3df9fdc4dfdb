"""Report responses: JSON by default, ?format=xlsx|pdf as a download (Content-Disposition,
Cache-Control: no-store: reports hold contract and supplier data). ``format`` is ours here, so
DRF's own use of that query parameter for renderer choice is switched off for these views."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from io import BytesIO
from typing import Any

from django.http import HttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.request import Request
from rest_framework.response import Response

from werkbrug.domain.errors import Message
from werkbrug.registry.api.problems import field_error
from werkbrug.security.api import audit_event
from werkbrug.sroi.exports.pdf import write_pdf
from werkbrug.sroi.exports.xlsx import write_xlsx

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMATS = {"xlsx": (XLSX, write_xlsx), "pdf": ("application/pdf", write_pdf)}


class _NoFormatOverride:
    URL_FORMAT_OVERRIDE = None


class ReportNegotiation(DefaultContentNegotiation):
    settings = _NoFormatOverride()  # type: ignore[assignment]


REPORT_PARAMETERS = [
    OpenApiParameter("format", OpenApiTypes.STR, OpenApiParameter.QUERY, required=False, enum=["json", "xlsx", "pdf"],
                     description="json (default), or xlsx / pdf to download the report."),
    OpenApiParameter("as_of", OpenApiTypes.DATE, OpenApiParameter.QUERY, required=False,
                     description="Report date (default today): what counts as elapsed, realised and verified."),
]
REPORT_RESPONSES: dict[Any, Any] = {
    (200, "application/json"): OpenApiTypes.OBJECT,
    (200, XLSX): OpenApiTypes.BINARY,
    (200, "application/pdf"): OpenApiTypes.BINARY,
}


def report_date(request: Request) -> date | None:
    raw = request.query_params.get("as_of", "").strip()
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise field_error("as_of", "invalid", Message("moet een datum zijn (JJJJ-MM-DD)",
                                                      "must be a date (YYYY-MM-DD)")) from None


def report_response(request: Request, stem: str, build: Callable[[date | None], dict[str, Any]],
                    subject: Any = None) -> Any:
    """The report as JSON or as a download; a download is an export with an audit row on ``subject``
    (the contract, or the organisation id of a group report)."""
    kind = request.query_params.get("format", "json").strip().lower() or "json"
    if kind not in ("json", *FORMATS):
        raise field_error("format", "unknown_code", Message("kies json, xlsx of pdf", "choose json, xlsx or pdf"))
    report = build(report_date(request))
    if kind == "json":
        response: Any = Response(report)
    else:
        audit_event(request, "export", "sroi_report", subject, required=True)
        content_type, write = FORMATS[kind]
        buffer = BytesIO()
        write(report, buffer)
        response = HttpResponse(buffer.getvalue(), content_type=content_type)
        safe = re.sub(r"[^A-Za-z0-9._-]", "_", stem)
        response["Content-Disposition"] = f'attachment; filename="{safe}.{kind}"'
    response["Cache-Control"] = "no-store"
    return response
