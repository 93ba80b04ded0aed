"""The fast indexing path gives exactly the terms and positions Whoosh's analyzer chain gives."""

from hypothesis import given, settings, strategies as st

from indexer.fulltext import _analyzer, _words_analyzer

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
