"""Learning routes in storage: progress with evidence, completion adds the certificate through the
registry (and matching's candidate data sees it); completions counted."""

from datetime import date

import pytest
from pathways_builders import candidate

from werkbrug.domain.errors import DomainValidationError
from werkbrug.matching.loading import candidate_specs
from werkbrug.pathways import learning
from werkbrug.pathways.models import LearningRoute
from werkbrug.registry.models import Candidate, Certificate

pytestmark = pytest.mark.django_db


def _route(registry_base: dict[str, object], target: str = "mbo_certificaat") -> LearningRoute:
    return learning.start_route(candidate(), "90001", target, date(2025, 1, 6), leerbedrijf=registry_base["employer"],
                                praktijkopleider="P. Opleider", mbo_instelling="ROC")


def test_completion_adds_the_certificate_and_matching_sees_it(registry_base: dict[str, object]) -> None:
    route = _route(registry_base)
    assert route.level == 1 and route.catalogue_version.endswith("example")
    for code in ("B1-K1-W1", "B1-K1-W2"):
        learning.record_progress(route, code, "achieved", evidence="STARR, getekend", assessed_on=date(2025, 3, 1))
    with pytest.raises(DomainValidationError) as refused:
        learning.complete_route(route, date(2025, 6, 1))
    assert refused.value.issues[0].code == "not_complete" and "B1-K1-W3" in str(refused.value)
    learning.record_progress(route, "B1-K1-W3", "achieved", evidence="STARR, getekend")
    done = learning.complete_route(route, date(2025, 6, 1))
    assert (done.status, done.certificate_code, done.completed_on) == ("completed", "90001", date(2025, 6, 1))
    held = set(Certificate.objects.filter(candidate=done.candidate).values_list("kind", "code"))
    assert held == {("branche", "VCA"), ("mbo_certificaat", "90001")}
    spec = candidate_specs(Candidate.objects.filter(pk=done.candidate_id))[0]
    assert {"90001", "VCA"} <= spec.certificates
    assert [c[1:] for c in learning.completions()] == [("90001", "mbo_certificaat", date(2025, 6, 1))]


def test_refusals_name_what_is_wrong(registry_base: dict[str, object]) -> None:
    route = _route(registry_base, "praktijkverklaring")
    with pytest.raises(DomainValidationError) as no_evidence:
        learning.record_progress(route, "B1-K1-W1", "achieved")
    assert no_evidence.value.issues[0].field == "evidence"
    with pytest.raises(DomainValidationError):
        learning.start_route(route.candidate, "00000", "diploma", date(2025, 1, 1))
    learning.record_progress(route, "B1-K1-W4", "achieved", evidence="foto's en verklaring")
    with pytest.raises(DomainValidationError) as early:
        learning.complete_route(route, date(2024, 12, 31))
    assert early.value.issues[0].code == "before_start"
    done = learning.complete_route(route, date(2025, 2, 1))
    assert done.certificate_code == "PV-90001"
    with pytest.raises(DomainValidationError) as closed:
        learning.record_progress(done, "B1-K1-W1", "in_progress")
    assert closed.value.issues[0].code == "route_closed"
