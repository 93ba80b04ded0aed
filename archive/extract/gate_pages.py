"""A page that holds a gate instead of its article (issue #13, round 23): a paywall's or a log-in's
prompt saved under the headline ("This article is for subscribers only" / "Subscribe now to
continue reading" / "Subscribe" / "Log in"), by its shape: what is left as text is shorter than any
story's brief, and the lines right around it are calls to the reader (the line classifier's
"call to action": buttons, sign-up and log-in prompts), two or more of them.
"""

from __future__ import annotations

GATE_TEXT_WORDS = 25  # what is left as text: shorter than a brief
CALLS_AROUND = 2  # calls to the reader right around it: this many at least
REACH = 2  # lines above and under the text looked at

GATE_ONLY = "a paywall or log-in prompt, no article text"


def gate_page(body: list, content: list, lines: list) -> bool:
    """Whether the text left (``body``, paragraphs of the page's ``content`` classified as
    ``lines``) is a gate's prompt (module doc)."""
    if not body or sum(len(p.split()) for p in body) > GATE_TEXT_WORDS:
        return False
    at = [i for i, line in enumerate(content) if line in body]
    if not at:
        return False
    first, last = min(at), max(at)
    around = list(range(max(0, first - REACH), first)) + list(range(last + 1, min(len(content), last + 1 + REACH)))
    return sum(1 for i in around if lines[i].furniture == "call to action") >= CALLS_AROUND
