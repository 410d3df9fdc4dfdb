"""Labels a candidate sees about their own matches. Internal pipeline words ("not suitable",
"declined", "excluded") never reach a candidate: each internal status and reason has a
candidate-facing wording, and `internal_words` finds any that slipped in."""

from __future__ import annotations

from werkbrug.domain.errors import Message

FORBIDDEN = ("niet geschikt", "ongeschikt", "past niet", "afgewezen", "afwijzing", "uitgesloten",
             "not suitable", "unsuitable", "not fit", "does not fit", "declined", "rejected", "excluded")

# Proposal statuses (data/proposal_workflow.toml) as the candidate reads them.
STATUS = {
    "proposed": Message("Je consulent bekijkt dit werk met je", "Your consultant is looking at this work with you"),
    "introduced": Message("Kennismaking met de werkgever", "Meeting the employer"),
    "trial_placement": Message("Je probeert het werk uit", "You are trying out the work"),
    "placed": Message("Je werkt hier", "You work here"),
    "declined": Message("Dit werk gaat niet door", "This work is not going ahead"),
}

# Verdicts of the engine as the candidate reads them.
VERDICT = {
    "fits": Message("Dit werk sluit aan bij je profiel", "This work matches your profile"),
    "fits_with_accommodations": Message("Dit werk kan met aanpassingen", "This work is possible with adjustments"),
    "fits_without_tasks": Message("Dit werk kan als een deel anders wordt verdeeld",
                                  "This work is possible if part of it is arranged differently"),
    "excluded": Message("Dit werk vraagt nu iets anders dan in je profiel staat",
                        "This work currently asks for something different from your profile"),
}

# Contact requests from employers.
CONTACT = {
    "requested": Message("Een werkgever wil kennismaken", "An employer would like to meet you"),
    "agreed": Message("Je hebt ja gezegd tegen een kennismaking", "You agreed to meet"),
    "refused": Message("Je wilde geen kennismaking", "You chose not to meet"),
    "withdrawn": Message("De werkgever heeft het verzoek ingetrokken", "The employer withdrew the request"),
}

CATALOGUES = {"status": STATUS, "verdict": VERDICT, "contact": CONTACT}


def internal_words(text: str) -> list[str]:
    lowered = text.lower()
    return [w for w in FORBIDDEN if w in lowered]
