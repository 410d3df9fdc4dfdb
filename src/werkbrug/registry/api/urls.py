from django.urls import path
from rest_framework.routers import APIRootView, DefaultRouter

from werkbrug.registry.api.views.catalogue import (
    AccommodationViewSet,
    FmlCatalogueView,
    SkillViewSet,
)
from werkbrug.registry.api.views.records import (
    CandidateViewSet,
    LocationViewSet,
    OrganisationViewSet,
    PlacementViewSet,
    TaskViewSet,
    WorkViewSet,
)
from werkbrug.security.api import REFERENCE


class ApiRoot(APIRootView):
    """The list of registry routes (no data)."""

    access_policy = {"get": REFERENCE}


router = DefaultRouter()
router.APIRootView = ApiRoot
router.register("organisations", OrganisationViewSet, basename="organisation")
router.register("locations", LocationViewSet, basename="location")
router.register("candidates", CandidateViewSet, basename="candidate")
router.register("work", WorkViewSet, basename="work")
router.register("tasks", TaskViewSet, basename="task")
router.register("placements", PlacementViewSet, basename="placement")
router.register("accommodations", AccommodationViewSet, basename="accommodation")
router.register("skills", SkillViewSet, basename="skill")

urlpatterns = [
    path("fml/", FmlCatalogueView.as_view(), name="fml-catalogue"),
    *router.urls,
]
