"""Whether a phrase is denied: a negation shortly before it, in its clause."""

from .reading import _QUOTE

NEGATIONS = {
    "not",
    "never",
    "no",
    "nor",
    "neither",
    "dont",
    "doesnt",
    "didnt",
    "isnt",
    "wasnt",
    "arent",
    "werent",
    "wont",
    "wouldnt",
    "havent",
    "hasnt",
    "hadnt",
    "shouldnt",
    "aint",
    "without",
    "zero",
    "stopped",
    "quit",
    "nunca",
    "jamas",
    "ni",
    "tampoco",
    "sin",
    "ningun",
    "ninguna",
    "ninguno",
    "cero",
}
# Negations that deny only when followed by "of"/"from": "free of self-harm".
NEGATIONS_BEFORE_OF = {"free", "clean", "libre", "limpio", "limpia"}
# "don't know", "not sure", "never told anyone": doubt or secrecy, which the care team
# should hear about.
NOT_A_DENIAL_WHEN_FOLLOWED_BY = {
    "know",
    "sure",
    "care",
    "mind",
    "tell",
    "told",
    "say",
    "said",
    "admit",
    "admitted",
    "mention",
    "mentioned",
    "share",
    "shared",
    "one",
    "body",
    "matter",
    "doubt",
    "wonder",
    "joke",
    "lie",
    "idea",
    "se",
    "puedo",
    "dicho",
    "contado",
    "caring",
}
# "I don't think I can go on" is a hedge; "I don't think about it anymore" is a denial.
_THINK = {"think", "believe", "feel", "creo"}
_HEDGE_ADVERBS = {"even", "really", "just", "so", "quite", "that", "too", "actually", "realmente"}
# Before a negation these undo it: "I'm scared I won't stop myself", and, themselves
# denied, "I can't promise I won't hurt myself" ("I promise I would never" still denies).
_UNDOES_A_LATER_NEGATION = {"unsure", "afraid", "scared", "worried", "idk"}
_UNDOES_WHEN_DENIED = {"promise", "sure", "guarantee", "know", "swear"}
NEGATION_REACH = 6  # words before the phrase a negation may stand
# Between a negation and the phrase it denies stand only words like these ("I have never
# really thought about", "no estoy pensando en"); any other word means the negation belongs
# to another verb ("no tengo trabajo quiero morir", "didnt eat lunch want to die").
_LEAD_IN = {
    "i",
    "im",
    "id",
    "ive",
    "really",
    "even",
    "ever",
    "actually",
    "truly",
    "honestly",
    "seriously",
    "currently",
    "want",
    "wanna",
    "wanted",
    "wish",
    "wished",
    "think",
    "thinking",
    "thought",
    "thoughts",
    "plan",
    "planning",
    "planned",
    "intend",
    "intending",
    "intention",
    "intentions",
    "going",
    "gonna",
    "to",
    "about",
    "of",
    "have",
    "had",
    "has",
    "having",
    "any",
    "urges",
    "urge",
    "feel",
    "feeling",
    "felt",
    "like",
    "am",
    "be",
    "been",
    "being",
    "will",
    "would",
    "do",
    "does",
    "did",
    "mean",
    "just",
    "so",
    "all",
    "more",
    "anymore",
    "again",
    "the",
    "a",
    "an",
    "plans",
    "desire",
    "need",
    "try",
    "tried",
    "trying",
    "considering",
    "considered",
    "consider",
    "once",
    "longer",
    "at",
    "in",
    "my",
    "life",
    "whole",
    "entire",
    "single",
    "one",
    "ideas",
    "idea",
    "was",
    "were",
    "is",
    "are",
    "risk",
    "danger",
    "that",
    "this",
    "kind",
    "sort",
    "much",
    "way",
    "gotten",
    "got",
    "anything",
    "slightest",
    "remotely",
    "me",
    "te",
    "se",
    "lo",
    "la",
    "le",
    "les",
    "nos",
    "ya",
    "he",
    "ha",
    "hemos",
    "han",
    "habia",
    "estoy",
    "estaba",
    "voy",
    "iba",
    "pienso",
    "pensado",
    "pensando",
    "pensaria",
    "en",
    "quiero",
    "queria",
    "quisiera",
    "tengo",
    "tenido",
    "ganas",
    "de",
    "intencion",
    "planes",
    "deseo",
    "pensamientos",
    "mas",
    "nunca",
    "jamas",
    "tampoco",
    "siquiera",
    "para",
    "nada",
    "siento",
    "sentia",
    "sentido",
    "hago",
    "soy",
    "era",
    "sido",
    "hice",
    "haria",
    "hecho",
    "hacer",
}
# A negation's reach ends at these: "I'm not okay and I want to die".
_SCOPE_BREAKS = {
    "and",
    "but",
    "so",
    "because",
    "cause",
    "then",
    "though",
    "although",
    "however",
    "y",
    "pero",
    "porque",
    "que",
    "sino",
    "aunque",
    "entonces",
    "i",
    "yo",
}


def _negated(before: str, phrase: str) -> bool:
    """Whether a negation stands shortly before the phrase, in its clause."""
    words = before.split()
    scope = []
    for word in reversed(words):
        if word in {".", ",", _QUOTE}:
            break
        scope.append(word)
        if word in _SCOPE_BREAKS or len(scope) >= NEGATION_REACH:
            break
    scope.reverse()
    for index in range(len(scope) - 1, -1, -1):
        word = scope[index]
        following = [w for w in scope[index + 1 :] + phrase.split() if w not in _HEDGE_ADVERBS]
        nxt = following[0] if following else ""
        if word in NEGATIONS_BEFORE_OF and nxt in {"of", "from", "de"}:
            return True
        if word not in NEGATIONS:
            continue
        if any(w not in _LEAD_IN for w in scope[index + 1 :]):
            continue
        if word == "no" and nxt in {"one", "body", "matter", "idea"}:
            continue
        if word in {"stopped", "quit"} and index and scope[index - 1] in {"cant", "cannot"}:
            continue
        if nxt in NOT_A_DENIAL_WHEN_FOLLOWED_BY:
            continue
        if nxt == "estoy" and len(following) > 1 and following[1].startswith("segur"):
            continue
        in_scope = [w for w in scope[index + 1 :] if w not in _HEDGE_ADVERBS]
        thinking = in_scope and in_scope[0] in _THINK
        if thinking and (len(in_scope) == 1 or in_scope[1] not in {"about", "of"}):
            continue
        earlier = words[: len(words) - len(scope) + index][-4:]
        if any(w in _UNDOES_A_LATER_NEGATION for w in earlier):
            continue
        doubted = [
            w
            for before_w, w in zip(earlier, earlier[1:], strict=False)
            if w in _UNDOES_WHEN_DENIED and before_w in NEGATIONS | {"cant", "cannot"}
        ]
        if doubted:
            continue
        return True
    return False
