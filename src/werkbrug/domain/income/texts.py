"""Easy-read (B1) Dutch and English texts: summary, what happens when the job ends, what to check."""

from __future__ import annotations

from decimal import Decimal

from werkbrug.domain.errors import Message

ESTIMATE = Message(
    "Dit is een schatting. De gemeente of UWV beslist. Er wordt niets opgeslagen.",
    "This is an estimate. The gemeente or UWV decides. Nothing is stored.")

RULES = {
    "general_vrijlating": Message("u mag 25% van uw loon houden (vrijlating)", "you keep 25% of your wage (vrijlating)"),
    "vrijlating_ended": Message("de 6 maanden vrijlating zijn voorbij", "the 6 months of vrijlating are over"),
    "under_min_age": Message("geen vrijlating onder 27 jaar", "no vrijlating under 27"),
    "medisch_urenbeperking": Message("u mag 15% van uw loon houden (medische urenbeperking)",
                                     "you keep 15% of your wage (medical limit on hours)"),
    "no_earnings": Message("geen loon", "no wage"),
    "30_cents": Message("u houdt 30 cent van elke euro", "you keep 30 cents of every euro"),
    "loondispensatie_30_cents": Message("u houdt minstens 30 cent van elke euro (loondispensatie: mogelijk meer)",
                                        "you keep at least 30 cents of every euro (loondispensatie: maybe more)"),
    "benefit_stopped": Message("uw loon is zo hoog dat de Wajong nu 0 is", "your wage is so high that Wajong is 0 now"),
}

JOB_ENDS = {
    "bijstand": Message(
        "Stopt het werk? Vraag dan meteen opnieuw bijstand aan bij de gemeente. Hoe snel en onder welke "
        "voorwaarden u weer bijstand krijgt, is niet bevestigd (ONBEVESTIGD). Vraag het de gemeente vóór u begint.",
        "Does the job end? Apply for bijstand again at the gemeente straight away. How fast and under what "
        "conditions you get bijstand again is not confirmed (UNCONFIRMED). Ask the gemeente before you start."),
    "wajong": Message(
        "Stopt het werk? Dan gaat uw Wajong weer omhoog naar het bedrag zonder werk. Is uw Wajong helemaal "
        "gestopt en gaat het slechter met uw gezondheid? Dan kan de Wajong weer beginnen, tot de AOW-leeftijd.",
        "Does the job end? Then your Wajong goes back up to the amount without work. Has your Wajong stopped "
        "and does your health get worse? Then Wajong can start again, until AOW age."),
}

CHECK_ALSO = (
    Message("Toeslagen (zorgtoeslag, huurtoeslag, kindgebonden budget): die hangen af van uw inkomen in het "
            "hele jaar. Geef uw nieuwe inkomen door, dan hoeft u later niets terug te betalen. Misschien krijgt "
            "u juist meer.",
            "Toeslagen (healthcare, rent and child allowances): they depend on your income over the whole year. "
            "Report your new income so you do not have to pay back later. You may even get more."),
    Message("Gemeentelijke minimaregelingen (bijzondere bijstand, kwijtschelding, zorgverzekering van de "
            "gemeente, stadspas): die hebben een inkomensgrens. Kijk of u ze houdt en wat u nog niet krijgt. "
            "De meeste mensen die er recht op hebben, vragen ze niet aan.",
            "Municipal schemes for low incomes (special assistance, tax remission, the municipal health "
            "insurance, city pass): they have an income limit. Check if you keep them and what you do not get "
            "yet. Most people who are entitled do not apply."),
)

CHECK_ALSO_WAJONG = (
    Message("Wajong: vraag UWV naar de Toeslagenwet als uw inkomen onder het sociaal minimum ligt; 68% van de "
            "mensen met recht vraagt die niet aan.",
            "Wajong: ask UWV about the Toeslagenwet supplement if your income is below the social minimum; 68% "
            "of those entitled do not apply."),
)


def euro_nl(amount: Decimal) -> str:
    """1234.5 -> '1.234,50' (Dutch readers expect a decimal comma)."""
    return f"{amount:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def summary(benefit: str, average: Decimal, lowest: Decimal, highest: Decimal) -> Message:
    name = "bijstand" if benefit == "bijstand" else "Wajong"
    if highest <= 0:
        return Message(
            f"Met dit werk heeft u per maand ongeveer evenveel geld als met alleen {name}. Werk kan wel "
            "andere dingen geven: mensen, ervaring, een kans op meer uren.",
            f"With this job you have about the same money each month as with {name} only. Work can give "
            "other things: people, experience, a chance of more hours.")
    return Message(
        f"Met dit werk heeft u in het eerste jaar gemiddeld ongeveer € {euro_nl(average)} per maand meer dan "
        f"met alleen {name}. Per maand is dat tussen € {euro_nl(lowest)} en € {euro_nl(highest)}.",
        f"With this job you have on average about € {average} a month more than with {name} only in the "
        f"first year. Per month that is between € {lowest} and € {highest}.")
