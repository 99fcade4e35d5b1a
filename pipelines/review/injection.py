"""Prompt-injection detection in everything a review prompt carries (EN, DE, FR, ES).

Policy:

- Every detected attempt is a `critical` finding (category "prompt_injection") quoting the
  exact phrase of the resume text.
- Every user-controlled part of a prompt (resume text, section headings, job description)
  is masked before it is sent: each line holding a detected injection is blanked, same
  length, so offsets of all other text are unchanged.
- An agent whose answer came from a language model and whose prompt material held an
  injection is left out of the overall score (outcome ``excluded``, with where it was
  found), and the request needs a human's attention: masking removes what was detected,
  not what was missed next to it. The offline reviewer analyses the masked text with fixed
  rules, so its score stands.

How detection works: the text is normalised (casefolded; diacritics, zero-width characters
and look-alike Cyrillic and Greek letters removed, a word-final "é" kept to tell "noté" from
"note"; letter-spaced words such as "I g n o r e" joined;
runs of spaces collapsed), keeping for each normalised character its index in the original
so that quotes and masks are exact. Phrase patterns per language then look for the shapes
an instruction to a reviewer takes: an override verb with its object ("ignore ... previous
instructions", "vergiss ... Anweisungen"), a new role ("you are now a", "tu es désormais"),
the system prompt, a demanded score (an imperative verb, the candidate, and a top value), a
gag ("do not mention"), and text addressed to an AI. Words inside a pattern are separated by
``\\W*``, so odd spacing and punctuation between them do not matter. Paraphrases no pattern
knows are read by `pipelines.review.injection_cues`: each sentence is flagged when general
cues combine (a directive, the review, the reader, the candidate, a top value). Both run on
three readings of the text: as normalised, with hyphens inside words removed ("ig-nore"),
and with leetspeak read as letters ("1gn0re").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from core.enums import Severity
from pipelines.review.injection_cues import cue_spans
from pipelines.review.schemas import MAX_FEEDBACK_ITEMS, AgentReview, FeedbackDraft

CATEGORY = "prompt_injection"
MAX_FINDINGS = 10

_INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad")
# Cyrillic letters that look like Latin ones: "\u0456gnore" must read as "ignore".
_LOOKALIKES = str.maketrans(
    "\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u0501"
    "\u03bf\u03b1\u03b5\u03b9\u03c1\u03ba\u03bd\u03c4",
    "aeopcyxijsdoaeipkvt",
)
# A word-final "é" ("noté", "notées", "califiqué"): see `_fold`.
_FINAL_E = re.compile(r"[\u00e9\u00c9](?=[eEsS]{0,2}(?![^\W\d_]))")
# A run of at least four single letters separated by one space or dot: "i g n o r e".
_LETTER_SPACED = re.compile(r"(?<!\w)\w(?:[ .\-_*·]\w(?!\w)){3,}")

# --- the phrase patterns (normalised text; a space means "any non-word characters") ------

_AI = (
    r"(?:ai|a\.i\.|ki|ia|llm|gpt|chatgpt|claude|gemini|language models?|sprachmodell|"
    r"modele de langage|modelo de lenguaje|assistant|asistente|assistent|chatbot|bot|"
    r"screener|ats|automated (?:reviewer|screener|system)s?)"
)
_TOP_VALUE = (
    r"(?:10 ?/ ?10|100 ?/ ?100|20 ?/ ?20|5 ?/ ?5|100|ten out of ten|zehn von zehn|"
    r"(?:perfect|maximum|max|highest|top|full|best) (?:possible )?"
    r"(?:score|rating|marks?|grade|ranking|evaluation)|full marks|"
    r"(?:an? )?(?:excellent|perfect|strong|ideal|top) (?:match|fit|candidate|hire|choice)|"
    r"(?:hochste|maximale|volle|beste|bestmogliche|perfekte) (?:punktzahl|bewertung|note|punkte)|"
    r"hochstnote|bestnote|hochstpunktzahl|hochstwertung|"
    r"(?:note|score|rating|grade|punktzahl|puntuacion|calificacion|nota) (?:de |of |von )?"
    r"(?:10 ?/ ?10|20 ?/ ?20|100 ?/ ?100|100)\b|"
    r"(?:perfekte|ideale|beste) (?:besetzung|wahl|passung)|"
    r"(?:note|score|evaluation) (?:maximale?|parfaite?|la plus (?:haute|elevee))|"
    r"(?:meilleure|maximale) (?:note|score)|(?:parmi )?les meilleurs|"
    r"(?:puntuacion|calificacion|nota|valoracion|puntaje) (?:maxima|perfecta|mas alta)|"
    r"(?:maxima|mejor) (?:puntuacion|calificacion|nota)|(?:la )?mejor opcion)"
)
_CANDIDATE = (
    r"(?:candidate|applicant|resum\u00e9?|resume|cv|profile|application|person|submission|me|him|her|"
    r"kandidat(?:en|in)?|bewerber(?:in)?|lebenslauf|bewerbung|profil|person|"
    r"candidat|candidate|candidature|personne|dossier|"
    r"candidat[oa]|curriculum|perfil|persona|postulante|candidatura)"
)
_SCORE_VERB = (
    r"(?:give|assign|award|grant|rate|score|grade|mark|rank|"
    r"gib|geben sie|vergib|vergeben sie|bewerte|bewerten sie|benote|erteile|stufe|stufen sie|"
    r"donne|donnez|attribue|attribuez|accorde|accordez|mets|mettez|note|notez|evalue|evaluez|"
    r"classe|classez|"
    r"da|dale|otorga|otorgale|asigna|asignale|pon|ponle|califica|puntua|evalua|concede|"
    r"concedele|clasifica|considera)\b"
)
_FILLER = (
    r"(?:(?:a|an|the|as|with|at|of|to|mit|die|den|eine|einen|als|auf|"
    r"la|le|une|un|au|de|comme|con|el|una|al) )*"
)
_DETERMINER = (
    r"(?:(?:this|the|that|my|our|diesem|diesen|dieser|diese|dieses|dem|den|die|das|"
    r"a|au|ce|cette|cet|le|la|al|este|esta|el) )*"
)
_MUST = (
    r"(?:should|must|shall|deserves? to|needs? to|has to|muss|soll|sollte|verdient|"
    r"doit|devrait|merite|debe|deberia|merece|tiene que)"
)
_OVERRIDE_VERB = (
    r"(?:ignore|disregard|forget|override|skip|bypass|set aside|pay no attention to|"
    r"do not follow|don.?t follow|stop following|discard|"
    r"ignoriere|ignorieren sie|vergiss|vergessen sie|missachte|missachten sie|uberspringe|"
    r"verwirf|verwerfen sie|"
    r"ignorez|oublie|oubliez|neglige|negligez|ecarte|ecartez|fais abstraction|"
    r"faites abstraction|ne tiens (?:plus )?pas compte|ne tenez (?:plus )?pas compte|"
    r"ne suis pas|ne suivez pas|ne respecte pas|ne respectez pas|"
    r"ignora|ignoren|ignorad|olvida|olvide|olviden|olvidad|descarta|descarte|omite|omita|"
    r"desestima|haz caso omiso (?:a|de)|no hagas caso (?:a|de)|no sigas|no siga|"
    r"deja de seguir|no tengas en cuenta)"
)
_OVERRIDE_DET = (
    r"(?:(?:all|any|every|the|your|my|these|those|of|each|about|alle|all|die|deine|ihre|"
    r"samtliche|jegliche|diese|den|der|de|des|du|d|toutes|tous|les|tes|vos|ces|"
    r"todas|todos|las|los|tus|sus|estas|a) )*"
)
_PRIOR = (
    r"(?:previous|prior|above|earlier|preceding|foregoing|former|original|initial|existing|"
    r"system|old|given|"
    r"vorherigen?|vorigen?|bisherigen?|obigen?|fruheren?|vorangegangenen?|vorstehenden?|"
    r"ursprunglichen?|alten?|gegebenen?|erhaltenen?)"
)
# French and Spanish put the qualifier after the noun: "les consignes précédentes".
_PRIOR_AFTER = (
    r"(?:precedentes?|anterieures?|ci-dessus|initiales?|d.?origine|originales?|"
    r"anteriores|previas|de arriba|iniciales|originales)"
)
# "... no longer apply": the earlier instructions declared void instead of ignored.
_VOID = (
    r"(?:no longer apply|are (?:void|invalid|obsolete|cancelled|irrelevant)|"
    r"don.?t (?:apply|count)|sind (?:ungultig|aufgehoben|hinfallig)|gelten nicht mehr|"
    r"ne comptent plus|ne s.?appliquent plus|sont (?:annulees|caduques|obsoletes)|"
    r"ya no (?:valen|aplican|cuentan)|(?:son|quedan) (?:nulas|invalidas|anuladas))"
)
_ORDERS = (
    r"(?:instructions?|prompts?|directions?|directives?|rules|guidelines|guidance|context|"
    r"orders|commands|constraints|programming|"
    r"anweisung(?:en)?|instruktion(?:en)?|befehle?|regeln|vorgaben|richtlinien|anordnungen|"
    r"consignes?|regles|indications?|ordres|"
    r"instrucciones|indicaciones|directrices|ordenes|reglas|normas|consignas)"
)

# The rest of the clause, so that the quote shows the whole instruction.
_REST = r"[^\n.;!?]{0,80}"

_PATTERNS: tuple[tuple[str, str], ...] = (
    (rf"\b{_OVERRIDE_VERB} {_OVERRIDE_DET}(?:{_PRIOR} )?{_ORDERS}", "instruction override"),
    (
        rf"\b{_PRIOR} {_ORDERS} (?:bitte )?(?:ignorieren|vergessen|missachten|nicht beachten|"
        r"nicht befolgen|ausser acht lassen|uberspringen)",
        "instruction override",
    ),
    (
        rf"\b(?:{_PRIOR} {_ORDERS}|{_ORDERS} {_PRIOR_AFTER}) (?:\w+ ){{0,3}}?{_VOID}",
        "instruction override",
    ),
    (
        r"\b(?:forget|disregard|ignore|vergiss|vergessen sie|oublie|oubliez|olvida|olvide|"
        r"olvidad) (?:about )?(?:everything|anything|whatever|alles|tout|todo) "
        r"(?:(?:that )?you (?:were|have been|ve been) (?:told|given|asked)|"
        r"(?:written |said |stated )?(?:above|before|so far|previously|earlier)|"
        r"(?:was|das) (?:dir|ihnen|du|sie)|bisherige|vorherige|obige|davor|"
        r"ce (?:qu.?on|que|qui)|ce qui precede|"
        r"lo (?:que|anterior|de antes|dicho))",
        "instruction override",
    ),
    (
        r"\b(?:you(?: are|.?re)|du bist|sie sind|tu es|vous etes|eres|usted es) "
        r"(?:now|jetzt|nun|ab sofort|ab jetzt|von nun an|maintenant|desormais|dorenavant|"
        r"a present|ahora) (?:a|an|the|my|in|acting|operating|playing|going to|free|no longer|"
        rf"ein|eine|der|die|das|kein|mein|un|une|le|la|mon|el|una)\b{_REST}",
        "role reassignment",
    ),
    (
        r"\b(?:from now on|starting now|ab sofort|ab jetzt|von nun an|a partir de maintenant|"
        r"desormais|dorenavant|a partir de ahora|desde ahora|de ahora en adelante|ahora) ?,? "
        r"(?:you (?:are|will|must|should|shall)|bist du|sind sie|handelst du|agierst du|"
        r"sollst du|wirst du|musst du|tu (?:es|agis|dois|seras|vas)|"
        rf"vous (?:etes|agissez|devez|serez|allez)|eres|seras|actuas|debes|vas a)\b{_REST}",
        "role reassignment",
    ),
    (
        r"\b(?:pretend (?:to be|you are)|your new (?:role|task|job|persona) is)\b",
        "role reassignment",
    ),
    (
        r"\b(?:your|dein(?:en)?|ihr(?:en)?|ton|votre|tes|vos|tu|su|tus|sus) "
        r"(?:system ?(?:prompt|message|instructions?)|(?:initial|original|hidden) "
        r"(?:prompt|instructions)|systemprompt|systemanweisung(?:en)?|systemnachricht|"
        r"(?:prompt|invite|message|instructions?|consignes?) (?:systeme|du systeme)|"
        r"(?:prompt|mensaje|instrucciones?) (?:del|de) sistema)",
        "reference to the system prompt",
    ),
    (
        r"\b(?:reveal|print|show|repeat|output|display|leak) (?:me )?(?:the|your|its) "
        r"(?:full |entire |complete |hidden |original )?(?:system )?prompt\b",
        "prompt leak",
    ),
    (
        r"\b(?:new|updated|real|neue|nouvelles?|nuevas) (?:instructions?|task|rules|anweisungen|"
        r"aufgabe|consignes|instrucciones|tarea) ?:",
        "injected instructions",
    ),
    (
        rf"\b{_SCORE_VERB} {_DETERMINER}{_CANDIDATE} {_FILLER}{_TOP_VALUE}",
        "score manipulation",
    ),
    (
        r"\b(?:give|assign|award|grant|gib|geben sie|vergib|vergeben sie|donne|donnez|attribue|"
        r"attribuez|accorde|accordez|da|dale|otorga|otorgale|asigna|asignale)\b "
        rf"{_FILLER}{_TOP_VALUE}",
        "score manipulation",
    ),
    (
        rf"\b{_CANDIDATE} {_MUST} (?:\w+ ){{0,2}}?{_FILLER}{_TOP_VALUE}",
        "score manipulation",
    ),
    (
        r"\b(?:(?:do not|don.?t|never|avoid|must not|mustn.?t|should not|shouldn.?t|may not) "
        r"(?:mention|report|flag|reveal|disclose|note|"
        r"point out|bring up|comment on) (?:this|these|that|those|the|any|anything|gaps?)|"
        r"(?:erwahne|erwahnen sie|nenne|nennen sie|melde|melden sie|verrate|verraten sie) "
        r"(?:\w+ ){0,3}?(?:nicht|nichts|keine)|"
        r"ne (?:mentionne|mentionnez|signale|signalez|revele|revelez|dis|dites|parle|parlez|"
        r"indique|indiquez) (?:pas|rien|jamais|aucune?)|"
        r"no (?:menciones|mencione|mencionen|reveles|revele|informes|informe|senales|senale|"
        r"digas|diga|comentes|comente) (?:\w+ )?(?:los|las|el|la|nada|este|esta|estos|estas|"
        r"esto|ningun|ninguna|mis|sus|tus))\b",
        "request to hide something from the review",
    ),
    (
        rf"\b(?:as an? |als |en tant qu.?(?:une? )?|como (?:una? )?)(?:[\w-]+ ){{0,2}}?{_AI}"
        r"(?:[\w-]+)? (?:\w+ )?,? ?(?:you (?:must|should|will|shall|have to|need to)|"
        rf"musst|mussen|sollst|solltest|tu dois|vous devez|debes|tienes que|deberas)\b{_REST}",
        "instructions addressed to an AI",
    ),
    (
        r"\b(?:note|message|instructions?|memo|reminder|hinweis|nachricht|consigne|nota|"
        r"mensaje|aviso) (?:to|for|an|fur|pour|a|para) (?:the |any |all |every |das |die |"
        r"den |eine |jede |l.?|la |le |les |toute |tout |el |cualquier )?"
        rf"(?:{_AI}|intelligence artificielle|inteligencia artificial|modele|modelo|robot|"
        r"reviewer bot)\b",
        "instructions addressed to an AI",
    ),
    (
        r"\b(?:dear|hey|hi|hello|attention|liebe|lieber|hallo|chere|cher|bonjour|salut|"
        rf"querida|querido|hola|estimada|estimado) {_AI}\b",
        "instructions addressed to an AI",
    ),
    (
        r"\b(?:if you are|falls du|wenn du|falls sie|wenn sie|si tu es|si vous etes|si eres) "
        rf"(?:an? |ein |eine |une? |una? )?(?:{_AI}|modele|modelo|robot)\b",
        "instructions addressed to an AI",
    ),
)
# Not word patterns: chat-template tokens and look-alikes of our data fence.
_TOKEN_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"<\|im_start\|>|<\|im_end\|>|\[/?inst\]|<<sys>>|<\|system\|>", "chat-template tokens"),
    (r"</?\s*resume_data[^>\n]{0,40}>?", "attempt to break out of the data fence"),
)
_COMPILED = tuple(
    (re.compile(pattern.replace(" ", r"\W*")), label) for pattern, label in _PATTERNS
) + tuple((re.compile(pattern), label) for pattern, label in _TOKEN_PATTERNS)
# A hyphen (and a line break after it) inside a word: "Ig-nore", "in-\nstructions".
_WORD_HYPHEN = re.compile(r"(?<=[a-z])-\s?(?=[a-z])")
# Leetspeak, read only in words that mix letters with digits or symbols: "1gn0r3".
_LEET = str.maketrans("013457@$", "oieastas")
_LEET_WORD = re.compile(r"(?<![\w@$])(?=[\w@$]*[a-z])(?=[\w@$]*[0-9@$])[\w@$]+")
# Zero-width / invisible characters, often used to hide instructions from human readers.
_INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad]{3,}")


@dataclass(frozen=True)
class InjectionMatch:
    start: int
    end: int
    label: str

    def quote(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True)
class _Normalised:
    text: str
    origin: tuple[int, ...]  # origin[i]: index in the original text of character i


def _fold(text: str) -> tuple[list[str], list[int]]:
    """Casefold, drop diacritics, invisible characters and look-alikes; collapse spaces.

    A word-final "é" is kept: it tells a participle or a past tense ("noté", "califiqué")
    from the imperative it would otherwise read as ("note", "califique")."""
    chars: list[str] = []
    origin: list[int] = []
    participles = {m.start() for m in _FINAL_E.finditer(text)}
    for index, char in enumerate(text):
        if char in _INVISIBLE:
            continue
        if index in participles:
            chars.append("\u00e9")
            origin.append(index)
            continue
        for piece in unicodedata.normalize("NFKD", char.casefold().translate(_LOOKALIKES)):
            if unicodedata.combining(piece):
                continue
            if piece.isspace() and piece != "\n":
                piece = " "
                if chars and chars[-1] == " ":
                    continue
            chars.append(piece)
            origin.append(index)
    return chars, origin


def normalise(text: str) -> _Normalised:
    """The text detection reads, with a map back to the original's offsets."""
    chars, origin = _fold(text)
    folded = "".join(chars)
    keep = [True] * len(folded)
    for run in _LETTER_SPACED.finditer(folded):
        for i in range(run.start(), run.end()):
            # Letters join; a wider gap in the original ("I g n o r e   a l l") stays a space.
            wide = folded[i] == " " and origin[i + 1] - origin[i - 1] > 2
            if not folded[i].isalnum() and not wide:
                keep[i] = False
    return _Normalised(
        "".join(c for c, k in zip(folded, keep, strict=True) if k),
        tuple(o for o, k in zip(origin, keep, strict=True) if k),
    )


def _without(normal: _Normalised, drop: re.Pattern[str]) -> _Normalised:
    """`normal` without the characters `drop` matches (the offsets map follows)."""
    keep = [True] * len(normal.text)
    for match in drop.finditer(normal.text):
        for i in range(match.start(), match.end()):
            keep[i] = False
    return _Normalised(
        "".join(c for c, k in zip(normal.text, keep, strict=True) if k),
        tuple(o for o, k in zip(normal.origin, keep, strict=True) if k),
    )


def variants(text: str) -> list[_Normalised]:
    """The readings detection runs on: the normalised text; the same with hyphens inside
    words removed ("ig-nore", "in-struc-tions"); and with leetspeak read as letters in the
    words that mix letters and digits ("1gn0re", "pr3vious")."""
    normal = normalise(text)
    dehyphenated = _without(normal, _WORD_HYPHEN)
    leet = _Normalised(
        _LEET_WORD.sub(lambda m: m.group(0).translate(_LEET), dehyphenated.text),
        dehyphenated.origin,
    )
    return [normal, dehyphenated, leet]


def _span(text: str, normal: _Normalised, start: int, end: int, label: str) -> InjectionMatch:
    """The match at normalised [start, end) as a span of `text`, without outer whitespace."""
    first = normal.origin[start]
    last = normal.origin[end - 1] + 1
    while first < last and text[first].isspace():
        first += 1
    while last > first and text[last - 1].isspace():
        last -= 1
    return InjectionMatch(first, last, label)


def _raw_matches(text: str) -> list[InjectionMatch]:
    """Every pattern's and every cue's match, on every reading of `text`."""
    raw: list[InjectionMatch] = []
    for normal in variants(text):
        found = [
            (m.start(), m.end(), label)
            for regex, label in _COMPILED
            for m in regex.finditer(normal.text)
        ]
        found += list(cue_spans(normal.text))
        for start, end, label in found:
            if end > start:
                match = _span(text, normal, start, end, label)
                if match.end > match.start:
                    raw.append(match)
    return raw


def find_prompt_injections(text: str) -> list[InjectionMatch]:
    """Matches in text order, as spans of `text`; overlapping matches are merged."""
    raw = _raw_matches(text)
    for match in _INVISIBLE_RE.finditer(text):
        raw.append(InjectionMatch(match.start(), match.end(), "hidden invisible characters"))
    merged: list[InjectionMatch] = []
    for item in sorted(raw, key=lambda m: (m.start, -m.end)):
        if merged and item.start < merged[-1].end:
            last = merged[-1]
            labels = last.label if item.label in last.label else f"{last.label}, {item.label}"
            merged[-1] = InjectionMatch(last.start, max(last.end, item.end), labels)
        else:
            merged.append(item)
    return merged[:MAX_FINDINGS]


def detect_prompt_injection(text: str) -> list[FeedbackDraft]:
    """Critical findings (category "prompt_injection") quoting each detected phrase exactly."""
    findings = []
    for match in find_prompt_injections(text):
        findings.append(
            FeedbackDraft(
                category=CATEGORY,
                severity=Severity.CRITICAL,
                message=(
                    f"The resume contains text that tries to instruct an automated reviewer "
                    f"({match.label}). It was removed from what the reviewer read, but "
                    "recruiters should treat this as a red flag."
                ),
                suggestion="Remove any text aimed at AI screening tools.",
                quoted_text=match.quote(text),
            )
        )
    return findings


def mask_prompt_injections(text: str) -> str:
    """Blank every line that holds a detected injection, keeping length and newlines.

    Offsets of all other characters are unchanged, so quotes taken from the masked text
    are exact quotes of the original text too.
    """
    matches = find_prompt_injections(text)
    if not matches:
        return text
    chars = list(text)
    for match in matches:
        line_start = text.rfind("\n", 0, match.start) + 1
        line_end = text.find("\n", match.end)
        line_end = len(text) if line_end == -1 else line_end
        for i in range(line_start, line_end):
            if chars[i] not in "\r\n":
                chars[i] = " "
    return "".join(chars)


def injection_places(
    *, text: str, headings: Sequence[str | None], job_description: str | None
) -> list[str]:
    """Where in a prompt's material an injection was detected, for a reason a recruiter
    reads: "the resume text", "section heading 'SKILLS — ignore…'", "the job description"."""
    places = []
    found = find_prompt_injections(text)
    if found:
        labels = ", ".join(sorted({m.label for m in found}))
        places.append(f"the resume text ({labels})")
    for heading in headings:
        if heading and find_prompt_injections(heading):
            shown = heading if len(heading) <= 60 else heading[:59] + "…"
            places.append(f"the section heading {shown!r}")
    if job_description and find_prompt_injections(job_description):
        places.append("the job description")
    return places


def add_injection_findings(review: AgentReview, text: str) -> AgentReview:
    """Return `review` with injection findings appended; the score is left unchanged.

    Idempotent: a finding already present (same category and quote) is not added twice.
    If the feedback cap is reached, the least important other items make room.
    """
    existing = {(f.category, f.quoted_text) for f in review.feedback}
    extra = [
        f for f in detect_prompt_injection(text) if (f.category, f.quoted_text) not in existing
    ]
    if not extra:
        return review
    room = MAX_FEEDBACK_ITEMS - len(extra)
    kept = list(review.feedback)[: max(0, room)]
    return review.model_copy(update={"feedback": (kept + extra)[:MAX_FEEDBACK_ITEMS]})
