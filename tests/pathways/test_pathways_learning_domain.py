"""Praktijkleren rules (pure): the example dossiers, evidence, and what each result needs."""

import pytest

from werkbrug.domain.pathways import learning

CAT = learning.load()
D = CAT.dossiers["90001"]


def test_example_catalogue_is_marked_and_consistent() -> None:
    assert CAT.example and "SBB" in CAT.source
    for dossier in CAT.dossiers.values():
        assert dossier.werkprocessen and set(dossier.certificate_part) <= set(dossier.codes())


def test_achieved_needs_evidence_and_a_known_werkproces() -> None:
    codes = {i.code for i in learning.check_progress(D, "B1-K1-W1", "achieved", "  ").items}
    assert codes == {"evidence_required"}
    assert not learning.check_progress(D, "B1-K1-W1", "achieved", "STARR, signed")
    assert {i.code for i in learning.check_progress(D, "X-1", "bad", "").items} == {"unknown_werkproces",
                                                                                   "unknown_status"}


@pytest.mark.parametrize(("target", "achieved", "complete"), [
    ("praktijkverklaring", [], False),
    ("praktijkverklaring", ["B1-K2-W1"], True),
    ("mbo_certificaat", ["B1-K1-W1", "B1-K1-W2"], False),
    ("mbo_certificaat", ["B1-K1-W1", "B1-K1-W2", "B1-K1-W3"], True),
    ("diploma", ["B1-K1-W1", "B1-K1-W2", "B1-K1-W3", "B1-K1-W4"], False),
    ("diploma", list(D.codes()), True),
])
def test_what_each_result_needs(target: str, achieved: list[str], complete: bool) -> None:
    statuses = dict.fromkeys(achieved, "achieved") | {"B1-K2-W1": "in_progress"} if "B1-K2-W1" not in achieved \
        else dict.fromkeys(achieved, "achieved")
    issues = learning.check_completion(D, target, statuses)
    assert (not issues) is complete
    if not complete:
        assert issues.items[0].code == "not_complete" and "B1-" in issues.items[0].message.en


def test_certificate_codes_and_unknown_routes() -> None:
    assert learning.certificate_code("90001", "praktijkverklaring") == "PV-90001"
    assert learning.certificate_code("90001", "diploma") == "90001"
    assert {i.code for i in learning.check_route("12345", "phd").items} == {"unknown_dossier", "unknown_target"}
    assert learning.progress(D, "mbo_certificaat", {"B1-K1-W1": "achieved"}).share == pytest.approx(1 / 3)
