"""A name written with a region's type word ("Lagos State") votes for that region's country."""

from wirewatch.core.extraction import extract_incidents
from wirewatch.core.models import Article


def test_state_word_settles_the_country_against_a_bigger_namesake():
    text = (
        "Street vendors rioted on a highway of Lagos State near Columbia bus stop, burning "
        "two vehicles."
    )
    loc = extract_incidents(Article(id="region-type-test", text=text))[0].location
    assert (loc.country_code, loc.admin1) == ("NG", "Lagos")
