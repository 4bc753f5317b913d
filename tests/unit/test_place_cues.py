"""'the countryside of X' places an event in X as strongly as 'in X'."""

from tests.place_readings import main_location


def test_countryside_of_is_a_place_cue():
    text = (
        "Government gunners shelled farms around Tell Kuran in the southern countryside of "
        "Idleb. Russian drones were seen over the area."
    )
    loc = main_location(text)
    assert (loc.country_code, loc.admin1) == ("SY", "Idlib")
