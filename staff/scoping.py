"""Admin base classes that keep staff inside their own contact point.

Use them in any app's admin.py instead of ``admin.ModelAdmin``::

    from staff.scoping import ContactPointScopedAdmin

    @admin.register(Submission)
    class SubmissionAdmin(ContactPointScopedAdmin):
        contact_point_field = "contact_point"  # or e.g. "group__contact_point"

For a staff member (coordinators and superusers see everything):

- ``get_queryset()`` is cut down to the member's contact point, so the changelist, bulk
  actions (the admin only acts on rows of this queryset), exports (django-import-export
  reads it too) and autocomplete results only ever hold rows in scope;
- the change, delete and history pages (django-simple-history's included) of any other
  row are a 404: never a 403 and never the admin's "does not exist" redirect, so nothing
  tells a member that a row exists elsewhere;
- foreign-key and many-to-many choices on the form (and in ``ScopedInlineMixin`` inlines)
  are limited to what the member may use: their contact point, the municipalities it
  covers, and rows of any model whose own admin is a ``ContactPointScopedAdmin``;
- the list filter on the contact point is hidden (there is only one);
- permissions follow the role, not Django's per-model permission table: every staff
  member with a StaffMembership may view, add and change rows in scope; deleting is for
  coordinators unless ``staff_can_delete = True``.

Rows scoped by place rather than by contact point (venues) set ``municipality_field``
instead; they are limited to the municipalities the member's contact point covers.

``CoordinatorEditedAdmin`` is for reference data (regions, themes, municipalities...):
every staff member may view it (autocomplete needs that), only coordinators change it.
``CoordinatorOnlyAdmin`` is invisible to staff (staff memberships, the outbox of all).
``ReferenceTableAdmin`` (regions, municipalities, postcode areas, place names) is like
``CoordinatorEditedAdmin`` but left out of a staff member's app list: they still reach it
where a form looks something up (autocomplete) or a link leads there, but their workspace
lists only what they work on. ``NotInStaffAppList`` does the same for any admin (the
outbox: staff reach their undelivered mail from the staff home).

Tests: log in with the ``otp_client`` fixture from tests/conftest.py (the admin needs a
verified second factor) and assert 404s for other contact points' rows.
"""

from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.http import Http404

from contactpoints.models import ContactPoint, Municipality
from contactpoints.permissions import (
    contact_points_for,
    is_coordinator,
    membership,
    municipalities_for,
)


def is_staff_member(user) -> bool:
    """Staff with a contact point, coordinators and superusers: who may use the workspace."""
    if is_coordinator(user):
        return True
    m = membership(user)
    return bool(m and m.contact_point_id)


def scoped_choices(model_admin, request, related_model):
    """The rows of related_model this user may pick in a form, or None for 'no limit'."""
    user = request.user
    if is_coordinator(user):
        return None
    if related_model is ContactPoint:
        return contact_points_for(user)
    if related_model is Municipality:
        return municipalities_for(user)
    related_admin = model_admin.admin_site._registry.get(related_model)
    if isinstance(related_admin, ContactPointScopedAdmin):
        return related_admin.get_queryset(request)
    return None


class ScopedChoicesMixin:
    """Limit foreign-key and many-to-many choices to the user's scope (admins and inlines)."""

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if "queryset" not in kwargs:
            choices = scoped_choices(self, request, db_field.remote_field.model)
            if choices is not None:
                kwargs["queryset"] = choices
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if "queryset" not in kwargs:
            choices = scoped_choices(self, request, db_field.remote_field.model)
            if choices is not None:
                kwargs["queryset"] = choices
        return super().formfield_for_manytomany(db_field, request, **kwargs)


class ScopedInlineMixin(ScopedChoicesMixin):
    """For inlines of a scoped admin: the same role permissions and limited choices."""

    staff_can_delete = True

    def has_view_permission(self, request, obj=None):
        return is_staff_member(request.user) or super().has_view_permission(request, obj)

    def has_add_permission(self, request, obj=None):
        return is_staff_member(request.user) or super().has_add_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return is_staff_member(request.user) or super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if self.staff_can_delete and is_staff_member(request.user):
            return True
        return super().has_delete_permission(request, obj)


class ContactPointScopedAdmin(ScopedChoicesMixin, admin.ModelAdmin):
    contact_point_field = "contact_point"
    # Set instead of contact_point_field for rows that belong to a place (e.g. venues).
    municipality_field = None
    staff_can_delete = False

    # Scope

    def scope_queryset(self, queryset, request):
        user = request.user
        if is_coordinator(user):
            return queryset
        if self.municipality_field:
            return queryset.filter(**{f"{self.municipality_field}__in": municipalities_for(user)})
        return queryset.filter(**{f"{self.contact_point_field}__in": contact_points_for(user)})

    def get_queryset(self, request):
        return self.scope_queryset(super().get_queryset(request), request)

    def get_object(self, request, object_id, from_field=None):
        # The admin would redirect to the index with "does not exist"; outside scope is a 404.
        obj = super().get_object(request, object_id, from_field)
        if obj is None:
            raise Http404
        return obj

    def history_view(self, request, object_id, extra_context=None):
        self.get_object(request, unquote(object_id))
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # django-simple-history reads the historical row without asking get_queryset().
        self.get_object(request, unquote(object_id))
        return super().history_form_view(request, object_id, version_id, extra_context)

    def get_list_filter(self, request):
        filters = super().get_list_filter(request)
        if is_coordinator(request.user) or self.municipality_field:
            return filters
        field = self.contact_point_field
        return [f for f in filters if (f[0] if isinstance(f, tuple | list) else f) != field]

    # Permissions by role

    def has_module_permission(self, request):
        return is_staff_member(request.user) or super().has_module_permission(request)

    def has_view_permission(self, request, obj=None):
        return is_staff_member(request.user) or super().has_view_permission(request, obj)

    def has_add_permission(self, request):
        return is_staff_member(request.user) or super().has_add_permission(request)

    def has_change_permission(self, request, obj=None):
        return is_staff_member(request.user) or super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        user = request.user
        return is_coordinator(user) or (self.staff_can_delete and is_staff_member(user))


class CoordinatorEditedAdmin(admin.ModelAdmin):
    """Reference data: staff may look (autocomplete needs it), coordinators edit."""

    def has_module_permission(self, request):
        return is_staff_member(request.user) or super().has_module_permission(request)

    def has_view_permission(self, request, obj=None):
        return is_staff_member(request.user) or super().has_view_permission(request, obj)

    def has_add_permission(self, request):
        return is_coordinator(request.user)

    def has_change_permission(self, request, obj=None):
        return is_coordinator(request.user)

    def has_delete_permission(self, request, obj=None):
        return is_coordinator(request.user)


class CoordinatorOnlyAdmin(admin.ModelAdmin):
    """Invisible to staff of a contact point: a 403 on every page (it is not their data)."""

    def has_module_permission(self, request):
        return is_coordinator(request.user)

    def has_view_permission(self, request, obj=None):
        return is_coordinator(request.user)

    def has_add_permission(self, request):
        return is_coordinator(request.user)

    def has_change_permission(self, request, obj=None):
        return is_coordinator(request.user)

    def has_delete_permission(self, request, obj=None):
        return is_coordinator(request.user)


class NotInStaffAppList:
    """Left out of the app list (staff home, app pages) of staff of a contact point; the
    pages themselves answer as the admin's other permissions say."""

    def has_module_permission(self, request):
        return is_coordinator(request.user)


class ReferenceTableAdmin(NotInStaffAppList, CoordinatorEditedAdmin):
    """Reference data staff need not browse: coordinators see and edit it; staff may look
    (autocomplete needs it) but it is not in their app list."""
