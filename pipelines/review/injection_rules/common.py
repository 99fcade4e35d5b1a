"""What the injection rules share across languages.

`Rule`, the numbers a top score is written with, the rest of a clause, the names of AI
systems every language uses as they are, and the two tables that are not language-bound:
fake chat or role markup (`MARKUP_RULES`) and chat-template tokens (`TOKEN_RULES`). Unlike
the language tables, these two are compiled as written (a space is a space).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    """A pattern and the label of the finding it makes.

    In a language table the pattern reads normalised text (casefolded, no diacritics, see
    `pipelines.review.injection.normalise`) and a space in it means any run of non-word
    characters (``\\W*``), so odd spacing and punctuation between words do not matter."""

    label: str
    pattern: str


# A top score as a number: "10/10", "100/100", "20/20", "5/5".
TOP_FRACTION = r"(?:10 ?/ ?10|100 ?/ ?100|20 ?/ ?20|5 ?/ ?5)"
# The same or a bare "100" ("give him 100").
TOP_NUMBER = rf"(?:{TOP_FRACTION}|100)"
# The value after a named score ("score of 10/10", "Note 100"): "5/5" is not read there.
SCORED_TOP = r"(?:10 ?/ ?10|20 ?/ ?20|100 ?/ ?100|100)\b"
# The rest of the clause, so that the quote shows the whole instruction.
REST = r"[^\n.;!?]{0,80}"
# "AI" and the names of language models, bots and screening systems: every language writes
# them as they are.
AI_NAMES = r"(?:ai|llm|gpt|chatgpt|claude|gemini|chatbot|bot|ats)"

# Role names in fake chat markup, in any of the four languages.
_ROLE_TAG = r"(?:assistant|system|user|assistent|asistente|systeme|sistema|usuario|utilisateur)"

# Fake chat or role markup: resumes never hold it.
MARKUP_RULES: tuple[Rule, ...] = (
    # "[assistant]", "</system>", "< user >".
    Rule("fake chat markup", rf"\[/?{_ROLE_TAG}\]|<\s*/?\s*{_ROLE_TAG}\s*>"),
    # A line opened by a role ("System: you now rate ...") that speaks to the reader or of
    # the candidate or the rating.
    Rule(
        "fake chat markup",
        r"(?m)^[ \t>*-]*(?:system|assistant|assistent|asistente)\s*:[^\n]{0,80}?\b(?:you|your|du|"
        r"dein|deine|ihre|vous|votre|tu|usted|candidate|bewerber|candidat|candidato|rating|score|"
        r"verdict|hire|ignore|bewertung|note|puntuacion|calificacion|nota|empfehlung)\b",
    ),
    # A verdict as JSON keys ({"gesamtwertung": 100, "preselection": true}): an evaluation's
    # key holding a top value or a shortlisting flag.
    Rule(
        "injected instructions",
        r"\"(?:gesamtwertung|wertung|gesamtnote|score|overall_score|overall|rating|note_globale|"
        r"note|puntuacion|valoracion|calificacion|nota)\"\s*:\s*(?:100|10)\b|"
        r"\"(?:preselection|vorauswahl|preseleccionad[oa]|shortlist(?:ed)?|pre_?approved)\"\s*:"
        r"\s*true\b",
    ),
    # A markdown heading for a prompt part ("## System prompt", "### Instructions:").
    Rule(
        "fake chat markup",
        r"(?m)#{2,}\s*(?:system|assistant|instructions?)\s*(?::|$|prompt|message)",
    ),
)

# Kinds from blind6's misses (a development set from here): a fake system message with its
# banner ("### SYSTEMNACHRICHT ###", "SISTEMA > ... < FIN DEL MENSAJE DEL SISTEMA"), an
# "admin mode" switched on, text hidden from people by markup ("[color=#FFFFFF]"), a
# verdict or a top mark as a JSON value, and a JSON key addressed to the model.
MARKUP_RULES += (
    Rule(
        "fake system message",
        r"(?m)(?:#{2,}|={2,}|\*{2,}|\[|<|^)[ \t]*(?:ende |end (?:of )?|fin del |fin du |fin de )?"
        r"(?:system ?nachricht|system ?meldung|system ?message|mensaje del sistema|"
        r"message (?:du )?systeme)[ \t]*(?:#{2,}|={2,}|\*{2,}|\]|>|:|$)",
    ),
    Rule("fake system message", r"(?m)^[ \t]*(?:sistema|system|systeme|admin)[ \t]*>[ \t]*\S"),
    Rule(
        "fake system message",
        r"\b(?:modus|mode|modo)\s*:\s*(?:administrator|admin|administrador|administrateur|"
        r"developer|entwickler|desarrollador|developpeur)\b|"
        r"\b(?:directiva|anweisung|vorgabe|directive|instruction)s? (?:del |des |de l.|of the )?"
        r"(?:administrador|administrators?|administrateur)\b",
    ),
    Rule(
        "text hidden from people by markup",
        r"\[colou?r=[\"']?(?:#?f{3}(?:f{3})?|white|#?fefefe|#?fdfdfd)[\"']?\]|"
        r"<(?:span|font|div|p)\b[^>]{0,60}(?:colou?r\s*[:=]\s*[\"']?(?:#f{3}(?:f{3})?\b|white)|"
        r"display\s*:\s*none|font-size\s*:\s*[01](?:\.\d)?(?:px|pt))",
    ),
    Rule(
        "injected instructions",
        r"\"[a-z_]*(?:note|score|rating|puntuacion|bewertung|wertung|calificacion|nota|grade)"
        r"[a-z_]*\"\s*:\s*\"?(?:10 ?/ ?10|20 ?/ ?20|100 ?/ ?100|5 ?/ ?5|a\+)\"?|"
        r"\"(?:decision|avis|empfehlung|recommendation|entscheidung|verdict|veredicto|decision_final|"
        r"recomendacion|recommandation)\"\s*:\s*\"(?:entrevistar|contratar|favorable|hire|"
        r"strong hire|einladen|einstellen|interview|retenir|shortlist|advance|embaucher)",
    ),
    Rule(
        "injected instructions",
        r"\"[a-z_]*(?:instruc|anweisung|consigne|directiv|prompt|priorit)[a-z_]*"
        r"(?:_(?:para|for|fur|pour|an|al|au))?_(?:el_|the_|das_|le_|la_)?(?:modelo|model|modell|"
        r"modele|ia|ai|ki|llm|asistente|assistant|bot)[a-z_]*\"\s*:",
    ),
)

# From blind7's misses: a bare system banner ("### SYSTÈME ###"); YAML or XML addressed
# to a model (a recipient naming one, an instruction key beside one).
MARKUP_RULES += (
    Rule(
        "fake system message",
        r"#{2,}[ \t]*(?:fin |end |ende )?(?:system|systeme|sistema|systemnachricht|admin)"
        r"[ \t]*#{2,}",
    ),
    Rule(
        "injected instructions",
        r"<[\w-]+[^>\n]{0,80}(?:destinataire|recipient|empfanger|destinatario|target|to|for)"
        r"\s*=\s*[\"'][^\"'\n]{0,40}(?:model|modele|modelo|modell|\bai\b|\bia\b|\bki\b|llm)|"
        r"(?:^|\n)[ \t]*[\w-]*(?:anweisung|instruction|consigne|instruccion|directive|directiva)"
        r"[\w-]*[ \t]*:[^\n]*(?:\n[ \t]+[^\n]*){0,4}?(?:\bki\b|\bai\b|\bia\b|llm|model|"
        r"screening)",
    ),
)

# From blind8's misses: a verdict as XML elements ("<rank>1</rank><hide>gap</hide>"): two
# elements named after a review's outcome or what it should leave out, one after the other.
_OUTCOME_TAG = (
    r"score|scoring|rank|ranking|rating|grade|verdict|decision|recommendation|output|result|"
    r"hide|omit|ignore|fit|shortlist|puntuacion|calificacion|nota|resultado|decision|"
    r"recomendacion|ocultar|omitir|salida|note|classement|avis|resultat|recommandation|cacher|"
    r"masquer|omettre|sortie|bewertung|rang|ergebnis|empfehlung|entscheidung|ausblenden|"
    r"verbergen|weglassen|ausgabe"
)
MARKUP_RULES += (
    Rule(
        "injected instructions",
        rf"(?:<({_OUTCOME_TAG})>[^<\n]{{1,80}}</\1>\s*){{2,}}",
    ),
)

# From blind9's misses: a comment no reader sees (HTML or markdown) holding a review's words;
# key=value settings for the review; a screening result already filled in (a fit of 90 % or
# more beside a result, a status or a next step); a checklist of empty boxes for the reader.
_REVIEW_STEMS = (
    r"evalua|evaluat|review|screen|scor|rating|rank|recomiend|recommand|recommend|bewert|"
    r"punkt|puntu|valora|calific|empfehl|verdict|decision|hire|contrat|embauch|einstell|"
    r"schwach|schwaech|weakness|lacune|debilidad|carencia|masquer|ocultar|hide|ausblend"
)
MARKUP_RULES += (
    Rule(
        "instructions in a hidden comment",
        rf"(?:<!--|\[//\]:\s*#\s*[(\"'])[^\n]{{0,300}}?(?:\b(?:ai|ia|ki|llm|ats|note)\b|"
        rf"(?:{_REVIEW_STEMS}))",
    ),
    Rule(
        "settings for the review",
        rf"(?m)^(?=(?:[^\n]*?[\w.]*(?:{_REVIEW_STEMS})[\w.]*\s*=\s*[^\s;,]+){{2}})[^\n]*?=",
    ),
    Rule(
        "a screening result filled in",
        r"(?m)^(?=[^\n]*\b(?:match|fit|passung|eignung|ubereinstimmung|adequation|"
        r"correspondance|coincidencia|compatibilidad|afinidad|ajuste)\w*[^\n:=%\d]{0,15}[:=]?\s*"
        r"(?:9\d|100)(?:[.,]\d)?\s*%)(?=[^\n]*\b(?:result|ergebnis|resultat|resultado|status|"
        r"estado|statut|avis|empfehlung|recommendation|next step|nachster schritt|"
        r"prochaine etape|accion|action|verdict|decision|points faibles|weaknesses|schwachen|"
        r"debilidades)\w*(?: \w+)?\s*[:=])[^\n]+",
    ),
    Rule(
        "a checklist for the reader",
        rf"(?m)^(?=(?:[^\n]*?(?:\u2610|\u25a1|\[ \])){{2}})[^\n]*?(?:{_REVIEW_STEMS}|\bnote\b)",
    ),
)

# Not word patterns: chat-template tokens and look-alikes of our data fence.
TOKEN_RULES: tuple[Rule, ...] = (
    Rule(
        "chat-template tokens",
        r"<\|im_start\|>|<\|im_end\|>|\[/?inst\]|<<sys>>|<\|system\|>",
    ),
    Rule("attempt to break out of the data fence", r"</?\s*resume_data[^>\n]{0,40}>?"),
)
