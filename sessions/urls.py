from django.urls import path

from . import views, views_debrief, views_dispatch, views_programs, views_therapy

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
    path(
        "staff/sessions/<int:pk>/addenda/new/",
        views.session_addendum_create,
        name="session_addendum_create",
    ),
    path(
        "staff/sessions/<int:session_pk>/notes/new/",
        views_debrief.debrief_note_create,
        name="debrief_note_create",
    ),
    path("staff/notes/<int:pk>/", views_debrief.debrief_note_detail, name="debrief_note_detail"),
    path("staff/notes/<int:pk>/edit/", views_debrief.debrief_note_edit, name="debrief_note_edit"),
    path(
        "staff/notes/<int:pk>/publish/",
        views_debrief.debrief_note_publish,
        name="debrief_note_publish",
    ),
    path("my-notes/", views_debrief.my_debrief_notes, name="my_debrief_notes"),
    path(
        "staff/patients/<int:patient_pk>/therapy-notes/",
        views_therapy.therapy_note_list,
        name="therapy_note_list",
    ),
    path(
        "staff/patients/<int:patient_pk>/therapy-notes/new/",
        views_therapy.therapy_note_create,
        name="therapy_note_create",
    ),
    path(
        "staff/therapy-notes/<int:pk>/",
        views_therapy.therapy_note_detail,
        name="therapy_note_detail",
    ),
    path(
        "staff/therapy-notes/<int:pk>/edit/",
        views_therapy.therapy_note_edit,
        name="therapy_note_edit",
    ),
    path(
        "staff/therapy-notes/<int:pk>/share/",
        views_therapy.therapy_note_share,
        name="therapy_note_share",
    ),
    path("my-therapy-notes/", views_therapy.my_therapy_notes, name="my_therapy_notes"),
    path("staff/dispatch/", views_dispatch.dispatch_status, name="dispatch_status"),
    path("staff/programs/", views_programs.program_list, name="program_list"),
    path("staff/programs/<int:pk>/", views_programs.program_detail, name="program_detail"),
    path(
        "staff/programs/<int:pk>/preview/",
        views_programs.program_preview,
        name="program_preview",
    ),
    path(
        "staff/programs/<int:pk>/template/",
        views_programs.program_apply_template,
        name="program_apply_template",
    ),
    path(
        "staff/programs/<int:pk>/default/",
        views_programs.program_make_default,
        name="program_make_default",
    ),
    path("staff/programs/<int:pk>/apply/", views_programs.program_retime, name="program_retime"),
    path("staff/programs/<int:pk>/steps/new/", views_programs.step_create, name="step_create"),
    path("staff/program-steps/<int:pk>/", views_programs.step_edit, name="step_edit"),
    path("staff/program-steps/<int:pk>/move/", views_programs.step_move, name="step_move"),
    path(
        "staff/program-steps/<int:pk>/duplicate/",
        views_programs.step_duplicate,
        name="step_duplicate",
    ),
    path("staff/program-steps/<int:pk>/remove/", views_programs.step_remove, name="step_remove"),
    path(
        "staff/patients/<int:patient_pk>/program/",
        views_programs.patient_program_create,
        name="patient_program_create",
    ),
    path("prompts/", views.prompt_inbox, name="prompt_inbox"),
    path("prompts/<int:pk>/", views.prompt_detail, name="prompt_detail"),
    path("prompts/<int:pk>/done/", views.prompt_done, name="prompt_done"),
]
