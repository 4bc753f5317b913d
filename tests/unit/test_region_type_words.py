"""A name written with a region's type word ("Lagos State") votes for that region's country."""

from tests.place_readings import main_location


def test_state_word_settles_the_country_against_a_bigger_namesake():
    text = (
        "Street vendors rioted on a highway of Lagos State near Columbia bus stop, burning "
        "two vehicles."
    )
    loc = main_location(text)
    assert (loc.country_code, loc.admin1) == ("NG", "Lagos")
