"""The site in every language: checks on translations, English stand-ins, dates.

`checks` and `content` import no Django: the `translations` command, the tests and the guide loader
share them.
"""
