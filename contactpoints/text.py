"""Text folding shared by place look-up and search: lower case, no accents.

PostgreSQL's unaccent is a contrib extension the embedded server lacks, so accents are
folded here, in Python, before text reaches the database.
"""

import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.lower().replace("ß", "ss")


def fold_key(text: str) -> str:
    """A key for names: folded, with every run of non-letters turned into one space."""
    return _NON_WORD.sub(" ", fold(text)).strip()
