from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.db.models import Count, Prefetch
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from guides.models import Change, Guide, Section
from selfhelp import languages, throttle
from selfhelp.cases import history, offline, records, stages, suggested, tools
from selfhelp.cases.access import case_view
from selfhelp.cases.forms import CaseForm, ShareCodeForm
from selfhelp.cases.models import DismissedChange, JoinAttempt, Membership, ShareCode, Tick, share_code_hash
from selfhelp.cases.summary import case_summaries, case_summary
from selfhelp.cases.this_week import this_week
from selfhelp.pdf import render_pdf

WRONG_CODES_PER_HOUR = 10


@login_required
def case_list(request):
    memberships = request.user.memberships.select_related("case").order_by("-case__updated")
    cases = [membership.case for membership in memberships]
    for case, membership in zip(cases, memberships, strict=True):
        case.membership = membership
    summaries = case_summaries(cases)
    return render(request, "cases/list.html", {"summaries": summaries})


@login_required
def case_new(request):
    form = CaseForm(
        request.POST or None, initial={"language": request.LANGUAGE_CODE}, submit=_("Save the case")
    )
    if form.is_valid():
        case = records.create_case(request.user, form.save(commit=False))
        messages.success(request, _("Your case is saved. Only you can see it until you share it."))
        return redirect(case)
    return render(request, "cases/form.html", {"form": form, "title": _("Save a case")})


@case_view
def case_home(request, case):
    context = {**home_context(request, case), "kept_offline": case.public_id in offline.kept_cases(request)}
    return render(request, "cases/case.html", context)


@case_view
def case_pdf(request, case):
    return render_pdf(request, "cases/case.html", home_context(request, case), filename="case.pdf")


@case_view
def plan_pdf(request, case):
    """ "My plan": the case on A4 in the person's language and English side by side (selfhelp.cases.plan)."""
    from selfhelp.cases import plan

    code = get_language() or "en"
    context = {"case": case, "rows": plan.rows(case, code), "title": "My plan"}
    return render_pdf(request, "cases/plan.html", context, filename="my-plan.pdf")


@case_view
def card_pdf(request, case):
    """The deadline card: the next deadline and this week's steps, both languages, on A6."""
    from selfhelp.cases import plan

    code = get_language() or "en"
    parts = ("cases/plan/next.html", "cases/includes/this_week.html")
    context = {"case": case, "rows": plan.rows(case, code, parts), "title": "Deadline card", "card": True}
    return render_pdf(request, "cases/plan.html", context, filename="deadline-card.pdf")


def home_context(request, case):
    events = case.events.select_related("user", "member")[:5]
    where = suggested.where(case)
    return {
        "case": case,
        "facts": _facts(case),
        "summary": case_summary(case),
        "tool_lines": tools.status_lines(case, timezone.localdate()),
        "stages": stages.for_case(case, where),
        "week": this_week(case),
        "suggested": suggested.for_case(case, where),
        "events": history.describe(events, request.user),
        "members": case.memberships.select_related("user"),
        "changes": changes_for(case),
    }


def changes_for(case):
    """The "What changed" entries this case's member should see on its home page.

    A change is shown when it touches the case's kind of decision and was added to the site on or
    after the day the case was saved (the advice the person read before saving already followed the
    older ones), until this member hides it.
    """
    since = timezone.localdate(case.created)
    membership = getattr(case, "membership", None)  # absent when a case is exported without a viewer
    hidden = set(membership.dismissed_changes.values_list("change_id", flat=True)) if membership else set()
    return [
        change
        for change in Change.objects.filter(published__gte=since)
        if change.touches(case.decision) and change.pk not in hidden
    ]


@case_view
@require_POST
def dismiss_change(request, case, key):
    """Hide a "What changed" notice from this member's view of the case's home page."""
    change = get_object_or_404(Change, key=key)
    DismissedChange.objects.get_or_create(membership=case.membership, change=change)
    messages.success(request, _("The notice is hidden. You can still read it on the page “What changed”."))
    return redirect(case)


def _facts(case):
    """The case's facts that are filled in, as (label, value) for the home page."""
    facts = []
    for name in CaseForm.Meta.fields[1:]:
        field = case._meta.get_field(name)
        value = getattr(case, name)
        if value in (None, "", False):
            continue
        if name == "language":  # a language by its own name, marked as written in that language
            language = languages.get(value)
            value = format_html(
                '<span lang="{}" dir="{}">{}</span>', language.code, language.direction, language.native
            )
        elif field.choices:
            value = getattr(case, f"get_{name}_display")()
        elif value is True:
            value = _("Yes")
        facts.append({"label": capfirst(field.verbose_name), "value": value})
    return facts


@case_view
def case_edit(request, case):
    form = CaseForm(request.POST or None, instance=case)
    if form.is_valid():
        if form.has_changed():
            form.save()
            history.record(case, request.user, history.CHANGED, fields=form.changed_data)
            messages.success(request, _("Saved."))
        return redirect(case)
    return render(
        request, "cases/form.html", {"form": form, "case": case, "title": _("Change the case's facts")}
    )


@case_view(owner=True)
def case_delete(request, case):
    if request.method == "POST":
        case.delete()
        messages.success(request, _("The case and everything in it are deleted."))
        response = redirect("cases:list")
        response["Clear-Site-Data"] = offline.CLEAR  # its pages kept on this phone go too
        return response
    return render(request, "cases/delete.html", {"case": case})


@case_view
def case_history(request, case):
    events = case.events.select_related("user", "member")
    return render(
        request, "cases/history.html", {"case": case, "events": history.describe(events, request.user)}
    )


# Sharing ------------------------------------------------------------------------------------------


@case_view(owner=True)
def share(request, case):
    code = None
    if request.method == "POST":
        share_code, code = ShareCode.issue(case, request.user)
        history.record(case, request.user, history.SHARE_CODE)
        expires = share_code.expires
    else:
        expires = None
    return render(
        request,
        "cases/share.html",
        {"case": case, "code": code, "expires": expires, "members": case.memberships.select_related("user")},
    )


@case_view(owner=True)
@require_POST
def member_remove(request, case, member_id):
    membership = get_object_or_404(case.memberships.exclude(role=Membership.Role.OWNER), pk=member_id)
    membership.delete()
    history.record(case, request.user, history.REMOVED, member=membership.user)
    messages.success(request, _("%(name)s can no longer see this case.") % {"name": membership.user.username})
    return redirect("cases:share", case.public_id)


@case_view
@require_POST
def leave(request, case):
    if case.membership.role == Membership.Role.OWNER:
        messages.error(request, _("You own this case. Delete it instead, or keep it."))
        return redirect(case)
    case.membership.delete()
    history.record(case, request.user, history.LEFT)
    messages.success(request, _("You have left the case."))
    return redirect("cases:list")


@login_required
def join(request):
    """Join a case with a share code. Wrong codes are limited per person (``JoinAttempt``, in the
    database) and per address (selfhelp.throttle, so that many new accounts do not get more tries)."""
    form = ShareCodeForm(request.POST or None)
    if request.method == "POST":
        hour_ago = timezone.now() - timezone.timedelta(hours=1)
        if JoinAttempt.objects.filter(
            user=request.user, at__gt=hour_ago
        ).count() >= WRONG_CODES_PER_HOUR or throttle.over(
            request, "share-code", settings.SHARE_CODES_PER_ADDRESS_PER_HOUR
        ):
            form.add_error(None, _("Too many wrong codes. Wait an hour, then try again."))
            return render(request, "cases/join.html", {"form": form}, status=429)
        if form.is_valid():
            with transaction.atomic():
                share_code = (
                    ShareCode.objects.usable()
                    .select_for_update()
                    .filter(code_hash=share_code_hash(form.cleaned_data["code"]))
                    .select_related("case")
                    .first()
                )
                if share_code is None:
                    JoinAttempt.objects.create(user=request.user)
                    throttle.attempt(request, "share-code", settings.SHARE_CODES_PER_ADDRESS_PER_HOUR)
                    form.add_error(
                        "code", _("This code does not work. It may be mistyped, used or older than 48 hours.")
                    )
                else:
                    case = share_code.case
                    share_code.used = timezone.now()
                    share_code.save(update_fields=["used"])
                    _membership, created = Membership.objects.get_or_create(
                        case=case, user=request.user, defaults={"role": Membership.Role.SUPPORTER}
                    )
                    if created:
                        history.record(case, request.user, history.JOINED)
                    messages.success(request, _("You can now see this case and help with it."))
                    return redirect(case)
    return render(request, "cases/join.html", {"form": form})


# Checklists ---------------------------------------------------------------------------------------


def _checklist_guides():
    """Guides that have checklists, each with its action sections and their items."""
    sections = Section.objects.annotate(n=Count("items")).filter(n__gt=0).prefetch_related("items")
    return Guide.objects.prefetch_related(Prefetch("sections", queryset=sections, to_attr="action_sections"))


@case_view
def checklists(request, case):
    ticked = set(case.ticks.values_list("item_id", flat=True))
    guides = []
    for guide in _checklist_guides():
        items = [item.pk for section in guide.action_sections for item in section.items.all()]
        if items:
            guides.append({"guide": guide, "done": len(ticked.intersection(items)), "total": len(items)})
    return render(request, "cases/checklists.html", {"case": case, "guides": guides})


@case_view
def checklist(request, case, slug):
    guide = get_object_or_404(_checklist_guides(), slug=slug)
    items = {item.pk: item for section in guide.action_sections for item in section.items.all()}
    ticked = set(case.ticks.filter(item_id__in=items).values_list("item_id", flat=True))
    if request.method == "POST":
        if "item" in request.POST and "checked" in request.POST:  # one box, saved by case-checklist.js
            wanted = set(ticked)
            item_id = _int(request.POST["item"])
            if item_id in items:
                (wanted.add if request.POST["checked"] == "1" else wanted.discard)(item_id)
        else:  # the whole form, saved with its button
            wanted = {item_id for item_id in map(_int, request.POST.getlist("item")) if item_id in items}
        _save_ticks(case, request.user, items, ticked, wanted)
        if request.headers.get("Accept") == "application/json":
            return JsonResponse({"done": len(wanted), "total": len(items)})
        messages.success(request, _("Saved."))
        return redirect("cases:checklist", case.public_id, slug)
    return render(
        request,
        "cases/checklist.html",
        {"case": case, "guide": guide, "ticked": ticked, "done": len(ticked), "total": len(items)},
    )


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _save_ticks(case, user, items, ticked, wanted):
    with transaction.atomic():
        for item_id in wanted - ticked:
            Tick.objects.create(case=case, item_id=item_id, by=user)
            history.record(case, user, history.TICKED, item_id=item_id, item=items[item_id].text_en)
        removed = ticked - wanted
        if removed:
            case.ticks.filter(item_id__in=removed).delete()
            for item_id in removed:
                history.record(case, user, history.UNTICKED, item_id=item_id, item=items[item_id].text_en)
        if wanted != ticked:
            case.save(update_fields=["updated"])
