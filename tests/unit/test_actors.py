"""Actors are organisations under one canonical name; victims are normalised categories."""

from wirewatch.core.extraction.actors import find_actors, find_victims


def test_islamic_state_aliases_are_one_actor():
    text = (
        "Daesh fighters attacked the town; ISIS later said IS men and the Islamic State were there."
    )
    assert find_actors(text) == ["Islamic State"]


def test_taliban_and_shabaab_are_named():
    assert find_actors("The Taliban and al-Shabaab both denied involvement.") == [
        "Taliban",
        "al-Shabaab",
    ]


def test_acting_army_is_an_actor_with_its_country():
    assert find_actors("Nigerian troops repelled a Boko Haram raid.") == [
        "Military Forces of Nigeria",
        "Boko Haram",
    ]


def test_police_as_victims_are_not_actors():
    assert find_actors("Five policemen were killed when their patrol was ambushed.") == []


def test_lone_gunman_is_not_an_organisation():
    assert find_actors("A gunman and a suspect were seen fleeing.") == []


def test_upper_case_copy_does_not_read_is_as_islamic_state():
    assert find_actors("THE FMLN SAID IT IS READY. IT IS CLEAR.") == ["FMLN"]


def test_victims_of_active_verbs():
    assert find_victims("Militants killed at least 12 Iraqi policemen overnight.") == ["police"]


def test_passive_victims():
    assert find_victims("Three soldiers were killed and four civilians wounded.") == [
        "military",
        "civilians",
    ]


def test_perpetrators_are_not_victims():
    assert (
        find_victims("Two gunmen killed a shopkeeper.") == ["civilians"]
        or find_victims("Two gunmen killed a shopkeeper.") == []
    )


def test_children_and_worshippers():
    assert find_victims("A gunman opened fire on worshippers, and two children were hurt.") == [
        "worshippers",
        "children",
    ]


def test_national_forces_are_named_by_country():
    assert find_actors("Ukrainian forces fired mortars at separatist positions.") == [
        "Military Forces of Ukraine"
    ]


def test_protesters_are_an_actor_type():
    assert find_actors("Hundreds of protesters blocked the main road.") == ["Protesters"]
