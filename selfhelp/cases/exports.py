"""The documents a case contributes to 'Download everything': each tool registers a function.

A function takes (case, request) and returns a list of (file name, bytes). Tools register theirs in
their AppConfig.ready(); the case's own summary PDF is registered by the cases app.
"""

DOCUMENTS = []


def register(function):
    DOCUMENTS.append(function)
    return function


def documents_for(case, request=None):
    for function in DOCUMENTS:
        yield from function(case, request)
