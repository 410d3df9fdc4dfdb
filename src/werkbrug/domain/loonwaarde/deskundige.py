"""The loonwaardedeskundige and the qualification Regeling LKS Pw 2021 art. 3 asks of them.

Werkbrug records what the expert states; it checks that every qualification is stated, it does not
verify diplomas."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from werkbrug.domain.errors import Issues
from werkbrug.domain.parameters import ParameterSet, ParameterVersion, load_parameters

DEGREES = ("hbo", "wo", "equivalent")  # "equivalent": a level the expert shows to be of hbo/wo level


@dataclass(frozen=True)
class Deskundige:
    name: str
    organisation: str = ""
    degree: str = ""  # one of DEGREES
    years_experience: int = 0
    knows_law_and_labour_market: bool = False
    keeps_knowledge_current: bool = False


def check_qualification(expert: Deskundige, on: date, params: ParameterSet | None = None) -> ParameterVersion:
    """Raise DomainValidationError naming every missing qualification; return the parameter used."""
    minimum = (params or load_parameters()).get("loonwaarde_deskundige_min_years_experience", on)
    issues = Issues()
    if not expert.name.strip():
        issues.add("deskundige.name", "required", "de naam van de loonwaardedeskundige ontbreekt",
                   "the loonwaardedeskundige's name is missing")
    if expert.degree not in DEGREES:
        issues.add("deskundige.degree", "required", "geef de opleiding: hbo, wo of gelijkwaardig",
                   "give the degree: hbo, wo or equivalent")
    if expert.years_experience < int(minimum.decimal):
        issues.add("deskundige.years_experience", "too_low",
                   f"minstens {minimum.value} jaar ervaring nodig (Regeling art. 3), opgegeven {expert.years_experience}",
                   f"at least {minimum.value} years of experience needed (Regeling art. 3), given {expert.years_experience}")
    if not expert.knows_law_and_labour_market:
        issues.add("deskundige.knows_law_and_labour_market", "required",
                   "de deskundige moet kennis van wet- en regelgeving en arbeidsmarkt hebben",
                   "the expert must know the law and the labour market")
    if not expert.keeps_knowledge_current:
        issues.add("deskundige.keeps_knowledge_current", "required",
                   "de deskundige moet de kennis bijhouden", "the expert must keep their knowledge current")
    issues.raise_if_any()
    return minimum
