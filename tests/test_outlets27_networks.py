"""Round 27 (outlets27): a group's or network's brand taken for the outlet, where the page names its title."""

from archive.extract.outlet_names import is_known
from archive.extract.outlet_networks import network_title, part_of_title


def test_part_of_line_names_the_title_over_a_web_brand():
    foot = ["Follow Lakeshire Live", "Lakecity Courier, part of Harbourline plc"]
    assert part_of_title("LakeshireLive", foot, is_known) == "Lakecity Courier"
    assert part_of_title(None, ["Lakecity Courier is part of Harbourline Media"], is_known) == "Lakecity Courier"
    assert part_of_title("Lakecity Courier", foot, is_known) is None  # the outlet is the title already
    assert part_of_title("LakeshireLive", ["The valley is part of the province."], is_known) is None


def test_network_brand_yields_to_the_head_title_the_file_name_spells():
    lines = ["Tidewave", "The Northport Gazette", "News > Local", "Ferry service resumes after storm",
             "Body of the story.", "Share", "Tidewave Network"]
    path = "/tmp/saved/northport gazette ferry story.txt"
    assert network_title("Tidewave", lines, path, is_known) == "The Northport Gazette"
    assert network_title("Tidewave", lines[:-1], path, is_known) is None  # no group's word after the brand
    assert network_title("Tidewave", lines, "/tmp/saved/story.txt", is_known) is None  # nothing confirms the title


def test_network_brand_yields_to_a_title_the_page_writes_again():
    lines = ["Tidewave", "Northport Gazette", "Ferry service resumes after storm", "Body of the story.",
             "Sign up to the Northport Gazette newsletter", "© Tidewave Media Group"]
    assert network_title("Tidewave", lines, None, is_known) == "Northport Gazette"
