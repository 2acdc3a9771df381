"""Charts drawn on the server as SVG: no script, nothing from elsewhere. Each chart is an
image with a text alternative (role="img", <title>); the data table beside it is the
accessible version, so the SVG itself is hidden from nobody but says only the summary."""

from django.utils.html import format_html
from django.utils.safestring import mark_safe

BAR_HEIGHT = 22
GAP = 6
LABEL_WIDTH = 260
BAR_WIDTH = 360
MAX_BARS = 30


def bar_chart(rows, title, slug):
    """Horizontal bars: rows are (label, value); at most MAX_BARS, largest as given."""
    rows = [(label, max(0, int(value or 0))) for label, value in rows][:MAX_BARS]
    if not rows:
        return ""
    top = max(v for _l, v in rows) or 1
    height = len(rows) * (BAR_HEIGHT + GAP) + GAP
    width = LABEL_WIDTH + BAR_WIDTH + 60
    bars = []
    for i, (label, value) in enumerate(rows):
        y = GAP + i * (BAR_HEIGHT + GAP)
        length = round(BAR_WIDTH * value / top)
        short = label if len(label) <= 38 else label[:37] + "…"
        bars.append(
            format_html(
                '<text x="{}" y="{}" text-anchor="end" class="chart-label">{}</text>'
                '<rect x="{}" y="{}" width="{}" height="{}" class="chart-bar"></rect>'
                '<text x="{}" y="{}" class="chart-value">{}</text>',
                LABEL_WIDTH - 8,
                y + BAR_HEIGHT - 6,
                short,
                LABEL_WIDTH,
                y,
                length,
                BAR_HEIGHT,
                LABEL_WIDTH + length + 6,
                y + BAR_HEIGHT - 6,
                value,
            )
        )
    return format_html(
        '<svg class="chart" role="img" aria-labelledby="chart-{}-title" viewBox="0 0 {} {}" '
        'width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">'
        '<title id="chart-{}-title">{}</title>{}</svg>',
        slug,
        width,
        height,
        slug,
        title,
        mark_safe("".join(bars)),  # each bar escaped by format_html above
    )
