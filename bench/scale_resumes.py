"""Resumes with text for the 100x seed (``bench/scale_seed.py``): what a search reads.

Each candidate gets a resume version whose ``extracted_text`` is written from templates in
its language (70 % English, 10 % each German, French and Spanish): a summary, three to
five roles with four to six bullets each, education, skills and languages: 190-480 words
(310 on average, about 2,000 characters). The words are varied the way real resumes are,
so that a search meets common and rare terms:

* job titles naming an engineer (Ingenieur, ingénieur, ingeniero) in about half of them,
  and "engineer(s)/engineering" somewhere in about 70 % of the English ones;
* skills drawn from a long-tailed list (Python, SQL, Excel in many; most in few), and a
  few fixed rarities: "Kubernetes" in 0.4 % of resumes, "Erlang" in 0.1 %;
* project code names made of syllables (tens of thousands of distinct words), as the
  names of products, clients and places a real corpus is full of;
* inflected forms in each language (Entwickler / Entwicklern, développeur / développeurs,
  desarrollador / desarrolladores).

About 10 % of candidates have an older first version with other text (the search must
read the newest), and 3 % have no resume at all. Everything is written with COPY, then
each candidate's search document is built by the application's own refresh
(``database.queries.search.refresh_search_documents``) on two connections at once.
"""

from __future__ import annotations

import csv
import io
import random
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta

from sqlalchemy import Engine, text

LANGUAGE_SHARES = (("en", 0.70), ("de", 0.10), ("fr", 0.10), ("es", 0.10))
NO_RESUME_SHARE = 0.03
OLDER_VERSION_SHARE = 0.10
RARE_SKILLS = (("Kubernetes", 0.004), ("Erlang", 0.001))
CHUNK = 10_000


def _words(text: str) -> list[str]:
    return text.split()


SKILLS = _words(
    "Python SQL Excel Java JavaScript Git Linux Docker TypeScript React PostgreSQL AWS "
    "Tableau Jira Scrum C# .NET Azure Spark Pandas HTML CSS Node.js Angular Go Kotlin Swift "
    "Terraform Ansible Jenkins Snowflake dbt Airflow Kafka Redis MongoDB MySQL Oracle SAP "
    "Salesforce HubSpot Figma Sketch PowerBI Looker BigQuery GCP Vue.js Django Flask Spring "
    "Hibernate GraphQL REST gRPC Rust Scala Haskell MATLAB R SAS SPSS Stata LaTeX Photoshop "
    "Illustrator InDesign AutoCAD SolidWorks CATIA Simulink LabVIEW PLC SCADA Verilog VHDL "
    "FPGA Arduino RaspberryPi Unity Unreal Blender OpenCV PyTorch TensorFlow Keras "
    "scikit-learn XGBoost NLP Elasticsearch Kibana Grafana Prometheus Datadog Splunk "
    "Nagios Zabbix Puppet Chef Vagrant Helm Istio Consul Vault Nomad OpenShift Heroku "
    "Netlify Vercel Firebase Supabase Prisma Sequelize Redux Svelte Ember Backbone jQuery "
    "Bootstrap Tailwind Sass Less Webpack Vite Babel ESLint Jest Cypress Selenium Playwright "
    "Postman SoapUI JMeter Gatling Locust Fortran COBOL Perl PHP Laravel Symfony Drupal "
    "WordPress Magento Shopify Zendesk ServiceNow Workday Oracle-EBS Dynamics NetSuite "
    "QuickBooks Xero Alteryx KNIME RapidMiner Qlik MicroStrategy Cognos Informatica Talend "
    "Fivetran Stitch Segment Amplitude Mixpanel Optimizely Braze Marketo Pardot Mailchimp"
)

TITLES = {
    "en": (
        "Software Engineer",
        "Senior Software Engineer",
        "Data Engineer",
        "Site Reliability Engineer",
        "Backend Engineer",
        "Frontend Developer",
        "Full Stack Developer",
        "Data Analyst",
        "Product Manager",
        "Project Manager",
        "QA Engineer",
        "DevOps Engineer",
        "Machine Learning Engineer",
        "Business Analyst",
        "UX Designer",
        "Technical Writer",
        "Embedded Engineer",
        "Mechanical Engineer",
        "Sales Manager",
        "Accountant",
        "Operations Manager",
        "Marketing Specialist",
    ),
    "de": (
        "Softwareentwickler",
        "Softwareentwicklerin",
        "Entwickler",
        "Ingenieur für Datenplattformen",
        "Projektleiter",
        "Datenanalyst",
        "Produktmanagerin",
        "Systemingenieur",
        "Vertriebsleiter",
        "Buchhalterin",
        "Maschinenbauingenieur",
        "Teamleiter Entwicklung",
    ),
    "fr": (
        "Ingénieur logiciel",
        "Développeur web",
        "Développeuse full stack",
        "Chef de projet",
        "Analyste de données",
        "Ingénieure données",
        "Responsable produit",
        "Ingénieur système",
        "Comptable",
        "Responsable commercial",
        "Ingénieur mécanique",
    ),
    "es": (
        "Ingeniero de software",
        "Desarrollador web",
        "Desarrolladora backend",
        "Jefe de proyecto",
        "Analista de datos",
        "Ingeniera de datos",
        "Gerente de producto",
        "Ingeniero de sistemas",
        "Contador",
        "Director comercial",
        "Ingeniero mecánico",
    ),
}
TITLE_ENGINEER_WEIGHT = 3  # titles naming an engineer are drawn this much more often

SECTION_TITLES = {
    "en": ("Summary", "Experience", "Education", "Skills", "Languages"),
    "de": ("Profil", "Berufserfahrung", "Ausbildung", "Kenntnisse", "Sprachen"),
    "fr": ("Profil", "Expérience professionnelle", "Formation", "Compétences", "Langues"),
    "es": ("Perfil", "Experiencia profesional", "Formación", "Habilidades", "Idiomas"),
}

SUMMARIES = {
    "en": (
        "{title} with {years} years of experience in {domain}, focused on {s1} and {s2}.",
        "Pragmatic {title} who has shipped {domain} products for {years} years; strongest "
        "in {s1}, {s2} and mentoring the engineers around me.",
        "I am a {title} who enjoys hard problems in {domain} and clear writing. {years} years "
        "with {s1} and {s2}.",
    ),
    "de": (
        "{title} mit {years} Jahren Erfahrung im Bereich {domain}, Schwerpunkt {s1} und {s2}.",
        "Als {title} habe ich {years} Jahre lang Projekte für {domain} umgesetzt und die "
        "Entwicklern im Team mit {s1} und {s2} unterstützt.",
        "Erfahrener {title} mit fundierten Kenntnissen in {s1}, {s2} und der Leitung von "
        "Teams in der {domain}.",
    ),
    "fr": (
        "{title} avec {years} ans d'expérience dans le secteur {domain}, spécialisé en {s1} "
        "et {s2}.",
        "En tant que {title}, j'ai encadré des développeurs et des ingénieurs pendant "
        "{years} ans sur des projets {domain} avec {s1} et {s2}.",
        "{title} passionné par les systèmes fiables et les équipes autonomes ; {years} ans "
        "de pratique de {s1} et de {s2}.",
    ),
    "es": (
        "{title} con {years} años de experiencia en el sector {domain}, especializado en "
        "{s1} y {s2}.",
        "Como {title} he dirigido a desarrolladores e ingenieros durante {years} años en "
        "proyectos de {domain} con {s1} y {s2}.",
        "{title} orientado a resultados, con conocimientos sólidos de {s1}, {s2} y gestión "
        "de equipos en {domain}.",
    ),
}

DOMAINS = {
    "en": ("payments", "logistics", "healthcare", "retail", "energy", "insurance", "gaming",
           "telecommunications", "public sector", "automotive", "media", "banking"),
    "de": ("Zahlungsverkehr", "Logistik", "Gesundheitswesen", "Einzelhandel", "Energie",
           "Versicherung", "Automobilindustrie", "Telekommunikation", "öffentlichen Sektor"),
    "fr": ("paiements", "logistique", "santé", "distribution", "énergie", "assurance",
           "automobile", "télécommunications", "secteur public", "banque"),
    "es": ("pagos", "logística", "salud", "comercio minorista", "energía", "seguros",
           "automoción", "telecomunicaciones", "sector público", "banca"),
}  # fmt: skip

BULLETS = {
    "en": (
        "Built the {project} service in {s1} and {s2}, cutting {metric} by {n}%.",
        "Led a team of {k} engineers that migrated {project} from {s1} to {s2}.",
        "Designed dashboards in {s1} used by {k}0 analysts every week.",
        "Automated the release of {project} with {s1}, from weekly to daily deployments.",
        "Reduced {metric} by {n}% by rewriting the {project} pipeline in {s1}.",
        "Mentored {k} junior developers and ran the {s1} guild.",
        "Owned on-call for {project}; wrote the runbooks and postmortems.",
        "Negotiated contracts with {k} suppliers and improved {metric} by {n}%.",
        "Introduced code reviews and testing with {s1} across {k} teams.",
        "Partnered with product managers to launch {project} in {k} markets.",
    ),
    "de": (
        "Aufbau des Dienstes {project} mit {s1} und {s2}; {metric} um {n} % gesenkt.",
        "Leitung eines Teams von {k} Entwicklern bei der Migration von {project} auf {s2}.",
        "Entwicklung von Berichten in {s1} für {k}0 Anwender im Vertrieb.",
        "Automatisierung der Auslieferung von {project} mit {s1} und {s2}.",
        "Betreuung von {k} Werkstudenten und Einführung von Code-Reviews mit {s1}.",
        "Verantwortung für den Betrieb von {project} einschließlich Rufbereitschaft.",
        "Optimierung der Prozesse in {project}, {metric} um {n} % verbessert.",
    ),
    "fr": (
        "Conception du service {project} en {s1} et {s2}, {metric} réduit de {n} %.",
        "Encadrement de {k} développeurs lors de la migration de {project} vers {s2}.",
        "Création de tableaux de bord {s1} utilisés par {k}0 analystes.",
        "Automatisation des déploiements de {project} avec {s1}.",
        "Mise en place des revues de code et des tests avec {s1} dans {k} équipes.",
        "Responsable de l'exploitation de {project} et des astreintes.",
        "Amélioration de {metric} de {n} % grâce à la refonte de {project}.",
    ),
    "es": (
        "Desarrollo del servicio {project} con {s1} y {s2}, reduciendo {metric} un {n} %.",
        "Dirección de un equipo de {k} desarrolladores en la migración de {project} a {s2}.",
        "Diseño de paneles en {s1} utilizados por {k}0 analistas.",
        "Automatización de los despliegues de {project} con {s1}.",
        "Formación de {k} desarrolladores júnior y revisiones de código con {s1}.",
        "Responsable de la operación de {project} y de las guardias.",
        "Mejora de {metric} en un {n} % gracias al rediseño de {project}.",
    ),
}

METRICS = {
    "en": ("latency", "cloud costs", "build times", "churn", "error rates", "lead time"),
    "de": ("die Latenz", "die Cloudkosten", "die Buildzeiten", "die Fehlerquote"),
    "fr": ("la latence", "les coûts cloud", "le temps de build", "le taux d'erreur"),
    "es": ("la latencia", "los costes de nube", "el tiempo de compilación", "la tasa de error"),
}

DEGREES = {
    "en": ("BSc Computer Science", "MSc Data Science", "BA Economics", "BEng Mechanical "
           "Engineering", "MBA", "BSc Mathematics", "MEng Electrical Engineering"),
    "de": ("B.Sc. Informatik", "M.Sc. Wirtschaftsinformatik", "Diplom-Ingenieur Maschinenbau",
           "B.A. Betriebswirtschaftslehre", "M.Sc. Mathematik"),
    "fr": ("Diplôme d'ingénieur, informatique", "Master en science des données",
           "Licence d'économie", "Master en génie mécanique"),
    "es": ("Grado en Ingeniería Informática", "Máster en Ciencia de Datos",
           "Grado en Economía", "Ingeniería Industrial"),
}  # fmt: skip

UNIVERSITIES = (
    "State University", "Technical University of Munich", "Université Paris-Saclay",
    "Universidad Politécnica de Madrid", "University of Leeds", "ETH Zurich", "KTH",
    "Politecnico di Milano", "University of Toronto", "RWTH Aachen", "Université de Lyon",
    "Universidad de Buenos Aires", "University of Melbourne", "TU Delft",
)  # fmt: skip

CITIES = ("Berlin", "Munich", "Paris", "Lyon", "Madrid", "Barcelona", "London", "Dublin",
          "Amsterdam", "Vienna", "Zurich", "Lisbon", "Toronto", "Austin", "Remote")  # fmt: skip

LANGUAGE_LINES = {
    "en": "English (native), German (B2), Spanish (A2)",
    "de": "Deutsch (Muttersprache), Englisch (C1), Französisch (B1)",
    "fr": "Français (langue maternelle), Anglais (courant), Espagnol (notions)",
    "es": "Español (nativo), Inglés (C1), Francés (B1)",
}

SYLLABLES = _words(
    "ka ro mi ta ne vo li sa du pe zor qua bri len tam vex orn sel gar hul fin mok dra "
    "pli sut wen yar cos bel nim tor ux ja pho kel rin"
)


def _skill_weights() -> list[float]:
    # A long tail: the i-th skill is drawn with weight 1/(i+1).
    return [1 / (rank + 1) for rank in range(len(SKILLS))]


def _project(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


class TextMaker:
    """Resume texts from the templates above, with one random generator (reproducible)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.weights = _skill_weights()
        self.titles = {
            lang: [t for t in titles for _ in range(self._title_weight(t))]
            for lang, titles in TITLES.items()
        }

    @staticmethod
    def _title_weight(title: str) -> int:
        lowered = title.casefold()
        named = ("engineer", "ingenieur", "ingénieur", "ingeniero", "ingeniera")
        return TITLE_ENGINEER_WEIGHT if any(word in lowered for word in named) else 1

    def skills(self, count: int) -> list[str]:
        chosen = dict.fromkeys(self.rng.choices(SKILLS, weights=self.weights, k=count))
        for skill, share in RARE_SKILLS:
            if self.rng.random() < share:
                chosen[skill] = None
        return list(chosen)

    def text(self, language: str, name: str, company: str, title: str) -> str:
        rng = self.rng
        skills = self.skills(rng.randint(8, 14))
        heads = SECTION_TITLES[language]
        lines = [name, f"{title} · {rng.choice(CITIES)}", "", heads[0]]
        lines.append(
            rng.choice(SUMMARIES[language]).format(
                title=title,
                years=rng.randint(2, 25),
                domain=rng.choice(DOMAINS[language]),
                s1=rng.choice(skills),
                s2=rng.choice(skills),
            )
        )
        lines += ["", heads[1]]
        year = 2025
        for index in range(rng.randint(3, 5)):
            role = title if index == 0 else rng.choice(self.titles[language])
            employer = (
                company
                if index == 0
                else f"{_project(rng)} {rng.choice(('GmbH', 'SA', 'Ltd', 'Inc', 'S.L.'))}"
            )
            start = year - rng.randint(1, 5)
            lines.append(f"{role}, {employer}, {rng.choice(CITIES)} ({start}-{year})")
            for template in rng.sample(BULLETS[language], rng.randint(4, 6)):
                lines.append(
                    "• "
                    + template.format(
                        project=_project(rng),
                        s1=rng.choice(skills),
                        s2=rng.choice(skills),
                        metric=rng.choice(METRICS[language]),
                        n=rng.randint(5, 70),
                        k=rng.randint(2, 12),
                    )
                )
            year = start
        lines += [
            "",
            heads[2],
            f"{rng.choice(DEGREES[language])}, {rng.choice(UNIVERSITIES)},"
            f" {year - rng.randint(0, 3)}",
        ]
        lines += ["", heads[3], ", ".join(skills), "", heads[4], LANGUAGE_LINES[language]]
        return "\n".join(lines)


def _language(rng: random.Random) -> str:
    roll = rng.random()
    for language, share in LANGUAGE_SHARES:
        if roll < share:
            return language
        roll -= share
    return "en"


def resume_rows(
    rng: random.Random,
    candidates: list[tuple[str, str, str, str, str, datetime]],
) -> Iterator[list[object]]:
    """COPY rows for ``resumes``: (id, first, last, company, creator, created_at) in,
    one row per version out."""
    maker = TextMaker(rng)
    for candidate_id, first, last, company, creator, created in candidates:
        if rng.random() < NO_RESUME_SHARE:
            continue
        language = _language(rng)
        versions = 2 if rng.random() < OLDER_VERSION_SHARE else 1
        for version in range(1, versions + 1):
            title = rng.choice(maker.titles[language])
            body = maker.text(language, f"{first} {last}", company, title)
            uploaded = created + timedelta(days=version * rng.randint(1, 90))
            yield [
                str(uuid.uuid4()),
                candidate_id,
                creator,
                "resume.pdf",
                f"bench/{uuid.uuid4().hex}.pdf",
                uuid.uuid4().hex + uuid.uuid4().hex,
                len(body) * 3,
                "application/pdf",
                version,
                "completed",
                100,
                body,
                len(body.split()),
                uploaded.isoformat(),
                (uploaded + timedelta(seconds=30)).isoformat(),
                "bench-1",
            ]


RESUME_COLUMNS = (
    "id",
    "candidate_id",
    "uploaded_by_user_id",
    "original_filename",
    "stored_filename",
    "file_hash",
    "file_size",
    "mime_type",
    "version_number",
    "status",
    "progress",
    "extracted_text",
    "word_count",
    "uploaded_at",
    "processed_at",
    "extractor_version",
)


def copy_resumes(engine: Engine, rows: Iterator[list[object]]) -> int:
    """COPY the rows into ``resumes`` in chunks; returns how many."""
    written = 0
    raw = engine.raw_connection()
    try:
        while True:
            buffer = io.StringIO()
            writer = csv.writer(buffer)
            chunk = 0
            for row in rows:
                writer.writerow(row)
                chunk += 1
                if chunk == CHUNK:
                    break
            if not chunk:
                break
            buffer.seek(0)
            with raw.cursor() as cursor:
                cursor.copy_expert(
                    f"COPY resumes ({', '.join(RESUME_COLUMNS)}) FROM STDIN WITH (FORMAT csv)",
                    buffer,
                )
            written += chunk
        raw.commit()
    finally:
        raw.close()
    return written


def build_search_documents(engine: Engine, log: Callable[[str], None], workers: int = 2) -> float:
    """Every candidate's search document, by the application's refresh, ``workers``
    connections at once; returns the seconds it took."""
    from sqlalchemy.orm import Session

    from database.queries.search import refresh_search_documents

    started = time.perf_counter()
    with engine.connect() as connection:
        ids = list(connection.scalars(text("SELECT id FROM candidates ORDER BY id")))
    chunks = [ids[i : i + 2_000] for i in range(0, len(ids), 2_000)]

    def refresh(chunk: list[uuid.UUID]) -> None:
        with Session(engine) as session:
            refresh_search_documents(session, chunk)
            session.commit()

    with ThreadPoolExecutor(workers) as pool:
        for done, _ in enumerate(pool.map(refresh, chunks), start=1):
            if done % 10 == 0:
                log(f"  search documents: {done * 2_000:,} of {len(ids):,}")
    return time.perf_counter() - started
