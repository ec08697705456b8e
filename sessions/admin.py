from django.contrib import admin

from patients.admin import AuditedAdminMixin

from .models import DosingSession, IntegrationProgram, ProgramStep, ScheduledPrompt, VitalsReading


class VitalsInline(admin.TabularInline):
    model = VitalsReading
    extra = 0


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
    inlines = [VitalsInline]


class ProgramStepInline(admin.TabularInline):
    model = ProgramStep
    extra = 1
    fields = [
        "offset_hours",
        "kind",
        "instrument",
        "title",
        "instructions",
        "expires_after_hours",
        "reminder_after_hours",
    ]


@admin.register(IntegrationProgram)
class IntegrationProgramAdmin(admin.ModelAdmin):
    """Clinics edit their plan here. Prompts copy what they need from their step, so an
    edit changes windows scheduled afterwards, never ones already planned."""

    list_display = ["name", "clinic", "patient", "is_clinic_default", "window_hours"]
    list_filter = ["clinic", "is_clinic_default"]
    search_fields = ["name", "patient__user__email"]
    list_select_related = ["clinic", "patient__user"]
    autocomplete_fields = ["patient"]
    inlines = [ProgramStepInline]


@admin.register(ScheduledPrompt)
class ScheduledPromptAdmin(AuditedAdminMixin, admin.ModelAdmin):
    list_display = ["title", "patient", "kind", "due_at", "expires_at", "status", "sent_at"]
    list_filter = ["status", "kind", "patient__clinic"]
    search_fields = ["title", "patient__user__email"]
    list_select_related = ["patient__user"]
    date_hierarchy = "due_at"
    raw_id_fields = ["session", "patient", "step"]
    readonly_fields = ["queued_at", "sent_at", "reminded_at", "answered_at"]


@admin.register(ProgramStep)
class ProgramStepAdmin(admin.ModelAdmin):
    list_display = ["title", "program", "offset_hours", "kind", "instrument", "expires_after_hours"]
    list_filter = ["kind", "program__clinic"]
    search_fields = ["title", "program__name"]
    list_select_related = ["program"]


@admin.register(VitalsReading)
class VitalsReadingAdmin(AuditedAdminMixin, admin.ModelAdmin):
    list_display = ["session", "taken_at", "moment", "systolic", "diastolic", "heart_rate", "spo2"]
    list_filter = ["moment", "session__patient__clinic"]
    search_fields = ["session__patient__user__email", "session__patient__user__last_name"]
    list_select_related = ["session__patient__user"]
    raw_id_fields = ["session"]

    def audit_patient(self, obj):
        return obj.session.patient
