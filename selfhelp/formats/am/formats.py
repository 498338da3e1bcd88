# Amharic: Gregorian dates, as on the person's English papers (never the Ethiopian calendar), with the
# English month beside the Amharic name (selfhelp/i18n/dates.py adds it); 24-hour times, never the
# Ethiopian clock (which counts hours from 6 in the morning). Digits 0-9.
DATE_FORMAT = "j F Y"
SHORT_DATE_FORMAT = "d/m/Y"
DATETIME_FORMAT = "j F Y, H:i"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
TIME_FORMAT = "H:i"
MONTH_DAY_FORMAT = "j F"
YEAR_MONTH_FORMAT = "F Y"
FIRST_DAY_OF_WEEK = 1
