from django.http import JsonResponse
from django.urls import path, re_path
from rest_framework.routers import DefaultRouter

from groups import api as groups_api
from journals import api as journals_api
from journals import api_attachments, api_habits
from patients import api as patients_api
from patients import api_alerts, api_followup, api_push
from patients import api_safety_plan as safety_plan_api
from sessions import api as sessions_api
from sessions import api_programs
from sessions import api_therapy as therapy_api

from .api_dashboard import DashboardView
from .api_urls_capabilities import urlpatterns as capability_urls
from .fhir import api as fhir_api
from .outcomes.api import OutcomesView


def api_not_found(request, rest):
    """An API client asking for an address the API does not have gets JSON, as from every
    other API answer, instead of the site's HTML page."""
    return JsonResponse({"detail": "Not found."}, status=404)


router = DefaultRouter()
router.register("patients", patients_api.PatientViewSet, basename="patient")
router.register("dosing-sessions", sessions_api.DosingSessionViewSet, basename="dosing-session")
router.register("prompts", sessions_api.PromptViewSet, basename="prompt")
router.register("group-sessions", groups_api.GroupSessionViewSet, basename="group-session")
router.register("journal-entries", journals_api.JournalEntryViewSet, basename="journal-entry")
router.register("assessments", journals_api.AssessmentViewSet, basename="assessment")
router.register("comments", journals_api.CommentViewSet, basename="comment")
router.register("alerts", api_alerts.SafetyAlertViewSet, basename="alert")
router.register("followup-alerts", api_followup.FollowUpAlertViewSet, basename="followup-alert")
router.register("debrief-notes", sessions_api.DebriefNoteViewSet, basename="debrief-note")
router.register("therapy-notes", therapy_api.TherapyNoteViewSet, basename="therapy-note")
router.register("habits", api_habits.HabitViewSet, basename="habit")
router.register("programs", api_programs.ProgramViewSet, basename="program")
router.register("program-steps", api_programs.ProgramStepViewSet, basename="program-step")
router.register(
    "push-subscriptions", api_push.PushSubscriptionViewSet, basename="push-subscription"
)

urlpatterns = [
    path("me/", patients_api.MeView.as_view(), name="api_me"),
    path("me/fhir/", fhir_api.OwnFhirView.as_view(), name="api_me_fhir"),
    path("patients/<int:pk>/fhir/", fhir_api.PatientFhirView.as_view(), name="api_patient_fhir"),
    path("dashboard/", DashboardView.as_view(), name="api_dashboard"),
    path("outcomes/", OutcomesView.as_view(), name="api_outcomes"),
    path(
        "prompts/<int:pk>/answer/",
        journals_api.PromptAnswerView.as_view(),
        name="prompt-answer",
    ),
    path(
        "journal-entries/<int:pk>/attachments/",
        api_attachments.EntryAttachmentsView.as_view(),
        name="api-entry-attachments",
    ),
    path(
        "attachments/<int:pk>/",
        api_attachments.AttachmentView.as_view(),
        name="api-attachment",
    ),
    path(
        "attachments/<int:pk>/file/",
        api_attachments.AttachmentFileView.as_view(),
        name="api-attachment-file",
    ),
    path(
        "attachments/<int:pk>/thumbnail/",
        api_attachments.AttachmentThumbnailView.as_view(),
        name="api-attachment-thumbnail",
    ),
    path(
        "patients/<int:patient_pk>/habits/",
        api_habits.PatientHabitsView.as_view(),
        name="patient-habits",
    ),
    path("safety-plan/", safety_plan_api.OwnSafetyPlanView.as_view(), name="api_safety_plan"),
    path(
        "safety-plan/versions/",
        safety_plan_api.OwnSafetyPlanVersionsView.as_view(),
        name="api_safety_plan_versions",
    ),
    path(
        "safety-plan/versions/<int:number>/",
        safety_plan_api.OwnSafetyPlanVersionView.as_view(),
        name="api_safety_plan_version",
    ),
    path(
        "patients/<int:pk>/safety-plan/",
        safety_plan_api.PatientSafetyPlanView.as_view(),
        name="api_patient_safety_plan",
    ),
    path(
        "patients/<int:pk>/safety-plan/versions/",
        safety_plan_api.PatientSafetyPlanVersionsView.as_view(),
        name="api_patient_safety_plan_versions",
    ),
    path(
        "patients/<int:pk>/safety-plan/versions/<int:number>/",
        safety_plan_api.PatientSafetyPlanVersionView.as_view(),
        name="api_patient_safety_plan_version",
    ),
    *capability_urls,
    *router.urls,
    # Last: only what nothing above matched (a line break in the address included, which
    # "." alone would leave to the site's HTML 404).
    re_path(r"^(?P<rest>[\s\S]+)$", api_not_found, name="api_not_found"),
]
