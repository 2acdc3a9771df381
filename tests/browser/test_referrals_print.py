"""The referral card prints on one A5 page and the theme overview on one A4 page, with
nothing cut off, even with the longest realistic content."""

import re

import pytest

from groups.models import Group, Theme
from tests.factories import ContactPointFactory, GroupFactory, ScheduleFactory, VenueFactory
from tests.referrals.longest import LONG_NAME, longest_group

MM = 96 / 25.4  # CSS pixels per millimetre
# The page boxes of card.css and overview.css, less their margins.
A5_CONTENT = (148 - 2 * 10, 210 - 2 * 9)
A4_CONTENT = (210 - 2 * 14, 297 - 2 * 12)


def pdf_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def page_size_mm(pdf: bytes):
    match = re.search(rb"/MediaBox\s*\[\s*0 0 ([0-9.]+) ([0-9.]+)\s*\]", pdf)
    return tuple(round(float(points) * 25.4 / 72) for points in match.groups())


def overflow(page, content_mm):
    """How far the printed layout sticks out of the page's content box, in CSS px."""
    width, height = (round(size * MM) for size in content_mm)
    page.set_viewport_size({"width": width, "height": height})
    page.emulate_media(media="print")
    return page.evaluate(
        """([width, height]) => ({
            right: document.documentElement.scrollWidth - width,
            bottom: document.documentElement.scrollHeight - height,
            clipped: [...document.querySelectorAll('main *')]
                .filter(el => el.scrollWidth > el.clientWidth + 1
                        && getComputedStyle(el).overflowX !== 'visible')
                .map(el => el.className || el.tagName),
        })""",
        [width, height],
    )


def printed(page, url):
    page.goto(page.base + url)
    return page.pdf(prefer_css_page_size=True, print_background=True)


@pytest.mark.parametrize("dense", [False, True], ids=["short", "longest"])
def test_the_referral_card_prints_on_one_a5_page(page, dense):
    if dense:
        group = longest_group()
    else:
        group = GroupFactory(name="Rouw Heerlen", venue=True)
    pdf = printed(page, f"/groepen/{group.slug}/verwijskaart/")
    assert pdf_pages(pdf) == 1
    assert page_size_mm(pdf) == (148, 210)
    out = overflow(page, A5_CONTENT)
    assert out["right"] <= 0
    assert out["bottom"] <= 0
    assert out["clipped"] == []


def test_the_printed_card_shows_only_the_card_black_on_white(page):
    group = longest_group()
    page.goto(page.base + f"/groepen/{group.slug}/verwijskaart/")
    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible()
    assert not page.locator(".site-footer").is_visible()
    assert not page.locator("#note").is_visible()
    assert page.get_by_role("heading", name=LONG_NAME).is_visible()
    assert page.locator("svg.qr").is_visible()
    colours = page.evaluate(
        """() => [...document.querySelectorAll('.referral-card, .referral-card *')]
            .map(el => getComputedStyle(el).color)"""
    )
    assert set(colours) == {"rgb(0, 0, 0)"}


def test_the_theme_overview_prints_on_one_a4_page_with_eight_long_groups(page):
    grief = Theme.objects.get(slug="verlies-rouw")
    contact_point = ContactPointFactory()
    for n in range(10):
        remote = n >= 7
        group = GroupFactory(
            name=f"{n} {LONG_NAME}"[:150],
            themes=[grief],
            format=Group.Format.ONLINE if remote else Group.Format.IN_PERSON,
            public_phone="06 12 34 56 78",
            contact_point=contact_point,
        )
        ScheduleFactory(group=group, venue=None if remote else VenueFactory())
        if not remote:
            ScheduleFactory(group=group, venue=VenueFactory(city="Brunssum"), weekday=3, ordinal=1)
    pdf = printed(page, "/themas/verlies-rouw/overzicht/?gemeente=heerlen")
    assert pdf_pages(pdf) == 1
    assert page_size_mm(pdf) == (210, 297)
    out = overflow(page, A4_CONTENT)
    assert out["right"] <= 0
    assert out["bottom"] <= 0
    assert page.locator(".ov-group").count() == 8
    assert page.get_by_text("Er zijn meer groepen.").is_visible()
