"""`werkbrug match recommend|assign|explain|why-not`: the three questions of matching, from the shell.

ID is a numeric id or an external key. Output is readable text, or JSON with --json."""

from __future__ import annotations

import json
from typing import Any

from django.core.exceptions import ObjectDoesNotExist
from django.core.management.base import BaseCommand, CommandError, CommandParser

from werkbrug.matching import loading, runs, services
from werkbrug.matching.presenting import render_pair
from werkbrug.registry.models import Candidate
from werkbrug.security import operator
from werkbrug.trust import services as trust
from werkbrug.trust.presenting import render_points, render_why_not


def _common(parser: CommandParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--language", choices=["nl", "en"], default="nl")
    parser.add_argument("--fair", action="store_true", help="extra priority for long waiting time")
    operator.add_arguments(parser, purpose="bemiddeling")


def _save_flag(parser: CommandParser) -> None:
    parser.add_argument("--save", action="store_true", help="store the run and its results as match proposals")


def _saved(run: Any) -> str:
    return (f"opgeslagen als run {run.pk}: {run.proposals_count} voorstellen"
            f" ({run.skipped_open_count} al open) / saved as run {run.pk}: {run.proposals_count} proposals")


class Command(BaseCommand):
    help = "Matching: recommend work or candidates, assign a region, explain one pair"

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        rec = sub.add_parser("recommend", help="top work for a candidate, or top candidates for a work item")
        who = rec.add_mutually_exclusive_group(required=True)
        who.add_argument("--candidate")
        who.add_argument("--work")
        rec.add_argument("--top", type=int, default=10)
        rec.add_argument("--anonymous", action="store_true", help="employer view: consenting candidates, no keys")
        _common(rec)
        _save_flag(rec)
        asg = sub.add_parser("assign", help="place candidates on open work, optimally or stably")
        asg.add_argument("--region", help="arbeidsmarktregio; default: all")
        asg.add_argument("--mode", choices=["optimal", "stable"], default="optimal")
        asg.add_argument("--top", type=int, default=20, help="edges per candidate and per work item")
        _common(asg)
        _save_flag(asg)
        exp = sub.add_parser("explain", help="why a candidate does or does not fit a work item")
        exp.add_argument("--candidate", required=True)
        exp.add_argument("--work", required=True)
        _common(exp)
        why = sub.add_parser("why-not", help="why a candidate is missing from a work item's list")
        why.add_argument("--candidate", required=True)
        why.add_argument("--work", required=True)
        why.add_argument("--top", type=int, default=10)
        why.add_argument("--anonymous", action="store_true", help="the employer's view (consent needed)")
        _common(why)

    def handle(self, *args: Any, **options: Any) -> None:
        self._guard(options)
        try:
            result, text = getattr(self, f"_{options['action'].replace('-', '_')}")(options)
        except ObjectDoesNotExist as missing:
            raise CommandError("kandidaat of werk niet gevonden / candidate or work not found") from missing
        self.stdout.write(json.dumps(result, indent=2, ensure_ascii=False, default=str) if options["json"] else text)

    def _guard(self, o: dict[str, Any]) -> None:
        """Everything but the employer's anonymous view shows health-derived facts of identified
        candidates: a named operator whose role allows reading them (--as), audited per candidate."""
        if o.get("anonymous") and not o.get("save"):
            return
        who = operator.operator_for(o)
        if o.get("save"):
            operator.require(who, "introductions", "create")
        if o.get("candidate"):
            try:
                candidate = loading.find(Candidate, o["candidate"])
            except ObjectDoesNotExist as missing:
                raise CommandError("kandidaat niet gevonden / candidate not found") from missing
            operator.authorise(who, "read", candidate, ("health_fml",))
            operator.record(who, "read", "candidates", candidate.pk, subject_id=candidate.pk)
            return
        operator.require(who, "candidates", "read", ("health_fml",))
        self._operator = who

    def _visible(self, keys: list[str]) -> set[str]:
        """Keys of candidates whose health data the operator may read (each audited)."""
        who = getattr(self, "_operator", None)
        if who is None:
            return set(keys)
        allowed = set()
        for candidate in operator.scoped(who, Candidate.objects.filter(external_key__in=keys), "read"):
            if "health_fml" in operator.permitted(who, candidate):
                operator.record(who, "read", "candidates", candidate.pk, subject_id=candidate.pk)
                allowed.add(candidate.external_key)
        return allowed

    def _recommend(self, o: dict[str, Any]) -> tuple[dict[str, Any], str]:
        lang = o["language"]
        if o["save"]:
            return self._recommend_saved(o)
        if o["candidate"]:
            result = services.recommend_for_candidate(o["candidate"], o["top"], fair=o["fair"], language=lang)
            rows = result["work"]
        else:
            result = services.recommend_for_work(o["work"], o["top"], fair=o["fair"], language=lang,
                                                 anonymous=o["anonymous"])
            if not o["anonymous"]:
                allowed = self._visible([r["candidate"] for r in result["candidates"]])
                result["candidates"] = [r for r in result["candidates"] if r["candidate"] in allowed]
            rows = result["candidates"]
        empty = "geen passende resultaten" if lang == "nl" else "no suitable results"
        return result, "\n\n".join(render_pair(r, lang) for r in rows) or empty

    def _explain(self, o: dict[str, Any]) -> tuple[dict[str, Any], str]:
        # With the comparison per task and FML item and the beoordelingspunten (werkbrug.trust).
        row = trust.explain(o["candidate"], o["work"], language=o["language"], fair=o["fair"])
        return row, render_pair(row, o["language"]) + "\n" + render_points(row, o["language"])

    def _why_not(self, o: dict[str, Any]) -> tuple[dict[str, Any], str]:
        row = trust.why_not(o["candidate"], o["work"], o["top"], employer_view=o["anonymous"], fair=o["fair"],
                            language=o["language"])
        return row, render_why_not(row, o["language"])

    def _recommend_saved(self, o: dict[str, Any]) -> tuple[dict[str, Any], str]:
        if o["anonymous"]:
            raise CommandError("--save en --anonymous gaan niet samen / --save cannot be combined with --anonymous")
        result, run = runs.recommend_and_save(o["candidate"], o["work"], o["top"], fair=o["fair"],
                                              language=o["language"])
        rows = result["work"] if o["candidate"] else result["candidates"]
        result["run"] = run.pk
        return result, "\n\n".join([*(render_pair(r, o["language"]) for r in rows), _saved(run)])

    def _assign(self, o: dict[str, Any]) -> tuple[dict[str, Any], str]:
        run = None
        if o["save"]:
            r, run = runs.assign_and_save(o["region"], o["mode"], o["top"], fair=o["fair"])
            r["run"] = run.pk
        else:
            r = services.assign(o["region"], o["mode"], o["top"], fair=o["fair"])
        allowed = self._visible([a["candidate"] for a in r["assignments"]])
        r["assignments"] = [a if a["candidate"] in allowed else {**a, "candidate": None} for a in r["assignments"]]
        head = (f"{r['mode']}: {r['assigned']} van {r['candidates']} kandidaten geplaatst op {r['work']} werkplekken"
                f" (score {r['objective']}) / {r['assigned']} of {r['candidates']} candidates placed")
        lines = [head] + [f"  {a['candidate']} -> {a['work']} ({a['score']:.2f})" for a in r["assignments"]]
        return r, "\n".join(lines + ([_saved(run)] if run is not None else []))
