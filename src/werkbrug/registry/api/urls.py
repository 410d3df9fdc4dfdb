from django.urls import path
from rest_framework.routers import DefaultRouter

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

router = DefaultRouter()
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
