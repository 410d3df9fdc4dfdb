"""Which bouwblok (category of the contract's valuation method) an entry falls in, when the entry
does not name one explicitly (pure; documented in docs/sroi.md, "Ledger").

For each situation an ordered list of category ids; the first one the contract's table has wins.
Where the register does not tell which of two blocks applies (Participatiewet shorter or longer
than 2 years, BBL level), the lower-valued one comes first: the supplier overrides it with an
explicit category when it can show the higher one."""

from __future__ import annotations

from werkbrug.domain.errors import Issue, Message
from werkbrug.domain.sroi.methods import TableVersion

# A person in the doelgroepregister on the first day counted (Wfsv 38b).
DOELGROEP = {
    "wajong": ("banenafspraak", "wajong", "participatiewet-arbeidsbeperking"),
    "wsw_indicatie": ("banenafspraak", "wsw-dienstverband", "wsw", "participatiewet-arbeidsbeperking"),
    "*": ("banenafspraak", "participatiewet-arbeidsbeperking"),
}
# Otherwise the candidate's benefit.
BENEFIT = {
    "bijstand": ("participatiewet", "participatiewet-korter-dan-2-jaar"),
    "ww": ("ww", "ww-korter-dan-1-jaar"),
    "wia": ("wia",),
    "wao": ("wia",),
    "wajong": ("wajong", "banenafspraak"),
    "geen": ("zonder-uitkering", "geen-uitkering"),
}
# Learning places, by entry kind (or by the registry placement's kind).
LEARNING = {
    "bbl": ("bbl", "bbl-niveau-3", "bbl-niveau-2"),
    "stage": ("stage-mbo-hbo", "bol-stage", "bol", "stage-vso-pro"),
}
PLACEMENT_KIND_TO_LEARNING = {"leerwerkplek_bbl": "bbl", "stage": "stage"}
PURCHASE = ("inkoop-sociaal-bedrijf", "inkoop-sw-bedrijf")


def placement_candidates(kind: str, placement_kind: str | None, doelgroep: str | None,
                         benefit: str | None) -> tuple[str, ...]:
    learning = kind if kind in LEARNING else PLACEMENT_KIND_TO_LEARNING.get(placement_kind or "")
    if learning:
        return LEARNING[learning]
    if doelgroep:
        return DOELGROEP.get(doelgroep, DOELGROEP["*"])
    return BENEFIT.get(benefit or "", ())


def other_candidates(kind: str, table: TableVersion) -> tuple[str, ...]:
    if kind == "purchase":
        return PURCHASE
    if kind == "activity":
        return tuple(c.id for c in table.categories.values() if c.kind in ("per_hour", "per_day"))
    if kind == "costs":
        return tuple(c.id for c in table.categories.values()
                     if c.kind == "costs" and not c.id.startswith("inkoop"))
    return ()


def pick(table: TableVersion, candidates: tuple[str, ...]) -> str | None:
    return next((c for c in candidates if c in table.categories), None)


def no_category(method: str) -> Issue:
    return Issue("category", "category_required", Message(
        f"geen bouwblok van {method} past automatisch; geef de categorie expliciet op",
        f"no bouwblok of {method} fits automatically; give the category explicitly"))
