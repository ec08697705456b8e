import pytest

from journals.crisis import PHRASES, matches, screen


@pytest.mark.parametrize(
    "text",
    [
        "I want to die",
        "I WANT TO DIE.",
        "Some days I Want To Die and nobody knows",
        "I think about suicide a lot",
        "Feeling suicidal again tonight",
        "I've been thinking of ending my life",
        "I could end my life and no one would notice",
        "I want to kill myself",
        "thinking about killing myself",
        "I keep wanting to hurt myself",
        "I self-harmed last night",
        "the urge to self harm came back",
        "everyone would be better off dead, me included",
        "They'd be better off without me",
        "There is no reason to live",
        "I can't go on like this",
        "I can’t go on",
        "I just don't want to be alive anymore",
        "I can't stop thinking about suicide",
        "I don't know if I want to die",
        "I'm not sure whether I'm suicidal",
        "I harmed myself again",
        "I'm not tired. I want to die.",
        "No, I want to die",
        "It was not a good day but I want to die",
    ],
)
def test_the_screen_flags_crisis_language(text):
    assert screen(text), text


@pytest.mark.parametrize(
    "text",
    [
        "I don't want to die",
        "I DON'T WANT TO DIE",
        "I do not want to die, I want to live well",
        "I am not suicidal",
        "Not suicidal, just tired",
        "I have never thought about killing myself",
        "I never wanted to hurt myself",
        "No suicidal thoughts this week",
        "I won't hurt myself",
        "I no longer want to end my life",
        "I didn’t want to die, I wanted the pain to stop",
        "Today was good. I walked by the river.",
        "My grandmother died last year and I miss her",
        "I could kill for a coffee",
        "The movie was about a dying star",
        "",
    ],
)
def test_the_screen_leaves_negated_and_ordinary_words_alone(text):
    assert not screen(text), matches(text)


def test_a_negation_reaches_only_a_few_words_back():
    # "not" is six words before the phrase: too far to deny it.
    assert screen("I did not sleep and then later I want to die")


def test_the_screen_looks_at_every_text_it_is_given():
    assert screen("A calm title", "but the text says I want to kill myself")
    assert not screen("", None, "calm")


def test_matches_names_each_phrase_found():
    assert matches("I want to die. I am not suicidal. I want to kill myself") == [
        "want to die",
        "kill myself",
    ]


def test_the_phrase_list_lives_in_the_repo_and_covers_the_common_phrases():
    listed = " ".join(PHRASES)
    for phrase in ("suicid", "kill", "die", "self", "better off dead", "no reason to live"):
        assert phrase in listed
