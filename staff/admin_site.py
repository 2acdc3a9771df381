"""The staff workspace at /beheer/: Django's admin with a required second factor.

staff.admin_config.StaffAdminConfig replaces "django.contrib.admin" in INSTALLED_APPS, so ``admin.site`` (the
registry every app uses with ``@admin.register``) is a StaffAdminSite: every admin page,
whichever app registers it, needs a password *and* a verified TOTP or backup code.
"""

import logging
from importlib import import_module

from django.conf import settings
from django.contrib import admin
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.views import redirect_to_login
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.views import shortcut
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import resolve_url
from django.urls import path, reverse
from django.utils.functional import SimpleLazyObject
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django_otp import user_has_device
from two_factor.admin import AdminSiteOTPRequiredMixin

from staff import sessions  # noqa: F401  (starts the session clock at login)
from staff.scoping import ContactPointScopedAdmin

logger = logging.getLogger(__name__)


class StaffAdminSite(AdminSiteOTPRequiredMixin, admin.AdminSite):
    site_header = _("Zelfhulpkaart beheer")
    site_title = _("Zelfhulpkaart beheer")
    index_title = _("Uw werkplek")
    index_template = "admin/staff_home.html"
    # The staff home links to everything; the sidebar would cost two permission queries
    # on every page (quality.md R8: an admin list in at most 8 queries).
    enable_nav_sidebar = False

    def each_context(self, request):
        # As AdminSite.each_context, but the app list is only built when a page shows it
        # (the index does); building it asks the permission tables on every page.
        script_name = request.META["SCRIPT_NAME"]
        site_url = script_name if self.site_url == "/" and script_name else self.site_url
        return {
            "site_title": self.site_title,
            "site_header": self.site_header,
            "site_url": site_url,
            "has_permission": self.has_permission(request),
            "available_apps": SimpleLazyObject(lambda: self.get_app_list(request)),
            "is_popup": False,
            "is_nav_sidebar_enabled": self.enable_nav_sidebar,
            "log_entries": self.get_log_entries(request),
        }

    def login(self, request, extra_context=None):
        redirect_to = request.POST.get(REDIRECT_FIELD_NAME, request.GET.get(REDIRECT_FIELD_NAME))
        if not redirect_to or not url_has_allowed_host_and_scheme(
            url=redirect_to, allowed_hosts={request.get_host()}
        ):
            redirect_to = resolve_url(settings.LOGIN_REDIRECT_URL)
        user = request.user
        if user.is_active and user.is_staff and not user.is_verified():
            # Logged in with a password only. Without a device yet: enrol one now (the
            # setup page refuses users who already have one). With a device: log in again,
            # this time with the code.
            if not user_has_device(user):
                return HttpResponseRedirect(reverse("two_factor:setup"))
        return redirect_to_login(redirect_to)

    def index(self, request, extra_context=None):
        extra_context = {"attention": attention_items(request.user), **(extra_context or {})}
        return super().index(request, extra_context)

    def get_urls(self):
        urls = super().get_urls()
        # "View on site" would redirect to any object by id, whoever's it is: scope it.
        scoped = path(
            "r/<path:content_type_id>/<path:object_id>/",
            self.admin_view(self.view_on_site),
            name="view_on_site",
        )
        return [scoped if getattr(u, "name", None) == "view_on_site" else u for u in urls]

    def view_on_site(self, request, content_type_id, object_id):
        try:
            model = ContentType.objects.get_for_id(content_type_id).model_class()
        except (ContentType.DoesNotExist, ValueError):
            raise Http404 from None
        model_admin = self._registry.get(model)
        if model_admin is None or not model_admin.has_view_permission(request):
            raise Http404
        if isinstance(model_admin, ContactPointScopedAdmin):
            model_admin.get_object(request, object_id)
        return shortcut(request, content_type_id, object_id)


def attention_items(user):
    """What needs attention for this user: each provider in settings.STAFF_ATTENTION_PROVIDERS
    returns (label, count, url) tuples; only non-zero counts are shown."""
    items = []
    for dotted in settings.STAFF_ATTENTION_PROVIDERS:
        try:
            module_name, _dot, func_name = dotted.rpartition(".")
            provided = list(getattr(import_module(module_name), func_name)(user))
        except Exception:
            # One broken queue must not hide the others from the staff home.
            logger.exception("Staff attention provider %s failed", dotted)
            continue
        for label, count, url in provided:
            if count:
                items.append({"label": label, "count": count, "url": url})
    return items
