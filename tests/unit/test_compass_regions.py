"""A region named only by a compass point is read as that region only where it stands alone."""

from tests.place_readings import main_location
from wirewatch.core.extraction.compass_regions import only_compass_words


def test_compass_word_before_a_name_is_part_of_that_name():
    loc = main_location(
        "Unknown gunmen wounded a farmer in the town of Eastern Ghariya in the countryside "
        "of Dar'a."
    )
    assert (loc.country_code, loc.admin1) == ("SY", "Daraa")


def test_compass_word_after_a_name_is_part_of_that_name():
    loc = main_location("Gunmen shot dead a teacher in Kopay South-West, near Jaffna.")
    assert (loc.country_code, loc.admin1) == ("LK", "Northern")


def test_compass_region_standing_alone_is_still_the_region():
    loc = main_location("Separatists killed two soldiers in South-West, officials said.")
    assert (loc.country_code, loc.admin1) == ("CM", "South-West")
    loc = main_location("Two soldiers were killed in an ambush in the South-West region on Monday.")
    assert (loc.country_code, loc.admin1) == ("CM", "South-West")


def test_only_compass_words():
    assert only_compass_words("South-West")
    assert only_compass_words("North Central")
    assert not only_compass_words("West Bank")
