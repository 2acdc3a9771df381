"""The import preview's report in the staff's words: per row nieuw, gewijzigd, ongewijzigd
or geweigerd (with the reason), and the totals, for any django-import-export result."""

from django import template
from django.utils.translation import gettext as _
from import_export.results import RowResult

register = template.Library()


def _labels():
    return {
        RowResult.IMPORT_TYPE_NEW: _("nieuw"),
        RowResult.IMPORT_TYPE_UPDATE: _("gewijzigd"),
        RowResult.IMPORT_TYPE_SKIP: _("ongewijzigd"),
        RowResult.IMPORT_TYPE_DELETE: _("verwijderd"),
        RowResult.IMPORT_TYPE_ERROR: _("geweigerd"),
        RowResult.IMPORT_TYPE_INVALID: _("geweigerd"),
    }


def _reasons(row):
    error = getattr(row, "validation_error", None)
    if error is not None:
        if hasattr(error, "message_dict"):
            return [
                f"{field}: {message}" if field != "__all__" else message
                for field, messages in error.message_dict.items()
                for message in messages
            ]
        return list(error.messages)
    return [str(e.error) for e in getattr(row, "errors", [])]


@register.simple_tag
def import_report(result):
    """{"totals": [(label, n)], "rows": [{"line", "status", "kind", "name", "reasons"}]}"""
    labels = _labels()
    rows, totals = [], {}
    for index, row in enumerate(result.rows):
        kind = row.import_type or RowResult.IMPORT_TYPE_ERROR
        label = labels.get(kind, kind)
        totals[label] = totals.get(label, 0) + 1
        values = getattr(row, "row_values", None) or {}
        rows.append(
            {
                "line": index + 2,  # the header is line 1
                "status": label,
                "kind": "refused" if kind in ("error", "invalid") else kind,
                "name": row.object_repr or values.get("name") or values.get("id") or "",
                "reasons": _reasons(row),
            }
        )
    order = [_("nieuw"), _("gewijzigd"), _("ongewijzigd"), _("geweigerd"), _("verwijderd")]
    return {
        "totals": [(label, totals.get(label, 0)) for label in order[:4]],
        "rows": rows,
        "refused": totals.get(_("geweigerd"), 0),
    }
