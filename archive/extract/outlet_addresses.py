"""Outlets named by an e-mail address on a known outlet's web domain (issue #13): a contact line's
or a byline's address ("Contact the author: jane.doe@rudaw.net", "By Jane Doe (jane.doe@rudaw.net)":
:func:`email_outlet`, round 10), and a contact paragraph among a page's last ones ("Tips? Email
newsdesk@site.com", round 16: :func:`address_outlet`, the weakest footer sign). An address for
giving ("donations can be sent to ...") names no publisher."""

from __future__ import annotations

import re
from typing import Optional

from archive.extract.data import data_sections
from archive.extract.outlet_names import outlet_from_url
from archive.extract.web_hosts import EMAIL  # noqa: F401 (an e-mail address; callers import it here too)
from archive.model import collapse_whitespace

# "Contact the author: jdoe@site.com", "Email: desk@site.com", "Tips: tips@site.com", "للتواصل: ..."
_CONTACT_LABEL = re.compile(
    r"^(?:contact(?:\s+(?:the\s+)?(?:author|reporter|writer|newsroom|news\s*desk|desk|us|editors?))?|"
    r"e-?mail(?:\s+(?:the\s+)?(?:author|reporter|writer|us))?|write to(?:\s+(?:the\s+)?(?:author|reporter|us|editors?))?|"
    r"(?:news\s+)?tips?|reach(?:\s+(?:the\s+)?(?:author|reporter))?|البريد الإلكتروني|للتواصل|راسلونا|للمراسلة)"
    r"(?:\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}\s+at)?"  # "Write to Jane Doe at jane@..."
    r"\s*[:：]?\s*(?=\S*@)",
    re.I)
# "By Jane Doe (jdoe@site.com)", "Jane Doe | jdoe@site.com": a reporter's own address
_NAME_EMAIL = re.compile(r"^(?:[Bb]y\s+)?[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}\s*(?:[(,|:–-]\s*)?(?=[\w.+-]+@)")
EMAIL_LINE_CHARS = 150


def email_outlet(line: str) -> Optional[str]:
    """The known outlet whose web domain a contact line's or a byline's e-mail address is on
    ("Contact the author: jane.doe@rudaw.net", "By Jane Doe (jane.doe@rudaw.net)"), else None.
    An address written in a sentence ("donations can be sent to ...@unicef.org") names no publisher."""
    line = collapse_whitespace(line or "")
    found = EMAIL.findall(line)
    if len(line) > EMAIL_LINE_CHARS or len(found) != 1 or not (_CONTACT_LABEL.match(line) or _NAME_EMAIL.match(line)):
        return None
    return outlet_from_url("https://" + found[0])


ADDRESS_LINES = 8  # how many paragraphs at the end of a body are read for a contact address
ADDRESS_LINE_CHARS = 200  # a longer paragraph is the story's text, not a contact line


def _giving_words() -> re.Pattern:
    """The words of a line giving an address for giving, not for writing to the publisher
    ("donations can be sent to ..."): ``publisher_notes.txt`` [giving], a Latin word whole."""
    parts = []
    for word in data_sections("publisher_notes.txt")["giving"]:
        body = re.escape(word.rstrip("*")) + (r"\w*" if word.endswith("*") else "")
        parts.append(rf"\b{body}\b" if word.isascii() else body)
    return re.compile("|".join(parts), re.I)


_GIVING = _giving_words()


def address_outlet(paragraphs: list, window: int = ADDRESS_LINES) -> Optional[str]:
    """The known outlet on whose web domain the page's contact address is, in a paragraph among the
    last ``window`` that is short (``ADDRESS_LINE_CHARS`` at most), holds one address and no word
    of giving ("Tips or stories? Email newsdesk@site.com", "Media contact: press@site.org", "X is a
    reporter ... Send tips to x@site.co.za"), else None; None too when such paragraphs name two
    outlets. The weakest footer sign: used where nothing else names the outlet."""
    found = set()
    for paragraph in paragraphs[-window:]:
        line = collapse_whitespace(paragraph or "")
        if "@" not in line or len(line) > ADDRESS_LINE_CHARS or _GIVING.search(line):
            continue
        addresses = EMAIL.findall(line)
        if len(addresses) != 1:
            continue
        outlet = outlet_from_url("https://" + addresses[0])
        if outlet:
            found.add(outlet)
    return found.pop() if len(found) == 1 else None
