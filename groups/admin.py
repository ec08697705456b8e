from django.contrib import admin

from patients.admin import AuditedAdminMixin

from .models import CalendarFeedToken, Enrollment, GroupReminder, GroupSession


class EnrollmentInline(admin.TabularInline):
    model = Enrollment
    extra = 0
    fields = ["patient", "status", "waitlist_position", "attendance", "created_at"]
    readonly_fields = ["created_at"]
    raw_id_fields = ["patient"]


@admin.register(GroupSession)
class GroupSessionAdmin(AuditedAdminMixin, admin.ModelAdmin):
    """Its roster names patients, so opening one is audited like other health data."""

    list_display = [
        "title",
        "clinic",
        "starts_at",
        "duration_minutes",
        "capacity",
        "place_kind",
        "status",
        "series_id",
    ]
    list_filter = ["status", "place_kind", "clinic"]
    search_fields = ["title", "topic", "room", "series_id"]
    list_select_related = ["clinic"]
    date_hierarchy = "starts_at"
    filter_horizontal = ["facilitators"]
    readonly_fields = ["ends_at", "series_id", "sequence", "cancelled_at", "created_by"]
    inlines = [EnrollmentInline]

    def audit_patient(self, obj):
        return None


class GroupReminderInline(admin.TabularInline):
    model = GroupReminder
    extra = 0
    fields = ["kind", "due_at", "status", "sent_at"]
    readonly_fields = ["sent_at"]


@admin.register(Enrollment)
class EnrollmentAdmin(AuditedAdminMixin, admin.ModelAdmin):
    list_display = [
        "patient",
        "group_session",
        "status",
        "waitlist_position",
        "attendance",
        "created_at",
    ]
    list_filter = ["status", "attendance", "group_session__clinic"]
    search_fields = [
        "patient__user__email",
        "patient__user__last_name",
        "group_session__title",
    ]
    list_select_related = ["patient__user", "group_session"]
    raw_id_fields = ["group_session", "patient", "enrolled_by", "attendance_marked_by"]
    readonly_fields = ["created_at", "confirmed_at", "promoted_at", "withdrawn_at"]
    inlines = [GroupReminderInline]


@admin.register(GroupReminder)
class GroupReminderAdmin(AuditedAdminMixin, admin.ModelAdmin):
    list_display = ["enrollment", "kind", "due_at", "status", "sent_at"]
    list_filter = ["kind", "status", "enrollment__group_session__clinic"]
    search_fields = ["enrollment__patient__user__email", "enrollment__group_session__title"]
    list_select_related = ["enrollment__patient__user", "enrollment__group_session"]
    date_hierarchy = "due_at"
    raw_id_fields = ["enrollment"]
    readonly_fields = ["sent_at"]

    def audit_patient(self, obj):
        return obj.enrollment.patient


@admin.register(CalendarFeedToken)
class CalendarFeedTokenAdmin(admin.ModelAdmin):
    list_display = ["user", "created_at", "revoked_at"]
    list_filter = [("revoked_at", admin.EmptyFieldListFilter)]
    search_fields = ["user__email", "user__last_name"]
    list_select_related = ["user"]
    raw_id_fields = ["user"]
    readonly_fields = ["token", "created_at"]
