"""Page speed on the region demo data: every page each demo role can reach, p50 and p95.

    WERKBRUG_DATABASE_URL=sqlite:////tmp/pages/werkbrug.sqlite3 .venv/bin/werkbrug init
    WERKBRUG_DATABASE_URL=... .venv/bin/werkbrug demo --size region --replace
    WERKBRUG_DATABASE_URL=... .venv/bin/python benchmarks/pages.py [--repeat 15] [--per-page 1]

Signs in each demo account (`werkbrug demo` makes one per role; the session is marked as after
the second factor) with Django's test client, walks the pages from the start page by following
links (one concrete URL per named page, so pages of every area are found without a list to
keep up to date), then times each page `--repeat` times after one warm-up request. Only GET
requests are made; nothing is changed. Prints p50/p95 per page and role in milliseconds with the
role's start page as the baseline side by side, the slowest page, and the machine. Target: p95 ≤ 300 ms."""

from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import sys
import time
from collections import deque
from typing import Any

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkbrug.config.settings")
django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import Resolver404, resolve  # noqa: E402

from werkbrug.security.access import MFA_SESSION_KEY  # noqa: E402

ROLES = ("consultant", "jobcoach", "employer-hr", "inkoper", "policy-analyst", "functional-admin")
SKIP = ("/static/", "/api/", "/auth/", "/admin/", "/i18n/")
LINK = re.compile(r'href="(/[^"#]*)"')
TARGET_MS = 300.0


def client_for(username: str) -> Client | None:
    user = get_user_model().objects.filter(username=username, is_active=True).first()
    if user is None:
        return None
    client = Client(raise_request_exception=False, HTTP_HOST=settings.ALLOWED_HOSTS[0] if settings.ALLOWED_HOSTS else "localhost")
    client.force_login(user)
    session = client.session
    session[MFA_SESSION_KEY] = True
    session.save()
    return client


def page_name(path: str) -> str | None:
    try:
        match = resolve(path.split("?", 1)[0])
    except Resolver404:
        return None
    return match.view_name if match.namespace == "web" else None


def start_page(client: Client) -> str:
    """The role's start page ("/" or where it sends the role, e.g. the employer's explorer)."""
    response = client.get("/", follow=True)
    return response.redirect_chain[-1][0] if response.redirect_chain else "/"


def discover(client: Client, per_page: int, limit: int = 400) -> dict[str, list[str]]:
    """Named page -> concrete URLs reached by following links from the start page (GET only)."""
    found: dict[str, list[str]] = {}
    queued: dict[str | None, int] = {}
    start = start_page(client)
    queue, seen = deque([start]), {start}
    while queue and len(seen) < limit:
        path = queue.popleft()
        response = client.get(path)
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        name = page_name(path)
        if name is not None and len(found.setdefault(name, [])) < per_page:
            found[name].append(path)
        for link in LINK.findall(response.content.decode()):
            link = link.replace("&amp;", "&")
            if link in seen or link.startswith(SKIP) or "page=" in link:
                continue
            linked = page_name(link)
            if linked is None or queued.get(linked, 0) >= per_page:
                continue
            queued[linked] = queued.get(linked, 0) + 1
            seen.add(link)
            queue.append(link)
    return found


def timings(client: Client, path: str, repeat: int) -> list[float] | None:
    """Milliseconds per request; None when the page does not answer 200 (reported, not timed)."""
    if client.get(path).status_code != 200:  # warm: caches, the matching index
        return None
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(path)
        out.append((time.perf_counter() - start) * 1000)
        if response.status_code != 200:
            return None
    return out


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def machine() -> str:
    cpu = platform.processor() or ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            cpu = next((line.split(":", 1)[1].strip() for line in info if line.startswith("model name")), cpu)
    except OSError:
        pass
    load = " ".join(f"{v:.2f}" for v in os.getloadavg())
    return f"{os.cpu_count()} CPUs ({cpu}), load average {load}, Python {platform.python_version()}"


def run(repeat: int, per_page: int) -> int:
    print(f"machine: {machine()}")
    print(f"{'role':<17} {'page':<44} {'p50 ms':>8} {'p95 ms':>8}   {'baseline p50/p95 (start page)':>30}")
    worst: tuple[float, str, str] = (0.0, "", "")
    pages, failed = 0, []
    for role in ROLES:
        client = client_for(f"demo-{role}")
        if client is None:
            print(f"{role:<17} (no demo account: run `werkbrug demo` first)")
            continue
        base = timings(client, start_page(client), repeat) or [0.0]
        baseline = f"{statistics.median(base):8.1f} / {p95(base):6.1f}"
        for name, paths in sorted(discover(client, per_page).items()):
            for path in paths:
                values = timings(client, path, repeat)
                if values is None:
                    failed.append(f"{role} {path}")
                    continue
                pages += 1
                if p95(values) > worst[0]:
                    worst = (p95(values), role, path)
                flag = "  > target" if p95(values) > TARGET_MS else ""
                print(f"{role:<17} {name.removeprefix('web:'):<44} {statistics.median(values):8.1f} "
                      f"{p95(values):8.1f}   {baseline:>30}{flag}")
    print(f"{pages} page renders timed ({repeat} each); slowest p95 {worst[0]:.1f} ms ({worst[1]} {worst[2]}); "
          f"target p95 <= {TARGET_MS:.0f} ms: {'met' if worst[0] <= TARGET_MS else 'NOT met'}")
    if failed:
        print(f"not timed (did not answer 200): {', '.join(failed)}")
    print(f"machine after the run: {machine()}")
    return 0 if worst[0] <= TARGET_MS else 1


def main(argv: list[str] | None = None) -> Any:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15, help="timed requests per page (after one warm-up)")
    parser.add_argument("--per-page", type=int, default=1, help="concrete URLs per named page")
    args = parser.parse_args(argv)
    return run(args.repeat, args.per_page)


if __name__ == "__main__":
    sys.exit(main())
