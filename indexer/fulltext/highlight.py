"""Highlights: the hit's words marked in its title and a snippet of its text (from SQLite's copy)."""

from __future__ import annotations

from whoosh.highlight import ContextFragmenter, HtmlFormatter, WholeFragmenter


def _highlight(results, hit, fieldname: str, text: str, whole: bool = False) -> str:
    from markupsafe import escape

    if not text:
        return ""
    results.formatter = HtmlFormatter(tagname="mark", between=" … ")
    results.fragmenter = WholeFragmenter() if whole else ContextFragmenter(maxchars=240, surround=70)
    try:
        html = hit.highlights(fieldname, text=text, top=2)
    except Exception:
        html = ""
    if html:
        return html
    if whole:
        return str(escape(text))
    snippet = text[:240].rsplit(" ", 1)[0] + ("…" if len(text) > 240 else "")
    return str(escape(snippet))
