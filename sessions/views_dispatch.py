"""The dispatch status page: is the schedule moving? For the clinic's admins and
clinicians, when a patient says a prompt never came or email seems stuck."""

from django.shortcuts import render

from patients.views import staff_required

from .selectors_dispatch import dispatch_status_for


@staff_required
def dispatch_status(request):
    clinic, status = dispatch_status_for(request.user)
    return render(request, "sessions/dispatch_status.html", {"clinic": clinic, "status": status})
