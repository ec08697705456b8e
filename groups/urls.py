from django.urls import path

from . import views, views_suggestions

urlpatterns = [
    # Patients
    path("groups/", views.group_list, name="group_list"),
    path("groups/name/", views.group_name_preference, name="group_name_preference"),
    path("groups/<int:pk>/", views.group_detail, name="group_detail"),
    path("groups/<int:pk>/enroll/", views.group_enroll, name="group_enroll"),
    path("groups/<int:pk>/withdraw/", views.group_withdraw, name="group_withdraw"),
    # Calendars
    path("groups/<int:pk>/calendar.ics", views.group_calendar, name="group_calendar"),
    path("calendar/", views.calendar_feed, name="calendar_feed"),
    path("calendar/<str:token>.ics", views.calendar_feed_ics, name="calendar_feed_ics"),
    # Staff
    path("staff/groups/", views.group_schedule, name="group_schedule"),
    path("staff/groups/new/", views.group_create, name="group_create"),
    path(
        "staff/groups/suggestions/",
        views_suggestions.group_suggestions,
        name="group_suggestions",
    ),
    path(
        "staff/groups/suggestions/<str:key>/",
        views_suggestions.group_suggestion_create,
        name="group_suggestion_create",
    ),
    path("staff/groups/<int:pk>/", views.group_staff, name="group_staff"),
    path("staff/groups/<int:pk>/edit/", views.group_edit, name="group_edit"),
    path("staff/groups/<int:pk>/cancel/", views.group_cancel, name="group_cancel"),
    path("staff/groups/<int:pk>/enroll/", views.group_staff_enroll, name="group_staff_enroll"),
    path("staff/groups/<int:pk>/invite/", views.group_staff_invite, name="group_staff_invite"),
    path(
        "staff/groups/<int:pk>/enrollments/<int:enrollment_pk>/withdraw/",
        views.group_staff_withdraw,
        name="group_staff_withdraw",
    ),
    path("staff/groups/<int:pk>/attendance/", views.group_attendance, name="group_attendance"),
]
