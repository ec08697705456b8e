from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from patients import views as patients_views

from . import views
from .api_urls import urlpatterns as api_v1

# The Django admin logs in through allauth, so its rate limits and MFA apply there too.
admin.site.login = secure_admin_login(admin.site.login)
admin.site.site_header = "Integration Clinic administration"

urlpatterns = [
    path("", views.home, name="home"),
    path("today/", views.today, name="today"),
    path("staff/patients/<int:pk>/", views.staff_patient, name="staff_patient"),
    path("healthz", views.healthz, name="healthz"),
    path("", include("patients.urls")),
    path("", include("sessions.urls")),
    path("accounts/login/", patients_views.LoginView.as_view(), name="account_login"),
    path("accounts/", include("allauth.urls")),
    path("admin/", admin.site.urls),
    path("api/v1/", include(api_v1)),
    path("api/schema/", SpectacularAPIView.as_view(), name="api_schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="api_schema"), name="api_docs"),
]
