"""Words the FML editor and pages use for levels and units, through gettext.
(The catalogue's own item names are bilingual data in werkbrug/data/fml.toml.)"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

LEVELS = {0: _("normal"), 1: _("limited"), 2: _("severely limited")}
LEVEL_HELP = {
    0: _("Can do this like most people can."),
    1: _("Can do this, but less often, less long or less heavy than most people."),
    2: _("Can hardly do this, or not at all."),
}
UNITS = {"kg": _("kg"), "minuten": _("minutes"), "uur per dag": _("hours per day"), "uur": _("hours")}


def level_label(level: int) -> str:
    return str(LEVELS.get(level, level))


def unit_label(unit: str | None) -> str:
    return "" if not unit else str(UNITS.get(unit, unit))
