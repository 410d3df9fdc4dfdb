"""VUM profiles, the CompetentNL mapping table and import validation (pure)."""

import pytest

from werkbrug.domain.errors import DomainValidationError
from werkbrug.domain.vum import (
    candidate_profile,
    forbidden_keys,
    parse_mapping,
    validate_profiles,
    work_profile,
)

ESCO_PACK = "http://data.europa.eu/esco/skill/667cbbaf-f377-46d8-8f2d-1f6d8a55d74a"
CNL_PACK = "https://example.org/competentnl/vaardigheid/goederen-inpakken"
TABLE = f"esco_uri;competentnl_uri;label\n{ESCO_PACK};{CNL_PACK};inpakken\n"


def test_candidate_profile_fields_and_unmapped() -> None:
    facts = {"key": "c1", "postcode": "2311 AB", "max_travel_km": 12.5, "max_travel_minutes": 40,
             "travel_modes": ["fiets", "ov"], "driving_licence": True, "wish_hours_min": 16, "wish_hours_max": 24,
             "wish_day_parts": ["ochtend"], "education_level": "mbo2", "skills": [ESCO_PACK, "http://x/unknown"],
             "wish_occupations": [], "fml_profile": {"IV.12": 1}, "doelgroep_category": "praktijkroute"}
    profile, unmapped = candidate_profile(facts, parse_mapping(TABLE))
    assert profile["mobiliteit"] == {"bemiddelingspostcode": "2311", "maximaleReisafstand": 12,
                                     "maximaleReistijd": 40, "vervoermiddel": ["FIETS", "OPENBAAR_VERVOER"]}
    assert profile["competenties"] == [CNL_PACK] and unmapped == ["http://x/unknown"]
    assert profile["rijbewijs"] == ["B"]
    assert profile["werktijden"]["maximaalAantalUrenPerWeek"] == 24.0
    assert forbidden_keys(profile) == []  # facts held FML and doelgroep; the profile does not
    assert validate_profiles(profile) == [profile]


def test_work_profile_validates() -> None:
    profile, unmapped = work_profile({"key": "w1", "postcode": "2312CD", "title": "Inpakker", "occupation": "",
                                      "hours_per_week": 24, "day_parts": []}, parse_mapping(TABLE))
    assert profile["profielsoort"] == "vacatureprofiel" and unmapped == []
    assert validate_profiles({"profielen": [profile]}) == [profile]


def test_forbidden_keys_found_at_any_depth() -> None:
    assert forbidden_keys({"a": [{"fmlProfiel": {}}], "Doelgroep": 1}) == ["a[0].fmlProfiel", "Doelgroep"]


def test_bad_profile_lists_every_problem() -> None:
    bad = {"vumVersie": "3.0", "profielsoort": "werkzoekendeprofiel", "profielId": "",
           "mobiliteit": {"bemiddelingspostcode": "0123", "maximaleReisafstand": -1, "vervoermiddel": ["RAKET"]},
           "werktijden": {"minimaalAantalUrenPerWeek": 30, "maximaalAantalUrenPerWeek": 20},
           "rijbewijs": ["Z"], "competenties": ["geen uri"], "doelgroepStatus": "x", "extra": 1}
    with pytest.raises(DomainValidationError) as error:
        validate_profiles(bad)
    fields = {i.field for i in error.value.issues}
    assert {"profiel 1.profielId", "profiel 1.mobiliteit.bemiddelingspostcode",
            "profiel 1.mobiliteit.maximaleReisafstand", "profiel 1.mobiliteit.vervoermiddel",
            "profiel 1.werktijden", "profiel 1.rijbewijs", "profiel 1.competenties",
            "profiel 1.doelgroepStatus", "profiel 1.extra"} <= fields
    assert any(i.code == "forbidden" for i in error.value.issues)


def test_mapping_table_errors() -> None:
    with pytest.raises(DomainValidationError, match="header"):
        parse_mapping("esco;cnl\n")
    with pytest.raises(DomainValidationError) as error:
        parse_mapping(TABLE + f"{ESCO_PACK};https://example.org/other;x\nnot-a-uri;https://a;b\n")
    assert [i.code for i in error.value.issues] == ["duplicate", "invalid"]


def test_education_leaves_as_a_suwiml_code_from_the_table_with_its_source() -> None:
    from werkbrug.domain.vum.education import code_table, opleiding

    table = code_table()
    assert table.codelijst == "CdOpleidingsniveauClient" and "SGR" in table.source
    assert opleiding("mbo2") == [{"codelijst": "CdOpleidingsniveauClient", "niveau": "4",
                                  "omschrijving": "mbo/havo/vwo-niveau"}]
    assert (opleiding("hbo")[0]["niveau"], opleiding("wo")[0]["niveau"], opleiding("geen")[0]["niveau"]) == ("5", "6", "1")
    assert opleiding(None) == [] and opleiding("onbekend") == []
    from werkbrug.domain.vocabulary import EDUCATION_LEVELS

    assert set(table.from_werkbrug) == set(EDUCATION_LEVELS)  # every Werkbrug level has a code


def test_an_import_with_an_unknown_education_code_is_refused_naming_the_entry() -> None:
    profile, _ = candidate_profile({"key": "c2", "postcode": "2311AB", "education_level": "hbo"}, parse_mapping(TABLE))
    assert validate_profiles(profile) == [profile]
    bad = profile | {"opleiding": [{"codelijst": "werkbrug", "niveau": "9"}]}
    with pytest.raises(DomainValidationError) as error:
        validate_profiles(bad)
    assert {i.field for i in error.value.issues} >= {"profiel 1.opleiding[0].codelijst", "profiel 1.opleiding[0].niveau"}
