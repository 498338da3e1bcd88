"""The recipients' details this code ships with. The admin is the place to change them.

What was checked on 24 November 2026, and against what:

Home Office, Subject Access Request Unit (SARU)
- The official guidance page (GOV.UK, "Request copies of personal information held in the borders,
  immigration and citizenship system"): three kinds of request, all free, answered within 1 month once the
  Home Office has all the supporting documents; it links to the online form. Read on GOV.UK.
- The postal address, 2 Ruskin Square, Dingwall Road, Croydon CR0 2WF: the GOV.UK page's change log
  records "Updated Subject Access Request Unit (SARU) postal address" in autumn 2024, and two copies of
  Home Office pages give this address (the3million's guide; the Single Competent Authority's SAR page).
  The address on the guidance page itself could not be read: marked "check before sending".
- The email address could not be confirmed: left empty, and the page says so.

Information Commissioner's Office (ICO)
- Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, and the helpline 0303 123 1113 (ICO pages).
- The online complaint route and "what to expect" (complain to the organisation first; follow up after 30
  days without a reply; complain within three months of the last contact): ico.org.uk.
- The Data (Use and Access) Act 2025 (sections 117 to 119) replaces the ICO with the Information
  Commission. Whether that part is in force could not be checked: marked "check before sending".
"""

from datetime import date

from django.utils.translation import gettext_noop

# The notes below are marked for the catalogues: pages translate a recipient's note when it is still
# the one shipped here (an edit in the admin is shown as typed, in English).

CHECKED = date(2026, 11, 24)

HOME_OFFICE_GUIDANCE = (
    "https://www.gov.uk/government/publications/requests-for-personal-data-uk-visas-and-immigration/"
    "request-personal-information-held-by-uk-visas-and-immigration"
)

DEFAULTS = {
    "home-office": {
        "name": "Subject Access Request Unit (SARU), Home Office",
        "address": "2 Ruskin Square\nDingwall Road\nCroydon\nCR0 2WF",
        "email": "",
        "phone": "",
        "online_url": HOME_OFFICE_GUIDANCE,
        "guidance_url": HOME_OFFICE_GUIDANCE,
        "last_checked": CHECKED,
        "check_note": gettext_noop(
            "We took this postal address from copies of Home Office pages (autumn 2024), not from the "
            "Home Office's page itself. We could not confirm an email address for these requests. Check "
            "both on the Home Office's page before you send anything."
        ),
    },
    "ico": {
        "name": "Information Commissioner's Office",
        "address": "Wycliffe House\nWater Lane\nWilmslow\nCheshire\nSK9 5AF",
        "email": "",
        "phone": "0303 123 1113",
        "online_url": "https://ico.org.uk/make-a-complaint/",
        "guidance_url": "https://ico.org.uk/make-a-complaint/data-protection-complaints/what-to-expect/",
        "last_checked": CHECKED,
        "check_note": gettext_noop(
            "A 2025 law (the Data (Use and Access) Act 2025) replaces the Information Commissioner's Office "
            "with the Information Commission. We could not check whether this has happened yet. Check the "
            "name and address on ico.org.uk before you send anything."
        ),
    },
}
