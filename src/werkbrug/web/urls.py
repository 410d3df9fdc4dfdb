from django.urls import include, path

from werkbrug.web.routes import modules as area_modules
from werkbrug.web.views import (
    candidates,
    edit,
    employer,
    home,
    introductions,
    matching,
    placements,
    proposal_steps,
)

app_name = "web"
urlpatterns = [
    path("", home.home, name="home"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("candidates/", candidates.candidate_list, name="candidates"),
    path("candidates/new/", edit.candidate_create, name="candidate-new"),
    path("candidates/<int:pk>/", candidates.candidate_detail, name="candidate"),
    path("candidates/<int:pk>/edit/", edit.candidate_edit, name="candidate-edit"),
    path("candidates/<int:pk>/matches/", matching.candidate_matches, name="candidate-matches"),
    path("candidates/<int:pk>/place/<int:work_pk>/", placements.placement_create, name="placement-new"),
    path("candidates/<int:pk>/introduce/<int:work_pk>/", introductions.introduce, name="introduce"),
    path("proposals/<int:pk>/", proposal_steps.proposal_detail, name="proposal"),
    path("work/", matching.work_list, name="work"),
    path("work/<int:pk>/candidates/", matching.work_candidates, name="work-candidates"),
    path("explorer/", employer.explorer, name="explorer"),
]
# every area's pages (werkbrug.web.routes), in the same "web" namespace
for _area in area_modules():
    urlpatterns += _area.urlpatterns

