"""Killed counts: readings of deaths phrased in ways the reader used to miss."""

from __future__ import annotations

from tests.casualty_figures import figures
from wirewatch.core.extraction.sentences import split_sentences


def test_a_clock_time_can_close_a_sentence():
    text = "Deputies were called at 2:15 a.m. Okafor was pronounced dead at the scene."
    assert [s.text for s in split_sentences(text)][-1] == "Okafor was pronounced dead at the scene."
    assert figures(text) == (1, None)


def test_a_clock_time_followed_by_a_day_goes_on():
    text = "The shots rang out at 9 p.m. Friday near the depot in Pueblo."
    assert len(split_sentences(text)) == 1


def test_victims_told_through_a_possessor_are_the_object():
    text = "A man shot and killed his landlord's two sons in Fresno."
    assert figures(text) == (2, None)


def test_lives_claimed_are_the_dead():
    assert figures("The ambush near Gulu claimed nine lives.") == (9, None)


def test_lives_claimed_are_not_the_subject_of_the_wounded():
    text = "A blast at the Kasese market claimed 4 traders lives and another 5 were injured."
    assert figures(text) == (4, 5)


def test_brain_death_is_death():
    assert figures("Doctors at the clinic in Toledo declared the boy brain dead.") == (1, None)


def test_a_place_between_the_subject_and_died_is_skipped():
    assert figures("A soldier at the Kibera checkpoint died of his wounds.") == (1, None)


def test_bare_kin_listed_after_a_possessive_each_count():
    text = "Deputies say a farmer in Salina shot and killed his wife, son and niece."
    assert figures(text) == (3, None)


def test_an_attacker_killed_is_not_one_of_those_he_stabbed():
    text = "Two men stormed a cafe, stabbing 4 diners. One of the attackers was shot dead."
    assert figures(text) == (1, 4)


def test_a_bare_including_part_before_the_participle_leaves_the_whole():
    text = "Nine died and over 60 more including 12 pupils injured in the Kisumu blast."
    assert figures(text) == (9, 60)


def test_a_headline_comma_joins_shot_and_killed():
    assert figures("Teen shot in the back, killed near Akron park") == (1, 0)


def test_a_title_case_headline_verb_is_no_surname():
    assert figures("Farmer Dies After Shooting Near Lubbock Ranch") == (1, None)


def test_one_who_also_died_after_a_counted_toll_is_one_of_it():
    text = ("Two people were killed in a shooting at a Tulsa car wash. Jamal Okonkwo, 19, died "
            "at the scene. Police said Dana Farrow, 22, also died at a hospital.")
    assert figures(text) == (2, None)


def test_one_who_also_died_after_a_list_of_named_dead_is_one_more():
    text = ("Gunmen shot and killed Obrecht, his wife Lena Obrecht, and his son Tomas in Laredo. "
            "Their neighbour, Arlo Pruitt, was also shot and killed in the attack.")
    assert figures(text) == (4, None)


def test_more_dead_after_a_toll_told_one_by_one_are_its_rest():
    text = ("Three people were killed in a shooting at a Reno motel. A 40-year-old woman was "
            "pronounced dead at the scene. Two more people died at a hospital.")
    assert figures(text) == (3, None)


def test_an_unborn_child_told_with_the_dead_is_not_counted_apart():
    text = "Two people and an unborn baby were killed when a man opened fire in a Provo duplex."
    assert figures(text) == (2, None)


def test_an_unborn_child_told_alone_is_the_death():
    assert figures("A pregnant woman was shot in Ogden and her unborn baby was killed.")[0] == 1


def test_an_age_told_in_an_aside_is_one_of_the_group():
    text = "Two women, one 19 years old, and a 30-year-old man were killed outside a Joliet bar."
    assert figures(text) == (3, None)


def test_hurt_and_then_pronounced_dead_is_one_death():
    text = "The clerk suffered a gunshot wound to the chest and was later pronounced dead."
    assert figures(text) == (1, 0)


def test_a_name_tells_no_role_and_may_be_one_of_the_dead_counted():
    text = ("Two deputies were killed in an ambush near Yuba. "
            "Marcus Hale, 47, was killed at the scene.")
    assert figures(text) == (2, None)


def test_shots_counted_in_times_are_no_people():
    assert figures("Police then shot three more times, killing the robber in Boise.") == (1, None)


def test_one_dead_told_in_two_roles_is_one_person():
    text = ("A state trooper was shot dead near Cody. "
            "The gunman killed the father of three with a rifle.")
    assert figures(text) == (1, None)


def test_a_sentence_telling_one_more_dead_adds_another_role():
    text = "A soldier was killed in the raid near Gao. Additionally, a shepherd was shot dead."
    assert figures(text) == (2, None)


def test_everyone_named_before_dead_is_dead():
    text = "Deputies in Harlan found a grandmother and her two grandsons dead in a cabin."
    assert figures(text) == (3, None)


def test_the_attacker_found_dead_after_killing_another_is_not_his_victim_told_again():
    text = (
        "A Dover man killed his wife before turning the gun on himself. "
        "Deputies said he was found dead in the barn."
    )
    assert figures(text) == (2, None)


def test_a_child_who_shot_himself_is_one_death():
    text = "A 4-year-old boy found a pistol and shot himself. The toddler died at the hospital."
    assert figures(text) == (1, 0)


def test_people_named_one_by_one_before_a_plural_verb_each_count():
    text = "Okonkwo, Vasquez and Thibodeaux were pronounced dead at the scene in Tulsa."
    assert figures(text) == (3, None)


def test_full_names_with_ages_listed_before_died_each_count():
    text = "Ada Brennick, 41; Tomas Quell, 19; and Rhea Fontaine, 33, died in the Ogden shooting."
    assert figures(text) == (3, None)


def test_a_headline_ordinal_death_brings_the_toll_to_that_number():
    text = "Fourth victim dies after Elmwood block party shooting. He had been in a coma."
    assert figures(text)[0] == 4


def test_an_ordinal_death_further_down_is_not_read_as_a_toll():
    text = "Two men were shot in Elmwood. Across town, a third man died in a separate crash."
    assert figures(text)[0] != 3

def test_a_dead_suspect_told_again_by_a_word_pointing_back_is_one_death():
    text = ("A burglary suspect was shot and killed by a homeowner in Bexley on Sunday. "
            "The teen died at the scene, deputies said.")
    assert figures(text)[0] == 1


def test_someone_new_killed_beside_a_dead_suspect_is_another_death():
    text = ("A burglary suspect was shot and killed by deputies in Bexley on Sunday. "
            "Earlier, a neighbor of the family, Tom Pike, was killed at his door.")
    assert figures(text)[0] == 2


def test_bodies_found_after_a_murder_suicide_take_in_the_one_who_took_his_life():
    text = ("Deputies found the bodies of three people in a farmhouse near Elkton. "
            "A man shot his wife and son before killing himself, the sheriff said.")
    assert figures(text)[0] == 3


def test_the_dead_victims_of_a_murder_suicide_leave_him_out():
    text = ("Deputies found three dead victims in a farmhouse near Elkton. "
            "The gunman then killed himself, the sheriff said.")
    assert figures(text)[0] == 4


def test_deaths_hoped_for_or_that_should_have_been_are_no_deaths():
    assert figures("Detectives said the bomber had hoped to kill dozens at the fair.")[0] is None
    assert figures("There should have been four or five people dead that night.")[0] is None
    assert figures("To kill two boys who had their whole lives ahead?")[0] is None


def test_ages_told_in_words_between_listed_names_are_no_names():
    text = ("Ilse Varnum, 61, Nora Varnum, 27 and pregnant, and Cal Varnum, six years old, "
            "were shot dead in a farmhouse near Boise.")
    assert figures(text) == (3, None)


def test_ones_own_parents_are_two_people():
    assert figures("A Galena teenager shot and killed his parents and two sisters.") == (4, None)


def test_kin_inside_a_relative_clause_are_not_the_subject():
    text = "Her nephew, who adored his aunt and uncle, was shot and killed outside a Macon diner."
    assert figures(text) == (1, None)


def test_a_death_denied_is_no_death():
    text = ("Two hikers were shot dead near Moab. Rangers found no sign that the shooter "
            "killed himself.")
    assert figures(text) == (2, None)


def test_names_after_a_counted_group_are_that_group():
    text = "Her two cousins, Lio Banner, 14, and Pell Banner, 17, were killed in Yuma."
    assert figures(text) == (2, None)


def test_dead_introduced_one_by_one_by_name_and_age_add_up():
    text = (
        "Gunfire broke out at a cookout in Dayton late Saturday. "
        "Marla Quince, 31, was shot in the neck and was pronounced dead at the scene. "
        "Desmond Ferro, 27, was driven to Miami Valley Hospital, where he died an hour later."
    )
    assert figures(text)[0] == 2


def test_named_dead_are_not_added_beyond_a_count_told():
    text = (
        "One person died in the cookout shooting in Dayton. "
        "Marla Quince, 31, was pronounced dead at the scene. "
        "Desmond Ferro, 27, was pronounced dead at a hospital."
    )
    assert figures(text)[0] == 1


def test_named_dead_with_another_death_between_are_a_round_up():
    text = (
        "Marla Quince, 31, was pronounced dead at the scene. "
        "On Friday a man was killed in a separate shooting across town. "
        "Desmond Ferro, 27, was pronounced dead at a hospital."
    )
    assert figures(text)[0] == 1


def test_those_shot_in_a_murder_suicide_are_dead():
    text = "Deputies say a Laramie man shot his stepdaughter and then himself in a murder-suicide."
    assert figures(text) == (2, 0)


def test_an_attempted_murder_suicide_kills_nobody_by_its_name():
    text = "A Laramie man shot his wife and then himself in an attempted murder-suicide."
    assert figures(text)[0] is None


def test_an_attacker_killed_before_being_shot_by_police_is_dead():
    text = "A man killed a cashier at a Boise pawn shop before being fatally shot by officers."
    assert figures(text)[0] == 2


def test_one_shot_after_being_shot_by_police_is_no_attacker():
    text = "A cashier at a Boise pawn shop died after being shot by officers."
    assert figures(text)[0] == 1

def test_a_singular_verb_after_two_names_tells_one_death():
    text = "The farm belongs to Rui Okafor and Lena Okafor, who was also killed in the attack."
    assert figures(text) == (1, None)


def test_a_comma_list_before_was_killed_is_one_person():
    text = "Said the coroner, Dale Quint, Ray Marsh, 44, from Bellport was killed at the depot."
    assert figures(text) == (1, None)


def test_a_photo_credit_before_dies_is_not_a_second_victim():
    text = "Staff photo: Jo Rand, Herald Man, 70, dies in a shooting at his store"
    assert figures(text) == (1, None)


def test_had_been_is_plural_too():
    text = "Deputies found that a nine-year-old girl and a 12-year-old boy had been shot dead."
    assert figures(text) == (2, None)


def test_people_added_before_a_singular_verb_still_count():
    text = "In addition to four raiders, at least one guard was killed in the assault on the depot."
    assert figures(text) == (5, None)


def test_a_part_of_those_who_were_shot_is_the_dead():
    text = "The sheriff said two of the five men who were shot died at the scene."
    assert figures(text)[0] == 2


def test_which_of_the_victims_died_tells_no_toll_of_its_own():
    text = "It was unclear which of the three victims was declared dead at the clinic."
    assert figures(text)[0] is None
