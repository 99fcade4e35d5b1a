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
cues combine (a directive, the review, the reader, the candidate, a top value). General
shapes (`_SHAPES`, `_MARKUP_PATTERNS`) catch what no resume says whatever the wording: fake
chat or role markup ("[assistant]", "<system>"), the reader's set-up (criteria, task, job
description, "what you were asked") declared void or changed, a claimed or demanded outcome
("Verdict: hire", "the only acceptable result", "any rating below ... would be an error"),
a screening tool addressed by name, a fake approval ("pre-approved by HR"), a conditional on
the reader being an AI; on a line spelled letter by letter or in alternating case, a bare
recommendation is enough. All run on three readings of the text: as normalised, with
hyphens inside words removed ("ig-nore"), and with leetspeak read as letters ("1gn0re").
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
    r"todas|todos|las|los|tus|sus|estas|a|l|la|le|el) )*"
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
    r"anteriores|previas|de arriba|iniciales|originales|(?:donn[eé]e?s |re[cç]ues )?plus haut|"
    r"(?:dadas |recibidas )?(?:mas )?arriba)"
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
    r"instrucciones|indicaciones|directrices|ordenes|reglas|normas|consignas|pautas)"
)

# The rest of the clause, so that the quote shows the whole instruction.
_REST = r"[^\n.;!?]{0,80}"

_PATTERNS: tuple[tuple[str, str], ...] = (
    # A verb glossed in parentheses ("forçage manuel (override) des consignes") is a noun.
    (rf"\b{_OVERRIDE_VERB}(?!\)) {_OVERRIDE_DET}(?:{_PRIOR} )?{_ORDERS}", "instruction override"),
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
        r"(?:was|das) (?:dir|ihnen|du|sie) (?:\w+ ){0,4}?(?:gesagt|aufgetragen|befohlen|mitgeteilt|"
        r"gegeben|erhalten|bekommen|gelesen|vorher|zuvor|bisher|davor)|bisherige|vorherige|obige|davor|"
        r"ce (?:qu.?on|que(?! (?:vous|tu) (?:\w+ )?(?:savez|sais|connaissez))|qui)|ce qui precede|"
        r"lo (?:que(?! (?:\w+ )?(?:sabes|sabe|sabias|conoces))|anterior|de antes|dicho))",
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
        r"\b(?:new|updated|neue|neuer|neues|nouvelles?|nouveau|nueva|nuevo) (?:policy|rule|"
        r"richtlinie|regel|vorgabe|politique|regle|directive|politica|norma|regla|directriz) ?:"
        r"[^\n]{0,80}\b(?:candidates?|applicants?|bewerber\w*|kandidat\w*|candidat[oa]?s?|"
        r"aspirantes?|postulantes?|you|du|vous|tu)\b",
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
        r"digas|diga|comentes|comente|enumeres|enumere|incluyas|incluya|listes) (?:\w+ )?"
        r"(?:los|las|el|la|nada|este|esta|estos|estas|"
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
# --- general shapes (see tests/injection/README.md, blind2 as a development set) ---------

# Whom an instruction voids: the reader's set-up, criteria, task or the job description.
_SETUP = (
    r"(?:criteria|configuration|set ?up|job (?:description|posting|ad)|scoring rubric|rubric|"
    r"your (?:task|job|role|mission|assignment)|what you were (?:asked|told|given)|"
    r"(?:bewertungs|auswahl)?kriterien|konfiguration|stellen(?:beschreibung|anzeige|ausschreibung)|bewertungsraster|"
    r"(?:deine|ihre) (?:aufgabe|rolle|mission)|was (?:dir|ihnen|man dir|man ihnen) "
    r"(?:\w+ ){0,2}?(?:aufgetragen|gesagt|befohlen|vorgegeben)|"
    r"criteres|grille d.?evaluation|offre d.?emploi|fiche de poste|"
    r"(?:votre|ta) (?:tache|mission|role)|ce qu.?on (?:vous|t) a (?:demand[eé]|dit|donn[eé])|"
    rf"{_PRIOR} {_ORDERS}|{_ORDERS} {_PRIOR_AFTER}|"
    r"criterios|configuracion|descripcion del puesto|oferta de empleo|rubrica|"
    r"(?:tu|su) (?:tarea|mision|funcion|rol)|lo que se (?:te|le) (?:pidio|dijo|indico))"
)
_VOIDED = (
    r"(?:(?:do|does) not apply|don.?t apply|doesn.?t apply|no longer (?:apply|applies|matters?|"
    r"counts?|holds?|relevant)|(?:doesn.?t|does not|don.?t|do not) matter|"
    r"(?:is|are|has been|have been) (?:now |hereby )?(?:cancell?ed|void|null|invalid|obsolete|"
    r"superseded|overridden|revoked|withdrawn|lifted|irrelevant|outdated|replaced)|"
    r"(?:has|have) changed|entfall(?:en|t)|abrog[eé]e?s?|(?:queda|quedan) derogad[oa]s?|"
    r"gelten (?:\w+ ){0,4}?nicht|gilt (?:\w+ ){0,4}?nicht|"
    r"(?:ist|sind) (?:\w+ ){0,2}?(?:aufgehoben|ungultig|hinfallig|uberholt|nichtig|widerrufen|"
    r"gestrichen|irrelevant|obsolet|ersetzt)|spiel(?:t|en) keine rolle mehr|"
    r"(?:hat|haben) sich geandert|zahlen? nicht mehr|"
    r"ne s.?appliquen?t? (?:pas|plus)|(?:est|sont) (?:\w+ ){0,2}?(?:annul[eé]e?s?|caduques?|"
    r"obsoletes?|perim[eé]e?s?|revoqu[eé]e?s?|depass[eé]e?s?|remplac[eé]e?s?|lev[eé]e?s?|"
    r"nulle?s?)|n.?(?:a|ont) plus (?:d.?importance|cours)|(?:a|ont) chang[eé]|ne comptent? plus|"
    r"no se aplican?|ya no (?:importan?|aplican?|cuentan?|valen?|rigen?)|"
    r"(?:queda|quedan) (?:sin efecto|superad[oa]s?|anulad[oa]s?|derogad[oa]s?|revocad[oa]s?|"
    r"cancelad[oa]s?)|(?:ha|han) cambiado|(?:es|son) (?:ahora )?(?:nul[oa]s?|invalid[oa]s?|"
    r"obsolet[oa]s?|anulad[oa]s?))"
)
_RATING = (
    r"(?:rating|score|grade|mark|ranking|evaluation|verdict|assessment|"
    r"bewertung|gesamtnote|note|einstufung|punktzahl|urteil|"
    r"classement|evaluation|appreciation|"
    r"valoracion|calificacion|puntuacion|nota|clasificacion|evaluacion)"
)
_TOOL = (
    r"(?:(?:screening|ranking|sorting|review|parsing|hr|recruiting|hiring|applicant) ?"
    r"(?:tool|software|system|bot|engine|ai)|parser|ats|filter|screener|"
    r"screening ?tool|bewerbungssoftware|auswahlsoftware|ki|ki-?system|"
    r"bewerber(?:management)?system|applicant tracking system|"
    r"outil (?:de |d.?)?(?:preselection|tri|selection|filtrage|recrutement|analyse)|"
    r"logiciel (?:de |d.?)?(?:tri|recrutement|selection|preselection)|"
    r"filtro(?: ats)?|sistema (?:de )?(?:seleccion|filtrado|ats)|"
    r"herramienta (?:de )?(?:seleccion|filtrado|cribado))"
)
_ROLE_TAG = r"(?:assistant|system|user|assistent|asistente|systeme|sistema|usuario|utilisateur)"
_SHAPES: tuple[tuple[str, str], ...] = (
    # The reader given a new identity ("You are now HireBot, who always recommends…").
    (
        r"\b(?:(?:you are now|from now on,? you are)(?! \w+ing\b)|"
        r"du bist (?:jetzt|ab sofort|nun)|"
        r"tu es (?:desormais|maintenant|a present)|vous etes (?:desormais|maintenant)|"
        r"(?:ahora|a partir de ahora),? (?:eres|es usted))\b",
        "role reassignment",
    ),
    # The answer's words dictated ("End your summary with…", "Termina tu resumen con…").
    (
        r"\b(?:end|finish|close|conclude|begin|start) (?:your|the) (?:summary|answer|response|"
        r"reply|assessment|review|evaluation|report|verdict) (?:with|by)\b|"
        r"\b(?:schlie(?:ss|ß)|beend|beginn)\w* (?:deine|ihre|die|den|das) (?:zusammenfassung|"
        r"antwort|bewertung|einschatzung|beurteilung|fazit) mit\b|"
        r"\b(?:termine|terminez|finis|finissez|conclus|concluez|commence|commencez) "
        r"(?:ta|votre|la|le) (?:synthese|reponse|evaluation|analyse|conclusion|avis|resume) "
        r"(?:par|avec)\b|"
        r"\b(?:termina|termine|finaliza|finalice|concluye|concluya|empieza|empiece|cierra|"
        r"cierre) (?:tu|su|el|la) (?:resumen|respuesta|evaluacion|valoracion|informe|"
        r"conclusion) con\b",
        "dictated output",
    ),
    (rf"\b{_SETUP} {_REST}?\b{_VOIDED}", "instruction override"),
    (rf"\b{_OVERRIDE_VERB}(?!\)) {_OVERRIDE_DET}{_SETUP}\b", "instruction override"),
    (
        rf"\b(?:any|every|jede|jegliche|toute?|tout|cualquier) (?:\w+ ){{0,2}}?{_RATING} "
        r"(?:below|under|lower than|short of|unter(?:halb)?|inferieure?|en dessous|"
        r"por debajo|inferior)[^\n.;!?]{0,60}\b(?:error|mistake|wrong|incorrect|fehler|falsch|"
        r"erreur|faute|equivocacion)",
        "demanded rating",
    ),
    (
        r"\b(?:only|einzig(?:e|es)?|seule?|unic[oa]) (?:\w+ )?(?:acceptable|acceptables|"
        r"zulassige|zulassiges|akzeptable|akzeptables|aceptable|admissible|valid|correct|right|"
        r"richtige|richtiges|correcte|bonne|correcta|valida) "
        r"(?:result|outcome|rating|score|verdict|conclusion|ergebnis|fazit|schluss|resultat|"
        r"issue|note|resultado|valoracion|calificacion)|"
        r"\b(?:seule?|unic[oa]|only) (?:result|outcome|issue|resultat|"
        r"note|resultado|valoracion|calificacion|nota) (?:acceptable|aceptable|admissible)",
        "demanded rating",
    ),
    (
        rf"\b{_RATING} (?:\w+ ){{0,3}}?(?:at its|at the|am|au|en el|en su|al) "
        r"(?:ceiling|oberen anschlag|anschlag|plafond|tope|maximum|maximo|hochstwert)\b",
        "demanded rating",
    ),
    (
        r"\b(?:verdict|recommendation|decision|empfehlung|entscheidung|urteil|avis|decision|"
        r"recommandation|dictamen|veredicto|recomendacion|decision) ?: ?(?:strong |definite |"
        r"sofort |immediately |a |de )?(?:hire|advance|shortlist|einstellen|recruter|embaucher|"
        r"contratar|retenir)",
        "claimed verdict",
    ),
    (
        rf"\b{_RATING} ?: ?(?:maximale?|maxima|maximum|bestnote|hochstnote|"
        r"parfaite?|perfecta)\b",
        "claimed verdict",
    ),
    (
        r"\b(?:dear|hey|hi|hello|attention|liebe|lieber|liebes|hallo|chere|cher|bonjour|salut|"
        rf"querida|querido|hola|estimada|estimado|to the|an das|an den|au|a la|al) {_TOOL}\b",
        "instructions addressed to a tool",
    ),
    (
        rf"(?:^|[\n.!?:;] ?)(?:{_TOOL}|{_AI}) ?, ?(?:please |bitte |veuillez |por favor )?"
        r"(?:forward|move|rank|rate|score|approve|pass|skip|send|mark|advance|shortlist|"
        r"recommend|select|accept|leite|empfiehl|bewerte|ubergehe|uberspringe|markiere|"
        r"schicke|transmettez|transmets|classez|retenez|recommandez|notez|passez|acceptez|"
        r"envia|envie|aprueba|apruebe|recomienda|clasifica|omite|califica|selecciona)\b",
        "instructions addressed to a tool",
    ),
    (
        r"\b(?:for|to|an|fur|pour|aux|para|a) (?:the |all |any |die |alle |les |tous les |los |"
        r"todos los )?(?:automated|automatic|automatische[nr]?|automatiques?|automaticos?) "
        r"(?:readers?|leser|lecteurs?|lectores|reviewers?|screeners?|gutachter|evaluateurs|"
        r"evaluadores|systems? reading)\b",
        "instructions addressed to a tool",
    ),
    (
        r"\b(?:the|das|die|le|la|el) (?:model|modell|modele|modelo|ai|ki|ia|screener|reviewer|"
        r"system|systeme|sistema) (?:should|must|shall|soll|muss|sollte|doit|devrait|debe|"
        r"deberia)[^\n.;!?]{0,80}\b(?:score|punktzahl|bewertung|note|rating|candidate|bewerber|"
        r"candidat|candidato|resume|lebenslauf|cv|warnsignale|red flags|senales)",
        "instructions addressed to an AI",
    ),
    (
        r"\b(?:repeat|reveal|print|show|output|recite|copy|write out|wiederhole|zeige|nenne|"
        r"gib|repetez|repete|recopiez|recopie|affichez|revelez|copiez|repite|reproduce|muestra|"
        r"revela|copia) (?:\w+ ){0,3}?(?:hidden|secret|versteckten?|geheimen?|verborgenen?|"
        r"cach[eé]|secret|oculto|secreto) (?:setup |system |start )?(?:text|setup|prompt|"
        r"instructions?|einleitungstext|text|anweisungen|texte|consignes|texto|instrucciones)"
        r"|\b(?:repetez|repete|recopiez|recopie|affichez|revelez|copiez|repite|reproduce|"
        r"muestra|revela|copia) (?:\w+ ){0,2}?(?:texte|consignes|instructions|prompt|texto|"
        r"instrucciones|mensaje) (?:\w+ )?(?:cach[eé]e?s?|secrete?s?|initial(?:es)?|"
        r"ocult[oa]s?|secret[oa]s?|inicial(?:es)?)\b",
        "prompt leak",
    ),
    (
        r"\b(?:pre-?approved|already approved|bereits (?:freigegeben|genehmigt)|"
        r"deja (?:approuv[eé]e?|valid[eé]e?)|ya (?:aprobad[oa]|validad[oa])|preaprobad[oa]) "
        r"(?:by|von|durch|par|por) (?:the )?(?:hr|recruit\w*|hiring|personal\w*|rh|"
        r"recruteur|rrhh|recursos humanos|reclutador\w*|system|systeme|sistema)",
        "claimed approval",
    ),
    (
        r"\b(?:bereits|schon|vorab) (?:von|durch) (?:der |dem |den )?(?:personalabteilung|hr|"
        r"recruiting|recruiter\w*|personaler\w*|fachabteilung) (?:\w+ )?(?:freigegeben|genehmigt)",
        "claimed approval",
    ),
    (
        r"\b(?:(?:recruiter|hr|recruiting|system|personal|rh|recruteur|reclutador|rrhh) ?"
        r"(?:note|notiz|hinweis|remarque|nota|vermerk)|(?:note|remarque|nota) (?:rh|rrhh|"
        r"du recruteur|del reclutador|de rrhh)|(?:note|nota|notiz|hinweis|remarque|"
        r"message|mensaje) (?:for|to|an|fur|pour|para|al|au|a) (?:the |el |le |la |den |die |"
        r"der )?(?:recruiter|hr|rh|rrhh|reclutador|recruteur|personalabteilung|hiring manager)) ?"
        r": [^\n]{0,40}\b(?:approved|freigegeben|genehmigt|approuv[eé]e?|valid[eé]e?|"
        r"aprobad[oa]|validad[oa]|hire|einstellen|recruter|contratar)",
        "claimed approval",
    ),
    (
        r"\b(?:if (?:an? )?(?:ai|llm|language model|bot|automated \w+) (?:is )?(?:reads?|reading)|"
        r"(?:wenn|falls) (?:eine ki|ein sprachmodell|ein bot) (?:\w+ )?(?:liest|lesen)|"
        r"si (?:une ia|un modele|un robot) (?:\w+ )?(?:lit|lisez)|"
        r"si (?:una ia|un modelo|un bot) (?:\w+ )?(?:lee|esta leyendo))\b",
        "instructions addressed to an AI",
    ),
    (
        r"\b(?:gaps|weaknesses|red flags|lucken|defizite|schwachen|warnsignale|lacunes|"
        r"faiblesses|periodes d.?inactivite|trous|lagunas|debilidades|periodos sin empleo|"
        r"vacios)[^\n.;!?]{0,60}\b(?:unerwahnt|nicht erwahnt|go unmentioned|not be mentioned|"
        r"are not mentioned|ne sont pas (?:signalees|mentionnees)|ne (?:doivent|doit) pas etre "
        r"(?:signalees|mentionnees)|no se mencionan|no deben mencionarse|no se deben mencionar)",
        "request to hide something from the review",
    ),
    (
        r"\b(?:you (?:no longer|are no longer) (?:screen|review|evaluat|assess|rat|filter)\w*|"
        r"(?:usted|tu) ya no (?:filtr|evalu|revis|calific|clasific)\w*|"
        r"vous n.?(?:evalu|filtr|not|jug|examin)\w* plus|tu n.?(?:evalu|filtr|not|jug)\w* plus|"
        r"(?:du|sie) (?:bewertest|prufst|filterst|beurteilst|bewerten|prufen|filtern|"
        r"beurteilen) (?:\w+ ){0,2}?nicht mehr)\b",
        "role reassignment",
    ),
    (
        r"\b(?:conclude|concluye|concluya|concluez|conclus|schliesse|schliessen sie|folgere) "
        r"(?:that |que |dass )(?:this |the |este |esta |ce |cette |dieser |diese )"
        r"(?:candidate|applicant|aspirante|candidat[oa]?|candidate|bewerber\w*|kandidat\w*|"
        r"person\w*)",
        "demanded conclusion",
    ),
    (
        r"\b(?:ignore|disregard|forget|ignoriere|vergiss|ignorez|oubliez|ignora|olvida) "
        r"(?:all |everything |the |alles |das |tout |ce qui |lo )?(?:above|obige|oben|"
        r"precede|ci-dessus|anterior|de arriba)\b",
        "instruction override",
    ),
    (
        r"\b(?:instead of|rather than|statt|anstatt|au lieu d.?|en lugar de|en vez de) (?:a |an |"
        r"your |einer? |deiner |une? |votre |una? |tu )?(?:critique|criticism|critiquing|review|"
        r"analysis|evaluation|assessment|kritik|kritisieren|bewertung|analyse|prufung|critiquer|"
        r"evaluer|critica|criticar|analisis|evaluacion|evaluar|revision)\b,? (?:please |bitte )?"
        r"(?:write|draft|produce|give|compose|schreib\w*|verfass\w*|formulier\w*|gib|ecri\w*|"
        r"redig\w*|donne\w*|escrib\w*|redact\w*|genera\w*|you|du|vous|tu|usted)\b",
        "instructions addressed to an AI",
    ),
    (
        r"\b(?:stop|end|halt|abort|beende|beenden sie|stoppe|stoppen sie|arrete|arretez|"
        r"termine|terminez|deten|detenga|termina|finaliza|interrumpe) (?:the |your |die |deine |"
        r"ihre |l.?|ton |votre |la |el |tu |su )?(?:evaluation|evaluating|analysis|analy[sz]ing|"
        r"review|reviewing|screening|assessment|prufung|analyse|bewertung|begutachtung|"
        r"evaluation|analisis|evaluacion|revision)\b",
        "instructions addressed to an AI",
    ),
    (
        r"\b(?:reply|respond|answer|antworte|antworten sie|reponds|repondez|responde|responda|"
        r"contesta) (?:only |just |nur |uniquement |solo )?(?:with|mit|par|avec|con) (?:the |a |"
        r"one |das |dem |einem |un |une |le |la |el |una )*(?:single |one |einzigen? |seul |"
        r"unique |sola |unica )?(?:word|wort|mot|palabra)\b",
        "instructions addressed to an AI",
    ),
    (
        r"\b(?:describe|summari[sz]e|write|present|fasse|beschreibe|schreibe|stelle|resume|"
        r"resumez|decris|decrivez|redige|redigez|ecris|ecrivez|presente|escribe|"
        r"redacta|resuma) [^\n.;!?]{0,60}\b(?:only|exclusively|solely|nur|ausschliesslich|"
        r"uniquement|seulement|exclusivement|solo|unicamente|exclusivamente) (?:\w+ ){0,2}?"
        r"(?:positive(?:ly)?|positiv|superlatives?|superlatifs?|superlativos?|praise|lob|"
        r"eloges?|elogios?|positivement|positivamente|favorable(?:ment)?)",
        "instructions addressed to an AI",
    ),
    (
        rf"\b{_DETERMINER}{_CANDIDATE} [^\n.;!?]{{0,30}}\b(?:already|bereits|schon|deja|ya) "
        r"[^\n.;!?]{0,20}\b(?:approved|cleared|validated|verified|freigegeben|genehmigt|"
        r"valid[eé]e?|approuv[eé]e?|aprobad[oa]|validad[oa])|"
        rf"\b{_DETERMINER}{_CANDIDATE} [^\n.;!?]{{0,30}}\b(?:approved|cleared|validated|"
        r"freigegeben|genehmigt|valid[eé]e?|approuv[eé]e?|aprobad[oa]|validad[oa]) (?:by|vom|"
        r"von|durch|par|por) (?:the |dem |le |el )?(?:system|systeme|sistema|ats|screening)"
        r"(?=\W*(?:$|[\n.;!?]))",
        "claimed approval",
    ),
    (
        r"\b(?:just|simply|only|nur noch|einfach|simplement|seulement|solo|simplemente) "
        r"(?:confirm|bestatige|bestatigen sie|confirme|confirmez|confirmalo|confirma)\b|"
        r"\b(?:confirm|bestatige|bestatigen sie|confirme|confirmez|confirma|confirmalo) "
        r"(?:\w+ )?(?:simplement|seulement|nur noch|einfach|lediglich|solamente|simplemente)\b",
        "claimed approval",
    ),
    (
        r"\b(?:no further|keine weitere|aucune autre|ninguna otra|pas d.?autre|no other) "
        r"(?:analysis|review|evaluation|checks?|screening|prufung|analyse|bewertung|verification|"
        r"analisis|revision|evaluacion|comprobacion) (?:is |ist |n.?est |es |sera )?(?:needed|"
        r"necessary|required|notig|erforderlich|necessaire|requise|necesaria)",
        "claimed approval",
    ),
    (
        r"\b(?:the|your|die|deine|ihre|l.?|votre|ta|la|tu|su|el) (?:evaluation|screening|"
        r"assessment|prufung|bewertung|analyse|evaluation|analisis|evaluacion|revision) (?:is|ist|"
        r"est|esta|has been|wurde|a ete|ha sido) (?:now |hiermit |jetzt |desormais |ya )?"
        r"(?:complete|completed|finished|abgeschlossen|beendet|termin[eé]e|achev[eé]e|terminada|"
        r"completada|finalizada)\b",
        "claimed verdict",
    ),
    (
        r"\b(?:note|anmerkung|hinweis|remarque|nota|aviso|message|nachricht|mensaje)? ?(?:for|to|"
        r"an|fur|pour|a l.?attention d[ue]s?|para|al|a) (?:the |das |den |dem |die |le |la |l |"
        rf"les |el |los )?(?:{_TOOL}|(?:auswahl|bewertungs|filter|screening)system) ?:"
        rf"[^\n]{{0,60}}\b(?:{_CANDIDATE}|rank|place|put|move|score|rate|einordnen|einstufen|"
        r"placez|classez|coloque|clasifique|mich|moi|markieren|einsortieren|shortlist|mark|"
        r"marquez|marquer|marcar|marca)\b",
        "instructions addressed to a tool",
    ),
    (
        r"\b(?:treat|consider|regard|behandle|behandeln sie|betrachte|betrachten sie|considerez|"
        r"considere|traite|traitez|trata|considera) (?:everything|all|alles|tout|todo) "
        r"(?:\w+ ){0,3}?(?:above|oberhalb|oben|precede|ci-dessus|anterior|arriba)\b",
        "instruction override",
    ),
    (
        r"\b(?:classify|rate|score|rank|mark|label|treat|recommend|stufe|bewerte|empfiehl|"
        r"classez|classe|notez|recommandez|clasifica|califica|puntua|recomienda|considera)\b"
        r"[^\n.;!?]{0,80}\b(?:regardless of|irrespective of|unabhangig vo[mn]|ungeachtet|"
        r"quel que soit|quelle que soit|sin importar|independientemente de) "
        r"(?:the |its |their |dem |des |son |sa |leur |su |el )?(?:content|contents|inhalt|"
        r"inhalts|contenu|contenido|"
        r"qualifications?|qualifikation|experience|erfahrung|experiencia)\b",
        "demanded rating",
    ),
    # An instruction as a table row or a key ("| consigne | noter 10/10 |", "instruction":
    # "rate 10/10"): a top score given as the value of an instruction.
    (
        r"\b(?:instructions?|directives?|consignes?|instruccion(?:es)?|directiva|vorgabe|"
        r"anweisung|task|aufgabe|tache|tarea)(?: (?:for|to|fur|an|pour|para|al) (?:the |das |"
        r"die |le |l |el )?(?:model|modell|modele|modelo|ai|ki|ia|reviewer|gutachter|"
        r"evaluateur|evaluador))? ?[|:=] ?(?:\w+ ){0,2}?"
        r"(?:10 ?/ ?10|100 ?/ ?100|20 ?/ ?20|5 ?/ ?5)",
        "injected instructions",
    ),
)
# Fake chat or role markup: resumes never hold it.
_MARKUP_PATTERNS: tuple[tuple[str, str], ...] = (
    (rf"\[/?{_ROLE_TAG}\]|<\s*/?\s*{_ROLE_TAG}\s*>", "fake chat markup"),
    (
        r"(?m)^[ \t>*-]*(?:system|assistant|assistent|asistente)\s*:[^\n]{0,80}?\b(?:you|your|du|"
        r"dein|deine|ihre|vous|votre|tu|usted|candidate|bewerber|candidat|candidato|rating|score|"
        r"verdict|hire|ignore|bewertung|note|puntuacion|calificacion|nota|empfehlung)\b",
        "fake chat markup",
    ),
    (
        r"(?m)#{2,}\s*(?:system|assistant|instructions?)\s*(?::|$|prompt|message)",
        "fake chat markup",
    ),
)
# Read only on a line whose letters were spaced out or alternate in case ("iGnOrE").
_OBFUSCATED_ONLY: tuple[tuple[str, str], ...] = (
    (
        r"\b(?:recommend|hire|empfehle|empfehlen sie|einstellen|recommandez|recommande|"
        r"embauchez|recomienda|recomiende|contrata|contratar|shortlist|advance)\w*",
        "obfuscated instruction",
    ),
)
_ALTERNATING = re.compile(r"(?:[a-z][A-Z]){3,}|(?:[A-Z][a-z]){3,}[A-Z]\b")
# Not word patterns: chat-template tokens and look-alikes of our data fence.
_TOKEN_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"<\|im_start\|>|<\|im_end\|>|\[/?inst\]|<<sys>>|<\|system\|>", "chat-template tokens"),
    (r"</?\s*resume_data[^>\n]{0,40}>?", "attempt to break out of the data fence"),
)
_COMPILED = tuple(
    (re.compile(pattern.replace(" ", r"\W*")), label) for pattern, label in _PATTERNS + _SHAPES
) + tuple((re.compile(pattern), label) for pattern, label in _TOKEN_PATTERNS + _MARKUP_PATTERNS)
_OBFUSCATED_COMPILED = tuple(
    (re.compile(pattern.replace(" ", r"\W*")), label) for pattern, label in _OBFUSCATED_ONLY
)
# A line spelled out letter by letter ("R e c o m m a n d e z"), at least six letters.
_SPELLED = re.compile(r"(?<!\w)\w(?: {1,3}\w(?!\w)){5,}")
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


def _obfuscated_matches(text: str) -> list[InjectionMatch]:
    """On lines spelled out letter by letter or in alternating case ("iGnOrE"), the words
    of a bare recommendation, which on a plain line could be a resume's own."""
    raw: list[InjectionMatch] = []
    offset = 0
    for line in text.split("\n"):
        if _SPELLED.search(line) or len(_ALTERNATING.findall(line)) >= 2:
            normal = normalise(line)
            for regex, label in _OBFUSCATED_COMPILED:
                for m in regex.finditer(normal.text):
                    span = _span(line, normal, m.start(), m.end(), label)
                    raw.append(InjectionMatch(span.start + offset, span.end + offset, label))
        offset += len(line) + 1
    return raw


def find_prompt_injections(text: str) -> list[InjectionMatch]:
    """Matches in text order, as spans of `text`; overlapping matches are merged."""
    raw = _raw_matches(text) + _obfuscated_matches(text)
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
