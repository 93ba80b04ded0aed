"""Highlights: the hit's words marked in its title and a snippet of its text (from SQLite's copy).

A word that the query holds only inside phrases (the generic word of an alias's spelling: "camp" of
"al-Hol camp", "State" of "Islamic State", "prison" of "Sina'a prison") is marked only where the
phrase stands, never alone: al-Hol's search marks the name, not every camp."""

from __future__ import annotations

from whoosh.highlight import ContextFragmenter, Highlighter, HtmlFormatter, WholeFragmenter, top_fragments


def _phrases_and_terms(query, fieldname: str):
    """``(phrases, loose)``: the word lists of the query's phrases in ``fieldname``, and the words its
    other leaves (terms, and whatever a wildcard or feedback added) search on their own."""
    from whoosh import query as wq

    phrases, loose = [], set()
    for leaf in query.leaves():
        if isinstance(leaf, wq.Phrase):
            if leaf.fieldname == fieldname:
                phrases.append(list(leaf.words))
        else:
            for field, text in leaf.terms() if leaf.has_terms() else ():
                if field == fieldname:
                    loose.add(text if isinstance(text, str) else text.decode("utf-8", "replace"))
    return phrases, loose


class NameHighlighter(Highlighter):
    """Whoosh's highlighter, re-reading the text, with phrase-only words marked only inside their phrase."""

    def highlight_hit(self, hitobj, fieldname, text=None, top=3, minscore=1, strict_phrase=False):
        results = hitobj.results
        field = results.searcher.schema[fieldname]
        if results.has_matched_terms():
            bterms = (term for term in results.matched_terms() if term[0] == fieldname)
        else:
            bterms = results.query_terms(expand=True, fieldname=fieldname)
        words = frozenset(field.from_bytes(term[1]) for term in bterms)
        phrases, loose = _phrases_and_terms(results.q, fieldname)
        phrase_only = {word for phrase in phrases for word in phrase} - loose
        tokens = [token.copy() for token in field.analyzer(text, positions=True, chars=True, mode="index",
                                                            removestops=False)]
        # A word is one slot: a name kept as a name is two terms of one word ("Hims" and "him").
        slots: list = []
        for i, token in enumerate(tokens):
            if token.stopped:
                continue
            if slots and tokens[slots[-1][0]].startchar == token.startchar:
                slots[-1].append(i)
            else:
                slots.append([i])
        inside = set()
        for phrase in phrases:
            if len(phrase) < 2:
                continue
            for n in range(len(slots) - len(phrase) + 1):
                run = slots[n:n + len(phrase)]
                if all(word in {tokens[i].text for i in slot} for word, slot in zip(phrase, run)):
                    inside.update(range(run[0][0], run[-1][-1] + 1))
        for i, token in enumerate(tokens):
            token.matched = token.text in words and (token.text not in phrase_only or i in inside)
        tokens = _one_token_a_word(tokens)
        fragments = self.fragmenter.fragment_tokens(text, self._merge_matched_tokens(iter(tokens)))
        fragments = top_fragments(fragments, top, self.scorer, self.order, minscore=minscore)
        return self.formatter.format(fragments)


def _one_token_a_word(tokens: list) -> list:
    """The tokens with one token a word (the first, marked when any of the word's terms is)."""
    kept: list = []
    for token in tokens:
        if kept and kept[-1].startchar == token.startchar and kept[-1].endchar == token.endchar:
            kept[-1].matched = kept[-1].matched or token.matched
            continue
        kept.append(token)
    return kept


def _highlight(results, hit, fieldname: str, text: str, whole: bool = False) -> str:
    from markupsafe import escape

    if not text:
        return ""
    results.formatter = HtmlFormatter(tagname="mark", between=" … ")
    results.fragmenter = WholeFragmenter() if whole else ContextFragmenter(maxchars=240, surround=70)
    results.highlighter = NameHighlighter(fragmenter=results.fragmenter, formatter=results.formatter)
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
