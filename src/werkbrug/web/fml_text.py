"""Words the FML editor and pages use for levels, units, rubrieken and items, through gettext,
in plain language for someone who is not an insurance physician or labour expert.
(The catalogue's own item names are bilingual data in werkbrug/data/fml.toml; a deployer's
catalogue with other codes simply shows no extra explanation for the unknown ones.)"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

LEVELS = {0: _("normal"), 1: _("limited"), 2: _("severely limited")}
LEVEL_HELP = {
    0: _("Can do this like most people can."),
    1: _("Can do this, but less often, less long or less heavy than most people."),
    2: _("Can hardly do this, or not at all."),
}
UNITS = {"kg": _("kg"), "minuten": _("minutes"), "uur per dag": _("hours per day"), "uur": _("hours")}

RUBRIEK_HELP = {
    "I": _("How someone thinks and handles work: attention, memory, pace and working on their own."),
    "II": _("Senses, communication and dealing with other people, and getting to work."),
    "III": _("What the workplace is like: temperature, dust, noise, vibration, protective clothing."),
    "IV": _("Movements: using the hands, reaching, bending, lifting, carrying, walking, climbing."),
    "V": _("Staying in one posture: sitting, standing, kneeling, working bent or with the arms raised."),
    "VI": _("How many hours, and at which times of day, someone can work."),
}

ITEM_HELP = {
    "I.1": _("Keeping attention on one task for a longer time, for example checking products on a belt."),
    "I.2": _("Paying attention to several things at once, for example serving customers while answering the phone."),
    "I.3": _("Remembering instructions, names and what was agreed."),
    "I.4": _("Knowing what you can and cannot do, and asking for help in time."),
    "I.5": _("Planning the steps of a task and solving small problems along the way."),
    "I.6": _("Working without someone nearby to check or to give the next step."),
    "I.7": _("Keeping up with a set working pace or deadlines."),
    "I.8": _("Other personal conditions, for example needing a fixed workplace or a quiet room."),
    "I.9": _("How much of the work the person can decide and arrange on their own."),
    "II.1": _("Seeing well enough for the work, with glasses if the person has them: reading a screen, seeing details."),
    "II.2": _("Hearing well enough for the work, with a hearing aid if the person has one: conversations, signals."),
    "II.3": _("Speaking clearly enough to be understood by colleagues and customers."),
    "II.4": _("Writing short texts, notes or forms."),
    "II.5": _("Reading instructions, lists or messages."),
    "II.6": _("Handling the emotions of others, for example angry customers or people in care."),
    "II.7": _("Being able to say how you feel and what bothers you at work."),
    "II.8": _("Handling disagreements with colleagues or customers."),
    "II.9": _("Working closely with others in a team."),
    "II.10": _("Travelling to work on one's own, for example by bus or bike."),
    "II.11": _("Driving a car or van as part of the job."),
    "II.12": _("Other social conditions, for example working in a small team only."),
    "III.1": _("Working in heat or cold, for example a freezer warehouse or outdoors in summer."),
    "III.2": _("Working in draughts, for example near doors that open often."),
    "III.3": _("Touching substances that can irritate the skin, such as cleaning agents or wet work."),
    "III.4": _("Wearing gloves, a mask, safety shoes or other protective equipment."),
    "III.5": _("Working where there is dust, smoke, gas or fumes."),
    "III.6": _("Working in a noisy place."),
    "III.7": _("Working with vibrating tools or machines."),
    "III.8": _("Other demands of the surroundings, for example heights or wet floors."),
    "IV.1": _("Whether the person can work with their preferred hand; a limitation means the other hand must do it."),
    "IV.2": _("Small precise movements with hands and fingers, such as sorting small parts."),
    "IV.3": _("Typing and using a mouse for longer periods."),
    "IV.4": _("Pinching or pressing with the fingers and thumb, for example using pliers or a stapler."),
    "IV.5": _("Reaching forward or sideways with the arms."),
    "IV.6": _("Reaching many times a day, for example taking items from a shelf all day."),
    "IV.7": _("Bending forward, for example to pick something up from the floor."),
    "IV.8": _("Bending many times a day."),
    "IV.9": _("Turning the upper body while the feet stay in place."),
    "IV.10": _("Turning the upper body many times a day."),
    "IV.11": _("Pushing or pulling a trolley, pallet truck or door."),
    "IV.12": _("Lifting something now and then, such as a box."),
    "IV.13": _("Lifting many times a day."),
    "IV.14": _("Carrying something while walking."),
    "IV.15": _("Walking without a break."),
    "IV.16": _("Walking during the whole working day, added up."),
    "IV.17": _("Climbing stairs."),
    "IV.18": _("Climbing a ladder or steps."),
    "IV.19": _("Kneeling or squatting now and then."),
    "IV.20": _("Kneeling or squatting many times a day."),
    "IV.21": _("Other movements the work asks for."),
    "V.1": _("Sitting without getting up."),
    "V.2": _("Sitting during the whole working day, added up."),
    "V.3": _("Standing without sitting down or walking."),
    "V.4": _("Standing during the whole working day, added up."),
    "V.5": _("Working while kneeling or squatting, for example laying floors."),
    "V.6": _("Working while bent forward or with the body turned."),
    "V.7": _("Working with the hands above the shoulders, for example stocking high shelves."),
    "V.8": _("Keeping the head still in one position, for example looking down at a workbench."),
    "V.9": _("Whether the person needs to switch between sitting, standing and walking."),
    "V.10": _("Other postures the work asks for."),
    "VI.1": _("Working in the evening or at night."),
    "VI.2": _("How many hours a day the person can work."),
    "VI.3": _("How many hours a week the person can work."),
    "VI.4": _("Other limits on working times, for example needing extra breaks."),
}


def level_label(level: int) -> str:
    return str(LEVELS.get(level, level))


def unit_label(unit: str | None) -> str:
    return "" if not unit else str(UNITS.get(unit, unit))


def rubriek_help(code: str) -> str:
    return str(RUBRIEK_HELP.get(code, ""))


def item_help(code: str) -> str:
    return str(ITEM_HELP.get(code, ""))
