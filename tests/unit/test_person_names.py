"""People whose names are also places are read as people."""

from wirewatch.core.extraction import extract_incidents
from wirewatch.core.extraction.person_names import given_names, person_words
from wirewatch.core.extraction.place_mentions import TOKEN_RE
from wirewatch.core.extraction.places import locate
from wirewatch.core.models import Article


def test_the_census_given_names_ship_with_the_package():
    assert {"tamika", "brittany", "diego"} <= given_names()
    assert len(given_names()) > 5000


def test_a_surname_that_names_a_country_is_the_person():
    text = (
        "A boy was shot while playing with a gun at home on Tuesday. Tamika Jordan said her "
        "nephew found the gun in a closet. Jordan walked in and was shot in the head, she said."
    )
    assert locate(text).country_code != "JO"


def test_a_given_name_repeated_alone_is_still_the_person():
    text = (
        "A man was shot on Elm Street on Sunday, police said. Neighbor Brittany Hale called "
        "911. Brittany told reporters she heard four shots. Brittany said the man was 30."
    )
    assert locate(text).country_code != "FR"


def test_a_given_name_that_names_a_region_abroad_is_the_person():
    text = (
        "TWO BODYGUARDS WERE WOUNDED IN AN ATTACK IN THE CITY OF CALI TODAY.  OUR REPORTER "
        "DIANA QUINTERO SENT THIS REPORT FROM THE SCENE."
    )
    assert extract_incidents(Article(id="cali", text=text))[0].location.country_code == "CO"


def test_a_place_cue_keeps_a_bare_repeat_a_place():
    text = (
        "Reporter Tamika Jordan wrote from Amman. Two soldiers were killed in Jordan on "
        "Monday when a bomb hit their patrol."
    )
    assert locate(text).country_code == "JO"


def test_the_end_of_a_place_name_is_no_given_name():
    text = "Gunmen shot two men in San Francisco Zapotitlan on Sunday."
    tokens = list(TOKEN_RE.finditer(text))
    assert person_words(text, tokens, frozenset()) == (set(), set())
