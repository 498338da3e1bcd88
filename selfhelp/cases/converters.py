class CaseIdConverter:
    """A case's public identifier in a URL: 22 URL-safe characters (see models.new_case_id).

    Registered as <case:case_id> when the cases app is ready, so every tool's urls.py can use it.
    """

    regex = r"[A-Za-z0-9_-]{22}"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value
