"""The stages after a refusal, drawn on the case's home page as a picture (templates/cases/stages.svg).

Each kind of decision sits on one path; the case's decision marks where the person is now. Labels are
wrapped into lines here, because SVG text does not wrap by itself.
"""

import textwrap
from dataclasses import dataclass, field

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from selfhelp.cases import road

APPEAL = [
    _("Refusal letter"),
    _("Appeal to the First-tier Tribunal"),
    _("Tribunal hearing and decision"),
    _("Permission to appeal to the Upper Tribunal"),
    _("Appeal rights exhausted: a fresh claim or other options"),
]
CERTIFIED = [
    _("Refusal, certified as clearly unfounded: no appeal"),
    _("Judicial review: act promptly, with a lawyer"),
    _("Further submissions or other options"),
]
OUT_OF_COUNTRY = [
    _("Refusal, certified: appeal only after you leave the UK"),
    _("You leave the UK: 28 days to appeal"),
    _("Appeal heard while you are outside the UK"),
]
INADMISSIBILITY = [
    _("Notice of intent: the Home Office may not decide your claim"),
    _("Your representations: why your claim should be decided here"),
    _("Inadmissibility decision, or your claim goes ahead in the UK"),
    _("Judicial review of an inadmissibility decision"),
]

PATHS = {
    road.APPEAL_PATH: APPEAL,
    road.CERTIFIED_PATH: CERTIFIED,
    road.OUT_OF_COUNTRY_PATH: OUT_OF_COUNTRY,
    road.INADMISSIBILITY_PATH: INADMISSIBILITY,
}

WIDTH = 320
LINE = 19  # px between lines of a label
GAP = 22  # px between stages
WRAP = 30  # characters per line


@dataclass
class Stage:
    state: str  # "done", "now" or "next"
    marker_y: int  # the middle of the stage's circle
    lines: list = field(default_factory=list)  # (y, text); text None is the "You are here" line
    href: str = ""  # the guide that explains this stage


@dataclass
class Picture:
    stages: list
    height: int
    description: str  # every stage in full, for screen readers
    # The marker's words. Translated here, not in the picture's template: makemessages does not read
    # .svg templates, so a string marked there would never reach the catalogues.
    here: str = ""
    links: list = field(default_factory=list)  # (label, guide address, is the stage now) for each stage

    @property
    def line(self):
        """Where the line joining the circles starts and ends."""
        return self.stages[0].marker_y, self.stages[-1].marker_y


def guide_url(target):
    """The address of a guide named as in selfhelp.cases.road ("slug" or "slug#section")."""
    slug, _hash, section = target.partition("#")
    url = reverse("guides:detail", args=[slug])
    return f"{url}#{section}" if section else url


def for_case(case, where=None):
    """The picture's stages for a case, or None when its decision is on no path ("something else").

    ``where`` is the case's :class:`road.Now` (its stage from its decision and its hearing dates); without
    it, the stage comes from the decision alone. Each stage links to the guide that explains it.
    """
    where = where or road.now(case.decision, hearings=[], today=timezone.localdate())
    if where.path is None:
        return None
    path, now = PATHS[where.path], where.stage
    stages, y = [], 8
    for index, label in enumerate(path):
        texts = textwrap.wrap(str(label), WRAP) or [""]
        if index == now:
            texts.append(None)
        state = "done" if index < now else "now" if index == now else "next"
        lines = [(y + 12 + n * LINE, t) for n, t in enumerate(texts)]
        href = guide_url(road.stage_guide(where.path, index))
        stages.append(Stage(state, marker_y=y + 6, lines=lines, href=href))
        y += len(texts) * LINE + GAP
    description = " → ".join(
        f"{n}. {label}" + (f" ({gettext('you are here')})" if n - 1 == now else "")
        for n, label in enumerate(path, start=1)
    )
    links = [(label, stage.href, stage.state == "now") for label, stage in zip(path, stages, strict=True)]
    return Picture(
        stages=stages, height=y - GAP + 14, description=description, here=gettext("You are here"), links=links
    )
