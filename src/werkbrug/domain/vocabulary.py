"""Code lists shared by the core, storage, import files and the API.

Codes are stable identifiers used in files and the API; labels are Dutch first, English second."""

from __future__ import annotations

from werkbrug.domain.errors import Message

CodeList = dict[str, Message]

ORGANISATION_KINDS: CodeList = {
    "gemeente": Message("Gemeente", "Municipality"),
    "uwv": Message("UWV", "UWV (employee insurance agency)"),
    "wsp": Message("Werkgeversservicepunt", "Employer service point"),
    "sob": Message("Sociaal ontwikkelbedrijf", "Social development company"),
    "employer": Message("Werkgever", "Employer"),
    "social_enterprise": Message("Sociale onderneming", "Social enterprise"),
    "education": Message("Onderwijsinstelling", "Education institution"),
    "agency": Message("Uitzendbureau", "Staffing agency"),
}

SECTORS: CodeList = {
    "markt": Message("Markt (niet-overheid)", "Market (non-government)"),
    "overheid": Message("Overheid", "Government"),
}

PSO_TREDES: CodeList = {
    "aspirant": Message("Aspirant-status", "Aspirant status"),
    "basis": Message("Basistrede", "Base step"),
    "trede1": Message("Trede 1", "Step 1"),
    "trede2": Message("Trede 2", "Step 2"),
    "trede3": Message("Trede 3", "Step 3"),
}

# Wfsv art. 38b (BWBR0017745) categories of the doelgroepregister, plus the 2026 additions.
DOELGROEP_CATEGORIES: CodeList = {
    "praktijkroute": Message("Praktijkroute (Participatiewet, loonwaarde < WML; 38b lid 1a)",
                             "Practice route (Participation Act, wage value below minimum; 38b(1)(a))"),
    "wsw_indicatie": Message("Wsw-indicatie (38b lid 1b)", "Sheltered-work indication (38b(1)(b))"),
    "wajong": Message("Wajong met arbeidsvermogen (38b lid 1c)", "Wajong with work capacity (38b(1)(c))"),
    "vso_pro": Message("Schoolverlater VSO/PrO (38b lid 1d)", "Special/practical school leaver (38b(1)(d))"),
    "wiw_id": Message("WIW/ID-baan (Pw 78d, gelijkgesteld)", "WIW/ID job (Pw 78d, treated as equal)"),
    "participatiewet_uwv": Message("Participatiewet, UWV-beoordeling geen WML (38b lid 1e)",
                                   "Participation Act, UWV found no minimum wage capacity (38b(1)(e))"),
    "voormalig": Message("Voormalig Wsw/Wajong op of na 1-1-2013 (38b lid 1f)",
                         "Former sheltered-work/Wajong on or after 2013-01-01 (38b(1)(f))"),
    "lid2_voorziening": Message("Voorziening, beperking vóór 18 of tijdens studie (38b lid 2)",
                                "Provision, disability before 18 or during study (38b(2))"),
    "wia_loondispensatie": Message("WIA met loondispensatie (experiment, vanaf 2026)",
                                   "WIA with wage dispensation (experiment, from 2026)"),
}

SITUATIONS: CodeList = {
    "uitkering": Message("Uitkering, geen werk", "Benefit, no work"),
    "dagbesteding": Message("Dagbesteding", "Day activities"),
    "arbeidsmatige_dagbesteding": Message("Arbeidsmatige dagbesteding", "Work-like day activities"),
    "beschut_werk": Message("Beschut werk", "Sheltered work (Pw 10b)"),
    "sw_dienstverband": Message("SW-dienstverband", "Sheltered-employment contract (Wsw)"),
    "detachering": Message("Detachering", "Secondment"),
    "banenafspraak_baan": Message("Baan in de banenafspraak", "Job under the jobs agreement"),
    "regulier_werk": Message("Regulier werk", "Regular job"),
    "opleiding": Message("Opleiding", "Education"),
    "proefplaatsing": Message("Proefplaatsing", "Trial placement"),
    "geen": Message("Geen uitkering, geen werk", "No benefit, no work"),
}

BENEFITS: CodeList = {
    "geen": Message("Geen", "None"),
    "bijstand": Message("Bijstand (Participatiewet)", "Social assistance"),
    "wajong": Message("Wajong", "Wajong"),
    "ww": Message("WW", "Unemployment benefit"),
    "wia": Message("WIA", "Disability benefit (WIA)"),
    "wao": Message("WAO", "Disability benefit (WAO)"),
    "ioaw": Message("IOAW", "IOAW"),
    "anders": Message("Anders", "Other"),
}

EDUCATION_LEVELS: CodeList = {
    "geen": Message("Geen afgeronde opleiding", "No completed education"),
    "vso": Message("Voortgezet speciaal onderwijs", "Special secondary education"),
    "pro": Message("Praktijkonderwijs", "Practical education"),
    "mbo1": Message("Entree (mbo 1)", "Entry level (mbo 1)"),
    "mbo2": Message("mbo 2", "mbo 2"),
    "mbo3": Message("mbo 3", "mbo 3"),
    "mbo4": Message("mbo 4", "mbo 4"),
    "havo_vwo": Message("havo/vwo", "havo/vwo"),
    "hbo": Message("hbo", "hbo (bachelor)"),
    "wo": Message("wo", "university"),
}

GENDERS: CodeList = {
    "v": Message("Vrouw", "Female"), "m": Message("Man", "Male"),
    "x": Message("Anders / niet opgegeven", "Other / not stated"),
}

DAY_PARTS: CodeList = {
    "ochtend": Message("Ochtend", "Morning"), "middag": Message("Middag", "Afternoon"),
    "avond": Message("Avond", "Evening"), "nacht": Message("Nacht", "Night"),
    "weekend": Message("Weekend", "Weekend"),
}

TRAVEL_MODES: CodeList = {
    "lopen": Message("Lopen", "Walking"), "fiets": Message("Fiets", "Bicycle"),
    "ov": Message("Openbaar vervoer", "Public transport"), "auto": Message("Auto", "Car"),
    "begeleid": Message("Begeleid vervoer", "Assisted transport"),
}

CERTIFICATE_KINDS: CodeList = {
    "praktijkverklaring": Message("Praktijkverklaring", "Practice statement"),
    "mbo_certificaat": Message("mbo-certificaat", "mbo certificate"),
    "diploma": Message("Diploma", "Diploma"),
    "branche": Message("Branchecertificaat (VCA, heftruck, HACCP, ...)", "Industry certificate"),
}

WORK_KINDS: CodeList = {
    "vacancy": Message("Vacature", "Vacancy"),
    "carved_role": Message("Gecreëerde functie (jobcarving)", "Carved role"),
    "production_work": Message("Productiewerk bij een SOB", "Production work at a social development company"),
    "learning_place": Message("Leerwerkplek", "Learning place"),
}

CONTRACT_TYPES: CodeList = {
    "vast": Message("Vast contract", "Permanent contract"),
    "tijdelijk": Message("Tijdelijk contract", "Fixed-term contract"),
    "oproep": Message("Oproepcontract", "On-call contract"),
    "detachering": Message("Detachering", "Secondment"),
    "bbl": Message("BBL-leerovereenkomst", "Work-based learning contract"),
    "stage": Message("Stage", "Internship"),
    "geen": Message("Geen arbeidscontract (productiewerk, dagbesteding)", "No employment contract"),
}

WORK_STATUSES: CodeList = {
    "draft": Message("Concept", "Draft"), "open": Message("Open", "Open"),
    "filled": Message("Vervuld", "Filled"), "closed": Message("Gesloten", "Closed"),
}

PLACEMENT_KINDS: CodeList = {
    "dienstverband": Message("Dienstverband", "Employment"),
    "detachering": Message("Detachering via SOB of uitzendbureau", "Secondment via SOB or agency"),
    "beschut_werk": Message("Beschut werk", "Sheltered work"),
    "proefplaatsing": Message("Proefplaatsing", "Trial placement"),
    "leerwerkplek_bbl": Message("Leerwerkplek / BBL", "Learning place / BBL"),
    "stage": Message("Stage", "Internship"),
}

END_REASONS: CodeList = {
    "einde_contract": Message("Contract afgelopen", "Contract ended"),
    "ontslag_werknemer": Message("Ontslag door werknemer", "Resigned"),
    "ontslag_werkgever": Message("Ontslag door werkgever", "Dismissed"),
    "ziekte": Message("Langdurige ziekte", "Long-term illness"),
    "overstap_regulier": Message("Doorgestroomd naar ander werk", "Moved on to other work"),
    "terug_dagbesteding": Message("Terug naar dagbesteding", "Back to day activities"),
    "overlijden": Message("Overlijden", "Death"),
    "pensioen": Message("Pensioen", "Retirement"),
    "anders": Message("Anders", "Other"),
}

ACCOMMODATION_GROUPS: CodeList = {
    "motorisch": Message("Motorisch", "Motor"), "visueel": Message("Visueel", "Visual"),
    "auditief": Message("Auditief", "Auditory"), "verbaal": Message("Verbaal", "Verbal"),
    "cognitief": Message("Cognitief", "Cognitive"), "energetisch": Message("Energetisch", "Energy"),
    "organisch": Message("Organisch", "Organic"),
}

SOLUTION_TYPES: CodeList = {
    "technisch": Message("Technisch", "Technical"),
    "organisatorisch": Message("Organisatorisch", "Organisational"),
    "begeleiding": Message("Begeleiding", "Support"),
}

FUNDING_ROUTES: CodeList = {
    "uwv_wia35": Message("UWV werkvoorziening (Wet WIA art. 35)", "UWV provision (WIA art. 35)"),
    "uwv_wia36": Message("UWV subsidie meerkosten werkgever (Wet WIA art. 36)", "UWV employer subsidy (WIA art. 36)"),
    "gemeente_pw10": Message("Gemeente (Participatiewet art. 10)", "Municipality (Participation Act art. 10)"),
    "generieke_werkgeversvoorziening": Message("Generieke werkgeversvoorziening", "Generic employer provision"),
    "werkgever": Message("Werkgever", "Employer"),
}

COST_PERIODS: CodeList = {
    "eenmalig": Message("Eenmalig", "One-off"), "per_jaar": Message("Per jaar", "Per year"),
    "per_maand": Message("Per maand", "Per month"),
}


def choices(code_list: CodeList) -> list[tuple[str, str]]:
    """(code, Dutch label) pairs for storage and forms; English comes from the catalogue."""
    return [(code, label.nl) for code, label in code_list.items()]
