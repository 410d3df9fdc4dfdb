"""The Dutch and English text of each algorithm register field (see register.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from werkbrug.domain.errors import Message

if TYPE_CHECKING:
    from werkbrug.domain.trust.register import RegisterInput

DPIA_INTRO = Message(
    "Startpunt voor de gegevensbeschermingseffectbeoordeling (DPIA, AVG art. 35) van de matching in Werkbrug. "
    "De grondslagen zijn een voorstel; de functionaris gegevensbescherming van de organisatie beoordeelt ze. "
    "Namen, BSN en contactgegevens gebruikt de matching niet; werkgevers zien alleen een geanonimiseerd profiel "
    "van wie daar zelf én via de consulent toestemming voor gaf.",
    "Starting point for the data protection impact assessment (DPIA, GDPR art. 35) of Werkbrug's matching. "
    "The legal bases are a proposal; the organisation's data protection officer assesses them. Matching does "
    "not use names, BSN or contact details; employers see only an anonymised profile of people who consented "
    "themselves and through their consultant.")


def name(c: RegisterInput) -> Message:
    return Message("Werkbrug matching van kandidaten en werk", "Werkbrug matching of candidates and work")


def organisation(c: RegisterInput) -> Message:
    return Message(c.organisation, c.organisation)


def status(c: RegisterInput) -> Message:
    return Message(f"In gebruik (Werkbrug {c.code_version})", f"In use (Werkbrug {c.code_version})")


def description(c: RegisterInput) -> Message:
    return Message(
        "Werkbrug stelt consulenten passend werk voor mensen met een afstand tot de arbeidsmarkt voor (en "
        "kandidaten voor werk), rekening houdend met de functionele mogelijkheden (FML), voorzieningen, reistijd "
        "en wensen. Elk voorstel is per taak en per FML-item uitgelegd; een consulent beslist.",
        "Werkbrug suggests suitable work to consultants for people at a distance from the labour market (and "
        "candidates for work), taking functional capacity (FML), accommodations, travel and wishes into account. "
        "Each suggestion is explained per task and per FML item; a consultant decides.")


def goal(c: RegisterInput) -> Message:
    return Message(
        "Meer mensen uit het doelgroepregister en de Participatiewet duurzaam aan passend werk helpen, door "
        "consulenten sneller en navolgbaar te laten zien welk werk past, met welke voorzieningen of welke "
        "taakaanpassing.",
        "Help more people from the doelgroepregister and the Participatiewet into lasting suitable work, by "
        "showing consultants faster and traceably which work fits, with which accommodations or task changes.")


def impact(c: RegisterInput) -> Message:
    return Message(
        "Het algoritme bepaalt welke kandidaten en welk werk een consulent als eerste ziet. Er volgt geen besluit "
        "over een uitkering of recht uit. Wie niet in een lijst staat, kan de reden opvragen (why-not); wie "
        "onterecht ontbreekt door ontbrekende gegevens, ziet dat in het volledigheidsoverzicht.",
        "The algorithm decides which candidates and which work a consultant sees first. No decision on a benefit "
        "or right follows from it. Anyone missing from a list can ask why (why-not); people missing because of "
        "missing data show up in the completeness overview.")


def proportionality(c: RegisterInput) -> Message:
    return Message(
        "Alleen gegevens die voor de match nodig zijn worden gebruikt (zie Gegevensbronnen). Zichtbaarheid voor "
        "werkgevers vraagt toestemming van de kandidaat én akkoord van de consulent; intrekken werkt direct. De "
        "rangorde is eenvoudig en openbaar (gewichten per onderdeel), zodat een kandidaat haar kan begrijpen.",
        "Only data needed for the match is used (see Data sources). Visibility to employers requires the "
        "candidate's consent and the consultant's approval; withdrawing takes effect at once. The ranking is "
        "simple and public (weights per component), so a candidate can understand it.")


def decision_making_process(c: RegisterInput) -> Message:
    return Message(
        "1) Harde uitsluiting: FML-belasting boven de belastbaarheid (na voorzieningen), uren, reisafstand, "
        "certificaten en beschikbaarheid op de startdatum. 2) Rangorde van wat overblijft met de gewichten "
        f"(versie {c.weights_version}). 3) De consulent bespreekt het voorstel, beoordeelt de beoordelingspunten "
        f"met een schriftelijke motivering en legt toestemming vast (werkstroom versie {c.workflow_version}); pas "
        "dan volgt een kennismaking met de werkgever.",
        "1) Hard exclusion: FML demand above capacity (after accommodations), hours, travel distance, "
        "certificates and availability on the start date. 2) Ranking of what remains with the weights "
        f"(version {c.weights_version}). 3) The consultant discusses the proposal, assesses the beoordelingspunten "
        f"with a written motivation and records consent (workflow version {c.workflow_version}); only then does "
        "an introduction to the employer follow.")


def human_intervention(c: RegisterInput) -> Message:
    rules_nl = "; ".join(r.nl for r in c.point_rules)
    rules_en = "; ".join(r.en for r in c.point_rules)
    return Message(
        "Geen voorstel gaat zonder consulent naar een werkgever. Beoordelingspunten (versie "
        f"{c.points_version}) moeten eerst met motivering worden beoordeeld: {rules_nl}. Een werkgever die een "
        "kandidaat wil spreken, vraagt dat via de consulent; de identiteit wordt pas getoond na ja van de kandidaat.",
        "No proposal reaches an employer without a consultant. Beoordelingspunten (version "
        f"{c.points_version}) must first be assessed with a motivation: {rules_en}. An employer who wants to meet "
        "a candidate asks the consultant; the identity is shown only after the candidate says yes.")


def risk_management(c: RegisterInput) -> Message:
    return Message(
        "Risico's en maatregelen: onvolledige profielen (volledigheidsscore per veldgroep, 'wat vraag ik nu', "
        f"profielen ouder dan {c.stale_after_months} maanden gemarkeerd; regels versie {c.completeness_version}); "
        "onnavolgbaarheid (elke run legt invoer-hash, gewichtenversie en codeversie vast; dezelfde invoer geeft "
        "dezelfde uitkomst); ongelijke uitkomsten (periodiek fairnessrapport met de vier-vijfde-regel); "
        "zichtbaarheid zonder toestemming (dubbele toestemming, logboek van elke wijziging met wat getoond werd); "
        "etiketten (kandidaten zien nooit interne labels als 'niet geschikt').",
        "Risks and measures: incomplete profiles (completeness score per field group, 'what to ask next', "
        f"profiles older than {c.stale_after_months} months flagged; rules version {c.completeness_version}); "
        "lack of traceability (each run records an input hash, weights version and code version; the same input "
        "gives the same output); unequal outcomes (periodic fairness report with the four-fifths rule); "
        "visibility without consent (dual consent, a log of every change with what was shown); labels "
        "(candidates never see internal labels such as 'not suitable').")


def legal_basis(c: RegisterInput) -> Message:
    return Message(
        "Voorstel, te bevestigen door de organisatie: Participatiewet art. 7 (ondersteuning bij "
        "arbeidsinschakeling) en Wet SUWI; AVG art. 6 lid 1 onder e; gezondheidsgegevens (FML): AVG art. 9 lid 2 "
        "onder b met UAVG art. 30; zichtbaarheid voor werkgevers: toestemming (AVG art. 6 lid 1 onder a).",
        "Proposal, to be confirmed by the organisation: Participatiewet art. 7 (support towards work) and the "
        "SUWI Act; GDPR art. 6(1)(e); health data (FML): GDPR art. 9(2)(b) with UAVG art. 30; visibility to "
        "employers: consent (GDPR art. 6(1)(a)).")


def impact_assessments(c: RegisterInput) -> Message:
    return Message(
        "DPIA: startdocument gegenereerd door Werkbrug (dpia.nl.md in deze map). IAMA: door de organisatie uit te "
        "voeren.", "DPIA: starting document generated by Werkbrug (dpia.en.md in this folder). IAMA (human rights "
        "impact assessment): to be carried out by the organisation.")


def data_sources(c: RegisterInput) -> Message:
    cand, work = ", ".join(c.candidate_fields), ", ".join(c.work_fields)
    return Message(
        f"Werkbrug-registratie van de organisatie. Kandidaat: {cand}. Werk: {work}. FML-catalogus versie "
        f"{c.fml_version}; voorzieningencatalogus versie {c.accommodations_version}.",
        f"The organisation's Werkbrug registry. Candidate: {cand}. Work: {work}. FML catalogue version "
        f"{c.fml_version}; accommodation catalogue version {c.accommodations_version}.")


def methods_and_models(c: RegisterInput) -> Message:
    weights = ", ".join(f"{k} {v:g}" for k, v in c.weights.items())
    return Message(
        "Regelgebaseerd, geen machine learning. Score = som van onderdelen (elk 0..1) maal gewicht, min kosten "
        f"van voorzieningen. Gewichten (versie {c.weights_version}): {weights}. Optie 'eerlijk': wachttijd telt "
        f"{c.waiting_factor:g}× zo zwaar. Toewijzing per regio: optimaal (min-cost flow) of stabiel (uitgestelde acceptatie).",
        "Rule-based, no machine learning. Score = sum of components (each 0..1) times weight, minus the cost of "
        f"accommodations. Weights (version {c.weights_version}): {weights}. Option 'fair': waiting time counts "
        f"{c.waiting_factor:g}× as much. Regional assignment: optimal (min-cost flow) or stable (deferred acceptance).")


def monitoring(c: RegisterInput) -> Message:
    base = Message(
        "Fairnessrapport (werkbrug fairness report) over aanbevelingen, kennismakingen en plaatsingen per "
        "leeftijdsgroep, gender, doelgroepcategorie en regio, met betrouwbaarheidsintervallen en de "
        "vier-vijfde-regel; daarnaast over de top-k-lijsten van de engine zelf.",
        "Fairness report (werkbrug fairness report) over recommendations, introductions and placements per age "
        "band, gender, doelgroep category and region, with confidence intervals and the four-fifths rule; also "
        "over the engine's own top-k lists.")
    if not c.fairness:
        return Message(base.nl + " Nog geen cijfers.", base.en + " No figures yet.")
    f = c.fairness
    flagged = ", ".join(f["flagged"]) or "-"
    return Message(
        f"{base.nl} Laatste cijfers ({f['period']}, {f['source']}): gemarkeerde groepen: {flagged}.",
        f"{base.en} Latest figures ({f['period']}, {f['source']}): flagged groups: {flagged}.")


def source_code(c: RegisterInput) -> Message:
    return Message("Open source (EUPL-1.2): Werkbrug.", "Open source (EUPL-1.2): Werkbrug.")
