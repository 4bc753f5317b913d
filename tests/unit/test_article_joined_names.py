"""A name joined to an Arabic article and a second word is part of a longer name."""

from tests.place_readings import main_location
from wirewatch.core.extraction.article_joined_names import part_of_longer_arabic_name


def test_head_of_a_longer_name_is_no_place_of_its_own():
    loc = main_location("A roadside bomb killed a driver in Mafraq ar Rummanah area (Homs).")
    assert (loc.country_code, loc.admin1) == ("SY", "Homs")


def test_tail_of_a_longer_name_is_no_place_of_its_own():
    loc = main_location("Shelling wounded four people in Jabal al-Zawiya on Monday.")
    assert loc.country_code != "LY"


def test_english_words_and_town_parts_are_not_articles():
    text = "Gunmen attacked Mosul as Iraqi forces withdrew; a bomb hit Baghdad al-Jadida."
    assert not part_of_longer_arabic_name(text, 15, 20)
    start = text.index("Baghdad")
    assert not part_of_longer_arabic_name(text, start, start + 7)
    title = "Five Shot During Party At Kankakee Banquet Hall"
    start = title.index("At Kankakee")
    assert not part_of_longer_arabic_name(title, start, start + 11)
