"""Browser tests: Playwright driving Debian's Chromium against a live server, with axe-core.

No browser is ever downloaded. In CI (CI=true) a missing Chromium or axe-core fails the run;
on a developer machine without them the browser tests are skipped with the reason shown.
"""

import os
import shutil
from pathlib import Path
from urllib.parse import urlparse

import pytest

# Playwright's sync API runs an event loop in this thread; the ORM calls made by the test
# bodies are still plain synchronous calls, so Django's async guard does not apply here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = os.environ.get("CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


def _missing():
    if not Path(CHROMIUM).exists():
        return f"Chromium not found at {CHROMIUM} (apt-get install chromium)"
    if not AXE.exists():
        return f"axe-core not found at {AXE} (npm install)"
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "the playwright Python package is not installed"
    return None


@pytest.fixture(scope="session")
def browser():
    reason = _missing()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"Browser tests must run in CI: {reason}")
        pytest.skip(f"Browser tests skipped: {reason}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    """A fresh page (no cookies) on a 1280x900 window; `page.base` is the live server URL.

    Every request the page makes is recorded in `page.requested_hosts`, and every response
    that sets a cookie in `page.cookie_responses`, so tests can assert privacy promises.
    """
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    pg = context.new_page()
    pg.base = live_server.url
    pg.requested_hosts = set()
    pg.cookie_responses = []
    pg.console_errors = []
    pg.on("request", lambda request: pg.requested_hosts.add(urlparse(request.url).netloc))
    pg.on("console", lambda msg: msg.type == "error" and pg.console_errors.append(msg.text))

    def record_cookie(response):
        if "set-cookie" in {k.lower() for k in response.headers}:
            pg.cookie_responses.append(response.url)

    pg.on("response", record_cookie)
    yield pg
    context.close()


def axe_violations(page, tags=WCAG_TAGS):
    """Run axe-core in the page and return the violations for the given tags.

    axe is evaluated as a string rather than added as a <script> tag, so the site's CSP
    (script-src 'self' with a nonce) does not block it.
    """
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(AXE.read_text())
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})", tags
    )
    return [
        {
            "id": v["id"],
            "help": v["help"],
            "nodes": [n["target"] for n in v["nodes"]][:5],
        }
        for v in result["violations"]
    ]


def assert_accessible(page):
    violations = axe_violations(page)
    assert violations == [], f"axe violations on {page.url}: {violations}"


def horizontal_overflow(page, width=320):
    """Pixels of horizontal scroll at the given viewport width (0 means the page reflows)."""
    page.set_viewport_size({"width": width, "height": 800})
    return page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
