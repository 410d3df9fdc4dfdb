"""Read-only catalogues."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import viewsets
from rest_framework.filters import OrderingFilter
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from werkbrug.domain import fml, vocabulary
from werkbrug.domain.errors import Message
from werkbrug.registry.api.filters import DeclaredFilters, Filter, exact
from werkbrug.registry.api.serializers.catalogue import (
    AccommodationSerializer,
    FmlCatalogueSerializer,
    SkillSerializer,
)
from werkbrug.registry.api.views.base import ApiMixin
from werkbrug.registry.models import AccommodationType, Skill
from werkbrug.security.api import REFERENCE

CATALOGUE = {"list": REFERENCE, "retrieve": REFERENCE}


@extend_schema_view(list=extend_schema(tags=["catalogues"]), retrieve=extend_schema(tags=["catalogues"]))
class AccommodationViewSet(ApiMixin, viewsets.ReadOnlyModelViewSet):
    """The accommodation catalogue (data/accommodations.toml), looked up by code."""

    access_policy = CATALOGUE
    queryset = AccommodationType.objects.all()
    serializer_class = AccommodationSerializer
    lookup_field = "code"
    filter_backends = [DeclaredFilters]
    query_filters = (
        exact("group", "group", "string", "Group.", vocabulary.ACCOMMODATION_GROUPS),
        exact("funding_route", "funding_route", "string", "Funding route.", vocabulary.FUNDING_ROUTES),
    )


@extend_schema_view(list=extend_schema(tags=["catalogues"]), retrieve=extend_schema(tags=["catalogues"]))
class SkillViewSet(ApiMixin, viewsets.ReadOnlyModelViewSet):
    """The shipped ESCO subset (skills and occupations)."""

    access_policy = CATALOGUE
    queryset = Skill.objects.all()
    serializer_class = SkillSerializer
    filter_backends = [DeclaredFilters, OrderingFilter]
    ordering_fields = ["id", "label_nl", "label_en", "uri"]
    query_filters = (
        exact("kind", "kind", "string", "skill or occupation.", ("skill", "occupation")),
        exact("uri", "uri", "string", "Exact ESCO URI."),
        Filter("q", "string", "Part of the Dutch or English label.",
               lambda qs, text: qs.filter(label_nl__icontains=text) | qs.filter(label_en__icontains=text)),
    )


def _levels(levels: dict[int, Message]) -> list[dict[str, Any]]:
    return [{"level": n, "name_nl": m.nl, "name_en": m.en} for n, m in levels.items()]


class FmlCatalogueView(ApiMixin, APIView):
    """The FML catalogue: six rubrieken with their items (names nl/en, units, norms)."""

    access_policy = {"get": REFERENCE}

    @extend_schema(tags=["catalogues"], responses=FmlCatalogueSerializer, operation_id="fml_retrieve")
    def get(self, request: Request) -> Response:
        catalogue = fml.load_catalogue()
        data = {"version": catalogue.version, "status": catalogue.status,
                "capacity_levels": _levels(fml.CAPACITY_LEVELS), "demand_levels": _levels(fml.DEMAND_LEVELS),
                "rubrieken": catalogue.rubrieken}
        return Response(FmlCatalogueSerializer(data).data)
