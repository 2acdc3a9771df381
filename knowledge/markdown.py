"""Article bodies: a small Markdown subset, rendered by markdown-it-py and cleaned by nh3.

Authors write paragraphs, ## headings, lists, **bold**, *italic*, > quotes and links. Raw
HTML is not parsed (markdown-it's html option is off), and whatever the renderer makes
passes nh3 with an allow-list, so a body can never carry a script, a style or an image.
"""

import nh3
from django.utils.safestring import mark_safe
from markdown_it import MarkdownIt

ALLOWED_TAGS = {"p", "h2", "h3", "ul", "ol", "li", "strong", "em", "a", "blockquote", "br"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
_md = MarkdownIt("zero").enable(
    ["heading", "list", "emphasis", "link", "blockquote", "newline", "paragraph"]
)


def _shift_headings(html: str) -> str:
    """# and ## become h2, deeper headings h3: the page title is the only h1."""
    for level, to in ((1, 2), (4, 3), (5, 3), (6, 3)):
        html = html.replace(f"<h{level}>", f"<h{to}>").replace(f"</h{level}>", f"</h{to}>")
    return html


def render(text: str) -> str:
    html = _shift_headings(_md.render(text or ""))
    cleaned = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel="noopener noreferrer",
    )
    return mark_safe(cleaned)  # noqa: S308 (nh3 output with the allow-list above)
