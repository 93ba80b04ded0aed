"""A day's whole name with the Arabic article after a byline is no glued word (round 28, coll8's five
Arabic bylines stored with a stray "ال"): byline_dates.unglued_date splits only a word that is a name
glued to a day's or month's name, never one that is the day's name itself."""

from archive.extract.bylines import byline
from archive.extract.byline_dates import unglued_date


def test_a_days_name_with_its_article_stays_whole():
    assert byline("كتبت: ليلى الساعدي الأحد 25/09/2022 - 29 صفر 1444 هـ") == ("ليلى الساعدي", None)
    assert byline("بقلم: عمر الناصر الخميس 03/11/2022") == ("عمر الناصر", None)


def test_a_name_glued_to_the_day_is_still_parted():
    assert unglued_date("سامر الحلبيالأربعاء 05 نيسان 2023") == "سامر الحلبي الأربعاء 05 نيسان 2023"
    assert unglued_date("Jane DoeWednesday 5 April 2023") == "Jane Doe Wednesday 5 April 2023"
