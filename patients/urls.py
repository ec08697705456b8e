from django.urls import path

from . import (
    views,
    views_alerts,
    views_channels,
    views_followup,
    views_safety_plan,
    views_sms,
)

urlpatterns = [
    path("staff/patients/", views.patient_list, name="staff_patient_list"),
    path("staff/invitations/new/", views.invitation_create, name="invitation_create"),
    path("invite/<str:token>/", views.invitation_accept, name="invitation_accept"),
    path("account/api-token/", views.api_token, name="api_token"),
    path("account/language/", views.language_settings, name="language_settings"),
    path("inbox/", views.notification_list, name="notification_list"),
    path("inbox/<int:pk>/read/", views.notification_read, name="notification_read"),
    # The text message provider's webhooks (signed; patients/views_sms.py).
    path("sms/inbound/", views_sms.sms_inbound, name="sms_inbound"),
    path("sms/status/", views_sms.sms_status, name="sms_status"),
    path("staff/alert-channels/", views_channels.staff_alert_channels, name="staff_alert_channels"),
    path("staff/alerts/", views_alerts.alert_list, name="alert_list"),
    path("staff/alerts/<int:pk>/", views_alerts.alert_detail, name="alert_detail"),
    path(
        "staff/alerts/<int:pk>/acknowledge/",
        views_alerts.alert_acknowledge,
        name="alert_acknowledge",
    ),
    path("staff/alerts/<int:pk>/resolve/", views_alerts.alert_resolve, name="alert_resolve"),
    # Follow-up alerts: not urgent, kept apart from safety alerts.
    path("staff/follow-up/", views_followup.followup_alert_list, name="followup_alert_list"),
    path(
        "staff/follow-up/<int:pk>/",
        views_followup.followup_alert_detail,
        name="followup_alert_detail",
    ),
    path(
        "staff/follow-up/<int:pk>/acknowledge/",
        views_followup.followup_alert_acknowledge,
        name="followup_alert_acknowledge",
    ),
    path(
        "staff/follow-up/<int:pk>/resolve/",
        views_followup.followup_alert_resolve,
        name="followup_alert_resolve",
    ),
    # The safety plan: the patient's own, and one patient's for their care team.
    path("safety-plan/", views_safety_plan.safety_plan, name="safety_plan"),
    path("safety-plan/edit/", views_safety_plan.safety_plan_edit, name="safety_plan_edit"),
    path("safety-plan/history/", views_safety_plan.safety_plan_history, name="safety_plan_history"),
    path(
        "safety-plan/history/<int:number>/",
        views_safety_plan.safety_plan_version,
        name="safety_plan_version",
    ),
    path("safety-plan/print/", views_safety_plan.safety_plan_print, name="safety_plan_print"),
    path(
        "staff/patients/<int:pk>/safety-plan/",
        views_safety_plan.staff_safety_plan,
        name="staff_safety_plan",
    ),
    path(
        "staff/patients/<int:pk>/safety-plan/edit/",
        views_safety_plan.staff_safety_plan_edit,
        name="staff_safety_plan_edit",
    ),
    path(
        "staff/patients/<int:pk>/safety-plan/history/",
        views_safety_plan.staff_safety_plan_history,
        name="staff_safety_plan_history",
    ),
    path(
        "staff/patients/<int:pk>/safety-plan/history/<int:number>/",
        views_safety_plan.staff_safety_plan_version,
        name="staff_safety_plan_version",
    ),
    path(
        "staff/patients/<int:pk>/safety-plan/print/",
        views_safety_plan.staff_safety_plan_print,
        name="staff_safety_plan_print",
    ),
]
