"""How a text is read: normalized to tokens (shorthand, leet, typos, stretched letters,
sentence breaks), in up to four readings."""

import functools
import re
import unicodedata

# Shorthand, as typed on a phone.
_SHORTHAND = {
    "idk": "i dont know",
    "idc": "i dont care",
    "ngl": "not gonna lie",
    "tbh": "to be honest",
    "rn": "right now",
    "u": "you",
    "ur": "your",
    "cuz": "because",
    "coz": "because",
    "bc": "because",
    "bcuz": "because",
    "tho": "though",
    "wnat": "want",
    "wamt": "want",
    "wnt": "want",
    "dnt": "dont",
    "ima": "im gonna",
    "imma": "im gonna",
    "gunna": "gonna",
    "gona": "gonna",
    "rly": "really",
    "rlly": "really",
    "realy": "really",
    "anymor": "anymore",
    "nomore": "no more",
    "every1": "everyone",
    "some1": "someone",
    "no1": "no one",
    "ppl": "people",
    "b4": "before",
    "2nite": "tonight",
    "tonite": "tonight",
    "2day": "today",
    "2morrow": "tomorrow",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "shd": "self harmed",
    "ded": "dead",
    "kiero": "quiero",
    "qiero": "quiero",
    "kero": "quiero",
    "qero": "quiero",
    "kisiera": "quisiera",
    "q": "que",
    "k": "que",
    "ke": "que",
    "xq": "porque",
    "pq": "porque",
    "xk": "porque",
    "pk": "porque",
    "tb": "tambien",
    "tmb": "tambien",
    "aki": "aqui",
    "mrir": "morir",
    "idw": "i dont want",
    "idwt": "i dont want to",
    "idek": "i dont even know",
    "wtd": "want to die",
    "whant": "want",
    "wan": "want",
    "toy": "estoy",
    "tas": "estas",
    "pa": "para",
    "d": "de",
    "x": "por",
    "boutta": "about to",
    "bout": "about",
    "abt": "about",
    "finna": "going to",
    "tryna": "trying to",
    "lemme": "let me",
    "prolly": "probably",
    "tn": "tonight",
    "b": "be",
    "w": "with",
    "n": "and",
    "m": "me",
    "t": "te",
    "thinkin": "thinking",
    "killin": "killing",
    "dyin": "dying",
    "livin": "living",
    "goin": "going",
    "tryin": "trying",
    "wantin": "wanting",
    "cuttin": "cutting",
    "hurtin": "hurting",
    "endin": "ending",
    "jumpin": "jumping",
    "nothin": "nothing",
    "aora": "ahora",
    "vdd": "verdad",
    "quero": "quiero",
}
# Key words whose one-letter slips ("sucidal", "matrme") are read as the word; real words
# one letter away stay what they are.
_SLIP_PRONE = (
    "myself",
    "suicide",
    "suicidal",
    "suicidio",
    "suicidarme",
    "overdose",
    "unalive",
    "anymore",
    "matarme",
    "morirme",
    "hopeless",
)
_NOT_SLIPS = {
    "overdone",
    "suicides",
    "suicida",
    "suicido",
    "suicidas",
    "matarte",
    "matarse",
    "matarle",
    "matarlo",
    "matarla",
    "morirse",
    "morirte",
    "hopeful",
    "edad",
    "ned",
    "ide",
    "wnated",
    "lives",
    "liver",
    "quieto",
    "muerte",
    "muerto",
    "muerta",
    "muertos",
    "muertas",
    "muera",
    "muero",
    "muere",
    "mueres",
    "mueran",
    "mueren",
    "pastilla",
    "despedido",
    "despida",
    "quiera",
    "tied",
    "exit",
    "mata",
    "ding",
    "pint",
    "sleepy",
    "worthy",
    "asleep",
    "tried",
    "pill",
    "cargar",
    "despertara",
    "overdosed",
    "suicidar",
    "hurts",
    "alike",
    "deaths",
    "wished",
    "sleeps",
    "slept",
}
_LEET = str.maketrans("013457", "oieast")
# The words a typo is read as. Swapped letters are read in any of them; a letter dropped
# or doubled only in the longer ones, where few real words lie one letter away (those few
# are listed in _NOT_SLIPS).
_TYPO_TARGETS = {
    "die",
    "dead",
    "kill",
    "want",
    "wanna",
    "life",
    "live",
    "self",
    "end",
    "hurt",
    "harm",
    "cut",
    "wish",
    "pills",
    "alive",
    "death",
    "dying",
    "sleep",
    "wake",
    "exist",
    "myself",
    "suicide",
    "suicidal",
    "anymore",
    "overdose",
    "killing",
    "living",
    "hopeless",
    "goodbye",
    "forever",
    "disappear",
    "burden",
    "nobody",
    "everyone",
    "without",
    "better",
    "worth",
    "point",
    "reason",
    "tired",
    "unalive",
    "quiero",
    "morir",
    "matar",
    "vivir",
    "vida",
    "muerte",
    "muerto",
    "muerta",
    "carga",
    "cuerda",
    "soga",
    "morirme",
    "matarme",
    "suicidarme",
    "suicidio",
    "quitarme",
    "despido",
    "aguanto",
    "pastillas",
    "cortarme",
    "desaparecer",
    "despedida",
    "despertar",
    "existir",
    "nadie",
    "siempre",
}
_LONG_TYPO_TARGETS = tuple(sorted(word for word in _TYPO_TARGETS if len(word) >= 5))

_QUOTE = "«"
# A sentence break guessed from a capital ("end it Anyway"): it ends a phrase like a full
# stop, but an exception just past it still counts ("how tall the Eiffel Tower is for my
# son's homework"), as the capital may only be a name.
_SOFT_BREAK = "\u00a6"
_WORD = re.compile(r"[a-z0-9]+")
_SENTENCE_BREAK = "."


def _one_slip_apart(word: str, target: str) -> bool:
    """True when one letter added, dropped, changed or two swapped turn word into target."""
    if abs(len(word) - len(target)) > 1 or word == target:
        return False
    if len(word) == len(target):
        diffs = [i for i in range(len(word)) if word[i] != target[i]]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and word[diffs[0]] == target[diffs[1]]
            and word[diffs[1]] == target[diffs[0]]
        )
    shorter, longer = sorted((word, target), key=len)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


@functools.lru_cache(maxsize=4096)
def _typo_fix(word: str) -> str:
    """The risk word a mistyped word stands for: two letters swapped ("wnat", "dei", "lfie"),
    a letter dropped or doubled in a long one ("livng", "morime"), any one slip in a few
    key words ("sucidal"). Only these words are aimed at, and real words are left alone, so
    "diet" never becomes "die" nor "shaving" "having"."""
    if word in _TYPO_TARGETS or len(word) < 3 or word in _NOT_SLIPS:
        return word
    if word.endswith("s") and (word[:-1] in _TYPO_TARGETS or word[:-2] in _TYPO_TARGETS):
        return word  # a plural, not a slip
    for i in range(len(word) - 1):
        swapped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        if swapped in _TYPO_TARGETS:
            return swapped
    for target in _LONG_TYPO_TARGETS:
        if abs(len(target) - len(word)) == 1 and _one_slip_apart(word, target):
            return target
    if len(word) >= 5:
        for target in _SLIP_PRONE:
            if _one_slip_apart(word, target):
                return target
    return word


def _token(word: str) -> str:
    if word in _SHORTHAND:
        return _SHORTHAND[word]
    looks_leet = re.search(r"[a-z]", word) and re.search(r"[013457]", word)
    if looks_leet and not re.fullmatch(
        r"\d+(?:st|nd|rd|th|mg|ml|am|pm|s|x|k|g|h|min|hrs?|kg)", word
    ):
        word = word.translate(_LEET)
    if word.isalpha():
        return _typo_fix(word)
    return word


def _tokens(text: str, *, capitals_start_sentences: bool) -> list[str]:
    if capitals_start_sentences:
        # A capital after a lowercase word may start a sentence the writer did not close
        # ("I want to end it Anyway I made soup"); "I" is capitalised anywhere.
        text = re.sub(
            r"(?<=[a-z]) (?=[A-Z](?![A-Z'\u2019 ]|m\b|ve\b|d\b|ll\b))", f" {_SOFT_BREAK} ", text
        )
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    apostrophes = "'\u2019\u2018\u02bc`\u00b4"
    text = re.sub(rf"(?<=[a-z0-9])[{apostrophes}](?=[a-z])", "", text)
    text = re.sub(rf"[{apostrophes}\"\u201c\u201d\u201e\u00ab\u00bb]", f" {_QUOTE} ", text)
    text = re.sub(r"[.!?;\n\r\u2026]+", " . ", text)
    text = re.sub(r"[,:()\[\]\u2014\u2013]+", " , ", text)
    text = re.sub(rf"[^a-z0-9.,{_QUOTE}{_SOFT_BREAK}]+", " ", text)
    # Contractions typed apart ("don t", "i m"), or split by an apostrophe not listed above.
    text = re.sub(
        r"\b(i|don|can|won|isn|didn|doesn|wouldn|couldn|shouldn|wasn|weren|aren|haven|hasn|"
        r"hadn|ain|you|we|they|it|that|what|he|she|there) (t|m|s|d|ve|ll|re)\b",
        r"\1\2",
        text,
    )
    return " ".join(_token(word) for word in text.split()).split()


def _normalize(text: str) -> list[str]:
    """The text as tokens, in up to four readings: letters stretched for emphasis squeezed
    to two ("killlll" -> "kill") and to one ("dieeee" -> "die"), and with and without a
    sentence break before a capital that follows a lowercase word (a new sentence, or a
    name like "Tylenol")."""
    readings: list[str] = []
    for capitals_start_sentences in (False, True):
        tokens = _tokens(text, capitals_start_sentences=capitals_start_sentences)
        for squeeze in (r"\1\1", r"\1"):
            reading = " " + " ".join(re.sub(r"([a-z])\1{2,}", squeeze, word) for word in tokens)
            if reading not in readings:
                readings.append(reading)
    return readings


def _first_reading(text: str) -> str:
    """The first of the readings _normalize gives, alone."""
    tokens = _tokens(text, capitals_start_sentences=False)
    return " " + " ".join(re.sub(r"([a-z])\1{2,}", r"\1\1", word) for word in tokens)


def _changed_parts(reading: str, first: str) -> list[tuple[int, int]]:
    """Where a further reading differs from the first: the sentences it reads otherwise,
    each with the sentence after it. Elsewhere it finds only what the first reading found,
    so a long entry is not read four times over."""
    breaker = f" {_SENTENCE_BREAK} "
    sentences, first_sentences = reading.split(breaker), first.split(breaker)
    if len(sentences) != len(first_sentences):
        return [(0, len(reading))]
    starts = [0]
    for sentence in sentences:
        starts.append(starts[-1] + len(sentence) + len(breaker))
    parts: list[tuple[int, int]] = []
    for index, (sentence, first_sentence) in enumerate(
        zip(sentences, first_sentences, strict=True)
    ):
        if sentence == first_sentence:
            continue
        last = min(index + 1, len(sentences) - 1)
        start, end = starts[index], starts[last] + len(sentences[last])
        if parts and start <= parts[-1][1]:
            parts[-1] = (parts[-1][0], end)
        else:
            parts.append((start, end))
    return parts


def _readings(text: str) -> list[tuple[str, list[tuple[int, int]]]]:
    """Each reading of the text with the parts of it that need reading."""
    readings = _normalize(text)
    return [(readings[0], [(0, len(readings[0]))])] + [
        (reading, _changed_parts(reading, readings[0])) for reading in readings[1:]
    ]
