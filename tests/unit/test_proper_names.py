"""Proper names as a story signature (pure, own sentences)."""

from wirewatch.core.proper_names import proper_names, shared_names


def test_multi_word_names_are_found_lower_cased():
    text = "Police said Omar Hadi was shot near the Vale Front office in Kelbar."
    assert proper_names(text) == ["omar hadi", "vale front"]


def test_sentence_openers_are_not_part_of_a_name():
    assert proper_names("On Sunday Lena Brast spoke. The Coast Herald reported it.") == [
        "lena brast", "coast herald"]


def test_single_capitalised_words_are_not_names():
    assert proper_names("Gunmen attacked Kelbar. Witnesses fled.") == []


def test_the_most_frequent_names_come_first():
    text = "Ida Moor met Rui Castel. Rui Castel left. Rui Castel returned."
    assert proper_names(text)[0] == "rui castel"


def test_shared_names_count_common_names_once():
    assert shared_names(["ida moor", "rui castel"], ["rui castel", "sara volk"]) == 1
