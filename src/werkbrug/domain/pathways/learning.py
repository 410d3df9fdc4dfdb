"""Praktijkleren (data/kwalificatiedossiers.toml): a learning route towards a praktijkverklaring,
mbo-certificaat or diploma, progress per werkproces and the result it earns. Pure: no Django.

A werkproces counts as achieved only with evidence (for example a STARR account signed by the
praktijkopleider). A praktijkverklaring needs at least one achieved werkproces and lists them; an
mbo-certificaat needs every werkproces of the dossier's certificate part; a diploma needs all."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any

from werkbrug.domain.errors import Issues, Message

TARGETS = ("praktijkverklaring", "mbo_certificaat", "diploma")
STATUSES = ("not_started", "in_progress", "achieved")


@dataclass(frozen=True)
class Werkproces:
    code: str
    text: Message


@dataclass(frozen=True)
class Dossier:
    crebo: str
    name: Message
    level: int
    werkprocessen: tuple[Werkproces, ...]
    certificate_part: tuple[str, ...]

    def codes(self) -> tuple[str, ...]:
        return tuple(w.code for w in self.werkprocessen)

    def required_for(self, target: str) -> tuple[str, ...]:
        return self.certificate_part if target == "mbo_certificaat" else self.codes()


@dataclass(frozen=True)
class Catalogue:
    version: str
    source: str
    example: bool
    dossiers: dict[str, Dossier]


def parse(raw: dict[str, Any]) -> Catalogue:
    dossiers: dict[str, Dossier] = {}
    for crebo, d in raw["dossiers"].items():
        steps = tuple(Werkproces(w["code"], Message(w["nl"], w["en"])) for w in d["werkprocessen"])
        codes = {w.code for w in steps}
        part = tuple(d.get("certificate_part", []))
        if len(codes) != len(steps) or not set(part) <= codes:
            raise ValueError(f"kwalificatiedossiers: {crebo} has duplicate or unknown werkprocessen")
        dossiers[crebo] = Dossier(crebo, Message(d["name_nl"], d["name_en"]), int(d["level"]), steps, part)
    return Catalogue(raw["version"], raw.get("source", ""), bool(raw.get("example", False)), dossiers)


@lru_cache(maxsize=1)
def load() -> Catalogue:
    return parse(tomllib.loads(files("werkbrug.data").joinpath("kwalificatiedossiers.toml").read_text("utf-8")))


def certificate_code(crebo: str, target: str) -> str:
    """The code the result gets among the candidate's certificates (what work items can ask for)."""
    return f"PV-{crebo}" if target == "praktijkverklaring" else crebo


def check_route(crebo: str, target: str, catalogue: Catalogue | None = None) -> Issues:
    catalogue = catalogue or load()
    issues = Issues()
    if crebo not in catalogue.dossiers:
        issues.add("crebo", "unknown_dossier", f"onbekend kwalificatiedossier '{crebo}'",
                   f"unknown qualification file '{crebo}'")
    if target not in TARGETS:
        issues.add("target", "unknown_target", f"onbekend resultaat '{target}'", f"unknown result '{target}'")
    return issues


def check_progress(dossier: Dossier, werkproces: str, status: str, evidence: str) -> Issues:
    issues = Issues()
    if werkproces not in dossier.codes():
        issues.add("werkproces", "unknown_werkproces",
                   f"werkproces '{werkproces}' hoort niet bij dossier {dossier.crebo}",
                   f"work process '{werkproces}' is not part of file {dossier.crebo}")
    if status not in STATUSES:
        issues.add("status", "unknown_status", f"onbekende status '{status}'", f"unknown status '{status}'")
    if status == "achieved" and not evidence.strip():
        issues.add("evidence", "evidence_required", "een behaald werkproces heeft bewijs nodig (bijv. STARR, "
                   "getekend door de praktijkopleider)", "an achieved work process needs evidence (e.g. a STARR "
                   "account signed by the praktijkopleider)")
    return issues


@dataclass(frozen=True)
class Progress:
    achieved: tuple[str, ...]
    required: tuple[str, ...]
    missing: tuple[str, ...]

    @property
    def share(self) -> float:
        return len(set(self.achieved) & set(self.required)) / len(self.required) if self.required else 0.0


def progress(dossier: Dossier, target: str, statuses: Mapping[str, str]) -> Progress:
    """How far a route is: the achieved werkprocessen, those the target needs, and those still missing."""
    achieved = tuple(c for c in dossier.codes() if statuses.get(c) == "achieved")
    required = (achieved[:1] or dossier.codes()[:1]) if target == "praktijkverklaring" else dossier.required_for(target)
    return Progress(achieved, required, tuple(c for c in required if c not in achieved))


def check_completion(dossier: Dossier, target: str, statuses: Mapping[str, str]) -> Issues:
    """Empty when the route earns its result; otherwise which werkprocessen are still missing."""
    issues = Issues()
    missing = progress(dossier, target, statuses).missing
    if missing:
        issues.add("werkprocessen", "not_complete", f"nog niet behaald: {', '.join(missing)}",
                   f"not yet achieved: {', '.join(missing)}")
    return issues
