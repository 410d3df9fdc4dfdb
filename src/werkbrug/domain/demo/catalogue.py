"""Kinds of work the demo generator builds work items from: titles, tasks with their FML demand
(levels per the FML catalogue; numeric values in the catalogue unit), ESCO skills (English labels
of the shipped subset) and certificates. Written for the demo; the figures are assumptions
informed by the FML norms (e.g. tillen norm 15 kg)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from werkbrug.domain.taxonomy import shipped_entries

Demand = dict[str, dict[str, float | int]]


@dataclass(frozen=True)
class TaskTemplate:
    name: str
    qualification_level: int
    demand: Demand
    skills: tuple[str, ...] = ()
    certificates: tuple[str, ...] = ()


@dataclass(frozen=True)
class WorkFamily:
    code: str           # work_family in the ESCO subset
    titles: tuple[str, ...]
    trades: tuple[str, ...]   # employer name patterns; {name} = family name, {place} = place
    tasks: tuple[TaskTemplate, ...]


def _d(**items: tuple[int, float | None]) -> Demand:
    """_d(IV_12=(2, 15)) -> {"IV.12": {"level": 2, "value": 15}}"""
    out: Demand = {}
    for key, (level, value) in items.items():
        out[key.replace("_", ".")] = {"level": level} if value is None else {"level": level, "value": value}
    return out


T = TaskTemplate
FAMILIES: tuple[WorkFamily, ...] = (
    WorkFamily("assembly", ("Medewerker assemblage", "Productiemedewerker montage"),
               ("Metaalbewerking {name} B.V.", "{name} Techniek B.V.", "Montagebedrijf {place}"), (
        T("Onderdelen monteren", 1, _d(IV_2=(1, None), V_2=(1, 6)), ("fasten components", "use hand tools")),
        T("Pasjeshouders assembleren", 0, _d(IV_2=(2, None), I_7=(1, None)), ("fasten components",)),
        T("Graveren", 2, _d(I_1=(2, None), IV_2=(1, None)), ("engrave patterns", "work safely with machines")),
        T("Kwaliteitscontrole", 2, _d(I_1=(2, None), II_1=(1, None)), ("check quality of products",)),
        T("Solderen printplaten", 2, _d(IV_2=(2, None), III_5=(1, None)), ("solder components",)),
    )),
    WorkFamily("packaging", ("Inpakker", "Medewerker verpakken"),
               ("Verpakkingsbedrijf {name}", "{name} Fulfilment B.V."), (
        T("Producten inpakken", 0, _d(IV_2=(1, None), V_4=(1, 4)), ("pack goods",)),
        T("Dozen stapelen op pallets", 1, _d(IV_12=(2, 15), IV_13=(1, 10)), ("stack goods", "lift heavy weights")),
        T("Etiketteren", 0, _d(IV_2=(1, None)), ("label samples",)),
        T("Wegen en afvullen", 1, _d(I_1=(1, None), V_4=(1, 3)), ("weigh materials",)),
    )),
    WorkFamily("cleaning", ("Schoonmaakmedewerker", "Medewerker facilitair"),
               ("Schoonmaakbedrijf {name}", "{name} Facilitair B.V."), (
        T("Kantoren schoonmaken", 0, _d(IV_16=(1, 3), IV_8=(1, None)), ("clean surfaces", "clean rooms")),
        T("Sanitair reinigen", 0, _d(III_3=(1, None), IV_19=(1, None)), ("clean surfaces",)),
        T("Openbare ruimtes vegen", 0, _d(IV_15=(1, 60), IV_16=(1, 4)), ("clean public areas",)),
        T("Afval legen", 0, _d(IV_12=(1, 10), IV_14=(1, 10)), ("perform cleaning activities in an environmentally friendly way",)),
    )),
    WorkFamily("catering", ("Keukenhulp", "Medewerker horeca"),
               ("Bakkerij {name}", "Restaurant {name}", "Lunchroom {place}"), (
        T("Afwassen", 0, _d(V_4=(2, 4), III_1=(1, None)), ("wash the dishes",)),
        T("Broodjes smeren", 0, _d(V_4=(1, 3), IV_2=(1, None)), ("prepare sandwiches",), ("HACCP",)),
        T("Maaltijden bereiden", 2, _d(I_2=(1, None), V_4=(1, 4)), ("prepare meals",), ("HACCP",)),
        T("Gasten ontvangen en bedienen", 1, _d(II_3=(1, None), II_9=(1, None)), ("greet guests", "serve food")),
        T("Keuken schoonmaken", 0, _d(IV_8=(1, None)), ("clean kitchen",)),
    )),
    WorkFamily("green", ("Medewerker groenvoorziening", "Hovenier"),
               ("Hoveniersbedrijf {name}", "Groenvoorziening {place} B.V."), (
        T("Hagen snoeien", 1, _d(IV_5=(1, None), III_7=(1, None), III_1=(2, None)), ("prune hedges and trees",)),
        T("Planten en onderhouden", 1, _d(IV_19=(2, None), IV_20=(1, None)), ("plant green plants",)),
        T("Bladblazen en maaien", 1, _d(III_6=(2, None), III_7=(1, None)), ("work safely with machines",)),
        T("Zwerfafval prikken", 0, _d(IV_15=(2, 120), IV_16=(2, 6)), ("collect domestic waste",)),
    )),
    WorkFamily("logistics", ("Magazijnmedewerker", "Orderpicker"),
               ("Logistiek Centrum {place}", "{name} Transport B.V."), (
        T("Orders verzamelen", 1, _d(IV_16=(2, 6), IV_12=(1, 10)), ("pick orders for dispatching",)),
        T("Heftruck rijden", 2, _d(I_2=(2, None), III_7=(1, None)), ("operate forklift",), ("heftruck", "VCA")),
        T("Goederen ontvangen en lossen", 1, _d(IV_12=(2, 20), IV_14=(2, 20)), ("unload cargo", "load cargo")),
        T("Voorraad tellen", 1, _d(I_1=(1, None)), ("maintain inventory",)),
        T("Vakken vullen", 0, _d(IV_5=(1, None), IV_13=(1, 8)), ("stock shelves",)),
    )),
    WorkFamily("recycling", ("Sorteerder", "Medewerker recycling"),
               ("Recycling {place} B.V.", "{name} Milieuservice"), (
        T("Afval sorteren aan de band", 0, _d(I_7=(2, None), III_5=(1, None), V_4=(2, 4)), ("sort waste",)),
        T("Containers wisselen", 1, _d(IV_11=(2, 30), III_1=(1, None)), ("drive vehicles",), ("VCA",)),
        T("Elektronica demonteren", 1, _d(IV_2=(1, None)), ("use hand tools", "use power tools")),
    )),
    WorkFamily("care", ("Zorgondersteuner", "Medewerker woonzorg"),
               ("Zorggroep {place}", "Woonzorgcentrum {name}"), (
        T("Maaltijden rondbrengen", 0, _d(IV_15=(1, 60), II_9=(1, None)), ("distribute meals",)),
        T("Bewoners gezelschap houden", 1, _d(II_6=(2, None), II_3=(1, None)), ("follow verbal instructions",)),
        T("Linnen verzorgen", 0, _d(IV_12=(1, 8)), ("iron textiles",)),
    )),
    WorkFamily("administration", ("Administratief medewerker", "Medewerker postkamer"),
               ("Administratiekantoor {name}", "{name} Advies B.V."), (
        T("Post sorteren en rondbrengen", 0, _d(IV_15=(1, 45)), ("file documents",)),
        T("Gegevens invoeren", 2, _d(IV_3=(2, None), V_2=(2, 6), I_1=(2, None)), ("use computer",)),
        T("Telefoon aannemen", 2, _d(II_2=(1, None), II_3=(2, None)), ("answer incoming calls",)),
        T("Archiveren", 1, _d(IV_5=(1, None)), ("file documents", "keep records of work progress")),
    )),
    WorkFamily("laundry", ("Medewerker wasserij", "Strijker"),
               ("Wasserij {name}", "Linnenservice {place}"), (
        T("Wasgoed sorteren", 0, _d(III_3=(1, None), IV_12=(1, 10)), ("sort waste",)),
        T("Machines vullen en legen", 0, _d(IV_12=(2, 15), IV_8=(1, None)), ("work safely with machines",)),
        T("Strijken en vouwen", 0, _d(V_4=(2, 4), III_1=(1, None)), ("iron textiles",)),
    )),
)
GOVERNMENT_NAMES = ("Waterschap {place}", "Omgevingsdienst {place}", "Gemeentewerken {place}",
                    "Uitvoeringsdienst {place}", "Belastingsamenwerking {place}")


@cache
def skill_uri(label_en: str) -> str:
    for entry in shipped_entries():
        if entry.kind == "skill" and entry.label_en == label_en:
            return entry.uri
    raise KeyError(f"ESCO skill '{label_en}' is not in the shipped subset / niet in de subset")


@cache
def family_entries(family: str, kind: str) -> tuple[str, ...]:
    """URIs of the shipped ESCO subset for a work family (skills also from 'general')."""
    return tuple(e.uri for e in shipped_entries() if e.kind == kind and e.work_family == family)


GENERAL_SKILLS = ("apply health and safety standards", "follow verbal instructions",
                  "follow written instructions")
