from django.urls import path
from rest_framework.routers import DefaultRouter

from patients import api as patients_api

router = DefaultRouter()
router.register("patients", patients_api.PatientViewSet, basename="patient")

urlpatterns = [
    path("me/", patients_api.MeView.as_view(), name="api_me"),
    *router.urls,
]
