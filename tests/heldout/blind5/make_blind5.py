"""make_blind5.py OUTDIR - write the 24 resumes of the blind5 held-out set into OUTDIR.

Everything is literal data below; nothing is random. PDF creation dates, DOCX core properties and
DOCX zip timestamps are fixed, so the output is byte-for-byte reproducible with the same fpdf2 /
python-docx versions.

Only fpdf2, python-docx and the DejaVu fonts are used.
"""

import io
import os
import sys
import zipfile
from datetime import UTC, datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime(2026, 1, 1, tzinfo=UTC)
ZIP_DATE = (2026, 1, 1, 0, 0, 0)


# ---------------------------------------------------------------- item constructors
def P(text):  # regular paragraph
    return ("p", text)


def B(text):  # whole bold line that is NOT a section heading
    return ("b", text)


def M(text):  # meta line (employer, place, dates) - regular weight, grey
    return ("m", text)


def LI(text):  # bullet
    return ("li", text)


def LEAD(label, text):  # bold lead-in followed by regular text on the same line
    return ("lead", label, text)


def H2(text):  # DOCX only: a job title in Word's Heading 2 style (not a section heading)
    return ("h2", text)


GAP = ("gap",)


# ================================================================= the resumes
RESUMES = [
    # ------------------------------------------------------------ f00 nurse
    dict(
        file="f00_en_spacedcaps.pdf", layout="spacedcaps",
        name="Aoife Brennan, RN",
        head=["Registered Nurse · Cardiac and Telemetry Care",
              "Columbus, OH 43215 · (614) 555-0142 · aoife.brennan@example.com"],
        sections=[
            ("PROFILE", [
                P("Registered nurse with nine years on cardiac step-down and telemetry units. Calm under "
                  "pressure, precise with medication administration, and known for teaching new graduates "
                  "how to read a rhythm strip without panicking."),
            ]),
            ("CLINICAL EXPERIENCE", [
                B("Charge Nurse, Cardiac Step-Down Unit"),
                M("Riverside Methodist Hospital, Columbus, OH · March 2019 – present"),
                LI("Coordinate care for a 32-bed unit with 8–10 nurses and 4 patient care technicians per shift."),
                LI("Triage rapid-response calls and act as first responder for telemetry alarms."),
                B("Selected results:"),
                LI("Cut telemetry alarm-fatigue events by 40% by leading a parameter-customisation project "
                   "with the cardiology team."),
                LI("Precepted 14 new-graduate nurses; all passed their 90-day competency review."),
                GAP,
                B("Staff Nurse, Telemetry"),
                M("Mount Carmel East, Columbus, OH · June 2015 – February 2019"),
                LI("Cared for 5–6 telemetry patients per shift, including post-PCI and heart failure admissions."),
                LI("Sat on the unit practice council and rewrote the heparin drip protocol checklist."),
            ]),
            ("EDUCATION", [
                B("Bachelor of Science in Nursing (BSN)"),
                M("The Ohio State University, College of Nursing · 2015"),
                P("Dean's List six semesters; capstone on discharge teaching for heart failure patients."),
            ]),
            ("LICENSES & CERTIFICATIONS", [
                LI("Registered Nurse, Ohio Board of Nursing, license no. RN.412987 (active)"),
                LI("Progressive Care Certified Nurse (PCCN), AACN, 2020"),
                LI("Advanced Cardiovascular Life Support (ACLS), renewed 2025"),
                LI("Basic Life Support (BLS), renewed 2025"),
            ]),
            ("CLINICAL SKILLS", [
                P("12-lead ECG interpretation · Cardiac drips (heparin, amiodarone, diltiazem) · Epic charting · "
                  "Central line care · Patient and family education · Sepsis screening"),
            ]),
            ("VOLUNTEER WORK", [
                B("Free Clinic Nurse Volunteer"),
                M("Columbus Free Clinic · 2017 – present"),
                P("Two Saturdays a month: blood pressure screenings, diabetes teaching and medication "
                  "reconciliation for uninsured patients."),
            ]),
            ("REFERENCES", [
                P("Available on request."),
            ]),
        ],
    ),
    # ------------------------------------------------------------ f01 data engineer
    dict(
        file="f01_en_colour.pdf", layout="colour", colour=(0, 118, 128),
        name="Rahul Menon",
        head=["Data Engineer · Austin, TX"],
        sections=[
            ("About me", [
                P("I build batch and streaming data platforms that analysts actually trust. Six years of Python, "
                  "SQL and Spark; happiest when a flaky pipeline finally becomes boring."),
            ]),
            ("Where I've worked", [
                B("Senior Data Engineer, Northwind Freight"),
                M("Austin, TX · 2021 – present"),
                LI("Own the shipment-events platform: 1.2 billion events a day from Kafka into Delta Lake."),
                LI("Replaced 140 hand-written cron jobs with Airflow DAGs and data contracts."),
                B("Selected results:"),
                LI("Cut the nightly warehouse load from 5 h 40 min to 55 min."),
                LI("Brought data-quality incidents down from about nine a month to one."),
                B("Tools used:"),
                P("Python, PySpark, Kafka, Airflow, dbt, Snowflake, Terraform"),
                GAP,
                B("Data Engineer, Bluebonnet Health"),
                M("Dallas, TX · 2019 – 2021"),
                LI("Built HIPAA-compliant ingestion for claims files from more than 30 payers."),
                LI("Wrote the team's first test suite for SQL transformations (pytest and dbt tests)."),
            ]),
            ("What I've built", [
                B("tidewater (open source)"),
                P("A small library for schema-drift detection on Parquet files; 600+ GitHub stars and used in "
                  "production at three companies."),
                B("Freight ETA feature store"),
                P("Designed the offline/online feature store behind the ETA model, with a p95 lookup latency "
                  "of 8 ms."),
            ]),
            ("Toolbox", [
                LEAD("Languages:", "Python, SQL, Scala (reading), Bash"),
                LEAD("Data:", "Spark, Kafka, Flink, dbt, Airflow, Dagster"),
                LEAD("Cloud:", "AWS (S3, EMR, Glue, MSK), Snowflake, Terraform"),
            ]),
            ("Education", [
                B("B.S. Computer Science"),
                M("University of Texas at Dallas · 2019"),
            ]),
            ("Talks & writing", [
                LI("“Data contracts without the hype”, PyData Austin, 2024"),
                LI("“Backfills are a product feature”, Northwind engineering blog, 2023"),
            ]),
            ("Let's talk", [
                P("rahul.menon@example.com · +1 (512) 555-0187"),
                P("linkedin.com/in/rahul-menon-data · github.com/rmenon-data"),
            ]),
        ],
    ),
    # ------------------------------------------------------------ f02 accountant
    dict(
        file="f02_en_numbered.pdf", layout="numbered",
        name="Catherine Okafor, CPA",
        head=["Senior Accountant",
              "Charlotte, NC · (704) 555-0119 · c.okafor@example.com"],
        sections=[
            ("1. Summary", [
                P("CPA with eight years in corporate accounting and audit. Month-end close, consolidations and "
                  "SOX controls for mid-size manufacturers; comfortable explaining variances to people who do "
                  "not like spreadsheets."),
            ]),
            ("2. Professional Experience", [
                B("Senior Accountant"),
                M("Carolina Fasteners Inc., Charlotte, NC · 2020 – present"),
                B("Key responsibilities:"),
                LI("Lead the monthly close for three legal entities, including consolidation and intercompany "
                   "eliminations."),
                LI("Own the fixed-asset register and lease accounting under ASC 842."),
                B("Selected results:"),
                LI("Shortened the close from 9 to 5 working days by automating accrual reconciliations."),
                LI("Zero material weaknesses in three consecutive external audits."),
                GAP,
                B("Audit Associate, later Audit Senior"),
                M("Dixon Hughes Goodman LLP, Charlotte, NC · 2016 – 2020"),
                LI("Planned and ran audits for manufacturing and distribution clients with revenue of "
                   "$20M–$400M."),
                LI("Supervised field teams of up to four associates."),
            ]),
            ("3. Education", [
                B("Master of Accountancy (MAcc)"),
                M("University of North Carolina at Charlotte · 2016"),
                B("B.S. Business Administration, Accounting"),
                M("Appalachian State University · 2015"),
            ]),
            ("4. Certifications", [
                LI("Certified Public Accountant, North Carolina, 2017"),
                LI("Certified Management Accountant (CMA), 2021"),
            ]),
            ("5. Technical Skills", [
                P("NetSuite, SAP S/4HANA (FI/CO), BlackLine, Excel (Power Query, pivot models), Power BI, "
                  "Alteryx"),
            ]),
            ("6. Languages", [
                P("English (native), Igbo (conversational), Spanish (basic)"),
            ]),
            ("7. Professional Memberships", [
                P("AICPA · North Carolina Association of CPAs, Charlotte chapter treasurer 2023–2024"),
            ]),
        ],
    ),
    # ------------------------------------------------------------ f03 product designer
    dict(
        file="f03_en_margincol.pdf", layout="margincol", colour=(70, 70, 110),
        name="Lena Kowalczyk",
        head=["Product Designer · Chicago, IL",
              "lena@kowalczyk.design · kowalczyk.design · (312) 555-0176"],
        sections=[
            ("Hello", [
                P("I design tools for people who use software all day: dispatchers, clinicians, warehouse "
                  "leads. Ten years across research, interaction design and design systems."),
            ]),
            ("Experience", [
                B("Lead Product Designer"),
                M("Routewise · Chicago · 2021 – present"),
                LI("Lead a team of four designers on the dispatch console used by 3,000 dispatchers."),
                LI("Built the Routewise design system (180 components in Figma and React)."),
                B("Selected results:"),
                LI("Time to re-route a truck fell from four minutes to under one."),
                LI("Support tickets about the console dropped 35% after the redesign."),
                GAP,
                B("Senior UX Designer"),
                M("Epic Systems · Verona, WI · 2016 – 2021"),
                LI("Designed nurse-facing medication administration screens used in 200+ hospitals."),
                LI("Ran more than 60 contextual inquiry sessions on hospital floors."),
            ]),
            ("Selected work", [
                B("Dispatch Console 3.0"),
                P("Full redesign of a real-time map and queue view; case study at kowalczyk.design/dispatch."),
                B("Barcode MAR"),
                P("A medication administration flow that halved scanning overrides."),
            ]),
            ("Education", [
                B("BFA, Visual Communication Design"),
                M("School of the Art Institute of Chicago · 2015"),
            ]),
            ("Skills & tools", [
                P("Figma, Framer, Maze, Dovetail, HTML/CSS, basic React, usability testing, service "
                  "blueprints, accessibility (WCAG 2.2)"),
            ]),
            ("Recognition", [
                LI("Core77 Design Awards, Interaction, Notable, 2023"),
                LI("Routewise Builder of the Year, 2022"),
            ]),
            ("Beyond the desk", [
                P("Risograph printing, long-distance cycling (Chicago to Milwaukee, twice) and a free Figma "
                  "class at the Harold Washington Library."),
            ]),
        ],
    ),
    # ------------------------------------------------------------ f04 chef
    dict(
        file="f04_en_twocol.pdf", layout="twocol", side="left", colour=(150, 60, 20),
        name="Marco DeLuca",
        head=["Executive Chef"],
        sidebar=[
            ("Reach me", [
                P("Portland, ME"),
                P("(207) 555-0163"),
                P("marco.deluca@example.com"),
                P("Instagram: @chefmarcodeluca"),
            ]),
            ("Kitchen skills", [
                LI("Menu development and costing"),
                LI("Whole-animal butchery"),
                LI("Fresh pasta and bread"),
                LI("Fermentation"),
                LI("Hiring and training brigades"),
                LI("Food cost control (26–28%)"),
            ]),
            ("Languages", [
                P("English, Italian (fluent), Spanish (kitchen)"),
            ]),
            ("Food safety", [
                P("ServSafe Food Protection Manager, 2024"),
                P("Allergen Awareness, 2024"),
            ]),
        ],
        sections=[
            ("Profile", [
                P("Chef with 15 years in Italian and New England kitchens. I run calm, clean lines, write "
                  "seasonal menus around small farms, and keep food cost where the owners want it."),
            ]),
            ("Kitchens I've run", [
                B("Executive Chef, Harbor & Vine"),
                M("Portland, ME · 2019 – present"),
                LI("Run a 90-cover restaurant and a 40-seat private dining room; team of 18."),
                LI("Rewrote the menu four times a year around twelve local farms and day-boat fish."),
                B("Selected results:"),
                LI("Food cost down from 33% to 27% in the first year."),
                LI("Kitchen staff turnover halved; two sous chefs promoted to head chef elsewhere."),
                GAP,
                B("Chef de Cuisine, Osteria Lupa"),
                M("Boston, MA · 2014 – 2019"),
                LI("Ran the pasta programme: eight fresh shapes a day, made in house."),
                LI("Opened the second location in Cambridge in 2017."),
            ]),
            ("Training", [
                B("A.O.S. Culinary Arts"),
                M("The Culinary Institute of America, Hyde Park, NY · 2010"),
                P("Six-month stage at a Michelin-starred trattoria in Rome."),
            ]),
            ("Awards & press", [
                LI("James Beard Award semifinalist, Best Chef: Northeast, 2024"),
                LI("Portland Press Herald, four stars, 2021"),
            ]),
        ],
    ),
    # ------------------------------------------------------------ f05 welder
    dict(
        file="f05_en_colon.pdf", layout="colon",
        name="Dale Hutchins",
        head=["Certified Structural & Pipe Welder",
              "Baton Rouge, LA · (225) 555-0134 · dale.hutchins@example.com"],
        sections=[
            ("Summary:", [
                P("Combination welder with 12 years in structural steel, petrochemical piping and shop "
                  "fabrication. AWS D1.1 and ASME IX certified. Clean X-ray record and a stickler for fit-up."),
            ]),
            ("Work History:", [
                B("Pipe Welder, Turner Industries"),
                M("Geismar, LA · 2018 – present"),
                LI("Weld carbon and stainless process piping (2 to 24 inch) in refinery turnarounds, GTAW root "
                   "with SMAW fill and cap."),
                LI("Read isometrics and P&IDs; fit up spools with the fitter crew."),
                B("Processes used:"),
                P("GTAW, SMAW, FCAW; 6G position on carbon steel and 304/316 stainless"),
                B("Selected results:"),
                LI("98.6% X-ray pass rate over 1,900 welds in 2023."),
                LI("Zero recordable injuries in seven years."),
                GAP,
                B("Structural Welder, Gulf Coast Fabricators"),
                M("Port Allen, LA · 2013 – 2018"),
                LI("Welded beams, columns and platform modules to AWS D1.1 in the shop and in the field."),
                LI("Trained four helpers to pass their 3G/4G plate tests."),
            ]),
            ("Certifications:", [
                LI("AWS D1.1 Structural, 3G/4G FCAW and SMAW"),
                LI("ASME Section IX, 6G GTAW/SMAW carbon and stainless"),
                LI("TWIC card · OSHA 30 Construction · NCCER Welding Level 4"),
            ]),
            ("Skills:", [
                P("Blueprint and isometric reading · Rigging signals · Plasma and oxy-fuel cutting · Grinding "
                  "and beveling · Orbital welding basics"),
            ]),
            ("Training:", [
                B("Welding Technology Diploma"),
                M("Baton Rouge Community College · 2012"),
            ]),
            ("References:", [
                P("Mike Arceneaux, General Foreman, Turner Industries · (225) 555-0190"),
                P("Tanya Broussard, QA/QC Inspector · (225) 555-0151"),
            ]),
        ],
    ),
    # ------------------------------------------------------------ f06 lawyer
    dict(
        file="f06_en_smallcaps.pdf", layout="smallcaps", serif=True,
        name="Jonathan A. Whitfield",
        head=["Attorney at Law",
              "1200 K Street NW, Washington, DC 20005 · (202) 555-0128 · jwhitfield@example.com"],
        sections=[
            ("PRACTICE SUMMARY", [
                P("Commercial litigator with eleven years of trial and appellate experience in contract, "
                  "trade-secret and False Claims Act disputes. First-chaired four federal jury trials."),
            ]),
            ("BAR ADMISSIONS", [
                P("District of Columbia, 2014 · New York, 2013 · U.S. Court of Appeals for the Fourth "
                  "Circuit · U.S. District Court for the District of Columbia"),
            ]),
            ("LEGAL EXPERIENCE", [
                B("Partner, Commercial Litigation"),
                M("Hale Brennan LLP, Washington, DC · 2022 – present"),
                LI("Lead trial teams of up to nine lawyers in federal and state court."),
                LI("Advise government contractors on False Claims Act investigations."),
                B("Representative matters:"),
                LI("Won a defense verdict for a defense contractor in a $310M breach-of-contract claim (E.D. Va. "
                   "2023)."),
                LI("Obtained dismissal of a qui tam action on public-disclosure grounds, affirmed by the "
                   "Fourth Circuit (2024)."),
                GAP,
                B("Associate"),
                M("Hale Brennan LLP, Washington, DC · 2015 – 2021"),
                LI("Drafted dispositive motions and appellate briefs; took and defended over 80 depositions."),
                B("Judicial Law Clerk"),
                M("Hon. Margaret R. Ellis, U.S. District Court for the District of Maryland · 2013 – 2014"),
            ]),
            ("EDUCATION", [
                B("Juris Doctor, cum laude"),
                M("Georgetown University Law Center · 2013"),
                P("Notes Editor, Georgetown Law Journal"),
                B("B.A. History, with distinction"),
                M("University of Virginia · 2010"),
            ]),
            ("PUBLICATIONS", [
                LI("“Public Disclosure After Escobar”, 52 Public Contract Law Journal 211 (2023)"),
                LI("“Trade Secrets and the Departing Engineer”, Litigation Magazine, Spring 2020"),
            ]),
            ("PRO BONO", [
                P("Represented eleven asylum seekers before the Arlington Immigration Court through the "
                  "Capital Area Immigrants' Rights Coalition; nine grants of relief."),
            ]),
            ("LANGUAGES", [
                P("English (native), French (professional working proficiency)"),
            ]),
            ("PROFESSIONAL AFFILIATIONS", [
                P("American Bar Association, Section of Litigation · D.C. Bar · Edward Bennett Williams Inn "
                  "of Court"),
            ]),
        ],
    ),
    # ------------------------------------------------------------ f07 logistics
    dict(
        file="f07_en_shaded.pdf", layout="shaded", colour=(31, 58, 96),
        name="Samantha Reyes",
        head=["Logistics Coordinator",
              "Memphis, TN · (901) 555-0147 · sam.reyes@example.com · linkedin.com/in/samreyes-logistics"],
        sections=[
            ("Career Snapshot", [
                P("Logistics coordinator with nine years in cold-chain distribution and trucking dispatch. I "
                  "keep 60 inbound appointments a day on time and make carriers want to come back."),
            ]),
            ("Employment", [
                B("Logistics Coordinator, Inbound"),
                M("Delta Cold Chain Distribution, Memphis, TN · 2020 – present"),
                LI("Schedule 50–70 inbound loads a day across 24 dock doors for a 400,000 sq ft cold store."),
                LI("Audit carrier invoices and settle detention and lumper disputes."),
                B("Selected results:"),
                LI("On-time dock appointments up from 81% to 96% after a slotting rework."),
                LI("Recovered $212,000 in overbilled accessorial charges in 2024."),
                GAP,
                B("Dispatcher"),
                M("Mid-South Trucking Co., Memphis, TN · 2016 – 2020"),
                LI("Dispatched a fleet of 45 reefer trucks across the Southeast."),
                LI("Planned routes around hours-of-service rules and customer windows."),
            ]),
            ("Core Competencies", [
                P("Carrier scheduling · Dock appointment management · Cold chain compliance · Freight audit · "
                  "Cross-docking · Incident reporting"),
            ]),
            ("Systems", [
                LEAD("WMS/TMS:", "Manhattan SCALE, Oracle OTM, Blue Yonder"),
                LEAD("Office:", "Excel (VLOOKUP, pivots), Smartsheet, Power BI"),
            ]),
            ("Education & Training", [
                B("A.A.S. Logistics and Supply Chain Management"),
                M("Southwest Tennessee Community College · 2016"),
            ]),
            ("Credentials", [
                LI("APICS Certified in Logistics, Transportation and Distribution (CLTD), 2022"),
                LI("OSHA 10 General Industry"),
                LI("Forklift operator certification (sit-down and reach truck)"),
            ]),
            ("Interests", [
                P("Coaching youth soccer, smoking brisket, restoring a 1978 Ford F-100."),
            ]),
        ],
    ),
    # ------------------------------------------------------------ f08 researcher
    dict(
        file="f08_en_underline.pdf", layout="underline", serif=True,
        name="Dr. Priya Raghunathan",
        head=["Postdoctoral Researcher, Marine Ecology",
              "Scripps Institution of Oceanography, UC San Diego · praghunathan@example.edu",
              "ORCID 0000-0002-1825-0097"],
        sections=[
            ("Research Profile", [
                P("Marine ecologist studying why some kelp forests recover from urchin barrens and others do "
                  "not. I combine long-term dive surveys, drone photogrammetry and Bayesian models."),
            ]),
            ("Appointments", [
                B("Postdoctoral Research Fellow"),
                M("Scripps Institution of Oceanography, UC San Diego · 2022 – present"),
                P("Kelp forest resilience along the Baja California and Southern California coast; lead a "
                  "team of six scientific divers."),
                B("Graduate Research Assistant"),
                M("Oregon State University, Department of Integrative Biology · 2016 – 2022"),
            ]),
            ("Education", [
                B("Ph.D. Integrative Biology"),
                M("Oregon State University · 2022"),
                P("Dissertation: “Urchin barrens and the limits of recovery on temperate reefs”"),
                B("B.Sc. Zoology"),
                M("University of Madras · 2015"),
            ]),
            ("Publications", [
                B("Journal articles"),
                LI("Raghunathan P., Ortiz L. & Campbell J. (2025) Predator return and barren persistence in "
                   "southern kelp forests. Ecology 106: e4471."),
                LI("Raghunathan P. & Nguyen T. (2023) Drone photogrammetry of canopy kelp. Methods in Ecology "
                   "and Evolution 14: 1820–1833."),
                LI("Raghunathan P. (2021) Hysteresis in urchin barrens. Marine Ecology Progress Series 672: 1–15."),
                B("Conference talks"),
                LI("Western Society of Naturalists, Monterey, 2024"),
                LI("Benthic Ecology Meeting, Miami, 2023"),
            ]),
            ("Grants & Fellowships", [
                LI("NSF Postdoctoral Research Fellowship in Biology, 2022–2025 ($207,000)"),
                LI("Mamie Markham Research Award, Hatfield Marine Science Center, 2019"),
            ]),
            ("Teaching", [
                B("Instructor of Record, BI 351 Marine Biology"),
                M("Oregon State University · Summer 2020 and 2021"),
                P("Designed and taught a five-week field course for 28 undergraduates."),
            ]),
            ("Skills & Methods", [
                P("Scientific diving (AAUS, 300+ logged dives), R (tidyverse, lme4, brms), drone "
                  "photogrammetry, stable isotope analysis, QGIS"),
            ]),
            ("Public Outreach", [
                P("Monthly “Ask a Scientist” sessions at a public aquarium; mentor in a summer undergraduate "
                  "research programme."),
            ]),
            ("Referees", [
                P("Prof. Laura Ortiz, Scripps Institution of Oceanography · lortiz@example.edu"),
                P("Prof. James Campbell, Oregon State University · jcampbell@example.edu"),
            ]),
        ],
    ),
    # ------------------------------------------------------------ f09 teacher (DOCX, Word styles)
    dict(
        file="f09_en_wordstyles.docx", layout="wordstyles",
        name="Emily Carter",
        head=["High School Science Teacher",
              "Madison, WI · (608) 555-0172 · emily.carter@example.com"],
        sections=[
            ("Teaching Philosophy", [
                P("Students learn chemistry by doing it. My classes run on short labs, low-stakes quizzes and "
                  "a lot of questions I do not answer right away."),
            ]),
            ("Teaching Experience", [
                H2("Chemistry and Physical Science Teacher"),
                M("Madison West High School, Madison, WI · 2017 – present"),
                LI("Teach five sections of Chemistry and AP Chemistry, about 140 students a year."),
                LI("Co-wrote the district's NGSS-aligned chemistry units."),
                B("Selected results:"),
                LI("AP Chemistry pass rate rose from 58% to 81% over four years."),
                LI("Grew the Science Olympiad team from 6 to 30 students."),
                H2("Student Teacher, Biology"),
                M("Verona Area High School, Verona, WI · Spring 2017"),
                LI("Planned and taught a ten-week genetics unit under a cooperating teacher."),
            ]),
            ("Education", [
                B("M.S. Curriculum and Instruction"),
                M("University of Wisconsin–Madison · 2017"),
                B("B.S. Chemistry, minor in Education"),
                M("University of Minnesota · 2015"),
            ]),
            ("Licensure", [
                LI("Wisconsin Tier II Professional Educator License, Chemistry and Broad Field Science"),
                LI("Adult and Pediatric First Aid/CPR/AED, 2025"),
            ]),
            ("Classroom Skills", [
                P("Inquiry-based lab design · Differentiated instruction · Google Classroom and Canvas · "
                  "Vernier probeware · Standards-based grading · IEP and 504 accommodations"),
            ]),
            ("Community Involvement", [
                P("Volunteer judge at the Wisconsin Science Olympiad state tournament; Saturday tutor at the "
                  "Goodman Community Center."),
            ]),
            ("References", [
                P("Dr. Susan Keller, Principal, Madison West High School · (608) 555-0100"),
                P("Mark Olsen, Science Department Chair · (608) 555-0104"),
            ]),
        ],
    ),
    # ------------------------------------------------------------ f10 electrician (DOCX, bold paragraphs)
    dict(
        file="f10_en_boldpara.docx", layout="boldpara", heading_caps=False,
        name="Tomás Alvarez",
        head=["Journeyman Electrician",
              "Phoenix, AZ · (602) 555-0158 · tomas.alvarez@example.com"],
        sections=[
            ("Summary", [
                P("Licensed journeyman electrician with ten years in commercial tenant improvements, "
                  "industrial controls and service calls. I pull clean wire, label everything and pass "
                  "inspections the first time."),
            ]),
            ("Work Experience", [
                B("Journeyman Electrician"),
                M("Bright Line Electric, Phoenix, AZ · 2019 – present"),
                LI("Lead a crew of three on tenant improvements of 5,000–40,000 sq ft."),
                LI("Install and terminate 480/277 V distribution, lighting controls and fire alarm tie-ins."),
                B("Selected results:"),
                LI("Passed 47 of 48 city inspections first time over the last three years."),
                LI("Finished a 32,000 sq ft medical office two weeks ahead of schedule."),
                B("Tools used:"),
                P("Fluke 87V and 1587 insulation tester, Greenlee benders, Milwaukee cable tuggers, Bluebeam"),
                GAP,
                B("Apprentice Electrician"),
                M("Sun Valley Electrical Contractors, Mesa, AZ · 2015 – 2019"),
                LI("Conduit runs, panel builds and motor control work on industrial sites."),
            ]),
            ("Apprenticeship & Education", [
                B("IEC Arizona Electrical Apprenticeship (4 years, 8,000 hours)"),
                M("Completed 2019"),
                B("High School Diploma"),
                M("Carl Hayden High School, Phoenix · 2014"),
            ]),
            ("Licenses", [
                LI("Journeyman Electrician License, City of Phoenix, 2019"),
                LI("NFPA 70E Arc Flash Safety, 2024"),
                LI("OSHA 30 Construction"),
            ]),
            ("Skills", [
                P("NEC 2023 · Blueprint reading · PLC basics (Allen-Bradley) · VFD installation · "
                  "Troubleshooting · Bilingual English/Spanish crew lead"),
            ]),
            ("Reach out", [
                P("Text or call (602) 555-0158, or write to tomas.alvarez@example.com."),
            ]),
        ],
    ),
    # ------------------------------------------------------------ f11 pharmacist (DOCX, table layout)
    dict(
        file="f11_en_tablecell.docx", layout="tablecell",
        name="Dr. Hannah Lindqvist, PharmD",
        head=["Clinical Pharmacist, Oncology"],
        sections=[
            ("Contact", [
                P("Minneapolis, MN"),
                P("(612) 555-0193 · hannah.lindqvist@example.com"),
            ]),
            ("Profile", [
                P("Board-certified oncology pharmacist with seven years in inpatient and infusion-centre "
                  "practice. I verify chemotherapy, run pharmacokinetic dosing and teach residents."),
            ]),
            ("Practice Experience", [
                B("Clinical Pharmacist, Oncology"),
                M("M Health Fairview Masonic Cancer Clinic, Minneapolis · 2020 – present"),
                LI("Verify and dual-check 60–80 chemotherapy orders a day."),
                LI("Round daily with the hematology/BMT team."),
                B("Selected results:"),
                LI("Built a dose-rounding protocol that saves about $480,000 a year in drug waste."),
                GAP,
                B("PGY-2 Oncology Pharmacy Resident"),
                M("Mayo Clinic, Rochester, MN · 2019 – 2020"),
                B("PGY-1 Pharmacy Resident"),
                M("Mayo Clinic, Rochester, MN · 2018 – 2019"),
            ]),
            ("Education", [
                B("Doctor of Pharmacy (PharmD)"),
                M("University of Minnesota College of Pharmacy · 2018"),
            ]),
            ("Licenses & Board Certification", [
                LI("Registered Pharmacist, Minnesota Board of Pharmacy"),
                LI("Board Certified Oncology Pharmacist (BCOP), 2021"),
            ]),
            ("Core Skills", [
                P("Chemotherapy verification · Pharmacokinetics (vancomycin, aminoglycosides) · Epic Willow "
                  "and Beacon · Antiemetic protocols · Resident precepting"),
            ]),
            ("Languages", [
                P("English (native), Swedish (fluent)"),
            ]),
            ("Publications", [
                LI("Lindqvist H. et al. Dose rounding of monoclonal antibodies in a community infusion "
                   "centre. J Oncol Pharm Pract. 2023;29(4):812–818."),
            ]),
        ],
    ),
    # ------------------------------------------------------------ f12 Mechatroniker
    dict(
        file="f12_de_margincol.pdf", layout="margincol", colour=(20, 90, 60),
        name="Jonas Weber",
        head=["Mechatroniker für Industrieanlagen",
              "Lindenstraße 14 · 70173 Stuttgart · 0711 555 2847 · jonas.weber@example.de"],
        sections=[
            ("Profil", [
                P("Mechatroniker mit acht Jahren Erfahrung in Instandhaltung und Inbetriebnahme von "
                  "Fertigungsanlagen in der Automobilzulieferung. Schwerpunkt SPS-Programmierung und "
                  "Fehlersuche unter Zeitdruck."),
            ]),
            ("Mein Werdegang", [
                B("Servicetechniker Inbetriebnahme"),
                M("Dürr Systems AG, Bietigheim-Bissingen · 04/2020 – heute"),
                B("Aufgaben:"),
                LI("Inbetriebnahme von Lackieranlagen bei Kunden in Deutschland, Polen und Mexiko"),
                LI("Anpassung von SPS-Programmen (Siemens S7-1500, TIA Portal)"),
                B("Erfolge:"),
                LI("Inbetriebnahmezeit einer Trocknerlinie um zwölf Tage verkürzt"),
                GAP,
                B("Mechatroniker Instandhaltung"),
                M("Mahle GmbH, Stuttgart · 09/2016 – 03/2020"),
                LI("Störungsbeseitigung an Bearbeitungszentren und Montagelinien im Dreischichtbetrieb"),
                LI("Vorbeugende Wartung nach SAP-PM-Plänen"),
            ]),
            ("Ausbildung", [
                B("Ausbildung zum Mechatroniker (IHK)"),
                M("Robert Bosch GmbH, Stuttgart-Feuerbach · 2013 – 2016 · Abschlussnote 1,7"),
                B("Mittlere Reife"),
                M("Realschule Zuffenhausen · 2013"),
            ]),
            ("Weiterbildungen", [
                LI("Staatlich geprüfter Techniker Elektrotechnik (berufsbegleitend, Abschluss 2026)"),
                LI("Siemens SITRAIN TIA-SYSTEM1, 2021"),
                LI("Elektrofachkraft für festgelegte Tätigkeiten"),
            ]),
            ("Kenntnisse", [
                LEAD("Steuerungstechnik:", "Siemens S7-1500, TIA Portal V18, WinCC"),
                LEAD("Robotik:", "KUKA KRC4, ABB IRC5 (Grundlagen)"),
                LEAD("Sonstiges:", "Pneumatik, Hydraulik, SAP PM, Führerschein Klasse B"),
            ]),
            ("Sprachen", [
                P("Deutsch (Muttersprache), Englisch (B2), Spanisch (A2)"),
            ]),
            ("Hobbys", [
                P("Bergsteigen, Reparaturcafé Stuttgart-West, 3D-Druck"),
            ]),
        ],
    ),
    # ------------------------------------------------------------ f13 Bilanzbuchhalterin
    dict(
        file="f13_de_numbered.pdf", layout="numbered",
        name="Sabine Hoffmann",
        head=["Bilanzbuchhalterin (IHK)"],
        sections=[
            ("1. Persönliche Daten", [
                P("Anschrift: Goethestraße 8, 04109 Leipzig"),
                P("Telefon: 0341 555 1932"),
                P("E-Mail: sabine.hoffmann@example.de"),
                P("Geburtsjahr: 1984"),
            ]),
            ("2. Berufserfahrung", [
                B("Bilanzbuchhalterin"),
                M("Mitteldeutsche Logistik GmbH, Leipzig · seit 01/2018"),
                B("Schwerpunkte:"),
                LI("Monats-, Quartals- und Jahresabschlüsse nach HGB"),
                LI("Konzernmeldungen nach IFRS an die Muttergesellschaft"),
                LI("Ansprechpartnerin für Wirtschaftsprüfer und Finanzamt"),
                B("Erfolge:"),
                LI("Jahresabschluss um drei Wochen beschleunigt"),
                LI("DATEV Unternehmen online für vier Gesellschaften eingeführt"),
                GAP,
                B("Finanzbuchhalterin"),
                M("Stadtwerke Halle GmbH · 08/2010 – 12/2017"),
                LI("Kreditoren- und Debitorenbuchhaltung, Zahlungsverkehr, Mahnwesen"),
                LI("Vorbereitung der Umsatzsteuervoranmeldungen"),
            ]),
            ("3. Ausbildung", [
                B("Geprüfte Bilanzbuchhalterin (IHK)"),
                M("IHK zu Leipzig · 2016"),
                B("Kauffrau für Bürokommunikation"),
                M("Sparkasse Leipzig · 2003 – 2006"),
            ]),
            ("4. Fortbildungen", [
                LI("IFRS-Grundlagen, Haufe Akademie, 2019"),
                LI("E-Bilanz und Steuerrecht aktuell, jährlich seit 2017"),
            ]),
            ("5. EDV-Kenntnisse", [
                P("DATEV, SAP FI/CO, MS Excel (sehr gut), Power BI (Grundkenntnisse)"),
            ]),
            ("6. Sprachkenntnisse", [
                P("Deutsch (Muttersprache), Englisch (gut), Russisch (Grundkenntnisse)"),
            ]),
            ("7. Ehrenamt", [
                P("Kassenprüferin im Sportverein SV Lindenau 1848 e. V. seit 2015"),
                GAP,
                P("Leipzig, im Januar 2026"),
            ]),
        ],
    ),
    # ------------------------------------------------------------ f14 Softwareentwicklerin
    dict(
        file="f14_de_twocol.pdf", layout="twocol", side="right", colour=(40, 70, 140),
        name="Mia Schröder",
        head=["Full-Stack-Entwicklerin"],
        sidebar=[
            ("Kontakt", [
                P("Hamburg"),
                P("+49 40 555 61 72"),
                P("mia.schroeder@example.de"),
                P("github.com/miaschroeder"),
            ]),
            ("Tech-Stack", [
                LI("TypeScript, React, Next.js"),
                LI("Kotlin, Spring Boot"),
                LI("PostgreSQL, Redis"),
                LI("Docker, Kubernetes, GitLab CI"),
                LI("AWS (ECS, Lambda)"),
            ]),
            ("Sprachen", [
                P("Deutsch – Muttersprache"),
                P("Englisch – verhandlungssicher"),
                P("Französisch – B1"),
            ]),
            ("Interessen", [
                P("Segeln auf der Alster, Hackathons, Kochen für Freunde"),
            ]),
        ],
        sections=[
            ("Über mich", [
                P("Full-Stack-Entwicklerin mit sieben Jahren Erfahrung im E-Commerce. Ich baue robuste "
                  "Backends in Kotlin und zugängliche Oberflächen in React und mag Code-Reviews, die "
                  "etwas beibringen."),
            ]),
            ("Berufserfahrung", [
                B("Senior Softwareentwicklerin"),
                M("Otto Group, Hamburg · 2021 – heute"),
                LI("Verantwortlich für den Checkout-Service mit 25.000 Bestellungen pro Stunde zu Spitzenzeiten"),
                LI("Migration von einem Monolithen zu sechs Services ohne Ausfallzeit"),
                B("Eingesetzte Technologien:"),
                P("Kotlin, Spring Boot, React, Kafka, AWS"),
                GAP,
                B("Softwareentwicklerin"),
                M("New Work SE, Hamburg · 2018 – 2021"),
                LI("Entwicklung der Jobsuche-Oberfläche in React und TypeScript"),
                LI("Einführung von End-to-End-Tests mit Playwright"),
            ]),
            ("Projekte", [
                B("Barrierefreiheits-Checker"),
                P("Browser-Erweiterung, die Formulare nach WCAG 2.2 prüft; 4.000 aktive Nutzer."),
                B("Open-Source-Beiträge"),
                P("Regelmäßige Beiträge zu ktlint und zu einer Hamburger ÖPNV-App."),
            ]),
            ("Studium", [
                B("B.Sc. Informatik"),
                M("Universität Hamburg · 2018"),
                P("Bachelorarbeit: Barrierefreie Formulare in Single-Page-Anwendungen (Note 1,3)"),
            ]),
        ],
    ),
    # ------------------------------------------------------------ f15 Lehrer (DOCX, Word styles)
    dict(
        file="f15_de_wordstyles.docx", layout="wordstyles",
        name="Thomas Berger",
        head=["Studienrat für Mathematik und Physik",
              "Am Markt 3 · 79098 Freiburg im Breisgau · 0761 555 3048 · thomas.berger@example.de"],
        sections=[
            ("Kurzprofil", [
                P("Gymnasiallehrer mit neun Jahren Unterrichtserfahrung in Mathematik und Physik in der "
                  "Sekundarstufe I und II. Schwerpunkte: digitale Medien, Begabtenförderung und "
                  "Abiturvorbereitung."),
            ]),
            ("Schuldienst", [
                B("Studienrat"),
                M("Staudinger-Gesamtschule Freiburg · seit 09/2017"),
                LI("Unterricht in Mathematik (Leistungsfach) und Physik, Klassen 7 bis 13"),
                LI("Klassenlehrer einer 9. Klasse mit 28 Schülerinnen und Schülern"),
                B("Besondere Aufgaben:"),
                LI("Fachschaftsleitung Physik seit 2021"),
                LI("Betreuung der Mathematik-Olympiade und des Schülerlabors"),
                GAP,
                B("Lehrer im Vorbereitungsdienst"),
                M("Kepler-Gymnasium Freiburg · 01/2016 – 07/2017"),
            ]),
            ("Studium und Referendariat", [
                B("Zweites Staatsexamen für das Lehramt an Gymnasien"),
                M("Seminar für Ausbildung und Fortbildung der Lehrkräfte Freiburg · 2017"),
                B("Erstes Staatsexamen Mathematik und Physik"),
                M("Albert-Ludwigs-Universität Freiburg · 2015"),
            ]),
            ("Zusatzqualifikationen", [
                LI("Medienpädagogische Beratung (LMZ Baden-Württemberg), 2020"),
                LI("Strahlenschutzbeauftragter für Schulen, 2019"),
            ]),
            ("Kompetenzen", [
                P("GeoGebra, Python im Unterricht, Moodle, Experimentalphysik, Differenzierung im "
                  "heterogenen Klassenzimmer"),
            ]),
            ("Engagement", [
                P("Trainer der C-Jugend beim FC Freiburg-St. Georgen; Mitglied im Personalrat der Schule."),
            ]),
            ("Referenzen", [
                P("OStD Dr. Andrea Vogt, Schulleiterin, Staudinger-Gesamtschule Freiburg"),
                P("StD Martin Kunz, Fachleiter Physik, Seminar Freiburg"),
            ]),
        ],
    ),
    # ------------------------------------------------------------ f16 ingénieure qualité
    dict(
        file="f16_fr_colour.pdf", layout="colour", colour=(140, 30, 60),
        name="Claire Martin",
        head=["Ingénieure qualité – agroalimentaire · Lyon"],
        sections=[
            ("Profil", [
                P("Ingénieure qualité avec neuf ans d'expérience dans les produits laitiers et les légumes "
                  "transformés. J'aime les audits bien préparés et les plans d'action qui tiennent dans la "
                  "durée."),
            ]),
            ("Parcours", [
                B("Responsable qualité"),
                M("Fromageries des Monts du Lyonnais, Saint-Martin-en-Haut · depuis 2020"),
                LI("Pilotage du système HACCP et de la certification IFS Food version 8"),
                LI("Encadrement d'une équipe de cinq techniciens qualité"),
                B("Réalisations :"),
                LI("Certification IFS Food obtenue au niveau supérieur deux années de suite"),
                LI("Réclamations clients divisées par deux en trois ans"),
                GAP,
                B("Technicienne qualité"),
                M("Bonduelle, Rosporden · 2016 – 2020"),
                LI("Contrôles à réception des légumes et libération des lots"),
                LI("Animation des réunions qualité hebdomadaires avec la production"),
            ]),
            ("Formation", [
                B("Diplôme d'ingénieur en agroalimentaire"),
                M("AgroParisTech · 2016"),
                B("Licence de biologie"),
                M("Université Claude Bernard Lyon 1 · 2013"),
            ]),
            ("Compétences", [
                LEAD("Normes :", "IFS, BRCGS, ISO 22000, HACCP"),
                LEAD("Outils :", "SAP QM, Excel, Minitab"),
                LEAD("Méthodes :", "8D, AMDEC, Lean Six Sigma (Green Belt)"),
            ]),
            ("Langues", [
                P("Français (langue maternelle), anglais (C1), espagnol (B1)"),
            ]),
            ("Centres d'intérêt", [
                P("Trail en montagne, chorale, jardinage en permaculture"),
            ]),
            ("Me joindre", [
                P("claire.martin@example.fr · 06 55 12 34 78"),
                P("linkedin.com/in/claire-martin-qualite"),
            ]),
        ],
    ),
    # ------------------------------------------------------------ f17 avocate
    dict(
        file="f17_fr_spacedcaps.pdf", layout="spacedcaps", serif=True,
        name="Sophie Lefèvre",
        head=["Avocate au Barreau de Paris – droit social",
              "12 rue de Rivoli, 75004 Paris · 01 55 43 21 09 · s.lefevre@example.fr"],
        sections=[
            ("EN BREF", [
                P("Avocate en droit social depuis onze ans, je conseille des entreprises de taille "
                  "intermédiaire sur les restructurations et les plaide devant les conseils de prud'hommes "
                  "et les cours d'appel."),
            ]),
            ("EXPÉRIENCE PROFESSIONNELLE", [
                B("Avocate associée"),
                M("Cabinet Durand & Associés, Paris · depuis 2021"),
                LI("Conseil et contentieux en droit du travail pour une quarantaine de clients"),
                LI("Accompagnement de plans de sauvegarde de l'emploi et de négociations collectives"),
                B("Dossiers marquants :"),
                LI("PSE de 240 salariés validé par la DREETS sans recours contentieux"),
                LI("Défense d'un groupe hôtelier dans un contentieux collectif de 63 salariés"),
                GAP,
                B("Collaboratrice"),
                M("Cabinet Morel Vasseur, Lyon · 2014 – 2021"),
                LI("Rédaction de consultations, audits sociaux en due diligence"),
            ]),
            ("FORMATION", [
                B("Certificat d'aptitude à la profession d'avocat (CAPA)"),
                M("École de formation professionnelle des barreaux (EFB), Paris · 2014"),
                B("Master 2 Droit social"),
                M("Université Paris 1 Panthéon-Sorbonne · 2013"),
            ]),
            ("PUBLICATIONS", [
                LI("« Le PSE à l'épreuve du contrôle administratif », Semaine sociale Lamy, 2023"),
                LI("« Forfaits-jours : dix ans de jurisprudence », Droit social, 2020"),
            ]),
            ("DISTINCTIONS", [
                LI("Lauréate du concours d'éloquence de la Conférence du stage, 2016"),
            ]),
            ("ENGAGEMENTS", [
                P("Consultations gratuites deux fois par mois dans une Maison de la Justice et du Droit du "
                  "20e arrondissement."),
            ]),
            ("LANGUES", [
                P("Français, anglais (courant), italien (intermédiaire)"),
            ]),
        ],
    ),
    # ------------------------------------------------------------ f18 infirmier
    dict(
        file="f18_fr_colon.pdf", layout="colon",
        name="Karim Benali",
        head=["Infirmier diplômé d'État",
              "Marseille · 07 55 98 76 12 · karim.benali@example.fr"],
        sections=[
            ("Objectif :", [
                P("Rejoindre un service de réanimation ou de soins intensifs de cardiologie, avec une "
                  "perspective de formation d'infirmier anesthésiste."),
            ]),
            ("Expériences :", [
                B("Infirmier en réanimation médicale"),
                M("Hôpital de la Timone (AP-HM), Marseille · depuis 2019"),
                B("Missions :"),
                LI("Prise en charge de 2 à 3 patients ventilés par poste de 12 heures"),
                LI("Surveillance hémodynamique, gestion des amines et des sédations"),
                LI("Tutorat des étudiants infirmiers de 3e année"),
                B("Résultats :"),
                LI("Référent hygiène du service : taux d'infections sur cathéter divisé par deux en 2023"),
                GAP,
                B("Infirmier en médecine polyvalente"),
                M("Hôpital Saint-Joseph, Marseille · 2016 – 2019"),
                LI("Soins à 12 patients par poste, dont des patients diabétiques et insuffisants cardiaques"),
                LI("Éducation thérapeutique et préparation des sorties"),
            ]),
            ("Diplômes :", [
                B("Diplôme d'État d'infirmier"),
                M("IFSI de la Croix-Rouge française, Marseille · 2016"),
                B("Baccalauréat scientifique"),
                M("Lycée Thiers, Marseille · 2012"),
            ]),
            ("Savoir-faire :", [
                P("Voies veineuses centrales et cathéters artériels · Ventilation mécanique · Surveillance "
                  "hémodynamique · Éducation thérapeutique · Dossier patient informatisé Orbis"),
            ]),
            ("Formations complémentaires :", [
                LI("AFGSU niveau 2, recyclage 2024"),
                LI("DU Soins infirmiers en réanimation, Aix-Marseille Université, 2021"),
            ]),
            ("Bénévolat :", [
                P("Secouriste bénévole à la Protection civile des Bouches-du-Rhône depuis 2014."),
            ]),
            ("Permis et divers :", [
                P("Permis B, véhiculé. Disponible en horaires de nuit et en 12 heures."),
            ]),
        ],
    ),
    # ------------------------------------------------------------ f19 graphiste (DOCX, banner table)
    dict(
        file="f19_fr_bannertable.docx", layout="bannertable",
        name="Julie Moreau",
        head=["Graphiste et directrice artistique · Nantes"],
        sections=[
            ("À propos", [
                P("Graphiste depuis douze ans, je conçois des identités visuelles pour des lieux culturels, "
                  "des marques artisanales et des collectivités. J'aime la typographie et les projets qui "
                  "finissent imprimés."),
            ]),
            ("Expériences", [
                B("Directrice artistique"),
                M("Studio Kerlann, Nantes · depuis 2020"),
                LI("Direction de 3 graphistes et d'un motion designer"),
                LI("Identités visuelles de festivals, de musées et de marques alimentaires"),
                B("Réalisations :"),
                LI("Refonte de l'identité d'un festival de musique de 60 000 visiteurs"),
                GAP,
                B("Graphiste"),
                M("Agence Bleu Marine, Rennes · 2013 – 2020"),
                LI("Mise en page d'éditions, affiches et signalétique"),
            ]),
            ("Projets choisis", [
                B("Les Rencontres de la BD de Loire"),
                P("Identité, affiche et signalétique de l'édition 2024."),
                B("Biscuiterie Le Goff"),
                P("Nouvelle gamme de boîtes en fer, 14 références."),
            ]),
            ("Formation", [
                B("DSAA Design graphique"),
                M("École Duperré, Paris · 2013"),
                B("BTS Design graphique"),
                M("Lycée Livet, Nantes · 2011"),
            ]),
            ("Outils", [
                P("InDesign, Illustrator, Photoshop, Figma, Glyphs, After Effects (notions), sérigraphie"),
            ]),
            ("Prix", [
                LI("Prix de l'affiche, Festival international de Chaumont, sélection 2022"),
                LI("Type Directors Club, Certificate of Typographic Excellence, 2021"),
            ]),
            ("Écrivez-moi", [
                P("julie.moreau@example.fr · 06 55 43 98 21"),
                P("juliemoreau.fr · instagram.com/julie.moreau.graphiste"),
            ]),
        ],
    ),
    # ------------------------------------------------------------ f20 arquitecta
    dict(
        file="f20_es_smallcaps.pdf", layout="smallcaps", serif=False,
        name="Lucía Fernández Ortega",
        head=["Arquitecta colegiada (COAM n.º 21.487)",
              "Madrid · +34 655 123 987 · lucia.fernandez@example.es"],
        sections=[
            ("PERFIL", [
                P("Arquitecta con diez años de experiencia en vivienda colectiva y equipamientos públicos. "
                  "Especializada en construcción pasiva y en coordinar proyectos desde el concurso hasta la "
                  "obra."),
            ]),
            ("TRAYECTORIA PROFESIONAL", [
                B("Arquitecta de proyectos"),
                M("Estudio Lamela, Madrid · 2019 – actualidad"),
                LI("Jefa de proyecto en edificios residenciales de 60 a 200 viviendas"),
                LI("Coordinación con ingenierías de estructuras e instalaciones en BIM"),
                B("Logros principales:"),
                LI("Primer edificio Passivhaus certificado del estudio, entregado en plazo"),
                LI("Reducción del 18% en el presupuesto de ejecución mediante la revisión de la envolvente"),
                GAP,
                B("Arquitecta junior"),
                M("RCR Arquitectes, Olot (Girona) · 2015 – 2019"),
                LI("Desarrollo de proyectos de ejecución y maquetas para concursos internacionales"),
            ]),
            ("FORMACIÓN ACADÉMICA", [
                B("Máster Habilitante en Arquitectura"),
                M("Universidad Politécnica de Madrid (ETSAM) · 2015"),
                B("Grado en Fundamentos de la Arquitectura"),
                M("Universidad Politécnica de Madrid (ETSAM) · 2014"),
            ]),
            ("LO QUE SÉ HACER", [
                LEAD("Diseño y documentación:", "Revit, ArchiCAD, AutoCAD, Rhino y Grasshopper"),
                LEAD("Visualización:", "Enscape, V-Ray, Photoshop"),
                LEAD("Normativa:", "CTE, certificación energética (CE3X), Passivhaus Designer"),
            ]),
            ("PROYECTOS DESTACADOS", [
                B("Residencial Las Tablas, 124 viviendas"),
                P("Edificio de vivienda protegida con estándar Passivhaus, terminado en 2024."),
                B("Biblioteca municipal en Olot"),
                P("Proyecto de ejecución y dirección de obra asistida, 2018."),
            ]),
            ("IDIOMAS", [
                P("Español (nativo), inglés (C1, Cambridge Advanced), catalán (B2)"),
            ]),
            ("PREMIOS", [
                LI("Premio COAM 2023, categoría vivienda colectiva (con el equipo)"),
                LI("Mención en el concurso Europan 16, 2021"),
            ]),
        ],
    ),
    # ------------------------------------------------------------ f21 ingeniero agrícola
    dict(
        file="f21_es_twocol.pdf", layout="twocol", side="left", colour=(60, 110, 30),
        name="Javier Morales Ruiz",
        head=["Ingeniero técnico agrícola"],
        sidebar=[
            ("Datos de contacto", [
                P("Murcia"),
                P("+34 612 555 430"),
                P("javier.morales@example.es"),
            ]),
            ("Habilidades", [
                LI("Riego por goteo y fertirrigación"),
                LI("Control biológico de plagas"),
                LI("Agricultura de precisión (drones, NDVI)"),
                LI("GlobalG.A.P. y producción ecológica"),
                LI("Gestión de cuadrillas"),
            ]),
            ("Idiomas", [
                P("Español – nativo"),
                P("Inglés – B2"),
                P("Francés – A2"),
            ]),
            ("Carnés y permisos", [
                P("Carné de aplicador de fitosanitarios, nivel cualificado"),
                P("Carné de conducir B y C1"),
            ]),
        ],
        sections=[
            ("Sobre mí", [
                P("Ingeniero agrícola con once años en producción hortícola intensiva en el Campo de "
                  "Cartagena. Me gusta medir antes de regar y formar a las cuadrillas en el campo."),
            ]),
            ("Experiencia laboral", [
                B("Jefe de finca"),
                M("Agrícola Campo de Cartagena S.L. · 2018 – actualidad"),
                LI("Responsable de 320 hectáreas de lechuga, brócoli y melón"),
                LI("Planificación de siembras, riego y cosecha con 40 trabajadores en temporada"),
                B("Resultados:"),
                LI("Consumo de agua por hectárea reducido un 22% con sondas de humedad"),
                LI("Cero no conformidades mayores en auditorías GlobalG.A.P. desde 2019"),
                GAP,
                B("Técnico de campo"),
                M("Cooperativa Hortofrutícola de Lorca · 2014 – 2018"),
                LI("Asesoramiento técnico a 65 socios productores"),
                LI("Seguimiento de plagas y recomendaciones de tratamiento"),
            ]),
            ("Formación", [
                B("Grado en Ingeniería Agrícola"),
                M("Universidad Politécnica de Cartagena · 2014"),
                B("Máster en Investigación Agraria"),
                M("Universidad Politécnica de Cartagena · 2016"),
            ]),
            ("Voluntariado", [
                P("Huertos escolares en cinco colegios de Cartagena con la asociación Sembrando Futuro."),
            ]),
        ],
    ),
    # ------------------------------------------------------------ f22 investigadora química
    dict(
        file="f22_es_centered.pdf", layout="centered", serif=True,
        name="Dra. Carmen Ibáñez Soler",
        head=["Profesora Titular de Química Orgánica",
              "Universitat de València · carmen.ibanez@example.es · ORCID 0000-0001-5109-3700"],
        sections=[
            ("Resumen", [
                P("Química orgánica dedicada a la catálisis fotorredox y a la síntesis de fármacos quirales. "
                  "Doce años de investigación, 38 artículos y docencia en grado y máster."),
            ]),
            ("Experiencia docente e investigadora", [
                B("Profesora Titular de Universidad"),
                M("Departamento de Química Orgánica, Universitat de València · 2018 – actualidad"),
                LI("Docencia en Química Orgánica II y en el Máster en Química Sostenible"),
                LI("Dirección de cuatro tesis doctorales, dos de ellas con mención internacional"),
                GAP,
                B("Investigadora posdoctoral Marie Curie"),
                M("ETH Zürich, Laboratorio de Química Orgánica · 2014 – 2017"),
                LI("Desarrollo de catalizadores de iridio para reacciones enantioselectivas"),
                B("Investigadora predoctoral FPU"),
                M("Universitat de València · 2009 – 2013"),
            ]),
            ("Formación", [
                B("Doctorado en Química"),
                M("Universitat de València · 2013 · sobresaliente cum laude"),
                B("Licenciatura en Química"),
                M("Universitat de València · 2008"),
            ]),
            ("Publicaciones", [
                B("Artículos seleccionados"),
                LI("Ibáñez Soler C., Roig M. (2024) Photoredox desymmetrization of meso-anhydrides. "
                   "J. Am. Chem. Soc. 146, 10231–10239."),
                LI("Ibáñez Soler C. et al. (2021) Chiral iridium photocatalysts. Angew. Chem. Int. Ed. 60, "
                   "22114–22120."),
                B("Capítulos de libro"),
                LI("Ibáñez Soler C. (2020) Visible-light catalysis. En: Modern Organic Synthesis, vol. 3, "
                   "Wiley-VCH."),
            ]),
            ("Proyectos de investigación", [
                B("Catálisis fotorredox para fármacos quirales"),
                M("Plan Estatal de Investigación, PID2021-124518 · investigadora principal · 2022 – 2025"),
                B("Química sostenible con luz visible"),
                M("Generalitat Valenciana, Prometeo · investigadora · 2019 – 2022"),
            ]),
            ("Becas y premios", [
                LI("Premio Jóvenes Investigadores, Real Sociedad Española de Química, 2019"),
                LI("Beca Marie Skłodowska-Curie Individual Fellowship, 2014"),
            ]),
            ("Referencias", [
                P("Prof. Dr. Andreas Keller, ETH Zürich · akeller@example.ch"),
                P("Prof. Dr. Manuel Roig, Universitat de València · manuel.roig@example.es"),
            ]),
        ],
    ),
    # ------------------------------------------------------------ f23 contable (DOCX, bold caps paragraphs)
    dict(
        file="f23_es_boldpara.docx", layout="boldpara", heading_caps=True,
        name="Ana Belén Gutiérrez",
        head=["Técnica contable y administrativa",
              "Sevilla · 654 555 218 · anabelen.gutierrez@example.es"],
        sections=[
            ("PERFIL PROFESIONAL", [
                P("Técnica contable con ocho años en pymes de distribución y hostelería. Llevo la "
                  "contabilidad general, los impuestos trimestrales y la relación con la gestoría y los "
                  "bancos."),
            ]),
            ("EXPERIENCIA", [
                B("Administrativa contable"),
                M("Distribuciones Guadalquivir S.L., Sevilla · 2019 – actualidad"),
                B("Funciones:"),
                LI("Contabilidad general, conciliaciones bancarias y cierre mensual"),
                LI("Modelos 303, 111, 115 y 347; apoyo en el impuesto de sociedades"),
                LI("Gestión de cobros e impagados con 900 clientes de hostelería"),
                B("Logros:"),
                LI("Periodo medio de cobro reducido de 68 a 41 días"),
                GAP,
                B("Auxiliar administrativa"),
                M("Hoteles Giralda, Sevilla · 2016 – 2019"),
                LI("Facturación a agencias, control de caja y apoyo a nóminas"),
            ]),
            ("FORMACIÓN", [
                B("Técnico Superior en Administración y Finanzas"),
                M("IES Polígono Sur, Sevilla · 2016"),
                B("Curso de Contabilidad Avanzada y Cierre Fiscal"),
                M("Cámara de Comercio de Sevilla · 2021 · 120 horas"),
            ]),
            ("CONOCIMIENTOS INFORMÁTICOS", [
                P("A3ECO, Sage 200, ContaPlus, Excel avanzado (tablas dinámicas, macros básicas), SII de la AEAT"),
            ]),
            ("IDIOMAS", [
                P("Español (nativo), inglés (B1), portugués (A2)"),
            ]),
            ("OTROS DATOS", [
                P("Carné de conducir B. Disponibilidad inmediata. Certificado de discapacidad del 33%."),
            ]),
            ("¿HABLAMOS?", [
                P("Llámame al 654 555 218 o escríbeme a anabelen.gutierrez@example.es"),
            ]),
        ],
    ),
]


# ================================================================= PDF rendering
PAGE_W = 210.0
PAGE_H = 297.0
MARGIN = 18.0
BOTTOM = 16.0
GREY = (95, 95, 95)


def new_pdf(r):
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Resume – " + r["name"])
    pdf.set_author(r["name"])
    pdf.set_creator("make_blind5.py")
    if r.get("serif"):
        files = {"": "DejaVuSerif.ttf", "B": "DejaVuSerif-Bold.ttf",
                 "I": "DejaVuSerif-Italic.ttf", "BI": "DejaVuSerif-BoldItalic.ttf"}
    else:
        files = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf",
                 "I": "DejaVuSans-Oblique.ttf", "BI": "DejaVuSans-BoldOblique.ttf"}
    for style, fname in files.items():
        pdf.add_font("F", style, FONT_DIR + fname)
    pdf.set_margins(MARGIN, 16, MARGIN)
    pdf.set_auto_page_break(True, BOTTOM)
    pdf.add_page()
    return pdf


def set_col(pdf, x, w):
    pdf.set_left_margin(x)
    pdf.set_right_margin(PAGE_W - x - w)
    pdf.set_x(x)


def render_items(pdf, items, x, w, size=10.0, lh=5.0):
    set_col(pdf, x, w)
    for it in items:
        kind = it[0]
        pdf.set_x(x)
        pdf.set_text_color(0, 0, 0)
        if kind == "p":
            pdf.set_font("F", "", size)
            pdf.multi_cell(0, lh, it[1], align="L", new_x="LMARGIN", new_y="NEXT")
        elif kind == "b":
            pdf.set_font("F", "B", size)
            pdf.multi_cell(0, lh, it[1], align="L", new_x="LMARGIN", new_y="NEXT")
        elif kind == "m":
            pdf.set_font("F", "", size - 0.5)
            pdf.set_text_color(*GREY)
            pdf.multi_cell(0, lh, it[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        elif kind == "li":
            pdf.set_font("F", "", size)
            pdf.set_x(x + 1)
            pdf.cell(4, lh, "•")
            pdf.multi_cell(0, lh, it[1], align="L", new_x="LMARGIN", new_y="NEXT")
        elif kind == "lead":
            pdf.set_font("F", "B", size)
            pdf.write(lh, it[1] + " ")
            pdf.set_font("F", "", size)
            pdf.write(lh, it[2])
            pdf.ln(lh)
        elif kind == "gap":
            pdf.ln(2)
        else:
            raise ValueError(kind)
    pdf.set_text_color(0, 0, 0)


def header(pdf, r, x=MARGIN, w=PAGE_W - 2 * MARGIN, name_size=20.0, accent=None):
    set_col(pdf, x, w)
    pdf.set_font("F", "B", name_size)
    if accent:
        pdf.set_text_color(*accent)
    pdf.cell(0, name_size * 0.5, r["name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    pdf.set_font("F", "", 10)
    for line in r["head"]:
        pdf.multi_cell(0, 5, line, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def keep_room(pdf, need):
    if pdf.get_y() > PAGE_H - BOTTOM - need:
        pdf.add_page()


def smallcaps_runs(text):
    """Split capitals into (run, size_key): the first letter of each word big, the rest small."""
    runs = []
    prev_space = True
    for ch in text:
        key = "big" if (prev_space and ch != " ") else "small"
        if runs and runs[-1][1] == key:
            runs[-1][0] += ch
        else:
            runs.append([ch, key])
        prev_space = ch == " "
    return runs


def heading_single(pdf, r, title):
    layout = r["layout"]
    if layout == "spacedcaps":
        pdf.ln(4)
        pdf.set_font("F", "", 10.5)
        pdf.set_text_color(60, 60, 60)
        pdf.set_char_spacing(2)
        pdf.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_char_spacing(0)
        pdf.ln(1)
    elif layout == "colour":
        pdf.ln(4)
        pdf.set_font("F", "", 10)
        pdf.set_text_color(*r["colour"])
        pdf.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    elif layout == "numbered":
        pdf.ln(4)
        pdf.set_font("F", "B", 11.5)
        pdf.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    elif layout == "colon":
        pdf.ln(3)
        pdf.set_font("F", "B", 11)
        pdf.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
    elif layout == "smallcaps":
        pdf.ln(4)
        y = pdf.get_y()
        cx = MARGIN
        for run, key in smallcaps_runs(title):
            pdf.set_font("F", "", 12.5 if key == "big" else 9.5)
            pdf.text(cx, y + 5, run)
            cx += pdf.get_string_width(run)
        pdf.set_draw_color(150, 150, 150)
        pdf.set_line_width(0.2)
        pdf.line(MARGIN, y + 7, PAGE_W - MARGIN, y + 7)
        pdf.set_y(y + 9)
    elif layout == "shaded":
        pdf.ln(4)
        pdf.set_fill_color(*r["colour"])
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("F", "B", 10.5)
        pdf.cell(0, 7, title, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    elif layout == "underline":
        pdf.ln(4)
        pdf.set_font("F", "U", 11.5)
        pdf.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    elif layout == "centered":
        pdf.ln(4)
        y = pdf.get_y()
        pdf.set_font("F", "", 11.5)
        tw = pdf.get_string_width(title)
        left = PAGE_W / 2 - tw / 2
        pdf.set_draw_color(120, 120, 120)
        pdf.set_line_width(0.3)
        pdf.line(MARGIN, y + 3.5, left - 4, y + 3.5)
        pdf.line(left + tw + 4, y + 3.5, PAGE_W - MARGIN, y + 3.5)
        pdf.cell(0, 7, title, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    else:
        raise ValueError(layout)
    pdf.set_text_color(0, 0, 0)


def pdf_single(r, path):
    pdf = new_pdf(r)
    header(pdf, r)
    for title, items in r["sections"]:
        keep_room(pdf, 28)
        set_col(pdf, MARGIN, PAGE_W - 2 * MARGIN)
        heading_single(pdf, r, title)
        render_items(pdf, items, MARGIN, PAGE_W - 2 * MARGIN)
    pdf.output(path)


def pdf_margincol(r, path):
    pdf = new_pdf(r)
    header(pdf, r)
    pdf.set_draw_color(190, 190, 190)
    pdf.set_line_width(0.3)
    pdf.line(MARGIN, pdf.get_y(), PAGE_W - MARGIN, pdf.get_y())
    pdf.ln(4)
    hx, hw = MARGIN, 38.0
    cx, cw = MARGIN + 42.0, PAGE_W - 2 * MARGIN - 42.0
    for title, items in r["sections"]:
        keep_room(pdf, 28)
        page, y0 = pdf.page, pdf.get_y()
        set_col(pdf, hx, hw)
        pdf.set_xy(hx, y0)
        pdf.set_font("F", "B", 10)
        pdf.set_text_color(*r["colour"])
        pdf.multi_cell(0, 5, title, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        y_head = pdf.get_y()
        set_col(pdf, cx, cw)
        pdf.set_xy(cx, y0)
        render_items(pdf, items, cx, cw)
        y = pdf.get_y() if pdf.page != page else max(y_head, pdf.get_y())
        pdf.set_y(y + 4)
    pdf.output(path)


def pdf_twocol(r, path):
    pdf = new_pdf(r)
    accent = r["colour"]
    header(pdf, r, name_size=22, accent=accent)
    y0 = pdf.get_y() + 2
    pdf.set_draw_color(*accent)
    pdf.set_line_width(0.6)
    pdf.line(MARGIN, y0 - 2, PAGE_W - MARGIN, y0 - 2)
    side_w, gap = 56.0, 6.0
    main_w = PAGE_W - 2 * MARGIN - side_w - gap
    if r["side"] == "left":
        side_x, main_x = MARGIN, MARGIN + side_w + gap
    else:
        main_x, side_x = MARGIN, MARGIN + main_w + gap
    # sidebar background, then sidebar text
    pdf.set_fill_color(238, 238, 232)
    pdf.rect(side_x - 2, y0, side_w + 2, PAGE_H - y0 - 10, style="F")
    pdf.set_y(y0 + 3)
    for title, items in r["sidebar"]:
        set_col(pdf, side_x + 2, side_w - 4)
        pdf.set_font("F", "B", 10.5)
        pdf.set_text_color(*accent)
        pdf.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        render_items(pdf, items, side_x + 2, side_w - 4, size=9, lh=4.5)
        pdf.ln(4)
    if pdf.page != 1:
        raise RuntimeError("sidebar overflowed: " + r["file"])
    # main column
    pdf.set_y(y0 + 3)
    for title, items in r["sections"]:
        keep_room(pdf, 28)
        set_col(pdf, main_x, main_w)
        pdf.set_font("F", "B", 12.5)
        pdf.set_text_color(*accent)
        pdf.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1)
        render_items(pdf, items, main_x, main_w)
        pdf.ln(4)
    pdf.output(path)


# ================================================================= DOCX rendering
class Box:
    """Paragraph factory for a Document or a table cell; reuses a cell's first empty paragraph."""

    def __init__(self, container, reuse_first=False):
        self.container = container
        self.reuse = container.paragraphs[0] if reuse_first else None
        self.space_next = False

    def par(self, style=None):
        if self.reuse is not None:
            p = self.reuse
            self.reuse = None
            if style:
                p.style = style
        else:
            p = self.container.add_paragraph(style=style)
        p.paragraph_format.space_after = Pt(2)
        if self.space_next:
            p.paragraph_format.space_before = Pt(8)
            self.space_next = False
        return p


def docx_items(doc, box, items, size=10.5):
    for it in items:
        kind = it[0]
        if kind == "gap":
            box.space_next = True
            continue
        if kind == "h2":
            # Word's own Heading 2 style, used for a job title (not a section heading)
            p = doc.add_heading(it[1], level=2)
            if box.space_next:
                p.paragraph_format.space_before = Pt(8)
                box.space_next = False
            continue
        if kind == "li":
            p = box.par(style="List Bullet")
            run = p.add_run(it[1])
            run.font.size = Pt(size)
        elif kind == "lead":
            p = box.par()
            r1 = p.add_run(it[1] + " ")
            r1.bold = True
            r1.font.size = Pt(size)
            r2 = p.add_run(it[2])
            r2.font.size = Pt(size)
        else:
            p = box.par()
            run = p.add_run(it[1])
            run.font.size = Pt(size)
            if kind == "b":
                run.bold = True
            elif kind == "m":
                run.font.color.rgb = RGBColor(0x5F, 0x5F, 0x5F)
            elif kind != "p":
                raise ValueError(kind)


def new_docx():
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.left_margin = s.right_margin = Cm(2.0)
        s.top_margin = s.bottom_margin = Cm(1.8)
    return doc


def docx_name_block(doc, r, size=18, colour=None, centre=False):
    p = doc.add_paragraph()
    run = p.add_run(r["name"])
    run.bold = True
    run.font.size = Pt(size)
    if colour:
        run.font.color.rgb = RGBColor(*colour)
    if centre:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in r["head"]:
        q = doc.add_paragraph(line)
        q.paragraph_format.space_after = Pt(0)
        if centre:
            q.alignment = WD_ALIGN_PARAGRAPH.CENTER


def shade(cell, fill_hex):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill_hex)
    tc_pr.append(shd)


def docx_wordstyles(r):
    doc = new_docx()
    doc.add_heading(r["name"], level=0)
    for line in r["head"]:
        q = doc.add_paragraph(line)
        q.paragraph_format.space_after = Pt(0)
    box = Box(doc)
    for title, items in r["sections"]:
        doc.add_heading(title, level=1)
        docx_items(doc, box, items)
    return doc


def docx_boldpara(r):
    doc = new_docx()
    docx_name_block(doc, r, size=16)
    box = Box(doc)
    for title, items in r["sections"]:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        p.paragraph_format.space_after = Pt(3)
        run = p.add_run(title)
        run.bold = True
        run.font.size = Pt(11 if r["heading_caps"] else 10.5)
        docx_items(doc, box, items)
    return doc


def docx_tablecell(r):
    doc = new_docx()
    docx_name_block(doc, r, size=18, colour=(0x1F, 0x5C, 0x7A))
    doc.add_paragraph()
    table = doc.add_table(rows=0, cols=2)
    table.autofit = False
    for title, items in r["sections"]:
        row = table.add_row()
        left, right = row.cells
        left.width = Cm(4.2)
        right.width = Cm(12.8)
        lp = left.paragraphs[0]
        run = lp.add_run(title)
        run.bold = True
        run.font.size = Pt(11)
        run.font.color.rgb = RGBColor(0x1F, 0x5C, 0x7A)
        docx_items(doc, Box(right, reuse_first=True), items)
    return doc


def docx_bannertable(r):
    doc = new_docx()
    docx_name_block(doc, r, size=20, colour=(0x2E, 0x2E, 0x48), centre=True)
    doc.add_paragraph()
    table = doc.add_table(rows=0, cols=1)
    table.style = doc.styles["Table Grid"]
    for title, items in r["sections"]:
        head = table.add_row().cells[0]
        shade(head, "2E2E48")
        hp = head.paragraphs[0]
        run = hp.add_run(title)
        run.bold = True
        run.font.size = Pt(11)
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        body = table.add_row().cells[0]
        docx_items(doc, Box(body, reuse_first=True), items)
    return doc


def save_docx(doc, r, path):
    cp = doc.core_properties
    cp.author = r["name"]
    cp.title = "Resume – " + r["name"]
    cp.last_modified_by = "make_blind5.py"
    cp.revision = 1
    cp.created = datetime(2026, 1, 1, 0, 0, 0)
    cp.modified = datetime(2026, 1, 1, 0, 0, 0)
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


DOCX_BUILDERS = {
    "wordstyles": docx_wordstyles,
    "boldpara": docx_boldpara,
    "tablecell": docx_tablecell,
    "bannertable": docx_bannertable,
}


def build(r, outdir):
    path = os.path.join(outdir, r["file"])
    layout = r["layout"]
    if r["file"].endswith(".docx"):
        save_docx(DOCX_BUILDERS[layout](r), r, path)
    elif layout == "margincol":
        pdf_margincol(r, path)
    elif layout == "twocol":
        pdf_twocol(r, path)
    else:
        pdf_single(r, path)
    return path


def main(argv):
    if len(argv) != 2:
        print("usage: make_blind5.py OUTDIR", file=sys.stderr)
        return 2
    outdir = argv[1]
    os.makedirs(outdir, exist_ok=True)
    for r in RESUMES:
        print(build(r, outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
