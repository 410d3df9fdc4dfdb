"""`{% pathways_links candidate %}`: links from the candidate page to their trajectory, learning
routes and follow-up, shown only to users who may see those pages (the pages decide again)."""

from __future__ import annotations

from typing import Any

from django import template

from werkbrug.pathways import access as pathways_access
from werkbrug.web import access

register = template.Library()


@register.inclusion_tag("web/pathways/_candidate_links.html", takes_context=True)
def pathways_links(context: dict[str, Any], candidate: Any) -> dict[str, Any]:
    request = context.get("request")
    allowed = request is not None and request.user.is_authenticated and bool(
        access.can(request, "read", pathways_access.resource(candidate), pathways_access.FIELDS))
    return {"candidate": candidate, "allowed": allowed}
