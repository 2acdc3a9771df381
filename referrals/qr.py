"""QR codes drawn on the server as inline SVG: no image service sees which group a GP
refers to, and the code prints as sharp as the text around it."""

import segno
from django.utils.html import escape
from django.utils.safestring import mark_safe


def qr_svg(data: str, label: str) -> str:
    # Error level M survives a crease or a coffee ring; the 4-module quiet zone is what
    # scanners expect. No fixed size: CSS sizes it (viewBox only).
    code = segno.make(data, error="m", micro=False)
    svg = code.svg_inline(
        scale=1, border=4, dark="#000", light="#fff", svgclass="qr", lineclass=None, omitsize=True
    )
    svg = svg.replace("<svg ", f'<svg role="img" aria-label="{escape(label)}" ', 1)
    return mark_safe(svg)  # segno writes the markup; the label is escaped above
