from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from selfhelp import throttle
from selfhelp.accounts.deletion import delete_everything, plan
from selfhelp.accounts.export import export_zip
from selfhelp.accounts.forms import DeleteEverythingForm, LoginForm, SignUpForm
from selfhelp.accounts.models import Session
from selfhelp.cases import offline


def signup(request):
    if request.user.is_authenticated:
        return redirect("cases:list")
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and not throttle.attempt(
        request, "signup", settings.SIGNUPS_PER_ADDRESS_PER_HOUR
    ):
        form.is_valid()  # the form shown again keeps the username typed (never the passwords)
        form.errors.clear()
        form.add_error(
            None,
            _(
                "Too many accounts have been made from this internet connection in the last hour. Wait "
                "an hour, then try again, or use another connection."
            ),
        )
        return render(request, "accounts/signup.html", {"form": form}, status=429)
    if form.is_valid():
        user = form.save()
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Your account is ready. Nothing is shared until you choose."))
        return redirect(request.GET.get("next") if _safe(request) else "cases:list")
    return render(request, "accounts/signup.html", {"form": form})


def _safe(request):
    from django.utils.http import url_has_allowed_host_and_scheme

    target = request.GET.get("next")
    return bool(target) and url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure())


class LoginView(auth_views.LoginView):
    form_class = LoginForm
    template_name = "accounts/login.html"
    redirect_authenticated_user = True

    def form_valid(self, form):
        response = super().form_valid(form)
        # A shared phone is the norm: the session ends after an hour without use, unless asked.
        self.request.session.set_expiry(
            settings.KEEP_SIGNED_IN_SECONDS if form.cleaned_data["keep_signed_in"] else None
        )
        return response


@require_POST
def logout_view(request):
    logout(request)
    messages.success(request, _("You are logged out."))
    response = redirect("home")
    # Pages kept for reading offline, and drafts kept on this phone, go with the person.
    response["Clear-Site-Data"] = offline.CLEAR
    return response


@require_POST
@login_required
def logout_everywhere(request):
    """End every session of this account, on every device, this one included."""
    user = request.user
    logout(request)
    Session.objects.filter(user=user).delete()
    messages.success(request, _("You are logged out on every device."))
    return redirect("accounts:login")


@login_required
def account(request):
    return render(request, "accounts/account.html")


@login_required
def export(request):
    response = HttpResponse(export_zip(request.user, request), content_type="application/zip")
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename="after-refusal.zip"
    )
    return response


@login_required
def delete(request):
    form = DeleteEverythingForm(request.user, request.POST or None)
    if form.is_valid():
        user = request.user
        logout(request)
        delete_everything(user)
        messages.success(request, _("Your account and everything only you held are deleted."))
        return redirect("home")
    deleted, kept = plan(request.user)
    return render(request, "accounts/delete.html", {"form": form, "deleted": deleted, "kept": kept})
