"""A wire story republished with light edits and another title: stored, linked, collapsible."""

import json
import re

import sqlite_utils
from datasette.app import Datasette

from archive.cli import metadata_for
from conftest import ROOT

WIRE = (
    "Fighters of the Islamic State group attacked the Ghuwayran prison in Hasakah on Thursday night, "
    "setting off a car bomb at the main gate while inmates rioted inside, officials of the Syrian "
    "Democratic Forces said. The prison holds several thousand men accused of belonging to the group, "
    "many of them foreigners whose home countries have refused to take them back. Kurdish-led forces "
    "backed by coalition aircraft surrounded the compound on Friday and said they had recaptured dozens "
    "of escaped inmates in the neighbourhoods around it. Residents of the nearby Ghuwayran and al-Zuhour "
    "districts fled north as fighting spread into the streets. The coalition confirmed it had carried "
    "out air strikes in support of the SDF, and said the situation remained fluid. Aid groups warned "
    "that hundreds of boys held in the prison were in danger and called for their safe transfer."
)


def articles(tmp_path):
    edited = WIRE.replace("on Thursday night", "late on Thursday").replace(
        "officials of the Syrian Democratic Forces said", "SDF officials told reporters").replace(
        "Aid groups warned", "Humanitarian organisations warned")
    other = ("Iraq received another convoy of families from al-Hol camp on Tuesday, the third this month, "
             "as Baghdad pressed ahead with a plan to bring home all of its citizens held in the camp. "
             "The families were taken to a rehabilitation centre south of Mosul, where officials said they "
             "would stay for several months before returning to their home districts. ") * 2
    path = tmp_path / "wire.jsonl"
    rows = [
        {"id": "afp-1", "title": "IS fighters storm Syrian prison", "outlet": "Agence France-Presse", "body": WIRE,
         "published": "2022-01-21"},
        {"id": "paper-1", "title": "Jihadists attack Hasakah jail in bid to free comrades", "outlet": "The National",
         "body": edited, "published": "2022-01-22"},
        {"id": "iraq-1", "title": "Convoy leaves al-Hol for Iraq", "outlet": "Rudaw", "body": other,
         "published": "2022-01-25"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_copies_are_stored_and_linked(cli, db_path, tmp_path):
    result = cli("import", db_path, articles(tmp_path), "--silent")
    assert "3 imported" in result.output and "0 skipped as duplicate" in result.output
    rows = {r["title"]: r for r in sqlite_utils.Database(db_path).query("select * from articles")}
    first, copy, other = (rows["IS fighters storm Syrian prison"], rows["Jihadists attack Hasakah jail in bid to free comrades"],
                          rows["Convoy leaves al-Hol for Iraq"])
    assert first["duplicate_of"] is None
    assert copy["duplicate_of"] == first["id"]
    assert 0.5 <= copy["similarity"] < 1.0
    assert other["duplicate_of"] is None
    # Re-importing keeps the link and changes nothing.
    again = cli("import", db_path, tmp_path / "wire.jsonl", "--silent")
    assert "0 imported, 0 updated, 3 unchanged" in again.output
    assert cli("reindex", db_path, "--silent").exit_code == 0


async def test_search_collapses_copies_and_article_page_lists_them(cli, db_path, tmp_path):
    cli("import", db_path, articles(tmp_path), "--silent")
    ds = Datasette([str(db_path)], metadata=metadata_for(db_path, ROOT / "metadata.yml"))
    collapsed = (await ds.client.get("/-/search?q=prison")).text
    assert collapsed.count('class="archive-hit"') == 1
    assert "and 1 other copy of this story" in collapsed
    assert "2 articles match" in collapsed or "<strong>2</strong> articles match" in collapsed
    expanded = (await ds.client.get("/-/search?q=prison&collapse=0")).text
    assert expanded.count('class="archive-hit"') == 2
    first_id = re.search(r'href="/-/article/([0-9a-f]{16})#copies"', collapsed).group(1)
    page = (await ds.client.get(f"/-/article/{first_id}")).text
    assert "Copies of this story" in page and "Jihadists attack Hasakah jail" in page
    table = (await ds.client.get("/archive/articles")).text
    assert 'data-column="duplicate_of"' in table


def test_signature_is_the_minhash_of_blake2b_shingles():
    """Stored signatures stay comparable: the fast signature equals the plain formula (BLAKE2b
    of each word 4-shingle, (a·x + b) mod 2**61-1 wrapping at 2**64, low 32 bits, minimum)."""
    import hashlib

    import numpy as np

    from archive.extract import near_duplicates as near

    text = ("The monitor said 40 civilians fled the town of Hajin on Tuesday as the coalition "
            "pressed its last offensive; aid groups said the camp at al-Hol could take no more. "
            "Officials in Qamishli asked for tents, water and doctors before the winter. ") * 3
    words = re.findall(r"\w+", text.casefold())
    shingles = {" ".join(words[i:i + 4]) for i in range(len(words) - 3)}
    hashes = [int.from_bytes(hashlib.blake2b(s.encode(), digest_size=4).digest(), "little") for s in shingles]
    prime, mask = (1 << 61) - 1, (1 << 32) - 1
    expected = [min((((int(a) * x) % 2**64 + int(b)) % 2**64 % prime) & mask for x in hashes)
                for a, b in zip(near._A, near._B)]
    sig = near.signature(text)
    assert sig.dtype == np.uint64
    assert sig.tolist() == expected
    assert near.signature("too short to compare") is None


def test_band_keys_are_each_bands_blake2b():
    """band_keys (cut from the signature's bytes once, issue #16) gives each band's 8-byte BLAKE2b of
    its number and its values, signed little-endian, as stored keys always were."""
    import hashlib
    import struct

    import numpy as np

    from archive.extract import near_duplicates as near

    rng = np.random.RandomState(7)
    for sig in [rng.randint(0, 2**32, size=near.PERMUTATIONS).astype(np.uint64) for _ in range(20)]:
        sig = near.from_blob(near.to_blob(sig))
        expected = [int.from_bytes(hashlib.blake2b(struct.pack("<B", band)
                                                   + sig[band * near.ROWS:(band + 1) * near.ROWS].tobytes(),
                                                   digest_size=8).digest(), "little", signed=True)
                    for band in range(near.BANDS)]
        assert near.band_keys(sig) == expected
