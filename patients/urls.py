from django.urls import path

from . import views, views_alerts

urlpatterns = [
    path("staff/patients/", views.patient_list, name="staff_patient_list"),
    path("staff/invitations/new/", views.invitation_create, name="invitation_create"),
    path("invite/<str:token>/", views.invitation_accept, name="invitation_accept"),
    path("account/api-token/", views.api_token, name="api_token"),
    path("inbox/", views.notification_list, name="notification_list"),
    path("inbox/<int:pk>/read/", views.notification_read, name="notification_read"),
    path("staff/alerts/", views_alerts.alert_list, name="alert_list"),
    path("staff/alerts/<int:pk>/", views_alerts.alert_detail, name="alert_detail"),
    path(
        "staff/alerts/<int:pk>/acknowledge/",
        views_alerts.alert_acknowledge,
        name="alert_acknowledge",
    ),
    path("staff/alerts/<int:pk>/resolve/", views_alerts.alert_resolve, name="alert_resolve"),
]
