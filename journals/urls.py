from django.urls import path

from . import views, views_attachments, views_habits

urlpatterns = [
    path("journal/", views.journal_list, name="journal_list"),
    path("journal/new/", views.entry_create, name="entry_create"),
    path("journal/deleted/", views.entry_deleted_list, name="entry_deleted_list"),
    path("journal/deleted/<int:pk>/restore/", views.entry_restore, name="entry_restore"),
    path("journal/drafts/<str:key>/", views.journal_draft, name="journal_draft"),
    path("journal/<int:pk>/", views.entry_detail, name="entry_detail"),
    path("journal/<int:pk>/edit/", views.entry_edit, name="entry_edit"),
    path("journal/<int:pk>/delete/", views.entry_delete, name="entry_delete"),
    path("journal/<int:pk>/share/", views.entry_share, name="entry_share"),
    path("journal/<int:pk>/unshare/", views.entry_unshare, name="entry_unshare"),
    path("journal/<int:pk>/comments/", views.entry_comment, name="entry_comment"),
    path(
        "journal/<int:pk>/attachments/",
        views_attachments.entry_attachments_add,
        name="entry_attachments_add",
    ),
    path(
        "journal/attachments/<int:pk>/",
        views_attachments.attachment_file,
        name="attachment_file",
    ),
    path(
        "journal/attachments/<int:pk>/thumbnail/",
        views_attachments.attachment_thumbnail,
        name="attachment_thumbnail",
    ),
    path(
        "journal/attachments/<int:pk>/remove/",
        views_attachments.attachment_remove,
        name="attachment_remove",
    ),
    path(
        "journal/assessments/new/<str:instrument>/",
        views.assessment_create,
        name="assessment_create",
    ),
    path("journal/assessments/<int:pk>/", views.assessment_detail, name="assessment_detail"),
    path(
        "journal/windows/<int:session_pk>/plan/",
        views.commitment_list,
        name="commitment_list",
    ),
    path(
        "journal/plan/<int:pk>/progress/",
        views.commitment_progress,
        name="commitment_progress",
    ),
    path("journal/plan/<int:pk>/delete/", views.commitment_delete, name="commitment_delete"),
    path("prompts/<int:pk>/answer/", views.prompt_answer, name="prompt_answer"),
    path("habits/", views_habits.habit_list, name="habit_list"),
    path("habits/pick/", views_habits.habit_pick, name="habit_pick"),
    path("habits/<int:pk>/stop/", views_habits.habit_stop, name="habit_stop"),
    path("habits/<int:pk>/mark/", views_habits.habit_mark, name="habit_mark"),
    path("staff/habits/", views_habits.habit_settings, name="habit_settings"),
    path("staff/habits/<int:pk>/", views_habits.habit_edit, name="habit_edit"),
    path(
        "staff/patients/<int:patient_pk>/entries/",
        views.staff_entry_list,
        name="staff_entry_list",
    ),
    path("staff/entries/<int:pk>/", views.staff_entry_detail, name="staff_entry_detail"),
    path(
        "staff/entries/<int:pk>/comments/",
        views.staff_entry_comment,
        name="staff_entry_comment",
    ),
]
