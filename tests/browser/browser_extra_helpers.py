"""Helpers for the consultant-extra and administration browser tests: keyboard steps and reflow
(signing in and the axe check are browser_session's, re-exported here)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from browser_session import assert_accessible, sign_in

ROOT = Path(__file__).resolve().parents[2]


def assert_reflows(page: Any, base_url: str, paths: list[str]) -> None:
    page.set_viewport_size({"width": 320, "height": 640})
    for path in paths:
        page.goto(base_url + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 320, f"{path}: {width}px wide"


def tab_to(page: Any, selector: str, limit: int = 500) -> None:
    """Press Tab until the element matching ``selector`` has the focus."""
    for _ in range(limit):
        if page.evaluate("(s) => document.activeElement && document.activeElement.matches(s)", selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {selector}")


def type_into(page: Any, selector: str, text: str) -> None:
    tab_to(page, selector)
    page.keyboard.type(text)


__all__ = ["assert_accessible", "assert_reflows", "sign_in", "tab_to", "type_into"]
