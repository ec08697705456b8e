from django.urls import path
from rest_framework.routers import DefaultRouter

from patients import api as patients_api
from sessions import api as sessions_api

router = DefaultRouter()
router.register("patients", patients_api.PatientViewSet, basename="patient")
router.register("dosing-sessions", sessions_api.DosingSessionViewSet, basename="dosing-session")
router.register("prompts", sessions_api.PromptViewSet, basename="prompt")

urlpatterns = [
    path("me/", patients_api.MeView.as_view(), name="api_me"),
    *router.urls,
]
