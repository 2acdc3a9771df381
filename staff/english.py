"""Finding English on a Dutch page of the workspace: the crawl test (tests/staff/
test_dutch_workspace.py) and its browser twin use it to fail on any English a staff member
would read.

Two nets: a list of phrases third-party packages are known to show (Django's admin,
django-simple-history, django-two-factor-auth, django-import-export, the filter widgets),
and a count of English-only function words in each piece of text, which catches phrases
nobody listed yet. Column keys of import files (external_id, contact_email) and people's
own text are not texts of ours and are left out by the caller."""

import re
from html.parser import HTMLParser

KNOWN_PHRASES = [
    "Revert",
    "Choose ",
    "by selecting them",
    "Model name",
    "Add link",
    "Change link",
    "Invalid token",
    "Select all",
    "Remove all",
    "Choose all",
    "Available ",
    "Chosen ",
    "Show all",
    "Hide",
    "Today",
    "Now",
    "Midnight",
    "Noon",
    "Clear selection",
    "View on site",
    "Add another",
    "Save and",
    "Date/time",
    "Changed by",
    "Change reason",
    "Object",
    "Comment",
    "Home",
    "Log out",
    "Welcome",
    "Documentation",
    "Recent actions",
    "My actions",
    "None available",
    "Unknown",
    "Yes",
    "No ",
    "All",
    "History",
    "Delete",
    "Import",
    "Export",
    "Submit",
    "Confirm import",
    "Preview",
    "Skipped",
    "Update",
    "New",
    "Errors",
    "Line number",
    "Please ",
    "Enter ",
    "This field",
    "selected",
    "Action:",
    "Go",
    "Run the selected action",
    "Token",
    "Backup",
    "Disable",
    "Enable",
    "Password",
    "Username",
    "Log in",
    "Next",
    "Back",
    "Search",
    "results",
    "total",
    "Add ",
    "Change ",
    "View ",
]

ENGLISH_WORDS = {
    "the",
    "and",
    "to",
    "by",
    "your",
    "you",
    "this",
    "them",
    "these",
    "that",
    "with",
    "select",
    "selected",
    "choose",
    "chosen",
    "please",
    "click",
    "add",
    "change",
    "changed",
    "delete",
    "save",
    "show",
    "hide",
    "all",
    "none",
    "yes",
    "no",
    "history",
    "revert",
    "invalid",
    "out",
    "view",
    "search",
    "results",
    "user",
    "password",
    "username",
    "date",
    "time",
    "today",
    "now",
    "action",
    "actions",
    "comment",
    "reason",
    "available",
    "remove",
    "clear",
    "submit",
    "confirm",
    "preview",
    "errors",
    "error",
    "skipped",
    "update",
    "new",
    "enter",
    "field",
    "required",
    "back",
    "next",
    "disable",
    "enable",
    "device",
    "devices",
    "go",
    "run",
    "from",
    "for",
    "are",
    "is",
    "be",
    "an",
    "or",
    "not",
    "have",
    "were",
    "can",
    "will",
    "there",
}
# Words Dutch and English share, that alone prove nothing.
SHARED = {"in", "is", "op", "filter", "status", "import", "export", "e-mail", "online", "totp"}


def english_words(text):
    # A column key such as next_start_date is a name in a file, not a text.
    words = [w for w in re.findall(r"[A-Za-z_][A-Za-z_'-]+", text) if "_" not in w]
    return [w for w in words if w.lower() in ENGLISH_WORDS and w.lower() not in SHARED]


class _Texts(HTMLParser):
    SKIP = {"script", "style", "svg", "code", "pre"}

    def __init__(self):
        super().__init__()
        self.texts, self._skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self._skip += 1
        attrs = dict(attrs)
        for name in ("title", "aria-label", "placeholder", "alt"):
            if attrs.get(name):
                self.texts.append(attrs[name])
        if tag == "input" and attrs.get("type") in ("submit", "button") and attrs.get("value"):
            self.texts.append(attrs["value"])

    def handle_endtag(self, tag):
        if tag in self.SKIP and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip and data.strip():
            self.texts.append(" ".join(data.split()))


def page_texts(html):
    parser = _Texts()
    parser.feed(html)
    return parser.texts


def english_on(html, allowed=()):
    """The texts on the page that read as English."""
    found = []
    for text in page_texts(html):
        if text in allowed:
            continue
        if any(_phrase_in(p, text) for p in KNOWN_PHRASES) or len(english_words(text)) >= 2:
            found.append(text)
    return found


def _phrase_in(phrase, text):
    # "Choose " is the word with a space after it; "Revert" a whole word.
    pattern = r"(?<![A-Za-zÀ-ÿ])" + re.escape(phrase)
    pattern += r"(?![A-Za-zÀ-ÿ])" if phrase == phrase.rstrip() else ""
    return re.search(pattern, text) is not None
