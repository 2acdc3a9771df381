"""Who may see what. Staff see their own contact point's listings; coordinators see all.
Outside a staff member's scope is a 404, never a 403, so nothing leaks."""

from typing import TypeVar

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.db.models import Model, QuerySet
from django.http import Http404

from contactpoints.models import ContactPoint, Municipality, StaffMembership

M = TypeVar("M", bound=Model)


def membership(user: AbstractBaseUser | AnonymousUser | None) -> StaffMembership | None:
    if not (user and user.is_authenticated and user.is_active and user.is_staff):
        return None
    return getattr(user, "membership", None)


def is_coordinator(user: AbstractBaseUser | AnonymousUser | None) -> bool:
    if user and user.is_authenticated and user.is_superuser:
        return True
    m = membership(user)
    return bool(m and m.is_coordinator)


def contact_points_for(user: AbstractBaseUser | AnonymousUser) -> QuerySet[ContactPoint]:
    """The contact points whose listings this user may see and edit."""
    if is_coordinator(user):
        return ContactPoint.objects.all()
    m = membership(user)
    if m is None or m.contact_point_id is None:
        return ContactPoint.objects.none()
    return ContactPoint.objects.filter(pk=m.contact_point_id)


def municipalities_for(user: AbstractBaseUser | AnonymousUser) -> QuerySet[Municipality]:
    if is_coordinator(user):
        return Municipality.objects.all()
    return Municipality.objects.filter(contact_points__in=contact_points_for(user)).distinct()


def scope_to_contact_point(
    queryset: QuerySet[M], user: AbstractBaseUser | AnonymousUser, field: str = "contact_point"
) -> QuerySet[M]:
    """Filter any queryset with a contact point relation down to the user's scope."""
    if is_coordinator(user):
        return queryset
    return queryset.filter(**{f"{field}__in": contact_points_for(user)})


def get_in_scope_or_404(
    queryset: QuerySet[M],
    user: AbstractBaseUser | AnonymousUser,
    field: str = "contact_point",
    **lookup,
) -> M:
    obj = scope_to_contact_point(queryset, user, field).filter(**lookup).first()
    if obj is None:
        raise Http404
    return obj
