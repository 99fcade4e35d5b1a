#!/usr/bin/env python3
"""make_blind7.py OUTDIR -- writes the 24 blind7 resumes (16 PDF, 8 DOCX).

Deterministic: no randomness, fixed PDF creation date, fixed DOCX core
properties and zip entry dates. All content is literal data below.

Content mini-language (one item per line):
  @ text        the person's name (first line)
  plain line    a regular line (contact lines before the first '#')
  # text        a line set in the layout's heading style
  ! text        a whole bold line (or the layout's bold/role style)
  ~ text        an italic line (dates, employers)
  * text        a bullet
  > lead | rest a bold lead-in followed by regular text on the same line
Two-column resumes have a 'side' text and a 'main' text.
"""
import datetime
import io
import os
import sys
import zipfile

from fpdf import FPDF
from fpdf.enums import XPos, YPos

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
CREATED = datetime.datetime(2026, 1, 1, 0, 0, 0, tzinfo=datetime.timezone.utc)

# ---------------------------------------------------------------------------
# Content
# ---------------------------------------------------------------------------

R = {}

R["f00_en_spacedcaps"] = """
@ Harriet Okonkwo-Lindqvist
Data Protection Officer · CIPP/E, CIPM
Leeds, UK · +44 7700 900412 · h.okonkwo@example.org
Right to work: UK citizen
# PROFILE
Data protection officer with nine years in healthcare and retail. I turn regulation into processes that busy clinical and store teams actually follow, and I report directly to boards.
# EXPERIENCE
! Data Protection Officer
~ PENNINE COMMUNITY HEALTH NHS TRUST · Leeds · 2021 – present
* Statutory DPO for a trust of 6,200 staff and 1.1 million patient records.
* Runs the DPIA process: more than 140 assessments signed off since 2021.
* Chairs the monthly information governance group.
! Key results:
* Cut overdue subject access requests from 38% to 4% in 18 months.
* Led the breach-response drill later adopted by three neighbouring trusts.
! Privacy Manager
~ HALLAM & BRYCE RETAIL GROUP · Sheffield · 2016 – 2021
> Scope: | loyalty scheme, CCTV estate and HR data for 2,400 employees.
* Built the record of processing activities from scratch (312 entries).
* Negotiated data processing agreements with 60 suppliers.
# EDUCATION
! LLM Information Technology Law
~ University of Leeds · 2015 – 2016
! BA (Hons) Law and Criminology
~ University of Hull · 2011 – 2014
# CERTIFICATIONS
CIPP/E – IAPP, 2017
CIPM – IAPP, 2019
ISO/IEC 27001 Lead Implementer – BSI, 2022
# REGULATORY TOOLKIT
> Frameworks: | UK GDPR, DPA 2018, PECR, NHS DSPT, Caldicott principles
> Tools: | OneTrust, TrustArc, Microsoft Purview, Excel
# TALKS
"Subject access at scale", IAPP Data Protection Intensive, London, 2024
"DPIAs that clinicians will read", NHS ConfedExpo, Manchester, 2023
"""

R["f01_en_trailingcolon"] = """
@ Matteo Ferreira-Walsh
Head Sommelier · WSET Diploma · Advanced Sommelier (CMS)
London · +44 7700 900731 · matteo.fw@example.com
# About me:
Head sommelier with twelve years on the floor of fine-dining rooms in London and Edinburgh. I build lists that sell, train teams that enjoy selling them, and keep a cellar honest.
# Experience:
! Head Sommelier
~ THE LINNET ROOM (one Michelin star), London · 2020 – present
* Curates a 1,150-bin list with a strong Loire, Jura and Douro focus.
* Leads and trains a team of five sommeliers and two cellar hands.
! Key results:
* Wine revenue per cover up 22% in two years.
* List shortlisted for a national wine list award, 2023.
! Assistant Head Sommelier
~ HOTEL BELLAMONT, Edinburgh · 2016 – 2020
! Responsibilities:
* Cellar of 14,000 bottles: monthly stock-take and en-primeur buying.
* Paired wines for the seven-course tasting menu.
! Commis Sommelier
~ BRASSERIE ORTOLAN, London · 2013 – 2016
Service for 180 covers a night; by-the-glass programme of 30 wines.
# Education & training:
! WSET Level 4 Diploma in Wines
~ Wine & Spirit Education Trust, London · 2019
! BA (Hons) International Hospitality Management
~ Oxford Brookes University · 2009 – 2012
# Languages:
> English: | native
> Portuguese: | native
> Italian: | professional working proficiency
# Off duty:
Cycling between vineyards, Portuguese cooking, amateur photography.
# References:
Available on request.
"""

R["f02_en_labelcolumn"] = """
@ Dr Priya Ramanathan
Biomedical Engineer – medical devices, regulatory and clinical engineering
Cambridge, UK · priya.ramanathan@example.net · +44 7700 900118
# Summary
Chartered biomedical engineer with ten years across device design, verification and hospital clinical engineering. Comfortable between the bench, the ward and the notified body.
# Work
! Senior Biomedical Engineer
~ ADDENBROOKE CLINICAL ENGINEERING UNIT · 2019 – present
* Leads acceptance testing and risk files for 3,800 active devices.
* Manages a team of four engineers and two apprentices.
! Achievements:
* Introduced IEC 62353 test automation: 40% less time per device.
* Led the in-house manufacture of a paediatric ventilation adapter under ISO 13485.
! Design Engineer (Class IIb infusion pumps)
~ VELLACOTT MEDICAL LTD, Harlow · 2015 – 2019
* Owned design verification for two pump platforms through CE marking.
Reporting line: Head of R&D
# Degrees
! PhD Bioengineering
~ Imperial College London · 2011 – 2015
! MEng Biomedical Engineering
~ University of Strathclyde · 2006 – 2011
# Technical
> Standards: | ISO 13485, IEC 60601-1, ISO 14971, IEC 62304, IEC 62353
> Tools: | SolidWorks, MATLAB, LabVIEW, Python, Minitab
# Papers
Ramanathan P., Hale J. "Flow accuracy of syringe drivers at low rates." Medical Engineering & Physics, 2016.
Ramanathan P. et al. "Electrical safety testing in practice." IPEM Scope, 2021.
# Memberships
Institute of Physics and Engineering in Medicine (IPEM) – Member
Institution of Engineering and Technology (IET) – Chartered Engineer
"""

R["f03_en_underlined"] = """
@ Agnieszka Wróblewska-Hart
Court & Police Interpreter · Polish / English
Birmingham · +44 7700 900655 · a.wroblewska@example.co.uk
NRPSI No: 14873
# Professional Profile
Public service interpreter with fifteen years in criminal and family courts, police interviews and probation. Consecutive, simultaneous (whispered) and sight translation.
# Assignments & Employment
! Freelance Court and Police Interpreter
~ HM Courts & Tribunals Service, West Midlands Police (via framework) · 2014 – present
! Typical work:
* Crown Court trials, including multi-defendant fraud and trafficking cases.
* PACE interviews, custody booking-in and witness statements.
* Sight translation of evidence bundles and pre-sentence reports.
! In-house Interpreter and Translator
~ KOWALCZYK LEGAL LLP, Birmingham · 2010 – 2014
* Client conferences, prison visits and translation of court documents.
# Registration
Diploma in Public Service Interpreting (English Law), CIOL, 2012
NRPSI – Full Status, since 2013
Enhanced DBS and NPPV Level 2 vetting, renewed 2024
# Education
! MA Translation Studies
~ Aston University · 2008 – 2009
! Magister, English Philology
~ Uniwersytet Jagielloński, Kraków · 2003 – 2008
# Language Combinations
Polish – native (A language)
English – near-native (B language)
Russian – working knowledge (C language)
# Referees
Judith Amesbury, Court Listing Officer – details on request
"""

R["f04_en_romannumeral"] = """
@ Oliver Tremaine Achebe
Pricing Actuary · FIA
Edinburgh · +44 7700 900327 · oliver.achebe@example.com
Status: Fellow of the Institute and Faculty of Actuaries
# I. Profile
Qualified actuary with eight years in general insurance pricing and reserving. I like models that underwriters trust and can challenge.
# II. Professional Experience
! Senior Pricing Actuary
~ CALEDONIAN MUTUAL INSURANCE · Edinburgh · 2021 – present
* Owns technical pricing for a £240m household book.
* Built a GLM and gradient-boosting pricing stack in Python and Emblem.
! Highlights:
* Loss ratio improved by 4.1 points over two renewal cycles.
* Led the FCA general insurance pricing practices remediation.
! Actuarial Analyst
~ NORTHBRIDGE RE · London · 2017 – 2021
* Reserving for marine and energy lines; quarterly IBNR reviews.
* Automated the triangle pipeline, saving three days per quarter.
# III. Education
! BSc Mathematics (First Class)
~ University of St Andrews · 2013 – 2017
Dissertation: Credibility theory for small portfolios
# IV. Actuarial Exams
Fellowship of the IFoA, 2022 (all exams passed at first attempt except CS2)
Certificate in Data Science, IFoA, 2020
# V. Skills
> Modelling: | GLMs, GBMs, chain ladder, Bornhuetter-Ferguson, Mack
> Software: | Python, R, SQL, Emblem, Radar, ResQ
# VI. Interests
Hill running (Pentland Skyline finisher), chess, Scottish folk music.
"""

R["f05_en_rightsidebar"] = {
    "top": """
@ Kas Delacroix-Boateng
Level Designer · open-world and systemic games
""",
    "side": """
# Reach me
kas.db@example.games
+44 7700 900884
Brighton, UK
Portfolio: kasdb.example.games
# Toolbox
Unreal Engine 5
Unity
Houdini (level tools)
Blender, Perforce, Jira
# Shipped titles
! Ashfall Protocol (2023)
PC, PS5, Xbox Series
! Lantern Reach (2020)
PC, Switch
# Languages
English – native
French – fluent
""",
    "main": """
# Hello
I build spaces that teach players without telling them. Eight years in level design, from greybox to ship, mostly in open-world action games.
# Studios
! Senior Level Designer
~ SALTMARSH INTERACTIVE · Brighton · 2021 – present
* Owned three of the seven regions in Ashfall Protocol.
* Built Houdini tools that cut greybox time by half.
! What I shipped:
* 42 missions, 11 hand-built dungeons, the final boss arena.
! Level Designer
~ TIDEPOOL GAMES · Guildford · 2017 – 2021
* Level layout and scripting for Lantern Reach.
Team size: 35
# Study
! BA (Hons) Computer Games Design
~ University of Brighton · 2014 – 2017
# Jam wins
Global Game Jam, Brighton site – Best Design, 2016
Ludum Dare 41 – top 10 in Innovation, 2018
""",
}

R["f06_en_tintbar"] = """
@ Siobhán Murtagh
Dental Hygienist and Therapist · GDC 265431
Belfast · +44 7700 900209 · siobhan.murtagh@example.ie
# Personal Statement
Registered dental hygienist and therapist with seven years in NHS and private practice. Calm with anxious patients, thorough with periodontal charts.
# Clinical Experience
! Dental Hygienist / Therapist
~ LAGAN VALLEY DENTAL CARE, Lisburn · 2020 – present
* Around 14 patients a day: periodontal therapy, fissure sealants, restorations.
* Runs the practice's smoking-cessation clinic.
! Key responsibilities:
* Periodontal referrals from five dentists.
* Training dental nurses in oral hygiene instruction.
! Dental Hygienist
~ SMILEWORKS GROUP, Belfast · 2017 – 2020
* Private hygiene lists and domiciliary visits to two care homes.
# Education & Registration
! Diploma in Dental Hygiene and Therapy
~ Queen's University Belfast · 2014 – 2017
GDC registration: 265431 (Dental Hygienist, Dental Therapist)
# CPD
Local Anaesthesia Update – 2024
Medical Emergencies & BLS – annual, last 2025
Radiography and Radiation Protection – 2023
# Skills
> Clinical: | non-surgical periodontal therapy, ART, paediatric restorations
> Software: | Dentally, Software of Excellence
# Volunteering
Dental Mission Kenya – two weeks of school screenings, 2019
# References
On request.
"""

R["f07_en_largeronly"] = """
@ Bartholomew Nakashima-Reid
Chartered Landscape Architect (CMLI)
Bristol · +44 7700 900563 · bart.nr@example.org
# Overview
Landscape architect with eleven years on public realm, schools and river restoration projects. I lead design from concept to RIBA stage 5 and like being on site.
# Practice
! Associate Landscape Architect
! GREENWAY URBAN STUDIO
~ Bristol · 2019 – present
* Leads a team of six on public realm and blue-green infrastructure.
* Client lead for two local authorities and a housing association.
! Landscape Architect
! FIELD & FORM LLP
~ Cardiff · 2014 – 2019
* Detailed design and contract administration, JCT and NEC.
# Selected projects
! Frome Riverside Park, Bristol
£4.2m park and flood-storage scheme; 2.3 km of restored river edge.
! St Anne's Primary School Grounds
Play landscape built with children's co-design workshops.
# Education
! MA Landscape Architecture
~ University of Sheffield · 2011 – 2013
! BSc Geography
~ Cardiff University · 2008 – 2011
# Software
AutoCAD, Vectorworks Landmark, QGIS, Adobe Creative Cloud, SketchUp
# Awards
Landscape Institute Award – Excellence in Public Realm, 2022
Civic Trust Award – Commendation, 2020
"""

R["f08_de_smallcaps"] = """
@ Jonas Brückner
Industriemechaniker · Fachrichtung Instandhaltung
Schweinfurt · +49 170 5550 142 · jonas.brueckner@example.de
Geburtsjahr: 1993
# PERSÖNLICHES PROFIL
Industriemechaniker mit zehn Jahren Erfahrung in der Instandhaltung von Fertigungsanlagen. Zuverlässig in der Störungssuche, sicher im Umgang mit Hydraulik und Pneumatik.
# BERUFSERFAHRUNG
! Industriemechaniker – Instandhaltung
~ KRONBERG ANTRIEBSTECHNIK GMBH, Schweinfurt · 2017 – heute
! Aufgaben:
* Wartung und Reparatur von CNC-Bearbeitungszentren und Transferstraßen.
* Störungsbeseitigung im Drei-Schicht-Betrieb.
* Einarbeitung von Auszubildenden.
! Erfolge:
* Stillstandszeiten der Linie 4 um 18 % reduziert.
! Industriemechaniker
~ MAINTAL FÖRDERTECHNIK GMBH, Würzburg · 2014 – 2017
* Montage von Stetigförderern und Inbetriebnahme beim Kunden.
# AUSBILDUNG
! Ausbildung zum Industriemechaniker
~ Maintal Fördertechnik GmbH · IHK Würzburg-Schweinfurt · 2011 – 2014
! Qualifizierender Mittelschulabschluss
~ Mittelschule Gerolzhofen · 2011
# WEITERBILDUNGEN
Hydraulik-Fachkraft (Bosch Rexroth), 2019
SPS-Grundlagen Siemens S7, 2021
Staplerschein, 2015
# FACHKENNTNISSE
> Mechanik: | Drehen, Fräsen, Schweißen (MAG), Lager- und Getriebetechnik
> Steuerung: | Siemens S7, Pneumatik, Hydraulik
Führerschein: Klasse B
# SPRACHEN
Deutsch – Muttersprache
Englisch – Grundkenntnisse
# HOBBYS
Motorradtouren, Freiwillige Feuerwehr Gerolzhofen, Angeln
"""

R["f09_de_darkband"] = """
@ Mareike Osterloh
Steuerfachangestellte · Bilanzbuchhalterin (IHK)
Bremen · +49 151 5550 2276 · m.osterloh@example.de
# Kurzprofil
Steuerfachangestellte mit zwölf Jahren Kanzleierfahrung. Schwerpunkt Jahresabschlüsse für Personengesellschaften und GmbHs, sicher in DATEV und im Mandantenkontakt.
# Berufliche Erfahrung
! Steuerfachangestellte / Bilanzbuchhalterin
~ KANZLEI HOLTKAMP & PARTNER MBB, Bremen · 2018 – heute
! Tätigkeiten:
* Jahresabschlüsse und Steuererklärungen für rund 60 Mandanten.
* Finanzbuchhaltung und Lohnabrechnung für 25 Betriebe.
* Betreuung von Betriebsprüfungen.
! Erfolge:
* Umstellung von 40 Mandanten auf DATEV Unternehmen online.
! Steuerfachangestellte
~ STEUERBERATUNG WEHRMANN, Oldenburg · 2013 – 2018
* Einkommensteuererklärungen und Buchhaltung für Freiberufler.
# Schulische und berufliche Ausbildung
! Geprüfte Bilanzbuchhalterin (IHK)
~ IHK Bremen · 2021
! Ausbildung zur Steuerfachangestellten
~ Steuerberatung Wehrmann, Oldenburg · 2010 – 2013
! Fachhochschulreife
~ BBS Haarentor, Oldenburg · 2010
# IT-Kenntnisse
> DATEV: | Kanzlei-Rechnungswesen, LODAS, Unternehmen online
> Office: | Excel (Pivot, SVERWEIS), Word, Outlook
# Sprachkenntnisse
Deutsch – Muttersprache
Englisch – gut
Niederländisch – Grundkenntnisse
# Persönliche Interessen
Segeln auf der Weser, Chorgesang
"""

R["f10_fr_fontswitch"] = """
@ Clémence Aubertin-Diallo
Orthophoniste · Certificat de capacité d'orthophoniste
Lyon 7e · +33 6 55 50 21 48 · clemence.aubertin@example.fr
# Profil
Orthophoniste depuis huit ans, en libéral et en milieu hospitalier. Prise en charge des troubles du langage oral et écrit chez l'enfant, et de l'aphasie chez l'adulte.
# Expérience clinique
! Orthophoniste libérale
~ CABINET PARAMÉDICAL DES QUAIS, Lyon · depuis 2019
! Missions :
* Bilans et rééducations : langage oral, dyslexie, dysorthographie.
* Suivi de 35 patients par semaine, enfants et adolescents.
* Lien avec les écoles et les médecins scolaires.
! Orthophoniste salariée
~ HÔPITAL NEUROLOGIQUE PIERRE-WERTHEIMER, Bron · 2016 – 2019
! Points forts :
* Rééducation de l'aphasie et de la dysphagie en unité neurovasculaire.
* Participation aux staffs pluridisciplinaires.
# Formation
! Certificat de capacité d'orthophoniste
~ Université Claude Bernard Lyon 1 · 2011 – 2016
! Baccalauréat scientifique, mention bien
~ Lycée du Parc, Lyon · 2011
# Formations complémentaires
PROMPT niveau 1 – 2018
Méthode Padovan – 2020
Dysphagie de l'adulte (DU) – 2022
# Compétences
> Outils : | EVALEO 6-15, BETL, MoCA, logiciel Orthomax
> Approches : | thérapie mélodique et rythmée, PACE
# Langues
Français – langue maternelle
Anglais – courant
Wolof – notions
# Vie associative
Bénévole à l'association « Lire et faire lire », depuis 2017
"""

R["f11_fr_numbered"] = """
@ Baptiste Legrand-Moreau
Chef de cuisine · cuisine de saison, circuits courts
Bordeaux · +33 6 55 50 73 19 · baptiste.legrand@example.fr
Permis B · Disponible à partir de septembre 2026
# 01 — En bref
Chef de cuisine depuis six ans, formé dans des maisons étoilées. Je dirige des brigades de huit à douze personnes et construis des cartes autour des producteurs de Gironde.
# 02 — Parcours en cuisine
! Chef de cuisine
~ LA TABLE DU PORT DE LA LUNE, Bordeaux · depuis 2020
* Carte et menus dégustation, 70 couverts midi et soir.
* Brigade de douze personnes, dont trois apprentis.
! Réalisations :
* Food cost ramené de 34 % à 28 % en un an.
* Mention au guide Gault & Millau 2024 (14/20).
! Sous-chef
~ HOSTELLERIE DES VIGNES (une étoile), Saint-Émilion · 2016 – 2020
! Missions :
* Gestion des commandes et du plan HACCP.
* Chef de partie garde-manger puis sous-chef.
! Chef de partie
~ BRASSERIE L'ATLANTIQUE, La Rochelle · 2013 – 2016
# 03 — Formation
! BTS Management en hôtellerie-restauration
~ Lycée hôtelier de Talence · 2011 – 2013
! CAP Cuisine
~ CFA de Bordeaux · 2009 – 2011
# 04 — Distinctions
Finaliste régional, Trophée Jeunes Talents, 2018
Bib Gourmand pour La Table du Port de la Lune, 2023
# 05 — Ma cuisine
> Techniques : | cuisson basse température, fermentations, pâtisserie de restaurant
> Gestion : | fiches techniques, HACCP, logiciel Koust
# 06 — Langues
Français – langue maternelle
Anglais – intermédiaire (B1)
Espagnol – notions
"""

R["f12_fr_lowerdot"] = """
@ Noémie Carrasco-Vidal
Ingénieure géotechnicienne · missions G2 à G4
Grenoble · noemie.carrasco@example.fr
# profil.
Ingénieure géotechnicienne avec neuf ans d'expérience en études de sol, fondations et soutènements, en montagne comme en milieu urbain dense.
# expériences.
! Ingénieure géotechnicienne confirmée
~ ALPSOL INGÉNIERIE, Grenoble · depuis 2019
* Missions G2 AVP et PRO pour ouvrages d'art et bâtiments.
* Encadrement de deux techniciens et d'un sondeur.
! Chantiers :
* Tranchée couverte de Voreppe : parois moulées et tirants.
* Confortement du glissement de Séchilienne (suivi G4).
! Ingénieure d'études
~ TERRASOL SUD-EST, Lyon · 2016 – 2019
* Dimensionnement de fondations profondes et calculs sous Plaxis.
Encadrement : 1 stagiaire par an
# formation.
! Diplôme d'ingénieur, géotechnique et génie civil
~ Polytech Grenoble · 2013 – 2016
! Classes préparatoires PT
~ Lycée Champollion, Grenoble · 2011 – 2013
# outils.
> Calcul : | Plaxis 2D/3D, Talren, K-Réa, GeoStudio
> Normes : | Eurocode 7, NF P 94-500
# publications.
« Suivi inclinométrique d'un versant instable », Journées nationales de géotechnique, 2022
# langues.
Français – langue maternelle
Espagnol – bilingue
Anglais – professionnel
# me joindre.
+33 6 55 50 86 02
Disponible pour un échange en visio le mardi et le jeudi.
"""

R["f13_es_sidemark"] = """
@ Lucía Ortega Villanueva
Arquitecta técnica · Dirección de ejecución y coordinación de seguridad
Madrid · +34 655 50 31 07 · lucia.ortega@example.es
# Perfil profesional
Arquitecta técnica con once años en obra residencial y rehabilitación. Dirección de ejecución, control de calidad y coordinación de seguridad y salud.
# Experiencia
! Jefa de obra
~ CONSTRUCCIONES ALMUDENA, S.A. · Madrid · 2019 – actualidad
* Edificios de 40 a 120 viviendas; equipos de hasta 60 operarios en pico.
* Control de costes, planificación y relación con la dirección facultativa.
! Logros:
* Tres promociones entregadas en plazo con desviación de coste inferior al 2 %.
! Obras destacadas:
* Residencial Las Tablas II – 96 viviendas, certificación energética A.
! Arquitecta técnica – dirección de ejecución
~ ESTUDIO PRIETO & MARÍN · Alcalá de Henares · 2014 – 2019
* Rehabilitación de fachadas y cubiertas en edificios protegidos.
Proyectos al año: 12 a 15
# Formación
! Grado en Edificación
~ Universidad Politécnica de Madrid · 2009 – 2013
! Máster en Rehabilitación y Eficiencia Energética
~ Universidad de Alcalá · 2015 – 2016
# Software y normativa
> Programas: | Presto, AutoCAD, Revit, CYPE, MS Project
> Normativa: | CTE, RD 1627/1997, Ley de Ordenación de la Edificación
# Idiomas
Español – nativo
Inglés – B2 (First Certificate)
# Colegiación
Colegio Oficial de Aparejadores y Arquitectos Técnicos de Madrid, n.º 31 874
"""

R["f14_es_bolditalic"] = """
@ Marta Echeverría Solís
Enfermera de quirófano · instrumentista y circulante
Pamplona · +34 655 50 64 92 · marta.echeverria@example.es
# Resumen
Enfermera especializada en quirófano con diez años en cirugía general, traumatología y cirugía cardiaca. Instrumentista y circulante, con experiencia en cirugía robótica.
# Experiencia asistencial
! Enfermera instrumentista
~ HOSPITAL UNIVERSITARIO DE NAVARRA · Pamplona · 2018 – actualidad
* Bloque quirúrgico de 18 quirófanos; cirugía cardiaca y torácica.
* Instrumentación en cirugía robótica (da Vinci Xi).
! Funciones:
* Preparación de mesas, recuento de material y gasas, check-list quirúrgico.
* Formación de enfermeras de nueva incorporación.
! Enfermera de quirófano
~ CLÍNICA SAN FERMÍN · Pamplona · 2015 – 2018
* Traumatología y cirugía mayor ambulatoria.
Turno: rotatorio de mañana y tarde
# Estudios
! Grado en Enfermería
~ Universidad de Navarra · 2011 – 2015
! Máster en Enfermería Quirúrgica
~ Universidad de Barcelona · 2016 – 2017
# Cursos y acreditaciones
Soporte Vital Avanzado (SEMICYUC) – 2024
Acreditación en cirugía robótica da Vinci – 2021
Prevención de infección de sitio quirúrgico – 2022
# Competencias
> Técnicas: | instrumentación, asepsia, manejo de autotransfusión
> Sistemas: | HCIS, Gacela Care
# Idiomas
Español – nativo
Euskera – B2
Inglés – B1
# Voluntariado
Enfermera voluntaria con Médicos del Mundo, campaña en Mauritania, 2019
"""

R["f15_es_centered"] = """
@ Rubén Castellanos Ibarra
Técnico de sonido · directo, giras y grabación
Valencia · +34 655 50 12 83 · ruben.castellanos@example.es
# PERFIL
Técnico de sonido con doce años en directo: mesa de FOH y monitores, giras nacionales y festivales. También grabación y edición para pódcast y televisión.
# EXPERIENCIA
! Técnico de FOH
~ OLEAJE PRODUCCIONES, Valencia · 2018 – actualidad
* FOH para giras de tres bandas del catálogo, 60 a 90 fechas al año.
* Diseño de sistema y alineación de PA en recintos de hasta 8.000 personas.
! Logros:
* Gira "Mar de Fondo" 2023: 74 conciertos sin incidencias técnicas.
! Técnico de monitores
~ AUDIOVISUALES TURIA, S.L. · 2013 – 2018
* Monitores e in-ear para festivales (Festival de Les Arts, Arenal Sound).
Furgoneta propia: sí (carné C1)
# GIRAS Y PRODUCCIONES
! Gira "Mar de Fondo" (2023)
Arena y pabellones, España y Portugal.
! Festival Jardines de Viveros (2021 – 2024)
Jefe de sonido del escenario principal.
# FORMACIÓN
! Técnico Superior en Sonido para Audiovisuales y Espectáculos
~ CIPFP Ciutat de l'Aprenent, Valencia · 2010 – 2012
# EQUIPO QUE DOMINO
> Mesas: | DiGiCo SD, Yamaha CL/Rivage, Allen & Heath dLive
> Sistemas: | L-Acoustics (Soundvision), d&b ArrayCalc, Smaart
# IDIOMAS
Español y valenciano – nativos
Inglés – B2
"""

# DOCX ---------------------------------------------------------------------

R["f16_en_heading1"] = """
@ Dr Nadia Haverford-Osei
Clinical Research Associate II · oncology and rare disease
Reading, UK · +44 7700 900740 · nadia.osei@example.com
# Summary
CRA with six years of on-site and remote monitoring in oncology and rare-disease trials, phases I to III. Known for clean source data verification and calm site relationships.
# Monitoring Experience
! Clinical Research Associate II
~ MERIDIAN CLINICAL (CRO) · Reading · 2021 – present
* Monitors 9 sites across the UK and Ireland for two phase III oncology studies.
* Risk-based monitoring visits, SDV, and site close-outs.
! Key results:
* Query ageing at my sites 35% below the study average.
* Lead CRA for a site audit with zero major findings.
! Clinical Trial Assistant
~ THAMES VALLEY CANCER NETWORK · Oxford · 2019 – 2021
* TMF maintenance, ethics submissions and investigator meeting logistics.
# Education
! PhD Molecular Oncology
~ University of Southampton · 2015 – 2019
! BSc (Hons) Biomedical Science
~ University of Bath · 2012 – 2015
# Certifications
ICH-GCP E6(R2) – NIHR, renewed 2025
ACRP Certified Clinical Research Associate (CCRA), 2023
# Therapeutic Areas
Solid tumours, haematological malignancies, lysosomal storage disorders
> Systems: | Medidata Rave, Veeva Vault CTMS, IQVIA SDV tools
# Languages
English – native
Twi – conversational
"""

R["f17_en_renamedstyles"] = """
@ Callum Fairweather-Mbeki
Ground Operations Coordinator
Manchester Airport · +44 7700 900596 · callum.fm@example.co.uk
Airside pass: current (Manchester Airport), full UK driving licence
# Profile
Ground operations coordinator with eight years on the ramp and in the control room. I keep turnarounds on time and crews safe, from de-icing nights to summer peaks.
# Operations Experience
! Ground Operations Coordinator
~ NORTHWIND AVIATION SERVICES · Manchester Airport · 2020 – present
* Coordinates turnarounds for 140 daily departures across three carriers.
* Allocates stands, crews and equipment in the operations control centre.
! Key results:
* On-time performance for our main carrier up from 81% to 89%.
* Zero reportable ground damage incidents in 2024.
! Ramp Agent / Team Leader
~ SKYSIDE HANDLING LTD · Manchester Airport · 2016 – 2020
* Loading, pushback and de-icing; team of eight agents.
# Training & Licences
Airside Driving Permit (ADP), ramp and manoeuvring area
IATA Airport Ground Operations Management, 2022
Dangerous Goods Regulations (Cat. 10), renewed 2025
# Education
! BTEC Level 3 Extended Diploma in Aviation Operations
~ Trafford College · 2014 – 2016
# Systems
Amadeus Altéa DCS, Inform GroundStar, AODB, Microsoft Excel
# Interests
Plane spotting (sorry), five-a-side football, Lego Technic.
"""

R["f18_en_tablerows"] = """
@ Deborah Anne Whitcombe
MRICS Quantity Surveyor
Nottingham · +44 7700 900471 · debbie.whitcombe@example.com
# PROFESSIONAL SUMMARY
Chartered quantity surveyor with twelve years on the contractor and consultant side: cost planning, procurement, post-contract and final accounts on projects up to £60m.
# CAREER HISTORY
! Senior Quantity Surveyor
~ TRENTBRIDGE CONSTRUCTION LTD · Nottingham · 2019 – present
* Commercial lead on education and healthcare frameworks.
* Monthly valuations, CVRs and subcontractor final accounts.
! Key projects:
* Queen's Medical Centre theatres refurbishment, £18m, NEC4 Option C.
* Beeston sixth-form college, £24m, JCT Design and Build.
! Quantity Surveyor
~ HALDANE COST CONSULTANTS · Derby · 2013 – 2019
* Cost plans, bills of quantities and tender reports.
# EDUCATION
! BSc (Hons) Quantity Surveying and Commercial Management
~ Nottingham Trent University · 2009 – 2013
# PROFESSIONAL MEMBERSHIPS
Member of the Royal Institution of Chartered Surveyors (MRICS), 2016
# SOFTWARE
CostX, Bluebeam Revu, CCS Candy, Excel, Power BI
# REFERENCES
Available on request.
"""

R["f19_en_boldunderline"] = """
@ Rajesh Lindqvist-Pereira
Hotel Revenue Manager
Glasgow · +44 7700 900832 · rajesh.lp@example.com
# PERSONAL PROFILE
Revenue manager with nine years in city-centre and resort hotels. I combine pricing, distribution and forecasting with a front-office background, so my strategies work at the desk.
# EMPLOYMENT HISTORY
! NORTHGATE HOTELS PLC
~ Glasgow · 2020 – present
! Cluster Revenue Manager
* Pricing and distribution for four hotels, 780 rooms.
* Weekly revenue meetings with general managers and sales.
! Achievements:
* RevPAR index up 9 points against the competitive set in 2024.
! THE ARDNAMURCHAN RESORT
~ Fort William · 2016 – 2020
! Revenue and Reservations Manager
* Managed the switch to a new channel manager and booking engine.
# EDUCATION AND QUALIFICATIONS
! BA (Hons) Hospitality Management
~ Glasgow Caledonian University · 2012 – 2016
Certificate in Hotel Revenue Management, Cornell (online), 2019
# KEY SKILLS
> Systems: | IDeaS G3, Opera PMS, SiteMinder, Tableau
> Analysis: | forecasting, displacement, group evaluation
# ACHIEVEMENTS
Scottish Hotel Awards – Revenue Manager of the Year (finalist), 2023
# HOBBIES AND INTERESTS
Munro bagging, curling, cooking for large groups.
"""

R["f20_de_labeltable"] = """
@ Svenja Kowalski
Fachinformatikerin für Systemintegration
Leipzig · +49 152 5550 3318 · svenja.kowalski@example.de
# Profil
Fachinformatikerin mit sieben Jahren Erfahrung in Windows- und Linux-Infrastrukturen, Virtualisierung und Netzwerk. Ruhig im Störungsfall, gründlich in der Dokumentation.
# Berufserfahrung
! Systemadministratorin
~ STADTWERKE MULDENTAL GMBH, Grimma · seit 2020
! Aufgaben:
* Betrieb von 180 virtuellen Servern (VMware vSphere) und Microsoft 365.
* Patch-Management, Backup mit Veeam, Monitoring mit Checkmk.
! Erfolge:
* Migration des Active Directory auf Windows Server 2022 ohne Ausfallzeit.
! IT-Systemelektronikerin (Junior)
~ SAXONIA IT-SERVICE GMBH, Leipzig · 2017 – 2020
* Vor-Ort-Support für kleine und mittlere Unternehmen.
# Ausbildung
! Fachinformatikerin für Systemintegration (IHK)
~ Saxonia IT-Service GmbH · BSZ 7 Leipzig · 2014 – 2017
! Abitur
~ Gymnasium Schkeuditz · 2014
# Zertifikate
Microsoft Certified: Azure Administrator Associate (AZ-104), 2023
LPIC-1, 2021
# IT-Skills
> Systeme: | Windows Server, Debian, Ubuntu, VMware, Proxmox
> Netzwerk: | VLANs, Sophos-Firewalls, WireGuard
> Skripte: | PowerShell, Bash, Ansible
# Sprachen
Deutsch – Muttersprache
Englisch – verhandlungssicher
Polnisch – gut
# Engagement
Mentorin bei „Girls' Day“ der Stadtwerke, seit 2021
"""

R["f21_de_smallcapsdocx"] = """
@ Friederike Adeyemi
Hörakustikmeisterin
Münster · +49 160 5550 8824 · f.adeyemi@example.de
# Über mich
Hörakustikmeisterin mit elf Jahren Erfahrung in Anpassung, Kinderversorgung und Filialleitung. Mir ist wichtig, dass Kundinnen und Kunden ihre Hörsysteme auch wirklich tragen.
# Stationen
! Filialleiterin und Hörakustikmeisterin
~ HÖRWERK MÜNSTERLAND GMBH, Münster · seit 2019
! Verantwortung:
* Leitung einer Filiale mit vier Mitarbeitenden und zwei Auszubildenden.
* Anpassung von Hörsystemen und Cochlea-Implantat-Nachsorge.
! Hörakustikerin
~ AKUSTIK TEUTOBURG, Bielefeld · 2014 – 2019
* Kinderversorgung in Zusammenarbeit mit der Pädaudiologie.
# Qualifikation
! Meisterprüfung im Hörakustiker-Handwerk
~ Akademie für Hörakustik, Lübeck · 2018
! Ausbildung zur Hörakustikerin
~ Akustik Teutoburg · Landesberufsschule Lübeck · 2011 – 2014
# Lehrgänge & Zertifikate
Pädakustikerin (Zusatzqualifikation), 2020
Tinnitus-Counselling, 2022
# Stärken
> Geräte: | Phonak, Signia, Oticon, Widex
> Messtechnik: | In-situ-Messung, Sprachaudiometrie
# Sprachen
Deutsch – Muttersprache
Englisch – fließend
Yoruba – Grundkenntnisse
# Freizeit
Rudern auf dem Aasee, Bouldern, Hörspiele
"""

R["f22_fr_colondocx"] = """
@ Hélène Barbier-N'Guessan
Conseillère en gestion de patrimoine · CIF
Nantes · +33 6 55 50 40 67 · helene.barbier@example.fr
# PROFIL :
Conseillère en gestion de patrimoine depuis dix ans, d'abord en banque privée puis en cabinet indépendant. Bilan patrimonial, épargne retraite, transmission.
# EXPÉRIENCE PROFESSIONNELLE :
! Conseillère en gestion de patrimoine indépendante
~ CABINET ERDRE PATRIMOINE, Nantes · depuis 2019
! Missions :
* Suivi d'un portefeuille de 180 familles, 62 M€ d'encours conseillés.
* Bilans patrimoniaux, stratégies de transmission, épargne retraite (PER).
! Résultats :
* Collecte nette de 9 M€ en 2024.
! Banquière privée
~ BANQUE ATLANTIQUE PRIVÉE, Nantes · 2015 – 2019
* Clientèle patrimoniale de plus de 500 000 € d'actifs.
Périmètre : Loire-Atlantique et Vendée
# DIPLÔMES :
! Master 2 Gestion de patrimoine
~ Université de Nantes · 2013 – 2015
! Licence Économie-Gestion
~ Université de Rennes 1 · 2010 – 2013
# CERTIFICATIONS :
Certification AMF – 2015
Statut CIF (ANACOFI-CIF) – 2019
# COMPÉTENCES :
> Fiscalité : | IR, IFI, démembrement, assurance-vie
> Outils : | Harvest O2S, BIG Expert
# LANGUES :
Français – langue maternelle
Anglais – courant (TOEIC 915)
# CENTRES D'INTÉRÊT :
Voile, club de lecture, trail
"""

R["f23_es_capsunderline"] = """
@ Itziar Mendizábal Roca
Técnica superior en prevención de riesgos laborales
Bilbao · +34 655 50 77 31 · itziar.mendizabal@example.es
# Sobre mi perfil
Técnica superior en PRL con las tres especialidades y ocho años en industria metalúrgica y construcción. Evaluaciones de riesgos, coordinación de actividades empresariales y formación.
# Experiencia profesional
! Técnica de prevención
~ ACERÍAS DEL NERVIÓN, S.A. · Barakaldo · 2019 – actualidad
! Funciones:
* Evaluaciones de riesgos e investigación de accidentes en planta de 600 personas.
* Coordinación de actividades empresariales con 40 contratas.
! Logros:
* Índice de frecuencia de accidentes reducido un 31 % en tres años.
! Técnica de PRL en obra
~ CONSTRUCCIONES URDAIBAI · Gernika · 2016 – 2019
* Planes de seguridad y salud y visitas de seguimiento.
Obras simultáneas: hasta 6
# Formación
! Máster en Prevención de Riesgos Laborales (tres especialidades)
~ Universidad del País Vasco · 2015 – 2016
! Grado en Ingeniería Química
~ Universidad del País Vasco · 2011 – 2015
# Certificaciones
Auditora interna ISO 45001 – 2021
Coordinadora de seguridad y salud en obras de construcción – 2017
# Herramientas y normativa
> Normativa: | Ley 31/1995, RD 1627/1997, RD 486/1997
> Software: | Prevengos, AutoCAD, Excel
# Idiomas
Español – nativo
Euskera – C1 (EGA)
Inglés – B2
# Referencias
Disponibles a petición.
"""


# ---------------------------------------------------------------------------
# Parsing of the mini-language
# ---------------------------------------------------------------------------

def parse(text):
    items = []
    for raw in text.strip("\n").split("\n"):
        line = raw.rstrip()
        if not line:
            continue
        tag = line[:2]
        if tag in ("@ ", "# ", "! ", "~ ", "* "):
            items.append((tag[0], line[2:]))
        elif tag == "> ":
            lead, rest = line[2:].split(" | ", 1)
            items.append((">", lead, rest))
        else:
            items.append(("p", line))
    return items


# ---------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------

A4W, A4H = 210.0, 297.0


class Pdf(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_creation_date(CREATED)
        self.set_author("")
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(True, 18)
        for fam, files in (
            ("Sans", ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf")),
            ("Serif", ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf")),
            ("Cond", ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed-Oblique.ttf", "DejaVuSansCondensed-BoldOblique.ttf")),
        ):
            for style, f in zip(("", "B", "I", "BI"), files):
                self.add_font(fam, style, FONT_DIR + f)
        self.page_hook = None
        self.add_page()

    def header(self):
        if self.page_hook:
            self.page_hook(self)


class Look:
    """Body settings for one PDF layout."""

    def __init__(self, body="Sans", size=9.5, lh=4.7, name_font=("Sans", "B", 20),
                 name_color=(20, 20, 20), contact_color=(80, 80, 80), head=None,
                 head_gap=4.5, after_head=1.6, accent=(0, 0, 0)):
        self.body, self.size, self.lh = body, size, lh
        self.name_font, self.name_color, self.contact_color = name_font, name_color, contact_color
        self.head, self.head_gap, self.after_head, self.accent = head, head_gap, after_head, accent


def body_block(pdf, look, items):
    """Render non-heading items in the current column (margins)."""
    prev = None
    for it in items:
        kind = it[0]
        pdf.set_text_color(25, 25, 25)
        if kind == "!":
            if prev not in (None, "#", "!"):
                pdf.ln(1.4)
            pdf.set_font(look.body, "B", look.size + 0.3)
            pdf.multi_cell(0, look.lh + 0.2, it[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif kind == "~":
            pdf.set_font(look.body, "I", look.size - 0.5)
            pdf.set_text_color(90, 90, 90)
            pdf.multi_cell(0, look.lh, it[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif kind == "*":
            pdf.set_font(look.body, "", look.size)
            x = pdf.l_margin
            pdf.set_x(x + 1.5)
            pdf.cell(3.5, look.lh, "•")
            pdf.set_x(x + 5)
            pdf.multi_cell(pdf.w - pdf.r_margin - x - 5, look.lh, it[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif kind == ">":
            pdf.set_x(pdf.l_margin)
            pdf.set_font(look.body, "B", look.size)
            pdf.write(look.lh, it[1] + " ")
            pdf.set_font(look.body, "", look.size)
            pdf.write(look.lh, it[2])
            pdf.ln(look.lh)
        else:
            pdf.set_font(look.body, "", look.size)
            pdf.multi_cell(0, look.lh, it[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        prev = kind
    pdf.set_text_color(0, 0, 0)


def split_sections(items):
    """Top items (before the first heading) and [(heading, items)]."""
    top, secs = [], []
    for it in items:
        if it[0] == "#":
            secs.append((it[1], []))
        elif secs:
            secs[-1][1].append(it)
        else:
            top.append(it)
    return top, secs


def default_top(pdf, look, top, align="L"):
    for it in top:
        if it[0] == "@":
            pdf.set_font(*look.name_font)
            pdf.set_text_color(*look.name_color)
            pdf.multi_cell(0, 9, it[1], align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(0.5)
        else:
            pdf.set_font(look.body, "", look.size)
            pdf.set_text_color(*look.contact_color)
            pdf.multi_cell(0, look.lh, it[1], align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)


def ensure_room(pdf, need=30):
    if pdf.get_y() > pdf.h - pdf.b_margin - need:
        pdf.add_page()


def generic_pdf(look, text, top_fn=default_top, page_hook=None):
    pdf = Pdf()
    if page_hook:
        pdf.page_hook = page_hook
        page_hook(pdf)
        pdf.set_y(pdf.t_margin)
    top, secs = split_sections(parse(text))
    top_fn(pdf, look, top)
    for i, (title, items) in enumerate(secs):
        ensure_room(pdf)
        if i:
            pdf.ln(look.head_gap)
        look.head(pdf, look, title)
        pdf.set_text_color(0, 0, 0)
        pdf.ln(look.after_head)
        body_block(pdf, look, items)
    return pdf


# --- heading painters ------------------------------------------------------

def h_spacedcaps(pdf, look, t):
    pdf.set_font("Sans", "", 10)
    pdf.set_text_color(110, 110, 110)
    pdf.set_char_spacing(2.2)
    pdf.cell(0, 6, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_char_spacing(0)


def h_trailingcolon(pdf, look, t):
    pdf.set_font("Sans", "B", 11.5)
    pdf.set_text_color(30, 30, 30)
    pdf.cell(0, 6.5, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def h_underlined(pdf, look, t):
    pdf.set_font("Serif", "U", 12.5)
    pdf.set_text_color(15, 15, 15)
    pdf.cell(pdf.get_string_width(t) + 0.5, 6.5, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def h_roman(pdf, look, t):
    pdf.set_font("Serif", "B", 12)
    pdf.set_text_color(22, 40, 90)
    pdf.cell(0, 6.5, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def h_tintbar(pdf, look, t):
    y = pdf.get_y()
    pdf.set_fill_color(214, 238, 228)
    pdf.rect(pdf.l_margin, y, pdf.w - pdf.l_margin - pdf.r_margin, 7, style="F")
    pdf.set_xy(pdf.l_margin + 2, y + 0.5)
    pdf.set_font("Sans", "B", 10.5)
    pdf.set_text_color(18, 60, 45)
    pdf.cell(0, 6, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_y(y + 7)


def h_largeronly(pdf, look, t):
    pdf.set_font("Sans", "", 16)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(0, 8, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def h_smallcaps(pdf, look, t):
    pdf.set_text_color(130, 25, 30)
    words = t.split(" ")
    for n, w in enumerate(words):
        pdf.set_font("Serif", "", 13.5)
        pdf.cell(pdf.get_string_width(w[0]), 7, w[0])
        pdf.set_font("Serif", "", 10.5)
        rest = w[1:] + (" " if n < len(words) - 1 else "")
        if rest:
            pdf.cell(pdf.get_string_width(rest), 7, rest)
    pdf.ln(7)


def h_darkband(pdf, look, t):
    y = pdf.get_y()
    pdf.set_fill_color(44, 58, 74)
    pdf.rect(pdf.l_margin, y, pdf.w - pdf.l_margin - pdf.r_margin, 7.2, style="F")
    pdf.set_xy(pdf.l_margin + 2.5, y + 0.6)
    pdf.set_font("Sans", "B", 10.5)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(0, 6, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_y(y + 7.2)


def h_fontswitch(pdf, look, t):
    pdf.set_font("Sans", "I", 10)
    pdf.set_text_color(20, 95, 60)
    pdf.cell(0, 5.5, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def h_numbered(pdf, look, t):
    num, rest = t.split(" ", 1)
    pdf.set_font("Sans", "B", 12)
    pdf.set_text_color(220, 110, 20)
    first = num + " "
    pdf.cell(pdf.get_string_width(first), 7, first)
    pdf.set_text_color(20, 20, 20)
    pdf.cell(0, 7, rest, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def h_lowerdot(pdf, look, t):
    pdf.set_font("Sans", "B", 13.5)
    pdf.set_text_color(0, 120, 125)
    pdf.cell(0, 7.5, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def h_sidemark(pdf, look, t):
    y = pdf.get_y()
    pdf.set_fill_color(235, 120, 40)
    pdf.rect(pdf.l_margin, y + 0.6, 1.6, 5.6, style="F")
    pdf.set_xy(pdf.l_margin + 4, y)
    pdf.set_font("Sans", "B", 11.5)
    pdf.set_text_color(35, 35, 35)
    pdf.cell(0, 7, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def h_bolditalic(pdf, look, t):
    pdf.set_font("Serif", "BI", 12.5)
    pdf.set_text_color(60, 30, 80)
    pdf.cell(0, 7, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def h_centered(pdf, look, t):
    y = pdf.get_y()
    pdf.set_font("Sans", "", 10.5)
    pdf.set_text_color(40, 40, 40)
    w = pdf.get_string_width(t)
    cx = pdf.w / 2
    pdf.set_draw_color(150, 150, 150)
    pdf.set_line_width(0.3)
    pdf.line(pdf.l_margin, y + 3.5, cx - w / 2 - 4, y + 3.5)
    pdf.line(cx + w / 2 + 4, y + 3.5, pdf.w - pdf.r_margin, y + 3.5)
    pdf.cell(0, 7, t, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


# --- special layouts -------------------------------------------------------

def pdf_labelcolumn(text):
    look = Look(body="Sans", size=9.3, lh=4.6)
    pdf = Pdf()
    top, secs = split_sections(parse(text))
    default_top(pdf, look, top)
    label_w, gap = 36, 5
    left = pdf.l_margin
    for title, items in secs:
        ensure_room(pdf, 28)
        pdf.ln(2.5)
        y = pdf.get_y()
        pdf.set_draw_color(190, 190, 190)
        pdf.set_line_width(0.2)
        pdf.line(left, y, pdf.w - pdf.r_margin, y)
        pdf.set_xy(left, y + 1.5)
        pdf.set_font("Sans", "B", 9.5)
        pdf.set_text_color(70, 70, 90)
        pdf.cell(label_w, 5, title)
        pdf.set_left_margin(left + label_w + gap)
        pdf.set_xy(left + label_w + gap, y + 5.2)
        body_block(pdf, look, items)
        pdf.set_left_margin(left)
        pdf.set_x(left)
    return pdf


def pdf_rightsidebar(spec):
    look = Look(body="Sans", size=9.3, lh=4.6)
    pdf = Pdf()
    side_x, side_w = 140.0, 52.0

    def hook(p):
        p.set_fill_color(238, 236, 230)
        p.rect(side_x - 3, 0, side_w + 3 + (A4W - side_x - side_w), A4H, style="F")

    pdf.page_hook = hook
    hook(pdf)
    pdf.set_y(18)
    pdf.set_right_margin(A4W - side_x + 6)
    top, _ = split_sections(parse(spec["top"]))
    default_top(pdf, look, top)
    start_y = pdf.get_y() + 2
    # sidebar first
    pdf.set_left_margin(side_x)
    pdf.set_right_margin(A4W - side_x - side_w)
    pdf.set_xy(side_x, 22)
    _, side = split_sections(parse(spec["side"]))
    for i, (title, items) in enumerate(side):
        if i:
            pdf.ln(4)
        pdf.set_font("Sans", "B", 9.5)
        pdf.set_text_color(90, 60, 20)
        pdf.cell(0, 5.5, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(0.8)
        body_block(pdf, Look(body="Sans", size=8.6, lh=4.3), items)
    # main column
    pdf.set_left_margin(18)
    pdf.set_right_margin(A4W - side_x + 6)
    pdf.set_xy(18, start_y)
    _, main = split_sections(parse(spec["main"]))
    for i, (title, items) in enumerate(main):
        if i:
            pdf.ln(4.5)
        pdf.set_font("Sans", "B", 13)
        pdf.set_text_color(30, 30, 30)
        pdf.cell(0, 7, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)
        body_block(pdf, look, items)
    return pdf


def darkband_top(pdf, look, top):
    pdf.set_fill_color(44, 58, 74)
    pdf.rect(0, 0, A4W, 40, style="F")
    pdf.set_xy(18, 10)
    for it in top:
        if it[0] == "@":
            pdf.set_font("Sans", "B", 20)
            pdf.set_text_color(255, 255, 255)
            pdf.cell(0, 9, it[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(0.5)
        else:
            pdf.set_font("Sans", "", 9.5)
            pdf.set_text_color(215, 225, 235)
            pdf.cell(0, 4.8, it[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_y(46)
    pdf.set_text_color(0, 0, 0)


def centered_top(pdf, look, top):
    default_top(pdf, look, top, align="C")


PDF_LAYOUTS = {
    "f00_en_spacedcaps": lambda t: generic_pdf(Look(body="Sans", head=h_spacedcaps, head_gap=5), t),
    "f01_en_trailingcolon": lambda t: generic_pdf(Look(body="Sans", head=h_trailingcolon), t),
    "f02_en_labelcolumn": pdf_labelcolumn,
    "f03_en_underlined": lambda t: generic_pdf(Look(body="Serif", size=9.5, name_font=("Serif", "B", 19), head=h_underlined), t),
    "f04_en_romannumeral": lambda t: generic_pdf(Look(body="Serif", size=9.5, name_font=("Serif", "", 21), head=h_roman), t),
    "f05_en_rightsidebar": pdf_rightsidebar,
    "f06_en_tintbar": lambda t: generic_pdf(Look(body="Sans", head=h_tintbar, after_head=2.2), t),
    "f07_en_largeronly": lambda t: generic_pdf(Look(body="Sans", size=9.5, name_font=("Sans", "", 22), head=h_largeronly), t),
    "f08_de_smallcaps": lambda t: generic_pdf(Look(body="Serif", size=9.5, name_font=("Serif", "B", 20), head=h_smallcaps), t),
    "f09_de_darkband": lambda t: generic_pdf(Look(body="Sans", head=h_darkband, after_head=2.2), t, top_fn=darkband_top),
    "f10_fr_fontswitch": lambda t: generic_pdf(Look(body="Serif", size=10, lh=4.9, name_font=("Serif", "B", 19), head=h_fontswitch), t),
    "f11_fr_numbered": lambda t: generic_pdf(Look(body="Sans", head=h_numbered), t),
    "f12_fr_lowerdot": lambda t: generic_pdf(Look(body="Sans", size=9.3, name_font=("Sans", "B", 21), head=h_lowerdot), t),
    "f13_es_sidemark": lambda t: generic_pdf(Look(body="Sans", head=h_sidemark), t),
    "f14_es_bolditalic": lambda t: generic_pdf(Look(body="Serif", size=9.6, name_font=("Serif", "B", 20), head=h_bolditalic), t),
    "f15_es_centered": lambda t: generic_pdf(Look(body="Sans", head=h_centered), t, top_fn=centered_top),
}


# ---------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------

from docx import Document  # noqa: E402
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt, RGBColor  # noqa: E402


class Box:
    """Adds paragraphs to a document or a table cell (reusing a cell's empty first paragraph)."""

    def __init__(self, target, is_cell=False):
        self.target, self.fresh = target, is_cell

    def para(self, style=None):
        if self.fresh:
            self.fresh = False
            p = self.target.paragraphs[0]
            if style:
                p.style = style
            return p
        return self.target.add_paragraph(style=style)


def new_doc(font="Calibri", size=10.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(2)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2)
        s.top_margin = s.bottom_margin = Cm(1.8)
    return doc


def d_body(box, items, role_style=None, size=None):
    for it in items:
        kind = it[0]
        if kind == "!":
            if role_style:
                box.para(role_style).add_run(it[1])
            else:
                p = box.para()
                p.paragraph_format.space_before = Pt(4)
                r = p.add_run(it[1])
                r.bold = True
                if size:
                    r.font.size = Pt(size)
        elif kind == "~":
            r = box.para().add_run(it[1])
            r.italic = True
            r.font.color.rgb = RGBColor(90, 90, 90)
        elif kind == "*":
            box.para("List Bullet").add_run(it[1])
        elif kind == ">":
            p = box.para()
            p.add_run(it[1] + " ").bold = True
            p.add_run(it[2])
        else:
            box.para().add_run(it[1])


def d_top(box, top, name_style=None, name_size=20):
    for it in top:
        if it[0] == "@":
            if name_style:
                box.para(name_style).add_run(it[1])
            else:
                r = box.para().add_run(it[1])
                r.bold = True
                r.font.size = Pt(name_size)
        else:
            r = box.para().add_run(it[1])
            r.font.color.rgb = RGBColor(80, 80, 80)


def set_border(p, sides, sz=8, color="000000"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in sides:
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "1")
        el.set(qn("w:color"), color)
        bdr.append(el)
    ppr.append(bdr)


def shade_cell(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def no_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblpr.append(b)


def docx_heading1(text):
    doc = new_doc("Calibri", 10.5)
    top, secs = split_sections(parse(text))
    box = Box(doc)
    d_top(box, top)
    for title, items in secs:
        doc.add_paragraph(title, style="Heading 1")
        d_body(box, items)
    return doc


def docx_renamedstyles(text):
    doc = new_doc("Cambria", 10.5)
    doc.styles["Title"].name = "CV Name"
    doc.styles["Heading 1"].name = "Section Head"
    doc.styles["Heading 2"].name = "Job Head"
    doc.styles["Section Head"].font.color.rgb = RGBColor(0x7A, 0x2E, 0x0E)
    doc.styles["Job Head"].font.size = Pt(11)
    top, secs = split_sections(parse(text))
    box = Box(doc)
    d_top(box, top, name_style="CV Name")
    for title, items in secs:
        doc.add_paragraph(title, style="Section Head")
        d_body(box, items, role_style="Job Head")
    return doc


def docx_tablerows(text):
    doc = new_doc("Arial", 10)
    top, secs = split_sections(parse(text))
    d_top(Box(doc), top, name_size=18)
    table = doc.add_table(rows=0, cols=1)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for title, items in secs:
        hc = table.add_row().cells[0]
        shade_cell(hc, "1F3A5F")
        r = hc.paragraphs[0].add_run(title)
        r.bold = True
        r.font.size = Pt(10.5)
        r.font.color.rgb = RGBColor(255, 255, 255)
        bc = table.add_row().cells[0]
        d_body(Box(bc, is_cell=True), items)
    return doc


def docx_boldunderline(text):
    doc = new_doc("Times New Roman", 11)
    top, secs = split_sections(parse(text))
    box = Box(doc)
    d_top(box, top, name_size=18)
    for title, items in secs:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.keep_with_next = True
        r = p.add_run(title)
        r.bold = True
        r.underline = True
        r.font.size = Pt(11)
        d_body(box, items)
    return doc


def docx_labeltable(text):
    doc = new_doc("Calibri", 10)
    top, secs = split_sections(parse(text))
    d_top(Box(doc), top, name_size=19)
    table = doc.add_table(rows=0, cols=2)
    no_borders(table)
    for title, items in secs:
        row = table.add_row()
        row.cells[0].width = Cm(3.6)
        row.cells[1].width = Cm(13.4)
        r = row.cells[0].paragraphs[0].add_run(title)
        r.bold = True
        r.font.size = Pt(10)
        r.font.color.rgb = RGBColor(100, 100, 100)
        d_body(Box(row.cells[1], is_cell=True), items)
    return doc


def docx_smallcaps(text):
    doc = new_doc("Calibri", 10.5)
    top, secs = split_sections(parse(text))
    box = Box(doc)
    d_top(box, top)
    for title, items in secs:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        p.paragraph_format.space_after = Pt(4)
        r = p.add_run(title)
        r.font.small_caps = True
        r.font.size = Pt(13)
        r.font.color.rgb = RGBColor(0x1D, 0x5C, 0x7A)
        d_body(box, items)
    return doc


def docx_colon(text):
    doc = new_doc("Calibri", 10.5)
    top, secs = split_sections(parse(text))
    box = Box(doc)
    d_top(box, top)
    for title, items in secs:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        r = p.add_run(title)
        r.bold = True
        r.font.size = Pt(11)
        r.font.color.rgb = RGBColor(0x8B, 0x1A, 0x1A)
        d_body(box, items)
    return doc


def docx_capsunderline(text):
    doc = new_doc("Calibri", 10.5)
    top, secs = split_sections(parse(text))
    box = Box(doc)
    d_top(box, top)
    for title, items in secs:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        r = p.add_run(title)
        r.font.all_caps = True
        r.underline = True
        r.font.size = Pt(11.5)
        r.font.color.rgb = RGBColor(0x2F, 0x55, 0x2F)
        d_body(box, items)
    return doc


DOCX_LAYOUTS = {
    "f16_en_heading1": docx_heading1,
    "f17_en_renamedstyles": docx_renamedstyles,
    "f18_en_tablerows": docx_tablerows,
    "f19_en_boldunderline": docx_boldunderline,
    "f20_de_labeltable": docx_labeltable,
    "f21_de_smallcapsdocx": docx_smallcaps,
    "f22_fr_colondocx": docx_colon,
    "f23_es_capsunderline": docx_capsunderline,
}

ZIP_DATE = (2026, 1, 1, 0, 0, 0)


def save_docx(doc, path):
    cp = doc.core_properties
    fixed = datetime.datetime(2026, 1, 1, 0, 0, 0)
    cp.author = "blind7"
    cp.last_modified_by = "blind7"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.title = ""
    raw = io.BytesIO()
    doc.save(raw)
    raw.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            zout.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make_blind7.py OUTDIR")
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    for name, fn in PDF_LAYOUTS.items():
        pdf = fn(R[name])
        pdf.output(os.path.join(outdir, name + ".pdf"))
    for name, fn in DOCX_LAYOUTS.items():
        save_docx(fn(R[name]), os.path.join(outdir, name + ".docx"))
    print("wrote", len(PDF_LAYOUTS) + len(DOCX_LAYOUTS), "files to", outdir)


if __name__ == "__main__":
    main()
