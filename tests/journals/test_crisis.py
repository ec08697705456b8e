"""Unit cases for the crisis screen, one group per decision its docstring records. The
measured figures over many phrasings live in test_crisis_corpus.py."""

import json
import random
import time

import pytest

from journals import crisis
from journals.crisis import ENGLISH, SPANISH, matches, screen
from journals.crisis import regression as crisis_model


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


@pytest.mark.parametrize(
    "text",
    [
        "quiero morirme",
        "no quiero vivir más",
        "ya no quiero vivir",
        "me quiero matar",
        "sería mejor no despertar",
        "ya no aguanto más",
        "estoy pensando en quitarme la vida",
        "me despido de todos",
        "todos estarían mejor sin mí",
        "me corté otra vez anoche",
        "compré una cuerda",
        "no sé si quiero seguir viviendo",
        "no tengo trabajo quiero morir",
    ],
)
def test_the_screen_flags_spanish(text):
    assert screen(text), text


@pytest.mark.parametrize(
    "text",
    [
        "no quiero morir",
        "nunca he pensado en suicidarme",
        "ya no pienso en matarme, ahora quiero vivir",
        "no tengo pensamientos suicidas",
        "me muero de hambre",
        "me mata de risa mi hijo",
        "este tráfico me está matando",
        "me corté el pelo",
        "mi tío se suicidó hace años",
        "creo que me voy a morir de la vergüenza",
    ],
)
def test_the_screen_leaves_spanish_denials_and_idioms_alone(text):
    assert not screen(text), matches(text)


@pytest.mark.parametrize(
    "text",
    [
        "i want to dieeee",
        "I want to kill myslef",
        "i wnat to dei",
        "thinking about sucide",
        "k1ll mys3lf",
        "wanna die",
        "kms",
        "ngl i wanna die",
        "i just want to unalive myself",
        "kiero morirme",
        "toy cansada d vivir",
        "i dont want to be alive anymore",
        "i don’t want to be alive anymore",
    ],
)
def test_typos_stretched_letters_and_texting_still_flag(text):
    assert screen(text), text


@pytest.mark.parametrize(
    "text", ["I want to diet before summer", "I was shaving and cut my chin a little"]
)
def test_a_real_word_is_never_read_as_a_typo_of_a_risk_word(text):
    assert not screen(text), matches(text)


def test_a_negation_reaches_only_a_few_words_back():
    # "not" is six words before the phrase: too far to deny it.
    assert screen("I did not sleep and then later I want to die")


def test_a_negation_belongs_to_its_own_verb():
    assert screen("didnt eat lunch want to die")
    assert not screen("I have not once thought about killing myself")


def test_negation_written_into_the_risk_still_flags():
    assert screen("I don't want to wake up tomorrow")
    assert screen("I hope I don't wake up")
    assert screen("I can't promise I won't hurt myself")


def test_doubt_and_secrecy_are_not_denial():
    assert screen("I never told anyone that I want to die")
    assert screen("I don't think anyone would care if I died")
    assert not screen("I don't think about suicide anymore")


@pytest.mark.parametrize(
    "text",
    [
        "The movie was about a suicide",
        "My uncle died by suicide when I was young",
        "My friend said she wants to die and I don't know how to help her",
        "The song goes 'I want to die' but it's a happy tune",
        "I read an article about suicide prevention",
        "Leí que la tasa de suicidio subió este año",
    ],
)
def test_someone_elses_words_or_story_do_not_flag(text):
    assert not screen(text), matches(text)


def test_what_the_writer_says_of_themself_flags_even_as_a_joke():
    assert screen("lol i'm gonna kms if this keeps up")
    assert screen("She asked if I was suicidal")


def test_a_long_past_said_to_be_over_does_not_flag_but_a_recent_or_open_one_does():
    assert not screen("I used to want to die, but I don't anymore")
    assert not screen("Years ago I self-harmed; I've been clean for six years")
    assert not screen("antes quería morirme, ahora estoy bien")
    assert screen("I tried to overdose last weekend")
    assert screen("I attempted suicide in March")
    assert screen("I used to be happy but now I want to die")


def test_mindfulness_language_is_not_a_death_wish():
    assert not screen("letting my old self die")
    assert not screen("Ego death during the journey felt like rebirth")
    assert screen("I feel like dying")


def test_medical_talk_is_quiet_but_hoarding_means_is_not():
    assert not screen("my dose was increased to 0.75 mg/kg")
    assert not screen("I picked up my prescription and took my pills this morning")
    assert screen("I’ve been saving up my pills")
    assert screen("looked up how many pills it would take")


def test_a_risky_sentence_among_ordinary_text_flags():
    entry = (
        "Work was fine today. Had lunch with Sam and we talked about his kids. Drove home "
        "in traffic. I keep thinking I should just end it. Made pasta for dinner."
    )
    assert screen(entry)
    assert not screen(entry.replace("I keep thinking I should just end it.", ""))


def test_a_risky_phrase_in_a_run_on_entry_typed_without_full_stops_flags():
    assert screen(
        "my sister called about the kids and we talked for an hour i really want to end it "
        "anyway i made soup and watched a show"
    )
    assert screen("Had lunch with Sam I just wanna disappear Anyway tomorrow is therapy")
    assert not screen("I need to end things with my boyfriend")


def test_a_promise_denies_but_a_doubted_promise_does_not():
    assert not screen("I promise I would never kill myself, I love my kids too much")
    assert screen("I can't promise I won't hurt myself")


def test_the_screen_looks_at_every_text_it_is_given():
    assert screen("A calm title", "but the text says I want to kill myself")
    assert not screen("", None, "calm")


def test_matches_names_each_phrase_found_in_order():
    assert matches("I want to die. I am not suicidal. I want to kill myself") == [
        "want to die",
        "want to kill myself",
    ]


def test_both_lexicons_live_in_the_repo():
    english = " ".join(rule.pattern for rule in ENGLISH)
    spanish = " ".join(rule.pattern for rule in SPANISH)
    for phrase in ("suicid", "kill", "die", "better off", "burden", "way out"):
        assert phrase in english
    for phrase in ("morir", "matarme", "quitarme la vida", "aguanto"):
        assert phrase in spanish


@pytest.mark.parametrize(
    "text",
    [
        "I keep ending up on the bridge at night",
        "I checked whether the roof of my building is locked at night.",
        "Refilled my prescription early again so I'd have enough saved.",
        "I keep the razor under my pillow now.",
        "My psychiatrist asked if I was safe and I lied.",
        "I wrote my will last night and put it on the kitchen table with the spare keys.",
        "I don't think I'll still be here by the end of the month.",
        "I just want to switch everything off for good.",
        "I've made my decision and I feel calm about it.",
        "I'm sorry for everything I put you through. Please don't be sad.",
        "They'd be free of me soon.",
        "I envy people who die in their sleep.",
        "sh'd again last night",
        "Me quedé un buen rato en la azotea mirando hacia abajo.",
        "No voy a estar para Navidad.",
        "Tengo los brazos llenos de cortes otra vez.",
        "Hice mi testamento anoche y dejé las contraseñas en el cajón.",
        "Perdón por todo lo que les hice pasar. No estén tristes.",
    ],
)
def test_oblique_statements_that_name_no_death_flag(text):
    assert screen(text), text


@pytest.mark.parametrize(
    "text",
    [
        "We walked across the bridge at sunset and took photos.",
        "I looked up how tall the Eiffel Tower is for my son's homework.",
        "I told the pharmacist I need an early refill because I'm traveling.",
        "My dad keeps a gun in the nightstand for protection.",
        "My husband and I updated our wills with the lawyer.",
        "I won't be around for the next session because of a work trip.",
        "I want to turn everything off and just read a book.",
        "I made my decision: I'm quitting my job and I feel at peace.",
        "I'm sorry I missed your call, I'll ring you tomorrow.",
        "Said goodbye to my grandmother for the last time at the hospice.",
        "I'd rather die than go back to that job, haha.",
        "Fuimos al puente con los amigos a ver los fuegos artificiales.",
        "Hicimos el testamento con el notario.",
        "Me despedí de mis compañeros de trabajo para siempre, me cambio de ciudad.",
    ],
)
def test_the_same_words_in_an_ordinary_errand_stay_quiet(text):
    assert not screen(text), matches(text)


def test_a_capital_read_as_a_sentence_break_does_not_hide_an_exception_after_it():
    # "Eiffel" may start a sentence the writer did not close, or be a name: the homework
    # after it still explains the search.
    assert not screen("I looked up how tall the Eiffel Tower is for my son's homework")
    assert screen("I looked up how tall the parking garage downtown is")


# Worded unlike any rule: only the model reads it.
MODEL_ONLY = "I keep the pills in my coat pocket now, all of them."


def test_the_model_flags_a_risky_sentence_no_rule_reads():
    assert screen(MODEL_ONLY)
    assert matches(MODEL_ONLY) == ["model: i keep the pills in my coat pocket now all of them"]


def test_the_model_is_not_heard_in_an_ordinary_moment():
    assert not screen("I keep the pills in my coat pocket now, all of them, since the trip.")


def test_the_model_is_not_heard_where_a_rule_read_a_denial_or_someone_else():
    assert not screen(f"I would never hurt myself, {MODEL_ONLY[0].lower()}{MODEL_ONLY[1:]}")
    assert not screen("My friend said she keeps the pills in her coat pocket now, all of them.")


def test_the_model_only_speaks_on_a_theme_of_risk_and_on_a_common_word_only_at_length():
    # The model's weights alone would call these risky. "Dead inside" names no height,
    # means or leave-taking; "nobody" is a theme only in a longer sentence.
    for text in ("I feel dead inside today", "Nobody understands me.", "Nadie me entiende."):
        assert crisis._model().probability(crisis._words(crisis._first_reading(text))) > 0.5
        assert not screen(text), matches(text)


def test_the_model_learns_the_same_weights_every_time_and_never_from_holdout2():
    examples = crisis._training_examples()
    assert crisis_model.train(examples) == crisis_model.train(examples)
    assert "holdout2.json" not in crisis.TRAINING_CORPORA
    quiet = json.loads((crisis.CORPUS_DIR / "corpus.json").read_text(encoding="utf-8"))
    assert len(examples) > len(quiet["flag"]) + len(quiet["no_flag"])


def test_a_long_entry_is_screened_within_a_tenth_of_a_second_of_processor_time():
    sentences = [
        "Today I went to the market with Sam and bought bread",
        "The kids were fine and I felt tired but okay after the session with Dr Lopez",
        "Hoy fui al mercado con María y cociné para mi familia",
        "My therapist suggested I write more about my mom and the move to Denver",
        "I made pasta for dinner and watched a show about Paris before bed",
    ]
    choose = random.Random(0).choice
    entry = ". ".join(choose(sentences) for _ in range(85)) + "."
    assert len(entry.split()) >= 1000
    screen("warm up the model")
    started = time.process_time()
    assert not screen(entry)
    assert time.process_time() - started < 0.1 * 3  # three times the goal, for busy machines
