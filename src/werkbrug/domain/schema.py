"""The column schema of every import/export kind: one place that files, templates, docs and
validation read. Column names are the storage field names (English); labels are bilingual."""

from __future__ import annotations

from dataclasses import dataclass, field

from werkbrug.domain import vocabulary
from werkbrug.domain.errors import Message


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # text, int, decimal, date, bool, code, codes, ref, fml, uris, email, bsn, kvk, postcode
    label: Message
    required: bool = False
    code_list: vocabulary.CodeList | None = None
    ref_kind: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    personal: bool = False  # identifying or special-category data (BSN, health/FML, contact)


@dataclass(frozen=True)
class Kind:
    name: str
    label: Message
    key: str
    columns: tuple[Column, ...] = field(default_factory=tuple)

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


def _c(name: str, type_: str, nl: str, en: str, **kw: object) -> Column:
    return Column(name, type_, Message(nl, en), **kw)  # type: ignore[arg-type]


V = vocabulary
KEY = _c("external_key", "text", "Sleutel (uniek)", "Key (unique)", required=True)
HOURS = {"minimum": 0.5, "maximum": 60}

ORGANISATIONS = Kind("organisations", Message("Organisaties", "Organisations"), "external_key", (
    KEY,
    _c("name", "text", "Naam", "Name", required=True),
    _c("kind", "code", "Soort", "Kind", required=True, code_list=V.ORGANISATION_KINDS),
    _c("kvk_number", "kvk", "KvK-nummer", "Chamber of Commerce number"),
    _c("sector", "code", "Sector", "Sector", required=True, code_list=V.SECTORS),
    _c("arbeidsmarktregio", "text", "Arbeidsmarktregio", "Labour-market region"),
    _c("employees", "int", "Aantal werknemers", "Number of employees", minimum=0),
    _c("verloonde_uren_per_year", "decimal", "Verloonde uren per jaar", "Paid hours per year", minimum=0),
    _c("pso_trede", "code", "PSO-trede", "PSO step", code_list=V.PSO_TREDES),
))

LOCATIONS = Kind("locations", Message("Locaties", "Locations"), "external_key", (
    KEY,
    _c("organisation", "ref", "Organisatie (sleutel)", "Organisation (key)", required=True,
       ref_kind="organisations"),
    _c("name", "text", "Naam", "Name", required=True),
    _c("postcode", "postcode", "Postcode", "Postcode", required=True),
    _c("place", "text", "Plaats", "Place", required=True),
    _c("latitude", "decimal", "Breedtegraad", "Latitude", required=True, minimum=50.7, maximum=53.6),
    _c("longitude", "decimal", "Lengtegraad", "Longitude", required=True, minimum=3.3, maximum=7.3),
    _c("arbeidsmarktregio", "text", "Arbeidsmarktregio", "Labour-market region"),
))

CANDIDATES = Kind("candidates", Message("Kandidaten", "Candidates"), "external_key", (
    KEY,
    _c("organisation", "ref", "Organisatie (sleutel)", "Organisation (key)", required=True,
       ref_kind="organisations"),
    _c("given_name", "text", "Voornaam", "Given name", required=True, personal=True),
    _c("family_name", "text", "Achternaam", "Family name", required=True, personal=True),
    _c("bsn", "bsn", "BSN", "Citizen service number (BSN)", required=True, personal=True),
    _c("date_of_birth", "date", "Geboortedatum", "Date of birth", required=True, personal=True),
    _c("gender", "code", "Geslacht", "Gender", code_list=V.GENDERS),
    _c("email", "email", "E-mail", "E-mail", personal=True),
    _c("phone", "text", "Telefoon", "Phone", personal=True),
    _c("postcode", "postcode", "Postcode", "Postcode", required=True, personal=True),
    _c("place", "text", "Woonplaats", "Place of residence", required=True),
    _c("latitude", "decimal", "Breedtegraad", "Latitude", required=True, minimum=50.7, maximum=53.6),
    _c("longitude", "decimal", "Lengtegraad", "Longitude", required=True, minimum=3.3, maximum=7.3),
    _c("arbeidsmarktregio", "text", "Arbeidsmarktregio", "Labour-market region"),
    _c("education_level", "code", "Opleidingsniveau", "Education level", code_list=V.EDUCATION_LEVELS),
    _c("situation", "code", "Huidige situatie", "Current situation", required=True, code_list=V.SITUATIONS),
    _c("benefit", "code", "Uitkering", "Benefit", required=True, code_list=V.BENEFITS),
    _c("registered_on", "date", "Ingeschreven op", "Registered on", required=True),
    _c("doelgroep_category", "code", "Doelgroep (Wfsv 38b)", "Target group (Wfsv 38b)",
       code_list=V.DOELGROEP_CATEGORIES, personal=True),
    _c("doelgroep_from", "date", "Doelgroep vanaf", "Target group from", personal=True),
    _c("doelgroep_to", "date", "Doelgroep tot", "Target group until", personal=True),
    _c("fml_profile", "fml", "FML-profiel (item=niveau[:waarde];…)", "FML profile (item=level[:value];…)",
       personal=True),
    _c("fml_assessed_on", "date", "FML vastgesteld op", "FML assessed on", personal=True),
    _c("skills", "uris", "Vaardigheden (ESCO-URI's, | gescheiden)", "Skills (ESCO URIs, | separated)"),
    _c("certificates", "codes", "Certificaten (soort:code, | gescheiden)", "Certificates (kind:code, | separated)"),
    _c("wish_sectors", "codes", "Gewenste sectoren", "Preferred sectors"),
    _c("wish_occupations", "uris", "Gewenste beroepen (ESCO)", "Preferred occupations (ESCO)"),
    _c("wish_hours_min", "decimal", "Minimaal uren per week", "Minimum hours per week", **HOURS),
    _c("wish_hours_max", "decimal", "Maximaal uren per week", "Maximum hours per week", **HOURS),
    _c("wish_day_parts", "codes", "Dagdelen", "Day parts", code_list=V.DAY_PARTS),
    _c("max_travel_km", "decimal", "Maximale reisafstand (km)", "Maximum travel distance (km)",
       minimum=0, maximum=300),
    _c("max_travel_minutes", "int", "Maximale reistijd (min)", "Maximum travel time (min)", minimum=0, maximum=300),
    _c("travel_modes", "codes", "Vervoer", "Travel modes", code_list=V.TRAVEL_MODES),
    _c("driving_licence", "bool", "Rijbewijs", "Driving licence"),
    _c("needs_jobcoach", "bool", "Jobcoach nodig", "Needs a job coach", personal=True),
    _c("needed_accommodations", "codes", "Nodige voorzieningen", "Needed accommodations", personal=True),
    _c("available_from", "date", "Beschikbaar vanaf", "Available from"),
    _c("unavailable_until", "date", "Niet beschikbaar tot", "Unavailable until"),
    _c("unavailable_reason", "text", "Reden niet beschikbaar", "Reason unavailable"),
    _c("profile_reviewed_on", "date", "Profiel beoordeeld op", "Profile reviewed on"),
    _c("visible_by_candidate", "bool", "Zichtbaar: toestemming kandidaat", "Visible: candidate's consent"),
    _c("visible_by_consultant", "bool", "Zichtbaar: akkoord consulent", "Visible: consultant's approval"),
))

WORK = Kind("work", Message("Werk", "Work"), "external_key", (
    KEY,
    _c("employer", "ref", "Werkgever (sleutel)", "Employer (key)", required=True, ref_kind="organisations"),
    _c("location", "ref", "Locatie (sleutel)", "Location (key)", required=True, ref_kind="locations"),
    _c("executed_by", "ref", "Uitgevoerd door SOB (sleutel)", "Executed by SOB (key)", ref_kind="organisations"),
    _c("kind", "code", "Soort werk", "Kind of work", required=True, code_list=V.WORK_KINDS),
    _c("title", "text", "Titel", "Title", required=True),
    _c("description", "text", "Omschrijving", "Description"),
    _c("occupation", "text", "Beroep (ESCO-URI)", "Occupation (ESCO URI)"),
    _c("sector", "text", "Sector", "Sector"),
    _c("hours_per_week", "decimal", "Uren per week", "Hours per week", required=True, **HOURS),
    _c("contract_type", "code", "Contractvorm", "Contract type", required=True, code_list=V.CONTRACT_TYPES),
    _c("places", "int", "Aantal plaatsen", "Number of places", minimum=1, maximum=500),
    _c("start_date", "date", "Startdatum", "Start date"),
    _c("end_date", "date", "Einddatum", "End date"),
    _c("status", "code", "Status", "Status", required=True, code_list=V.WORK_STATUSES),
    _c("day_parts", "codes", "Dagdelen", "Day parts", code_list=V.DAY_PARTS),
    _c("wage_per_hour", "decimal", "Uurloon (€)", "Hourly wage (€)", minimum=0, maximum=500),
    _c("cao", "text", "Cao", "Collective agreement"),
    _c("has_internal_supervisor", "bool", "Interne werkbegeleider", "Internal supervisor"),
    _c("accommodations_available", "codes", "Aanwezige voorzieningen", "Accommodations in place"),
    _c("contact_note", "text", "Contactpunt", "Contact point"),
))

TASKS = Kind("tasks", Message("Taken", "Tasks"), "work+key", (
    _c("work", "ref", "Werk (sleutel)", "Work (key)", required=True, ref_kind="work"),
    _c("key", "text", "Taaksleutel (uniek binnen het werk)", "Task key (unique within the work)", required=True),
    _c("name", "text", "Naam", "Name", required=True),
    _c("hours_per_week", "decimal", "Uren per week", "Hours per week", required=True, **HOURS),
    _c("qualification_level", "int", "Kwalificatieniveau (0–5)", "Qualification level (0–5)",
       minimum=0, maximum=5),
    _c("fml_demand", "fml", "FML-belasting (item=niveau[:waarde];…)", "FML demand (item=level[:value];…)"),
    _c("required_skills", "uris", "Vereiste vaardigheden (ESCO)", "Required skills (ESCO)"),
    _c("required_certificates", "codes", "Vereiste certificaten", "Required certificates"),
    _c("day_part", "code", "Dagdeel", "Day part", code_list=V.DAY_PARTS),
    _c("sequence", "int", "Volgorde", "Order", minimum=0),
))

PLACEMENTS = Kind("placements", Message("Plaatsingen", "Placements"), "external_key", (
    KEY,
    _c("candidate", "ref", "Kandidaat (sleutel)", "Candidate (key)", required=True, ref_kind="candidates"),
    _c("work", "ref", "Werk (sleutel)", "Work (key)", required=True, ref_kind="work"),
    _c("kind", "code", "Soort plaatsing", "Kind of placement", required=True, code_list=V.PLACEMENT_KINDS),
    _c("employer_of_record", "ref", "Werkgever (juridisch, sleutel)", "Employer of record (key)",
       required=True, ref_kind="organisations"),
    _c("inlener", "ref", "Inlener (sleutel)", "Hirer (key)", ref_kind="organisations"),
    _c("hours_per_week", "decimal", "Uren per week", "Hours per week", required=True, **HOURS),
    _c("start_date", "date", "Startdatum", "Start date", required=True),
    _c("end_date", "date", "Einddatum", "End date"),
    _c("end_reason", "code", "Reden einde", "End reason", code_list=V.END_REASONS),
))

KINDS: dict[str, Kind] = {k.name: k for k in (ORGANISATIONS, LOCATIONS, CANDIDATES, WORK, TASKS, PLACEMENTS)}
