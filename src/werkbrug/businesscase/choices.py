"""Which instruments apply to a candidate on a start date, and why (rules-nl.md 1.5, 2.1–2.7).

Each choice carries its reason in Dutch and English, so the output can say why an amount is
there or not. Pure Python: works on the candidate's benefit code and doelgroep category."""

from __future__ import annotations

from dataclasses import dataclass

from werkbrug.domain.errors import Message

# Doelgroep categories that mean the gemeente supports the person under the Participatiewet
# (Wfsv 38b lid 1 a and e): the LKS doelgroep (Pw 6 onder e, 10d).
PARTICIPATIEWET_CATEGORIES = ("praktijkroute", "participatiewet_uwv")
PARTICIPATIEWET_BENEFITS = ("bijstand",)
# Lid 2 registrations count only when the quotum is activated, not for the banenafspraak
# (rules-nl.md 1.5); Werkbrug therefore gives them no LKV banenafspraak.
NOT_BANENAFSPRAAK = ("lid2_voorziening",)
UWV_BENEFITS = ("wajong", "wia", "wao", "ww")


@dataclass(frozen=True)
class Choice:
    code: str | None
    reason: Message

    def as_dict(self) -> dict[str, object]:
        return {"code": self.code, "reason": {"nl": self.reason.nl, "en": self.reason.en}}


def instrument(benefit: str, category: str | None, forfaitair: bool = False) -> Choice:
    if benefit == "wajong" or category == "wajong":
        return Choice("loondispensatie", Message(
            "loondispensatie: de kandidaat heeft Wajong (Wajong 2:20); UWV vult het inkomen aan",
            "loondispensatie: the candidate has Wajong (Wajong 2:20); UWV tops up the income"))
    if benefit in PARTICIPATIEWET_BENEFITS or category in PARTICIPATIEWET_CATEGORIES:
        code = "lks_forfaitair" if forfaitair else "lks"
        return Choice(code, Message(
            "loonkostensubsidie: de kandidaat valt onder de Participatiewet (Pw 10d)"
            + ("; forfaitair de eerste 6 maanden (10d lid 5)" if forfaitair else ""),
            "loonkostensubsidie: the candidate falls under the Participatiewet (Pw 10d)"
            + ("; forfaitaire LKS for the first 6 months (10d lid 5)" if forfaitair else "")))
    return Choice("none", Message(
        "geen loonkostensubsidie of loondispensatie: geen Participatiewet of Wajong",
        "no loonkostensubsidie or loondispensatie: neither Participatiewet nor Wajong"))


def lkv(category: str | None) -> Choice:
    if category is None:
        return Choice(None, Message(
            "geen LKV banenafspraak: niet in het doelgroepregister op de startdatum",
            "no LKV banenafspraak: not in the doelgroepregister on the start date"))
    if category in NOT_BANENAFSPRAAK:
        return Choice(None, Message(
            "geen LKV banenafspraak: deze registratie (38b lid 2) telt niet voor de banenafspraak",
            "no LKV banenafspraak: this registration (38b lid 2) does not count for the banenafspraak"))
    return Choice("banenafspraak", Message(
        "LKV banenafspraak: in het doelgroepregister op de startdatum (Wtl 2.10–2.13)",
        "LKV banenafspraak: in the doelgroepregister on the start date (Wtl 2.10–2.13)"))


def noriskpolis(benefit: str, category: str | None) -> Choice:
    if category is not None:
        return Choice("noriskpolis", Message(
            "no-riskpolis: in het doelgroepregister (ZW 29b lid 2)",
            "no-riskpolis: in the doelgroepregister (ZW 29b lid 2)"))
    if benefit == "wajong":
        return Choice("noriskpolis", Message("no-riskpolis: Wajong (ZW 29b lid 2)",
                                             "no-riskpolis: Wajong (ZW 29b lid 2)"))
    return Choice(None, Message(
        "geen no-riskpolis: niet in het doelgroepregister op de startdatum",
        "no no-riskpolis: not in the doelgroepregister on the start date"))


def jobcoach_funder(instrument_code: str | None, benefit: str) -> Choice:
    if instrument_code in ("lks", "lks_forfaitair"):
        return Choice("gemeente", Message("jobcoach betaald door de gemeente (Pw 10, 10da)",
                                          "jobcoach paid by the gemeente (Pw 10, 10da)"))
    if instrument_code == "loondispensatie" or benefit in UWV_BENEFITS:
        return Choice("uwv", Message("jobcoach betaald door UWV (Wet WIA 35)",
                                     "jobcoach paid by UWV (Wet WIA 35)"))
    return Choice("werkgever", Message(
        "jobcoach betaald door de werkgever: geen gemeente of UWV als financier gevonden",
        "jobcoach paid by the employer: no gemeente or UWV funding found"))
