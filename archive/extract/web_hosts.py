"""The patterns of web hosts and addresses that the outlet readers look for in a page's lines
(issue #13, round 24: one module owns them; the readers of mastheads, footers, domains, page names
and refusals import them from here).

Each pattern answers one question about a line or a name:

- :data:`HOST`: the hosts a line names, in a link or after an e-mail's mailbox
  ("lakeherald.com/world", "desk@lakeherald.com": group 1 is the host);
- :data:`LINKED_HOST`: the hosts a line names in a link, not an e-mail's ("https://www.x.org/en");
- :data:`SCHEMED_HOST`: the hosts a line names, a scheme before them or not (an e-mail's are read apart);
- :data:`SITE_LABEL`: a site's domain written in a name, its main label apart ("Lakeside.net Daily");
- :data:`ADDRESS_LINE`: a line that is a web address alone, a path after it or not (a share box's link);
- :data:`BROWSER_ADDRESS`: the page's own address as a browser prints it ("https://...", "www....");
- :data:`EMAIL`: an e-mail address, its host apart;
- :data:`DOMAIN_ONLY`: a name that is only a domain ("lakeherald.com", "https://lakeherald.com/");
- :data:`SITE_DOMAIN`: a host in lower case, "www." aside, its first label apart (``label``);
  :func:`site_host`: the host of a URL or a bare domain, case-folded, if it is one.

Data-free and with no import of the project: the lowest module of the outlet readers.
"""

from __future__ import annotations

import re

HOST = re.compile(r"(?<![\w.-])(?:[\w.+-]+@)?((?:[a-z0-9-]+\.)+[a-z]{2,})\b", re.I)
LINKED_HOST = re.compile(
    r"(?<![\w.@+-])(?:https?://)?(?:www\.)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,12})(?![\w@-])", re.I)
SCHEMED_HOST = re.compile(r"(?<![\w.-])(?:https?://)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?![\w-])", re.I)
SITE_LABEL = re.compile(
    r"(?<![\w.@-])(?:www\.)?(?P<label>[a-z0-9][a-z0-9-]{2,})\.[a-z]{2,6}(?:\.[a-z]{2})?(?![\w.-])", re.I)
ADDRESS_LINE = re.compile(r"^(?:https?://)?(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,12}(?:/\S*)?$", re.I)
BROWSER_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@((?:[a-z0-9-]+\.)+[a-z]{2,})\b", re.I)  # an e-mail address; group 1 its host
DOMAIN_ONLY = re.compile(r"^(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})/?$", re.I)
URL_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:www\d?\.)?([^/:?#\s]+)", re.I)  # a URL's host, "www." aside


def url_host(url) -> str:
    """The host of ``url`` (a record's or a page's address), lower case, "www." aside; "" for none."""
    match = URL_HOST.match((url or "").strip())
    return match.group(1).lower() if match else ""


SITE_DOMAIN = re.compile(r"(?:www\.)?(?P<label>[a-z0-9][a-z0-9-]*)(?:\.[a-z0-9-]+)*\.[a-z]{2,}")


def site_host(url) -> "str | None":
    """A URL's or a bare domain's host, case-folded, without "www." and any path or port, where it
    is a host (:data:`SITE_DOMAIN`), else None ("Lakeside.net/about" -> "lakeside.net")."""
    text = str(url or "").strip().casefold()
    text = re.sub(r"^[a-z][a-z0-9+.-]*://", "", text).split("/", 1)[0].split(":", 1)[0]
    text = text[4:] if text.startswith("www.") else text
    return text if SITE_DOMAIN.fullmatch(text) else None
