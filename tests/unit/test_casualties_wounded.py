"""Wounded readings: who was hurt and survived, told in ways the main readers miss."""

from __future__ import annotations

import pytest

from tests.casualty_figures import figures


def test_two_words_between_an_age_and_its_noun():
    assert figures("A 41-year-old Norwegian Sami herder was stabbed in the arm.") == (None, 1)


def test_an_age_and_another_phrase_are_two_people():
    text = "A nine-year-old and two adults were shot outside the store. Nobody died."
    assert figures(text)[1] == 3


def test_a_minor_injury_beside_another_figure():
    text = ("No guards were hurt in the attack, though one woman sustained a minor injury "
            "when she fell; the gunman was shot dead by police.")
    assert figures(text) == (1, 1)


def test_a_fatal_wound_beside_another_figure_is_not_more_dead():
    text = "The farmer shot his cousin. The cousin suffered a fatal gunshot wound and he died."
    assert figures(text)[0] == 1


def test_shot_but_survived_is_wounded_beside_the_dead():
    text = ("Two brothers were shot dead at the farm on Monday. Their aunt was shot and beaten "
            "but survived.")
    assert figures(text) == (2, 1)


def test_a_surname_that_suffered_an_injury():
    text = "A rifle went off in the garage. Oyelaran suffered a minor hand injury."
    assert figures(text)[1] == 1


def test_were_hit_without_an_agent_is_shot():
    text = "Gunmen opened fire on the crowd. Four people were hit, including the owner."
    assert figures(text) == (None, 4)


def test_the_others_after_a_part_are_the_rest_of_the_total():
    text = ("Five people were shot at the park. One of the victims, a woman, was shot in the "
            "head. Four other men were shot in the legs.")
    assert figures(text)[1] == 5


def test_the_others_hit_are_the_wounded_told_again():
    text = ("One man died and four others were injured. Three were taken to a hospital. "
            "At least four other victims were also shot.")
    assert figures(text) == (1, 4)


def test_a_surname_struck_by_gunfire():
    assert figures("Gunfire struck Okafor and two other men outside the bar.") == (None, 3)


def test_a_wound_told_through_what_police_say():
    text = ("Three teenagers, ages 15 to 17, sustained what police described as non-life "
            "threatening injuries.")
    assert figures(text) == (None, 3)


def test_an_officer_hurt_as_the_attacker_died_adds_to_the_hurt():
    text = ("The parcel bombs killed two people and injured five. Days later the suspect blew "
            "himself up in his car as troopers approached, also injuring a police officer.")
    assert figures(text)[1] == 6


def test_a_bare_noun_inside_a_list_of_people():
    assert figures("A man, woman and teenager were wounded outside the diner.") == (None, 3)


def test_a_second_person_set_against_the_first_by_while():
    text = "The cousin was shot in the foot, while the neighbour was shot in the shoulder."
    assert figures(text) == (None, 2)


def test_while_within_one_persons_story_is_one_person():
    assert figures("He was shot while he was walking his dog.") == (None, 1)


def test_hurting_after_be_is_grief_not_a_wound():
    text = ("A man was shot dead outside the bakery on Sunday. His sister said she is also "
            "hurting for his children.")
    assert figures(text) == (1, None)


def test_hurting_with_an_object_is_a_wound():
    assert figures("The rifle went off in the shed, hurting a neighbour.") == (None, 1)


def test_she_was_shot_beside_a_dead_boy_is_another_person():
    text = ("A 15-year-old boy was killed in the shooting on Friday. Relatives said Tamsin Orr "
            "is recovering after she was allegedly shot by her former partner.")
    assert figures(text) == (1, 1)


def test_hit_by_shots_is_hit():
    text = "The cook, a waiter and a delivery driver were hit by shots from a passing van."
    assert figures(text) == (None, 3)


def test_a_pronoun_resuming_a_person_after_a_comma_is_that_person():
    assert figures("As for the older boy, he initially was taken to a local hospital.") == (
        None, 1)
    assert figures("One round struck the older boy, he is recovering.") == (None, 1)


def test_another_after_a_pronoun_shooter_is_the_one_he_shot():
    text = ("A man was arrested on Sunday after he accidentally shot another man, killing him, "
            "at a hunting cabin.")
    assert figures(text) == (1, 0)


def test_a_shot_fired_is_no_person_hit():
    assert figures("Investigators said the weapon was a single shot 22 rifle.") == (None, None)
    assert figures("The guard said one shot went through the door.") == (None, None)


def test_one_shot_and_the_other_shot_are_two_people():
    text = "Two men were hurt, one shot in the hip and the other shot in the hand."
    assert figures(text) == (None, 2)


def test_hit_in_one_of_her_legs():
    assert figures("A woman in the van was also hit in one of her legs.") == (None, 1)


def test_others_taken_to_hospital_are_the_rest_of_the_total():
    text = ("Five men were shot outside the diner on Friday. One was treated at the scene. "
            "Three others were taken to hospitals.")
    assert figures(text) == (None, 5)


def test_others_beside_someone_just_told_are_within_the_total():
    text = ("Four students were hurt in the gunfire at the fair. The 19-year-old was struck in "
            "the hip. Three other students were also injured by bullets.")
    assert figures(text) == (None, 4)


def test_people_who_were_shooting_fired_and_were_not_hit():
    text = ("Three of the cousins were shooting rifles behind the barn when a stray bullet "
            "struck a man walking his dog.")
    assert figures(text)[1] == 1

def test_people_told_only_by_a_good_condition_are_hurt():
    text = ("Gunfire broke out at the skating rink on Friday night. All three teenagers are "
            "listed in fair condition at the county hospital.")
    assert figures(text) == (None, 3)


def test_a_survivor_treated_and_released_beside_the_dead():
    text = ("A cashier was shot dead during the robbery. A customer was hit in the crossfire. "
            "He was treated and released from the hospital.")
    assert figures(text) == (1, 1)


def test_the_source_of_a_condition_is_not_among_the_hurt():
    text = ("Shots were fired outside the gym. According to Sergeant Mary Olsen, the two boys "
            "are in stable condition.")
    assert figures(text) == (None, 2)


def test_survivors_in_good_condition_are_not_the_one_who_died():
    text = ("A gunman opened fire at the depot. One of the wounded has died. A clerk and two "
            "other people are in stable condition.")
    assert figures(text)[1] == 3


def test_a_person_of_an_age_after_and_without_an_article():
    text = ("A 6-year-old boy and 41-year-old woman hurt by gunfire on Sunday have been released "
            "from the hospital.")
    assert figures(text) == (None, 2)


def test_taken_to_hospital_in_good_condition_beside_the_dead():
    text = ("A gunman killed two clerks at the pawn shop. The owner and his nephew were both "
            "taken to Eastside General in stable condition.")
    assert figures(text) == (2, 2)


def test_the_bare_verb_wound_after_and():
    text = "The gunman tried to rob the store, and went on to kill a guard and wound two others."
    assert figures(text) == (1, 2)


def test_a_wound_after_with_is_borne_by_the_one_before_it():
    text = (
        "Deputies found Harlow resident Tomas Brecken with several gunshot wounds near "
        "the Pine Ridge Trailer Court."
    )
    assert figures(text)[1] == 1

def test_survivors_told_one_by_one_after_the_dead():
    text = ("A gunman opened fire at a birthday party on Saturday. Marlow Fenn, 31, and Ida "
            "Kessler, 40, were shot. Both were pronounced dead at the scene. A 19-year-old woman "
            "suffered a gunshot wound to her hand. And a 27-year-old woman was taken to a "
            "hospital with gunshot wounds to her leg.")
    assert figures(text) == (2, 2)


def test_survivors_told_beside_a_lone_death():
    text = ("Shots were fired at a parked car on Friday night. Doctors pronounced Walker "
            "dead, a 16-year-old was flown to a hospital and a 22-year-old was hit in the side.")
    assert figures(text) == (1, 2)


def test_a_lone_death_told_again_is_no_survivor():
    text = ("A man was killed in a shooting on Sunday, police said. Officers found a "
            "20-year-old man with a gunshot wound to the chest in the street.")
    assert figures(text)[1] in (0, None)

def test_additional_hurt_as_many_as_told_before_are_told_again():
    text = ("Three people died and four were injured when gunfire broke out at the fair. "
            "Deputies arrived within minutes. An additional four people were hurt, one of them "
            "critically.")
    assert figures(text) == (3, 4)


def test_a_precise_figure_after_a_vague_one_counts_the_same_hurt():
    text = ("Several people were wounded when a man opened fire in the mall. Another 12 were "
            "wounded, the police chief said later.")
    assert figures(text)[1] == 12


def test_both_told_after_one_also_hit_counts_that_one():
    text = ("A man died after a fight outside the diner turned into a shooting. A 30-year-old "
            "woman was also shot during the exchange. Both victims were taken to the hospital.")
    assert figures(text) == (1, 1)


def test_wounds_before_a_count_is_the_headline_verb():
    assert figures("Sniper wounds four outside a diner in Kettering.")[1] == 4


def test_a_female_hit_after_a_man_killed_is_someone_else():
    # One table of sex words for every reader: "female" sets her apart from the dead man.
    text = (
        "A man was killed in a shooting on Elm Street late Friday, police said. "
        "A female was shot in the arm."
    )
    assert figures(text) == (1, 1)

def test_someone_recovering_after_a_shooting_is_hurt():
    text = "A retired farmer is recovering in the hospital after a hunting rifle went off."
    assert figures(text) == (None, 1)


def test_others_recovering_beside_the_dead_are_hurt():
    text = "Two brothers were shot dead near the market. Three cousins are now recovering."
    assert figures(text) == (2, 3)


def test_recovering_an_object_or_in_critical_condition_tells_no_one_hurt():
    assert figures("Divers are recovering the rifle from the lake.") == (None, None)
    text = "A porter was shot. He is recovering in critical condition."
    assert figures(text) == (None, 1)


def test_a_headline_shoots_oneself_in_a_limb_is_one_hurt():
    assert figures("Hunter accidentally shoots himself in foot near lake") == (None, 1)


def test_a_self_inflicted_wound_to_a_limb_is_one_hurt():
    text = "A 15-year-old girl suffered a self-inflicted gunshot wound to the hand at a campsite."
    assert figures(text) == (None, 1)


def test_a_self_inflicted_wound_elsewhere_is_left_to_the_other_readers():
    text = "The gunman suffered a self-inflicted gunshot wound and died."
    assert figures(text)[1] is None


def test_counted_shooting_victims_are_people_hit():
    text = ("Deputies found five shooting victims outside the arena on Saturday, and two of them "
            "died at the scene.")
    assert figures(text) == (2, 3)


def test_another_gunshot_victim_adds_one_hit():
    text = "A clerk was shot dead at the pawn shop. Another gunshot victim walked into a clinic."
    assert figures(text) == (1, 1)


def test_shooting_victims_as_a_yearly_figure_or_a_part_are_no_group():
    assert figures("The county has seen 88 gunshot victims this year.") == (None, None)
    assert figures("Two of the shooting victims left the clinic.") == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "The city has now recorded 57 shooting victims since the spring.",
        "The county has counted 60 shooting victims across the state.",
        "Clinics treated 31 gunshot victims during 2011.",
        "Surgeons there see four gunshot victims each week.",
    ],
)
def test_shooting_victims_over_a_span_of_time_are_a_running_figure(text):
    """The spans of time closing a running figure are those `background.py` reads."""
    assert figures(text) == (None, None)


def test_a_supposed_shooting_victim_is_not_counted():
    text = (
        "Two men were shot outside a pool hall on Friday night and both survived. "
        "Officers said there may be a third shooting victim who left before they arrived."
    )
    assert figures(text) == (None, 2)
