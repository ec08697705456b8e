from django.urls import path

from . import views

urlpatterns = [
    path("staff/sessions/", views.session_list, name="session_list"),
    path(
        "staff/patients/<int:patient_pk>/sessions/new/",
        views.session_create,
        name="session_create",
    ),
    path("staff/sessions/<int:pk>/", views.session_detail, name="session_detail"),
    path("staff/sessions/<int:pk>/edit/", views.session_edit, name="session_edit"),
    path("staff/sessions/<int:pk>/end/", views.session_end, name="session_end"),
    path("staff/sessions/<int:pk>/sign/", views.session_sign, name="session_sign"),
    path("staff/sessions/<int:pk>/cancel/", views.session_cancel, name="session_cancel"),
    path("staff/sessions/<int:pk>/vitals/", views.session_vitals, name="session_vitals"),
    path("prompts/", views.prompt_inbox, name="prompt_inbox"),
    path("prompts/<int:pk>/", views.prompt_detail, name="prompt_detail"),
    path("prompts/<int:pk>/done/", views.prompt_done, name="prompt_done"),
]
