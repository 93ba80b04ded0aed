"""The README's "how the code is organised" names every module of archive/extract and archive/readers,
so a newcomer finds a concern there in one guess and the map cannot fall behind the code."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _map() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("archive/            the domain")
    return text[start : text.index("```", start)]


def _named(text: str) -> set:
    return set(re.findall(r"[a-z][a-z0-9_]*", text))


def test_every_extract_and_reader_module_is_on_the_map():
    named = _named(_map())
    missing = sorted(
        f"{path.parent.name}/{path.stem}"
        for folder in ("archive/extract", "archive/readers")
        for path in (ROOT / folder).glob("*.py")
        if path.stem != "__init__" and path.stem not in named
    )
    assert not missing, f"modules the README's map does not name: {missing}"


def test_the_map_names_no_module_that_is_gone():
    block = _map()
    extract = block[block.index("\n  extract/ ") : block.index("\n  data/ ")]
    extract = re.sub(r"\S+\.(?:txt|json)\b", " ", extract)  # data files named beside a module
    listed = {word for word in _named(extract) if "_" in word}  # module names of two words or more
    modules = {path.stem for path in (ROOT / "archive/extract").glob("*.py")}
    gone = sorted(word for word in listed if word not in modules and not word.endswith("_outlet"))
    assert not gone, f"the map names modules that are not in archive/extract: {gone}"
