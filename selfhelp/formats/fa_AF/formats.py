# Dari: Gregorian dates, as on the person's English papers (not the Solar Hijri calendar used in
# Afghanistan), with the English month beside the Dari name (selfhelp/i18n/dates.py adds it);
# 24-hour times. Digits 0-9, not Persian digits: the person matches each date against English papers.
DATE_FORMAT = "j F Y"
SHORT_DATE_FORMAT = "Y/m/d"
DATETIME_FORMAT = "j F Y، H:i"
SHORT_DATETIME_FORMAT = "Y/m/d H:i"
TIME_FORMAT = "H:i"
MONTH_DAY_FORMAT = "j F"
YEAR_MONTH_FORMAT = "F Y"
FIRST_DAY_OF_WEEK = 6
