"""The fast indexing path gives exactly the terms and positions Whoosh's analyzer chain gives."""

from hypothesis import example, given, settings, strategies as st

from indexer.fulltext.analysis import _analyzer, _words_analyzer

WORDS = ["the", "Deir", "ez-Zor", "al-Hol", "Sina'a", "Raʿqa", "Hassakeh", "running", "ISIS", "is", "a", "x",
         "camp", "Ghuwayran", "prisoners", "1,000", "U.S.", "don't", "ʾ", "''", "é", "Ürümqi", "of", "and", "--",
         "2019", "3.5", "ad-Dana", "el", "AL", "détenus"]


def chain_positions(analyzer, text):
    found = {}
    for token in analyzer(text, positions=True, mode="index"):
        found.setdefault(token.text, []).append(token.pos)
    return found


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(min_size=1, max_size=12)), max_size=40),
       st.sampled_from([" ", "\n", ", ", " - ", "\n\n"]))
def test_fast_path_equals_the_chain(words, separator):
    text = separator.join(words)
    for analyzer in (_analyzer(), _analyzer(stem=False), _words_analyzer()):
        assert analyzer.term_positions(text) == chain_positions(analyzer, text), text


def test_stop_words_renumber_like_the_chain():
    analyzer = _analyzer()
    text = "The Deir ez-Zour offensive near Dayr al-Zawr"
    assert analyzer.term_positions(text) == chain_positions(analyzer, text)
    assert analyzer.term_positions(text)["zour"] == [2]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(min_size=1, max_size=12)), max_size=30),
       st.lists(st.sampled_from(WORDS), max_size=5), st.one_of(st.none(), st.sampled_from(WORDS)))
@example(["ISIS", "U.S."], [], None)  # a marked term: the format marks it, the chain does not (CI, 2026-12-05)
def test_text_analysed_ahead_indexes_as_the_text(body_words, title_words, lede):
    """What a worker process analyses ahead (fulltext.analyse) is what indexing the text gives: the
    text with the report's marks (its acronyms and places of another meaning), as ``fields.document``
    hands it to Whoosh when nothing was analysed ahead ("ISIS U.S.": an acronym right before another
    name, in a report naming nothing of the region, is another thing's)."""
    from indexer.fulltext import FastPositions, analyse, indexed_text, vocabulary_words
    from indexer.fulltext.acronym_meanings import marked, with_marks
    from indexer.fulltext.fields import _marks

    body, title = " ".join(body_words), " ".join(title_words)
    analysed = analyse(title, body, lede)
    title_text, body_text = indexed_text(title, body, lede)
    marks = _marks(title_text, body_text)
    positions = FastPositions()
    for name, text in (("title", title_text), ("body", body_text)):
        encoded = analysed[name]  # terms, frequencies and values as Whoosh's Positions format encodes them
        # Whoosh's chain, then the marks the field's format (FastPositions.word_values) applies to a MarkedText
        expected = chain_positions(_analyzer(), with_marks(text, marks) if marks else text)
        expected = marked(expected, marks) if marks else expected
        assert {t.decode(): positions.decode_positions(v) for t, v in zip(encoded.terms, encoded.values)} == expected
        assert list(encoded.freqs) == [len(expected[t.decode()]) for t in encoded.terms]
        assert encoded.values == tuple(positions.encode(expected[t.decode()]) for t in encoded.terms)
        assert encoded.length == sum(map(len, expected.values()))
    assert analysed["vocabulary"] == vocabulary_words(title_text, body_text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.one_of(st.sampled_from(WORDS + ["WHO", "Who", "Hit", "Hims", "K24", "2,000"]),
                                   st.text(min_size=1, max_size=12)), max_size=30), min_size=1, max_size=4))
def test_vocabulary_is_the_terms_with_a_letter(reports):
    """``vocabulary`` (issue #16: its own per-word cache) gives ``_words_only(terms(words))``, report
    after report through one analyzer (its cache warm), for every analyzer: names and their words
    at one position (tuples) included."""
    from indexer.fulltext.analysis import TOKEN_PATTERN, _words_only
    import re

    for make in (_words_analyzer, _analyzer):
        cached, plain = make(), make()
        for words in reports:
            tokens = re.findall(TOKEN_PATTERN, " ".join(words))
            assert cached.vocabulary(tokens) == _words_only(plain.terms(tokens)), tokens


def test_indexes_built_before_the_format_moved_still_open():
    """Whoosh keeps the schema pickled in the index: indexes written before the positions format moved
    to positions_encoded.py name it ``indexer.fulltext.analysis.FastPositions``, which must still load."""
    import pickle

    from indexer.fulltext import positions_encoded

    old = pickle.dumps(positions_encoded.FastPositions(field_boost=2.0), 2).replace(
        b"indexer.fulltext.positions_encoded", b"indexer.fulltext.analysis")
    loaded = pickle.loads(old)
    assert type(loaded) is positions_encoded.FastPositions and loaded.field_boost == 2.0
