"""The section-heading vocabulary: which heading words name which section type.

Pure data plus the normalisation its keys are written in. The one heading detector,
``pipelines.sections.classify_heading``, reads it; nothing else keeps a list of headings.

Latin-script phrases are normalised with ``normalise_heading`` (accents stripped, lowercase,
"&" -> "and", every other punctuation mark -> a space). A title matches a phrase when the
whole title is the phrase, or when the title is made of phrases and ``FILLER`` words only
("Relevant Work Experience"); when it holds phrases of several types, ``PRIORITY`` decides.
Titles nobody listed are typed by their words' roots (``ROOTS``, ``stem``): every word is
cut to a light stem (plural and inflection endings dropped), and a stem that is, starts with
or (German compounds) ends with a root names that root's type ("Habilitations",
"Tätigkeiten", "Professional history", "Sprachkompetenz"). Generic roots (``GENERIC``:
experience, skills, history, activities) yield to a specific one in the same title
("Compétences linguistiques" is languages), weak words (``WEAK``: career, research, other)
to any other; in a title joined by "and"/"und"/"et"/"y" the first type named wins.
CJK titles match by substring (``CJK``): the types of all keywords found, less the generic
ones (``CJK_GENERIC``) when others are found, resolved by ``PRIORITY``.
"""

from __future__ import annotations

import re
import unicodedata

from core.enums import SectionType


def normalise_heading(title: str) -> str:
    """Accents stripped, lowercase, punctuation -> spaces, single spaces, stripped."""
    s = unicodedata.normalize("NFKD", title)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = s.replace("&", " and ").replace("\u2019", " ").replace("'", " ")
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


# Section type -> its phrases (comma-separated, already normalised), per language.
_ENGLISH: dict[SectionType, str] = {
    SectionType.CONTACT: (
        "contact, contact information, contact details, personal information, personal details, "
        "personal data, about you, "
        # Invitations to get in touch head the contact details as often as "Contact" does.
        "get in touch, reach me, reach out, let s talk, lets talk, say hello, contact me, "
        "write to me, where to find me, find me"
    ),
    SectionType.SUMMARY: (
        "who am i, whoami, "
        "summary, profile, objective, career objective, about, about me, highlights, overview, "
        "introduction, status, personal statement, executive summary, in brief, at a glance, "
        "snapshot, who i am, career summary, professional summary, summary of qualifications, "
        "qualifications summary, "
        "executive profile, synopsis, biography, bio, introduction, "
        # A greeting opens the resume's word about the candidate.
        "hello, hi, hi there, hello there, in short, in a nutshell, nice to meet you, "
        # Europass's target-job block: what the candidate asks for, not a job held.
        "desired employment, position applied for, job applied for, occupation desired, "
        "desired position, target position, target role"
    ),
    SectionType.EXPERIENCE: (
        "experience, employment, employment history, work history, career history, positions, "
        "internships, internship, employment record, work record, track record, "
        "professional background, career background, where i ve worked, places i ve worked, roles, "
        "roles held, jobs, appointments, work experience, professional experience, career, "
        "positions held, posts held, experience and employment, military service, work background"
    ),
    SectionType.EDUCATION: (
        "education, coursework, academic background, qualifications, training, academic history, "
        "academic record, educational background, education history, degrees, schooling, studies, "
        "academic qualifications, educational qualifications, education and training, diplomas, "
        "academic training, tertiary education"
    ),
    SectionType.SKILLS: (
        "what i m good at, things i m good at, what i bring, methods, methodologies, "
        "skills, skill, strengths, competencies, expertise, technologies, tools, fields, "
        "operating systems, tech stack, toolbox, toolkit, tool kit, proficiencies, capabilities, "
        "know how, abilities, core competencies, key competencies, areas of expertise, "
        "technical skills, it skills, soft skills, hard skills, skill set, skillset, "
        "programming languages, competences, aptitudes, qualities, technical proficiency"
    ),
    SectionType.PROJECTS: (
        "projects, project, portfolio, case studies, selected work, work samples, assignments"
    ),
    SectionType.CERTIFICATIONS: (
        "cpd, professional registration, registrations, "
        "certifications, certification, certificates, certificate, licenses, licences, courses, "
        "credentials, accreditations, professional development, continuing education, "
        "further training, licensure, clearances, qualifications and certificates"
    ),
    SectionType.AWARDS: (
        "awards, award, honors, honours, achievements, accomplishments, most proud of, "
        "scholarships, recognition, prizes, distinctions, scholarships and awards, grants, "
        "fellowships, honours and awards, awards and honours, merits"
    ),
    SectionType.PUBLICATIONS: (
        "bylines, selected bylines, published work, "
        "publications, patents, papers, research, articles, research output, conference papers"
    ),
    SectionType.LANGUAGES: (
        "languages, language, language skills, language proficiency, spoken languages, "
        "linguistic skills, foreign languages"
    ),
    SectionType.VOLUNTEER: (
        "volunteer, volunteering, volunteer work, community service, volunteer experience, "
        "community involvement, community engagement, giving back, pro bono, "
        "volunteering experience, charity work, voluntary work, voluntary service, "
        "civic engagement, community work, social engagement"
    ),
    SectionType.INTERESTS: (
        "interests, hobbies, activities, leisure, pastimes, outside work, outside of work, "
        "free time, personal interests, hobbies and interests, spare time, "
        "extracurricular activities, recreation, passions"
    ),
    SectionType.REFERENCES: (
        "references, referees, reference, referee, recommendations, testimonials"
    ),
    SectionType.OTHER: (
        "talks, presentations, leadership, involvement, affiliations, memberships, "
        "additional information, miscellaneous, other, focus areas, extracurricular, additional, "
        "misc, further information, other information"
    ),
}
_GERMAN: dict[SectionType, str] = {
    SectionType.CONTACT: (
        "kontakt, personliche daten, kontaktdaten, personalien, angaben zur person, "
        "personliche angaben, kontaktieren sie mich, schreiben sie mir, so erreichen sie mich, "
        "erreichbarkeit, sprechen wir, lass uns reden, kontaktmoglichkeiten, personliches"
    ),
    SectionType.SUMMARY: (
        "wer bin ich, wer ich bin, "
        "profil, zusammenfassung, kurzprofil, uber mich, profil in kurze, berufsziel, zielsetzung, "
        "einleitung, steckbrief, hallo, moin, servus, kurz gesagt, kurz und knapp, "
        "zu meiner person, in kurze, "
        "gewunschte beschaftigung, gewunschte position, angestrebte position, angestrebte stelle, "
        "bewerbung als"
    ),
    SectionType.EXPERIENCE: (
        "berufserfahrung, berufliche erfahrung, beruflicher werdegang, werdegang, praktika, "
        "praxiserfahrung, berufspraxis, arbeitserfahrung, berufliche stationen, stationen, "
        "laufbahn, erfahrung, taetigkeiten, tatigkeiten, berufstatigkeit, beschaftigungsverlauf, "
        "berufslaufbahn, karriere, anstellungen, positionen, praktikum, beruflicher hintergrund, "
        "beruflicher lebenslauf"
    ),
    SectionType.EDUCATION: (
        "ausbildung, bildung, studium, bildungsweg, schulbildung, akademischer werdegang, "
        "akademische ausbildung, schulischer werdegang, hochschulstudium, hochschulbildung, "
        "schul und berufsausbildung, berufsausbildung, studium und ausbildung, abschlusse, "
        "schulabschluss, bildungsgang, qualifikationen"
    ),
    SectionType.SKILLS: (
        "was ich mitbringe, was ich kann, methoden, "
        "kenntnisse, fahigkeiten, kompetenzen, fachkenntnisse, edv kenntnisse, werkzeuge, "
        "faehigkeiten, kenntnisse und fahigkeiten, it kenntnisse, softwarekenntnisse, "
        "programmiersprachen, starken, fertigkeiten, qualifikationsprofil, "
        "schlusselqualifikationen"
    ),
    SectionType.PROJECTS: "projekte, projekterfahrung, projekterfahrungen, projektauswahl, projekt",
    SectionType.CERTIFICATIONS: (
        "zertifikate, zertifizierungen, weiterbildung, weiterbildungen, fortbildung, "
        "fortbildungen, lizenzen, fort und weiterbildung, fort und weiterbildungen, kurse, "
        "lehrgange, zertifikate und kurse, schulungen, nachweise"
    ),
    SectionType.AWARDS: (
        "auszeichnungen, preise, ehrungen, stipendien, preise und stipendien, erfolge, leistungen"
    ),
    SectionType.PUBLICATIONS: "veroffentlichungen, publikationen, vortrage, fachartikel, patente",
    SectionType.LANGUAGES: (
        "sprachen, sprachkenntnisse, fremdsprachen, sprachkompetenz, sprachkompetenzen"
    ),
    SectionType.VOLUNTEER: (
        "ehrenamt, ehrenamtliches engagement, engagement, ehrenamtliche tatigkeiten, "
        "ehrenamtliche tatigkeit, soziales engagement, gesellschaftliches engagement"
    ),
    SectionType.INTERESTS: (
        "interessen, hobbys, freizeit, freizeitaktivitaten, hobbies, freizeitinteressen, "
        "neben der arbeit, ausserhalb der arbeit, "
        "personliche interessen, interessen und hobbys"
    ),
    SectionType.REFERENCES: "referenzen, empfehlungen, referenzpersonen",
    SectionType.OTHER: "sonstiges, weiteres, sonstige angaben, zusatzliche informationen",
}
_FRENCH: dict[SectionType, str] = {
    SectionType.CONTACT: (
        "coordonnees, informations personnelles, etat civil, contact, me joindre, "
        "me contacter, contactez moi, ecrivez moi, parlons en, parlons, me trouver"
    ),
    SectionType.SUMMARY: (
        "qui suis je, qui je suis, "
        "profil professionnel, resume, a propos, a propos de moi, objectif, presentation, "
        "profil personnel, synthese, objectif professionnel, resume professionnel, accroche, "
        "en bref, en quelques mots, bonjour, salut, en deux mots, enchante, enchantee, "
        "poste vise, poste recherche, emploi recherche, emploi vise, poste souhaite"
    ),
    SectionType.EXPERIENCE: (
        "experience professionnelle, experiences professionnelles, experiences, "
        "parcours professionnel, stages, parcours, emplois, experience, postes occupes, "
        "historique professionnel, emplois occupes, missions, fonctions occupees, carriere, "
        # An academic CV's teaching is a post held ("Enseignements", "Activités d'enseignement").
        "enseignement, enseignements, activites d enseignement"
    ),
    SectionType.EDUCATION: (
        "formation, formations, etudes, diplomes, cursus, parcours academique, formation initiale, "
        "diplomes et formations, etudes et diplomes, scolarite, parcours scolaire, "
        "formation academique, enseignement superieur, enseignement secondaire"
    ),
    SectionType.SKILLS: (
        "ce que j apporte, ce que je sais faire, methodes, "
        "competences, competences techniques, savoir faire, informatique, "
        "developpement informatique, logiciels, outils, savoir etre, atouts, competences cles, "
        "aptitudes, qualites, competences informatiques, connaissances, expertise, points forts, "
        "capacites, langages de programmation, langages informatiques"
    ),
    SectionType.PROJECTS: "projets, realisations, projets realises, projet",
    SectionType.CERTIFICATIONS: (
        "certifications professionnelles, certificats, certifications, habilitations, "
        "formation continue, formations complementaires, licences, agrements, "
        "formations certifiantes, formation certifiante"
    ),
    SectionType.AWARDS: (
        "distinctions, prix, recompenses, recompenses et distinctions, bourses, honneurs, reussites"
    ),
    SectionType.PUBLICATIONS: "publications, articles, communications, brevets",
    SectionType.LANGUAGES: (
        "langues, langues parlees, competences linguistiques, langues etrangeres"
    ),
    SectionType.VOLUNTEER: (
        "benevolat, engagement associatif, vie associative, benevoles, activites benevoles, "
        "volontariat, engagements, engagement benevole, action benevole"
    ),
    SectionType.INTERESTS: (
        "centres d interet, loisirs, activites, interets, passions, centres d interets, hobbies, "
        "en dehors du travail, hors travail, "
        "temps libre, activites extra professionnelles, passe temps"
    ),
    SectionType.REFERENCES: "references, recommandations",
    SectionType.OTHER: "divers, informations complementaires, autres informations",
}
_SPANISH: dict[SectionType, str] = {
    SectionType.CONTACT: (
        "datos personales, contacto, informacion personal, datos de contacto, contactame, "
        "escribeme, hablamos, hablemos, contacta conmigo, donde encontrarme"
    ),
    SectionType.SUMMARY: (
        "quien soy, quien soy yo, "
        "perfil, perfil profesional, resumen, objetivo, sobre mi, extracto, presentacion, "
        "perfil personal, resumen profesional, objetivo profesional, acerca de mi, sintesis, "
        "hola, en pocas palabras, en breve, en dos palabras, encantado, encantada, "
        "puesto solicitado, empleo deseado, puesto deseado, empleo solicitado, puesto al que aspiro"
    ),
    SectionType.EXPERIENCE: (
        "experiencia, experiencia laboral, experiencia profesional, trayectoria profesional, "
        "trayectoria, historial laboral, historial profesional, empleos, empleos anteriores, "
        "experiencia previa, historia laboral, puestos desempenados, puestos, cargos, "
        "donde he trabajado, "
        "cargos desempenados, practicas, practicas profesionales, trayectoria laboral, "
        "vida laboral"
    ),
    SectionType.EDUCATION: (
        "educacion, formacion, formacion academica, estudios, titulacion, titulaciones, "
        "formacion reglada, estudios realizados, titulos, titulos academicos, formacion y estudios"
    ),
    SectionType.SKILLS: (
        "lo que aporto, lo que se hacer, metodos, "
        "habilidades, competencias, conocimientos, aptitudes, herramientas, destrezas, "
        "aptitudes tecnicas, capacidades, conocimientos tecnicos, informatica, cualidades, "
        "competencias clave, fortalezas, lenguajes de programacion"
    ),
    SectionType.PROJECTS: "proyectos, proyecto, proyectos personales",
    SectionType.CERTIFICATIONS: (
        "certificaciones, certificados, cursos, cursos realizados, cursos y certificaciones, "
        "formacion complementaria, licencias, acreditaciones, mas formacion, "
        "formacion adicional, otra formacion, otros cursos"
    ),
    SectionType.AWARDS: (
        "premios, logros, reconocimientos, distinciones, becas, premios y reconocimientos, meritos"
    ),
    SectionType.PUBLICATIONS: "publicaciones, articulos, ponencias, patentes",
    SectionType.LANGUAGES: "idiomas, lenguas, idiomas y niveles, competencias linguisticas",
    SectionType.VOLUNTEER: (
        "voluntariado, voluntario, trabajo voluntario, actividades de voluntariado, labor social, "
        "accion social"
    ),
    SectionType.INTERESTS: (
        "intereses, aficiones, pasatiempos, tiempo libre, hobbies, otros intereses, ocio, "
        "fuera del trabajo, fuera de la oficina"
    ),
    SectionType.REFERENCES: "referencias, recomendaciones",
    SectionType.OTHER: "otros, informacion adicional, otros datos",
}


def _by_phrase(*tables: dict[SectionType, str]) -> dict[str, SectionType]:
    return {
        phrase.strip(): kind
        for table in tables
        for kind, phrases in table.items()
        for phrase in phrases.split(",")
    }


# Normalised phrase -> section type. Multi-word phrases match as phrases, single words as
# the title's head words.
PHRASES: dict[str, SectionType] = _by_phrase(_ENGLISH, _GERMAN, _FRENCH, _SPANISH)


def _stemmed(phrases: dict[str, SectionType]) -> dict[str, SectionType]:
    """The phrases by their stemmed words; a stem two types share is left out (the exact
    phrases tell "Presentations" (talks) from "Présentation" (a summary))."""
    out: dict[str, SectionType] = {}
    clash: set[str] = set()
    for phrase, kind in phrases.items():
        key = stem_phrase(phrase)
        if out.setdefault(key, kind) != kind:
            clash.add(key)
    return {key: kind for key, kind in out.items() if key not in clash}


# Modifiers that may precede/follow a phrase without changing its type.
FILLER: frozenset[str] = frozenset(
    """
    professional work relevant technical key core selected additional other my and of the
    related academic employment career computer significant software it research industry
    volunteer personal honors international practical programming soft hard skills & y et
    und de la le les en des del e recent previous invited main berufliche fachliche
    professionnelle professionnel professionnels laboral profesional tecnicas tecnicos
    techniques side spoken
    notable featured further foreign conference on request
    personliche personliches personlicher ausgewahlte wichtigste technische akademische
    akademischer soziales soziale weitere bisherige
    personnels personnelles cles cle technique academique academiques etrangeres principales
    principaux selectionnes autres
    personales clave destacados destacadas realizados principales otros academica academicos
    tecnicas extranjeros
    executive set known available output in kurze wichtige initiale realises realisees
    occupes occupees desempenados reglada previa niveles realizadas previos anteriores
    personnel personnelle personal complementary complementaires
    recientes relevantes relevante destacada seleccionados chosen past prior current
    major minor general specific list development campus background hintergrund
    teaching military service praktische anterieures anterieurs travail
    precedents precedentes significatives significatifs ocupados ocupadas trabajo vida
    higher universitaire universitaires universitaria universitarias universitarios
    universitario obtenus obtenues obtenidos obtenidas superieures superieur outside labor
    cursados cursadas digital digitales digitaux numeriques besondere besonderes
    professionnelles informaticos informaticas blandas online seminarios seminaires
    seminare peer reviewed journal scientifiques scientifique cientificas cientificos
    publicados publicadas parlees ecrites extranjeras extranjeros nivel niveau niveaux
    arbeit associations ong voluntaria upon berufliches beruflich areas area fields
    complementarios complementarias adicionales adicional zusatzliche sonstige
    schulische hohere erworbene abgeschlossene obtained completed acquired bref breve breves
    kurz mon ma mes mein meine meines mi mis niveau niveaus levels level ubersicht uebersicht
    specialist im uberblick ueberblick held inventory weg gang verlauf liste auswahl bereich
    bereiche schwerpunkte arbeit""".split()  # noqa: SIM905 - prose-like list
)

# Roots, written as words: a title word whose light stem (``stem``) equals one of their
# stems, starts with a stem of six letters or more, or (a German compound) ends with one
# ("Fremdsprachen", "Berufsausbildung") names that type. Listed from the section titles of
# real CVs and Europass in the four languages, not from any test set.
_ROOT_WORDS: dict[SectionType, str] = {
    SectionType.CONTACT: "contact, kontakt, coordonnees, contacto, personalien",
    SectionType.SUMMARY: (
        "summary, profile, objective, overview, introduction, biography, statement, synopsis, "
        "kurzbeschreibung, goals, ziele, vorstellung, kurzvorstellung, profil, zusammenfassung, "
        "einleitung, berufsziel, kurzprofil, objectif, synthese, accroche, perfil, resumen, "
        "objetivo, extracto, presentacion, sintesis"
    ),
    SectionType.EXPERIENCE: (
        "experience, employment, employments, jobs, positions, appointments, internship, "
        "internships, job, employers, arbeitgeber, employeurs, empleadores, trabajos, erfahrung, "
        "berufsweg, tatigkeit, taetigkeit, werdegang, laufbahn, beruf, beschaftigung, anstellung, "
        "praktikum, praktika, stationen, experiences, emploi, emplois, postes, missions, "
        "fonctions, stages, parcours, experiencia, empleo, empleos, trayectoria, puestos, cargos, "
        "practicas, history, historique, historial, historia"
    ),
    SectionType.EDUCATION: (
        "education, educational, schooling, studies, study, degrees, diplomas, diploma, "
        "qualifications, coursework, ausbildung, bildung, studium, schulbildung, abschlusse, "
        "abschluss, formation, formations, etudes, diplomes, cursus, scolarite, "
        "educacion, formacion, estudios, titulacion, titulaciones, titulos"
    ),
    SectionType.SKILLS: (
        "software, "
        "skills, competencies, competences, competence, expertise, proficiencies, proficiency, "
        "capabilities, abilities, strengths, technologies, tools, toolkit, toolbox, know how, "
        "kompetenz, kompetenzen, kenntnisse, fahigkeiten, faehigkeiten, fertigkeiten, werkzeuge, "
        "starken, competences, savoir, atouts, aptitudes, qualites, outils, logiciels, "
        "informatique, connaissances, capacites, programmiersprachen, competencias, habilidades, "
        "destrezas, conocimientos, herramientas, cualidades, capacidades, fortalezas, informatica, "
        "knowledge, qualities"
    ),
    SectionType.PROJECTS: (
        "projects, project, portfolio, projekte, projekt, projets, projet, realisations, "
        "proyectos, proyecto, realizaciones"
    ),
    SectionType.CERTIFICATIONS: (
        "registration, registrations, cpd, "
        "habilitaciones, habilitacion, certs, "
        # A professional register, a trade's "tickets", Spain's civil-service "oposiciones".
        "register, tickets, oposiciones, oposicion, "
        "certifications, certificates, certificate, certification, licenses, licences, license, "
        "licence, credentials, accreditations, courses, zertifikate, zertifizierungen, lizenzen, "
        "weiterbildung, fortbildung, zusatzqualifikation, zusatzqualifikationen, kurse, lehrgange, "
        "schulungen, certificats, habilitations, habilitation, agrements, certificaciones, "
        "certificados, cursos, licencias, acreditaciones"
    ),
    SectionType.AWARDS: (
        "awards, award, honors, honours, prizes, accolades, achievements, accomplishments, "
        "distinctions, recognition, recognitions, scholarships, fellowships, grants, "
        "auszeichnungen, preise, ehrungen, stipendien, prix, recompenses, bourses, honneurs, "
        "premios, logros, reconocimientos, distinciones, becas, meritos, "
        "medals, medal, medaillen, medaille, medallas, medalla, concours"
    ),
    SectionType.PUBLICATIONS: (
        "bylines, byline, "
        "publications, papers, articles, patents, published, veroffentlichungen, publikationen, "
        "fachartikel, patente, brevets, publicaciones, articulos, ponencias, patentes"
    ),
    SectionType.LANGUAGES: (
        "languages, language, linguistic, sprachen, sprache, sprach, langues, langue, "
        "linguistiques, idiomas, idioma, lenguas, linguisticas"
    ),
    SectionType.VOLUNTEER: (
        "volunteer, volunteering, voluntary, charity, ehrenamt, ehrenamtliche, benevolat, "
        "benevoles, benevole, volontariat, voluntariado, voluntario, voluntaria, comunitario, "
        "communautaire, freiwillig, freiwilligenarbeit, associatif, associative, associatives"
    ),
    SectionType.INTERESTS: (
        "interests, hobbies, hobby, activities, leisure, pastimes, passions, recreation, pursuits, "
        "interessen, hobbys, freizeit, interets, loisirs, activites, intereses, aficiones, "
        "pasatiempos, actividades, ocio"
    ),
    SectionType.REFERENCES: (
        "references, referees, recommendations, referenzen, empfehlungen, recommandations, "
        "referencias, recomendaciones"
    ),
    SectionType.OTHER: (
        "miscellaneous, talks, leadership, affiliations, memberships, involvement, sonstiges, "
        "divers, otros"
    ),
}

# "Away from work" in any words: "Off the tools", "Beyond the clinic", "Outside the
# cockpit", "Abseits des Büros", "En dehors du bureau", "Fuera del aula" (normalised text).
AWAY_FROM_WORK = re.compile(
    r"^(?:off|outside(?: of)?|beyond|away from) (?:the|my) \w+$|"
    r"^(?:abseits|ausserhalb|jenseits|neben) (?:des|der|dem|vom|von) \w+$|"
    r"^(?:en dehors|hors|loin|au dela) (?:du|de la|des|de l) ?\w+$|"
    r"^(?:fuera|lejos|mas alla) (?:del|de la|de los|de las) \w+$"
)

# Roots that name a section only when no more specific root does: "Project experience" is
# projects, "Compétences linguistiques" languages, "Sprachkompetenz" languages.
_GENERIC_WORDS = (
    "experience, experiences, erfahrung, experiencia, history, historique, historial, historia, "
    "tatigkeit, taetigkeit, activities, activites, actividades, skills, competencies, "
    "competences, competence, kompetenz, kompetenzen, competencias, kenntnisse, knowledge, "
    "conocimientos, connaissances, fahigkeiten, faehigkeiten, habilidades, aptitudes, "
    "proficiency, proficiencies, abilities, capacites, capacidades, qualifications, summary, "
    "profile, overview, highlights, profil, perfil, resumen, zusammenfassung, roles, positions, "
    "jobs, job, posts"
)

# Modifier words that also name a type: that type counts only when nothing else is named
# ("Career summary" is a summary, "Research experience" experience).
WEAK: dict[str, SectionType] = {
    "career": SectionType.EXPERIENCE,
    "carriere": SectionType.EXPERIENCE,
    "carrera": SectionType.EXPERIENCE,
    "karriere": SectionType.EXPERIENCE,
    "research": SectionType.PUBLICATIONS,
    "other": SectionType.OTHER,
    "additional": SectionType.OTHER,
}

# Words after which a name only qualifies the one before it ("Cursos de formación" are
# courses, "Experiencia de voluntariado" volunteering: the head is qualified by a specific).
OF_WORDS: frozenset[str] = frozenset({"of", "de", "d", "del", "des", "du", "von", "der"})

# Modifiers that turn a path ("history", "Werdegang", "parcours") into education.
ACADEMIC: tuple[str, ...] = ("academ", "akadem", "schul", "scolair", "escolar", "universit")

# Words that join two section names ("Projects and Experience"): the first named wins.
CONJUNCTIONS: frozenset[str] = frozenset({"and", "und", "et", "y", "e", "or", "oder", "ou", "o"})


def stem(word: str) -> str:
    """A light stem: plural and inflection endings dropped ("Tätigkeiten" -> "tatigkeit",
    "studies" -> "study", "competences" -> "competenc"), short words unchanged."""
    if len(word) <= 3:
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    if word.endswith("en") and len(word) > 6:
        return word[:-2]
    if word.endswith("e") and len(word) > 4:
        return word[:-1]
    return word


def stem_phrase(normalised: str) -> str:
    return " ".join(stem(w) for w in normalised.split())


def _roots() -> dict[str, SectionType]:
    out: dict[str, SectionType] = {}
    for kind, words in _ROOT_WORDS.items():
        for word in words.split(","):
            out.setdefault(stem(word.strip()).replace(" ", ""), kind)
    return out


# Root stem -> section type.
ROOTS: dict[str, SectionType] = _roots()
# The root words as written (what letter-spaced titles are split back into).
ROOT_WORDS: frozenset[str] = frozenset(
    w.strip() for words in _ROOT_WORDS.values() for w in words.split(",")
)
GENERIC: frozenset[str] = frozenset(stem(w.strip()) for w in _GENERIC_WORDS.split(","))
# Normalised phrase by its stemmed words -> section type ("centres d interets").
STEMMED_PHRASES: dict[str, SectionType] = _stemmed(PHRASES)

# CJK keyword -> section type, matched as a substring of the title.
CJK: dict[str, SectionType] = {
    "联系": SectionType.CONTACT,
    "个人信息": SectionType.CONTACT,
    "基本信息": SectionType.CONTACT,
    "自我评价": SectionType.SUMMARY,
    "个人简介": SectionType.SUMMARY,
    "求职意向": SectionType.SUMMARY,
    "总结": SectionType.SUMMARY,
    "自我介绍": SectionType.SUMMARY,
    "评价": SectionType.SUMMARY,
    "学习": SectionType.EDUCATION,
    "教育": SectionType.EDUCATION,
    "学历": SectionType.EDUCATION,
    "技能": SectionType.SKILLS,
    "技术栈": SectionType.SKILLS,
    "项目": SectionType.PROJECTS,
    "证书": SectionType.CERTIFICATIONS,
    "获奖": SectionType.AWARDS,
    "荣誉": SectionType.AWARDS,
    "论文": SectionType.PUBLICATIONS,
    "语言": SectionType.LANGUAGES,
    "外语": SectionType.LANGUAGES,
    "兴趣": SectionType.INTERESTS,
    "爱好": SectionType.INTERESTS,
    "特长": SectionType.SKILLS,
    "其他": SectionType.OTHER,
    "其它": SectionType.OTHER,
    "工作": SectionType.EXPERIENCE,
    "实习": SectionType.EXPERIENCE,
    "经历": SectionType.EXPERIENCE,
    "经验": SectionType.EXPERIENCE,
    "能力": SectionType.SKILLS,
    "概况": SectionType.SUMMARY,
    "概述": SectionType.SUMMARY,
    "目标": SectionType.SUMMARY,
    "履历": SectionType.EXPERIENCE,
    "职业": SectionType.EXPERIENCE,
    "认证": SectionType.CERTIFICATIONS,
    "资格": SectionType.CERTIFICATIONS,
}
# Generic nouns ("history", "experience", "ability") that name the section only when no other
# keyword does: "项目经历" is projects and "外语能力" languages, but "工作经历" experience.
CJK_GENERIC: frozenset[str] = frozenset({"经历", "经验", "能力", "履历", "职业", "特长", "技能"})

# When a title holds phrases of several types ("Projects and Experience"), the first of
# these types among them wins.
PRIORITY: tuple[SectionType, ...] = (
    SectionType.EXPERIENCE,
    SectionType.EDUCATION,
    SectionType.SKILLS,
    SectionType.PROJECTS,
    SectionType.CERTIFICATIONS,
    SectionType.AWARDS,
    SectionType.PUBLICATIONS,
    SectionType.LANGUAGES,
    SectionType.VOLUNTEER,
    SectionType.INTERESTS,
    SectionType.REFERENCES,
    SectionType.SUMMARY,
    SectionType.CONTACT,
    SectionType.OTHER,
)


# Headings written as a question or a sentence in the first person ("Where did I learn my
# craft?", "Das habe ich gelernt", "¿Qué sé hacer?", "Ce qui m'anime en dehors du
# travail"): typed by what they say, through the verb or phrase that carries it. Read on
# `normalise_heading` text; the first type whose pattern matches wins.
_MEANINGS: tuple[tuple[SectionType, str], ...] = (
    (
        SectionType.CONTACT,
        (
            r"\b(?:get in touch|talk|chat|write to me|write me|reach me|call me|build something|"
            r"gesprach|melden sie sich|schreiben sie mir|sprechen wir|echanger|ecrivez moi|"
            r"parlons|contactez|hablamos|hablemos|escribeme|escribame|charlamos|contacta)\b"
        ),
    ),
    (
        SectionType.INTERESTS,
        (
            r"\b(?:outside (?:of )?work|free time|spare time|when i m not|off the clock|"
            r"freizeit|nach feierabend|ausserhalb der arbeit|en dehors du travail|temps libre|"
            r"me passionne|m anime|tiempo libre|fuera del trabajo|me apasiona)\b"
        ),
    ),
    (
        SectionType.VOLUNTEER,
        (
            r"\b(?:volunteer\w*|give back|engagiere|ehrenamt\w*|benevol\w*|m engage|"
            r"voluntari\w*|que mas hago|me implico)\b"
        ),
    ),
    (
        SectionType.LANGUAGES,
        (r"\b(?:speak|spreche|verstandige|parle|parlons|hablo|me comunico|languages? i)\b"),
    ),
    (
        SectionType.EDUCATION,
        (
            r"\b(?:learn\w*|studied|study|school|gelernt|studiert|ausgebildet|appris|etudie\w*|"
            r"forme|estudi\w*|aprendi\w*|me forme)\b"
        ),
    ),
    (
        SectionType.EXPERIENCE,
        (
            r"\b(?:worked|work history|made an impact|where i ve been|gearbeitet|war ich taetig|"
            r"tatig|travaille|j ai travaille|trabajado|trabaje|donde he estado)\b"
        ),
    ),
    (
        SectionType.SKILLS,
        (
            r"\b(?:good at|i bring|i can do|i do best|can do|gut bin|gut kann|kann ich|"
            r"ce que je sais|je sais faire|sais faire|se hacer|sabe hacer|domino|se me da bien)\b"
        ),
    ),
    (
        SectionType.SUMMARY,
        (
            r"\b(?:who am i|about me|das bin ich|wer ich bin|ueber mich|uber mich|qui suis je|"
            r"qui je suis|quien soy|sobre mi)\b"
        ),
    ),
)
_MEANING_RX = tuple((kind, re.compile(pattern)) for kind, pattern in _MEANINGS)


def meaning_type(normalised: str) -> SectionType | None:
    """The type a heading written as a phrase says it is, or None."""
    for kind, pattern in _MEANING_RX:
        if pattern.search(normalised):
            return kind
    return None
