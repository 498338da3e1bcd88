"""The one place Word (DOCX) documents are set up and saved, with python-docx.

Letters and statements for the Home Office, a lawyer or the tribunal are plain A4 documents in Arial 11,
with no author or editor names in their properties (a shared phone or a supporter's laptop should not
sign a person's letter with its owner's name).
"""

import io
import re

# Characters an XML document cannot hold. Text people paste from PDFs sometimes carries them.
NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def plain(value):
    """Text as a Word document can hold it."""
    return NOT_XML.sub("", value or "")


def new_document(title, space_after_pt=8):
    """An empty A4 document with the site's margins and font, titled `title`, with no personal metadata."""
    from docx import Document
    from docx.shared import Cm, Pt

    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.2))
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(space_after_pt)
    properties = document.core_properties
    properties.author = ""
    properties.last_modified_by = ""
    properties.comments = ""
    properties.title = plain(title)
    return document


def to_bytes(document):
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
