"""Places from the shipped open data: PC4 joined to GeoNames, regions by nearest centrumgemeente."""

from werkbrug.domain.places import haversine_km, load_places, places_by_pc4, region_of, regions


def test_every_pc4_has_coordinates_inside_the_netherlands() -> None:
    places = load_places()
    assert len(places) > 4000
    for place in places:
        assert 50.7 <= place.latitude <= 53.6 and 3.3 <= place.longitude <= 7.3, place.pc4
        assert place.region and place.province and place.gemeente


def test_known_places_join_to_their_own_coordinates_and_region() -> None:
    by_pc4 = places_by_pc4()
    leiden, delft, den_haag = by_pc4["2311"], by_pc4["2611"], by_pc4["2491"]
    assert (leiden.name, leiden.region, leiden.approximate) == ("Leiden", "Holland Rijnland", False)
    assert (delft.name, delft.region) == ("Delft", "Haaglanden")
    assert den_haag.gemeente == "Den Haag" and den_haag.region == "Haaglanden"  # "The Hague" in GeoNames
    assert by_pc4["5211"].region == "Noordoost-Brabant"  # 's-Hertogenbosch
    assert by_pc4["1311"].region == "Flevoland"  # Almere, "Almere Stad" in GeoNames


def test_namesake_in_another_province_is_not_used() -> None:
    # 9824 Noordwijk (Groningen) must not get the coordinates of Noordwijk (Zuid-Holland)
    noordwijk_gr = places_by_pc4()["9824"]
    assert noordwijk_gr.region == "Groningen"
    assert noordwijk_gr.latitude > 53.0


def test_approximated_places_borrow_from_a_nearby_pc4() -> None:
    approximate = [p for p in load_places() if p.approximate]
    assert 0 < len(approximate) < len(load_places()) * 0.6
    cruquius = places_by_pc4()["2142"]
    leiden = places_by_pc4()["2311"]
    assert haversine_km(cruquius.latitude, cruquius.longitude, leiden.latitude, leiden.longitude) < 40


def test_35_regions_and_assignment_by_nearest_centre() -> None:
    assert len(regions()) == 35
    assert len({r.name for r in regions()}) == 35
    assert region_of(52.16, 4.49) == "Holland Rijnland"
    assert region_of(50.85, 5.69) == "Zuid-Limburg"  # Maastricht
    assert {p.region for p in load_places()} == {r.name for r in regions()}
