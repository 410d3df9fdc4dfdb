"""Personal data the matching and its monitoring use: category, purpose, proposed legal basis.

A field the matching reads but this table does not describe makes `rows` raise, so the DPIA
starting document cannot silently fall behind the code."""

from __future__ import annotations

from werkbrug.domain.errors import Message

PUBLIC_TASK = Message("AVG 6.1.e; Participatiewet art. 7", "GDPR 6(1)(e); Participatiewet art. 7")
HEALTH = Message("AVG 9.2.b met UAVG art. 30 (te bevestigen)", "GDPR 9(2)(b) with UAVG art. 30 (to be confirmed)")
CONSENT = Message("AVG 6.1.a (toestemming)", "GDPR 6(1)(a) (consent)")
MONITOR = Message("AVG 6.1.e; art. 9.2.g alleen geaggregeerd (te bevestigen)",
                  "GDPR 6(1)(e); 9(2)(g) aggregated only (to be confirmed)")

_MATCH = Message("matching", "matching")
_TABLE: dict[str, tuple[Message, Message, Message]] = {
    "latitude": (Message("locatie (postcodegebied)", "location (postcode area)"),
                 Message("reisafstand", "travel distance"), PUBLIC_TASK),
    "longitude": (Message("locatie (postcodegebied)", "location (postcode area)"),
                  Message("reisafstand", "travel distance"), PUBLIC_TASK),
    "fml_profile": (Message("gezondheid (bijzonder)", "health (special category)"),
                    Message("belastbaarheid per FML-item", "capacity per FML item"), HEALTH),
    "needs_jobcoach": (Message("gezondheid (bijzonder)", "health (special category)"),
                       Message("begeleiding bij de werkgever", "support at the employer"), HEALTH),
    "skills": (Message("vaardigheden", "skills"), _MATCH, PUBLIC_TASK),
    "experience": (Message("werkervaring", "work experience"), _MATCH, PUBLIC_TASK),
    "certificates": (Message("certificaten", "certificates"), _MATCH, PUBLIC_TASK),
    "registered_on": (Message("wachttijd", "waiting time"), Message("voorrang bij lang wachten", "priority for long waiting"), PUBLIC_TASK),
    "arbeidsmarktregio": (Message("regio", "region"), Message("toewijzing per regio; monitoring", "assignment per region; monitoring"), PUBLIC_TASK),
    "available_from": (Message("beschikbaarheid", "availability"), _MATCH, PUBLIC_TASK),
    "unavailable_until": (Message("beschikbaarheid", "availability"), _MATCH, PUBLIC_TASK),
    "driving_licence": (Message("rijbewijs", "driving licence"), Message("reisafstand", "travel distance"), PUBLIC_TASK),
    "visible_by_candidate": (Message("toestemming", "consent"), Message("zichtbaarheid voor werkgevers", "visibility to employers"), CONSENT),
    "visible_by_consultant": (Message("toestemming", "consent"), Message("zichtbaarheid voor werkgevers", "visibility to employers"), CONSENT),
    "date_of_birth": (Message("leeftijd (alleen leeftijdsgroep)", "age (age band only)"),
                      Message("fairnessmonitoring", "fairness monitoring"), MONITOR),
    "gender": (Message("gender", "gender"), Message("fairnessmonitoring", "fairness monitoring"), MONITOR),
    "doelgroep_category": (Message("doelgroepregister (kan gezondheid onthullen)", "doelgroepregister (may reveal health)"),
                           Message("fairnessmonitoring", "fairness monitoring"), MONITOR),
}
_WISHES = Message("wensen", "wishes")
for _name in ("wish_hours_min", "wish_hours_max", "wish_day_parts", "wish_occupations", "wish_sectors",
              "max_travel_km", "max_travel_minutes", "travel_modes"):
    _TABLE[_name] = (_WISHES, _MATCH, PUBLIC_TASK)


def rows(fields: tuple[str, ...], language: str) -> list[dict[str, str]]:
    missing = [f for f in fields if f not in _TABLE]
    if missing:
        raise KeyError(f"DPIA table lacks fields: {', '.join(missing)}")
    return [{"field": f, "category": _TABLE[f][0].text(language), "purpose": _TABLE[f][1].text(language),
             "basis": _TABLE[f][2].text(language)} for f in fields]
