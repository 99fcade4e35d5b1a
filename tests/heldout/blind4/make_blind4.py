"""Generate the blind4 held-out resume set (24 files: 18 PDF, 6 DOCX).

Usage:  python make_blind4.py OUTDIR

Written without looking at the section detector. Deterministic: no randomness;
all content is literal data below. Labels live in labels.json next to this
script and were written by hand (they are NOT computed from this file).

Layouts:
  bold       single column, bold section headings
  capsrule   headings printed in capitals with a horizontal rule under them
  largefont  headings in a larger, non-bold font
  datecol    dates in a left column, headings at the left margin
  twocol     PDF with a narrow left sidebar and a main column
  wordstyles DOCX using Word's Title / Heading 1 styles
  boldpara   DOCX where headings are just bold Normal paragraphs
"""
import datetime
import io
import os
import sys
import zipfile

import docx
from docx.shared import Pt, RGBColor
from fpdf import FPDF
from fpdf.enums import XPos, YPos

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
REG = os.path.join(FONT_DIR, "DejaVuSans.ttf")
BOLD = os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")
FIXED_DATE = datetime.datetime(2024, 5, 1, 9, 0, 0, tzinfo=datetime.timezone.utc)


# ---------------------------------------------------------------- data helpers
def J(*lines, items=(), dates=None):
    """An entry (job, degree, award...). lines: (text, style) with style 'B' or ''."""
    return {"k": "job", "lines": list(lines), "items": list(items), "dates": dates}


def Bd(t):
    return (t, "B")


def Rg(t):
    return (t, "")


def P(t):
    return ("p", t)


def BL(*xs):
    return ("bl", list(xs))


def SL(t):
    """Bold sub-label inside an entry, e.g. 'Key achievements:'."""
    return ("sub", t)


RESUMES = [
    # ------------------------------------------------------------------ e00
    {
        "file": "e00_en_bold.pdf", "layout": "bold",
        "name": "Hannah Whitfield",
        "head": ["Warehouse & distribution operations",
                 "hannah.whitfield@mailbox.org · +44 7700 900312 · Leeds, UK"],
        "sections": [
            ("Summary of Qualifications", [BL(
                "Nine years running warehouse and distribution operations with teams of up to 140 people",
                "Cut order-to-dispatch time by 31% through pick-path and shift redesign",
                "Lean Six Sigma Green Belt; confident with SAP EWM, Excel and Power BI",
                "Calm under peak pressure: led three Black Friday and Christmas peaks as site lead")]),
            ("Experience", [
                J(Bd("Operations Manager"), Rg("Northwind Logistics, Leeds  |  Mar 2019 – Present"), items=[
                    P("Run a 220,000 sq ft regional distribution centre serving 60 retail stores, with a budget "
                      "of £9.4m and four shift managers reporting to me."),
                    SL("Key achievements:"),
                    BL("Reduced mis-picks from 0.9% to 0.3% by introducing scan-to-confirm picking",
                       "Negotiated a new agency staffing contract saving £180k a year",
                       "Led the site through two BRC audits with no major non-conformities",
                       "Introduced a cross-training matrix that cut overtime by 22%")]),
                J(Bd("Shift Manager"), Rg("Castleford Foods, Wakefield  |  Jun 2015 – Feb 2019"), items=[
                    SL("Responsibilities:"),
                    BL("Managed a night shift of 45 operatives across goods-in, picking and loading",
                       "Planned labour against daily volume forecasts and agreed priorities with transport",
                       "Owned health and safety briefings, near-miss reporting and return-to-work interviews")]),
                J(Bd("Team Leader"), Rg("Castleford Foods, Wakefield  |  Sep 2014 – May 2015"), items=[
                    BL("Supervised a chilled picking team of 12 and trained new starters on voice picking")]),
            ]),
            ("Education", [
                J(Bd("BSc (Hons) Business Management"), Rg("Leeds Beckett University  |  2011 – 2014  |  2:1"))]),
            ("Skills", [BL(
                "Warehouse management systems: SAP EWM, Manhattan SCALE",
                "Lean tools: 5S, value stream mapping, kaizen events",
                "Reporting: Excel (pivot tables, Power Query), Power BI",
                "People: recruitment, coaching, absence and performance management")]),
            ("Certifications", [BL(
                "Lean Six Sigma Green Belt, BSI (2020)",
                "IOSH Managing Safely (2017)",
                "Counterbalance and reach truck licences")]),
            ("References", [P("Available on request.")]),
        ],
    },
    # ------------------------------------------------------------------ e01
    {
        "file": "e01_en_capsrule.pdf", "layout": "capsrule",
        "name": "Marcus Oyelaran",
        "head": ["Backend Software Engineer", "San Francisco, CA  ·  github.com/moyelaran"],
        "sections": [
            ("QUALIFICATIONS SUMMARY", [P(
                "Backend engineer with seven years building payment and ledger services in Go and Java. "
                "I care about correctness, boring deployments and code the next person can read. Most at home "
                "on small teams that own their services end to end, from design doc to on-call.")]),
            ("WHERE I'VE WORKED", [
                J(Bd("Lumen Payments"), Rg("Senior Software Engineer  ·  Jan 2021 – Present"), items=[
                    BL("Tech lead for the ledger team (5 engineers); own the design and the on-call rotation",
                       "Moved settlement batch jobs from cron scripts to Temporal workflows, removing a class of silent failures"),
                    SL("Selected projects:"),
                    BL("Double-entry ledger service handling 4M transactions a day with p99 latency under 40 ms",
                       "Idempotency layer for card refunds that eliminated duplicate payouts",
                       "Reconciliation dashboard used daily by the finance operations team")]),
                J(Bd("Brightside Health"), Rg("Software Engineer  ·  Aug 2017 – Dec 2020"), items=[
                    BL("Built the claims intake API that processed 1.2M insurance claims in its first year",
                       "Cut CI time from 40 to 12 minutes by parallelising integration tests"),
                    SL("Tools used:"),
                    P("Java 11, Spring Boot, PostgreSQL, Kafka, Terraform, AWS (ECS, RDS, SQS)")]),
            ]),
            ("WHAT I STUDIED", [
                J(Bd("University of California, Davis"), Rg("B.S. Computer Science  ·  2013 – 2017"))]),
            ("TOOLS OF THE TRADE", [BL(
                "Languages: Go, Java, Python, SQL",
                "Data: PostgreSQL, Kafka, Redis, BigQuery",
                "Infrastructure: AWS, Terraform, Kubernetes, GitHub Actions",
                "Practices: design docs, incident reviews, property-based testing")]),
            ("SIDE QUESTS", [BL(
                "ledgerlint – an open-source linter for double-entry bookkeeping rules (900+ GitHub stars)",
                "Raspberry Pi weather station feeding a public Grafana dashboard",
                "Occasional speaker at the SF Go meetup")]),
            ("GET IN TOUCH", [P(
                "Happy to talk about backend and platform roles. Email is the quickest way to reach me: "
                "marcus.oyelaran@fastmail.com, or call (415) 555-0178.")]),
        ],
    },
    # ------------------------------------------------------------------ e02
    {
        "file": "e02_en_largefont.pdf", "layout": "largefont",
        "name": "Priya Raman",
        "head": ["Product designer · design systems & research",
                 "priya.raman.design@gmail.com · +1 (647) 555-0143 · Toronto, ON · priyaraman.design"],
        "sections": [
            ("Who I am", [P(
                "I'm a product designer with six years in B2B software, mostly finance and operations tools "
                "where the users are experts and the screens are dense. I like turning messy workflows into "
                "calm interfaces, and I do my own research whenever I can.")]),
            ("Experience", [
                J(Bd("Senior Product Designer"), Rg("Ledgerly · Toronto · 2021 – present"), items=[
                    BL("Lead designer for accounts payable, a product used by 3,000 mid-sized companies",
                       "Built and maintain the Ledgerly design system (140 components in Figma and React)",
                       "Run monthly usability sessions with customers and share findings with engineering"),
                    SL("Highlights:"),
                    BL("Redesigned the invoice approval flow; median time to approve fell from 6 to 2 minutes",
                       "Raised the accessibility audit score from 71 to 96")]),
                J(Bd("Product Designer"), Rg("Kinetic Commerce · Remote · 2018 – 2021"), items=[
                    BL("Designed the merchant onboarding flow and the first mobile app",
                       "Partnered with two product managers on quarterly roadmap planning",
                       "Introduced a lightweight research repository in Notion")]),
            ]),
            ("Education", [
                J(Bd("Bachelor of Design, Interaction Design"), Rg("OCAD University · 2014 – 2018"))]),
            ("Things I'm good at", [BL(
                "Interaction and visual design for complex data",
                "Design systems and documentation",
                "Usability testing, interviews, journey mapping",
                "Figma, FigJam, Maze, basic HTML/CSS and React")]),
            ("Recognition", [BL(
                "Core77 Design Awards, Interaction – Student Notable (2018)",
                "Ledgerly Design Team Award for the payables redesign (2022)")]),
            ("Outside work", [P(
                "Wheel-thrown ceramics, long-distance cycling, and restoring mid-century chairs badly but happily.")]),
        ],
    },
    # ------------------------------------------------------------------ e03
    {
        "file": "e03_en_datecol.pdf", "layout": "datecol",
        "name": "Tomasz Wieczorek",
        "head": ["Research Scientist – Computational Biology",
                 "t.wieczorek@protonmail.com · +44 1223 555 019 · Cambridge, UK"],
        "sections": [
            ("Profile", [P(
                "Computational biologist working on single-cell genomics and statistical methods for rare cell "
                "populations. Experienced in building reproducible pipelines on HPC clusters and in supervising "
                "students.")]),
            ("Research Experience", [
                J(Bd("Postdoctoral Research Associate"), Rg("Wellcome Sanger Institute, Hinxton"),
                  dates="2020 – present", items=[
                    BL("Develop probabilistic models for detecting rare cell states in single-cell RNA-seq data",
                       "Maintain the group's Nextflow pipelines, used by 30 researchers",
                       "Co-supervise two PhD students"),
                    SL("Key achievements:"),
                    BL("First-author paper in Nature Methods (2023)",
                       "Secured a £95k internal grant for a spatial transcriptomics pilot")]),
                J(Bd("Research Assistant"), Rg("University of Edinburgh, School of Informatics"),
                  dates="2019 – 2020", items=[
                    BL("Benchmarked 12 clustering methods on public single-cell atlases",
                       "Taught on the MSc course Statistical Methods for Bioinformatics")]),
            ]),
            ("Education", [
                J(Bd("PhD in Computational Biology"),
                  Rg("University of Edinburgh – thesis: Bayesian models of cell lineage"), dates="2015 – 2019"),
                J(Bd("MSci Natural Sciences"), Rg("University of Cambridge – first-class honours"),
                  dates="2011 – 2015"),
            ]),
            ("Publications", [BL(
                "Wieczorek T., Hale R., Osei K. (2023). Calibrated detection of rare cell states. "
                "Nature Methods 20, 1412–1420.",
                "Wieczorek T., Mbeki L. (2021). A benchmark of clustering for single-cell atlases. "
                "Bioinformatics 37(9), 1201–1209.",
                "Osei K., Wieczorek T., et al. (2020). Lineage tracing with CRISPR barcodes. Genome Biology 21, 188.")]),
            ("Awards", [
                J(Rg("Sanger Excellence in Research Award"), dates="2022"),
                J(Rg("EMBO Short-Term Fellowship"), dates="2018"),
            ]),
            ("Skills", [BL(
                "Python, R, Stan, PyTorch",
                "Nextflow, Snakemake, Docker, Slurm",
                "Scanpy, Seurat, Bioconductor")]),
        ],
    },
    # ------------------------------------------------------------------ e04
    {
        "file": "e04_en_twocol.pdf", "layout": "twocol", "name_in_sidebar": True,
        "name": "Sofia Marchetti",
        "head": ["Brand & digital marketing", "sofia.marchetti@outlook.com", "+44 7911 123456",
                 "Bristol, UK", "linkedin.com/in/sofiamarchetti"],
        "sidebar": [
            ("Skills", [BL("Campaign planning", "Paid social (Meta, LinkedIn)", "SEO and content strategy",
                           "GA4 and Looker Studio", "HubSpot automation", "Budget management")]),
            ("Words I speak", [BL("English – native", "Italian – native", "Spanish – conversational")]),
        ],
        "sections": [
            ("In brief", [P(
                "Marketing manager with eight years in consumer and outdoor brands. I plan campaigns from brief "
                "to report, manage agencies and budgets, and like proving what worked with numbers rather than "
                "opinions.")]),
            ("Experience", [
                J(Bd("Marketing Manager"), Rg("Fernhill Outdoor · Bristol · 2020 – present"), items=[
                    BL("Own a £1.2m annual marketing budget across paid, owned and retail channels",
                       "Manage a team of three and two external agencies"),
                    SL("Key achievements:"),
                    BL("Grew e-commerce revenue 48% in two years while holding cost per acquisition flat",
                       "Launched the Fernhill Trail Club community, now 22,000 members",
                       "Moved reporting to Looker Studio, saving a day a week of manual work")]),
                J(Bd("Digital Marketing Executive"), Rg("Amber & Co. Agency · Bath · 2016 – 2020"), items=[
                    SL("Responsibilities:"),
                    BL("Ran paid social and search for eight retail and hospitality clients",
                       "Wrote monthly performance reports and presented them to clients",
                       "Trained junior staff on Meta Ads Manager")]),
            ]),
            ("Education", [
                J(Bd("BA (Hons) Marketing and Communications"),
                  Rg("University of the West of England · 2012 – 2015"))]),
            ("Giving back", [P(
                "Since 2018 I have run social media for Bristol Refugee Rights as a volunteer, and I mentor two "
                "students a year through the university's alumni scheme.")]),
        ],
    },
    # ------------------------------------------------------------------ e05
    {
        "file": "e05_en_wordstyles.docx", "layout": "wordstyles",
        "name": "James O'Connell",
        "head": ["Registered Nurse · Acute and Cardiac Care"],
        "sections": [
            ("Where to find me", [P("Dublin 7, Ireland"), P("james.oconnell.rn@gmail.com"), P("+353 87 555 0192")]),
            ("Professional Summary", [P(
                "Registered nurse with ten years in acute medicine and cardiology, including four years as charge "
                "nurse. Known for steady leadership on busy shifts, clear handovers and a strong record in teaching "
                "students and new graduates.")]),
            ("Clinical Experience", [
                J(Bd("Charge Nurse, Acute Medical Unit"),
                  Rg("St Vincent's University Hospital, Dublin | 2019 – Present"), items=[
                    SL("Responsibilities:"),
                    BL("Coordinate a 32-bed unit and a team of up to 14 nurses and healthcare assistants per shift",
                       "Manage patient flow with the bed management team and the emergency department",
                       "Lead deteriorating-patient responses using the INEWS escalation protocol"),
                    SL("Key achievements:"),
                    BL("Introduced a structured SBAR handover that cut handover time by 15 minutes per shift",
                       "Preceptor to more than 20 newly qualified nurses")]),
                J(Bd("Staff Nurse, Cardiology Ward"),
                  Rg("Mater Misericordiae University Hospital, Dublin | 2015 – 2019"), items=[
                    BL("Cared for patients after PCI, pacemaker insertion and cardiac surgery",
                       "Monitored telemetry and managed IV anti-arrhythmic therapy",
                       "Link nurse for infection prevention and control")]),
            ]),
            ("Education & Training", [
                J(Bd("BSc General Nursing"), Rg("University College Dublin | 2011 – 2015")),
                J(Bd("Postgraduate Certificate in Cardiovascular Nursing"), Rg("RCSI | 2017")),
            ]),
            ("Certifications", [BL(
                "NMBI registered general nurse",
                "Advanced Cardiac Life Support (ACLS), renewed 2023",
                "Manual Handling Instructor")]),
            ("References", [P("Available on request.")]),
        ],
    },
    # ------------------------------------------------------------------ e06
    {
        "file": "e06_en_boldpara.docx", "layout": "boldpara",
        "name": "Daniel Reyes-Porter",
        "head": ["FP&A · Forecasting · Reporting", "Hartford, CT · (860) 555-0124 · d.reyesporter@gmail.com"],
        "sections": [
            ("Summary", [P(
                "Financial analyst with seven years in insurance and banking. I build the models behind budgets "
                "and forecasts, explain variances in plain language, and automate reporting so the team spends "
                "its time on analysis rather than copy-paste.")]),
            ("Professional Experience", [
                J(Bd("Financial Analyst, FP&A"), Rg("Harbor Point Insurance, Hartford, CT — 2020 to present"), items=[
                    SL("Main responsibilities:"),
                    BL("Own the annual budget and rolling forecast for the $400M commercial lines division",
                       "Prepare monthly variance commentary for the CFO and business unit heads",
                       "Maintain the driver-based headcount model"),
                    SL("Key achievements:"),
                    BL("Automated month-end reporting in Power Query and Python, cutting close from 8 to 5 days",
                       "Identified $3.1M of duplicated vendor spend during the 2022 budget cycle")]),
                J(Bd("Junior Analyst"), Rg("Crestview Bank, New Haven, CT — 2017 to 2020"), items=[
                    BL("Built branch profitability reports for 45 branches",
                       "Supported the treasury team with daily liquidity reporting",
                       "Cleaned and documented the general ledger mapping tables")]),
            ]),
            ("Education", [
                J(Bd("MBA, Finance"), Rg("UConn School of Business — 2022")),
                J(Bd("BA Economics"), Rg("Trinity College, Hartford — 2017")),
            ]),
            ("Certifications", [BL("CFA Level II candidate",
                                   "Financial Modeling & Valuation Analyst (FMVA), 2021")]),
            ("Technical Skills", [BL("Excel (advanced modelling, Power Query), Power BI",
                                     "SQL, Python (pandas)",
                                     "Oracle Hyperion, Adaptive Insights, SAP")]),
            ("Interests", [P("Chess, cooking for too many people, and coaching a youth basketball team on weekends.")]),
        ],
    },
    # ------------------------------------------------------------------ e07
    {
        "file": "e07_en_bold.pdf", "layout": "bold",
        "name": "Laura Finnegan",
        "head": ["Secondary Mathematics Teacher",
                 "12 Larch Road, Manchester M20 4QT · 07700 900 845 · laura.finnegan@btinternet.com"],
        "sections": [
            ("About Me", [P(
                "Qualified mathematics teacher with eleven years' experience across Key Stages 3 to 5, currently "
                "leading a department of nine. I believe every student can get better at maths with clear "
                "explanations, regular retrieval practice and a teacher who notices when they are stuck.")]),
            ("Teaching Experience", [
                J(Bd("Head of Mathematics"), Rg("Ashgrove Academy, Manchester | Sep 2018 – Present"), items=[
                    SL("Responsibilities:"),
                    BL("Lead a department of nine teachers and two teaching assistants",
                       "Design the KS3 and KS4 curriculum and assessment calendar",
                       "Line-manage early career teachers and run weekly department CPD"),
                    SL("Key achievements:"),
                    BL("GCSE grades 4+ rose from 58% to 74% over four years",
                       "A-level entries doubled after launching a Year 11 further maths enrichment group")]),
                J(Bd("Teacher of Mathematics"), Rg("St Anselm's High School, Stockport | Sep 2013 – Aug 2018"), items=[
                    BL("Taught mathematics to Years 7–13, including A-level Further Mathematics",
                       "Ran the UKMT Maths Challenge club and the Year 7 numeracy catch-up programme")]),
            ]),
            ("Qualifications", [
                J(Bd("PGCE Secondary Mathematics with QTS"), Rg("University of Manchester | 2013")),
                J(Bd("BSc Mathematics"), Rg("University of Leeds | 2009 – 2012 | First Class")),
            ]),
            ("Volunteering", [P(
                "Volunteer tutor with the Manchester Maths Mentors charity, supporting adult learners preparing "
                "for Functional Skills exams (2016 – present).")]),
            ("Interests", [P("Fell running, choir (alto, Didsbury Community Choir) and cryptic crosswords.")]),
            ("References", [P("Mr Paul Hendry, Headteacher, Ashgrove Academy – p.hendry@ashgrove.sch.uk")]),
        ],
    },
    # ------------------------------------------------------------------ e08
    {
        "file": "e08_en_capsrule.pdf", "layout": "capsrule",
        "name": "Kevin Tran",
        "head": ["Licensed Journeyman Electrician · Seattle, WA"],
        "sections": [
            ("SUMMARY", [P(
                "Journeyman electrician with eight years of commercial and light industrial work, including four "
                "years of apprenticeship. Comfortable reading blueprints, leading small crews and working safely "
                "around energized equipment. Clean record, own tools, reliable transportation.")]),
            ("LICENSES & CERTIFICATIONS", [BL(
                "Washington State Journeyman Electrician (01) License",
                "OSHA 30-Hour Construction Safety",
                "NFPA 70E Electrical Safety in the Workplace",
                "First Aid / CPR, American Red Cross")]),
            ("WORK HISTORY", [
                J(Bd("Journeyman Electrician"), Rg("Cascade Electric Contractors, Seattle, WA  ·  2018 – Present"), items=[
                    BL("Install and terminate power and lighting circuits in offices, schools and medical clinics",
                       "Lead crews of two to four apprentices and check their work against code",
                       "Troubleshoot motor controls, VFDs and fire alarm interfaces"),
                    SL("Selected projects:"),
                    BL("Tenant improvement for a 6-floor biotech lab with a 2,000 A service upgrade",
                       "LED retrofit across 14 Seattle Public Schools buildings"),
                    SL("Tools used:"),
                    P("Fluke meters and megohmmeters, Greenlee benders and pullers, Bluebeam Revu on a tablet")]),
                J(Bd("Apprentice Electrician"), Rg("Puget Sound Electrical JATC placements  ·  2014 – 2018"), items=[
                    BL("Rotated through commercial, residential and low-voltage contractors",
                       "Pulled wire, bent conduit and built panels under journeyman supervision")]),
            ]),
            ("TRAINING", [
                J(Bd("Inside Wireman Apprenticeship (8,000 hours)"),
                  Rg("Puget Sound Electrical JATC, Renton, WA  ·  2014 – 2018")),
                J(Rg("High School Diploma, Franklin High School, Seattle  ·  2013")),
            ]),
            ("SKILLS", [BL(
                "Conduit bending (EMT, rigid, PVC)",
                "Blueprint and one-line diagram reading",
                "NEC 2020 code compliance",
                "Motor controls and PLC basics")]),
            ("LET'S TALK", [P(
                "Available for commercial and industrial work anywhere in the Puget Sound area. Call or text "
                "(206) 555-0199 or email kevin.tran.electric@gmail.com.")]),
        ],
    },
    # ------------------------------------------------------------------ e09
    {
        "file": "e09_en_twocol.pdf", "layout": "twocol", "name_in_sidebar": False,
        "name": "Nathan Brooks",
        "head": ["Mobile developer · Swift & SwiftUI"],
        "sidebar": [
            ("Get in touch", [P("nathan@nbrooks.dev"), P("+1 (312) 555-0166"), P("Chicago, IL"),
                              P("github.com/nbrooks")]),
            ("Toolkit", [BL("Swift, SwiftUI, UIKit", "Combine, async/await", "Core Data, GRDB",
                            "XCTest, snapshot tests", "Fastlane, Xcode Cloud", "Figma handoff")]),
            ("Languages", [BL("English – native", "Spanish – intermediate")]),
        ],
        "sections": [
            ("Profile", [P(
                "iOS developer with six years shipping consumer apps with millions of users. I enjoy the whole "
                "lifecycle: prototyping with designers, building solid offline-first data layers, and watching "
                "crash rates fall after a release.")]),
            ("Experience", [
                J(Bd("Senior iOS Engineer"), Rg("Tandem Fitness · Chicago · 2021 – present"), items=[
                    BL("Lead developer on the workout player used by 1.8M monthly users",
                       "Rewrote the sync engine for offline workouts; crash-free sessions rose to 99.8%",
                       "Mentor three developers and run the iOS guild's code review rota")]),
                J(Bd("iOS Developer"), Rg("Brightline Media · Chicago · 2018 – 2021"), items=[
                    BL("Built the news app's article reader and push notification preferences",
                       "Migrated the app from Objective-C to Swift, module by module",
                       "Set up Fastlane pipelines that cut release prep from a day to an hour")]),
            ]),
            ("Education", [
                J(Bd("B.S. Computer Science"), Rg("University of Illinois Chicago · 2014 – 2018"))]),
            ("Side Quests", [BL(
                "Trailhead – a hiking log app with 40k downloads on the App Store",
                "Contributor to an open-source Swift Markdown parser")]),
            ("Outside Work", [P(
                "Rock climbing, film photography and the Chicago Architecture Center's walking tours.")]),
        ],
    },
    # ------------------------------------------------------------------ e10
    {
        "file": "e10_en_largefont.pdf", "layout": "largefont",
        "name": "Grace Okafor",
        "head": ["People & HR partnering", "grace.okafor@gmail.com · 07911 555 230 · London, UK"],
        "sections": [
            ("Summary of Qualifications", [BL(
                "Chartered MCIPD with nine years in generalist and business partner HR roles",
                "Partnered with technology and operations leaders in organisations of 800–4,000 staff",
                "Led two restructures and a hybrid-working policy rollout with no tribunal claims",
                "Coach managers to handle difficult conversations early and fairly")]),
            ("Career History", [
                J(Bd("HR Business Partner"), Rg("Meridian Telecom, London · 2020 – present"), items=[
                    BL("Business partner to the CTO and five engineering directors (650 employees)",
                       "Lead on organisation design, workforce planning and the annual pay review"),
                    SL("Key achievements:"),
                    BL("Reduced engineering attrition from 19% to 11% with a career framework and stay interviews",
                       "Delivered a redundancy consultation for 120 roles with 60% of affected staff redeployed")]),
                J(Bd("HR Advisor"), Rg("Hollis Retail Group, Croydon · 2015 – 2020"), items=[
                    SL("Responsibilities:"),
                    BL("Advised store and area managers on disciplinary, grievance and absence cases",
                       "Ran the HR helpdesk and updated policies after employment law changes",
                       "Delivered manager training on recruitment and probation reviews")]),
            ]),
            ("Education", [
                J(Bd("MSc Human Resource Management"), Rg("Kingston University · 2014")),
                J(Bd("BA (Hons) Sociology"), Rg("University of Kent · 2012")),
            ]),
            ("Affiliations", [BL("Chartered Member, CIPD (MCIPD)", "Member, Black HR Professionals Network")]),
            ("Languages", [P("English (native), Yoruba (fluent), French (B1)")]),
            ("Giving back", [P(
                "Trustee of the Peckham Youth Football Trust since 2019 and volunteer CV reviewer for a local "
                "jobs club.")]),
        ],
    },
    # ------------------------------------------------------------------ e11
    {
        "file": "e11_en_wordstyles.docx", "layout": "wordstyles",
        "name": "Michael Brennan",
        "head": ["Commercial construction · PMP"],
        "sections": [
            ("Contact Information", [P("Denver, CO 80211"), P("(720) 555-0137"), P("mbrennan.pm@gmail.com")]),
            ("Qualifications Summary", [P(
                "Project manager with twelve years delivering commercial and healthcare buildings from "
                "preconstruction to closeout. Projects up to $85M, delivered on or ahead of schedule, with a strong "
                "safety record and good relationships with owners, architects and trade partners.")]),
            ("Employment History", [
                J(Bd("Senior Project Manager"), Rg("Alder & Pike Builders, Denver, CO | 2017 – Present"), items=[
                    BL("Manage budgets, schedules and subcontractor buyout for projects of $20–85M",
                       "Run OAC meetings and monthly owner reporting",
                       "Lead a team of two project engineers and three superintendents"),
                    SL("Selected projects:"),
                    BL("Rocky Mountain Children's Clinic, 4-storey outpatient building, $62M, delivered two weeks early",
                       "Union Station office fit-out, 180,000 sq ft, zero lost-time incidents")]),
                J(Bd("Project Engineer"), Rg("Summit Ridge Construction, Colorado Springs, CO | 2012 – 2017"), items=[
                    BL("Processed RFIs, submittals and change orders for school and retail projects",
                       "Built three-week look-ahead schedules with site superintendents")]),
            ]),
            ("Education", [J(Bd("B.S. Construction Management"), Rg("Colorado State University | 2012"))]),
            ("Certifications", [BL("Project Management Professional (PMP)", "LEED Green Associate",
                                   "OSHA 30-Hour Construction")]),
            ("Honors & Awards", [BL("ABC Rocky Mountain Excellence in Construction, Eagle Award (2021)",
                                    "Alder & Pike Project Manager of the Year (2019)")]),
        ],
    },
    # ------------------------------------------------------------------ e12
    {
        "file": "e12_de_bold.pdf", "layout": "bold",
        "name": "Katharina Vogel",
        "head": ["Controlling & Reporting",
                 "Rotebühlstraße 88, 70178 Stuttgart · 0171 5550 234 · k.vogel@posteo.de"],
        "sections": [
            ("Kurzprofil", [P(
                "Controllerin mit neun Jahren Erfahrung im Maschinenbau und in der Automobilzulieferindustrie. "
                "Schwerpunkte sind Budgetierung, Forecasting und der Aufbau von Management-Reportings in SAP und "
                "Power BI. Ich arbeite gern an der Schnittstelle zwischen Finanzen und Produktion.")]),
            ("Berufserfahrung", [
                J(Bd("Senior Controllerin"), Rg("Brandt Maschinenbau GmbH, Stuttgart | 04/2019 – heute"), items=[
                    SL("Aufgaben:"),
                    BL("Verantwortung für Budget und Forecast von drei Werken (Umsatz 310 Mio. €)",
                       "Monatliche Abweichungsanalysen und Berichte an die Geschäftsführung",
                       "Begleitung von Investitionsentscheidungen mit Wirtschaftlichkeitsrechnungen"),
                    SL("Wichtigste Erfolge:"),
                    BL("Einführung eines Power-BI-Reportings, das den Monatsabschluss um vier Tage verkürzt hat",
                       "Aufbau einer Produktkostenkalkulation, die Margenlücken von 2,4 Mio. € aufgedeckt hat")]),
                J(Bd("Controllerin"), Rg("Kessler Automotive AG, Heilbronn | 09/2014 – 03/2019"), items=[
                    BL("Kostenstellencontrolling für Produktion und Logistik",
                       "Mitarbeit an der SAP-S/4HANA-Einführung im Modul CO",
                       "Erstellung des Quartalsreportings für den Konzern")]),
            ]),
            ("Ausbildung", [
                J(Bd("M.Sc. Betriebswirtschaftslehre"), Rg("Universität Hohenheim | 2012 – 2014")),
                J(Bd("B.A. Business Administration"), Rg("Hochschule Pforzheim | 2009 – 2012")),
            ]),
            ("Kenntnisse", [BL("SAP S/4HANA CO und FI", "Power BI, Excel (VBA, Power Query)",
                               "IFRS und HGB-Grundlagen")]),
            ("Sprachen", [BL("Deutsch – Muttersprache", "Englisch – verhandlungssicher",
                             "Französisch – Grundkenntnisse")]),
            ("Sonstiges", [BL("Führerschein Klasse B", "Kündigungsfrist: drei Monate zum Quartalsende")]),
        ],
    },
    # ------------------------------------------------------------------ e13
    {
        "file": "e13_de_twocol.pdf", "layout": "twocol", "name_in_sidebar": False,
        "name": "Jonas Albrecht",
        "head": ["Fullstack-Entwickler · TypeScript & Python"],
        "sidebar": [
            ("Kontakt aufnehmen", [P("jonas.albrecht@mailbox.org"), P("+49 152 5550 1187"), P("Leipzig"),
                                   P("github.com/jalbrecht")]),
            ("Was ich kann", [BL("TypeScript, React, Node.js", "Python, Django, FastAPI", "PostgreSQL, Redis",
                                 "Docker, GitLab CI", "Testgetriebene Entwicklung")]),
            ("Sprachen", [BL("Deutsch – Muttersprache", "Englisch – C1", "Polnisch – Grundkenntnisse")]),
        ],
        "sections": [
            ("Über mich", [P(
                "Fullstack-Entwickler mit sechs Jahren Erfahrung in Agenturen und Produktteams. Ich baue "
                "Webanwendungen vom Datenbankschema bis zur Oberfläche und lege Wert auf verständlichen Code, "
                "gute Tests und enge Zusammenarbeit mit dem Design.")]),
            ("Stationen", [
                J(Bd("Senior Fullstack-Entwickler"), Rg("Nordlicht Software GmbH, Leipzig · seit 2021"), items=[
                    BL("Entwicklung einer Buchungsplattform für 400 Fitnessstudios (React, Django)",
                       "Einführung von End-to-End-Tests mit Playwright",
                       "Fachliche Betreuung von zwei Werkstudenten",
                       "Umzug der Infrastruktur von virtuellen Maschinen auf Docker und GitLab CI")]),
                J(Bd("Webentwickler"), Rg("Pixelwerk Agentur, Dresden · 2018 – 2021"), items=[
                    BL("Umsetzung von Kundenprojekten für Handel und öffentliche Verwaltung",
                       "Barrierefreie Frontends nach BITV 2.0",
                       "Pflege von Shopware- und WordPress-Installationen",
                       "Abstimmung mit Kundinnen und Kunden in Workshops und Sprint-Reviews")]),
            ]),
            ("Ausbildung", [J(Bd("B.Sc. Medieninformatik"), Rg("HTWK Leipzig · 2014 – 2018"))]),
            ("Ehrenamt", [P(
                "Coach bei der Leipziger Code-Werkstatt für Jugendliche; Organisation des monatlichen "
                "Python-Meetups.")]),
        ],
    },
    # ------------------------------------------------------------------ e14
    {
        "file": "e14_de_boldpara.docx", "layout": "boldpara",
        "name": "Lena Hoffmann",
        "head": ["Eventmanagement & Projektleitung", "Schanzenstraße 14, 20357 Hamburg",
                 "0160 5553 9012 · lena.hoffmann@web.de"],
        "sections": [
            ("Profil", [P(
                "Projektleiterin mit acht Jahren Erfahrung in der Planung von Messen, Kongressen und Firmenevents "
                "mit bis zu 5.000 Gästen. Ich behalte Budgets, Dienstleister und Zeitpläne im Blick und bleibe "
                "auch am Veranstaltungstag ruhig.")]),
            ("Beruflicher Werdegang", [
                J(Bd("Projektleiterin Events"), Rg("Hanse Kongress GmbH, Hamburg | 2019 – heute"), items=[
                    BL("Gesamtverantwortung für jährlich 12–15 Kongresse und Fachmessen",
                       "Budgetverantwortung bis 1,8 Mio. € pro Veranstaltung",
                       "Führung eines Teams aus vier Projektmanagerinnen"),
                    SL("Wichtigste Erfolge:"),
                    BL("Umstellung von drei Kongressen auf hybride Formate während der Pandemie",
                       "Senkung der Dienstleisterkosten um 14 % durch neue Rahmenverträge")]),
                J(Bd("Junior Projektmanagerin"), Rg("Blickfang Eventagentur, Hamburg | 2016 – 2019"), items=[
                    SL("Aufgaben:"),
                    BL("Planung von Firmenfeiern, Produktpräsentationen und Roadshows",
                       "Angebotserstellung und Abstimmung mit Locations und Caterern",
                       "Vor-Ort-Betreuung und Nachkalkulation")]),
            ]),
            ("Studium", [J(Bd("B.A. Tourismus- und Eventmanagement"), Rg("Hochschule Bremen | 2012 – 2016"))]),
            ("Weiterbildungen & Zertifikate", [BL("Certified Meeting Professional (CMP), 2021",
                                                  "Brandschutzhelferin, 2022")]),
            ("EDV-Kenntnisse", [BL("MS Office, Cvent, Eventbrite", "Asana, Miro")]),
            ("Sprachkenntnisse", [BL("Deutsch – Muttersprache", "Englisch – fließend",
                                     "Spanisch – gute Kenntnisse")]),
            ("Hobbys", [P("Segeln auf der Alster, Fotografie, Kochen")]),
        ],
    },
    # ------------------------------------------------------------------ e15
    {
        "file": "e15_de_datecol.pdf", "layout": "datecol",
        "name": "Stefan Krüger",
        "head": ["Elektrotechnik · Instandhaltung · SPS"],
        "sections": [
            ("Persönliche Daten", [P("Anschrift: Am Sparrenberg 7, 33602 Bielefeld"), P("Telefon: 0521 555 4411"),
                                   P("E-Mail: stefan.krueger@gmx.de"), P("Geburtsdatum: 14.06.1992")]),
            ("Berufspraxis", [
                J(Bd("Elektroniker für Betriebstechnik, Instandhaltung"),
                  Rg("Hartmann Verpackungstechnik GmbH, Bielefeld"), dates="seit 08/2017", items=[
                    SL("Aufgaben:"),
                    BL("Wartung und Störungsbeseitigung an Verpackungsanlagen im Dreischichtbetrieb",
                       "Programmierung und Fehlersuche in Siemens S7 und TIA Portal",
                       "Prüfung ortsveränderlicher Geräte nach DGUV V3",
                       "Dokumentation von Störungen und Wartungen in SAP PM"),
                    SL("Wichtigste Erfolge:"),
                    BL("Reduzierung ungeplanter Stillstände an Linie 4 um 35 %",
                       "Einarbeitung von sechs Auszubildenden")]),
                J(Bd("Elektroniker für Betriebstechnik"), Rg("Stadtwerke Gütersloh"),
                  dates="08/2013 – 07/2017", items=[
                    BL("Instandhaltung von Umspannstationen und Pumpwerken",
                       "Rufbereitschaft für das Mittelspannungsnetz",
                       "Mitarbeit bei der Umrüstung der Straßenbeleuchtung auf LED")]),
            ]),
            ("Ausbildung", [
                J(Bd("Ausbildung zum Elektroniker für Betriebstechnik"),
                  Rg("Stadtwerke Gütersloh, Abschluss vor der IHK (Note 1,8)"), dates="08/2010 – 07/2013"),
                J(Rg("Fachoberschulreife, Realschule Brackwede"), dates="2010"),
            ]),
            ("Zertifikate & Lehrgänge", [
                J(Rg("SPS-Fachkraft Siemens TIA Portal (TÜV Nord)"), dates="2021"),
                J(Rg("Elektrofachkraft für Prüfungen nach DGUV V3"), dates="2019"),
            ]),
            ("Kenntnisse", [BL("Siemens S7, TIA Portal, WinCC", "Antriebstechnik und Frequenzumrichter",
                               "Pneumatik und Hydraulik",
                               "Prüfungen nach DIN VDE 0100-600 und DIN VDE 0105-100")]),
            ("Freizeit", [P("Mountainbiken, Modellbau, Fußball im Verein")]),
        ],
    },
    # ------------------------------------------------------------------ e16
    {
        "file": "e16_fr_capsrule.pdf", "layout": "capsrule",
        "name": "Camille Durand",
        "head": ["Communication corporate & digitale", "camille.durand@laposte.net · 06 55 12 34 78 · Lyon"],
        "sections": [
            ("EN BREF", [P(
                "Chargée de communication depuis sept ans, entre agence et entreprise. J'aime construire des "
                "messages clairs, animer des réseaux sociaux avec peu de moyens et travailler main dans la main "
                "avec les équipes métiers.")]),
            ("PARCOURS", [
                J(Bd("Chargée de communication"), Rg("Rhône Énergies, Lyon · depuis 2020"), items=[
                    SL("Missions principales :"),
                    BL("Pilotage de la communication interne pour 1 200 collaborateurs",
                       "Animation des comptes LinkedIn et Instagram de l'entreprise",
                       "Rédaction du magazine interne trimestriel"),
                    SL("Réalisations clés :"),
                    BL("Audience LinkedIn multipliée par trois en deux ans",
                       "Refonte de l'intranet, avec un taux d'utilisation passé de 35 % à 70 %")]),
                J(Bd("Assistante communication"), Rg("Agence Tandem, Villeurbanne · 2017 – 2020"), items=[
                    BL("Organisation d'événements clients et de conférences de presse",
                       "Création de supports print et web avec la suite Adobe",
                       "Suivi des retombées presse")]),
            ]),
            ("FORMATION", [
                J(Bd("Master Communication des organisations"), Rg("Université Lumière Lyon 2 · 2015 – 2017")),
                J(Bd("Licence Information-Communication"), Rg("Université Jean Moulin Lyon 3 · 2012 – 2015")),
            ]),
            ("COMPÉTENCES", [BL("Rédaction et relecture", "Réseaux sociaux et community management",
                                "InDesign, Photoshop, Canva", "WordPress, Mailchimp")]),
            ("LANGUES", [BL("Français – langue maternelle", "Anglais – courant (C1)", "Italien – notions")]),
            ("CENTRES D'INTÉRÊT", [P("Théâtre amateur, randonnée dans le Vercors, podcasts d'histoire")]),
        ],
    },
    # ------------------------------------------------------------------ e17
    {
        "file": "e17_fr_largefont.pdf", "layout": "largefont",
        "name": "Julien Moreau",
        "head": ["Conception mécanique · Aéronautique"],
        "sections": [
            ("Profil", [P(
                "Ingénieur mécanique avec huit ans d'expérience en conception de pièces et d'ensembles pour "
                "l'aéronautique et le ferroviaire. Habitué à travailler avec les bureaux d'études, les "
                "fournisseurs et les équipes de production, du cahier des charges jusqu'à l'industrialisation.")]),
            ("Expérience professionnelle", [
                J(Bd("Ingénieur conception mécanique"), Rg("Aérostructures du Sud-Ouest, Toulouse · 2019 – aujourd'hui"), items=[
                    BL("Conception de supports et de ferrures en aluminium et titane sous CATIA V5",
                       "Calculs de dimensionnement et justification avec les équipes de calcul",
                       "Suivi des fournisseurs et traitement des non-conformités"),
                    SL("Projets marquants :"),
                    BL("Allègement de 12 % d'un ensemble de fixation de mât réacteur",
                       "Industrialisation d'une pièce en fabrication additive titane")]),
                J(Bd("Ingénieur d'études"), Rg("Ferrovia Ingénierie, Belfort · 2016 – 2019"), items=[
                    BL("Conception de sous-ensembles de bogies pour trains régionaux",
                       "Rédaction des dossiers de définition et des plans 2D",
                       "Participation aux essais de fatigue")]),
            ]),
            ("Formation", [J(Bd("Diplôme d'ingénieur, Génie mécanique"), Rg("INSA Lyon · 2011 – 2016"))]),
            ("Ce que je sais faire", [BL("CATIA V5, SolidWorks, Windchill",
                                         "Cotation fonctionnelle et tolérancement (GD&T)",
                                         "Analyse de la valeur, AMDEC",
                                         "Notions de calcul par éléments finis (Abaqus)")]),
            ("Langues", [P("Français (langue maternelle), anglais (courant, TOEIC 935), espagnol (intermédiaire)")]),
            ("Me contacter", [P("julien.moreau.meca@gmail.com"), P("07 55 98 41 20"), P("Toulouse (31)")]),
        ],
    },
    # ------------------------------------------------------------------ e18
    {
        "file": "e18_fr_wordstyles.docx", "layout": "wordstyles",
        "name": "Amélie Lefèvre",
        "head": ["Juriste en droit social"],
        "sections": [
            ("Coordonnées", [P("12 rue des Carmes, 44000 Nantes"), P("06 12 55 87 33"),
                             P("amelie.lefevre@orange.fr")]),
            ("À propos", [P(
                "Juriste en droit social avec six ans d'expérience en entreprise et en cabinet. J'accompagne les "
                "directions des ressources humaines sur les relations individuelles et collectives de travail, "
                "avec le souci de proposer des solutions concrètes et sécurisées.")]),
            ("Expériences", [
                J(Bd("Juriste droit social"), Rg("Groupe Atlantique Distribution, Nantes | 2020 – aujourd'hui"), items=[
                    BL("Conseil aux RH et aux managers sur les contrats, la durée du travail et les procédures "
                       "disciplinaires",
                       "Préparation des réunions du CSE et négociation des accords d'entreprise",
                       "Suivi des contentieux prud'homaux avec les avocats"),
                    SL("Réalisations :"),
                    BL("Négociation d'un accord sur le télétravail signé à l'unanimité",
                       "Mise en place d'une base de modèles de contrats utilisée par 40 RH")]),
                J(Bd("Juriste stagiaire puis collaboratrice"), Rg("Cabinet Morvan & Associés, Rennes | 2017 – 2020"), items=[
                    BL("Recherches juridiques et rédaction de consultations",
                       "Préparation des dossiers de plaidoirie")]),
            ]),
            ("Formation", [
                J(Bd("Master 2 Droit social"), Rg("Université de Rennes | 2017")),
                J(Bd("Master 1 Droit privé"), Rg("Université de Nantes | 2016")),
            ]),
            ("Publications", [BL(
                "« Le télétravail après les ordonnances : bilan pratique », Semaine sociale Lamy, 2022",
                "« Forfait-jours et contrôle de la charge de travail », Jurisprudence Sociale Lamy, 2020")]),
            ("Langues", [BL("Français – langue maternelle", "Anglais – professionnel", "Allemand – scolaire")]),
            ("Bénévolat", [P(
                "Permanences juridiques gratuites à la Maison de la Justice et du Droit de Nantes, un samedi "
                "par mois.")]),
        ],
    },
    # ------------------------------------------------------------------ e19
    {
        "file": "e19_fr_twocol.pdf", "layout": "twocol", "name_in_sidebar": False,
        "name": "Thomas Nguyen",
        "head": ["Analyste de données · SQL, Python, Tableau"],
        "sidebar": [
            ("Me contacter", [P("thomas.nguyen@proton.me"), P("07 81 55 26 40"), P("Lille"),
                              P("linkedin.com/in/thomasnguyen")]),
            ("Outils", [BL("SQL (PostgreSQL, BigQuery)", "Python (pandas, scikit-learn)", "Tableau, Looker",
                           "dbt, Airflow", "Excel avancé")]),
            ("Langues", [BL("Français – natif", "Anglais – C1", "Vietnamien – courant")]),
        ],
        "sections": [
            ("Qui je suis", [P(
                "Analyste de données depuis cinq ans dans le e-commerce et la grande distribution. Je transforme "
                "des questions métier floues en indicateurs fiables, et je préfère un tableau de bord simple et "
                "utilisé à un rapport parfait que personne ne lit.")]),
            ("Où j'ai travaillé", [
                J(Bd("Data analyst senior"), Rg("Maison Verte (e-commerce), Lille · depuis 2021"), items=[
                    BL("Référent données pour les équipes marketing et logistique",
                       "Modélisation des données de ventes avec dbt sur BigQuery",
                       "Prévision de la demande pour 8 000 références")]),
                J(Bd("Data analyst"), Rg("Hyper Nord, Villeneuve-d'Ascq · 2019 – 2021"), items=[
                    BL("Tableaux de bord de performance magasin sous Tableau",
                       "Analyses de promotions et de fidélité",
                       "Automatisation des extractions hebdomadaires en Python")]),
            ]),
            ("Ce que j'ai étudié", [
                J(Bd("Master Statistique et data science"), Rg("Université de Lille · 2017 – 2019"))]),
            ("Projets personnels", [BL(
                "Tableau de bord open data sur la qualité de l'air dans la métropole lilloise",
                "Analyse des données de vélos en libre-service V'Lille")]),
            ("En dehors du travail", [P("Badminton en club, cuisine vietnamienne, jeux de société")]),
        ],
    },
    # ------------------------------------------------------------------ e20
    {
        "file": "e20_es_datecol.pdf", "layout": "datecol",
        "name": "Lucía Fernández Ortega",
        "head": ["Arquitecta técnica", "lucia.fernandez.ortega@gmail.com · 655 123 987 · Valencia"],
        "sections": [
            ("Sobre mí", [P(
                "Arquitecta técnica con nueve años de experiencia en edificación residencial y rehabilitación. "
                "He dirigido obras de hasta 120 viviendas y me siento cómoda coordinando subcontratas, "
                "controlando costes y resolviendo imprevistos en obra.")]),
            ("Experiencia profesional", [
                J(Bd("Jefa de obra"), Rg("Construcciones Turia S.A., Valencia"), dates="2019 – actualidad", items=[
                    SL("Responsabilidades:"),
                    BL("Dirección de obras residenciales de 40 a 120 viviendas",
                       "Planificación, control de costes y certificaciones mensuales",
                       "Coordinación de seguridad y salud con el coordinador externo"),
                    SL("Logros principales:"),
                    BL("Entrega de una promoción de 96 viviendas con tres semanas de adelanto",
                       "Reducción del 8 % en desviaciones de presupuesto mediante control semanal")]),
                J(Bd("Técnica de oficina técnica"), Rg("Edifica Levante S.L., Alicante"), dates="2015 – 2019", items=[
                    BL("Mediciones y presupuestos con Presto",
                       "Estudios de licitación para obra pública y privada")]),
            ]),
            ("Formación académica", [
                J(Bd("Máster en Gestión de la Edificación"), Rg("Universidad de Alicante"), dates="2016 – 2017"),
                J(Bd("Grado en Arquitectura Técnica"), Rg("Universitat Politècnica de València"),
                  dates="2011 – 2015"),
            ]),
            ("Habilidades", [BL("Presto, AutoCAD, Revit", "Microsoft Project",
                                "Control de calidad y certificación energética")]),
            ("Idiomas", [BL("Español – nativo", "Valenciano – nativo", "Inglés – B2")]),
            ("Referencias", [P("Disponibles a petición.")]),
        ],
    },
    # ------------------------------------------------------------------ e21
    {
        "file": "e21_es_bold.pdf", "layout": "bold",
        "name": "Diego Martín Ruiz",
        "head": ["Dirección comercial B2B"],
        "sections": [
            ("Hablemos", [P("diego.martin.ruiz@gmail.com · +34 611 555 302 · Madrid · linkedin.com/in/diegomartinruiz")]),
            ("Perfil profesional", [P(
                "Responsable comercial con doce años de experiencia en venta B2B de software y servicios. He "
                "creado y dirigido equipos de ventas, abierto nuevos mercados en Portugal y Latinoamérica y "
                "superado objetivos de forma constante.")]),
            ("Trayectoria", [
                J(Bd("Jefe de ventas"), Rg("Nubia Software, Madrid | 2018 – actualidad"), items=[
                    BL("Dirección de un equipo de 11 comerciales y 3 preventas",
                       "Responsable de una cartera de 14 M€ en ingresos recurrentes",
                       "Definición de procesos comerciales y previsión de ventas en Salesforce"),
                    SL("Logros principales:"),
                    BL("Crecimiento de las ventas nuevas del 35 % anual durante tres años",
                       "Apertura de la oficina de Lisboa y primeros 20 clientes en Portugal")]),
                J(Bd("Ejecutivo de cuentas"), Rg("Datasur Consultores, Madrid | 2012 – 2018"), items=[
                    BL("Venta de proyectos de consultoría a grandes cuentas del sector financiero",
                       "Cumplimiento del 120 % del objetivo en 2016 y 2017")]),
            ]),
            ("Formación", [
                J(Bd("Máster en Dirección Comercial y Marketing"), Rg("ESIC Business & Marketing School | 2014")),
                J(Bd("Licenciatura en Administración y Dirección de Empresas"),
                  Rg("Universidad Complutense de Madrid | 2011")),
            ]),
            ("Lo que sé hacer", [BL("Negociación y cierre de grandes cuentas",
                                    "Gestión y formación de equipos comerciales",
                                    "Salesforce, HubSpot, LinkedIn Sales Navigator")]),
            ("Idiomas", [BL("Español – nativo", "Inglés – C1", "Portugués – B2")]),
            ("Voluntariado", [P(
                "Mentor en el programa de emprendimiento de la Fundación Créate para jóvenes de secundaria.")]),
        ],
    },
    # ------------------------------------------------------------------ e22
    {
        "file": "e22_es_boldpara.docx", "layout": "boldpara",
        "name": "Valentina Rojas",
        "head": ["Diseñadora gráfica y de marca",
                 "Ciudad de México · +52 55 5555 0147 · valentina.rojas.studio@gmail.com · behance.net/valerojas"],
        "sections": [
            ("Resumen", [P(
                "Diseñadora gráfica con siete años creando identidades de marca, empaques y campañas para "
                "restaurantes, cafés y marcas de consumo. Me gusta entender el negocio antes de abrir Illustrator "
                "y entregar sistemas visuales que los clientes puedan usar solos.")]),
            ("Experiencia", [
                J(Bd("Diseñadora senior"), Rg("Estudio Maguey, Ciudad de México | 2020 – actual"), items=[
                    BL("Dirección de arte en proyectos de identidad y empaque",
                       "Presentación de propuestas a clientes y seguimiento con imprentas",
                       "Supervisión de dos diseñadores junior"),
                    SL("Proyectos destacados:"),
                    BL("Identidad y empaque de Café Tlali, distribuido en 300 tiendas",
                       "Rediseño de marca para la cadena de panaderías La Espiga")]),
                J(Bd("Diseñadora gráfica"), Rg("Agencia Norte Creativo, Monterrey | 2017 – 2020"), items=[
                    BL("Piezas para redes sociales y campañas de punto de venta",
                       "Adaptación de campañas nacionales a formatos locales")]),
            ]),
            ("Estudios", [J(Bd("Licenciatura en Diseño Gráfico"), Rg("Universidad de Monterrey | 2013 – 2017"))]),
            ("Herramientas", [BL("Illustrator, Photoshop, InDesign", "Figma", "After Effects (básico)",
                                 "Preprensa y acabados de impresión")]),
            ("Premios y reconocimientos", [BL("Premio a! Diseño, categoría Empaque (2022)",
                                              "Pentawards, Bronce, Bebidas calientes (2021)")]),
            ("Fuera del trabajo", [P("Grabado en linóleo, cerámica y viajes en carretera por Oaxaca.")]),
        ],
    },
    # ------------------------------------------------------------------ e23
    {
        "file": "e23_es_capsrule.pdf", "layout": "capsrule",
        "name": "Andrés Castillo Peña",
        "head": ["Contador público · Auditoría y finanzas"],
        "sections": [
            ("DÓNDE ENCONTRARME", [P("Bogotá, Colombia"), P("+57 310 555 2244"), P("andres.castillo.cp@gmail.com")]),
            ("PERFIL", [P(
                "Contador público con diez años de experiencia en auditoría externa y contabilidad corporativa. "
                "Conocimiento sólido de NIIF, cierres contables y preparación de estados financieros consolidados "
                "para grupos empresariales.")]),
            ("TRAYECTORIA PROFESIONAL", [
                J(Bd("Jefe de contabilidad"), Rg("Grupo Andino de Alimentos, Bogotá · 2019 – actualidad"), items=[
                    SL("Responsabilidades:"),
                    BL("Cierre contable mensual de cinco sociedades",
                       "Preparación de estados financieros consolidados bajo NIIF",
                       "Relación con la revisoría fiscal y la DIAN"),
                    SL("Logros principales:"),
                    BL("Reducción del cierre mensual de 12 a 7 días hábiles",
                       "Implementación del módulo de activos fijos en SAP")]),
                J(Bd("Auditor senior"), Rg("Ruiz & Asociados Auditores, Bogotá · 2014 – 2019"), items=[
                    BL("Auditoría de estados financieros de empresas industriales y de servicios",
                       "Coordinación de equipos de tres a cinco auditores")]),
            ]),
            ("FORMACIÓN", [
                J(Bd("Especialización en Gerencia Tributaria"), Rg("Universidad de los Andes · 2017")),
                J(Bd("Contaduría Pública"), Rg("Pontificia Universidad Javeriana · 2009 – 2014")),
            ]),
            ("CERTIFICACIONES", [BL("Certificado en NIIF (ACCA DipIFR), 2018",
                                    "Tarjeta profesional de contador vigente")]),
            ("IDIOMAS", [BL("Español – nativo", "Inglés – B2")]),
            ("INFORMACIÓN ADICIONAL", [BL("Disponibilidad para viajar", "Licencia de conducción B1")]),
        ],
    },
]


# ------------------------------------------------------------------ PDF render
class PDFWriter:
    """Small helper around FPDF with per-layout styling."""

    STYLES = {
        # heading: (size, style, colour, rule, space_before)
        "bold": dict(h_size=12.5, h_style="B", h_color=(0, 0, 0), rule=False, name_size=20),
        "capsrule": dict(h_size=11.5, h_style="B", h_color=(25, 55, 100), rule=True, name_size=20),
        "largefont": dict(h_size=15.5, h_style="", h_color=(35, 75, 125), rule=False, name_size=22),
        "datecol": dict(h_size=12, h_style="B", h_color=(20, 20, 20), rule=False, name_size=20),
        "twocol": dict(h_size=12, h_style="B", h_color=(30, 60, 90), rule=False, name_size=20),
    }

    def __init__(self, layout):
        self.layout = layout
        self.st = self.STYLES[layout]
        pdf = FPDF(format="A4")
        pdf.set_creation_date(FIXED_DATE)
        pdf.add_font("DejaVu", "", REG)
        pdf.add_font("DejaVu", "B", BOLD)
        pdf.set_margins(18, 16, 18)
        pdf.set_auto_page_break(True, 16)
        pdf.add_page()
        self.pdf = pdf
        self.lh = 5.0
        self.body = 10

    # basic text primitives -------------------------------------------------
    def text(self, t, style="", size=None, color=(0, 0, 0), lh=None):
        pdf = self.pdf
        pdf.set_font("DejaVu", style, size or self.body)
        pdf.set_text_color(*color)
        pdf.set_x(pdf.l_margin)
        pdf.multi_cell(0, lh or self.lh, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)

    def bullets(self, items):
        pdf = self.pdf
        pdf.set_font("DejaVu", "", self.body)
        for it in items:
            pdf.set_x(pdf.l_margin + 2)
            pdf.cell(4, self.lh, "•")
            pdf.multi_cell(0, self.lh, it, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def heading(self, title):
        pdf = self.pdf
        st = self.st
        pdf.ln(4)
        if pdf.get_y() > pdf.h - 40:
            pdf.add_page()
        pdf.set_font("DejaVu", st["h_style"], st["h_size"])
        pdf.set_text_color(*st["h_color"])
        pdf.set_x(pdf.l_margin)
        pdf.cell(0, st["h_size"] * 0.5, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)
        if st["rule"]:
            y = pdf.get_y() + 0.8
            pdf.set_draw_color(*st["h_color"])
            pdf.set_line_width(0.4)
            pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
            pdf.set_draw_color(0, 0, 0)
            pdf.ln(2.5)
        else:
            pdf.ln(1.5)

    # content blocks ----------------------------------------------------------
    def blocks(self, blocks):
        for b in blocks:
            if isinstance(b, dict):
                self.entry(b)
            elif b[0] == "p":
                self.text(b[1])
            elif b[0] == "bl":
                self.bullets(b[1])
            elif b[0] == "sub":
                self.pdf.ln(0.8)
                self.text(b[1], style="B")
            else:
                raise ValueError(b)

    def entry(self, e):
        pdf = self.pdf
        pdf.ln(1.2)
        if self.layout == "datecol":
            # dates in a left column, entry text to the right of it
            if pdf.get_y() > pdf.h - 35:
                pdf.add_page()
            y0 = pdf.get_y()
            base = pdf.l_margin
            pdf.set_font("DejaVu", "", 9.5)
            pdf.set_text_color(90, 90, 90)
            pdf.set_xy(base, y0)
            pdf.cell(36, self.lh, e["dates"] or "")
            pdf.set_text_color(0, 0, 0)
            pdf.set_left_margin(base + 38)
            pdf.set_xy(base + 38, y0)
            self._entry_body(e)
            pdf.set_left_margin(base)
            pdf.set_x(base)
        else:
            self._entry_body(e)

    def _entry_body(self, e):
        for t, style in e["lines"]:
            if style == "B":
                self.text(t, style="B", size=self.body + 0.5)
            else:
                self.text(t, color=(70, 70, 70))
        self.blocks(e["items"])

    # whole documents ---------------------------------------------------------
    def header(self, name, head, center=False):
        pdf = self.pdf
        pdf.set_font("DejaVu", "B", self.st["name_size"])
        pdf.cell(0, 10, name, align="C" if center else "L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("DejaVu", "", 10)
        pdf.set_text_color(60, 60, 60)
        for line in head:
            pdf.cell(0, 5, line, align="C" if center else "L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)

    def single_column(self, r):
        center = self.layout == "capsrule"
        self.header(r["name"], r["head"], center=center)
        if self.layout == "datecol":
            # body text sits right of the date column, headings at the margin
            for title, blocks in r["sections"]:
                self.heading(title)
                base = self.pdf.l_margin
                for b in blocks:
                    if isinstance(b, dict):
                        self.entry(b)
                    else:
                        self.pdf.set_left_margin(base + 38)
                        self.pdf.set_x(base + 38)
                        self.blocks([b])
                        self.pdf.set_left_margin(base)
                        self.pdf.set_x(base)
        else:
            for title, blocks in r["sections"]:
                self.heading(title)
                self.blocks(blocks)

    def two_column(self, r):
        pdf = self.pdf
        side_x, side_w, gap = 12, 56, 7
        main_x = side_x + side_w + gap
        pdf.set_margins(side_x, 14, 12)
        if r.get("name_in_sidebar"):
            top = 14
        else:
            pdf.set_xy(side_x, 14)
            self.header(r["name"], r["head"])
            y = pdf.get_y() + 3
            pdf.set_draw_color(30, 60, 90)
            pdf.set_line_width(0.5)
            pdf.line(side_x, y, pdf.w - 12, y)
            top = y + 3
        # sidebar background
        pdf.set_fill_color(236, 240, 244)
        pdf.rect(side_x - 2, top - 2, side_w + 4, pdf.h - top - 10, style="F")
        # sidebar column
        pdf.set_left_margin(side_x)
        pdf.set_right_margin(pdf.w - side_x - side_w)
        pdf.set_xy(side_x, top)
        self.body = 9
        self.lh = 4.6
        if r.get("name_in_sidebar"):
            pdf.set_font("DejaVu", "B", 17)
            pdf.multi_cell(0, 8, r["name"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            for i, line in enumerate(r["head"]):
                self.text(line, color=(60, 60, 60) if i else (30, 60, 90))
        else:
            pdf.set_y(top - 4)  # align first sidebar heading with the main column
        for title, blocks in r["sidebar"]:
            self.heading(title)
            self.blocks(blocks)
        # main column
        self.body = 10
        self.lh = 5.0
        pdf.set_left_margin(main_x)
        pdf.set_right_margin(12)
        pdf.set_xy(main_x, top)
        first = True
        for title, blocks in r["sections"]:
            if first:
                pdf.set_y(top - 4)  # heading() adds 4mm before itself
                first = False
            self.heading(title)
            self.blocks(blocks)

    def save(self, path):
        self.pdf.output(path)


def render_pdf(r, path):
    w = PDFWriter(r["layout"])
    if r["layout"] == "twocol":
        w.two_column(r)
    else:
        w.single_column(r)
    w.save(path)


# ----------------------------------------------------------------- DOCX render
def render_docx(r, path):
    d = docx.Document()
    cp = d.core_properties
    cp.author = r["name"]
    cp.title = "CV " + r["name"]
    cp.created = FIXED_DATE.replace(tzinfo=None)
    cp.modified = FIXED_DATE.replace(tzinfo=None)
    cp.last_modified_by = r["name"]
    normal = d.styles["Normal"]
    normal.font.size = Pt(10.5)
    styled = r["layout"] == "wordstyles"

    def para(text, bold=False, size=None, color=None, style=None, space_before=None):
        p = d.add_paragraph(style=style)
        run = p.add_run(text)
        if bold:
            run.bold = True
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor(*color)
        p.paragraph_format.space_after = Pt(2)
        if space_before is not None:
            p.paragraph_format.space_before = Pt(space_before)
        return p

    # name + contact block
    if styled:
        d.add_heading(r["name"], level=0)
    else:
        para(r["name"], bold=True, size=18)
    for line in r["head"]:
        para(line, color=(80, 80, 80))

    def blocks(bs):
        for b in bs:
            if isinstance(b, dict):
                for i, (t, style) in enumerate(b["lines"]):
                    para(t, bold=(style == "B"), size=11 if style == "B" else None,
                         color=None if style == "B" else (90, 90, 90),
                         space_before=6 if i == 0 else None)
                blocks(b["items"])
            elif b[0] == "p":
                para(b[1])
            elif b[0] == "bl":
                for it in b[1]:
                    p = d.add_paragraph(it, style="List Bullet")
                    p.paragraph_format.space_after = Pt(1)
            elif b[0] == "sub":
                para(b[1], bold=True, space_before=3)
            else:
                raise ValueError(b)

    for title, bs in r["sections"]:
        if styled:
            d.add_heading(title, level=1)
        else:
            para(title, bold=True, size=12.5, space_before=12)
        blocks(bs)
    # save, then rewrite the zip with fixed timestamps so the bytes are reproducible
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 5, 1, 9, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(fixed, zin.read(info.filename))


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: python make_blind4.py OUTDIR")
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for r in RESUMES:
        path = os.path.join(out, r["file"])
        if r["file"].endswith(".pdf"):
            render_pdf(r, path)
        else:
            render_docx(r, path)
        print("wrote", path)


if __name__ == "__main__":
    main()
