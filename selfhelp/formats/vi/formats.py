# Vietnamese: "20 tháng 3 năm 2026" (Django's own format starts with a capital "Ngày", which reads
# oddly inside a sentence). Digits 0-9.
DATE_FORMAT = r"j \t\há\n\g n \nă\m Y"
SHORT_DATE_FORMAT = "d/m/Y"
DATETIME_FORMAT = r"H:i, j \t\há\n\g n \nă\m Y"
SHORT_DATETIME_FORMAT = "H:i d/m/Y"
TIME_FORMAT = "H:i"
MONTH_DAY_FORMAT = r"j \t\há\n\g n"
YEAR_MONTH_FORMAT = r"\t\há\n\g n \nă\m Y"
FIRST_DAY_OF_WEEK = 1
