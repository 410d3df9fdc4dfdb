"""Real-browser tests: Playwright (sync API) drives Debian's Chromium against pytest-django's
live server. Playwright's own browser download is not used; `make test` installs
/usr/bin/chromium. When Chromium or Playwright is missing the tests are SKIPPED WITH A REASON
(and a warning), never silently. Screenshots of failures go to test-artifacts/."""

from __future__ import annotations

import os
import re
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Playwright's sync API keeps an event loop in the test thread; Django's async-safety check would
# refuse the test database there (the documented way to combine them).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
CHROMIUM = os.environ.get("WERKBRUG_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = ROOT / "test-artifacts"


def _missing() -> str | None:
    if not Path(CHROMIUM).exists():
        return f"Chromium not found at {CHROMIUM}: run `make test` (it installs Debian's chromium) or set WERKBRUG_CHROMIUM"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the Python package 'playwright' is not installed: pip install playwright (test extras)"
    if not AXE.exists():
        return f"axe-core not found at {AXE}: run `npm ci` (make setup)"
    return None


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: Any) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"report_{report.when}", report)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    reason = _missing()
    if reason:
        warnings.warn(f"browser tests skipped: {reason}", stacklevel=1)
        pytest.skip(f"BROWSER TESTS SKIPPED: {reason}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(path=str(AXE))  # injected over the DevTools protocol: the page's CSP stays on
    page = context.new_page()
    page.set_default_timeout(15000)
    page.csp_errors = []  # type: ignore[attr-defined]
    page.on("console", lambda msg: page.csp_errors.append(msg.text)
            if "Content Security Policy" in msg.text else None)
    yield page
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        name = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.nodeid)
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    context.close()


@pytest.fixture
def browser_world(registry_base: dict[str, Any], catalogues: None) -> dict[str, Any]:
    """The web tests' world, in a transactional database that the live server sees."""
    sys.path.insert(0, str(ROOT / "tests" / "web"))
    from web_builders import build_world

    return build_world(registry_base)
