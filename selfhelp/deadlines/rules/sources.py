"""Where each rule comes from, and the date it was last checked against that source."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class LegalSource:
    """Where a rule comes from, and the date it was last checked against that source."""

    citation: str
    url: str
    checked: date


# ---------------------------------------------------------------------------------------------
# Sources (research note section in brackets). Each carries the date it was last checked:
#
# - CHECKED (2026-11-24): checked against sections 1-13 of the research note. Not re-read since.
# - RECHECKED (2026-12-06): re-read against the note's "Corrections (December 2026)" or another
#   source read that day (named in the citation): FTT IAC rule 19 (legislation.gov.uk, version of
#   25 December 2023), NIAA 2002 s.94(3A) and s.92 as amended by NABA 2022 s.28 (legislation
#   copy to 4 April 2026), the Home Office's section 94 guidance v7.0, the notice of intent times
#   (v8.0 as quoted by Free Movement; written answer HL4723 of 23 May 2024), and the start of
#   Article 12A UK GDPR (SI 2026/82, regulation 2(h)).
# ---------------------------------------------------------------------------------------------

CHECKED = date(2026, 11, 24)
RECHECKED = date(2026, 12, 6)

_FTT_IAC = "Tribunal Procedure (First-tier Tribunal) (Immigration and Asylum Chamber) Rules 2014"
_FTT_IAC_URL = "https://www.legislation.gov.uk/uksi/2014/2604/article/"
_UT = "Tribunal Procedure (Upper Tribunal) Rules 2008"
_UT_URL = "https://www.legislation.gov.uk/uksi/2008/2698/article/"

FTT_APPEAL_IN_UK = LegalSource(f"{_FTT_IAC}, rule 19(2)", _FTT_IAC_URL + "19", RECHECKED)  # §1.1
FTT_APPEAL_AFTER_LEAVING = LegalSource(f"{_FTT_IAC}, rule 19(3)(a)", _FTT_IAC_URL + "19", RECHECKED)
FTT_APPEAL_OUTSIDE_UK = LegalSource(f"{_FTT_IAC}, rule 19(3)(b)", _FTT_IAC_URL + "19", RECHECKED)
# Corrections (December 2026), points 1 and 2.
NO_APPEAL_CERTIFIED = LegalSource(
    "Nationality, Immigration and Asylum Act 2002, section 94(3A) (no appeal against a decision on a claim "
    "certified as clearly unfounded), inserted by the Nationality and Borders Act 2022, section 28, in force "
    "28 June 2022; section 28(4) keeps the old rules for claims certified before then",
    "https://www.legislation.gov.uk/ukpga/2022/36/section/28",
    RECHECKED,
)
NO_APPEAL_CERTIFIED_GUIDANCE = LegalSource(
    'Home Office, "Certification of protection and human rights claims under section 94 of the '
    'Nationality, Immigration and Asylum Act 2002 (clearly unfounded claims)", version 7.0 (8 November '
    "2023): no right of appeal for decisions certified after 27 June 2022",
    "https://www.gov.uk/government/publications/appeals",
    RECHECKED,
)
APPEAL_FROM_INSIDE_UK = LegalSource(
    "Nationality, Immigration and Asylum Act 2002, section 92(2) (an appeal against the refusal of a "
    "protection claim is brought from inside the UK unless certified under section 94(7) or Schedule 3 "
    "to the 2004 Act) and section 92(8) (an appeal brought from inside the UK is treated as abandoned if "
    "you leave the UK)",
    "https://www.legislation.gov.uk/ukpga/2002/41/section/92",
    RECHECKED,
)
OUT_OF_COUNTRY_CERTIFICATES = LegalSource(
    "Nationality, Immigration and Asylum Act 2002, section 94B (human rights claims certified so that the "
    "appeal is brought from outside the UK); Asylum and Immigration (Treatment of Claimants, etc.) Act "
    "2004, Schedule 3 (safe third country certificates)",
    "https://www.legislation.gov.uk/ukpga/2002/41/section/94B",
    RECHECKED,
)
# The old certificates' appeal: the research note's "Corrections (December 2026)", point 1.
NABA_COMMENCEMENT = date(2022, 6, 28)
PERMISSION_FTT_IN_UK = LegalSource(f"{_FTT_IAC}, rule 33(2)", _FTT_IAC_URL + "33", CHECKED)  # §2
PERMISSION_FTT_OUTSIDE_UK = LegalSource(f"{_FTT_IAC}, rule 33(3)", _FTT_IAC_URL + "33", CHECKED)
PERMISSION_UT_IN_UK = LegalSource(f"{_UT}, rule 21(3)(aa)", _UT_URL + "21", CHECKED)
PERMISSION_UT_OUTSIDE_UK = LegalSource(f"{_UT}, rule 21(3)(b)", _UT_URL + "21", CHECKED)
JUDICIAL_REVIEW_UT = LegalSource(f"{_UT}, rule 28(2)", _UT_URL + "28", CHECKED)  # §3
JUDICIAL_REVIEW_SCOTLAND = LegalSource(
    "Court of Session Act 1988, section 27A(1)",
    "https://www.legislation.gov.uk/ukpga/1988/36/section/27A",
    CHECKED,
)
JUDICIAL_REVIEW_NI = LegalSource(
    "Rules of the Court of Judicature (Northern Ireland) 1980, Order 53, rule 4",
    "https://www.courtsni.gov.uk/en-GB/Services/jr/Pages/default.aspx",
    CHECKED,
)
NOI_REPRESENTATIONS = LegalSource(  # §4
    'Home Office, "Inadmissibility: safe third country cases", version 8.0 (29 April 2024), '
    '"Representation timescales and extensions" (as quoted by Free Movement), and the written answer '
    "HL4723 of 23 May 2024 (7 days in detention, 14 days otherwise, more time can be asked for). The time "
    "limit paragraph of version 9.0 (15 August 2024) was NOT checked",
    "https://www.gov.uk/government/publications/inadmissibility-third-country-cases",
    RECHECKED,
)
SUPPORT_ENDS = LegalSource(  # §5.1
    "Immigration and Asylum Act 1999, section 94(3); Asylum Support Regulations 2000, regulation 2(2)",
    "https://www.legislation.gov.uk/ukpga/1999/33/section/94",
    CHECKED,
)
SUPPORT_APPEAL = LegalSource(  # §5.2
    "Tribunal Procedure (First-tier Tribunal) (Social Entitlement Chamber) Rules 2008, rule 22(2)(a)",
    "https://www.legislation.gov.uk/uksi/2008/2685/article/22",
    CHECKED,
)
APPEAL_RIGHTS_EXHAUSTED = LegalSource(  # §7
    "Nationality, Immigration and Asylum Act 2002, section 104",
    "https://www.legislation.gov.uk/ukpga/2002/41/section/104",
    CHECKED,
)
APPEAL_RIGHTS_EXHAUSTED_CERTIFIED = LegalSource(
    'Home Office, "Enforced removals: notice periods", version 2.0 (meaning of "appeal rights exhausted")',
    "https://www.gov.uk/government/publications/returns-preparation/enforced-removals-notice-periods-accessible-version",
    CHECKED,
)
SAR_RESPONSE = LegalSource(  # §6
    "UK GDPR, Article 12(3) (and Article 12A, added by the Data (Use and Access) Act 2025)",
    "https://www.legislation.gov.uk/eur/2016/679/article/12",
    CHECKED,
)
SAR_RELEVANT_TIME = LegalSource(  # Corrections (December 2026), point 6
    "Data (Use and Access) Act 2025, section 76 (new Article 12A UK GDPR), in force on 5 February 2026: "
    "the Data (Use and Access) Act 2025 (Commencement No. 6 and Transitional and Saving Provisions) "
    "Regulations 2026 (SI 2026/82), regulation 2(h)",
    "https://www.legislation.gov.uk/uksi/2026/82/regulation/2",
    RECHECKED,
)

# The rules that move a last day that is not a working day (named in the counting steps).
ROLL_FTT_IAC = "First-tier Tribunal (Immigration and Asylum Chamber) Rules 2014, rule 11"
ROLL_UT = "Upper Tribunal Rules 2008, rule 12(2)"
ROLL_SEC = "First-tier Tribunal (Social Entitlement Chamber) Rules 2008, rule 12"
ROLL_SAR = "ICO guidance on subject access: time limits"
