"""Each file in bad_files/ is refused with exactly the errors listed here, and nothing is written."""

from __future__ import annotations

import pytest
from transfer_paths import BAD, ORDER

from werkbrug.registry.services import MODELS
from werkbrug.transfer import services

CHOOSE = "gemeente, uwv, wsp, sob, employer, social_enterprise, education, agency"
EXPECTED: dict[str, tuple[str, list[str]]] = {
    "wrong_separator.csv": ("organisations", [
        "wrong_separator.csv: de kopregel valt niet uiteen in bekende kolommen: verkeerd scheidingsteken? "
        "Gebruik ; (of , of tab) en de kolomnamen uit de sjabloon / the header does not split into known "
        "columns: wrong separator? Use ; (or , or tab) and the column names of the template"]),
    "missing_column.csv": ("organisations", [
        "missing_column.csv:1:kind: verplichte kolom ontbreekt / required column is missing"]),
    "unknown_column.csv": ("organisations", [
        "unknown_column.csv:1:telefoon: onbekende kolom voor organisaties / unknown column for organisations"]),
    "bad_bsn.csv": ("candidates", [
        "bad_bsn.csv:2:bsn: BSN is ongeldig (9 cijfers en de elfproef moet kloppen) / "
        "BSN is invalid (9 digits that pass the elfproef check)"]),
    "unknown_code.csv": ("organisations", [
        f"unknown_code.csv:2:kind: onbekende code 'bedrijf' (kies uit: {CHOOSE}) / "
        f"unknown code 'bedrijf' (choose from: {CHOOSE})"]),
    "duplicate_key.csv": ("organisations", [
        "duplicate_key.csv:4:external_key: sleutel 'wg-1' staat al in rij 2 / key 'wg-1' is already in row 2"]),
    "unknown_reference.csv": ("locations", [
        "unknown_reference.csv:2:organisation: sleutel 'wg-onbekend' bestaat niet bij organisaties "
        "(niet in de registratie, niet hoger in dit bestand) / key 'wg-onbekend' does not exist among "
        "organisations (not in the registry, not earlier in this file)"]),
    "wrong_encoding.csv": ("organisations", [
        "wrong_encoding.csv: bestand is geen leesbare tekst in UTF-8 of Windows-1252; sla het op als CSV "
        "UTF-8 / file is not readable text in UTF-8 or Windows-1252; save it as CSV UTF-8"]),
    "empty.csv": ("organisations", [
        "empty.csv: bestand is leeg (geen kopregel) / file is empty (no header row)"]),
    "formula.csv": ("organisations", [
        "formula.csv:2:name: cel bevat een formule; zet er een ' voor om het als tekst te bewaren / "
        "cell holds a formula; put a ' in front to keep it as text"]),
    "bad_date.csv": ("candidates", [
        "bad_date.csv:2:date_of_birth: '31-02-1990' is geen datum (dd-mm-jjjj) / "
        "'31-02-1990' is not a date (dd-mm-yyyy)",
        "bad_date.csv:2:registered_on: '2024-13-01' is geen datum (dd-mm-jjjj) / "
        "'2024-13-01' is not a date (dd-mm-yyyy)"]),
    "bad_fml.csv": ("candidates", [
        "bad_fml.csv:2:fml_profile: 'rennen=1' is geen FML-item=niveau (zoals IV.12=1:5) / "
        "'rennen=1' is not an FML item=level (like IV.12=1:5)",
        "bad_fml.csv:2:fml_profile: IV.12 (Tillen): niveau '3' bestaat niet; kies 0, 1 of 2 / "
        "IV.12 (Lifting): level '3' does not exist; choose 0, 1 or 2"]),
}


def _counts():
    return {kind: MODELS[kind]._default_manager.count() for kind in ORDER}


def test_every_bad_file_is_covered():
    assert {p.name for p in BAD.iterdir()} == set(EXPECTED) | {"too_large.csv"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_file_gives_its_exact_errors_and_writes_nothing(load_good, name):
    load_good("organisations")
    before = _counts()
    kind, expected = EXPECTED[name]
    for dry_run in (True, False):
        result = services.import_file(kind, BAD / name, dry_run=dry_run)
        assert [str(p) for p in result.errors] == expected
        assert (result.created, result.updated, result.unchanged) == (0, 0, 0)
    assert _counts() == before


def test_bad_bsn_is_never_printed(db):
    result = services.import_file("candidates", BAD / "bad_bsn.csv")
    assert result.errors and all("123456789" not in str(p) for p in result.errors)


def test_a_file_over_the_size_limit_is_refused_before_reading(db, settings):
    settings.WERKBRUG_IMPORT_MAX_BYTES = 100
    result = services.import_file("organisations", BAD / "too_large.csv")
    assert [str(p) for p in result.errors] == [
        "too_large.csv: bestand is te groot (211 bytes; de grens is 100 bytes) / "
        "file is too large (211 bytes; the limit is 100 bytes)"]
    assert _counts()["organisations"] == 0
    settings.WERKBRUG_IMPORT_MAX_BYTES = 211  # the same file at the limit is fine
    assert services.import_file("organisations", BAD / "too_large.csv").created == 2
