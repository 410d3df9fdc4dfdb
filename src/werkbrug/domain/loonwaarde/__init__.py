"""Uniform loonwaarde method (Besluit loonkostensubsidie Participatiewet 2021; rules-nl.md 8.1).

Pure: no Django. It supports the loonwaardedeskundige; the college sets the loonwaarde."""

from werkbrug.domain.loonwaarde.compute import LoonwaardeResult, compute_loonwaarde, tempo_pct
from werkbrug.domain.loonwaarde.model import Hoofdtaak, Measurement, Normfunctie
from werkbrug.domain.loonwaarde.report import Finality, Zienswijze, report_finality

__all__ = ["Finality", "Hoofdtaak", "LoonwaardeResult", "Measurement", "Normfunctie", "Zienswijze",
           "compute_loonwaarde", "report_finality", "tempo_pct"]
