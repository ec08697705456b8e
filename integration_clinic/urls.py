from allauth.account.decorators import secure_admin_login
from csp.constants import SELF, UNSAFE_INLINE
from csp.decorators import csp_update
from django.contrib import admin
from django.urls import include, path
from django.views.i18n import set_language
from drf_spectacular.views import (
    SpectacularAPIView,
    SpectacularRedocView,
    SpectacularSwaggerSplitView,
)

from patients import views as patients_views
from patients import views_push

from . import patient_views, pwa, therapy_prep, views
from .api_urls import urlpatterns as api_v1
from .favicon import favicon
from .fhir import views as fhir_views
from .outcomes import report as outcome_report
from .outcomes import views as outcome_views

# The Django admin logs in through allauth, so its rate limits and MFA apply there too.
admin.site.login = secure_admin_login(admin.site.login)
admin.site.site_header = "Integration Clinic administration"

# Swagger UI and ReDoc style their pages from script and ReDoc parses the schema in a worker;
# their scripts still come only from our static files (the split view serves Swagger UI's
# start-up script as a file of its own).
api_docs_csp = csp_update({"style-src": [UNSAFE_INLINE], "worker-src": [SELF, "blob:"]})

urlpatterns = [
    path("", views.home, name="home"),
    # Django's own language switch: a visitor's choice kept in a cookie (POST only).
    path("i18n/setlang/", set_language, name="set_language"),
    path("today/", patient_views.today, name="today"),
    path("progress/", patient_views.progress, name="progress"),
    path("export/", patient_views.export, name="export"),
    path("export.json", patient_views.export_json, name="export_json"),
    path("export.zip", patient_views.export_zip, name="export_zip"),
    path("export/print/", patient_views.export_print, name="export_print"),
    path("export/fhir.json", fhir_views.export_fhir, name="export_fhir"),
    path("preferences/", patient_views.preferences, name="preferences"),
    path("staff/", views.staff_dashboard, name="staff_dashboard"),
    path("staff/overview/", views.staff_overview, name="staff_overview"),
    path("staff/overview/outcomes/", outcome_views.staff_outcomes, name="staff_outcomes"),
    path(
        "staff/overview/outcomes.csv", outcome_views.staff_outcomes_csv, name="staff_outcomes_csv"
    ),
    path("staff/coach/", views.coach_workspace, name="coach_workspace"),
    path("staff/patients/<int:pk>/", views.staff_patient, name="staff_patient"),
    path("staff/patients/<int:pk>/edit/", views.staff_patient_edit, name="staff_patient_edit"),
    path(
        "staff/patients/<int:pk>/outcome-report/",
        outcome_report.outcome_report,
        name="staff_outcome_report",
    ),
    path(
        "staff/patients/<int:patient_pk>/before-therapy/",
        therapy_prep.therapy_reflections,
        name="therapy_reflections",
    ),
    path("healthz", views.healthz, name="healthz"),
    path("favicon.ico", favicon, name="favicon"),
    # The installable app: public, the same for everyone (integration_clinic/pwa.py).
    path("manifest.webmanifest", pwa.manifest, name="web_manifest"),
    path("sw.js", pwa.service_worker, name="service_worker"),
    path("offline/", pwa.offline, name="offline"),
    path("preferences/devices/", views_push.push_devices, name="push_devices"),
    path(
        "preferences/devices/<int:pk>/revoke/",
        views_push.push_device_revoke,
        name="push_device_revoke",
    ),
    path("", include("patients.urls")),
    path("", include("sessions.urls")),
    path("", include("groups.urls")),
    path("", include("journals.urls")),
    path("accounts/login/", patients_views.LoginView.as_view(), name="account_login"),
    path("accounts/", include("allauth.urls")),
    path("admin/", admin.site.urls),
    path("api/v1/", include(api_v1)),
    path("api/schema/", SpectacularAPIView.as_view(), name="api_schema"),
    path(
        "api/docs/",
        api_docs_csp(SpectacularSwaggerSplitView.as_view(url_name="api_schema")),
        name="api_docs",
    ),
    path(
        "api/redoc/",
        # Our template: drf-spectacular's own loads web fonts from a third party.
        api_docs_csp(
            SpectacularRedocView.as_view(url_name="api_schema", template_name="api/redoc.html")
        ),
        name="api_redoc",
    ),
]
