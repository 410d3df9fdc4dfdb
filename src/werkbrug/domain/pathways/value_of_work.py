"""Value of work questionnaire (data/value_of_work.toml): scores per theme, and their trend over time.

A theme's score is the mean of its answered questions (reverse items as max + min − answer), only
when at least `min_answered_share` of its questions were answered; the overall score is the mean of
the themes that have a score. Pure: no Django."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib.resources import files
from typing import Any

from werkbrug.domain.errors import Issues, Message


@dataclass(frozen=True)
class Question:
    code: str
    theme: str
    text: Message
    reverse: bool


@dataclass(frozen=True)
class Questionnaire:
    version: str
    scale: tuple[int, int]
    themes: dict[str, Message]
    questions: tuple[Question, ...]
    min_answered_share: float

    def of_theme(self, theme: str) -> list[Question]:
        return [q for q in self.questions if q.theme == theme]


def parse(raw: dict[str, Any]) -> Questionnaire:
    themes = {code: Message(t["label_nl"], t["label_en"]) for code, t in raw["themes"].items()}
    questions = tuple(Question(q["code"], q["theme"], Message(q["nl"], q["en"]), bool(q.get("reverse", False)))
                      for q in raw["questions"])
    unknown = {q.theme for q in questions} - set(themes)
    codes = [q.code for q in questions]
    if unknown or len(codes) != len(set(codes)):
        raise ValueError(f"value_of_work: unknown themes {sorted(unknown)} or duplicate question codes")
    return Questionnaire(raw["version"], (int(raw["scale"]["min"]), int(raw["scale"]["max"])), themes,
                         questions, float(raw.get("min_answered_share", 0.5)))


@lru_cache(maxsize=1)
def load() -> Questionnaire:
    return parse(tomllib.loads(files("werkbrug.data").joinpath("value_of_work.toml").read_text("utf-8")))


def check_answers(answers: Mapping[str, int], q: Questionnaire | None = None) -> Issues:
    q = q or load()
    low, high = q.scale
    known = {x.code for x in q.questions}
    issues = Issues()
    for code, value in answers.items():
        if code not in known:
            issues.add(code, "unknown_question", "onbekende vraag", "unknown question")
        elif isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            issues.add(code, "out_of_scale", f"antwoord moet een heel getal van {low} tot {high} zijn",
                       f"answer must be a whole number from {low} to {high}")
    return issues


@dataclass(frozen=True)
class Scores:
    themes: dict[str, float | None]
    overall: float | None


def score(answers: Mapping[str, int], q: Questionnaire | None = None) -> Scores:
    """Scores of one completed questionnaire; raises DomainValidationError on bad answers."""
    q = q or load()
    check_answers(answers, q).raise_if_any()
    low, high = q.scale
    themes: dict[str, float | None] = {}
    for theme in q.themes:
        items = q.of_theme(theme)
        values = [(low + high - answers[x.code]) if x.reverse else answers[x.code]
                  for x in items if x.code in answers]
        enough = items and len(values) / len(items) >= q.min_answered_share
        themes[theme] = sum(values) / len(values) if enough and values else None
    present = [v for v in themes.values() if v is not None]
    return Scores(themes, sum(present) / len(present) if present else None)


@dataclass(frozen=True)
class Trend:
    theme: str  # "" = overall
    points: tuple[tuple[date, float], ...]
    change: float | None  # last − first


def trends(rounds: Iterable[tuple[date, Mapping[str, int]]], q: Questionnaire | None = None) -> list[Trend]:
    """Per theme (and overall) the scores over time, oldest first, and the change first → last."""
    q = q or load()
    scored = sorted(((day, score(answers, q)) for day, answers in rounds), key=lambda x: x[0])
    out = []
    for theme in [*q.themes, ""]:
        points = tuple((day, s.overall if theme == "" else s.themes[theme]) for day, s in scored)
        kept = tuple((d, v) for d, v in points if v is not None)
        out.append(Trend(theme, kept, kept[-1][1] - kept[0][1] if len(kept) >= 2 else None))
    return out
