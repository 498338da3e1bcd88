"""The sources behind what the file request pages and letters say, each with the day it was checked.

All were checked on 24 November 2026, against the research note (§6) and the pages named, except where
a citation says what was not checked, and RELEVANT_TIME, whose start date was checked on 6 December 2026
(the research note's "Corrections (December 2026)", point 6, and SI 2026/82).
"""

from datetime import date

from selfhelp.deadlines.rules import SAR_RELEVANT_TIME, SAR_RESPONSE, LegalSource

CHECKED = date(2026, 11, 24)

RIGHT_OF_ACCESS = LegalSource(
    "UK GDPR, Article 15 (the right of access: a copy of your personal data)",
    "https://www.legislation.gov.uk/eur/2016/679/article/15",
    CHECKED,
)
TIME_LIMIT = SAR_RESPONSE  # Article 12(3): one month, extendable by two; Article 12A: the "relevant time"
COUNTING = LegalSource(
    "Information Commissioner's Office, “I need to complete a SAR” (how to count one month)",
    "https://ico.org.uk/global/sar-checklist-for-smes/i-need-to-complete-a-sar",
    CHECKED,
)
RELEVANT_TIME = LegalSource(
    "Data (Use and Access) Act 2025, section 76: new Article 12A UK GDPR (the month starts once the request "
    "and any proof of identity asked for have arrived; it can pause while the Home Office asks what you "
    "want), in force since 5 February 2026 (SI 2026/82, regulation 2(h))",
    SAR_RELEVANT_TIME.url,
    SAR_RELEVANT_TIME.checked,
)
HOME_OFFICE = LegalSource(
    "Home Office, “Request copies of personal information held in the borders, immigration and "
    "citizenship system” (basic, specific and detailed requests; free; one month once it has all the "
    "supporting documents)",
    "https://www.gov.uk/government/publications/requests-for-personal-data-uk-visas-and-immigration/"
    "request-personal-information-held-by-uk-visas-and-immigration",
    CHECKED,
)
IMMIGRATION_EXEMPTION = LegalSource(
    "Data Protection Act 2018, Schedule 2, paragraph 4 (the immigration exemption: only “to the extent "
    "that” giving the data “would be likely to prejudice” effective immigration control) and paragraph 4A "
    "(its safeguards, amended in 2022 and 2024 after court judgments)",
    "https://www.legislation.gov.uk/ukpga/2018/12/schedule/2/paragraph/4",
    CHECKED,
)
ICO_COMPLAINTS = LegalSource(
    "Information Commissioner's Office, “What to expect” (complain to the organisation first; follow up "
    "after 30 days without an answer; complain to the ICO within three months of your last contact)",
    "https://ico.org.uk/make-a-complaint/data-protection-complaints/what-to-expect/",
    CHECKED,
)
INFORMATION_COMMISSION = LegalSource(
    "Data (Use and Access) Act 2025, sections 117 to 119 (the Information Commission takes over from the "
    "Information Commissioner). Whether this is in force was not checked.",
    "https://www.legislation.gov.uk/ukpga/2025/18/contents",
    CHECKED,
)

# What each page cites.
REQUEST = (RIGHT_OF_ACCESS, TIME_LIMIT, COUNTING, RELEVANT_TIME, HOME_OFFICE)
TRACKING = (
    TIME_LIMIT,
    COUNTING,
    RELEVANT_TIME,
    IMMIGRATION_EXEMPTION,
    ICO_COMPLAINTS,
    INFORMATION_COMMISSION,
)
