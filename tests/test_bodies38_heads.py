"""Round 38 (bodies38): where the body starts. A date stamp the header reading left over the text
(with the header's other short lines beside it) is no text; a dateline alone stays. Invented texts."""

import pytest

from archive.extract.body_heads import without_date_stamp

STORY = [
    "Dozens of volunteers cleared the riverbank on Saturday after the spring floods left the lower town covered in mud and broken branches.",
    "The council said the clean-up would continue next weekend, and asked residents to report blocked drains on its website.",
    "Shop owners on the market square said they had reopened, although some cellars were still being pumped out by the fire service.",
    "The fire service said it had pumped out more than forty cellars since Thursday and expected to finish by the middle of the week.",
]


@pytest.mark.parametrize("stamp", [["12.03.2024"], ["12.03.2024 | 09:14 actualizado a las 11:30"],
                                   ["Gesellschaft", "24.01.2023 13:27", "4 821"]])
def test_a_date_stamp_over_the_text(stamp):
    assert without_date_stamp(stamp + STORY) == STORY


@pytest.mark.parametrize("head", [["The Hague / Brussels, 11 July 2024"], ["Bruxelles, le 7 février 2023"],
                                  ["بغداد - واع"], ["SOUTHWEST ASIA –"], ["Crisis overview"]])
def test_a_dateline_alone_opens_the_text(head):
    assert without_date_stamp(head + STORY) == head + STORY


def test_the_headline_again_under_the_stamp():
    from archive.extract.body_heads import finished_start

    title = "Volunteers clear the riverbank after the floods"
    assert finished_start(["Valley Courier", "12 March 2024", title] + STORY, title) == STORY
