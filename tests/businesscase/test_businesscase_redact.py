"""The employer's view of a business case keeps every amount but nothing about the person."""

from __future__ import annotations

import copy

from werkbrug.businesscase.redact import for_employer

FULL = {
    "candidate": "cand-7", "candidate_id": 7, "age": 19, "doelgroep": "wajong",
    "instrument": {"code": "loondispensatie", "reason": {"nl": "de kandidaat heeft Wajong", "en": "has Wajong"}},
    "lkv": {"code": "banenafspraak", "reason": {"nl": "in het doelgroepregister", "en": "in the register"}},
    "noriskpolis": {"code": None, "reason": {"nl": "niet", "en": "not"}},
    "jobcoach": {"hours_per_month": 10, "funder": {"code": "uwv", "reason": {"nl": "Wajong", "en": "Wajong"}}},
    "loonwaarde": {"pct": 60, "kind": "estimate", "explanation": {"nl": "3 FML-items", "en": "3 FML items"},
                   "limited_items": 3, "demanded_items": 1},
    "accommodations": {"source": "matching", "source_label": {"nl": "m", "en": "m"}, "notes": [{"nl": "x", "en": "x"}],
                       "items": [{"code": "hoortoestel", "name": {"nl": "Ringleiding", "en": "Hearing loop"},
                                  "cost": "450", "cost_period": "eenmalig", "funder": "uwv"}]},
    "totals": {"net_cost": 1000.0},
}


def test_the_employer_view_drops_identity_and_health_facts_and_keeps_the_amounts() -> None:
    before = copy.deepcopy(FULL)
    shown = for_employer(FULL, "P-0123456789ABCDEF")
    assert FULL == before  # the full result is not changed
    assert shown["candidate"] == "P-0123456789ABCDEF" and shown["pseudonymised"] is True
    assert not {"candidate_id", "age", "doelgroep"} & set(shown)
    text = str(shown)
    # the legal basis of loondispensatie (Wajong 2:20) stays: the instrument itself is what the employer applies for
    for leaked in ("cand-7", "heeft Wajong", "register", "FML", "Ringleiding", "hoortoestel", "limited_items"):
        assert leaked not in text, leaked
    assert shown["instrument"]["code"] == "loondispensatie" and "2:20" in shown["instrument"]["reason"]["nl"]
    assert shown["accommodations"]["items"][0] | {"name": None} == {
        "code": "", "name": None, "cost": "450", "cost_period": "eenmalig", "funder": "uwv"}
    assert shown["totals"] == FULL["totals"] and shown["loonwaarde"]["pct"] == 60
