"""Casualty-free events analysts count (protests, air strikes, arrests, beatings) are
incidents with their ACLED type; plain general news stays without an incident."""

import pytest

from wirewatch.core.event_types import types_compatible
from wirewatch.core.extraction import extract_incidents
from wirewatch.core.models import Article


def _incidents(text: str):
    return extract_incidents(Article(id="t", text=text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Retired miners assembled at the town square before marching to the company's "
            "head office in Kitwe.",
            ("Protests", "Peaceful protest"),
        ),
        (
            "Students chanted slogans against the new fees outside the parliament in Nairobi.",
            ("Protests", "Peaceful protest"),
        ),
        (
            "Air force jets struck positions held by the rebels near Tarhuna on Friday.",
            ("Explosions/Remote violence", "Air/drone strike"),
        ),
        (
            "Soldiers have taken control of the old customs buildings in the port of Misrata.",
            ("Battles", "Government regains territory"),
        ),
        (
            "A bus depot was burnt by angry commuters in Harare after fares doubled.",
            ("Riots", "Violent demonstration"),
        ),
        (
            "Police arrested six people in the market district of Kano on charges of "
            "belonging to a banned group.",
            ("Strategic developments", "Arrests"),
        ),
        (
            "Twelve young men were arrested in the village of Rampur after the festival.",
            ("Strategic developments", "Arrests"),
        ),
        (
            "Insurgents detained a village chief near Bunia on Thursday.",
            ("Strategic developments", "Arrests"),
        ),
        (
            "Villagers of the Santa Rosa district beat a man suspected of stealing cattle.",
            ("Riots", "Mob violence"),
        ),
    ],
)
def test_casualty_free_event_is_an_incident_with_its_type(text, kind):
    incidents = _incidents(text)
    assert len(incidents) == 1
    assert incidents[0].killed is None
    assert (incidents[0].event_type, incidents[0].sub_event_type) == kind


@pytest.mark.parametrize(
    "text",
    [
        "The central bank held interest rates steady on Thursday, citing slowing inflation.",
        "The city council approved a new budget for road repairs and school meals.",
        "The team have beaten their rivals twice this season and lead the table.",
        "The Jets struck first with a long touchdown pass in the opening quarter.",
        "A cook was burned by hot oil at a restaurant kitchen on Main Street.",
        "The union took their grievances to the labour court, which will rule next month.",
        "Police said the inquiry is continuing and asked anyone with information to call.",
        "Police arrested a man in Hull on suspicion of shoplifting from a bakery.",
    ],
)
def test_general_news_without_an_event_has_no_incident(text):
    assert _incidents(text) == []


def test_an_arrest_never_displaces_the_shooting():
    text = (
        "Two men were shot dead outside a bar in Dayton on Saturday night. "
        "Police arrested three people nearby on Sunday."
    )
    incidents = _incidents(text)
    assert incidents[0].killed == 2
    assert incidents[0].sub_event_type != "Arrests"


def test_an_arrest_is_never_told_as_a_disaster():
    assert not types_compatible("Arrests", "Flood")
