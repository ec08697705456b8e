"""What a dosing record's fields are called on pages (the form, an addendum's changes),
in the reader's language; the English is each field's verbose name."""

from django.utils.translation import gettext_lazy as _

RECORD_LABELS = {
    "setting": _("setting"),
    "route": _("route"),
    "dose_mg": _("dose (mg)"),
    "weight_kg": _("weight at dosing (kg)"),
    "lot_number": _("lot number"),
    "started_at": _("started at"),
    "ended_at": _("ended at"),
    "intention": _("intention"),
    "sedation_observed": _("sedation observed"),
    "dissociation_observed": _("dissociation observed"),
    "respiratory_concern": _("respiratory concern"),
    "adverse_events": _("adverse events"),
    "ready_to_leave_at": _("ready to leave at"),
    "transport_arranged": _("transport arranged"),
    "home_monitor_present": _("home monitor present"),
    "concomitant_sedatives": _("concomitant sedatives"),
    "concomitant_stimulants": _("concomitant stimulants"),
    "concomitant_maois": _("concomitant MAOIs"),
    "notes": _("notes"),
}
