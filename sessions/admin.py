from django.contrib import admin
from django.utils.text import capfirst

from patients.admin import AuditedAdminMixin

from .models import (
    DebriefNote,
    DebriefNoteRevision,
    DosingSession,
    IntegrationProgram,
    ProgramStep,
    ScheduledPrompt,
    SessionAddendum,
    VitalsReading,
)
from .models_programs import ProgramVersion
from .models_therapy import TherapyNote


def _signed(session) -> bool:
    return session is not None and session.is_signed


class VitalsInline(admin.TabularInline):
    """A signed record's vitals are read-only, like the record."""

    model = VitalsReading
    extra = 0

    def has_add_permission(self, request, obj=None):
        return not _signed(obj) and super().has_add_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return not _signed(obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return not _signed(obj) and super().has_delete_permission(request, obj)


class SessionAddendumInline(admin.TabularInline):
    """Corrections are made in the app, where they are checked and audited; here they
    are shown, never changed."""

    model = SessionAddendum
    extra = 0
    can_delete = False
    fields = ["created_at", "author", "reason", "corrections"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(DosingSession)
class DosingSessionAdmin(AuditedAdminMixin, admin.ModelAdmin):
    list_display = [
        "patient",
        "started_at",
        "ended_at",
        "route",
        "dose_mg",
        "status",
        "clinician",
        "signed_at",
    ]
    list_filter = ["status", "route", "setting", "patient__clinic"]
    search_fields = ["patient__user__email", "patient__user__last_name", "lot_number"]
    list_select_related = ["patient__user", "clinician"]
    date_hierarchy = "started_at"
    autocomplete_fields = ["patient", "clinician", "signed_by"]
    inlines = [VitalsInline, SessionAddendumInline]

    # A signed record cannot change anywhere: the admin shows it read-only (corrections
    # are addenda, added in the app), and it cannot be deleted.
    def has_change_permission(self, request, obj=None):
        return not _signed(obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return not _signed(obj) and super().has_delete_permission(request, obj)


class ProgramStepInline(admin.TabularInline):
    model = ProgramStep
    extra = 1
    fields = [
        "phase",
        "offset_hours",
        "repeat_every_hours",
        "repeat_for_weeks",
        "kind",
        "instrument",
        "title",
        "instructions",
        "title_es",
        "instructions_es",
        "expires_after_hours",
        "reminder_after_hours",
        "position",
    ]


class ProgramVersionInline(admin.TabularInline):
    """A program's versions, as windows were scheduled from it or it was changed: kept
    as they were."""

    model = ProgramVersion
    extra = 0
    fields = ["number", "window_hours", "created_by", "created_at"]
    readonly_fields = fields
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(IntegrationProgram)
class IntegrationProgramAdmin(admin.ModelAdmin):
    """Clinics edit their plan here. Prompts copy what they need from their step, so an
    edit changes windows scheduled afterwards, never ones already planned."""

    list_display = ["name", "clinic", "patient", "is_clinic_default", "window_hours"]
    list_filter = ["clinic", "is_clinic_default"]
    search_fields = ["name", "patient__user__email"]
    list_select_related = ["clinic", "patient__user"]
    autocomplete_fields = ["patient"]
    inlines = [ProgramStepInline, ProgramVersionInline]


@admin.register(ScheduledPrompt)
class ScheduledPromptAdmin(AuditedAdminMixin, admin.ModelAdmin):
    list_display = [
        "title",
        "patient",
        "kind",
        "phase",
        "occurrence",
        "due_at",
        "expires_at",
        "status",
        "sent_at",
    ]
    list_filter = ["status", "kind", "phase", "patient__clinic"]
    search_fields = ["title", "patient__user__email"]
    list_select_related = ["patient__user"]
    date_hierarchy = "due_at"
    raw_id_fields = ["session", "patient", "step", "superseded_by"]
    readonly_fields = ["queued_at", "sent_at", "reminded_at", "answered_at", "digest_key"]


@admin.register(ProgramStep)
class ProgramStepAdmin(admin.ModelAdmin):
    list_display = [
        "title",
        "program",
        "phase",
        "offset_hours",
        "repeat_every_hours",
        "kind",
        "instrument",
        "expires_after_hours",
    ]
    list_filter = ["phase", "kind", "program__clinic"]
    search_fields = ["title", "program__name"]
    list_select_related = ["program"]


@admin.register(ProgramVersion)
class ProgramVersionAdmin(admin.ModelAdmin):
    """Read-only: a version is what a program was; windows scheduled from it name it."""

    list_display = ["program", "number", "window_hours", "created_by", "created_at"]
    list_filter = ["program__clinic", "program__is_clinic_default"]
    search_fields = ["program__name", "created_by__email"]
    list_select_related = ["program", "created_by"]
    readonly_fields = ["program", "number", "window_hours", "snapshot", "created_by", "created_at"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(VitalsReading)
class VitalsReadingAdmin(AuditedAdminMixin, admin.ModelAdmin):
    list_display = ["session", "taken_at", "moment", "systolic", "diastolic", "heart_rate", "spo2"]
    list_filter = ["moment", "session__patient__clinic"]
    search_fields = ["session__patient__user__email", "session__patient__user__last_name"]
    list_select_related = ["session__patient__user"]
    raw_id_fields = ["session"]

    def audit_patient(self, obj):
        return obj.session.patient

    def has_change_permission(self, request, obj=None):
        signed = obj is not None and _signed(obj.session)
        return not signed and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        signed = obj is not None and _signed(obj.session)
        return not signed and super().has_delete_permission(request, obj)


@admin.register(SessionAddendum)
class SessionAddendumAdmin(AuditedAdminMixin, admin.ModelAdmin):
    """Read-only: addenda are added in the app, and never changed or deleted."""

    list_display = ["session", "author", "created_at", "corrected_fields"]
    list_filter = ["created_at", "session__patient__clinic"]
    search_fields = [
        "session__patient__user__email",
        "session__patient__user__last_name",
        "author__email",
        "reason",
    ]
    list_select_related = ["session__patient__user", "author"]
    date_hierarchy = "created_at"

    @admin.display(description="Corrected")
    def corrected_fields(self, obj):
        return capfirst(
            ", ".join(
                str(DosingSession._meta.get_field(name).verbose_name)
                for name in obj.corrections
                if name in SessionAddendum.CORRECTABLE_FIELDS
            )
        )

    def audit_patient(self, obj):
        return obj.session.patient

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class DebriefNoteRevisionInline(admin.TabularInline):
    model = DebriefNoteRevision
    extra = 0
    can_delete = False
    fields = ["number", "edited_at", "edited_by", "visible_to_patient", "text"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(DebriefNote)
class DebriefNoteAdmin(AuditedAdminMixin, admin.ModelAdmin):
    list_display = ["session", "patient", "author", "visible_to_patient", "created_at"]
    list_filter = ["visible_to_patient", "patient__clinic"]
    search_fields = ["patient__user__email", "patient__user__last_name", "author__email"]
    list_select_related = ["session__patient__user", "patient__user", "author"]
    raw_id_fields = ["session", "patient", "author"]
    readonly_fields = ["published_at", "created_at", "updated_at"]
    inlines = [DebriefNoteRevisionInline]


@admin.register(TherapyNote)
class TherapyNoteAdmin(AuditedAdminMixin, admin.ModelAdmin):
    list_display = ["patient", "appointment_at", "author", "shared_with_patient", "created_at"]
    list_filter = ["shared_with_patient", "patient__clinic"]
    search_fields = ["patient__user__email", "patient__user__last_name", "author__email"]
    list_select_related = ["patient__user", "author"]
    raw_id_fields = ["patient", "author"]
    readonly_fields = ["shared_at", "created_at", "updated_at"]
    date_hierarchy = "appointment_at"


@admin.register(DebriefNoteRevision)
class DebriefNoteRevisionAdmin(AuditedAdminMixin, admin.ModelAdmin):
    list_display = ["note", "number", "edited_by", "edited_at", "visible_to_patient"]
    list_filter = ["visible_to_patient", "note__patient__clinic"]
    search_fields = ["note__patient__user__email", "edited_by__email"]
    list_select_related = ["note__patient", "edited_by"]
    raw_id_fields = ["note", "edited_by"]

    def audit_patient(self, obj):
        return obj.note.patient
