#!/usr/bin/env python3
"""make_blind6.py OUTDIR -- writes the 24 blind6 resumes (16 PDF with fpdf2, 8 DOCX with python-docx).

All content is literal data below. Nothing is random; PDF creation dates and DOCX core properties and
zip entry dates are fixed, so the output is byte-reproducible with the same library versions.
The script holds no section types: those are in labels.json, typed by hand.

Block kinds inside a section:
  ("p", text)                 paragraph, regular weight
  ("b", text)                 a whole bold line (job title, degree, project name, sub-label, company)
  ("h3", text)                a job title line (Word Heading 3 in the DOCX 'headingtwo' layout)
  ("m", text)                 meta line (employer, place, dates), italic
  ("ul", [items])             bulleted list
  ("kv", lead, text)          bold lead-in followed by regular text on the same line
  ("table", header, rows, widths)   a table; the header row is italic, not bold
  ("dated", date, role, org)  timeline entry: bold role, date in the left column beside the org line
"""
import datetime
import io
import os
import sys
import zipfile

from fpdf import FPDF
from fpdf.fonts import FontFace

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2026, 1, 1, 0, 0, 0, tzinfo=datetime.timezone.utc)
ZIP_DATE = (2026, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------------------------------
# DATA
# ---------------------------------------------------------------------------------------------------

RESUMES = []

# f00 -- en, veterinarian, PDF, right-aligned heading labels over a hairline
RESUMES.append(dict(
    file="f00_en_rightlabel.pdf", layout="rightlabel",
    name="Dr. Imogen Halloway",
    lines=["Small Animal Veterinarian · BVSc MRCVS",
           "Bristol, UK · +44 7700 900312 · imogen.halloway@vetmail.co.uk"],
    sections=[
        ("Profile", [
            ("p", "Companion-animal vet with nine years in first-opinion and emergency practice. Comfortable "
                  "running a busy consult list, soft-tissue surgery and out-of-hours triage; known for calm "
                  "client communication and for mentoring new graduates."),
        ]),
        ("Clinical practice", [
            ("b", "Senior Veterinary Surgeon"),
            ("m", "Avonside Veterinary Hospital, Bristol · 2020 – present"),
            ("ul", ["Run a 20-minute consult list and two surgical days a week in a six-vet hospital.",
                    "Lead the out-of-hours rota and the triage protocol used by nurses on the phone line.",
                    "Introduced a peri-anaesthetic safety checklist, now used on every general anaesthetic."]),
            ("b", "Key achievements:"),
            ("ul", ["Took the hospital through Cat Friendly Clinic (Gold) accreditation in 2022.",
                    "Mentored four graduates through the RCVS Professional Development Phase."]),
            ("b", "Veterinary Surgeon"),
            ("m", "Marsh Lane Vets, Taunton · 2016 – 2020"),
            ("ul", ["Mixed first-opinion caseload, mostly dogs, cats and rabbits, plus some smallholder work.",
                    "Shared the practice's 1-in-5 night and weekend on-call.",
                    "Ran the monthly puppy socialisation evenings with the nursing team."]),
        ]),
        ("Training & qualifications", [
            ("b", "BVSc Veterinary Science"),
            ("m", "University of Bristol · 2011 – 2016"),
            ("b", "Certificate in Advanced Veterinary Practice (Surgery)"),
            ("m", "Harper & Keele Veterinary School · 2019 – 2021"),
        ]),
        ("Licences", [
            ("ul", ["Member of the Royal College of Veterinary Surgeons (MRCVS), no. 7741203",
                    "RCVS Advanced Practitioner status in small animal surgery (2023)",
                    "Controlled drugs: named veterinary surgeon for the practice register"]),
        ]),
        ("Clinical skills", [
            ("kv", "Surgery:", "ovariohysterectomy, cystotomy, splenectomy, wound reconstruction"),
            ("kv", "Imaging:", "digital radiography, abdominal and focused cardiac ultrasound"),
            ("kv", "Software:", "RxWorks, VetIT, Microsoft Teams"),
        ]),
        ("Beyond the clinic", [
            ("p", "Sea swimming, singing alto in a community choir, and slowly restoring an old narrowboat."),
        ]),
        ("Referees", [
            ("p", "Dr. Tomasz Brenner, Clinical Director, Avonside Veterinary Hospital. Details on request."),
        ]),
    ]))

# f01 -- de, Hebamme, PDF, capital headings at body size, regular weight, thin line above
RESUMES.append(dict(
    file="f01_de_capsrule.pdf", layout="capsrule",
    name="Johanna Vogelsang",
    lines=["Hebamme (B.Sc.) · Kreißsaal und freiberufliche Wochenbettbetreuung",
           "Lindenstraße 14, 79098 Freiburg im Breisgau",
           "0761 4418 273 · j.vogelsang@posteo.de"],
    sections=[
        ("ÜBER MICH", [
            ("p", "Hebamme mit acht Jahren Erfahrung im Kreißsaal eines Perinatalzentrums Level 1 und in der "
                  "freiberuflichen Betreuung von Familien im Wochenbett. Ruhig in Notfallsituationen, gern in "
                  "der Praxisanleitung von Studierenden tätig."),
        ]),
        ("BERUFLICHE STATIONEN", [
            ("b", "Hebamme im Kreißsaal (Teilzeit 75 %)"),
            ("m", "Universitätsklinikum Freiburg, Perinatalzentrum Level 1 · seit 03/2019"),
            ("ul", ["Betreuung von Geburten einschließlich Risikoschwangerschaften und Mehrlingsgeburten",
                    "Praxisanleiterin für Studierende des Bachelorstudiengangs Hebammenwissenschaft",
                    "Mitarbeit an der hausinternen Leitlinie zur Wassergeburt"]),
            ("b", "Schwerpunkte:"),
            ("ul", ["CTG-Beurteilung und Notfallmanagement (Schulterdystokie, postpartale Blutung)",
                    "Stillberatung in den ersten Lebenstagen"]),
            ("b", "Freiberufliche Hebamme"),
            ("m", "Eigene Praxis, Freiburg und Umgebung · seit 01/2021"),
            ("ul", ["Schwangerenvorsorge, Wochenbettbetreuung und Rückbildungskurse",
                    "Rund 40 Familien pro Jahr, Abrechnung nach dem Hebammenhilfevertrag"]),
            ("b", "Hebamme"),
            ("m", "Kreiskrankenhaus Emmendingen · 10/2016 – 02/2019"),
            ("ul", ["Geburtshilfliche Abteilung mit rund 900 Geburten im Jahr, Schichtdienst",
                    "Elternabende zur Geburtsvorbereitung"]),
        ]),
        ("AUSBILDUNGSWEG", [
            ("b", "B.Sc. Angewandte Hebammenwissenschaft"),
            ("m", "Evangelische Hochschule Freiburg · 2020 – 2022 (berufsbegleitend)"),
            ("b", "Examen als staatlich anerkannte Hebamme"),
            ("m", "Hebammenschule am Universitätsklinikum Tübingen · 2013 – 2016"),
        ]),
        ("FORTBILDUNGEN", [
            ("ul", ["Akupunktur in der Geburtshilfe (Deutscher Hebammenverband, 2021)",
                    "Neugeborenen-Reanimation, NLS-Kurs (ERC, 2023)",
                    "Trageberatung (Trageschule Dresden, 2020)"]),
        ]),
        ("KENNTNISSE & TOOLS", [
            ("kv", "Dokumentation:", "Geburtshilfe-Modul in i.s.h.med, Abrechnungssoftware HebRech"),
            ("kv", "Methoden:", "Aromatherapie, Kinesio-Taping, geburtsvorbereitende Akupunktur"),
        ]),
        ("SPRACHEN", [
            ("p", "Deutsch (Muttersprache), Englisch (C1), Türkisch (Grundkenntnisse)"),
        ]),
        ("EHRENAMT", [
            ("p", "Seit 2018 zwei Abende im Monat in einer Beratungsstelle für schwangere geflüchtete Frauen."),
        ]),
    ]))

# f02 -- en, airline first officer, PDF, bold headings with a symbol glyph in front
RESUMES.append(dict(
    file="f02_en_icon.pdf", layout="icon",
    name="Daniel Ashworth-Reyes",
    lines=["First Officer, Airbus A320 family · EASA ATPL(A)",
           "Dublin, Ireland · +353 87 555 0142 · d.ashworth.reyes@flymail.ie"],
    sections=[
        ("★ Profile", [
            ("p", "First officer with 4,300 hours on the A320 family across short-haul European and North "
                  "African networks. Recommended for command upgrade in 2024; clean line-check and simulator "
                  "record, strong on crew resource management."),
        ]),
        ("✈ Flight experience", [
            ("table", ["Aircraft", "Role", "Hours"],
             [["Airbus A320/A321", "First Officer", "3,650"],
              ["Airbus A320", "Second Officer", "480"],
              ["Diamond DA42", "Student pilot (multi-engine)", "170"]],
             (60, 80, 34)),
            ("b", "First Officer – Airbus A320/A321"),
            ("m", "Aer Celtic Airways, Dublin base · 2019 – present"),
            ("ul", ["Four-sector days across Europe, Morocco and the Canary Islands; pilot flying on half.",
                    "Winter operations at Dublin and Salzburg, including de-icing coordination.",
                    "Union safety representative for the Dublin pilot group since 2022."]),
            ("b", "Key achievements:"),
            ("ul", ["Command upgrade recommendation after the 2024 line check.",
                    "Co-wrote the base's briefing card for Salzburg circling approaches."]),
            ("b", "Second Officer – Airbus A320"),
            ("m", "Skybridge Charter, Shannon · 2017 – 2019"),
            ("ul", ["Charter and ACMI flying for tour operators, with long positioning duties.",
                    "Completed type rating and line training within the first eight months."]),
        ]),
        ("⚑ Licences & type ratings", [
            ("ul", ["EASA ATPL(A), issued by the Irish Aviation Authority",
                    "Type rating A320 family, current; LVO CAT II/III",
                    "Class 1 medical, valid to 11/2026",
                    "English Language Proficiency Level 6"]),
        ]),
        ("✎ Training", [
            ("b", "Integrated ATPL course"),
            ("m", "Atlantic Flight Academy, Cork · 2015 – 2017"),
            ("b", "BSc Aeronautical Engineering"),
            ("m", "University of Limerick · 2011 – 2015"),
        ]),
        ("⚙ Know-how", [
            ("ul", ["Crew resource management, threat and error management",
                    "Performance calculations on the EFB (Lido, Flysmart)",
                    "Line-oriented evaluation preparation for newer first officers"]),
        ]),
        ("♫ Outside the cockpit", [
            ("p", "Glider instructing at weekends, jazz piano, trail running in the Wicklow Mountains."),
        ]),
        ("✉ Get in touch", [
            ("p", "Email is quickest: d.ashworth.reyes@flymail.ie. Logbook scans and licence copies on request."),
        ]),
    ]))

# f03 -- fr, traductrice, PDF, large italic serif headings
RESUMES.append(dict(
    file="f03_fr_serifitalic.pdf", layout="serifitalic",
    name="Élodie Marchetti-Laurent",
    lines=["Traductrice et interprète de liaison · anglais, italien > français",
           "Lyon · 06 71 42 88 19 · elodie.marchetti@traduc-lyon.fr",
           "SIRET 812 554 903 00021"],
    sections=[
        ("En quelques mots", [
            ("p", "Traductrice indépendante depuis 2017, spécialisée dans les textes juridiques et le vin. "
                  "Je livre environ 400 000 mots par an pour des cabinets d'avocats, des domaines viticoles et "
                  "des agences, et j'accompagne des délégations italiennes comme interprète de liaison."),
        ]),
        ("Parcours professionnel", [
            ("b", "Traductrice indépendante"),
            ("m", "Lyon · depuis 2017"),
            ("ul", ["Traduction de contrats commerciaux, statuts et pièces de procédure (EN, IT > FR)",
                    "Fiches techniques, sites et salons pour une trentaine de domaines du Beaujolais",
                    "Interprétation de liaison lors de visites d'usines et de salons professionnels"]),
            ("b", "Réalisations :"),
            ("ul", ["Traduction du guide œnotouristique officiel de la vallée du Rhône (120 000 mots)",
                    "Glossaire juridique italien-français partagé avec deux cabinets lyonnais"]),
            ("b", "Traductrice salariée"),
            ("m", "AGENCE VERBATIM, Genève · 2014 – 2017"),
            ("ul", ["Traduction et relecture pour des clients bancaires et horlogers",
                    "Gestion des mémoires de traduction et contrôle qualité avant livraison"]),
        ]),
        ("Domaines de spécialité", [
            ("ul", ["Juridique : contrats, statuts, conditions générales, jugements",
                    "Vin et gastronomie : fiches techniques, œnotourisme, étiquetage",
                    "Communication d'entreprise : rapports RSE, lettres d'information"]),
        ]),
        ("Formation initiale", [
            ("b", "Master 2 Traduction spécialisée"),
            ("m", "ISIT Paris · 2012 – 2014"),
            ("b", "Licence LLCER italien"),
            ("m", "Université Lumière Lyon 2 · 2009 – 2012"),
        ]),
        ("Outils", [
            ("p", "Trados Studio 2022, memoQ, Xbench, Antidote, Déjà Vu, Wordfast."),
        ]),
        ("Langues de travail", [
            ("ul", ["Français : langue maternelle",
                    "Anglais : C2 (Cambridge Proficiency)",
                    "Italien : C2 (année Erasmus à Bologne)"]),
        ]),
        ("Affiliations", [
            ("p", "Membre de la Société française des traducteurs (SFT) depuis 2018 et du réseau "
                  "Traduction & Territoires."),
        ]),
        ("Centres d'intérêt", [
            ("p", "Opéra, randonnée dans le Vercors, club de lecture en italien."),
        ]),
    ]))

# f04 -- en, pharmacy technician, DOCX, headings in a custom paragraph style named 'ZZ Block Head'
RESUMES.append(dict(
    file="f04_en_oddstyles.docx", layout="oddstyles",
    name="Priya Ramanathan",
    lines=["Registered Pharmacy Technician (GPhC)",
           "Leicester · 07911 204 556 · priya.r.pharmtech@outlook.com"],
    sections=[
        ("A few words", [
            ("p", "Accredited checking technician with eight years across community and hospital pharmacy. "
                  "I like tidy processes, clear handovers and patients who leave knowing exactly how to take "
                  "their medicines."),
        ]),
        ("Track record", [
            ("b", "Senior Pharmacy Technician – Medicines Optimisation"),
            ("m", "Leicester Royal Infirmary, Pharmacy Department · 2021 – present"),
            ("ul", ["Medicines reconciliation on admission for two acute medical wards.",
                    "Final accuracy checking of inpatient and discharge prescriptions.",
                    "Train and sign off new technicians on the electronic prescribing system."]),
            ("b", "Key achievements:"),
            ("ul", ["Cut the ward's missed-dose rate by a third with a bedside-locker audit.",
                    "Set up the patient's-own-drugs scheme on the frailty unit."]),
            ("b", "Pharmacy Technician"),
            ("m", "Boots UK, Market Harborough · 2017 – 2021"),
            ("ul", ["Dispensing, stock control and the repeat-prescription service.",
                    "Ran the care-home monitored-dosage system for six homes."]),
        ]),
        ("Schooling", [
            ("b", "BTEC Level 3 Diploma in Pharmaceutical Science"),
            ("m", "Leicester College · 2015 – 2017"),
            ("b", "NVQ Level 3 in Pharmacy Services"),
            ("m", "Boots UK work-based training · 2017 – 2018"),
        ]),
        ("Registrations & certificates", [
            ("ul", ["GPhC registered Pharmacy Technician, no. 5023318",
                    "Accredited Checking Pharmacy Technician (ACPT), 2020",
                    "Medicines Reconciliation accreditation, 2022"]),
        ]),
        ("Know-how", [
            ("ul", ["Electronic prescribing and medicines administration (EPMA)",
                    "Controlled drugs record keeping and destruction witnessing",
                    "Patient counselling on inhalers and anticoagulants"]),
        ]),
        ("Giving back", [
            ("p", "St John Ambulance first-aid volunteer at Leicester City home matches, about one weekend a month."),
        ]),
        ("References", [
            ("p", "Available on request."),
        ]),
    ]))

# f05 -- es, psicóloga, PDF, bold coloured headings starting with a ▸ triangle
RESUMES.append(dict(
    file="f05_es_glyph.pdf", layout="glyph",
    name="Lucía Ferrándiz Ortega",
    lines=["Psicóloga General Sanitaria · Colegiada M-34521",
           "Madrid · 612 448 907 · lucia.ferrandiz@psicomadrid.es"],
    sections=[
        ("▸ Sobre mí", [
            ("p", "Psicóloga sanitaria con siete años de experiencia en terapia individual con adultos, "
                  "especializada en trastornos de ansiedad y duelo. Trabajo desde un enfoque cognitivo-"
                  "conductual y con terapias de tercera generación."),
        ]),
        ("▸ Trayectoria", [
            ("b", "Psicóloga sanitaria"),
            ("m", "Centro de Psicología Alameda, Madrid · 2019 – actualidad"),
            ("ul", ["Evaluación y tratamiento de unos 25 pacientes adultos por semana, presencial y en línea",
                    "Grupos de manejo de la ansiedad de ocho sesiones, tres ediciones al año"]),
            ("b", "Funciones principales:"),
            ("ul", ["Coordinación con psiquiatría y atención primaria en los casos derivados",
                    "Supervisión de dos psicólogas en prácticas del máster"]),
            ("b", "Psicóloga en prácticas (Máster PGS)"),
            ("m", "Hospital Universitario La Paz, Unidad de Psicología Clínica · 2017 – 2018"),
            ("ul", ["Psicoeducación en la unidad de cuidados paliativos",
                    "Evaluación neuropsicológica con supervisión"]),
        ]),
        ("▸ Formación académica", [
            ("b", "Máster en Psicología General Sanitaria"),
            ("m", "Universidad Complutense de Madrid · 2016 – 2018"),
            ("b", "Grado en Psicología"),
            ("m", "Universidad Autónoma de Madrid · 2012 – 2016"),
        ]),
        ("▸ Cursos y certificaciones", [
            ("ul", ["Terapia EMDR, nivel II (Asociación EMDR España, 2021)",
                    "Terapia de Aceptación y Compromiso, curso avanzado (2020)",
                    "Intervención en duelo (Colegio Oficial de la Psicología de Madrid, 2019)"]),
        ]),
        ("▸ Idiomas", [
            ("p", "Español (nativo) · Inglés (C1) · Valenciano (B2)"),
        ]),
        ("▸ Publicaciones", [
            ("ul", ["Ferrándiz, L. y Robles, M. (2022). Duelo complicado tras la pandemia: una serie de casos. "
                    "Clínica Contemporánea, 13(2).",
                    "Ferrándiz, L. (2020). Grupos breves para la ansiedad en atención privada. Papeles del "
                    "Psicólogo, 41(3)."]),
        ]),
        ("▸ Escríbeme", [
            ("p", "Para colaboraciones o derivaciones: lucia.ferrandiz@psicomadrid.es"),
        ]),
    ]))

# f06 -- en, site reliability engineer, PDF, monospace lower-case "// ..." headings
RESUMES.append(dict(
    file="f06_en_slashmono.pdf", layout="slashmono",
    name="Tobias Lindqvist",
    lines=["Site Reliability Engineer",
           "Gothenburg, Sweden (remote-friendly) · tobias@lindqvist.dev · github.com/tlindqvist"],
    sections=[
        ("// about", [
            ("p", "SRE with eight years keeping payment and logistics platforms up. I care about boring "
                  "deploys, useful alerts and postmortems that change something. Happiest on small platform "
                  "teams that work closely with product engineers."),
        ]),
        ("// experience", [
            ("b", "Senior Site Reliability Engineer"),
            ("m", "Nordpay AB, Payments Platform · 2021 – present"),
            ("ul", ["Own the Kubernetes platform (14 EKS clusters) and the on-call process for 9 teams.",
                    "Moved alerting from static thresholds to SLO burn-rate alerts; pages fell by 60 %.",
                    "Built the card-authorisation canary pipeline with Argo Rollouts."]),
            ("b", "Incidents I led:"),
            ("ul", ["2023 regional RDS failover: 11 minutes of degraded authorisations, no lost payments.",
                    "2022 certificate expiry on the acquirer link; wrote the renewal automation afterwards."]),
            ("b", "DevOps Engineer"),
            ("m", "Kvarn Logistics, Gothenburg · 2017 – 2021"),
            ("ul", ["Migrated 40 services from VMs to Kubernetes with Terraform and Helm.",
                    "Introduced Prometheus and Grafana; first on-call rota with runbooks."]),
        ]),
        ("// stack", [
            ("kv", "Infra:", "Kubernetes, Terraform, AWS (EKS, RDS, MSK), GCP"),
            ("kv", "Observability:", "Prometheus, Grafana, Loki, OpenTelemetry, PagerDuty"),
            ("kv", "Languages:", "Go, Python, Bash"),
        ]),
        ("// side projects", [
            ("b", "kube-drain-guard"),
            ("p", "A small Go controller that blocks node drains while a PodDisruptionBudget would be "
                  "violated. About 900 GitHub stars."),
            ("b", "slo-report"),
            ("p", "CLI that turns Prometheus SLO recording rules into a monthly error-budget report."),
        ]),
        ("// talks & writing", [
            ("ul", ["\"Burn-rate alerts without tears\", SREcon EMEA 2023, Dublin",
                    "\"What our postmortems taught us\", Kubernetes Community Days Stockholm 2022"]),
        ]),
        ("// education", [
            ("b", "MSc Computer Science"),
            ("m", "Chalmers University of Technology · 2015 – 2017"),
        ]),
        ("// certs", [
            ("ul", ["Certified Kubernetes Administrator (CKA), 2022",
                    "AWS Certified SysOps Administrator – Associate, 2020"]),
        ]),
    ]))

# f07 -- en, HR business partner, PDF, headings in white inside a coloured left band
RESUMES.append(dict(
    file="f07_en_leftbar.pdf", layout="leftbar",
    name="Aoife Brennan-Clarke",
    lines=["HR Business Partner · Chartered MCIPD",
           "Manchester · 07700 900 418",
           "aoife.brennanclarke@gmail.com · linkedin.com/in/aoifebc"],
    sections=[
        ("At a glance", [
            ("p", "HR business partner for operational teams of 300 to 1,200 people in retail and utilities. "
                  "Strong on organisational change, employee relations and building line managers' "
                  "confidence; I measure myself on fewer, better-handled cases."),
        ]),
        ("Career history", [
            ("b", "Senior HR Business Partner – Operations"),
            ("m", "Northgate Retail Group, Manchester · 2020 – present"),
            ("ul", ["Partner the operations director and 14 regional managers for 1,100 store and depot staff.",
                    "Led consultation on a two-site depot merger with no tribunal claims.",
                    "Run the quarterly people review and the succession plan for store managers."]),
            ("b", "Key achievements:"),
            ("ul", ["Cut first-year leaver rate in depots from 41 % to 27 % over two years.",
                    "Designed a line-manager ER toolkit now used across the group."]),
            ("b", "HR Business Partner"),
            ("m", "Pennine Water Services, Bolton · 2016 – 2020"),
            ("ul", ["Business partner to field engineering (450 people), including union negotiations.",
                    "Delivered a new shift pattern after a 12-week collective consultation."]),
            ("b", "HR Advisor"),
            ("m", "Castlefield Hotels, Manchester · 2013 – 2016"),
            ("ul", ["Casework, recruitment campaigns and payroll queries for five hotels."]),
        ]),
        ("Education", [
            ("b", "MSc Human Resource Management"),
            ("m", "Manchester Metropolitan University · 2014 – 2016"),
            ("b", "BA (Hons) Business and Psychology"),
            ("m", "University of Leeds · 2009 – 2012"),
        ]),
        ("Accreditation", [
            ("ul", ["Chartered Member of the CIPD (Chartered MCIPD)",
                    "Level 5 Certificate in Workplace Mediation",
                    "Mental Health First Aider (MHFA England), 2022"]),
        ]),
        ("Strengths", [
            ("ul", ["Employee relations and complex casework",
                    "Organisational design and TUPE transfers",
                    "Workforce data in Workday and Power BI"]),
        ]),
        ("Recognition", [
            ("ul", ["Northgate People Leader of the Year, 2022",
                    "Shortlisted, CIPD People Management Awards 2023 – Best Wellbeing Initiative"]),
        ]),
    ]))

# f08 -- de, Fluglotse, PDF, bold headings in an outlined box
RESUMES.append(dict(
    file="f08_de_boxed.pdf", layout="boxed",
    name="Maximilian Brückner",
    lines=["Fluglotse Tower/Approach · ATCO-Lizenz",
           "Am Flughafen 3, 85356 Freising",
           "+49 171 5532 908 · m.brueckner@mailbox.org"],
    sections=[
        ("Kurzprofil", [
            ("p", "Fluglotse mit zehn Jahren Erfahrung am Tower und in der Anflugkontrolle eines internationalen "
                  "Verkehrsflughafens. Ausbilder am Arbeitsplatz (OJTI) und Mitglied im lokalen "
                  "Sicherheitsausschuss."),
        ]),
        ("Berufserfahrung", [
            ("b", "Fluglotse Tower/Approach"),
            ("m", "DFS Deutsche Flugsicherung GmbH, Niederlassung München · seit 2016"),
            ("ul", ["Platz- und Anflugkontrolle bei bis zu 90 Bewegungen pro Stunde",
                    "Koordination mit Vorfeldkontrolle, Center und militärischen Stellen",
                    "Schichtleitung in Vertretung seit 2021"]),
            ("b", "Zusatzaufgaben:"),
            ("ul", ["Ausbilder am Arbeitsplatz (OJTI) für neue Lotsinnen und Lotsen",
                    "Mitarbeit an der Einführung elektronischer Kontrollstreifen"]),
            ("b", "Fluglotse in Ausbildung (On-the-Job-Training)"),
            ("m", "DFS, Tower Nürnberg · 2014 – 2016"),
            ("ul", ["Ausbildung am Platz bis zur Erteilung der Berechtigung ADI"]),
        ]),
        ("Lizenzen & Berechtigungen", [
            ("ul", ["ATCO-Lizenz mit den Berechtigungen ADI (TWR) und APS (RAD)",
                    "Sprachvermerk Englisch Level 6, Deutsch Level 6",
                    "OJTI-Vermerk (Ausbilder am Arbeitsplatz) seit 2019",
                    "Tauglichkeitszeugnis Klasse 3, gültig bis 2027"]),
        ]),
        ("Ausbildung", [
            ("b", "Ausbildung zum Fluglotsen"),
            ("m", "DFS Akademie, Langen · 2012 – 2014"),
            ("b", "Abitur"),
            ("m", "Camerloher-Gymnasium Freising · 2012"),
        ]),
        ("Sprachen", [
            ("p", "Deutsch (Muttersprache), Englisch (verhandlungssicher), Italienisch (B1)"),
        ]),
        ("Hobbys", [
            ("p", "Segelfliegen (Lizenz SPL), Bergsteigen, Bassgitarre in einer Coverband."),
        ]),
        ("Referenzen", [
            ("p", "Auf Anfrage."),
        ]),
    ]))

# f09 -- fr, éducateur spécialisé, DOCX, capital headings with a bottom border, regular weight
RESUMES.append(dict(
    file="f09_fr_borderbottom.docx", layout="borderbottom",
    name="Karim Benslimane",
    lines=["Éducateur spécialisé – protection de l'enfance",
           "Lille · 07 62 18 44 90 · karim.benslimane@laposte.net"],
    sections=[
        ("PROFIL", [
            ("p", "Éducateur spécialisé depuis 2018 en maison d'enfants, après quatre ans comme "
                  "moniteur-éducateur en IME. J'aime construire des projets individualisés avec les jeunes "
                  "et leurs familles, en lien étroit avec l'ASE et l'Éducation nationale."),
        ]),
        ("EXPÉRIENCES", [
            ("b", "Éducateur spécialisé"),
            ("m", "MECS Les Tilleuls, Roubaix · depuis 2018"),
            ("ul", ["Accompagnement au quotidien d'un groupe de huit adolescents de 13 à 17 ans",
                    "Rédaction des projets pour l'enfant et des rapports au juge des enfants",
                    "Animation d'ateliers cuisine et d'un séjour de rupture en montagne chaque été"]),
            ("b", "Missions principales :"),
            ("ul", ["Référent de quatre jeunes et lien avec leurs familles",
                    "Travail en réseau avec les collèges, la PJJ et les services de soin"]),
            ("b", "Moniteur-éducateur"),
            ("m", "IME Les Glycines, Tourcoing · 2014 – 2018"),
            ("ul", ["Accompagnement d'enfants présentant une déficience intellectuelle",
                    "Mise en place d'outils de communication visuelle avec l'orthophoniste"]),
        ]),
        ("FORMATION", [
            ("b", "Diplôme d'État d'éducateur spécialisé (DEES)"),
            ("m", "IRTS Hauts-de-France, Loos · 2015 – 2018 (en cours d'emploi)"),
            ("b", "Diplôme d'État de moniteur-éducateur"),
            ("m", "IRTS Hauts-de-France, Loos · 2012 – 2014"),
        ]),
        ("COMPÉTENCES CLÉS", [
            ("ul", ["Gestion de crise et médiation entre pairs",
                    "Écrits professionnels : notes d'incident, rapports de situation",
                    "Connaissance du cadre légal de la protection de l'enfance"]),
        ]),
        ("LANGUES", [
            ("p", "Français, arabe dialectal (courant), anglais (B1)."),
        ]),
        ("ENGAGEMENT ASSOCIATIF", [
            ("p", "Entraîneur bénévole de futsal pour les 12–15 ans au club de Lille-Sud depuis 2016."),
        ]),
    ]))

# f10 -- en, investigative journalist, PDF, bold serif headings followed by a long rule to the margin
RESUMES.append(dict(
    file="f10_en_longrule.pdf", layout="longrule",
    name="Hannah Obuya",
    lines=["Investigative Reporter · Print, Audio & Data",
           "London · +44 7700 900 771 · hannah.obuya@protonmail.com · Signal number on request"],
    sections=[
        ("About me", [
            ("p", "Investigative reporter with ten years in regional and national newsrooms. I find stories in "
                  "public data, court records and leaked documents, and I like turning them into print, "
                  "audio and short video with the rest of the desk."),
        ]),
        ("Newsroom experience", [
            ("b", "Investigations Reporter"),
            ("m", "The Meridian (national daily), London · 2019 – present"),
            ("ul", ["Lead reporter on a four-person investigations team; two to three major projects a year.",
                    "Work with the legal desk on pre-publication review and right-of-reply letters.",
                    "Co-host of the paper's weekly investigations podcast (35,000 listeners)."]),
            ("b", "Key stories:"),
            ("ul", ["Care-home agency fees: led to a Commons select committee hearing (2023).",
                    "Water company sewage discharges, built from 2 million monitoring records (2021)."]),
            ("b", "Reporter, Business Desk"),
            ("m", "Lancashire Evening Post, Preston · 2015 – 2019"),
            ("ul", ["Daily business news, company results and court reporting.",
                    "Built the paper's first searchable database of local planning decisions."]),
        ]),
        ("Selected bylines", [
            ("ul", ["\"The agency fee machine\", The Meridian, 14 March 2023",
                    "\"Behind the outflow: a year of sewage data\", The Meridian, 2 August 2021",
                    "\"Who owns Preston's empty shops?\", Lancashire Evening Post, 9 May 2018"]),
        ]),
        ("Awards", [
            ("ul", ["Orwell Prize for Journalism, shortlist 2023",
                    "British Journalism Awards, Investigation of the Year 2022 (team)",
                    "Regional Press Awards, Young Journalist of the Year 2017"]),
        ]),
        ("Education", [
            ("b", "MA Investigative Journalism"),
            ("m", "City, University of London · 2014 – 2015"),
            ("b", "BA (Hons) History"),
            ("m", "University of Sheffield · 2010 – 2013"),
            ("p", "NCTJ Diploma in Journalism, gold standard (100 wpm shorthand)."),
        ]),
        ("Reporting toolkit", [
            ("kv", "Data:", "Python (pandas), SQL, Datawrapper, Flourish"),
            ("kv", "Verification:", "open-source imagery, company registries, archive searches"),
            ("kv", "Legal:", "McNae's media law, FOI and subject access requests"),
        ]),
        ("Languages", [
            ("p", "English (native), Swahili (fluent), French (working knowledge)."),
        ]),
    ]))

# f11 -- es, guía turística, PDF, white bold headings on a rounded orange pill
RESUMES.append(dict(
    file="f11_es_pill.pdf", layout="pill",
    name="Marina Castells Vidal",
    lines=["Guía oficial de turismo de Cataluña · ES / CA / EN / FR / IT",
           "Barcelona · +34 655 218 430 · marina@guiacastells.cat"],
    sections=[
        ("Perfil", [
            ("p", "Guía oficial con trece años de experiencia en Barcelona, Girona y la Costa Brava. Diseño "
                  "rutas de patrimonio, arquitectura modernista y gastronomía para grupos pequeños, cruceros "
                  "y viajes de incentivo."),
        ]),
        ("Experiencia profesional", [
            ("b", "Guía oficial autónoma"),
            ("m", "Barcelona y Girona · 2016 – actualidad"),
            ("ul", ["Unas 250 visitas al año en cinco idiomas, a pie, en autocar y en bicicleta",
                    "Rutas propias: «Barcelona de las mujeres» y «El Call de Girona»",
                    "Formación de guías noveles para dos agencias receptivas"]),
            ("b", "Clientes habituales:"),
            ("ul", ["Navieras de cruceros en escala en el puerto de Barcelona",
                    "Agencias de viajes de incentivo y congresos (MICE)"]),
            ("b", "Guía acompañante de circuitos"),
            ("m", "Viajes Mediterránea, Valencia · 2012 – 2016"),
            ("ul", ["Circuitos de 7 a 14 días por España y Portugal con grupos de hasta 45 personas",
                    "Gestión de incidencias con hoteles, transportistas y restaurantes"]),
        ]),
        ("Formación", [
            ("b", "Grado en Turismo"),
            ("m", "CETT – Universitat de Barcelona · 2008 – 2012"),
            ("b", "Posgrado en Patrimonio Cultural"),
            ("m", "Universitat Pompeu Fabra · 2014 – 2015"),
        ]),
        ("Habilitaciones", [
            ("ul", ["Guía oficial de turismo de Cataluña, habilitación n.º GT-001874",
                    "Certificado de primeros auxilios (Cruz Roja, 2024)"]),
        ]),
        ("Idiomas", [
            ("ul", ["Español y catalán: nativos",
                    "Inglés: C2 · Francés: C1 · Italiano: B2"]),
        ]),
        ("Reconocimientos", [
            ("ul", ["Premio a la mejor ruta temática, Asociación de Guías de Barcelona, 2022"]),
        ]),
        ("Aficiones", [
            ("p", "Fotografía analógica, vela ligera y cocina tradicional catalana."),
        ]),
        ("Contacto y disponibilidad", [
            ("p", "Disponible de marzo a noviembre. Para grupos, escríbeme con un mes de antelación a "
                  "marina@guiacastells.cat."),
        ]),
    ]))

# f12 -- en, social worker, DOCX, one-row two-cell table: shaded sidebar cell + main cell
RESUMES.append(dict(
    file="f12_en_tablelayout.docx", layout="tablelayout",
    name="Samuel Adeyemi-Price",
    lines=["Registered Social Worker – Children & Families"],
    side=[
        ("Contact", [
            ("p", "14 Ashley Road, Bristol BS6"),
            ("p", "07700 900 126"),
            ("p", "sam.adeyemiprice@gmail.com"),
            ("p", "Social Work England reg. SW118204"),
        ]),
        ("Core skills", [
            ("ul", ["Child protection enquiries", "Court statements and care plans", "Direct work with children",
                    "Multi-agency meetings", "Supervising students"]),
        ]),
        ("Languages", [
            ("p", "English (native)"),
            ("p", "Yoruba (conversational)"),
        ]),
    ],
    sections=[
        ("About me", [
            ("p", "Social worker with ten years in statutory children's services, the last five in child "
                  "protection. Steady under pressure, careful with records, and committed to keeping "
                  "children's own words at the centre of assessments."),
        ]),
        ("Casework experience", [
            ("b", "Senior Social Worker, Child Protection Team"),
            ("m", "Bristol City Council · 2019 – present"),
            ("ul", ["Hold a caseload of 14–16 children, many in pre-proceedings or care proceedings.",
                    "Chair strategy discussions and write assessments for initial conferences.",
                    "Practice educator for two MA students a year."]),
            ("b", "Key achievements:"),
            ("ul", ["Rolled out the Signs of Safety mapping format across the team.",
                    "Team lead for the 2022 Ofsted focused visit preparation."]),
            ("b", "Social Worker"),
            ("m", "South Gloucestershire Council · 2015 – 2019"),
            ("ul", ["Assessed and Supported Year in Employment, then the Assessment and Intervention team.",
                    "Section 17 and section 47 assessments, child in need plans."]),
        ]),
        ("Qualifications", [
            ("b", "MA Social Work"),
            ("m", "University of the West of England · 2013 – 2015"),
            ("b", "BSc Sociology"),
            ("m", "Cardiff University · 2009 – 2012"),
        ]),
        ("Certificates", [
            ("ul", ["Practice Educator Professional Standards, Stage 2 (2021)",
                    "Signs of Safety advanced practitioner (2020)",
                    "Achieving Best Evidence interviewing (2019)"]),
        ]),
        ("References", [
            ("p", "Two professional references available on request."),
        ]),
    ]))

# f13 -- en, site carpenter, PDF, dense one-page layout: small bold capital headings, caps company lines
RESUMES.append(dict(
    file="f13_en_dense.pdf", layout="dense",
    name="Callum McAllister",
    lines=["Site Carpenter & Joiner · SVQ Level 3 · CSCS Gold Card",
           "Glasgow · 07700 900 265 · callum.mcallister.joinery@gmail.com · Full UK driving licence, own van"],
    sections=[
        ("PROFILE", [
            ("p", "Time-served carpenter and joiner with fourteen years on new-build housing and commercial "
                  "fit-out. First and second fix, roofs, kitchens and bespoke joinery. I lead small squads, "
                  "keep a tidy site and finish on programme."),
        ]),
        ("WORK HISTORY", [
            ("b", "HARTWELL JOINERY LTD"),
            ("kv", "Lead Site Carpenter", "– Glasgow and Lanarkshire sites, 2019 – present"),
            ("ul", ["Lead a squad of four carpenters and two apprentices on 60–120 unit housing sites.",
                    "Cut and pitch traditional roofs, set out stud partitions, hang fire doors to FD30/FD60.",
                    "Check drawings against site conditions and raise RFIs with the site manager."]),
            ("b", "Key achievements:"),
            ("ul", ["Zero snagging returns on fire doors across the Cambuslang phase (96 units).",
                    "Trained three apprentices through to their SVQ."]),
            ("b", "CLYDEBANK HOMES"),
            ("kv", "Carpenter (second fix)", "– Clydebank, 2015 – 2019"),
            ("ul", ["Kitchens, staircases, skirtings and facings on private and social housing.",
                    "Built show-home joinery for the sales suite."]),
            ("b", "MCALLISTER & SON BUILDERS"),
            ("kv", "Apprentice, then Joiner", "– Paisley, 2011 – 2015"),
            ("ul", ["Renovations and extensions; sash window repairs on tenement flats."]),
        ]),
        ("TRADE SKILLS", [
            ("p", "Cut roofs and dormers · timber frame erection · fire doors and ironmongery · staircases · "
                  "kitchen fitting · bespoke fitted furniture · setting out with laser level · reading "
                  "architectural and structural drawings"),
        ]),
        ("TICKETS & CARDS", [
            ("ul", ["CSCS Gold Card – Skilled Worker (Carpentry & Joinery)",
                    "PASMA Towers for Users · IPAF 3a/3b",
                    "Asbestos Awareness (UKATA), renewed 2024",
                    "Emergency First Aid at Work"]),
        ]),
        ("APPRENTICESHIP & TRAINING", [
            ("b", "SVQ Level 3 Wood Occupations (Site Carpentry)"),
            ("m", "Glasgow Clyde College · 2011 – 2015"),
        ]),
        ("OFF THE TOOLS", [
            ("p", "Shinty with Kelvin Valley, building furniture from reclaimed timber, hill walking."),
        ]),
        ("REFERENCES", [
            ("p", "Available from Hartwell Joinery and Clydebank Homes on request."),
        ]),
    ]))

# f14 -- de, Logopädin, PDF, bold headings with a short coloured accent bar underneath
RESUMES.append(dict(
    file="f14_de_accentbar.pdf", layout="accentbar",
    name="Lea Sommerfeld",
    lines=["Logopädin · Schwerpunkt Neurologie und Dysphagie",
           "Schwanthalerstraße 88, 80336 München",
           "0176 2290 4417 · lea.sommerfeld@web.de"],
    sections=[
        ("Profil", [
            ("p", "Logopädin mit neun Jahren Berufserfahrung in Praxis und neurologischer Rehabilitation. "
                  "Schwerpunkte sind Schluckstörungen, Aphasie und Dysarthrie; ich arbeite eng mit Pflege, "
                  "Ärzteschaft und Angehörigen zusammen."),
        ]),
        ("Beruflicher Werdegang", [
            ("b", "Logopädin"),
            ("m", "Schön Klinik Bad Aibling, Neurologische Frührehabilitation · seit 2020"),
            ("ul", ["Diagnostik und Therapie bei Dysphagie, Aphasie und Dysarthrie",
                    "Durchführung endoskopischer Schluckuntersuchungen (FEES) mit der Ärzteschaft",
                    "Trachealkanülenmanagement im interdisziplinären Team"]),
            ("b", "Tätigkeitsschwerpunkte:"),
            ("ul", ["Patientinnen und Patienten nach Schlaganfall und Schädel-Hirn-Trauma",
                    "Anleitung von Angehörigen vor der Entlassung"]),
            ("b", "Logopädin in Praxis"),
            ("m", "Praxis für Logopädie Hartl, Rosenheim · 2017 – 2020"),
            ("ul", ["Sprachentwicklungsstörungen bei Kindern, Stimmtherapie, Hausbesuche"]),
        ]),
        ("Ausbildung & Studium", [
            ("b", "B.Sc. Logopädie"),
            ("m", "Hochschule Fresenius München · 2017 – 2020 (berufsbegleitend)"),
            ("b", "Staatlich anerkannte Logopädin"),
            ("m", "Berufsfachschule für Logopädie, Regensburg · 2014 – 2017"),
        ]),
        ("Zusatzqualifikationen", [
            ("ul", ["FEES-Zertifikat (DGN, 2022)",
                    "F.O.T.T. Grundkurs (2021)",
                    "LSVT LOUD zertifiziert (2019)"]),
        ]),
        ("Was ich mitbringe", [
            ("ul", ["Sicherheit in der Arbeit mit schwer betroffenen Patientinnen und Patienten",
                    "Klare Dokumentation und Befundberichte",
                    "Freude an Teamarbeit und Supervision"]),
        ]),
        ("Veröffentlichungen", [
            ("ul", ["Sommerfeld, L. (2023). Kostformanpassung nach FEES in der Frührehabilitation. "
                    "Forum Logopädie, 37(4).",
                    "Sommerfeld, L. & Graf, T. (2021). Angehörigenschulung bei Dysphagie. Sprache Stimme "
                    "Gehör, 45(2)."]),
        ]),
        ("Schreiben Sie mir", [
            ("p", "Ich freue mich über Ihre Nachricht, am liebsten per E-Mail an lea.sommerfeld@web.de."),
        ]),
    ]))

# f15 -- fr, géomètre-topographe, PDF, regular-weight headings between two hairlines
RESUMES.append(dict(
    file="f15_fr_doublerule.pdf", layout="doublerule",
    name="Baptiste Guérin",
    lines=["Géomètre-topographe · 12 ans d'expérience terrain et bureau",
           "Nantes · 06 48 77 21 03 · baptiste.guerin.topo@orange.fr",
           "Permis B · Télépilote de drone (catégorie spécifique)"],
    sections=[
        ("Profil professionnel", [
            ("p", "Géomètre-topographe chef de mission, habitué aux levés de corps de rue, aux "
                  "implantations d'ouvrages et au suivi de chantiers de terrassement. Je produis des plans "
                  "fiables et livrés à temps, du terrain jusqu'au DAO."),
        ]),
        ("Expérience", [
            ("b", "Géomètre-topographe, chef de mission"),
            ("m", "CABINET ARPENT & ASSOCIÉS, Nantes · depuis 2016"),
            ("ul", ["Levés topographiques et plans de récolement pour collectivités et promoteurs",
                    "Implantation de bâtiments et de réseaux, contrôle de verticalité",
                    "Encadrement d'une équipe de deux opérateurs et d'un apprenti"]),
            ("b", "Chantiers marquants :"),
            ("ul", ["Ligne 5 du Busway de Nantes : implantation et récolement sur 7 km",
                    "Levé par drone de la carrière de Saint-Herblain (85 ha)"]),
            ("b", "Technicien topographe"),
            ("m", "Vinci Construction Terrassement, Saint-Herblain · 2013 – 2016"),
            ("ul", ["Suivi topographique de chantiers routiers et cubatures",
                    "Guidage d'engins et contrôle des modèles numériques de terrain"]),
        ]),
        ("Formation", [
            ("b", "BTS Métiers du géomètre-topographe"),
            ("m", "Lycée Livet, Nantes · 2010 – 2012"),
            ("b", "Licence professionnelle Géomatique"),
            ("m", "Université de Nantes · 2012 – 2013"),
        ]),
        ("Savoir-faire", [
            ("ul", ["Levés au GNSS RTK, à la station totale et au scanner laser 3D",
                    "Photogrammétrie par drone et traitement des nuages de points",
                    "Calcul de cubatures et plans de récolement"]),
        ]),
        ("Logiciels et matériel", [
            ("kv", "Logiciels :", "Covadis, AutoCAD, Mensura, Pix4D, QGIS"),
            ("kv", "Matériel :", "Leica TS16, GNSS Trimble R12, drone DJI Matrice 350"),
        ]),
        ("Habilitations", [
            ("ul", ["AIPR opérateur (2023)",
                    "Télépilote de drone, certificat CATT (DGAC)",
                    "Sauveteur secouriste du travail (SST)"]),
        ]),
        ("Loisirs", [
            ("p", "Course d'orientation, restauration de vélos anciens, photographie de paysage."),
        ]),
    ]))

# f16 -- en, UX researcher, PDF, dark sidebar (left) with white text and a main column
RESUMES.append(dict(
    file="f16_en_sidebar.pdf", layout="sidebar",
    name="Noor Haddad",
    lines=["UX Researcher · Mixed methods · Accessibility"],
    side=[
        ("Get in touch", [
            ("p", "Amsterdam, NL"),
            ("p", "+31 6 1234 9087"),
            ("p", "noor.haddad@hey.com"),
            ("p", "noorhaddad.design/research"),
        ]),
        ("Methods", [
            ("p", "Contextual inquiry"),
            ("p", "Usability testing"),
            ("p", "Diary studies"),
            ("p", "Surveys and conjoint"),
            ("p", "Journey mapping"),
        ]),
        ("Tools", [
            ("p", "Dovetail, Maze, Lookback"),
            ("p", "Figma, Miro"),
            ("p", "R, Qualtrics"),
        ]),
        ("Languages", [
            ("p", "Arabic (native)"),
            ("p", "English (fluent)"),
            ("p", "Dutch (B1)"),
        ]),
    ],
    sections=[
        ("About", [
            ("p", "UX researcher with seven years in fintech and travel. I plan research that answers the "
                  "team's real questions, bring people who use assistive technology into every study, and "
                  "turn findings into decisions rather than decks."),
        ]),
        ("Research roles", [
            ("b", "Senior UX Researcher"),
            ("m", "Fietsbank (mobile banking), Amsterdam · 2021 – present"),
            ("ul", ["Embedded researcher for the onboarding and payments squads.",
                    "Set up a panel of 60 customers who use screen readers or switch access.",
                    "Run the quarterly research review with product leadership."]),
            ("b", "Impact:"),
            ("ul", ["Onboarding completion up from 61 % to 78 % after two research-led redesigns.",
                    "Accessibility defects found before release doubled in 2023."]),
            ("b", "UX Researcher"),
            ("m", "Kaartje Travel, Utrecht · 2018 – 2021"),
            ("ul", ["Usability tests, surveys and field visits at stations for the ticketing app.",
                    "Built the research repository in Dovetail."]),
        ]),
        ("Selected studies", [
            ("b", "Onboarding for screen-reader users"),
            ("p", "Twelve remote sessions with VoiceOver and TalkBack users; led to a rebuilt identity check."),
            ("b", "Rebooking after cancelled trains"),
            ("p", "Diary study with 30 commuters over four weeks of disruption."),
        ]),
        ("Education", [
            ("b", "MSc Human-Technology Interaction"),
            ("m", "Eindhoven University of Technology · 2016 – 2018"),
            ("b", "BA Psychology"),
            ("m", "American University of Beirut · 2011 – 2015"),
        ]),
    ]))

# f17 -- es, responsable de marketing digital, DOCX, bold headings on grey paragraph shading
RESUMES.append(dict(
    file="f17_es_shadedpara.docx", layout="shadedpara",
    name="Andrés Villalobos Ruiz",
    lines=["Responsable de Marketing Digital y Contenidos",
           "Sevilla · 622 190 354 · andres.villalobos@correo.es · linkedin.com/in/avillalobosruiz"],
    sections=[
        ("Quién soy", [
            ("p", "Profesional del marketing digital con nueve años de experiencia en agencia y en empresa. "
                  "Combino contenidos, SEO y campañas de pago con un seguimiento riguroso de los datos."),
        ]),
        ("Experiencia laboral", [
            ("b", "Responsable de Marketing Digital"),
            ("m", "Aceites del Sur Oleícola, S.A., Sevilla · 2020 – actualidad"),
            ("ul", ["Dirijo un equipo de tres personas y un presupuesto anual de 400.000 €",
                    "Lancé la tienda en línea y el programa de suscripción de aceite",
                    "Coordino agencias de medios en España, Alemania y Estados Unidos"]),
            ("b", "Resultados clave:"),
            ("ul", ["Ventas en línea multiplicadas por 3,5 entre 2021 y 2024",
                    "Tráfico orgánico +140 % con una estrategia de contenidos de recetas"]),
            ("b", "Community manager"),
            ("m", "Agencia Tándem Creativo, Málaga · 2016 – 2020"),
            ("ul", ["Gestión de redes sociales para doce clientes de turismo y alimentación",
                    "Campañas en Meta Ads y Google Ads, informes mensuales"]),
        ]),
        ("Estudios", [
            ("b", "Máster en Marketing Digital y Comercio Electrónico"),
            ("m", "ESIC, Sevilla · 2015 – 2016"),
            ("b", "Grado en Publicidad y Relaciones Públicas"),
            ("m", "Universidad de Sevilla · 2011 – 2015"),
        ]),
        ("Certificaciones", [
            ("ul", ["Google Analytics 4 (2024)",
                    "Meta Certified Digital Marketing Associate (2022)",
                    "HubSpot Inbound Marketing (2021)"]),
        ]),
        ("Herramientas", [
            ("p", "GA4, Looker Studio, Semrush, HubSpot, Shopify, Canva, Meta Business Suite."),
        ]),
        ("Lenguas", [
            ("p", "Español (nativo), inglés (C1), portugués (B1)."),
        ]),
        ("Proyectos personales", [
            ("b", "Podcast «Aceite y bits»"),
            ("p", "Entrevistas mensuales sobre comercio electrónico en el sector agroalimentario."),
        ]),
        ("Voluntariado", [
            ("p", "Mentor en el programa de emprendimiento rural de la Diputación de Sevilla desde 2022."),
        ]),
    ]))

# f18 -- en, physiotherapist, DOCX, bold headings followed by a tab with a line leader to the margin
RESUMES.append(dict(
    file="f18_en_tableader.docx", layout="tableader",
    name="Eleanor Fitzgerald",
    lines=["Chartered Physiotherapist (MCSP, HCPC) · Musculoskeletal & Sports",
           "Cardiff · 07700 900 593 · eleanor.fitz.physio@gmail.com"],
    sections=[
        ("Personal statement", [
            ("p", "Advanced MSK physiotherapist with nine years in the NHS and in elite rugby. I run "
                  "first-contact clinics, inject, and enjoy building services that get people seen sooner."),
        ]),
        ("Clinical roles", [
            ("b", "Advanced MSK Physiotherapist (Band 7)"),
            ("m", "Cardiff and Vale University Health Board · 2020 – present"),
            ("ul", ["First-contact practitioner in three GP practices: assessment, imaging requests, referrals.",
                    "Ultrasound-guided injection clinic for shoulders and knees.",
                    "Supervise Band 5 and 6 rotational staff."]),
            ("b", "Service developments:"),
            ("ul", ["Set up a group class for knee osteoarthritis that halved the waiting list.",
                    "Wrote the health board's pathway for suspected cauda equina in primary care."]),
            ("b", "Physiotherapist (rotational Band 5/6)"),
            ("m", "Royal Gwent Hospital, Newport · 2016 – 2020"),
            ("ul", ["Rotations in orthopaedics, respiratory, neurology and outpatients."]),
            ("b", "Club Physiotherapist (part-time)"),
            ("m", "Cardiff Harlequins RFC · 2018 – present"),
            ("ul", ["Matchday pitchside cover and return-to-play programmes for the senior squad."]),
        ]),
        ("Education", [
            ("b", "MSc Sports and Exercise Medicine"),
            ("m", "Cardiff Metropolitan University · 2019 – 2021"),
            ("b", "BSc (Hons) Physiotherapy"),
            ("m", "Cardiff University · 2013 – 2016"),
        ]),
        ("Courses", [
            ("ul", ["Injection therapy, Level 7 module (2022)",
                    "Acupuncture Association of Chartered Physiotherapists, foundation (2019)",
                    "Pitchside trauma care, RFU PHICIS Level 3 (2023)"]),
        ]),
        ("Research & presentations", [
            ("ul", ["Fitzgerald, E. et al. (2023). Group education for knee OA in primary care: a service "
                    "evaluation. Physiotherapy, 119.",
                    "Poster: \"First-contact physio in rural Wales\", CSP Annual Conference 2022."]),
        ]),
        ("Interests", [
            ("p", "Open-water swimming, coaching a girls' under-14 rugby team, baking sourdough."),
        ]),
    ]))

# f19 -- de, Bauingenieurin, DOCX, name in Heading 1, sections in Heading 2, job titles in Heading 3
RESUMES.append(dict(
    file="f19_de_headingtwo.docx", layout="headingtwo",
    name="Friederike Albrecht",
    lines=["Bauingenieurin (M.Sc.) · Tragwerksplanung und Brückenbau",
           "Mainzer Landstraße 210, 60326 Frankfurt am Main",
           "+49 69 7720 4415 · f.albrecht@ingenieur-mail.de"],
    sections=[
        ("Persönliches Profil", [
            ("p", "Tragwerksplanerin mit zehn Jahren Erfahrung im Brücken- und Hochbau, davon fünf Jahre als "
                  "Projektleiterin. Ich verbinde sorgfältige Statik mit pragmatischer Abstimmung auf der "
                  "Baustelle."),
        ]),
        ("Berufspraxis", [
            ("h3", "Projektleiterin Tragwerksplanung"),
            ("m", "Krebs & Lenz Ingenieure GmbH, Frankfurt am Main · seit 2019"),
            ("ul", ["Leitung von Brückenprojekten von der Vorplanung bis zur Ausführungsplanung",
                    "Führung eines Teams aus vier Ingenieurinnen und Ingenieuren sowie zwei Zeichnern",
                    "Abstimmung mit Prüfingenieuren, Bauherren und ausführenden Firmen"]),
            ("b", "Verantwortung:"),
            ("ul", ["Budget- und Terminverantwortung für Projekte bis 25 Mio. Euro Bausumme",
                    "Einführung von BIM-Prozessen in der Abteilung Brückenbau"]),
            ("h3", "Tragwerksplanerin"),
            ("m", "Ingenieurbüro Schäfer + Partner, Düsseldorf · 2015 – 2019"),
            ("ul", ["Statische Berechnungen für Stahlbeton- und Verbundbauten",
                    "Bewehrungsplanung und Nachrechnung bestehender Brücken"]),
        ]),
        ("Studium", [
            ("b", "M.Sc. Bauingenieurwesen (Konstruktiver Ingenieurbau)"),
            ("m", "Technische Universität Darmstadt · 2013 – 2015"),
            ("b", "B.Sc. Bauingenieurwesen"),
            ("m", "Technische Universität Darmstadt · 2009 – 2013"),
        ]),
        ("Referenzprojekte", [
            ("b", "Ersatzneubau Mainbrücke Offenbach-Kaiserlei"),
            ("p", "Stahlverbundbrücke, 180 m, Bauen unter Verkehr; Entwurfs- und Ausführungsplanung."),
            ("b", "Parkhaus Gateway Gardens, Frankfurt"),
            ("p", "Sieben Geschosse in Fertigteilbauweise, 1.100 Stellplätze; Tragwerksplanung."),
        ]),
        ("Software & Normen", [
            ("p", "SOFiSTiK, RFEM, Allplan, Revit; Eurocodes, DIN-Fachberichte, RE-ING."),
        ]),
        ("Auszeichnungen", [
            ("p", "Preis des Deutschen Stahlbaues 2021, Kategorie Brücken (im Team)."),
        ]),
        ("Mitgliedschaften", [
            ("p", "Ingenieurkammer Hessen; VDI-Fachbereich Bautechnik, Arbeitskreis Brückenbau."),
        ]),
        ("Sprachen", [
            ("p", "Deutsch (Muttersprache), Englisch (fließend), Französisch (Grundkenntnisse)."),
        ]),
    ]))

# f20 -- en, archivist, PDF, timeline: dates in a left column, dots on a vertical line, serif headings
RESUMES.append(dict(
    file="f20_en_timeline.pdf", layout="timeline",
    name="Felix Underwood",
    lines=["Archivist & Records Manager",
           "York · 01904 555 210 · felix.underwood@archives-mail.org.uk"],
    sections=[
        ("Overview", [
            ("p", "Qualified archivist with twelve years in local authority and university archives. I "
                  "catalogue, preserve and open up collections, from medieval deeds to born-digital "
                  "email, and I enjoy working with community groups and volunteers."),
        ]),
        ("Career timeline", [
            ("dated", "2020 – now", "Senior Archivist", "North Riding Heritage Centre, Northallerton"),
            ("ul", ["Manage a team of four archivists and twenty volunteers.",
                    "Lead the digital preservation programme (Preservica, 40 TB).",
                    "Achieved Archive Service Accreditation for the centre in 2022."]),
            ("dated", "2015 – 2020", "Archivist", "University of York, Borthwick Institute"),
            ("ul", ["Catalogued estate, business and parish collections.",
                    "Supervised reading-room services and school outreach sessions."]),
            ("dated", "2012 – 2015", "Assistant Archivist", "West Yorkshire Archive Service, Wakefield"),
            ("ul", ["Enquiries, document production and basic conservation work."]),
        ]),
        ("Degrees", [
            ("dated", "2011 – 2012", "MA Archives and Records Management", "University College London"),
            ("dated", "2007 – 2010", "BA (Hons) Medieval History", "University of St Andrews"),
        ]),
        ("Collections work", [
            ("b", "Quaker meeting house records, 1670–1950"),
            ("p", "Full catalogue of 1,400 volumes and the online exhibition \"Plain Speaking\"."),
            ("b", "Oral history: the York carriage works"),
            ("p", "Forty interviews with former rail workers, deposited with transcripts and consent forms."),
        ]),
        ("Specialist skills", [
            ("ul", ["Palaeography and Latin for medieval and early modern records",
                    "Cataloguing to ISAD(G) in CALM and AtoM",
                    "Digital preservation, file-format identification with DROID",
                    "Records management and retention schedules"]),
        ]),
        ("Publications", [
            ("ul", ["Underwood, F. (2021). \"Volunteers and born-digital records\". Archives and Records, 42(3).",
                    "Underwood, F. (2018). A guide to the Borthwick parish collections. York: Borthwick Papers."]),
        ]),
        ("Memberships", [
            ("p", "Archives and Records Association (Northern region committee); Friends of York Archives."),
        ]),
    ]))

# f21 -- fr, chargée de communication, DOCX, name in Title style, section headings in Word's Subtitle style
RESUMES.append(dict(
    file="f21_fr_subtitle.docx", layout="subtitle",
    name="Camille Rousseau-Nguyen",
    lines=["Chargée de communication et relations presse",
           "Bordeaux · 06 33 90 12 47 · camille.rn@free.fr"],
    sections=[
        ("Qui suis-je ?", [
            ("p", "Chargée de communication depuis neuf ans, entre agence de relations presse et collectivité. "
                  "J'écris vite et juste, je connais bien la presse régionale et j'aime organiser des "
                  "événements qui font parler d'eux."),
        ]),
        ("Expériences professionnelles", [
            ("b", "Chargée de communication"),
            ("m", "Région Nouvelle-Aquitaine, direction de la communication · depuis 2020"),
            ("ul", ["Plans de communication des politiques jeunesse et mobilité",
                    "Rédaction de communiqués, dossiers de presse et discours",
                    "Organisation de conférences de presse et d'inaugurations"]),
            ("b", "Résultats :"),
            ("ul", ["Campagne « Bouge ta région » : 2,1 millions de vues et 18 000 inscriptions",
                    "Refonte de la lettre d'information interne (taux d'ouverture de 48 %)"]),
            ("b", "Attachée de presse"),
            ("m", "AGENCE MASCARET RP, Bordeaux · 2016 – 2020"),
            ("ul", ["Relations presse pour des clients du vin, du tourisme et de la culture",
                    "Organisation de voyages de presse et suivi des retombées"]),
        ]),
        ("Diplômes", [
            ("b", "Master Communication des organisations"),
            ("m", "Université Bordeaux Montaigne · 2014 – 2016"),
            ("b", "Licence Information-communication"),
            ("m", "Université Bordeaux Montaigne · 2011 – 2014"),
        ]),
        ("Compétences", [
            ("ul", ["Rédaction et réécriture, communiqués et dossiers de presse",
                    "Gestion de crise médiatique",
                    "Suite Adobe (InDesign, Photoshop), Canva, Cision, WordPress"]),
        ]),
        ("Langues", [
            ("p", "Français (langue maternelle), anglais (C1), vietnamien (notions)."),
        ]),
        ("Passions", [
            ("p", "Théâtre d'improvisation, surf à Lacanau, podcasts de reportage."),
        ]),
        ("Restons en contact", [
            ("p", "camille.rn@free.fr · linkedin.com/in/camillerousseaunguyen"),
        ]),
    ]))

# f22 -- es, técnico de mantenimiento aeronáutico, PDF, capital headings after a filled square; a table
RESUMES.append(dict(
    file="f22_es_squaremark.pdf", layout="squaremark",
    name="Javier Montesinos Pardo",
    lines=["Técnico de Mantenimiento Aeronáutico · Licencia EASA Parte 66 B1.1",
           "Getafe (Madrid) · 678 301 552 · javier.montesinos.b1@gmail.com"],
    sections=[
        ("PERFIL", [
            ("p", "Técnico certificador B1.1 con once años de experiencia en mantenimiento de línea y base de "
                  "aviones A320 y B737. Acostumbrado a turnos de noche, trabajo bajo presión de tiempo y "
                  "documentación rigurosa según la Parte 145."),
        ]),
        ("EXPERIENCIA EN HANGAR", [
            ("b", "Técnico certificador B1"),
            ("m", "Iberjet Technics, base de Madrid-Barajas · 2018 – actualidad"),
            ("ul", ["Emisión de certificados de aptitud para el servicio (CRS) en revisiones A y de línea",
                    "Localización de averías en motores CFM56 y sistemas hidráulicos",
                    "Formación práctica de mecánicos en proceso de obtención de licencia"]),
            ("b", "Tareas habituales:"),
            ("ul", ["Cambio de ruedas, frenos y componentes de motor en escala",
                    "Inspecciones boroscópicas y registro en el sistema AMOS"]),
            ("b", "Mecánico de línea"),
            ("m", "Aeromantenimiento Levante, aeropuerto de Valencia · 2014 – 2018"),
            ("ul", ["Revisiones diarias y de tránsito de flotas A320 y ATR 72",
                    "Asistencia en incidencias AOG en aeropuertos de la red"]),
        ]),
        ("LICENCIAS Y HABILITACIONES DE TIPO", [
            ("table", ["Licencia o habilitación", "Emisor", "Desde"],
             [["Licencia Parte 66 categoría B1.1", "AESA", "2016"],
              ["Habilitación de tipo A318/A319/A320/A321 (CFM56)", "AESA", "2017"],
              ["Habilitación de tipo B737-600/700/800/900 (CFM56)", "AESA", "2019"]],
             (98, 36, 40)),
        ]),
        ("FORMACIÓN", [
            ("b", "Técnico Superior en Mantenimiento Aeromecánico"),
            ("m", "IES Barajas, Madrid · 2011 – 2013"),
            ("b", "Curso de formación Parte 147 B1.1"),
            ("m", "Aerotécnica Escuela de Mantenimiento, Madrid · 2013 – 2014"),
        ]),
        ("IDIOMAS", [
            ("p", "Español (nativo) · Inglés técnico B2, lectura diaria de AMM e IPC."),
        ]),
        ("DATOS ADICIONALES", [
            ("p", "Carné de conducir B. Disponibilidad para turnos de noche y desplazamientos por AOG."),
        ]),
    ]))

# f23 -- en, paramedic, DOCX, headings as 14 pt coloured runs (not bold) in Normal paragraphs
RESUMES.append(dict(
    file="f23_en_largerun.docx", layout="largerun",
    name="Owen Pritchard",
    lines=["HCPC Registered Paramedic · Emergency & Urgent Care",
           "Swansea · 07700 900 847 · owen.pritchard.para@gmail.com"],
    sections=[
        ("Summary", [
            ("p", "Paramedic with ten years on frontline emergency ambulances, the last six as a registered "
                  "paramedic. Calm in critical care, good at mentoring students, and comfortable working "
                  "alone on rural rapid-response cars."),
        ]),
        ("Frontline experience", [
            ("b", "Paramedic"),
            ("m", "Welsh Ambulance Service NHS Trust, Swansea · 2018 – present"),
            ("ul", ["Emergency ambulance and rapid response car across Swansea and Gower.",
                    "Practice educator for paramedic science students.",
                    "Hazardous area response team (HART) reserve since 2022."]),
            ("b", "Key achievements:"),
            ("ul", ["Trust commendation for a multi-casualty road traffic collision in 2021.",
                    "Designed the station's new-starter induction pack."]),
            ("b", "Emergency Medical Technician"),
            ("m", "Welsh Ambulance Service NHS Trust, Carmarthen · 2014 – 2018"),
            ("ul", ["Emergency and urgent care crew on a mixed rural and urban patch."]),
        ]),
        ("Where I studied", [
            ("b", "BSc (Hons) Paramedic Science"),
            ("m", "Swansea University · 2015 – 2018"),
        ]),
        ("Certifications", [
            ("ul", ["Advanced Life Support provider (Resuscitation Council UK), 2024",
                    "PHTLS 9th edition, 2023",
                    "Blue-light driving, C1 (IHCD)"]),
        ]),
        ("What I'm good at", [
            ("ul", ["Airway management and cardiac arrest leadership",
                    "Clinical decision-making for see-and-treat and referral pathways",
                    "Mentoring students and newly qualified paramedics"]),
        ]),
        ("Volunteering", [
            ("p", "Team member of Central Beacons Mountain Rescue since 2016."),
        ]),
        ("Contact me", [
            ("p", "Email is best: owen.pritchard.para@gmail.com. I can usually take calls after 6 pm."),
        ]),
    ]))

# ---------------------------------------------------------------------------------------------------
# PDF rendering (fpdf2)
# ---------------------------------------------------------------------------------------------------

FAMILIES = {
    "sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
    "serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"),
    "mono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf", "DejaVuSansMono-Oblique.ttf"),
    "cond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed-Oblique.ttf"),
}


class Pdf(FPDF):
    def __init__(self, band=None):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.band = band
        self.set_creation_date(FIXED)
        for fam, (reg, bold, ital) in FAMILIES.items():
            self.add_font(fam, "", FONT_DIR + reg)
            self.add_font(fam, "B", FONT_DIR + bold)
            self.add_font(fam, "I", FONT_DIR + ital)
        self.set_auto_page_break(True, margin=16)

    def header(self):
        if self.band:
            self.band(self)


class St:
    """Body style for one column of flowing text."""

    def __init__(self, **kw):
        self.font = "sans"
        self.size = 10
        self.lh = 5.0
        self.x = 18
        self.w = 174
        self.color = (34, 34, 34)
        self.meta = (105, 105, 105)
        self.bullet = "•"
        self.head = None
        self.date_x = None      # timeline layout only
        self.__dict__.update(kw)


def need(pdf, space):
    if pdf.get_y() > pdf.h - space:
        pdf.add_page()


def flow(pdf, st, blocks):
    pdf.set_left_margin(st.x)
    first_dot = None
    for blk in blocks:
        k = blk[0]
        pdf.set_text_color(*st.color)
        if k == "p":
            pdf.set_font(st.font, "", st.size)
            pdf.set_x(st.x)
            pdf.multi_cell(st.w, st.lh, blk[1], align="L", new_x="LMARGIN", new_y="NEXT")
        elif k in ("b", "h3"):
            need(pdf, 30)
            pdf.ln(st.lh * 0.3)
            pdf.set_font(st.font, "B", st.size + 0.5)
            if pdf.get_string_width(blk[1]) > st.w - 1:
                raise ValueError("bold line would wrap: " + blk[1])
            pdf.set_x(st.x)
            pdf.cell(st.w, st.lh + 0.5, blk[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "m":
            pdf.set_font(st.font, "I", st.size - 0.5)
            pdf.set_text_color(*st.meta)
            pdf.set_x(st.x)
            pdf.multi_cell(st.w, st.lh, blk[1], align="L", new_x="LMARGIN", new_y="NEXT")
        elif k == "ul":
            pdf.set_font(st.font, "", st.size)
            for item in blk[1]:
                if pdf.get_y() + st.lh > pdf.page_break_trigger:
                    pdf.add_page()
                y = pdf.get_y()
                pdf.set_xy(st.x + 1, y)
                pdf.cell(4, st.lh, st.bullet)
                pdf.set_xy(st.x + 5, y)
                pdf.multi_cell(st.w - 5, st.lh, item, align="L", new_x="LMARGIN", new_y="NEXT")
        elif k == "kv":
            pdf.set_font(st.font, "", st.size)
            pdf.set_x(st.x)
            pdf.multi_cell(st.w, st.lh, "**" + blk[1] + "** " + blk[2], markdown=True, align="L",
                           new_x="LMARGIN", new_y="NEXT")
        elif k == "table":
            header, rows, widths = blk[1], blk[2], blk[3]
            pdf.ln(1)
            pdf.set_font(st.font, "", st.size - 0.5)
            pdf.set_draw_color(170, 170, 170)
            pdf.set_fill_color(255, 255, 255)
            with pdf.table(width=st.w, col_widths=widths, align="LEFT", text_align="LEFT",
                           line_height=st.lh + 0.5, borders_layout="HORIZONTAL_LINES",
                           headings_style=FontFace(emphasis="ITALICS", fill_color=(236, 236, 236))) as table:
                for r in [header] + rows:
                    row = table.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(1.5)
        elif k == "dated":
            date, role, org = blk[1], blk[2], blk[3]
            need(pdf, 30)
            pdf.ln(st.lh * 0.4)
            y = pdf.get_y()
            pdf.set_fill_color(140, 90, 50)
            pdf.ellipse(st.x - 5.1, y + 1.6, 2.6, 2.6, style="F")
            if first_dot is None:
                first_dot = (pdf.page, y + 2.9)
            pdf.set_font(st.font, "B", st.size + 0.5)
            if pdf.get_string_width(role) > st.w - 1:
                raise ValueError("bold line would wrap: " + role)
            pdf.set_x(st.x)
            pdf.cell(st.w, st.lh + 0.5, role, new_x="LMARGIN", new_y="NEXT")
            y2 = pdf.get_y()
            pdf.set_font(st.font, "", st.size - 1)
            pdf.set_text_color(140, 90, 50)
            pdf.set_xy(st.date_x, y2)
            pdf.cell(st.x - 10 - st.date_x, st.lh, date, align="R")
            pdf.set_font(st.font, "I", st.size - 0.5)
            pdf.set_text_color(*st.meta)
            pdf.set_xy(st.x, y2)
            pdf.multi_cell(st.w, st.lh, org, align="L", new_x="LMARGIN", new_y="NEXT")
    if first_dot is not None and first_dot[0] == pdf.page:
        pdf.set_draw_color(190, 160, 130)
        pdf.set_line_width(0.4)
        pdf.line(st.x - 3.8, first_dot[1], st.x - 3.8, pdf.get_y() - 1)
        pdf.set_line_width(0.2)


def sections_flow(pdf, st, sections, gap=3.0):
    for title, blocks in sections:
        need(pdf, 30)
        pdf.ln(gap)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.2)
        st.head(pdf, st, title)
        flow(pdf, st, blocks)


def name_block(pdf, r, x=18, w=174, font="sans", size=22, style="B", color=(20, 20, 20),
               line_size=10, line_color=(70, 70, 70), align="L", y=16):
    pdf.set_xy(x, y)
    pdf.set_font(font, style, size)
    pdf.set_text_color(*color)
    pdf.cell(w, size * 0.45, r["name"], align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    pdf.set_font("sans", "", line_size)
    pdf.set_text_color(*line_color)
    for ln in r["lines"]:
        pdf.set_x(x)
        pdf.cell(w, line_size * 0.5, ln, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


# --- heading drawers: h(pdf, st, title) ---

def h_rightlabel(pdf, st, t):
    pdf.set_font("sans", "", 11.5)
    pdf.set_text_color(30, 100, 70)
    pdf.set_x(st.x)
    pdf.cell(st.w, 6.5, t, align="R", new_x="LMARGIN", new_y="NEXT")
    y = pdf.get_y()
    pdf.set_draw_color(160, 190, 175)
    pdf.line(st.x, y, st.x + st.w, y)
    pdf.ln(2)


def h_capsrule(pdf, st, t):
    y = pdf.get_y()
    pdf.set_draw_color(120, 120, 120)
    pdf.set_line_width(0.15)
    pdf.line(st.x, y, st.x + st.w, y)
    pdf.ln(1.6)
    pdf.set_font(st.font, "", st.size)
    pdf.set_text_color(80, 80, 80)
    pdf.set_x(st.x)
    pdf.cell(st.w, st.lh, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)


def h_icon(pdf, st, t):
    pdf.set_font("sans", "B", 12.5)
    pdf.set_text_color(25, 55, 110)
    pdf.set_x(st.x)
    pdf.cell(st.w, 7, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)


def h_serifitalic(pdf, st, t):
    pdf.set_font("serif", "I", 15)
    pdf.set_text_color(120, 30, 40)
    pdf.set_x(st.x)
    pdf.cell(st.w, 8, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.5)


def h_glyph(pdf, st, t):
    pdf.set_font("sans", "B", 11.5)
    pdf.set_text_color(105, 45, 125)
    pdf.set_x(st.x)
    pdf.cell(st.w, 6.5, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)


def h_slashmono(pdf, st, t):
    pdf.set_font("mono", "", 11)
    pdf.set_text_color(0, 125, 125)
    pdf.set_x(st.x)
    pdf.cell(st.w, 6.5, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.6)


def h_band(pdf, st, t):
    y = pdf.get_y()
    pdf.set_font("sans", "", 11)
    pdf.set_text_color(255, 255, 255)
    if pdf.get_string_width(t) > 37:
        raise ValueError("band heading too wide: " + t)
    pdf.set_xy(6, y)
    pdf.cell(38, 6, t)
    pdf.set_xy(st.x, y + 6.5)


def h_boxed(pdf, st, t):
    pdf.set_font("sans", "B", 10.5)
    pdf.set_text_color(20, 20, 20)
    pdf.set_draw_color(60, 60, 60)
    pdf.set_line_width(0.3)
    tw = pdf.get_string_width(t) + 6
    pdf.set_x(st.x)
    pdf.cell(tw, 7, t, border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_line_width(0.2)
    pdf.ln(2)


def h_longrule(pdf, st, t):
    pdf.set_font("serif", "B", 12.5)
    pdf.set_text_color(20, 20, 20)
    tw = pdf.get_string_width(t)
    y = pdf.get_y()
    pdf.set_x(st.x)
    pdf.cell(tw + 1, 7, t)
    pdf.set_draw_color(40, 40, 40)
    pdf.set_line_width(0.45)
    pdf.line(st.x + tw + 4, y + 4.1, st.x + st.w, y + 4.1)
    pdf.set_line_width(0.2)
    pdf.set_xy(st.x, y + 8.5)


def h_pill(pdf, st, t):
    pdf.set_font("sans", "B", 10)
    tw = pdf.get_string_width(t) + 9
    y = pdf.get_y()
    pdf.set_fill_color(232, 110, 40)
    pdf.rect(st.x, y, tw, 6.6, style="F", round_corners=True, corner_radius=3.3)
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(st.x, y)
    pdf.cell(tw, 6.6, t, align="C")
    pdf.set_xy(st.x, y + 8.6)


def h_dense(pdf, st, t):
    pdf.set_font("sans", "B", 8.6)
    pdf.set_text_color(10, 10, 10)
    pdf.set_x(st.x)
    pdf.cell(st.w, 4.6, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.3)


def h_accentbar(pdf, st, t):
    pdf.set_font("sans", "B", 11.5)
    pdf.set_text_color(30, 40, 55)
    pdf.set_x(st.x)
    pdf.cell(st.w, 6.5, t, new_x="LMARGIN", new_y="NEXT")
    y = pdf.get_y()
    pdf.set_fill_color(235, 95, 85)
    pdf.rect(st.x, y + 0.2, 14, 1.3, style="F")
    pdf.ln(3.2)


def h_doublerule(pdf, st, t):
    pdf.set_draw_color(30, 60, 120)
    pdf.set_line_width(0.25)
    y = pdf.get_y()
    pdf.line(st.x, y, st.x + st.w, y)
    pdf.ln(1.2)
    pdf.set_font("sans", "", 11)
    pdf.set_text_color(30, 60, 120)
    pdf.set_x(st.x)
    pdf.cell(st.w, 6, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)
    y = pdf.get_y()
    pdf.line(st.x, y, st.x + st.w, y)
    pdf.set_line_width(0.2)
    pdf.ln(2.2)


def h_squaremark(pdf, st, t):
    y = pdf.get_y()
    pdf.set_fill_color(0, 95, 160)
    pdf.rect(st.x, y + 1.7, 2.8, 2.8, style="F")
    pdf.set_font("sans", "", 10.5)
    pdf.set_text_color(0, 95, 160)
    pdf.set_xy(st.x + 5, y)
    pdf.cell(st.w - 5, 6, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def h_timeline(pdf, st, t):
    pdf.set_font("serif", "", 13.5)
    pdf.set_text_color(110, 65, 30)
    pdf.set_x(18)
    pdf.cell(174, 7.5, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def h_sidebar_main(pdf, st, t):
    pdf.set_font("sans", "", 13.5)
    pdf.set_text_color(25, 40, 80)
    pdf.set_x(st.x)
    pdf.cell(st.w, 7.5, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)


def h_sidebar_side(pdf, st, t):
    pdf.set_font("sans", "B", 9.5)
    pdf.set_text_color(255, 255, 255)
    pdf.set_x(st.x)
    pdf.cell(st.w, 5.5, t, new_x="LMARGIN", new_y="NEXT")
    y = pdf.get_y()
    pdf.set_draw_color(120, 140, 190)
    pdf.line(st.x, y + 0.3, st.x + 10, y + 0.3)
    pdf.ln(1.6)


SIMPLE_PDF = {
    # layout: (heading drawer, body St kwargs, name_block kwargs, gap before heading)
    "rightlabel": (h_rightlabel, dict(), dict(font="serif", style="B", color=(30, 100, 70)), 3.5),
    "capsrule": (h_capsrule, dict(size=9.5, lh=4.8), dict(size=20, style=""), 4.0),
    "icon": (h_icon, dict(), dict(color=(25, 55, 110)), 3.0),
    "serifitalic": (h_serifitalic, dict(font="serif", size=9.8), dict(font="serif", style="", size=24), 3.0),
    "glyph": (h_glyph, dict(), dict(color=(105, 45, 125)), 3.0),
    "slashmono": (h_slashmono, dict(), dict(font="mono", size=20), 3.0),
    "boxed": (h_boxed, dict(), dict(size=21), 3.5),
    "longrule": (h_longrule, dict(font="serif", size=9.8), dict(font="serif", size=24), 3.0),
    "pill": (h_pill, dict(), dict(color=(200, 85, 20)), 3.0),
    "dense": (h_dense, dict(size=8, lh=3.7, x=14, w=182), dict(x=14, w=182, size=16, line_size=8.5, y=11), 1.6),
    "accentbar": (h_accentbar, dict(), dict(), 3.0),
    "doublerule": (h_doublerule, dict(), dict(color=(30, 60, 120), size=21), 3.5),
    "squaremark": (h_squaremark, dict(), dict(size=20, color=(0, 60, 110)), 3.5),
}


def render_pdf(r):
    layout = r["layout"]
    if layout in SIMPLE_PDF:
        head, stkw, nkw, gap = SIMPLE_PDF[layout]
        pdf = Pdf()
        st = St(head=head, **stkw)
        pdf.set_margins(st.x, 14, 210 - st.x - st.w)
        if layout == "dense":
            pdf.set_auto_page_break(True, margin=10)
        pdf.add_page()
        name_block(pdf, r, **nkw)
        sections_flow(pdf, st, r["sections"], gap=gap)
    elif layout == "leftbar":
        def band(p):
            p.set_fill_color(20, 95, 100)
            p.rect(0, 0, 46, 297, style="F")
        pdf = Pdf(band=band)
        st = St(head=h_band, x=54, w=140)
        pdf.set_margins(54, 16, 16)
        pdf.add_page()
        name_block(pdf, r, x=54, w=140, size=22, color=(20, 95, 100))
        sections_flow(pdf, st, r["sections"], gap=2.5)
    elif layout == "timeline":
        pdf = Pdf()
        st = St(head=h_timeline, font="sans", size=9.8, x=58, w=134, date_x=18)
        pdf.set_margins(18, 14, 18)
        pdf.add_page()
        name_block(pdf, r, font="serif", size=22, color=(110, 65, 30))
        sections_flow(pdf, st, r["sections"], gap=3.0)
    elif layout == "sidebar":
        pdf = Pdf()
        pdf.set_margins(14, 14, 14)
        pdf.set_auto_page_break(False)
        pdf.add_page()
        name_block(pdf, r, x=14, w=182, size=24, color=(25, 40, 80), line_size=11, y=14)
        top = pdf.get_y() + 2
        pdf.set_fill_color(25, 40, 80)
        pdf.rect(0, top, 64, 297 - top, style="F")
        side = St(head=h_sidebar_side, size=9, lh=4.6, x=8, w=50, color=(235, 238, 245),
                  meta=(200, 205, 220))
        pdf.set_margins(8, 14, 146)
        pdf.set_xy(8, top + 6)
        sections_flow(pdf, side, r["side"], gap=2.5)
        main = St(head=h_sidebar_main, size=9.8, x=72, w=124)
        pdf.set_margins(72, 14, 14)
        pdf.set_xy(72, top + 5)
        sections_flow(pdf, main, r["sections"], gap=2.5)
        if pdf.get_y() > 285:
            raise ValueError("sidebar layout overflows the page")
    else:
        raise ValueError(layout)
    return bytes(pdf.output())


# ---------------------------------------------------------------------------------------------------
# DOCX rendering (python-docx)
# ---------------------------------------------------------------------------------------------------

class Target:
    """Adds paragraphs to the document body or to a table cell (reusing the cell's first empty one)."""

    def __init__(self, container, fresh_cell=False):
        self.c = container
        self.fresh = fresh_cell

    def para(self, text=None, style=None):
        if self.fresh:
            self.fresh = False
            p = self.c.paragraphs[0]
            if style:
                p.style = style
            if text:
                p.add_run(text)
            return p
        return self.c.add_paragraph(text, style=style)


def set_shading(p, fill):
    ppr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    ppr.append(shd)


def set_bottom_border(p, color):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), "6")
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), color)
    bdr.append(bottom)
    ppr.append(bdr)


def set_cell_shading(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def no_table_borders(table):
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblpr.append(borders)


def docx_blocks(tg, blocks, layout):
    for blk in blocks:
        k = blk[0]
        if k == "p":
            tg.para(blk[1])
        elif k in ("b", "h3"):
            if k == "h3" and layout == "headingtwo":
                tg.para(blk[1], style="Heading 3")
            elif layout == "oddstyles" and not blk[1].endswith(":"):
                tg.para(blk[1], style="Role line")
            else:
                p = tg.para()
                p.paragraph_format.space_before = Pt(6)
                p.paragraph_format.space_after = Pt(0)
                p.add_run(blk[1]).bold = True
        elif k == "m":
            p = tg.para()
            p.paragraph_format.space_after = Pt(2)
            run = p.add_run(blk[1])
            run.italic = True
            run.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
        elif k == "ul":
            for item in blk[1]:
                tg.para(item, style="List Bullet")
        elif k == "kv":
            p = tg.para()
            p.add_run(blk[1]).bold = True
            p.add_run(" " + blk[2])
        else:
            raise ValueError("block kind not supported in DOCX: " + k)


def docx_heading(tg, layout, title):
    if layout == "oddstyles":
        return tg.para(title, style="ZZ Block Head")
    if layout == "headingtwo":
        return tg.para(title, style="Heading 2")
    if layout == "subtitle":
        return tg.para(title, style="Subtitle")
    p = tg.para()
    pf = p.paragraph_format
    if layout == "borderbottom":
        pf.space_before = Pt(14)
        pf.space_after = Pt(4)
        run = p.add_run(title)
        run.font.size = Pt(11)
        run.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        set_bottom_border(p, "1F4E79")
    elif layout == "shadedpara":
        pf.space_before = Pt(12)
        pf.space_after = Pt(4)
        run = p.add_run(title)
        run.bold = True
        run.font.size = Pt(11)
        set_shading(p, "E3E3E3")
    elif layout == "tableader":
        pf.space_before = Pt(12)
        pf.space_after = Pt(4)
        pf.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.LINES)
        run = p.add_run(title + "\t")
        run.bold = True
        run.font.size = Pt(12)
    elif layout == "largerun":
        pf.space_before = Pt(12)
        pf.space_after = Pt(3)
        run = p.add_run(title)
        run.font.size = Pt(14)
        run.font.color.rgb = RGBColor(0x9C, 0x1C, 0x1C)
    elif layout == "tablelayout":
        pf.space_before = Pt(10)
        pf.space_after = Pt(3)
        run = p.add_run(title)
        run.bold = True
        run.font.size = Pt(11)
        run.font.color.rgb = RGBColor(0x2E, 0x5E, 0x4E)
    else:
        raise ValueError(layout)
    return p


DOCX_FONTS = {
    "oddstyles": "Calibri", "borderbottom": "Cambria", "tablelayout": "Arial", "shadedpara": "Georgia",
    "tableader": "Calibri", "headingtwo": "Arial", "subtitle": "Calibri", "largerun": "Verdana",
}


def render_docx(r):
    layout = r["layout"]
    d = docx.Document()
    for s in d.sections:
        s.page_width, s.page_height = Cm(21), Cm(29.7)
        s.left_margin = s.right_margin = Cm(2)
        s.top_margin = s.bottom_margin = Cm(1.8)
    normal = d.styles["Normal"]
    normal.font.name = DOCX_FONTS[layout]
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(2)

    if layout == "oddstyles":
        st = d.styles.add_style("ZZ Block Head", WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = normal
        st.font.bold = True
        st.font.size = Pt(12.5)
        st.font.color.rgb = RGBColor(0x00, 0x6D, 0x77)
        st.paragraph_format.space_before = Pt(14)
        st.paragraph_format.space_after = Pt(4)
        st = d.styles.add_style("Role line", WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = normal
        st.font.bold = True
        st.font.size = Pt(10.5)
        st.paragraph_format.space_before = Pt(6)
        st.paragraph_format.space_after = Pt(0)
        st = d.styles.add_style("My Name", WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = normal
        st.font.bold = True
        st.font.size = Pt(22)
        st.paragraph_format.space_after = Pt(4)

    body = Target(d)
    # name and lines under it
    if layout == "oddstyles":
        body.para(r["name"], style="My Name")
    elif layout == "headingtwo":
        body.para(r["name"], style="Heading 1")
    elif layout == "subtitle":
        body.para(r["name"], style="Title")
    else:
        p = body.para()
        run = p.add_run(r["name"])
        run.bold = True
        run.font.size = Pt(20)
        if layout == "largerun":
            run.font.color.rgb = RGBColor(0x9C, 0x1C, 0x1C)
        if layout == "borderbottom":
            run.bold = False
            run.font.size = Pt(22)
            run.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    for ln in r["lines"]:
        body.para(ln)

    if layout == "tablelayout":
        table = d.add_table(rows=1, cols=2)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        no_table_borders(table)
        left, right = table.rows[0].cells
        left.width, right.width = Cm(5.6), Cm(11.4)
        set_cell_shading(left, "EAF1EE")
        for cell, secs in ((left, r["side"]), (right, r["sections"])):
            tg = Target(cell, fresh_cell=True)
            for title, blocks in secs:
                docx_heading(tg, layout, title)
                docx_blocks(tg, blocks, layout)
    else:
        for title, blocks in r["sections"]:
            docx_heading(body, layout, title)
            docx_blocks(body, blocks, layout)

    cp = d.core_properties
    cp.author = r["name"]
    cp.last_modified_by = r["name"]
    cp.title = ""
    cp.comments = ""
    cp.revision = 1
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)

    raw = io.BytesIO()
    d.save(raw)
    # re-zip with every entry dated 2026-01-01 00:00:00 so the file is byte-reproducible
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as zin, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: python make_blind6.py OUTDIR\n")
        return 2
    outdir = argv[1]
    os.makedirs(outdir, exist_ok=True)
    for r in RESUMES:
        data = render_pdf(r) if r["file"].endswith(".pdf") else render_docx(r)
        with open(os.path.join(outdir, r["file"]), "wb") as fh:
            fh.write(data)
    print("wrote %d files to %s" % (len(RESUMES), outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
