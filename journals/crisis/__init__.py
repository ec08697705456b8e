"""The crisis screen: does what a patient wrote suggest thoughts of suicide or self-harm?

What it is: a net, not a diagnosis. A flag routes the entry to a human (the care team
gets a safety alert and the patient is shown crisis lines at once); it says nothing about
how much risk there is, and no clinical decision rests on it. Missing a plain statement
of intent costs far more than a check-in call, so wherever a phrasing is ambiguous about
the writer's own safety the screen flags it.

What it isn't: it does not read tone, sarcasm or context beyond the sentence, does not
score or rank risk, and stores nothing: what matched is never saved or sent, staff learn
only that a flag was raised. Nothing leaves the server: rules, and under them a small
model trained in this process on the labelled phrasings in the repo. Oblique statements
are its weakest ground: the rules reach the families named below, the model some more,
and a sentence worded unlike anything either has seen ("the river looked so calm from up
there") still passes. It is a net under the care team's own reading of shared entries,
never a replacement for it.

How it reads, in English and Spanish:
- Normalization: lowercase, accents folded ("más" = "mas"), curly or straight apostrophes
  dropped inside words ("don't" = "dont"), letters stretched for emphasis squeezed
  ("dieeee"), digits standing for letters read as letters ("k1ll"), common texting
  shorthand expanded ("kiero", "ngl", "idk"), contractions typed apart rejoined ("i m"),
  and slips in the risk words corrected ("wnat to dei", "myslef", "morime") while real
  words stay ("diet" is never "die"). A long entry typed without full stops is read
  with and without a sentence break before each capital ("end it Anyway I made soup").
- Rules: a word of wanting, hoping, planning or deserving near a death or self-harm
  object ("I really just want to die", "quisiera dormir y no despertar"); self-directed
  acts ("kill myself", "me quiero matar", "unalive", "kms"); means with acquisition or
  intent ("bought a rope", "saving up my pills", "looked up how many pills"); plans and
  timing; farewells ("goodbye everyone", "letters to my kids", "giving away my things");
  hopelessness and burden ("better off without me", "no hay salida"); self-harm ("cut
  again", "me corté otra vez"); slang ("kms", "sewerslide", "palmarla", "quitarme de en
  medio"). Under them a backstop: a word of wanting or hoping up to eight words before a
  death, whatever stands between, as long as no other person does ("I want my dad to die
  peacefully" is about him).
- Oblique statements, with no word of dying: a place to fall from returned to, looked
  down from or measured ("I keep ending up on the bridge at night", "looked up how tall
  the parking garage is", "la azotea mirando hacia abajo"); means kept at hand (pills
  refilled early or still kept "and I think about using them", a knife under the pillow,
  charcoal and tape); lying about safety; a life wound up (a will, passwords, who takes
  the cat, debts paid "so nobody has to"); not being around for what comes next ("don't
  think I'll still be around for the next session", "no voy a estar para Navidad");
  making it stop for good; a decision at peace, a date set, everything ready; last
  messages, goodbyes nobody noticed, a farewell said in pieces ("sorry for everything"
  and "it's not your fault" in one entry); others free of the writer; envying the dead;
  self-harm said sideways ("sh'd again", "brazos llenos de cortes"). A trip, a move, a
  party or a lawyer's office beside such words explains them, and they stay quiet.
- The model: where the rules find nothing, each sentence that names a theme of risk (a
  height, a means, a wound, a leave-taking, a burden) and is not set in an ordinary moment
  of a day (a recipe, the gym, a trip, pills taken every morning) is scored by a logistic
  regression over its words, word pairs and word pieces (journals/crisis_model.py),
  trained on first use in each process on journals/crisis_data/corpus.json and
  holdout.json, always to the same weights; at MODEL_THRESHOLD or more it flags. A
  sentence that reaches such a theme only through a common word ("nobody", "ready",
  "last") needs some length and near certainty. A sentence where a rule set a phrase
  aside (an idiom, a denial, someone else's story, a resolved past) is not scored: the
  rules' reading of it stands. The model reads no negation of its own, so a sentence it
  flags can be one a person would call a denial. In cross-validation it flags about 4 in
  100 quiet entries the rules let pass in the screen's own corpus (written to sit next to
  the risky ones) and 1 in 100 in the independent one, and on its own catches four to
  five in ten risky phrasings it has not seen.
- Negation: a "not", "never", "no", "nunca", "jamás", "sin"... a few words before a
  phrase, in the same clause and before any new "I", denies it ("I don't want to die",
  "nunca he pensado en suicidarme", "ya no pienso en matarme"). Where the negation is
  part of the risk it is written into the phrase itself: "I don't want to wake up",
  "ya no quiero vivir", "no aguanto más" flag. Doubt is not denial: "I don't know why I
  want to die", "I can't stop thinking about suicide", "I never told anyone I want to
  die", "no sé si quiero vivir" flag.
- Idioms stay quiet: "killing it at work", "this traffic is killing me", "I'd die for a
  coffee", "dead tired", "me muero de hambre", "me mata de risa", "I cut myself shaving".
  An exception counts only near its phrase (three words before, eight after), so a word
  far off in a long entry never silences a risk.

Decisions where a clinic could reasonably go either way (the corpus pins each one):
- Someone else's words or story: suicide, self-harm or wanting to die said of another
  person or of a film, book, song or article does not flag when the nearest subject is
  that other ("the movie was about a suicide", "my uncle died by suicide", "she said she
  wants to die"). Anything the writer says of themself flags, even joking or hyperbolic
  ("if I have to sit through that again I'll kill myself").
- Past and resolved: a phrase set in the long past ("used to", "years ago", "when I was
  a teen", "hace años", "antes") does not flag when the text also says it is over ("not
  anymore", "I've been clean for six years", "ahora estoy bien"). A recent past ("I
  tried to overdose last weekend") or a past with no denial ("I attempted suicide in
  March") flags.
- Mindfulness language: letting an old self, ego or habit die is not a death wish
  ("letting my old self die", "ego death"); "I feel like dying" is.
- Medical talk (doses, ketamine, taking pills as prescribed) is quiet; means become a flag
  with hoarding, acquisition, researching lethality or taking everything at once.
- Hyperbole about a chore ("I'd rather die than go back to that job") is an idiom and
  quiet; a wish to die rather than go on living is not.

journals/crisis_data/ holds the labelled phrasings the screen learns from and is measured on;
tests/journals/crisis_corpus/holdout2.json the independent set it never learns from.
"""

from .matching import _matches_in
from .model import CORPUS_DIR, TRAINING_CORPORA, _model_sentences
from .model import _model as _model
from .model import _training_examples as _training_examples
from .model import _words as _words
from .reading import _first_reading as _first_reading
from .reading import _readings
from .rules_english import ENGLISH
from .rules_spanish import SPANISH

__all__ = [
    "CORPUS_DIR",
    "ENGLISH",
    "SPANISH",
    "TRAINING_CORPORA",
    "matches",
    "screen",
]


def matches(text: str) -> list[str]:
    """What the screen found and let stand, in the order written, and after them any
    sentence the model flagged (as "model: ..."); for tests only."""
    readings = _readings(text or "")
    let_go: list[tuple[int, int]] = []
    for index, (reading, parts) in enumerate(readings):
        found = _matches_in(reading, parts, let_go=let_go if index == 0 else None)
        if found:
            found.sort(key=lambda item: (item[0], -item[1]))
            kept = []
            for start, end, phrase in found:
                if kept and start < kept[-1][1]:
                    continue  # inside a longer phrase already kept
                kept.append((start, end, phrase))
            return [phrase for _, _, phrase in kept]
    if not readings:
        return []
    return [f"model: {sentence}" for sentence in _model_sentences(readings[0][0], let_go)]


def _flags(text: str) -> bool:
    readings = _readings(text)
    let_go: list[tuple[int, int]] = []
    for index, (reading, parts) in enumerate(readings):
        if _matches_in(reading, parts, first_only=True, let_go=let_go if index == 0 else None):
            return True
    return bool(_model_sentences(readings[0][0], let_go))


def screen(*texts: str) -> bool:
    """True when any of the texts should raise a safety alert."""
    return any(_flags(text) for text in texts if text)
