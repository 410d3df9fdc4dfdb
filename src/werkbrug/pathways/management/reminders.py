"""`werkbrug pathways reminders`: the follow-up contacts due or overdue on a day, for the operator's
caseload (or, with --all, every candidate whose pathways the operator may follow up). Lines name the
candidate by key only: no names in terminal output."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from django.core.management.base import CommandError

from werkbrug.pathways import access as pathways_access
from werkbrug.pathways import followup
from werkbrug.registry.models import Candidate
from werkbrug.security import operator


def reminders_text(options: dict[str, Any], on: date) -> str:
    who = operator.operator_for(options)
    if not pathways_access.permitted_gate(who.actor):
        raise CommandError("geweigerd: geen recht op nazorg / refused: no permission for follow-up")
    base = None if options["all"] else Candidate.objects.filter(consultant=who.user)
    candidates = pathways_access.permitted(who.actor, "update", base)
    found = followup.reminders(on, candidates)
    operator.record(who, "read", "pathways", "reminders")
    rows = [{"candidate": r.contact.candidate.external_key, "kind": r.contact.kind,
             "planned_on": r.contact.planned_on.isoformat(), "state": r.state, "days": r.days} for r in found]
    if options["json"]:
        return json.dumps({"date": on.isoformat(), "reminders": rows}, indent=2)
    lines = [f"Nazorg op / follow-up on {on.isoformat()}: {len(rows)} te doen / to do, "
             f"{sum(r['state'] == 'overdue' for r in rows)} te laat / overdue"]
    lines += [f"  {r['planned_on']}  {r['state']:<8} {r['days']:>4} d  {r['kind']:<10} {r['candidate']}" for r in rows]
    return "\n".join(lines)
