"""The distributions the demo generator draws from, each with its source.

"rules-nl" refers to docs/shared domain notes (rules-nl.md); "assumption" marks a guess where no
source was found. docs/demo-data.md lists the same table for readers."""

from __future__ import annotations

import bisect
import itertools
import random
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Table(Generic[T]):
    """A weighted choice; weights need not add up to 1."""

    values: tuple[T, ...]
    cumulative: tuple[float, ...]

    @classmethod
    def of(cls, weights: dict[T, float]) -> Table[T]:
        return cls(tuple(weights), tuple(itertools.accumulate(weights.values())))

    def pick(self, rng: random.Random) -> T:
        return self.values[bisect.bisect_right(self.cumulative, rng.random() * self.cumulative[-1])]


# Current situation. rules-nl 1.4: register ~270,000 persons of whom ~140,000 (52%) work; the
# working share below is 0.52. Split over the kinds of work: assumption, with the SW share from
# rules-nl 5.4 (Wsw 63,423 of the ~270,000; 36% of them gedetacheerd).
SITUATIONS = Table.of({
    "uitkering": 0.30, "geen": 0.05, "dagbesteding": 0.04, "arbeidsmatige_dagbesteding": 0.05,
    "opleiding": 0.04,
    "banenafspraak_baan": 0.22, "sw_dienstverband": 0.10, "detachering": 0.07, "beschut_werk": 0.05,
    "regulier_werk": 0.04, "proefplaatsing": 0.04,
})
WORKING = frozenset({"banenafspraak_baan", "sw_dienstverband", "detachering", "beschut_werk",
                     "regulier_werk", "proefplaatsing"})

# Doelgroep category (Wfsv 38b) for people not in SW or beschut werk. Assumption: Wajong the
# largest group, then Participatiewet (UWV finding) and VSO/PrO school leavers (rules-nl 1.5 lists
# the categories, not their sizes).
DOELGROEP = Table.of({
    "wajong": 0.40, "participatiewet_uwv": 0.22, "vso_pro": 0.12, "praktijkroute": 0.06,
    "wsw_indicatie": 0.08, "voormalig": 0.04, "wiw_id": 0.02, "lid2_voorziening": 0.04,
    "wia_loondispensatie": 0.02,
})
# Share of non-working people without any registration (bijstand without doelgroep status,
# dagbesteding): assumption.
NO_DOELGROEP_SHARE = {"uitkering": 0.20, "geen": 0.30, "dagbesteding": 0.70,
                      "arbeidsmatige_dagbesteding": 0.50, "opleiding": 0.30}

# Education: 42% of Kandidatenverkenner profiles had no education level (peers.md; Trouw 2019,
# algoritmes.overheid.nl 62684529): that share stays empty. The split of the rest is an assumption.
EDUCATION_MISSING = 0.42
EDUCATION = Table.of({
    "geen": 0.12, "vso": 0.16, "pro": 0.16, "mbo1": 0.16, "mbo2": 0.18, "mbo3": 0.09, "mbo4": 0.05,
    "havo_vwo": 0.04, "hbo": 0.03, "wo": 0.01,
})

GENDER = Table.of({"m": 0.57, "v": 0.42, "x": 0.01})  # assumption: men over-represented (Wajong, SW)

# Age: Wsw employees average 52.4 (rules-nl 5.4; no inflow since 2015); others assumption.
WSW_AGE_MEAN, WSW_AGE_SD = 52.4, 6.5
OTHER_AGE_MEAN, OTHER_AGE_SD = 36.0, 12.0

# Hours: one baan = 25.5 h/week (rules-nl 1.1); many part-time. Wished maximum hours: assumption.
WISH_HOURS_MAX = Table.of({12: 0.06, 16: 0.14, 20: 0.20, 24: 0.20, 28: 0.14, 32: 0.14, 36: 0.12})
WORK_HOURS = Table.of({8: 0.04, 12: 0.08, 16: 0.14, 20: 0.18, 24: 0.18, 25.5: 0.06, 28: 0.10,
                       32: 0.12, 36: 0.10})
DAY_PARTS = Table.of({("ochtend", "middag"): 0.55, ("ochtend",): 0.25, ("middag",): 0.08,
                      ("ochtend", "middag", "avond"): 0.07, ("ochtend", "middag", "weekend"): 0.05})
TRAVEL_MODES = Table.of({("fiets",): 0.30, ("fiets", "ov"): 0.25, ("ov",): 0.15, ("auto",): 0.10,
                         ("lopen", "ov"): 0.08, ("begeleid",): 0.07, ("fiets", "auto"): 0.05})

# Gaps completeness scoring relies on (assumptions; the Kandidatenverkenner shows such gaps are common):
FML_MISSING = 0.15          # no FML profile at all
REVIEW_MISSING = 0.20       # profile never reviewed
REVIEW_STALE = 0.30         # reviewed more than two years ago
UNAVAILABLE = 0.06          # temporarily unavailable
WISH_OCCUPATION_MISSING = 0.30
NEEDS_JOBCOACH = 0.35       # assumption
CONSENT_CANDIDATE, CONSENT_CONSULTANT = 0.65, 0.55

# Number of limited FML items per profile (1-6): assumption.
FML_ITEM_COUNT = Table.of({1: 0.18, 2: 0.24, 3: 0.22, 4: 0.16, 5: 0.12, 6: 0.08})
# item -> (weight, values below the catalogue norm to choose from, or () for non-numeric items)
FML_ITEMS: dict[str, tuple[float, tuple[float, ...]]] = {
    "I.1": (0.10, ()), "I.2": (0.08, ()), "I.7": (0.10, ()), "I.6": (0.06, ()), "I.3": (0.04, ()),
    "II.8": (0.05, ()), "II.9": (0.04, ()), "II.6": (0.04, ()), "II.10": (0.03, ()),
    "III.6": (0.05, ()), "III.1": (0.02, ()), "III.5": (0.02, ()),
    "IV.12": (0.10, (5.0, 10.0)), "IV.13": (0.06, (2.0, 5.0)), "IV.14": (0.06, (5.0, 10.0)),
    "IV.11": (0.03, (10.0, 15.0)), "IV.15": (0.05, (15.0, 30.0)), "IV.16": (0.04, (1.0, 2.0)),
    "IV.8": (0.03, ()), "IV.2": (0.03, ()), "IV.19": (0.02, ()),
    "V.3": (0.05, (15.0, 30.0)), "V.4": (0.04, (1.0, 2.0)), "V.1": (0.02, (30.0,)),
    "VI.2": (0.06, (4.0, 6.0)), "VI.3": (0.09, (16.0, 20.0, 24.0, 28.0, 32.0)), "VI.1": (0.02, ()),
}
FML_SEVERE = 0.25  # share of limited items at level 2 (sterk beperkt): assumption

# Organisations. 1,623 verloonde uren per average employee per year (rules-nl 1.1, Besluit Wfsv 2.20).
HOURS_PER_EMPLOYEE = 1623
EMPLOYEE_LOG_MEAN, EMPLOYEE_LOG_SD = 3.3, 1.4   # median ~27 employees: assumption
OVERHEID_SHARE = 0.08                           # assumption
BAANAMBITIE_SHARE, PSO_SHARE = 0.12, 0.04       # assumption
PSO = Table.of({"aspirant": 0.2, "basis": 0.2, "trede1": 0.25, "trede2": 0.2, "trede3": 0.15})

WORK_KINDS = Table.of({"vacancy": 0.55, "carved_role": 0.15, "production_work": 0.20,
                       "learning_place": 0.10})
WORK_STATUS = Table.of({"open": 0.70, "draft": 0.08, "closed": 0.12, "filled": 0.10})

# Placement history: share of people with an earlier, ended placement (assumption) and end reasons.
# For SW, 78% of outflow is death, pension or two years' sickness (rules-nl 5.4).
ENDED_PLACEMENT_SHARE = 0.25
END_REASONS = Table.of({"einde_contract": 0.35, "ontslag_werknemer": 0.15, "ontslag_werkgever": 0.12,
                        "ziekte": 0.10, "overstap_regulier": 0.10, "terug_dagbesteding": 0.08,
                        "pensioen": 0.06, "anders": 0.04})
SW_END_REASONS = Table.of({"pensioen": 0.45, "ziekte": 0.25, "overlijden": 0.08, "anders": 0.22})
SW_DETACHED_SHARE = 0.36  # rules-nl 5.4 (Cedris)
BANENAFSPRAAK_VIA_SOB = 0.25  # assumption: a quarter of banenafspraak jobs are detacheringen


def pick(rng: random.Random, values: tuple[T, ...] | list[T]) -> T:
    """rng.choice without its overhead (the generator makes millions of draws)."""
    return values[int(rng.random() * len(values))]


def between(rng: random.Random, low: int, high: int) -> int:
    """rng.randint(low, high), both ends included, without its overhead."""
    return low + int(rng.random() * (high - low + 1))
