"""A local site's home (from its host name) tells namesake towns apart."""

import pytest

from wirewatch.core.extraction import extract_incidents
from wirewatch.core.extraction.source_home import home_place, site_host
from wirewatch.core.models import Article


@pytest.mark.parametrize("url, host", [
    ("https://www.lakeshoreledger.com/news/1", "www.lakeshoreledger.com"),
    ("http://web.archive.org/web/20160101000000/http://www.ohioledger.com:80/a.html",
     "www.ohioledger.com"),
    ("www.ohioledger.com/a", "www.ohioledger.com"),
    ("not a web address", None),
    (None, None),
])
def test_the_host_of_a_page_or_of_the_page_an_archive_captured(url, host):
    assert site_host(url) == host


@pytest.mark.parametrize("url, name", [
    ("https://www.ohioledger.com/a", "Ohio"),  # a state opening the name
    ("https://www.wxyzcleveland.com/a", "Cleveland"),  # a big city closing it
    ("https://chicago.dailywire-example.com/a", "Chicago"),  # a city as a subdomain
    ("https://www.kansascity.com/a", "Kansas City"),  # not the state inside the city's name
    ("https://www.springfieldgazette.com/a", None),  # several big Springfields: no home
    ("https://www.eveningpost-example.com/a", None),
])
def test_a_site_is_at_home_where_its_host_name_says(url, name):
    place = home_place(url)
    assert (place.name if place else None) == name


TEXT = ("Two men were shot outside a bar in Lexington early Saturday, police said. "
        "Both were taken to a hospital.")


def test_the_home_of_the_site_picks_the_namesake():
    plain = extract_incidents(Article(id="a", text=TEXT))[0]
    local = extract_incidents(Article(id="b", text=TEXT, url="https://www.virginianews.com/1"))[0]
    assert plain.location.admin1 == "Kentucky"  # the biggest Lexington, with no other clue
    assert (local.location.name, local.location.admin1) == ("Lexington", "Virginia")


def test_the_text_outweighs_the_home_of_the_site():
    text = TEXT.replace("Lexington", "Lexington, Ky.,")
    local = extract_incidents(Article(id="c", text=text, url="https://www.virginianews.com/1"))[0]
    assert local.location.admin1 == "Kentucky"
