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
# Headings start at h2: the page's h1 is the title.
_md = MarkdownIt("zero").enable(
    ["heading", "list", "emphasis", "link", "blockquote", "newline", "paragraph"]
)


def _shift_headings(html: str) -> str:
    for level in (3, 2, 1):
        html = html.replace(f"<h{level}>", f"<h{level + 1}>")
        html = html.replace(f"</h{level}>", f"</h{level + 1}>")
    return html.replace("<h4>", "<h3>").replace("</h4>", "</h3>")


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
