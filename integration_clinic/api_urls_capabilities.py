"""API operations for what the pages offer beyond the records' own endpoints: the inbox,
invitations, preferences, drafts, the plan, deleted entries, the export, the overview,
the audit trail, the delivery log, group invitations and suggested group times, and the
calendar feed. Included by api_urls before the router, so these addresses win."""

from django.urls import path

from groups import api_calendar, api_suggestions
from journals import api_drafts, api_habit_catalog, api_plan, api_restore
from patients import (
    api_alert_channels,
    api_audit,
    api_deliveries,
    api_inbox,
    api_invitations,
    api_language,
)
from sessions import api_dispatch

from . import api_export, api_overview, api_preferences

urlpatterns = [
    path("inbox/", api_inbox.InboxView.as_view(), name="api_inbox"),
    path("inbox/<int:pk>/read/", api_inbox.InboxReadView.as_view(), name="api_inbox_read"),
    path("invitations/", api_invitations.InvitationCreateView.as_view(), name="api_invitations"),
    path(
        "me/alert-channels/",
        api_alert_channels.AlertChannelsView.as_view(),
        name="api_alert_channels",
    ),
    path("me/language/", api_language.OwnLanguageView.as_view(), name="api_language"),
    path("preferences/", api_preferences.PreferencesView.as_view(), name="api_preferences"),
    path("journal-drafts/<str:key>/", api_drafts.JournalDraftView.as_view(), name="api_draft"),
    path(
        "deleted-journal-entries/",
        api_restore.DeletedEntryListView.as_view(),
        name="api_deleted_entries",
    ),
    path(
        "deleted-journal-entries/<int:pk>/restore/",
        api_restore.DeletedEntryRestoreView.as_view(),
        name="api_entry_restore",
    ),
    path(
        "dosing-sessions/<int:session_pk>/plan/",
        api_plan.SessionPlanView.as_view(),
        name="api_session_plan",
    ),
    path("plan-items/<int:pk>/", api_plan.CommitmentView.as_view(), name="api_plan_item"),
    path(
        "plan-items/<int:pk>/progress/",
        api_plan.CommitmentProgressView.as_view(),
        name="api_plan_item_progress",
    ),
    path("export/", api_export.ExportView.as_view(), name="api_export"),
    path("export/zip/", api_export.ExportZipView.as_view(), name="api_export_zip"),
    path("overview/", api_overview.OverviewView.as_view(), name="api_overview"),
    path("audit-events/", api_audit.AuditEventListView.as_view(), name="api_audit_events"),
    path(
        "patients/<int:pk>/deliveries/",
        api_deliveries.PatientDeliveriesView.as_view(),
        name="api_patient_deliveries",
    ),
    path(
        "group-sessions/<int:pk>/invite/",
        api_suggestions.GroupInviteView.as_view(),
        name="api_group_invite",
    ),
    path(
        "group-sessions/<int:pk>/invite-suggestions/",
        api_suggestions.InviteSuggestionsView.as_view(),
        name="api_group_invite_suggestions",
    ),
    path(
        "group-suggestions/",
        api_suggestions.GroupTimeSuggestionsView.as_view(),
        name="api_group_suggestions",
    ),
    path(
        "group-suggestions/<str:key>/schedule/",
        api_suggestions.GroupFromSuggestionView.as_view(),
        name="api_group_suggestion_schedule",
    ),
    path("habit-catalog/", api_habit_catalog.HabitCatalogView.as_view(), name="api_habit_catalog"),
    path(
        "habit-catalog/<int:pk>/",
        api_habit_catalog.HabitCatalogItemView.as_view(),
        name="api_habit_catalog_item",
    ),
    path("dispatch-status/", api_dispatch.DispatchStatusView.as_view(), name="api_dispatch_status"),
    path("calendar-feed/", api_calendar.CalendarFeedView.as_view(), name="api_calendar_feed"),
]
