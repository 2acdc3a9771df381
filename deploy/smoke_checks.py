"""HTTP checks for deploy/smoke.sh, standard library only, so they run anywhere:

    python3 smoke_checks.py pages  BASE_URL [--host HOST]
    python3 smoke_checks.py relay  BASE_URL --host HOST --marker TEXT [--max-seconds 1]
    python3 smoke_checks.py outage BASE_URL [--host HOST]

With --host the requests go to BASE_URL as our reverse proxy would send them (that Host,
X-Forwarded-Proto https, X-Forwarded-For); without it, straight to BASE_URL (a real
deployment). Each check prints "ok: ..." or "FAIL: ..."; the exit status is 1 on a failure."""

import argparse
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

failures = []


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


opener = urllib.request.build_opener(NoRedirect)


class Site:
    def __init__(self, base_url, host=None):
        self.base_url = base_url.rstrip("/")
        self.host = host
        self.origin = f"https://{host}" if host else self.base_url

    def request(self, path, data=None, headers=None):
        """(status, headers, body) for one request; redirects are not followed."""
        all_headers = {"User-Agent": "zelfhulpkaart-smoke", "Accept-Language": "nl"}
        if self.host:
            all_headers.update(
                {"Host": self.host, "X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.7"}
            )
        all_headers.update(headers or {})
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(self.base_url + path, data=body, headers=all_headers)
        try:
            with opener.open(request, timeout=30) as response:
                return response.status, response.headers, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read().decode(errors="replace")


def check(ok, message):
    print(("ok: " if ok else "FAIL: ") + message, flush=True)
    if not ok:
        failures.append(message)
    return ok


def page(site, path, status=200, contains=()):
    code, headers, html = site.request(path)
    good = code == status and all(text in html for text in contains)
    check(
        good,
        f"{path} answers {code} (expected {status}{', with ' if contains else ''}"
        f"{', '.join(repr(t) for t in contains)})",
    )
    return html if good else ""


def first_link(html, pattern):
    match = re.search(pattern, html)
    return match.group(1) if match else None


def pages(site):
    page(site, "/", contains=['lang="nl"', "Zelfhulpkaart"])
    results = page(site, "/zoeken/?q=rouw")
    slug = first_link(results, r'href="/groepen/([a-z0-9-]+)/"')
    if check(slug is not None, "the search results link to a group page"):
        page(site, f"/groepen/{slug}/")
    themes = page(site, "/themas/")
    theme = first_link(themes, r'href="/themas/([a-z0-9-]+)/"')
    if check(theme is not None, "the themes page links to a theme"):
        page(site, f"/themas/{theme}/")
    page(site, "/verwijzers/")
    page(site, "/en/", contains=['lang="en"'])
    page(
        site, "/deze-pagina-bestaat-niet/", 404, contains=['lang="nl"', "Deze pagina bestaat niet"]
    )
    page(site, "/health/ready", contains=['"status": "ok"'])


def cookie_header(headers):
    cookies = [value.split(";", 1)[0] for value in headers.get_all("Set-Cookie") or []]
    return "; ".join(cookies)


def hidden(html, name):
    tag = re.search(rf'<input[^>]*name="{name}"[^>]*>', html)
    value = tag and re.search(r'value="([^"]*)"', tag.group(0))
    return value.group(1) if value else ""


def relay(site, marker, max_seconds, wait):
    """Post a message to a group as a browser does: open the form, take its CSRF cookie and
    token and its signed start time, wait like a person, then post."""
    code, _, results = site.request("/zoeken/?q=rouw")
    slug = first_link(results, r'href="/groepen/([a-z0-9-]+)/"')
    if not check(code == 200 and slug, "a group to write to"):
        return
    path = f"/groepen/{slug}/contact/"
    code, headers, form = site.request(path)
    if not check(code == 200 and "csrfmiddlewaretoken" in form, f"{path} shows the form"):
        return
    time.sleep(wait)  # the form refuses what is filled in faster than a person can
    fields = {
        "csrfmiddlewaretoken": hidden(form, "csrfmiddlewaretoken"),
        "started": hidden(form, "started"),
        "homepage": "",
        "first_name": "Rooktest",
        "reply_email": "rooktest@example.org",
        "reply_phone": "",
        "message": f"Dit is een rooktest van de zelfhulpkaart. Kenmerk: {marker}",
        "consent": "on",
    }
    start = time.monotonic()
    code, answer_headers, body = site.request(
        path,
        data=fields,
        headers={
            "Cookie": cookie_header(headers),
            "Referer": site.origin + path,
            "Origin": site.origin,
        },
    )
    seconds = time.monotonic() - start
    sent = code == 302 and answer_headers.get("Location", "").endswith(f"{path}verstuurd/")
    check(sent, f"the relay post is accepted ({code} {answer_headers.get('Location', '')})")
    check(
        seconds < max_seconds,
        f"the relay post answers in {seconds:.2f} s with the mail server hanging "
        f"(limit {max_seconds} s)",
    )


def outage(site):
    code, _, html = site.request("/beheer/inloggen/")
    check(
        (code == 503 and "Even niet beschikbaar" in html)
        or (code == 200 and "auth-username" in html),
        f"/beheer/inloggen/ answers {code}: the 503 page or the login form, never a 500",
    )
    for path in ["/", "/zoeken/?q=rouw", "/themas/", "/groepen/een-groep/"]:
        code, headers, html = site.request(path)
        check(
            code == 503
            and headers.get("Retry-After")
            and "Even niet beschikbaar" in html
            and "113" in html,
            f"{path} answers {code}, Retry-After {headers.get('Retry-After')!r}, the 503 page",
        )
    code, _, _ = site.request("/health/ready")
    check(code == 503, f"/health/ready answers {code} (expected 503)")
    code, _, _ = site.request("/health/live")
    check(code == 200, f"/health/live answers {code} (expected 200)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("check", choices=["pages", "relay", "outage"])
    parser.add_argument("base_url")
    parser.add_argument("--host")
    parser.add_argument("--marker", default="rooktest")
    parser.add_argument("--max-seconds", type=float, default=1.0)
    parser.add_argument("--wait", type=float, default=4.0)
    args = parser.parse_args()
    site = Site(args.base_url, args.host)
    if args.check == "pages":
        pages(site)
    elif args.check == "relay":
        relay(site, args.marker, args.max_seconds, args.wait)
    else:
        outage(site)
    sys.exit(1 if failures else 0)
