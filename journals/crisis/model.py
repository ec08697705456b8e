"""The model under the rules: what it learns from, and when it is heard."""

import functools
import json
import re
from pathlib import Path

from . import regression
from .matching import _matches_in
from .reading import _QUOTE, _SENTENCE_BREAK, _SOFT_BREAK, _first_reading

# The labelled phrasings ship with the app, since the model learns from them at run time.
CORPUS_DIR = Path(__file__).resolve().parent.parent / "crisis_data"
# What the model learns from. holdout2.json is never among them: it measures the screen on
# phrasings nobody tuned for.
TRAINING_CORPORA = ("corpus.json", "holdout.json")
# When the model is heard. Only on a sentence that names a theme of risk: a height, a
# means, a wound, a leave-taking, a burden. Never on the words of dying, killing and
# living themselves, whose plain uses the rules already read and whose idioms ("my phone
# died", "quiero vivir") a bag of words cannot tell from a wish. A sentence that touches
# such a theme only through a common word ("nobody", "ready", "done", "last") must be of
# some length and the model nearly certain: "nobody understands me" is low mood, not a
# plan. Both levels were chosen by five-fold cross-validation on the training corpora
# (tests/journals/crisis_corpus/README.md gives the figures).
MODEL_THRESHOLD = 0.9
LOOSE_THEME_THRESHOLD = 0.99
LOOSE_THEME_MIN_WORDS = 5
THEMES = re.compile(
    r"\b(?:"
    r"bridges?|overpass\w*|roofs?|rooftops?|ledges?|edge|cliffs?|balcon(?:y|ies)|"
    r"railings?|top floor|parking garage|quarry|buildings?|tracks|trains?|subway|"
    r"platforms?|traffic|highway|jump\w*|fall|falling|drop|water|river|lake|ocean|sea|"
    r"drown\w*|pills?|meds|medications?|painkillers|tablets|bottles?|prescriptions?|"
    r"refill\w*|overdos\w*|dose|doses|opioids|insulin|rope|belt|noose|knife|knives|"
    r"blade\w*|razor\w*|guns?|pistol|revolver|rifle|shotgun|firearm|weapon|ammo|bullets?|"
    r"trigger|cut|cuts|cutting|burn\w*|hurt\w*|harm\w*|bleed\w*|bled|blood|scars?|wounds?|"
    r"bruis\w*|punch\w*|knuckles|scratch\w*|starv\w*|goodbye\w*|farewell|letters?|notes?|"
    r"testament|insurance|funeral|burden\w*|without me|better off|rid of me|when im gone|"
    r"after im gone|passwords|disappear\w*|vanish\w*|forever|for good|staying alive|"
    r"stay alive|keep living|reasons? to stay|puentes?|vias|azoteas?|balcon|cornisa|"
    r"acantilado|tren|anden|edificio|saltar|vacio|rio|mar|pastillas|pildoras|medicamentos|"
    r"somniferos|calmantes|analgesicos|ansioliticos|frasco|caja entera|cuerda|soga|"
    r"pistola|revolver|escopeta|arma|balas|gatillo|cuchill\w*|navaja|cortes|corte|quem\w*|"
    r"golpe\w*|rasgu\w*|aranaz\w*|quemaduras|sangr\w*|cicatri\w*|despedi\w*|despedida|"
    r"adios|cartas?|testamento|contrasenas|carga|estorbo|sin mi|desaparecer|para siempre|"
    r"seguir viv[oa]"
    r")\b"
)
LOOSE_THEMES = re.compile(
    r"\b(?:"
    r"bye|last|final|cards?|will|weight|keys|gave|giving|give|away|plan|plans|planned|"
    r"ready|decided|decision|date|peace|gone|around|anymore|no more|nobody|no one|alone|"
    r"tonight|enough|end|ending|over|done|stop|exist\w*|wake|waking|asleep|keep going|"
    r"forgive|sorry|miss|caer|corto|pared|ultim[oa]|siempre|notas?|peso|nadie|irme|volver|"
    r"quedarme|seguir aqui|fecha|listo|lista|paz|acabe|acabar|terminar|termine|pare|"
    r"despertar|nunca mas|ya no"
    r")\b"
)
# Nor on a sentence set in an ordinary moment of a day (a party, a recipe, the gym, a trip,
# pills taken every morning): in quiet entries such words sit beside the risky ones far
# more often than in risky entries, where the rules, not the model, must do the reading.
ORDINARY_CONTEXT = re.compile(
    r"\b(?:"
    r"lol|lmao|haha\w*|jaja\w*|fun|funny|excited|exciting|yay|woo\w*|cant wait|vacation|"
    r"holiday|holidays|party|birthday|christmas|thanksgiving|easter|cabin|beach|concert|"
    r"recipe|cooking|cook|baking|turkey|lasagna|every morning|every day|every night|"
    r"per day|a day|as prescribed|como siempre|cada manana|cada dia|todos los dias|"
    r"vacaciones|fiesta|cumpleanos|navidad|finde|receta|cocinando|cocinar|hello|hola|"
    r"thesis|homework|chores|papeleo|grateful|gratitude|agradecid\w*|agradecimiento|"
    r"retiro|retreat|hike|hiking|swing|sunset|atardecer|semester|finals|exams?|deadline|"
    r"workday|workweek|school year|meeting|beautiful|gorgeous|lovely|bonit[oa]|"
    r"precios[oa]|bike ride|by bike|en bici|paseo|picnic|with friends|con amigos|hunting|"
    r"range|climbing|camping|sailing|fishing|gym|gimnasio|workout|class|clase|school|"
    r"escuela|colegio|office|oficina|job|trabajo|boss|jefe|taxes|tax|impuestos|barbecue|"
    r"bbq|grill|carne asada|kitchen|cocina|garden|gardening|jardin|podcast|movie|pelicula|"
    r"series|serie|novel|novela|game|partido|match|team|equipo|blood test|analisis|"
    r"dentist|dentista|haircut|corte de pelo|baby|bebe|wedding|boda|trip|viaje|travel\w*|"
    r"flight|vuelo|airport|aeropuerto|hotel|pool|piscina|alberca|skiing|sled\w*|pumpkin|"
    r"calabaza|garage sale|cover letter|resume|interview|entrevista|exam|examen|essay|"
    r"laundry|dishes|cleaning|limpiar|groceries|shopping|compras|store|tienda|mall|coffee|"
    r"cafe|tea|dinner|cena|lunch|comida|breakfast|desayuno|snacks?|dessert|postre|cake|"
    r"pastel|cookies|pizza|meme|tiktok|instagram|social media|redes|phone|movil|celular|"
    r"laptop|app|email|correo|traffic|trafico|commute|weather|rain|lluvia|sunburn\w*|"
    r"renovation|mudanza|moving|landlord|roommate|perfume|hot tub|gps|lottery|loteria|"
    r"melatonin\w*|vitamin\w*|allerg\w*|cazar|caza|me encanta|"
    r"i love|iluminad\w*"
    r")\b"
)
_NOT_WORDS = {_SENTENCE_BREAK, ",", _QUOTE, _SOFT_BREAK}


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in re.finditer(rf" \{_SENTENCE_BREAK}(?= |$)", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(start, end) for start, end in spans if text[start:end].strip()]


def _words(text: str) -> list[str]:
    return [word for word in text.split() if word not in _NOT_WORDS]


def _examples(risky: list[str], quiet: list[str]) -> list[tuple[list[str], bool]]:
    """Each sentence of a quiet phrasing, as quiet; for a risky one, the sentences the rules
    flag in it (a long entry's other sentences say nothing either way), or all of it when
    no rule does."""
    examples = []
    for text in quiet:
        reading = _first_reading(text)
        examples.extend((_words(reading[a:b]), False) for a, b in _sentence_spans(reading))
    for text in risky:
        reading = _first_reading(text)
        spans = _sentence_spans(reading)
        flagged = [
            (a, b)
            for a, b in spans
            if len(spans) == 1 or _matches_in(reading, [(a, b)], first_only=True)
        ]
        examples.extend((_words(reading[a:b]), True) for a, b in flagged or spans)
    return [(words, label) for words, label in examples if words]


def _training_examples() -> list[tuple[list[str], bool]]:
    examples = []
    for name in TRAINING_CORPORA:
        corpus = json.loads((CORPUS_DIR / name).read_text(encoding="utf-8"))
        examples += _examples(corpus["flag"], corpus["no_flag"])
    return examples


@functools.cache
def _model() -> regression.Model:
    """Trained once per process, on first use, always to the same weights."""
    return regression.train(_training_examples())


def _model_sentences(reading: str, let_go: list[tuple[int, int]]) -> list[str]:
    """The sentences the model would flag in a reading: only where the rules are silent (a
    phrase they set aside as an idiom, a denial or someone else's story keeps the model out
    of that sentence too), only on a theme of risk, and only when it is sure."""
    flagged = []
    for start, end in _sentence_spans(reading):
        if any(start < l_end and l_start < end for l_start, l_end in let_go):
            continue
        sentence = reading[start:end]
        words = _words(sentence)
        if THEMES.search(sentence):
            threshold = MODEL_THRESHOLD
        elif LOOSE_THEMES.search(sentence) and len(words) >= LOOSE_THEME_MIN_WORDS:
            threshold = LOOSE_THEME_THRESHOLD
        else:
            continue
        if ORDINARY_CONTEXT.search(sentence):
            continue
        if _model().probability(words) >= threshold:
            flagged.append(" ".join(words))
    return flagged
