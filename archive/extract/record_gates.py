"""A record whose text is no article (issue #13, round 36b): the gates a saved page's text passes
through, given to a record's body (JSON, JSON Lines, CSV, a feed's item) once its edges are
cleaned. A scraper keeps what the site served: a cookie or consent wall in place of the story
(news-please's ``maintext`` "Wir brauchen Ihre Zustimmung ... Alle akzeptieren / Einstellungen"),
a paywall's prompt, a site's error page. The HTML and text readers refuse these by the page's
shape (:func:`archive.extract.boilerplate.consent_wall`, :func:`archive.extract.gate_pages.gated`,
:func:`archive.extract.gate_pages.error_page`); a record's body is read here by the same
functions, its own paragraphs standing for the page around it (a record has no page: the
consent wall's buttons, the gate's notice are among its paragraphs or nowhere). Every one of them
asks for a text shorter than a brief first, so a story is never refused for a word of them.
"""

from __future__ import annotations

from typing import Optional

CONSENT_ONLY = "a cookie or consent notice, no article text"


def refusal(paragraphs: list, title: str = "") -> Optional[str]:
    """Why a record's cleaned body (``paragraphs``) is no article, or None: a consent wall, a
    paywall's or log-in's prompt, an error page (module doc)."""
    from archive.extract import boilerplate
    from archive.extract.gate_pages import ERROR_PAGE, GATE_ONLY, error_page, gated

    if not paragraphs:
        return None
    if boilerplate.consent_wall(paragraphs, paragraphs):
        return CONSENT_ONLY
    page = ([title] if title else []) + list(paragraphs)
    if gated(paragraphs, page):
        return GATE_ONLY
    if error_page(paragraphs, page):
        return ERROR_PAGE
    from archive.extract.gate_pages import HEADLINE_LIST, headline_list

    if headline_list(paragraphs):
        return HEADLINE_LIST  # a section's index saved in the story's place (hook of fields39)
    return None
