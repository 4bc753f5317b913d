"""Event types follow ACLED's categories from cue words."""

from wirewatch.core.extraction.event_types import classify_event


def test_suicide_bombing_is_more_specific_than_an_attack():
    assert classify_event("A suicide bomber attacked worshippers at a mosque, killing seven.") == (
        "Explosions/Remote violence",
        "Suicide bomb",
    )


def test_roadside_bomb_is_an_ied():
    assert classify_event("A roadside bomb struck a minibus, killing four passengers.")[1] == (
        "Remote explosive/landmine/IED"
    )


def test_air_strike():
    assert (
        classify_event("Warplanes carried out air strikes on rebel positions.")[1]
        == "Air/drone strike"
    )


def test_shelling():
    assert classify_event("Artillery shelling hit the eastern districts overnight.")[1] == (
        "Shelling/artillery/missile attack"
    )


def test_clash_is_a_battle():
    assert classify_event("Troops clashed with insurgents for several hours.") == (
        "Battles",
        "Armed clash",
    )


def test_attack_on_police_is_a_battle_by_acled_convention():
    assert classify_event("Gunmen attacked a checkpoint, killing five policemen.") == (
        "Battles",
        "Armed clash",
    )


def test_shooting_of_civilians_is_violence_against_civilians():
    assert classify_event("A gunman opened fire at a party, killing two women.") == (
        "Violence against civilians",
        "Attack",
    )


def test_kidnapping():
    assert classify_event("Armed men kidnapped 20 students from a school.")[1] == (
        "Abduction/forced disappearance"
    )


def test_workers_strike_is_a_protest_not_an_air_strike():
    assert classify_event("Teachers went on strike over unpaid wages.") == (
        "Protests",
        "Peaceful protest",
    )


def test_riot():
    assert classify_event("Rioters looted shops and torched cars downtown.")[0] == "Riots"


def test_earthquake_is_a_disaster():
    assert classify_event("A strong earthquake killed 30 villagers.") == ("Disaster", "Earthquake")


def test_bus_crash_is_an_accident():
    assert classify_event("A bus crash on the highway killed 12 passengers.") == (
        "Accident",
        "Transport accident",
    )


def test_nothing_violent_has_no_type():
    assert classify_event("The council approved the new budget.") == (None, None)


def test_the_opening_sentence_names_the_event_over_later_means():
    text = (
        "Militants killed nine policemen in an overnight attack on a checkpoint. "
        "They had planted roadside bombs to slow reinforcements, and a firefight lasted hours."
    )
    assert classify_event(text) == ("Battles", "Armed clash")
