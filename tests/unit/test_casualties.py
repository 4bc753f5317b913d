"""Casualty reading, one sentence at a time: who was killed or wounded, and how many."""

from __future__ import annotations

import pytest

from tests.casualty_figures import figures
from wirewatch.core.extraction.casualties import read_casualties
from wirewatch.core.extraction.sentences import Sentence, split_sentences
from wirewatch.core.extraction.tally import tally


def test_passive_subject_is_counted():
    assert figures("Seven villagers were killed on Monday.") == (7, None)


def test_active_object_is_counted():
    assert figures("Rebels attacked the convoy, killing four soldiers.") == (4, None)


def test_killed_and_wounded_in_one_sentence():
    assert figures("Gunmen killed five people and wounded eleven others at the market.") == (5, 11)


def test_coordinated_victims_add_up():
    assert figures("Two police officers and a civilian were killed in the blast.") == (3, None)


def test_parts_are_not_added_to_the_whole():
    text = "Nine guards were killed in the raid. Two of the guards were killed by a roadside bomb."
    assert figures(text)[0] == 9


def test_including_aside_is_a_part():
    assert figures("Six people, including two children, were killed.")[0] == 6


def test_a_stated_total_covers_its_groups():
    text = (
        "At least 30 people were killed in two raids. Fighters killed 10 soldiers at the base "
        "and later killed 20 villagers nearby."
    )
    assert figures(text)[0] == 30


def test_different_groups_in_different_sentences_add_up():
    text = "Eight soldiers were killed in the ambush. Five militants were also killed."
    assert figures(text)[0] == 13


def test_toll_update_replaces_the_earlier_figure():
    text = "Four people were killed in the explosion. Later the death toll rose to 15."
    assert figures(text)[0] == 15


def test_attackers_killed_are_counted():
    text = "A gunman shot dead three customers before police killed the gunman."
    assert figures(text)[0] == 4


def test_attacker_included_in_total_is_not_added_again():
    text = "Five people, including the gunman, died. The gunman killed himself."
    assert figures(text)[0] == 5


def test_repeated_figure_is_counted_once():
    text = "Three people were killed in the attack. Police said three people were killed."
    assert figures(text)[0] == 3


def test_shot_then_died_is_killed_not_wounded():
    assert figures("A man was shot on Elm Street. He died at the hospital.") == (1, 0)


def test_shot_one_fatally_splits_killed_and_wounded():
    assert figures("Four teenagers were shot, one fatally, near the park.") == (1, 3)


def test_others_after_killed_are_the_wounded():
    text = "One man was killed and two others were injured. Two others were injured, police said."
    assert figures(text) == (1, 2)


def test_another_victim_adds_to_the_toll():
    assert figures("One woman died at the scene. Another man died later in hospital.")[0] == 2


def test_no_one_hurt_is_an_explicit_zero():
    assert figures("A bomb exploded near the bank. No one was hurt.") == (None, 0)


def test_age_is_not_a_count():
    assert figures("Maria Lopez, 34, was killed in the shooting.")[0] == 1


def test_hyphenated_age_is_not_a_count():
    assert figures("A 15-year-old boy was shot dead outside his school.")[0] == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "About 2,500 U.S. troops remain in the country after the attack killed no one.",
        "The blast destroyed 12 vehicles, police said.",
        "The attack happened 110 km north of the capital.",
        "In 2017 the group was defeated.",
        "Officials offered $250,000 for information about the attack.",
    ],
)
def test_numbers_of_other_things_never_count(sentence):
    killed, wounded = figures(sentence)
    assert not killed and not wounded


def test_upper_case_wire_copy_is_read():
    text = "TERRORISTS KILLED THREE PEASANTS AND WOUNDED TWO SOLDIERS IN THE ATTACK."
    assert figures(text) == (3, 2)


def test_upper_case_singular_victim_is_one_person():
    assert figures("JOSE MARIA PEREZ, 45, WAS KILLED BY UNIDENTIFIED MEN.")[0] == 1


def test_assassination_of_a_named_person_is_one_killed():
    assert figures("The government condemned the assassination of Minister Ana Ruiz.")[0] == 1


def test_evidence_points_into_the_text():
    text = "Rebels attacked the convoy, killing four soldiers."
    sentence = split_sentences(text)[0]
    evidence = tally(read_casualties(sentence)).evidence[0]
    assert evidence.value == 4
    assert text[evidence.start : evidence.end] == evidence.sentence
    assert evidence.phrase == "killing four soldiers"


def test_non_ascii_text_is_read():
    text = "Militants killed 6 civilians in Kunduz — officials said — and wounded 3 in Bāmyān."
    assert figures(text) == (6, 3)


def test_sentence_without_report_words_gives_nothing():
    assert read_casualties(Sentence("The council met on Tuesday.", 0, 27)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four people were shot at a birthday party early Sunday.", (None, 4)),
        ("Two men were shot at about 1 a.m. outside the club.", (None, 2)),
        ("A guard was shot at close range and survived.", (None, 1)),
        ("The suspect shot at deputies before driving off.", (None, None)),
        ("Someone shot at a parked van overnight; nobody was inside.", (None, None)),
    ],
)
def test_shot_at_a_place_or_time_is_a_hit_shot_at_someone_is_not(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The explosion killed the attacker and three police officers.", 4),
        ("The blast killed the bomber and six others.", 7),
        ("The blast killed a guard and two porters.", 3),
    ],
)
def test_a_definite_object_after_the_verb_starts_the_list_of_victims(text, killed):
    assert figures(text)[0] == killed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine rebels were killed and a farmer and two rebels were injured.", (9, 3)),
        ("Four guards were killed while another guard was wounded.", (4, 1)),
        ("Three people, including a nurse and a driver, were killed and a boy was hurt.",
         (3, 1)),
    ],
)
def test_a_passive_verb_takes_no_object_from_the_next_clause(text, expected):
    assert figures(text) == expected


def test_people_named_by_surname_count_one_each():
    assert figures("Gunmen fired on a trader and his son. Okafor and Eze were killed.") == (2, None)
    assert figures("Karim, Bello and Musa were killed when the bus was ambushed.") == (3, None)


def test_the_children_of_a_parent_are_not_a_casualty_count():
    assert figures("Grandmother of 12 dies after house fire") != (12, None)
    assert figures("A mother of four was shot dead outside her home.") == (1, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Riverside boy dies from gunshot wound", (1, None)),
        ("KSP: Local man killed in crash on Route 9", (1, None)),
        ("Police arrest man after two killed", (2, None)),
    ],
)
def test_a_headlines_bare_subject_is_one_person(text, expected):
    assert figures(text) == expected


def test_the_survivors_told_again_as_others_are_not_added():
    text = ("Nine people were shot, one fatally, outside a bar on Sunday. "
            "Eight others were shot and taken to hospital, police said.")
    assert figures(text) == (1, 8)


@pytest.mark.parametrize("text, expected", [
    # deaths among the wounded come off only a count that can hold them
    ("A teenager who was shot on Sunday has died, police said.", (1, 0)),
    ("A man wounded in a shooting at a gas station last week has since died.", (1, 0)),
    ("A clerk hospitalized after the robbery has died, her family said.", (1, 0)),
    ("Two men who were shot outside a bar on Friday have since died.", (2, 0)),
    ("Two officers were wounded by a gunman who later died.", (1, 2)),  # he died, not they
    ("Three people were wounded before the protests later died down.", (None, 3)),
    ("Officers found a man with a gunshot wound in the yard. He died at the hospital.", (1, 0)),
    ("Three men were shot dead. A fourth man with a gunshot wound is in hospital.", (3, 1)),
])
def test_people_hurt_who_later_died_are_counted_once_as_dead(text, expected):
    assert figures(text) == expected



@pytest.mark.parametrize("text, killed", [
    ("Deputies killed an armed suspect on Friday. One deputy fatally shot him after a chase.", 1),
    ("A 7-year-old boy accidentally shot himself at home on Sunday. His uncle was charged "
     "in the death of the boy.", 1),
    ("A man killed his wife and then killed himself, police said.", 2),
    ("A man killed his wife and then killed himself after a car accident.", 2),
    ("A man fatally shot her on Monday. The suspect was later shot dead by police.", 2),
])
def test_one_dead_person_told_as_shooter_and_as_victim_is_one(text, killed):
    assert figures(text)[0] == killed


@pytest.mark.parametrize("text, killed", [
    ("Two members of his escort were also killed.", 2),
    ("TWO MEMBERS OF HIS ESCORT WERE ALSO KILLED.", 2),
    ("Gunmen killed three members of a farming family near the river.", 3),
])
def test_a_count_takes_its_of_complement_along(text, killed):
    assert figures(text)[0] == killed


@pytest.mark.parametrize("text, killed", [
    ("A man was charged with murder of a 2-year-old boy on Friday.", 1),
    ("He was charged with attempted murder of a police officer.", None),
    ("He was charged with murder on Friday.", None),
])
def test_charged_with_murder_of_someone_is_one_death(text, killed):
    assert figures(text)[0] == killed


def test_an_age_before_a_name_is_part_of_the_name_in_a_headline():
    assert figures("19-year-old Marcus Lind killed, three others wounded at a party") == (1, 3)


@pytest.mark.parametrize("text, expected", [
    ("DIEGO RAMOS, LEADER OF THE GROWERS UNION, IS SERIOUSLY INJURED AND IN A COMA.", (None, 1)),
    ("NO ONE IS INJURED IN SUCH ATTACKS.", (None, 0)),
    ("JUDGE ANA MARIA ROJAS DIED AFTER SHE WAS SHOT NEAR THE MARKET BY TWO MEN.", (1, 0)),
    ("THE REPORT SAID THAT TOMAS VEGA, MAYOR OF THE TOWN, DIED TONIGHT.", (1, None)),
    ("THE TWO POLICEMEN DIED IN HOSPITAL.", (2, None)),
])
def test_upper_case_wire_copy_reads_named_people(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, killed", [
    ("Lawyers went on strike following Judge Ana Ruiz's murder.", 1),
    ("LAWYERS WENT ON STRIKE FOLLOWING JUDGE ANA RUIZ'S MURDER.", 1),
    ("Smith's murder trial starts on Monday.", None),
    ("Bishops condemned the murder of these officials.", None),
    ("The prosecutor investigating the assassination of Senator Ana Cruz today filed charges.", 1),
])
def test_a_named_persons_killing_is_one_death_and_a_plural_one_gives_no_figure(text, killed):
    assert figures(text)[0] == killed


@pytest.mark.parametrize("text, killed", [
    ("Six monks, their cook and her son were murdered at the monastery.", 8),
    ("Two women, one a nurse and the other a cook, were killed in the attack.", 2),
    ("Two police officers, Juan Perez and Luis Gomez, were killed by gunmen.", 2),
    ("Two soldiers, a policeman and a child were killed.", 4),
    ("A teacher, a villager, and a police officer were killed when gunmen opened fire.", 3),
    ("The couple was killed while their son was injured.", 2),
    ("The gunmen killed the official and his driver, along with a pedestrian.", 3),
    ("A bomber killed the leader of the procession and his son.", 2),
    ("An attacker stabbed and killed the commander and his spouse at their house.", 2),
    ("A man killed his wife and then himself in a murder-suicide.", 2),
    ("A car bomb killed the governor and three of his guards near the market.", 4),
    ("Gunmen killed a lawmaker and his aide outside the assembly.", 2),
    ("Eight Turkish paramilitary police officers and one attacker were killed at the post.", 9),
    ("Three Croats were killed when a shell hit the square.", 3),
    ("Ana Lima and Rosa Diaz, both primary school teachers, were killed in the school.", 2),
])
def test_lists_and_asides_of_victims(text, killed):
    assert figures(text)[0] == killed


@pytest.mark.parametrize("text, killed", [
    ("A man wearing an explosives belt blew himself up near the market, killing a child.", 2),
    ("A suicide bomber attempted to target a senior official in the capital.", None),
    ("A suicide bomber attempted to storm the base and blew himself up, killing five soldiers.",
     6),
    ("Nine people were killed when two men blew themselves up at the bus depot.", 11),
    ("A suicide truck bomber rammed the police gate, killing 12 people.", 13),
    ("The attackers blew themselves up when the police closed in.", None),
])
def test_a_suicide_attacker_counts_only_when_the_attack_went_off(text, killed):
    assert figures(text)[0] == killed


@pytest.mark.parametrize("text, expected", [
    ("The shooting claimed the life of 47-year-old Peter Vance.", (1, None)),
    ("Tom Ruiz, 16, of Elmdale, died Wednesday after being shot in the head Monday.", (1, None)),
    ("A 22-year-old Elmdale man died at a county hospital after he was shot in the chest.",
     (1, 0)),
    ("The gun went off, striking Ben Hale, who died at the scene.", (1, 0)),
    ("Police identified the girl as Ann Lee, who was pronounced dead at the hospital.",
     (1, None)),
    ("There was a shooting a couple of days ago on Park Avenue. A man was wounded.", (None, 1)),
    ("A couple and their two children were found dead in an apparent murder-suicide. Police "
     "said the father shot his wife and children before killing himself.", (4, 0)),
    ("A caller reported that a man was found deceased in a parked car.", (1, None)),
    ("Police said the driver is deceased and a passenger was wounded.", (1, 1)),
    ("The dog was shot and killed by an officer.", (None, None)),
    ("The cat was deceased when deputies arrived.", (None, None)),
])
def test_local_news_phrasings_of_one_death(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Two victims, a 25-year-old Elmdale man and a 26-year-old Elmdale man, died at the scene.",
     (2, None)),
    ("Detectives said Ann Lee, 32 of Elmdale, was killed inside the bar.", (1, None)),
    ("That does not include the 629 who died as a result of being shot.", (None, None)),
    ("A 20-year-old man, Tom Bell of Maple Heights, was shot several times and died.", (1, 0)),
    ("Gunman leaves 4 dead. Police said the gunman killed three people and then himself.",
     (4, None)),
    ("Three people were killed. The gunman was also killed by police.", (4, None)),
])
def test_one_person_is_not_counted_twice_through_an_aside_or_a_total(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("He was handling a handgun when it discharged and struck a boy in the neck.", (None, 1)),
    ("The officer's shots missed, grazing two passersby.", (None, 2)),
    ("She returned to find the boy with a gunshot wound to his leg.", (None, 1)),
    ("A woman suffered a gunshot wound to the arm.", (None, 1)),
    ("Two men suffered gunshot wounds.", (None, 2)),
    ("A man was found with a gunshot wound and pronounced dead.", (1, None)),
    ("A man was found shot and pronounced dead at the scene.", (1, 0)),
    ("The car hit a tree.", (None, None)),
    ("Police were called to the shooting of her 4-year-old grandson on Monday.", (None, 1)),
    ("The shooting of a music video drew crowds.", (None, None)),
    ("Police investigate the shooting of two men. One of them died.", (1, 1)),
    ("Four men were arrested. Two of them were charged.", (None, None)),
    ("A woman was struck by a stray bullet while sitting on her porch.", (None, 1)),
    ("A man was hit by gunfire on Elm Street.", (None, 1)),
])
def test_people_hit_by_gunfire_told_without_a_casualty_verb(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed a soldier and a policeman was wounded.", (1, 1)),
    ("Soldiers opened fire, killing the assailant and two civilians were injured.", (1, 2)),
    ("All six of those deaths involved firearms.", (None, None)),
    ("Gunmen killed a soldier and a policeman was also killed.", (2, None)),
    ("Security forces fired on the assailants, killing at least four, and a civilian was "
     "killed in the crossfire.", (5, None)),
    ("The man who fled after allegedly killing his wife and four daughters has been brought "
     "back.", (5, None)),
    ("5 dead after officer kills family. Police say the officer shot and killed his wife, two "
     "young children and his mother-in-law, before killing himself.", (5, None)),
])
def test_a_new_clause_after_and_is_not_part_of_the_object(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A local child who had been hospitalized since a Feb. 27 shooting at her home has died.",
     (1, 0)),
    ("15-year-old killed in Elm Rapids shooting", (1, None)),
    ("The 15-year-old was found in an upstairs bedroom with a gunshot wound to the head and died "
     "at the hospital.", (1, None)),
])
def test_hurt_then_died_across_dates_places_and_long_clauses(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A boy was killed in the car. His father was hospitalized with gunshot wounds and was "
     "listed in critical condition.", (1, 1)),
    ("A girl was fatally shot. Her mother was also shot, but survived.", (1, 1)),
    ("Five people were shot, one fatally. Another man was also shot.", (1, 5)),
    ("The woman was also shot in the chest and is hospitalized in stable condition.", (None, 1)),
    ("A man was shot on Sunday. He died at the hospital.", (1, 0)),
    ("A teen was shot Sunday. He died Monday. Police said the teen was shot twice and was in "
     "critical condition before he died.", (1, 0)),
])
def test_a_survivor_told_apart_from_the_dead_is_wounded(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # deaths among the wounded come off only a count that can hold them
    ("Gunfire swept the picnic, leaving two men dead and three people wounded. All five of the "
     "wounded were taken to hospitals, where two of the men died.", (2, 3)),
    ("Four people were wounded at the market. Two of the wounded died at the hospital.",
     (2, 2)),
    # 'another' beside the dead of its own sentence is no additional wounded
    ("2 dead, 1 hurt in shooting at a roller rink\n\nTwo people are dead and another was hurt "
     "in a shooting at a roller rink on Friday.", (2, 1)),
    ("The gunman killed four people and wounded another three. Another three victims were "
     "treated for their wounds.", (4, 3)),
    ("One woman was killed and another wounded. A third woman was also wounded later.", (1, 2)),
    # a wounded figure equal to the dead plus the wounded of one sentence is everyone hit
    ("1 dead, 2 hurt in shooting at a bowling alley\n\nThe gunman opened fire in the lobby, "
     "wounding three men.", (1, 2)),
    ("One man was killed and two were injured at the fair. Officers said five people were "
     "wounded in all.", (1, 5)),
    # after a bare participle, the phrase after 'by' is the agent
    ("4 Hurt By Driver With A Rifle In Elm Park", (None, 4)),
    ("Three people injured by gunman outside a diner", (None, 3)),
    # 'the three others' after a larger group are inside it; 'X was among five' is the whole
    ("Anna Ruiz was among five people shot when two gunmen opened fire from a car. The three "
     "others were shot on the front porch.", (None, 5)),
    ("Six people were wounded at the market. The two others were treated at the scene.",
     (None, 6)),
    ("Two people were shot at the bus stop. Three others were shot a block away.", (None, 5)),
    # survivors told beside the dead were hurt
    ("Grim scene as 2 found dead, 1 survivor in farmhouse attack", (2, 1)),
    # another subject for 'died'; a bare 'that number' updates its sentence's figure
    ("Both victims were taken to the hospital where the toddler later died.", (1, 1)),
    ("Officers first said that two other people were hurt in the shooting; that number was "
     "later raised to three.", (None, 3)),
])
def test_totals_told_twice_or_in_parts(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, killed", [
    # a fatal wound, a fatal shooting named as a thing
    ("Investigators said a 31-year-old man suffered a fatal gunshot wound.", 1),
    ("Troopers are looking into an accidental fatal shooting on a farm near Elmvale.", 1),
    ("Two men were charged in the fatal Riverside Court apartment shooting.", 1),
    # a list that goes on after two single victims
    ("The mortar killed a shopkeeper, a policeman, 3 farmers and 2 students in the square.", 7),
    # taken to a hospital where they were pronounced dead
    ("Both women were rushed to Elm County Hospital, where they were later pronounced dead.", 2),
    # a part's own verb past a long place name
    ("Police say one of four people shot outside the Golden Anchor Billiards and Lounge early "
     "March 14 has died.", 1),
    # a relative clause after "including the boy" is the boy's, not the group's
    ("She was at the park with about 12 friends, including the girl who was killed.", 1),
    # one of a group, in apposition: the person told again
    ("A 19-year-old woman, one of four people hit by gunfire outside the arena late Friday has "
     "died, police said.", 1),
])
def test_deaths_told_without_a_plain_count(text, killed):
    assert figures(text)[0] == killed


@pytest.mark.parametrize("text, expected", [
    ("Three people were killed and another critically injured in a shooting Monday.", (3, 1)),
    ("The boy got access to a loaded gun, and fired it, hitting the girl in the neck.",
     (None, 1)),
    ("The bullet ricocheted off a wall and struck her in the shoulder.", (None, 1)),
    ("The 2-year-old suffered non-life-threatening injuries.", (None, 1)),
    ("He was taken to the hospital with injuries after the crash.", (None, 1)),
    ("Officers confirmed that one person was transported to the hospital.", (None, 1)),
    ("A man was shot and taken to a hospital. He later died.", (1, 0)),
    ("Two men were taken to a local hospital with gunshot wounds.", (None, 2)),
    ("AT THIS TIME, HE AND ONE OF HIS BODYGUARDS ARE RECEIVING MEDICAL ATTENTION.", (None, 2)),
])
def test_the_hurt_told_by_their_injuries_or_the_hospital(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A man was killed in the attack. The daughter of the ambassador was wounded.", (1, 1)),
    ("A 20-YEAR-OLD WOMAN WHO WAS AT THE AIRPORT, MARIA FLOREZ, WAS SERIOUSLY WOUNDED. ESCOBAR "
     "WAS TAKEN TO THE CLINIC, WHERE HE WAS PRONOUNCED DEAD.", (1, 1)),
    ("THE THREE MEN WERE TAKEN TO A MEDICAL CENTER AFTER THEIR RELEASE AND SUFFERED NO WOUNDS.",
     (None, None)),
    ("The suspect was taken to a hospital for evaluation.", (None, None)),
])
def test_someone_new_is_not_the_dead_told_again(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The victim, Tom Ruiz, 17, died at the scene.", (1, None)),
    ("A firefighter was accidentally shot dead at home.\n\nThe victim, 24-year-old Ed Cole, "
     "was pronounced dead at the scene.", (1, None)),
    ("Police said the victim, Tom Ruiz, 17, of Elm Park, died at the scene.", (1, None)),
    ("A man, Ed Cole, 34, and his wife, Ann Cole, 32, were killed.", (2, None)),
    ("Neighbors found the bodies of Tom Ruiz, his wife, Ann Ruiz, and their two sons, "
     "6-year-old Ed and 2-year-old Bo.", (4, None)),
    ("A man, a woman and a child were killed.", (3, None)),
    ("Tom Ruiz, Ann Lee and Bo Hale were killed.", (3, None)),
])
def test_a_name_set_off_after_a_person_is_that_persons_name(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Police are looking for a 17-year-old who they say killed another 17-year-old. The "
     "victim, Tom Ruiz, 17, died at the scene.", (1, None)),
    ("Teen charged in the shooting death of another teen\n\nThe boy died at the scene.",
     (1, None)),
    ("The gunman killed his wife at home. He then drove to a bar and killed another woman.",
     (2, None)),
    ("The suspect went to the bank, killing two people, and then to an office in Elmdale, "
     "killing another person.", (3, None)),
])
def test_another_person_killed_by_someone_is_not_one_more_victim(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Man kills self after shooting his girlfriend in Elmdale", (1, 1)),
    ("Police said he shot his wife, then turned the gun on himself.", (None, 1)),
    ("Four people died. Police said the father shot them, then turned the gun on himself.",
     (4, 0)),
    ("Police said the girl turned the gun on herself and died at the scene.", (1, None)),
    ("2 adults, 2 children killed in Elmdale murder-suicide", (4, None)),
    ("Boy accidentally shoots, kills self\n\nA 9-year-old boy is dead after an accidental "
     "shooting at his home, the sheriff said.", (1, None)),
    ("Man kills 3-year-old daughter in Elmdale murder-suicide", (2, None)),
    ("A 4-year-old boy was killed in a murder-suicide in Elmdale on Sunday, police said.",
     (2, None)),
    ("A 19-year-old man shot and killed his infant daughter before turning the gun on "
     "himself, police said.", (2, None)),
    ("A woman and a teenage girl died on Monday in an apparent murder-suicide, police said.",
     (2, None)),
])
def test_a_shooter_who_took_his_own_life_counts_once(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Boy, 9, fatally shoots himself\n\nPolice are investigating the fatal shooting of a "
     "9-year-old boy on the west side.", (1, None)),
    ("A ten-year-old girl was shot and killed on Sunday. Police said her father later fatally "
     "shot himself.", (2, None)),
    ("Three people were killed on Sunday. Police said the gunman then killed himself.",
     (4, None)),
])
def test_one_who_shot_only_himself_is_one_death(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Roshan and his driver were killed in the attack.", (2, None)),
    ("Vann Dorel, the village head, and his wife were killed in the attack.", (2, None)),
    ("Police arrived and his brother was killed.", (1, None)),
    ("He and his wife were killed.", (2, None)),
    ("Five soldiers and the assailant were killed.", (6, None)),
    ("The gunman and a bus driver were injured during the attack.", (None, 2)),
    ("A bomb killed at least 6 soldiers and another were injured.", (6, 1)),
])
def test_a_lone_name_joined_by_and_to_the_dead_is_one_more(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The group said the attack was carried out in retaliation for the killing of a teenager "
     "by police in 2013.", (None, None)),
    ("Militants killed five villagers in revenge for the government's execution of a cleric.",
     (5, None)),
    ("Two people were killed in retaliation attacks on Sunday.", (2, None)),
])
def test_a_killing_told_as_the_motive_is_not_this_attacks_toll(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("One person dead in officer-involved shooting in Elmdale\n\nPolice said the suspect was "
     "killed and no officers were injured.", (1, None)),
    ("A gunman killed one person at a bar on Sunday. Police later shot the suspect dead.",
     (2, 0)),
    ("A deputy was killed on Sunday. Police said the suspect was shot dead by other deputies.",
     (2, None)),
    ("A clerk was killed in a robbery on Sunday. Police said officers shot and killed the "
     "suspect.", (2, None)),
])
def test_the_one_dead_in_a_police_shooting_is_the_suspect(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, killed", [
    ("On 2 May, in Vila Nova, Rio Grande do Sul, two men were shot dead by police.", 2),
    ("In Ponte Alta, Goias, a farmer was killed by gunmen.", 1),
])
def test_a_region_after_its_town_is_no_person(text, killed):
    assert figures(text)[0] == killed


@pytest.mark.parametrize("text, expected", [
    ("Raiders slit the throats of four herders at a camp in the hills.", (4, None)),
    ("Attackers killed a family of six in their farmhouse overnight.", (6, None)),
    ("A family of three was found dead in the burned house.", (3, None)),
    ("The sniper shot nine soldiers and wounded another two at the checkpoint.", (9, 2)),
    ("The mine left five members of the road crew dead and two others wounded.", (5, 2)),
    ("Including the bomber, 14 people were killed when a suicide bomber hit a bus.", (14, None)),
])
def test_killings_told_by_throat_family_and_against_the_wounded(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gunmen fired into a bus, leaving four dead. Another man was also killed at the "
     "roadblock. There was a total of five dead in the attack.", (5, None)),
    ("A bomber rammed the convoy; 11 people besides the attacker were killed.", (12, None)),
    ("Two gunmen killed a prison guard and a barber in the market.", (2, None)),
    ("An assailant attacked a family, killing one person and wounding another.", (1, 1)),
    ("Gunmen raided a party, wounding four men and killing another.", (1, 4)),
])
def test_totals_besides_and_another(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The mayor was killed in the blast along with his driver.", (2, None)),
    ("The bomber, Omar Haddad, was killed along with three other civilians.", (4, None)),
    ("Gunmen shot and killed Pedro Ruiz Garza, his wife Ana Soto, and his son Luis Soto.",
     (3, None)),
])
def test_companions_in_death_and_relatives_named(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A suicide bomber blew himself up at a funeral. The militant and four police officers "
     "were killed.", (5, None)),
    ("A suicide bomber struck the base. Nine people, including three soldiers and four "
     "assailants, were killed.", (9, None)),
    ("Six people, including the suspect's mother, were killed by a suicide bomber.", (7, None)),
    ("The raid killed two assailants and four others escaped.", (2, None)),
    ("At least 18 people, a police officer and 17 assailants, were killed in the clash.",
     (18, None)),
    ("Two soldiers, Greg T. Cole (a marine) and Dan L. Eno (a sailor), were killed.", (2, None)),
    ("Ten people, including two guards and eight assailants, were killed and eight others, "
     "including an officer, were injured.", (10, 8)),
])
def test_the_attacker_and_lists_told_once(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Rebels seized 10 laborers. Later, three of the 10 laborers were beheaded.", (3, None)),
    ("Two of the five hostages were shot dead.", (2, None)),
    ("All of the 12 passengers were killed.", (12, None)),
    ("One of the five people shot and killed at the airport was a teacher.", (5, None)),
    ("Three of four members of a family were shot and killed at their home.", (3, None)),
    ("One of 12 passengers was killed when the bus was hit.", (1, None)),
])
def test_a_part_of_a_counted_group_is_the_count_when_the_verb_is_its_own(text, expected):
    assert figures(text) == expected


def test_an_organisation_is_not_a_person_named_in_apposition():
    sentence = split_sentences("Gunmen wounded a driver, Red Cross officials said.")[0]
    assert [m.phrase for m in read_casualties(sentence)] == ["wounded a driver"]


def test_a_killing_told_as_the_motive_is_no_toll():
    text = "The attack was in retaliation for the army operation that killed 12 rebels last week."
    assert figures(text) == (None, None)


@pytest.mark.parametrize("text, expected", [
    ("The blast killed al-Fahal, two guards and two civilians and wounded ten others.", (5, 10)),
    ("The bomb killed Hamidi, injured one person and killed the bomber.", (2, 1)),
])
def test_a_surname_alone_after_a_killing_verb_is_one_person(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("At least 20 people were killed and 2 dozen others wounded in the raid.", (20, 24)),
    ("Four police officers and 2 civilians became injured in the blast.", (None, 6)),
    ("Seven people were stabbed at a market. The attacker was shot dead by police.", (1, 7)),
    ("A man stabbed 3 people in a park, seriously wounding one.", (None, 3)),
    ("One person sustained a superficial injury while taking cover.", (None, 1)),
    ("A man was stabbed to death in the market.", (1, None)),
    ("The attack ended in the death of 2 people and the wounding of 5 others.", (2, 5)),
])
def test_stabbings_dozens_and_injuries_told_otherwise(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Four masked men stabbed the town's deputy prefect to death.", (1, None)),
    ("FOUR MASKED MEN STABBED DEPUTY PREFECT CARLOS SOTO RUIZ TO DEATH.", (None, None)),
    ("Gunmen shot two soldiers to death at the gate.", (2, None)),
])
def test_the_subject_of_a_killing_told_with_to_death_is_the_killer(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        # "as many as" qualifies a figure: its second "as" opens no new clause
        ("As many as six people were wounded when a man fired into the crowd.", None, 6),
        ("Officials said as many as 14 villagers were killed in the raid.", 14, None),
        # the subject of "was shot during a party and died" is the one who died
        ("A student was shot during an argument at a bus stop and died on Friday.", 1, 0),
        # "both 23" is the age of the two named before it
        ("Lena Okafor and Ruth Amadi, both 23, were shot and killed outside a bakery.", 2, None),
        # a rare capitalised word opening "... died" is a surname: one person, and the same
        # person as the one counted before
        ("Tomas Ferreira was shot at a petrol station. Ferreira died at the scene.", 1, 0),
        ("A security guard died in the shooting on Monday. Ferreira died at the scene.", 1, None),
        # hit during the shooting is hit by it
        ("A guard was killed at the gate. A cook was also hit during the shooting.", 1, 1),
        # a title before a name is that person's, and the list goes on after it
        ("They mourned the murder of union leader Tomas Ferreira and Lucia Prado.", 2, None),
        ("Gunmen killed the reporter Ines Duarte and the cameraman Joel Abreu.", 2, None),
        ("Rebels shot dead the catechist Paulo Nunes and two seminarians.", 3, None),
        # ages are not counts: "y/o", a list of ages, a suspended hyphen
        ("Deputies said a 31 y/o woman and 33 y/o man were shot and killed.", 2, None),
        ("Two cousins, 15 and 19, were shot dead outside a store.", 2, None),
        ("Vigil held after the killings of 16- and 17-year-old brothers", None, None),
        ("Two other men, ages 19, 22, and 35, were injured.", None, None),
        ("His aunt, who was 52, was shot in the arm.", None, 1),
        ("Officers found a man shot in the leg in the 4700-block of Pine Street.", None, 1),
        ("Deputies were called to a shooting at 2608 Willow Creek Rd. and found one man wounded.",
         None, 1),
        ("Another woman, also 19, was shot in the hand.", None, 1),
        ("Police said a 15 and 16-year-old were shot near the park.", None, 2),
        ("Witnesses said a 19–year–old was shot dead.", 1, None),
        # people with gunshot wounds are people hit: the one who died is one of them
        ("Police found four victims suffering from gunshot wounds. One of the men died at the "
         "scene.", 1, 3),
        ("At least nine people were treated at local hospitals after the shooting.", None, 9),
        ("Two victims were transported to area hospitals.", None, 2),
        ("Luis Vera and Joel McAllister were struck by bullets.", None, 2),
        # a fatal shooting is one death, with a place's name inside or a verb before it
        ("Charges filed in fatal Pine Ridge shooting", 1, None),
        ("Police investigate fatal shooting near the market", 1, None),
        # the one police killed, told by a pronoun, is the attacker: counted with his victims
        ("A gunman killed three guests at the inn before he was shot dead by police.", 4, None),
        # but the victim of police told again by a pronoun is not an attacker
        ("A teenager was killed by riot police. His family said he was walking home and was "
         "shot by officers.", 1, 0),
        # the subject of "was with him and was shot" is the one shot
        ("A cook was with the guard and was shot in the arm.", None, 1),
        # beside his victims' deaths, "before shooting himself" is the shooter's own
        ("He killed two clerks and wounded a guard before shooting himself.", 3, 1),
        # a list of participles before the killing verb, and more verbs of killing "to death"
        ("Four farmers were handcuffed, hooded and executed near the well.", 4, None),
        ("Raiders slashed to death six herders at the camp.", 6, None),
        # "pronounced Ferreira dead" names the dead; a death investigation is one death
        ("Doctors pronounced Ferreira dead shortly after midnight.", 1, None),
        ("Deputies opened a death investigation after a man was found shot in a field.", 1, 0),
        # the subject of "is recovering after being shot" is the one hurt
        ("A clerk is recovering after being shot in the arm during a robbery.", None, 1),
        ("Police arrested a man after being shot at near the depot.", None, None),
        # a bare "toll" that rose is the death toll; a price is not
        ("The toll from the market bombing rose to 31 on Friday.", 31, None),
        ("The ferry toll rose to $7 after the flood.", None, None),
        ("A blast hit the mosque during prayers; officials put the toll at 27.", 27, None),
        # others that, with a figure of their own sentence, make up a total told before
        ("Six people were shot outside a store. Four victims were taken by ambulance to the "
         "hospital and two others were taken to the hospital by friends.", None, 6),
        # taken to a hospital named by its name
        ("Two men were rushed to Saint Agnes Medical Center after the shooting.", None, 2),
        # a hypothetical death is none; a headline cut inside an age is no count
        ("Parents say guards are needed before another child is killed.", None, None),
        ("Deputy claims self-defence in shooting that killed 7-y - KXYZ News", None, None),
        # "were shot at the end of" were hit; "were shot at by" only fired at
        ("Five people were shot at the end of a street festival.", None, 5),
        ("Two deputies were shot at by a man with a rifle.", None, None),
        ("Three suffer gunshot wounds in market shooting", None, 3),
        # a headline's bare count before "shot" counts people; shots fired are no people
        ("Police: 4 shot in Westgate during block party", None, 4),
        ("Deputies fired 4 shots into the air to disperse the crowd.", None, None),
        ("Two more victims showed up at a hospital with gunshot wounds.", None, 2),
        ("The mayor arrived at the hospital to visit the nurses.", None, None),
        # members of security forces are security forces: they add to civilians killed
        ("Raiders killed three farmers. They later killed five members of the local police "
         "patrol sent to the village.", 8, None),
        ("Gunmen killed four members of a family and their guest.", 5, None),
        # "the body of a man" is one dead; a body of water or a governing body is none
        ("The body of a fisherman with stab wounds was found on the beach.", 1, None),
        ("The governing body of the league met after the match.", None, None),
        # a frequent word is no surname
        ("Nobody died in the blaze at the depot.", 0, None),
    ],
)
def test_qualifiers_and_coordinated_deaths_keep_their_subject(text, killed, wounded):
    assert figures(text) == (killed, wounded)


def test_a_shooter_who_shot_himself_in_the_leg_is_not_dead():
    assert figures("He killed two clerks and then shot himself in the leg.")[0] == 2


KILLINGS_TOLD_OTHERWISE = [
    # someone's shooting or stabbing death is one death
    ("Two relatives were charged in a 6-year-old's shooting death on Elm Road.", 1),
    ("A teen was charged in his friend's stabbing death last week.", 1),
    ("Prosecutors said Mr. Okafor's shooting death was planned for weeks.", 1),
    ("Jurors heard the family describe the boy's shooting death trial as an ordeal.", None),
    # a killing named with an epithet counts its victims
    ("The bishops condemned the cowardly murder of four farm workers near the border.", 4),
    ("THE MINISTER CONDEMNED THE BRUTAL ASSASSINATION OF TWO JUDGES AND THEIR DRIVER.", 3),
    ("THE PARTY REPUDIATED THE VIOLENT MURDER OF A POLICEMAN IN THE CAPITAL.", 1),
    # a gerund with an object is a verb; a prevented killing is none
    ("A man was charged on Monday with killing two teenagers outside a diner.", 2),
    ("FIVE SOLDIERS ARE ACCUSED OF ASSASSINATING THE THREE UNION LEADERS.", 3),
    ("Guards stopped a suspected bomber from assassinating the mayor at a rally.", None),
    ("Investigators are examining the killing of a shopkeeper on Pine Street.", 1),
    # a wire aside between double dashes does not split a subject from its verb
    ("THREE FARMERS -- TWO BROTHERS AND THEIR UNCLE -- DIED IN THE AMBUSH ON FRIDAY.", 3),
    # the killings of listed persons count one each; plurals make no list
    ("THE COMMITTEE CONDEMNED THE MURDERS OF ANA RUIZ VEGA, COLONEL TOMAS ORTIZ, AND JUDGE "
     "LUIS MORA.", 3),
    ("The murders of Ana Ruiz, Colonel Tomas Ortiz and Judge Luis Mora shocked the town.", 3),
    ("The murders of civilians and soldiers in the valley continued.", None),
    # in all capitals, rare words after a killing verb are a name: one person
    ("THE ARMY ACCUSED THE REBELS OF MURDERING TOMAS IGNACIO BERRIO IN THE CAPITAL.", 1),
    ("THE ARMY IS ACCUSED OF KILLING INNOCENT PEASANTS IN THE NORTH.", None),
    ("THE REBELS KILLED THE MAYOR AND HIS DRIVER ON MONDAY.", 2),
    # a part of those shot who died is the count
    ("One of the four men shot outside the club on Friday has died, police said.", 1),
    ("Police said one of the three men shot last week was a witness in another case.", None),
]


@pytest.mark.parametrize("text, killed", KILLINGS_TOLD_OTHERWISE)
def test_killings_told_in_other_words(text, killed):
    assert figures(text)[0] == killed


def test_the_other_victims_after_a_total_are_its_survivors_told_again():
    text = ("Six people were shot outside a club on Dale Street. One man died at the scene "
            "and the other five victims were taken to local hospitals.")
    assert figures(text) == (1, 5)


def test_the_rest_of_a_group_told_in_parts_adds_to_the_part():
    text = ("Two of the boys, 13 and 15, were taken to Mercy Hospital, a sergeant said. The "
            "other two boys were taken to St. Luke's Hospital with gunshot wounds to the legs.")
    assert figures(text)[1] == 4


@pytest.mark.parametrize("text, expected", [
    ("Three people were shot to death and another was in critical condition after the attack.",
     (3, 1)),
    ("One man was killed and two others are in stable condition after the shooting.", (1, 2)),
    ("1 dead, 1 critically injured on Elm Road. One woman is dead and another is in critical "
     "condition, deputies said.", (1, 1)),
])
def test_others_in_hospital_beside_the_dead_are_hurt(text, expected):
    assert figures(text) == expected


def test_an_apposition_in_a_list_is_not_another_person():
    text = ("He investigates the murders of Ana Cano, director of the Herald, and Luis Mora, "
            "the head of the union.")
    assert figures(text)[0] != 4


def test_a_clause_after_the_wounded_is_no_object_of_the_verb():
    text = "Two people were killed and four wounded when a man opened fire outside a bar."
    found = [(m.field, m.value) for m in read_casualties(split_sentences(text)[0])]
    assert found == [("killed", 2), ("wounded", 4)]


def test_a_survivor_told_in_stable_condition_is_not_the_dead():
    text = (
        "A 30-year-old man was killed on Elm Street in Dunmore. "
        "He was pronounced dead at the scene. "
        "A 19-year-old woman was shot in the arm and taken to a hospital in stable condition."
    )
    assert figures(text) == (1, 1)


def test_someone_told_before_in_critical_condition_may_be_the_dead():
    text = (
        "A teenager was shot on Oak Avenue in Fairhope. "
        "The boy was taken to a hospital in critical condition. "
        "He died there on Sunday."
    )
    assert figures(text)[1] == 0


def test_another_in_a_list_of_a_told_total_is_not_one_more():
    text = (
        "Three people were shot outside a bar in Millbrook on Friday. "
        "A 22-year-old man was hit in the leg. "
        "A 40-year-old woman was shot in the arm. "
        "Another man was shot in the hand."
    )
    assert figures(text)[1] == 3


def test_another_beyond_a_told_total_is_one_more():
    text = (
        "Two people were shot outside a bar in Millbrook on Friday. "
        "A 22-year-old man was hit in the leg. "
        "A 40-year-old woman was shot in the arm. "
        "Another man was later found shot in a car nearby."
    )
    assert figures(text)[1] == 3


def test_hit_in_a_body_part_tells_someone_shot():
    assert figures("A teenager was hit in the shoulder on Pine Street in Lakeview.")[1] == 1


def test_one_then_another_are_two_of_a_told_total():
    text = (
        "Four men were shot at a park in Westbury on Sunday. "
        "Three of the men had minor injuries, and another was shot in the back."
    )
    assert figures(text)[1] == 4


def test_a_fourth_person_of_four_is_not_a_fifth():
    text = (
        "Four people were shot at a party in Glenwood. "
        "Three men were taken to a hospital. A fourth man was also shot."
    )
    assert figures(text)[1] == 4


def test_hurt_also_told_beside_the_dead_are_the_hurt_told_before():
    text = (
        "Two dead, three injured in shooting at Ridgefield park. "
        "Two men were fatally shot on Saturday. Three people were also wounded."
    )
    assert figures(text) == (2, 3)


def test_one_also_shot_after_a_total_is_one_of_it():
    text = (
        "Two people were shot on Elm Street in Cedarville on Friday. "
        "The man was hit in the chest. A boy was also shot and taken to a hospital."
    )
    assert figures(text)[1] == 2


def test_one_treated_for_a_gunshot_wound_was_hit():
    assert figures("A man was treated for a gunshot wound to the leg in Brookvale.")[1] == 1


def test_one_who_survived_a_gunshot_wound_is_wounded_beside_the_dead():
    text = "A man was killed in Brookvale on Friday. His brother survived a gunshot wound."
    assert figures(text) == (1, 1)


def test_shot_at_a_place_named_without_article_in_a_headline():
    assert figures("3 Women, 2 Men Shot At House Party In Fairview")[1] == 5


def test_the_dead_among_those_told_injured_are_not_injured():
    text = "Four people were injured in Oakdale, including a man who later died of his wounds."
    assert figures(text) == (1, 3)


def test_a_headline_lists_its_subjects_with_a_comma():
    assert figures("Boy, woman shot outside Riverton store")[1] == 2


def test_a_double_shooting_names_two_people_hit():
    text = (
        "Police in Marlow are investigating a fatal double shooting. "
        "One man was pronounced dead at the scene."
    )
    assert figures(text) == (1, 1)


def test_a_triple_shooting_names_three_people_hit():
    assert figures("Officers responded to a triple shooting on Oak Street in Dunmore.")[1] == 3


def test_a_place_between_age_and_noun_in_a_headline():
    assert figures("9-year-old Harwick boy dies after shooting at home")[0] == 1


def test_a_shooting_victim_is_one_person():
    assert figures("In Dunmore, a shooting victim later died at a clinic.")[0] == 1


def test_one_hit_of_the_other_sex_than_the_dead_survived():
    text = "A man was killed on Birch Lane in Oakmere. A woman was shot in the arm."
    assert figures(text) == (1, 1)


def test_a_woman_shot_who_then_died_is_not_a_survivor():
    assert figures("A woman was shot in Oakmere. She died at the hospital.") == (1, 0)


def test_the_other_victim_after_a_death_survived():
    text = "A man was killed on Birch Lane in Oakmere. The other victim was taken to a hospital."
    assert figures(text) == (1, 1)


def test_a_part_of_a_group_told_as_more_is_inside_that_group():
    text = ("A bomb killed a soldier in Tamale. Three other soldiers were wounded, one of whom "
            "was badly hurt.")
    assert figures(text) == (1, 3)


def test_no_one_written_with_a_digit_is_no_one():
    assert figures("A device went off outside a bank in Carrow; no 1 was injured.") == (None, 0)


def test_killed_along_with_after_an_unread_subject():
    text = "Okafor, a member of parliament, was killed along with his driver and two guards."
    assert figures(text)[0] == 4


def test_burn_injuries_mark_a_victim():
    assert figures("Two clerks suffered burn injuries in the arson attack in Ravensby.")[1] == 2


def test_another_before_a_time_phrase_is_one_more_person():
    text = "Raiders killed two farmers and wounded another during the night in Kolwa."
    assert figures(text) == (2, 1)


def test_with_no_one_dead_a_named_person_hurt_adds_to_those_also_hurt():
    text = ("Tomas Vrana was wounded in a gunfight with police in Lesna. A police officer was "
            "also wounded in the exchange.")
    assert figures(text) == (None, 2)


def test_a_coded_single_fatality_is_one_dead():
    assert figures("Gunmen attacked a shop in Alvarado on Friday. 1 fatality, 3 injured.") == (1, 3)


def test_an_upper_case_name_that_has_died_is_one_dead():
    text = "QUITO, 3 JUN 90 -- [TEXT] MARIO LUNA VEGA, OF THE LIBERAL PARTY IN TENA, HAS DIED."
    assert figures(text)[0] == 1
