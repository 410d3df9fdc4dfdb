"""Candidates: identity, place, situation, doelgroep, FML capacity, skills, wishes and gaps."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from werkbrug.domain.demo import distributions as dist
from werkbrug.domain.demo.catalogue import FAMILIES, GENERAL_SKILLS, family_entries, skill_uri
from werkbrug.domain.demo.geography import jitter, names
from werkbrug.domain.demo.identifiers import new_bsn, pc6
from werkbrug.domain.demo.organisations import RegionOrgs

Record = dict[str, Any]
_FML_TABLE = dist.Table.of({code: weight for code, (weight, _) in dist.FML_ITEMS.items()})
# FML limitation -> an accommodation from the catalogue that relieves it
_RELIEF = {"IV.12": "tilhulp", "IV.14": "transportkar", "IV.13": "tilhulp", "V.3": "sta_zit_stoel",
           "V.4": "sta_zit_stoel", "I.1": "stille_werkplek", "III.6": "gehoorbescherming",
           "VI.2": "aangepaste_werktijden", "VI.3": "aangepaste_werktijden", "I.3": "visuele_werkinstructies",
           "II.1": "beeldschermloep", "II.10": "vervoersvoorziening", "IV.2": "duimpers_gereedschap"}
_UNAVAILABLE_REASONS = ("tijdelijk ziek", "zorgtaken", "opleiding loopt", "verhuizing")
_HOURS = {h: Decimal(str(h)) for h in range(0, 61)}


@dataclass
class Person:
    """What placements need to know about a generated candidate."""

    key: str
    region: int
    situation: str
    family: int
    hours: Decimal
    registered_on: date
    wsw: bool


@dataclass
class PeopleBuilder:
    rng: random.Random
    as_of: date
    candidates: list[Record] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    bsn_taken: set[str] = field(default_factory=set)

    def days_ago(self, low: int, high: int) -> date:
        return self.as_of - timedelta(days=dist.between(self.rng, low, high))

    def birth_date(self, wsw: bool) -> date:
        mean, sd = (dist.WSW_AGE_MEAN, dist.WSW_AGE_SD) if wsw else (dist.OTHER_AGE_MEAN, dist.OTHER_AGE_SD)
        age = min(66.5, max(36.0 if wsw else 18.0, self.rng.gauss(mean, sd)))
        return self.as_of - timedelta(days=int(age * 365.25))

    def fml(self) -> dict[str, dict[str, Any]]:
        profile: dict[str, dict[str, Any]] = {}
        for _ in range(dist.FML_ITEM_COUNT.pick(self.rng)):
            code = _FML_TABLE.pick(self.rng)
            entry: dict[str, Any] = {"level": 2 if self.rng.random() < dist.FML_SEVERE else 1}
            values = dist.FML_ITEMS[code][1]
            if values:
                entry["value"] = dist.pick(self.rng, values)
            profile[code] = entry
        return profile

    def doelgroep(self, situation: str, born: date) -> tuple[str, date | None, date | None]:
        if situation == "sw_dienstverband":
            return "wsw_indicatie", date(2015, 1, 1) - timedelta(days=dist.between(self.rng, 0, 6000)), None
        if situation == "beschut_werk" or self.rng.random() < dist.NO_DOELGROEP_SHARE.get(situation, 0.0):
            return "", None, None  # beschut werk is excluded from the doelgroep (Wfsv 38b)
        category = dist.DOELGROEP.pick(self.rng)
        start = max(born + timedelta(days=int(18 * 365.25)), date(2015, 5, 1))
        start = start + timedelta(days=dist.between(self.rng, 0, max(0, (self.as_of - start).days)))
        if category == "wia_loondispensatie":
            start = max(start, date(2026, 1, 1))
        ended = start + timedelta(days=dist.between(self.rng, 365, 3000)) if self.rng.random() < 0.04 else None
        return category, min(start, self.as_of), ended if ended and ended < self.as_of else None

    def skills(self, family: int) -> tuple[list[str], list[str]]:
        code = FAMILIES[family].code
        pool = family_entries(code, "skill")
        skills = self.rng.sample(pool, k=min(len(pool), dist.between(self.rng, 0, 3)))
        if self.rng.random() < 0.4:
            skills.append(skill_uri(dist.pick(self.rng, GENERAL_SKILLS)))
        occupations = family_entries(code, "occupation")
        wish = [] if self.rng.random() < dist.WISH_OCCUPATION_MISSING or not occupations \
            else [dist.pick(self.rng, occupations)]
        return skills, wish

    def wishes(self, profile: dict[str, dict[str, Any]]) -> dict[str, Any]:
        rng = self.rng
        hours_max = dist.WISH_HOURS_MAX.pick(rng)
        capped = profile.get("VI.3", {}).get("value")
        if capped:
            hours_max = min(hours_max, int(capped))
        return {
            "wish_hours_min": _HOURS[max(4, hours_max - dist.pick(rng, (4, 8, 8, 12)))],
            "wish_hours_max": _HOURS[hours_max],
            "wish_day_parts": list(dist.DAY_PARTS.pick(rng)),
            "max_travel_km": _HOURS[min(30, max(5, int(rng.triangular(5, 30, 10))))],
            "max_travel_minutes": dist.pick(rng, (None, 30, 45, 60)),
            "travel_modes": list(dist.TRAVEL_MODES.pick(rng)),
            "driving_licence": rng.random() < 0.25,
        }

    def support(self, profile: dict[str, dict[str, Any]]) -> dict[str, Any]:
        needs_jobcoach = self.rng.random() < dist.NEEDS_JOBCOACH
        accommodations = sorted({_RELIEF[c] for c in profile if c in _RELIEF and self.rng.random() < 0.5})
        if needs_jobcoach:
            accommodations.append("jobcoach")
        return {"needs_jobcoach": needs_jobcoach, "needed_accommodations": accommodations}

    def availability(self, registered: date) -> dict[str, Any]:
        rng = self.rng
        out: dict[str, Any] = {"available_from": registered, "unavailable_until": None,
                               "unavailable_reason": ""}
        if rng.random() < dist.UNAVAILABLE:
            out["unavailable_until"] = self.as_of + timedelta(days=dist.between(rng, 14, 200))
            out["unavailable_reason"] = dist.pick(rng, _UNAVAILABLE_REASONS)
        draw = rng.random()
        out["profile_reviewed_on"] = None if draw < dist.REVIEW_MISSING else (
            self.days_ago(731, 2500) if draw < dist.REVIEW_MISSING + dist.REVIEW_STALE else self.days_ago(0, 730))
        out["visible_by_candidate"] = rng.random() < dist.CONSENT_CANDIDATE
        out["visible_by_consultant"] = rng.random() < dist.CONSENT_CONSULTANT
        return out

    def identity(self, wsw: bool) -> Record:
        rng = self.rng
        gender = dist.GENDER.pick(rng)
        given_list = "given_female" if gender == "v" or (gender == "x" and rng.random() < 0.5) else "given_male"
        given, family = dist.pick(rng, names(given_list)), dist.pick(rng, names("family"))
        handle = unicodedata.normalize("NFKD", f"{given}.{family}").encode("ascii", "ignore").decode()
        number = len(self.candidates) + 1
        return {
            "given_name": given, "family_name": family,
            "bsn": new_bsn(rng, self.bsn_taken), "date_of_birth": self.birth_date(wsw), "gender": gender,
            "email": f"{handle.lower().replace(' ', '')}.{number}@example.org" if rng.random() < 0.7 else "",
            "phone": f"06-{rng.randrange(10**8):08d}" if rng.random() < 0.8 else "",
        }

    def candidate(self, orgs: RegionOrgs, region_index: int) -> Record:
        rng = self.rng
        situation = dist.SITUATIONS.pick(rng)
        wsw = situation == "sw_dienstverband"
        key = f"demo-cand-{len(self.candidates) + 1:06d}"
        record: Record = {"external_key": key, **self.identity(wsw)}
        place = dist.pick(rng, orgs.region.places)
        lat, lon = jitter(rng, place)
        registered = max(record["date_of_birth"] + timedelta(days=6600), self.days_ago(30, 3650))
        category, valid_from, valid_to = self.doelgroep(situation, record["date_of_birth"])
        # SW and beschut werk: the SOB; Wajong: UWV; everyone else: the gemeente (Participatiewet)
        caseload = dist.pick(rng, orgs.sobs) if wsw or situation == "beschut_werk" else (
            orgs.uwv if category in {"wajong", "wia_loondispensatie"} else orgs.gemeente)
        profile = {} if rng.random() < dist.FML_MISSING else self.fml()
        family = rng.randrange(len(FAMILIES))
        skills, wish_occupations = self.skills(family)
        record.update({
            "organisation": caseload, "postcode": pc6(rng, place.pc4), "place": place.name,
            "latitude": lat, "longitude": lon, "arbeidsmarktregio": place.region,
            "education_level": "" if rng.random() < dist.EDUCATION_MISSING else dist.EDUCATION.pick(rng),
            "situation": situation, "benefit": _benefit(rng, situation, category),
            "registered_on": min(registered, self.as_of),
            "doelgroep_category": category, "doelgroep_from": valid_from, "doelgroep_to": valid_to,
            "fml_profile": profile, "fml_assessed_on": self.days_ago(30, 2500) if profile else None,
            "skills": skills, "certificates": _certificates(rng, family),
            "wish_sectors": [], "wish_occupations": wish_occupations,
            **self.wishes(profile), **self.support(profile), **self.availability(min(registered, self.as_of)),
        })
        self.candidates.append(record)
        self.people.append(Person(key, region_index, situation, family, record["wish_hours_max"],
                                  record["registered_on"], wsw))
        return record


def _benefit(rng: random.Random, situation: str, category: str) -> str:
    if category in {"wajong", "voormalig"} and situation not in {"sw_dienstverband"}:
        return "wajong" if rng.random() < 0.85 else "geen"
    if situation in dist.WORKING:
        return "geen" if rng.random() < 0.7 else "bijstand"  # aanvullende bijstand for part-timers
    return dist.pick(rng, ("bijstand", "bijstand", "bijstand", "ww", "wia", "geen"))


def _certificates(rng: random.Random, family: int) -> list[str]:
    draw = rng.random()
    if draw < 0.05:
        return ["branche:VCA"]
    if draw < 0.08:
        return ["branche:heftruck", "branche:VCA"] if FAMILIES[family].code == "logistics" else ["branche:heftruck"]
    if draw < 0.13:
        return [f"praktijkverklaring:PV-{FAMILIES[family].code}"]
    return []
