"""Every outcome metric's definition, in one place for the page, the downloads and the API
(the full text with examples is docs/pathways.md)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

DEFINITIONS = (
    ("doorstroom", _("Doorstroom: of everyone whose situation on the first day of the period is in the source "
                     "group (the cohort), the share whose situation on the last day is in the target group "
                     "(mode 'end'), with a 95 percent Wilson interval. People without a recorded situation that day "
                     "are not counted; no rate for an empty cohort.")),
    ("durability", _("Durability: the Kaplan–Meier estimate of the share of placements still running 3, 6, 12 "
                     "and 24 months (× 30.4375 days) after their start. Placements still running on the as-of "
                     "date, and those ended by death, retirement or moving on to other work, are censored. "
                     "Empty where no placement was followed that long.")),
    ("survival_curve", _("Survival curve: S(t) at every day t on which a placement ended, with the number of "
                         "placements still followed (at risk) and ended that day.")),
    ("end_reasons", _("End reasons: ended placements counted by the reason recorded when they ended.")),
    ("value_of_work", _("Value of work: per half-year the number of questionnaires answered and the mean score "
                        "(1–5, higher is better) overall and per theme; a theme's score is the mean of its "
                        "answered questions when at least half were answered.")),
    ("completions", _("Praktijkleren completions: learning routes completed per year, by result "
                      "(praktijkverklaring, mbo-certificaat, diploma), including those of people since erased.")),
)


def texts() -> list[tuple[str, str]]:
    return [(term, str(text)) for term, text in DEFINITIONS]
