"""'the countryside of X' places an event in X as strongly as 'in X'."""

from wirewatch.core.extraction import extract_incidents
from wirewatch.core.models import Article


def test_countryside_of_is_a_place_cue():
    text = (
        "Government gunners shelled farms around Tell Kuran in the southern countryside of "
        "Idleb. Russian drones were seen over the area."
    )
    loc = extract_incidents(Article(id="cue-test", text=text))[0].location
    assert (loc.country_code, loc.admin1) == ("SY", "Idlib")
