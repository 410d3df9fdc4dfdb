"""The worked employer of the carving tests: a hospital ward and its outpatient clinic."""

from __future__ import annotations

from decimal import Decimal as D

from werkbrug.domain.carving import CarveSettings, RoleInput, TaskInput
from werkbrug.domain.carving.pool import CandidatePool

HEAVY_LIFTING = {"IV.12": {"level": 2, "value": 25.0}}  # more than the norm of 15 kg: no one in the pool


def task(key: str, hours: str, level: int, demand: dict | None = None, group: str = "") -> TaskInput:
    return TaskInput(key, key.replace("_", " "), D(hours), level, demand or {}, group)


ROLES = [
    RoleInput("vpk-dag", "Verpleegkundige dagdienst", D(3), D("32"), "ward", "dag", (
        task("bedden_opmaken", "4", 1),
        task("maaltijden_rondbrengen", "3", 0, group="maaltijd"),
        task("afruimen", "1", 0, group="maaltijd"),
        task("voorraad_aanvullen", "2", 1),
        task("medicatie", "8", 4),
        task("zorgplan", "10", 4),
        task("patient_tillen", "3", 1, HEAVY_LIFTING),
    )),
    RoleInput("vpk-avond", "Verpleegkundige avonddienst", D(2), D("34"), "ward", "avond", (
        task("maaltijden_rondbrengen", "3", 0),
        task("bedden_opmaken", "2", 1),
        task("medicatie", "10", 4),
    )),
    RoleInput("da", "Doktersassistent", D("2.5"), D("22"), "poli", "dag", (
        task("archiveren", "8", 1),
        task("telefoon", "10", 3),
    )),
]
# Nine candidates without limitations, three who may lift 5 kg at most.
POOL = CandidatePool([{}] * 9 + [{"IV.12": {"level": 1, "value": 5.0}}] * 3)
POOLS = {"ward": POOL, "poli": POOL}
SETTINGS = CarveSettings(carved_wage_per_hour=D("14.71"), workers=1, time_limit_seconds=10)
