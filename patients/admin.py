from django import forms
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.db import models
from django.db.models import Q

from .audit import audit_record, audit_record_many
from .models import (
    AlertContact,
    ApiToken,
    AuditEvent,
    Clinic,
    ConsentRecord,
    CrisisLine,
    Delivery,
    FollowUpAlert,
    Invitation,
    Notification,
    Patient,
    PatientSummary,
    SafetyAlert,
    SmsOptOut,
    StaffMembership,
    User,
)
from .zones import country_choices


class CountrySelectMixin:
    """A country is picked by name from the ISO 3166 list, not typed as a code."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "country":
            return forms.ChoiceField(
                choices=country_choices(),
                label="Country",
                help_text=db_field.help_text,
                initial=db_field.default if db_field.has_default() else None,
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class AuditedAdminMixin:
    """Admin pages of health data leave an audit row for each record opened or changed,
    as the app's own pages do. `audit_patient(obj)` names whose record it is."""

    def audit_patient(self, obj):
        return getattr(obj, "patient", None)

    def changelist_view(self, request, extra_context=None):
        response = super().changelist_view(request, extra_context)
        changelist = getattr(response, "context_data", {}).get("cl")
        if changelist is not None:
            # The page's rows, as shown: one insert for the whole list.
            audit_record_many(
                actor=request.user,
                rows=[(self.audit_patient(obj), obj) for obj in changelist.result_list],
                action=AuditEvent.Action.LIST,
            )
        return response

    def change_view(self, request, object_id, form_url="", extra_context=None):
        response = super().change_view(request, object_id, form_url, extra_context)
        obj = self.get_object(request, object_id)
        if obj is not None:
            action = AuditEvent.Action.UPDATE if request.method == "POST" else "view"
            audit_record(
                actor=request.user, patient=self.audit_patient(obj), action=action, obj=obj
            )
        return response


class ReadOnlyAdminMixin:
    """Rows written only by the application: the admin reads them, never adds, changes or
    deletes one."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class StaffMembershipInline(admin.StackedInline):
    model = StaffMembership
    extra = 0


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    ordering = ["email"]
    list_display = ["email", "first_name", "last_name", "is_active", "is_staff", "last_login"]
    list_filter = ["is_active", "is_staff", "is_superuser", "staff_membership__role"]
    search_fields = ["email", "first_name", "last_name"]
    inlines = [StaffMembershipInline]
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        ("Name", {"fields": ("first_name", "last_name")}),
        (
            "Permissions",
            {"fields": ("is_active", "is_staff", "is_superuser", "groups", "user_permissions")},
        ),
        ("Dates", {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = ((None, {"classes": ("wide",), "fields": ("email", "password1", "password2")}),)


@admin.register(Clinic)
class ClinicAdmin(CountrySelectMixin, admin.ModelAdmin):
    list_display = [
        "name",
        "slug",
        "country",
        "time_zone",
        "coaches_see_assessments",
        "therapists_see_doses",
        "created_at",
    ]
    list_filter = ["country", "time_zone", "coaches_see_assessments", "therapists_see_doses"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [StaffMembershipInline]


@admin.register(StaffMembership)
class StaffMembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "clinic", "role", "phone", "sms_urgent_alerts", "created_at"]
    list_filter = ["role", "clinic", "sms_urgent_alerts", "push_urgent_alerts"]
    search_fields = ["user__email", "user__first_name", "user__last_name", "clinic__name"]
    autocomplete_fields = ["user"]


class ConsentInline(admin.TabularInline):
    model = ConsentRecord
    extra = 0
    readonly_fields = [
        "version",
        "agreed_to_care",
        "understands_sharing",
        "understands_safety_alerts",
        "agreed_at",
    ]
    can_delete = False


@admin.register(Patient)
class PatientAdmin(CountrySelectMixin, AuditedAdminMixin, admin.ModelAdmin):
    list_display = [
        "user",
        "clinic",
        "country",
        "time_zone",
        "quiet_hours_start",
        "quiet_hours_end",
        "care_clinician",
        "care_coach",
        "care_therapist",
        "preferred_channel",
    ]
    list_filter = ["clinic", "country", "preferred_channel", "time_zone"]
    search_fields = ["user__email", "user__first_name", "user__last_name", "phone"]
    list_select_related = ["user", "clinic", "care_clinician", "care_coach", "care_therapist"]
    autocomplete_fields = ["user", "care_clinician", "care_coach", "care_therapist"]
    inlines = [ConsentInline]

    def audit_patient(self, obj):
        return obj


@admin.register(ConsentRecord)
class ConsentRecordAdmin(AuditedAdminMixin, admin.ModelAdmin):
    list_display = ["patient", "version", "agreed_at"]
    list_filter = ["version"]
    search_fields = ["patient__user__email"]
    list_select_related = ["patient__user"]


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["email", "role", "clinic", "invited_by", "created_at", "accepted_at"]
    list_filter = ["role", "clinic", ("accepted_at", admin.EmptyFieldListFilter)]
    search_fields = ["email", "first_name", "last_name"]
    readonly_fields = ["token", "accepted_at", "accepted_user"]
    list_select_related = ["clinic", "invited_by"]


@admin.register(AuditEvent)
class AuditEventAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Read-only: the trail is append-only for everyone, superusers included."""

    list_display = [
        "at",
        "actor",
        "action",
        "patient",
        "object_type",
        "object_id",
        "client_ip",
        "request_id",
    ]
    list_filter = ["action", "object_type", "clinic"]
    search_fields = ["actor__email", "patient__user__email", "request_id", "object_id", "client_ip"]
    list_select_related = ["actor", "patient__user"]
    date_hierarchy = "at"


@admin.register(Notification)
class NotificationAdmin(AuditedAdminMixin, admin.ModelAdmin):
    """A patient's inbox says what their window asks of them, so reading it is audited."""

    list_display = ["title", "user", "urgent", "created_at", "read_at"]
    list_filter = ["urgent", ("read_at", admin.EmptyFieldListFilter)]
    search_fields = ["title", "user__email", "dedupe_key"]
    list_select_related = ["user__patient_profile"]

    def audit_patient(self, obj):
        return getattr(obj.user, "patient_profile", None)


@admin.register(Delivery)
class DeliveryAdmin(AuditedAdminMixin, admin.ModelAdmin):
    list_display = ["at", "user", "channel", "outcome", "dedupe_key", "detail"]
    list_filter = ["channel", "outcome"]
    search_fields = ["user__email", "dedupe_key", "message_id", "provider_id"]
    list_select_related = ["user", "patient"]
    date_hierarchy = "at"


class AlertContactInline(admin.TabularInline):
    model = AlertContact
    extra = 0
    fields = ["at", "made_by", "step", "method", "person", "note"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(AlertContact)
class AlertContactAdmin(AuditedAdminMixin, admin.ModelAdmin):
    """Read-only: a contact is recorded by whoever made it, on the alert's page or API."""

    list_display = ["at", "alert", "made_by", "step", "method", "person"]
    list_filter = ["step", "method", "person"]
    search_fields = ["made_by__email", "alert__patient__user__email", "note"]
    list_select_related = ["alert__patient__user", "made_by"]
    date_hierarchy = "at"

    def audit_patient(self, obj):
        return obj.alert.patient

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(FollowUpAlert)
class FollowUpAlertAdmin(AuditedAdminMixin, admin.ModelAdmin):
    list_display = [
        "patient",
        "reason",
        "created_at",
        "acknowledged_by",
        "acknowledged_at",
        "resolved_at",
        "resolution",
    ]
    list_filter = [
        "reason",
        "resolution",
        ("resolved_at", admin.EmptyFieldListFilter),
        "patient__clinic",
    ]
    search_fields = ["patient__user__email", "patient__user__last_name"]
    list_select_related = ["patient__user", "acknowledged_by"]
    date_hierarchy = "created_at"


@admin.register(SafetyAlert)
class SafetyAlertAdmin(AuditedAdminMixin, admin.ModelAdmin):
    list_display = [
        "patient",
        "kind",
        "created_at",
        "acknowledged_by",
        "acknowledged_at",
        "resolved_at",
        "send_count",
    ]
    list_filter = ["kind", ("acknowledged_at", admin.EmptyFieldListFilter), "patient__clinic"]
    search_fields = ["patient__user__email", "patient__user__last_name"]
    list_select_related = ["patient__user", "acknowledged_by"]
    date_hierarchy = "created_at"
    readonly_fields = ["source_type", "source_id", "source_private", "last_sent_at", "send_count"]
    inlines = [AlertContactInline]


def _admin_clinic_of(user):
    """The clinic a clinic admin keeps, if they may enter the Django admin at all."""
    if not user.is_active or not user.is_staff:
        return None
    membership = StaffMembership.objects.filter(
        user=user, role=StaffMembership.Role.CLINIC_ADMIN
    ).first()
    return membership.clinic if membership else None


@admin.register(CrisisLine)
class CrisisLineAdmin(CountrySelectMixin, admin.ModelAdmin):
    """National lines and emergency numbers are kept by superusers. A clinic admin given
    admin access (is_staff) adds lines for their own clinic's patients, or a line that
    stands in for a national one, and changes only those; they see the national lines to
    choose from."""

    list_display = [
        "name",
        "country",
        "kind",
        "clinic",
        "phone",
        "sms",
        "hours",
        "checked_on",
        "ordering",
        "active",
    ]
    list_filter = ["kind", "country", ("clinic", admin.EmptyFieldListFilter), "active"]
    search_fields = ["name", "phone", "sms", "country", "source_name", "clinic__name"]
    list_select_related = ["clinic"]
    autocomplete_fields = ["replaces"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fieldsets = (
        (None, {"fields": ("country", "clinic", "kind", "name", "description")}),
        ("How to reach it", {"fields": ("phone", "alternate_phone", "sms", "web_url")}),
        ("When and in what language", {"fields": ("hours", "languages")}),
        ("Source", {"fields": ("source_name", "source_url", "checked_on")}),
        ("Showing it", {"fields": ("ordering", "replaces", "active")}),
    )

    def get_queryset(self, request):
        qs = super().get_queryset(request)
        if request.user.is_superuser:
            return qs
        clinic = _admin_clinic_of(request.user)
        if clinic is None:
            return qs.none()
        return qs.filter(Q(clinic__isnull=True) | Q(clinic=clinic))

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "clinic" and not request.user.is_superuser:
            clinic = _admin_clinic_of(request.user)
            kwargs["queryset"] = Clinic.objects.filter(pk=clinic.pk if clinic else None)
            kwargs["required"] = True
            kwargs["empty_label"] = None
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def has_module_permission(self, request):
        return request.user.is_superuser or _admin_clinic_of(request.user) is not None

    def has_view_permission(self, request, obj=None):
        return self.has_module_permission(request)

    def has_add_permission(self, request):
        return self.has_module_permission(request)

    def has_change_permission(self, request, obj=None):
        if request.user.is_superuser:
            return True
        clinic = _admin_clinic_of(request.user)
        if clinic is None:
            return False
        return obj is None or obj.clinic_id == clinic.pk

    def has_delete_permission(self, request, obj=None):
        return self.has_change_permission(request, obj)


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    """Tokens are made by their owners on the API token page, the only place one is shown;
    here they can only be looked at and revoked (deleted)."""

    list_display = ["user", "name", "token_key", "created", "expiry"]
    list_filter = ["created", "expiry"]
    search_fields = ["user__email", "user__last_name", "name", "token_key"]
    readonly_fields = ["user", "name", "token_key", "created", "expiry"]
    exclude = ["digest"]
    list_select_related = ["user"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


# The safety plan: written in the app by the patient and their care team. Here it is only
# read (and each read audited): a version is never changed once saved.
from .models_safety_plan import SafetyPlan, SafetyPlanVersion  # noqa: E402


class SafetyPlanVersionInline(admin.TabularInline):
    model = SafetyPlanVersion
    extra = 0
    fields = ["number", "created_at", "author", "author_role"]
    readonly_fields = fields
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(SafetyPlan)
class SafetyPlanAdmin(AuditedAdminMixin, admin.ModelAdmin):
    list_display = ["patient", "version_count", "updated_at", "updated_by"]
    list_filter = ["patient__clinic", "updated_at"]
    search_fields = ["patient__user__email", "patient__user__last_name"]
    list_select_related = ["patient__user", "updated_by"]
    readonly_fields = ["patient", "version_count", "created_at", "updated_at", "updated_by"]
    inlines = [SafetyPlanVersionInline]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(SafetyPlanVersion)
class SafetyPlanVersionAdmin(ReadOnlyAdminMixin, AuditedAdminMixin, admin.ModelAdmin):
    list_display = ["plan", "number", "created_at", "author", "author_role"]
    list_filter = ["author_role", "plan__patient__clinic", "created_at"]
    search_fields = ["plan__patient__user__email", "plan__patient__user__last_name"]
    list_select_related = ["plan__patient__user", "author"]
    readonly_fields = ["plan", "number", "content", "created_at", "author", "author_role"]
    date_hierarchy = "created_at"

    def audit_patient(self, obj):
        return obj.plan.patient


@admin.register(PatientSummary)
class PatientSummaryAdmin(AuditedAdminMixin, admin.ModelAdmin):
    """Derived rows, kept by the services (patients/summary.py): read only here; mend them
    with `manage.py rebuild_patient_summaries`."""

    list_display = [
        "patient",
        "open_alerts",
        "unacknowledged_alerts",
        "open_followups",
        "last_session_ended_at",
        "mood_latest",
        "phq9_latest",
        "refreshed_at",
    ]
    list_filter = ["patient__clinic", "refreshed_at"]
    search_fields = ["patient__user__email", "patient__user__last_name"]
    list_select_related = ["patient__user"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


# Web push subscriptions: no health data, so not audited; the keys stay out of the list.
from .models_push import PushSubscription  # noqa: E402


@admin.register(PushSubscription)
class PushSubscriptionAdmin(admin.ModelAdmin):
    list_display = ["user", "device_label", "created_at", "last_used_at"]
    list_filter = ["created_at", "last_used_at"]
    search_fields = ["user__email", "user__last_name", "device_label", "endpoint"]
    list_select_related = ["user"]
    readonly_fields = ["endpoint", "p256dh", "auth", "created_at", "last_used_at"]
    raw_id_fields = ["user"]


@admin.register(SmsOptOut)
class SmsOptOutAdmin(admin.ModelAdmin):
    """Numbers that replied STOP. Deleting a row texts the number again: it should come
    from the person texting START, so the list is read-only here but for deleting."""

    list_display = ["phone", "keyword", "opted_out_at"]
    list_filter = ["keyword"]
    search_fields = ["phone"]
    date_hierarchy = "opted_out_at"
    readonly_fields = ["phone", "keyword", "opted_out_at"]

    def has_add_permission(self, request):
        return False
