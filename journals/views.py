"""The patient's journal pages, the answers to each kind of prompt, the integration plan,
and the care team's view of shared entries."""

import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from patients.audit import audit_record_many
from patients.crisis_lines import crisis_help_for
from patients.models import AuditEvent
from patients.selectors import is_on_care_team, patient_get_for
from patients.views import form_errors_into, patient_required, staff_required
from sessions.models import Instrument, PromptKind, ScheduledPrompt
from sessions.selectors import prompt_get_for, session_get_for

from . import services
from .attachments import attachments_of
from .forms import (
    MOOD_CHOICES,
    AssessmentForm,
    CheckInForm,
    CommentForm,
    CommitmentForm,
    CreativeForm,
    DraftForm,
    EntryForm,
    IntentionForm,
    MindfulnessForm,
    ProgressForm,
    TherapyForm,
)
from .intentions import intentions_to_quote
from .models import Commitment
from .scoring import STEM
from .selectors import (
    RESTORE_DAYS,
    answer_made_with,
    assessment_get_for,
    care_team_readers,
    comment_list_for,
    commitment_get_for,
    commitment_list_for,
    deleted_entry_get_for,
    deleted_entry_list_for,
    draft_get_for,
    entry_get_for,
    entry_list_for,
    entry_readers,
    entry_search,
    habit_grid_for,
    open_window_session_for,
)
from .views_attachments import save_with_attachments

ENTRIES_PER_PAGE = 20
# The integration plan shows the last week of the patient's habits.
HABIT_WEEK = 7
NEW_ENTRY_DRAFT = "new"
DRAFT_KEY = re.compile(r"^(new|entry-\d+|prompt-\d+)$")


# Drafts -----------------------------------------------------------------------------------


def _draft_context(patient, key, draft):
    return {
        "draft_key": key,
        "draft_url": reverse("journal_draft", args=[key]),
        "draft_storage_key": f"ic-draft:{patient.pk}:{key}",
        "draft": draft,
    }


def _with_draft(user, key, initial):
    """The form's starting values, with the autosaved draft's words when there is one."""
    draft = draft_get_for(user, key)
    if draft is not None:
        initial = {**initial, "text": draft.text}
        if draft.mood is not None:
            initial["mood"] = draft.mood
    return initial, draft


@patient_required
def journal_draft(request, patient, key):
    """The autosave endpoint: GET returns the draft, POST stores it. JSON both ways."""
    if not DRAFT_KEY.match(key):
        raise Http404("No such draft.")
    if request.method == "POST":
        form = DraftForm(request.POST)
        if not form.is_valid():
            return JsonResponse({"errors": form.errors}, status=400)
        try:
            draft = services.draft_save(acting_user=request.user, key=key, **form.cleaned_data)
        except ValidationError as error:
            return JsonResponse({"errors": error.message_dict}, status=400)
    else:
        draft = draft_get_for(request.user, key)
    return JsonResponse(
        {
            "key": key,
            "text": draft.text if draft else "",
            "mood": draft.mood if draft else None,
            "updated_at": draft.updated_at.isoformat() if draft else None,
        }
    )


def _saved(request, entry, *, draft_key="", message=""):
    """After a save, a redirect to the entry's page, so a reload never sends the entry
    again; a flagged entry's page opens with the crisis help. An entry sent twice (its
    nonce made it already) goes to the first one."""
    if getattr(entry, "replayed", False):
        if entry.deleted_at is not None:
            messages.info(request, _("You saved this entry before, and deleted it since."))
            return redirect("entry_deleted_list")
        message = _("You sent this already; it was saved once. Here it is.")
    messages.success(request, message or _("Saved."))
    url = reverse("entry_detail", args=[entry.pk])
    if draft_key:
        url += "?" + urlencode({"draft_saved": draft_key})
    return redirect(url)


# The journal ------------------------------------------------------------------------------


@patient_required
def journal_list(request, patient):
    query = request.GET.get("q", "").strip()
    entries = (
        entry_search(entry_list_for(request.user), query)
        .annotate(comment_count=Count("comments"))
        .prefetch_related("attachments")
    )
    page = Paginator(entries, ENTRIES_PER_PAGE).get_page(request.GET.get("page"))
    window = open_window_session_for(patient)
    context = {
        "page": page,
        "query": query,
        "window": window,
        "window_commitments": commitment_list_for(request.user, window) if window else [],
    }
    return render(request, "journals/journal_list.html", context)


@patient_required
def entry_create(request, patient):
    initial, draft = _with_draft(request.user, NEW_ENTRY_DRAFT, {})
    form = EntryForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            entry = save_with_attachments(
                request,
                lambda: services.entry_create(
                    acting_user=request.user,
                    share=form.cleaned_data["share"],
                    draft_key=NEW_ENTRY_DRAFT,
                    idempotency_key=form.idempotency_key,
                    **form.entry_fields(),
                ),
            )
        except ValidationError as error:
            form_errors_into(form, error)
        else:
            _keep_words_changed_before_resending(request, entry, form.cleaned_data["text"])
            return _saved(request, entry, draft_key=NEW_ENTRY_DRAFT)
    context = {
        "form": form,
        "care_team": care_team_readers(patient),
        **_draft_context(patient, NEW_ENTRY_DRAFT, draft),
    }
    return render(request, "journals/entry_form.html", context)


def _keep_words_changed_before_resending(request, entry, text):
    """A patient who went back, changed the words and sent the form again gets the entry
    the form made the first time; the changed words wait for them as a draft."""
    if getattr(entry, "replayed", False) and text.strip() and text != entry.text:
        services.draft_save(acting_user=request.user, key=NEW_ENTRY_DRAFT, text=text)
        messages.info(request, _("Your changed words are kept as a draft in “Write an entry”."))


def _render_entry(request, entry, *, draft_saved=""):
    context = {
        "entry": entry,
        "readers": entry_readers(entry),
        "care_team": care_team_readers(entry.patient),
        "comments": comment_list_for(request.user, entry),
        "attachments": attachments_of(entry),
        "comment_form": CommentForm(label=_("Your reply")),
        "crisis_resources": crisis_help_for(entry.patient) if entry.flagged else None,
        "draft_saved": draft_saved if DRAFT_KEY.match(draft_saved or "") else "",
    }
    return render(request, "journals/entry_detail.html", context)


@patient_required
def entry_detail(request, patient, pk):
    entry = entry_get_for(request.user, pk)
    return _render_entry(request, entry, draft_saved=request.GET.get("draft_saved", ""))


@patient_required
def entry_edit(request, patient, pk):
    entry = entry_get_for(request.user, pk, for_write=True)
    key = f"entry-{entry.pk}"
    initial = {name: getattr(entry, name) for name in ("title", "text", "mood", "feelings")}
    initial, draft = _with_draft(request.user, key, initial)
    form = EntryForm(request.POST or None, initial=initial, editing=True)
    if request.method == "POST" and form.is_valid():
        try:
            entry = save_with_attachments(
                request,
                lambda: services.entry_update(
                    acting_user=request.user, entry=entry, draft_key=key, **form.entry_fields()
                ),
            )
        except ValidationError as error:
            form_errors_into(form, error)
        else:
            return _saved(request, entry, draft_key=key, message=_("Changes saved."))
    context = {
        "form": form,
        "entry": entry,
        "readers": entry_readers(entry),
        "care_team": care_team_readers(patient),
        **_draft_context(patient, key, draft),
    }
    return render(request, "journals/entry_form.html", context)


@require_POST
@patient_required
def entry_delete(request, patient, pk):
    entry = entry_get_for(request.user, pk, for_write=True)
    services.entry_delete(acting_user=request.user, entry=entry)
    messages.success(
        request,
        _("Entry deleted. You can restore it from Recently deleted for %(days)s days.")
        % {"days": RESTORE_DAYS},
    )
    return redirect("journal_list")


@require_POST
@patient_required
def entry_share(request, patient, pk):
    entry = entry_get_for(request.user, pk, for_write=True)
    services.entry_share(acting_user=request.user, entry=entry)
    names = ", ".join(person.display_name for person in care_team_readers(patient))
    messages.success(
        request, _("Shared. Your care team can read this entry now: %(names)s.") % {"names": names}
    )
    return redirect("entry_detail", pk=entry.pk)


@require_POST
@patient_required
def entry_unshare(request, patient, pk):
    entry = entry_get_for(request.user, pk, for_write=True)
    services.entry_unshare(acting_user=request.user, entry=entry)
    messages.success(request, _("No longer shared. Only you can read this entry now."))
    return redirect("entry_detail", pk=entry.pk)


@require_POST
@patient_required
def entry_comment(request, patient, pk):
    """The patient's reply under their own entry."""
    entry = entry_get_for(request.user, pk, for_write=True)
    _comment(request, entry)
    return redirect("entry_detail", pk=entry.pk)


def _comment(request, entry):
    form = CommentForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Write the comment before sending it."))
        return
    try:
        services.comment_create(
            acting_user=request.user,
            entry=entry,
            text=form.cleaned_data["text"],
            idempotency_key=form.idempotency_key,
        )
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(request, _("Comment added."))


@patient_required
def entry_deleted_list(request, patient):
    entries = deleted_entry_list_for(request.user)
    return render(
        request,
        "journals/deleted_list.html",
        {"entries": entries, "restore_days": RESTORE_DAYS},
    )


@require_POST
@patient_required
def entry_restore(request, patient, pk):
    entry = deleted_entry_get_for(request.user, pk)
    services.entry_restore(acting_user=request.user, entry=entry)
    messages.success(request, _("Entry restored."))
    return redirect("entry_detail", pk=entry.pk)


# Answering prompts ------------------------------------------------------------------------


def guiding_questions(instructions: str) -> list[str]:
    """The step's instructions, one question or sentence per line of the page."""
    return [part.strip() for part in re.split(r"(?<=[?.!])\s+", instructions or "") if part.strip()]


def _questionnaire_context(patient):
    return {
        "stem": _(STEM),
        "mood_choices": MOOD_CHOICES,
        "coaches_see_assessments": patient.clinic.coaches_see_assessments,
    }


def _answer_form(request, patient, prompt):
    """The form for the prompt's kind, and what its page needs besides."""
    data = request.POST if request.method == "POST" else None
    extra = {}
    if prompt.kind == PromptKind.CHECK_IN:
        return CheckInForm(data), extra
    if prompt.kind == PromptKind.ASSESSMENT:
        return AssessmentForm(data, instrument=prompt.instrument), extra
    if prompt.kind == PromptKind.MINDFULNESS:
        return MindfulnessForm(data), extra
    if prompt.kind == PromptKind.CREATIVE:
        return CreativeForm(data), extra
    key = services.prompt_draft_key(prompt)
    initial, draft = _with_draft(request.user, key, {})
    extra.update(_draft_context(patient, key, draft))
    extra["intentions_quoted"] = intentions_to_quote(request.user, prompt)
    if prompt.kind == PromptKind.THERAPY:
        return TherapyForm(data, initial=initial), extra
    if prompt.kind == PromptKind.INTENTION:
        return IntentionForm(data, initial=initial), extra
    commitments = list(commitment_list_for(request.user, prompt.session))
    extra["commitments"] = commitments
    extra["habit_week"] = habit_grid_for(request.user, patient, days=HABIT_WEEK)
    return EntryForm(data, initial=initial, commitments=commitments), extra


def _answered(request, prompt, result):
    """Every answer ends in a redirect, so a reload never sends it again. A PHQ-9 whose
    item 9 is above 0 opens its page with the crisis help."""
    if prompt.kind == PromptKind.ASSESSMENT:
        messages.success(request, _("Thank you for answering."))
        return redirect("assessment_detail", pk=result.pk)
    if prompt.kind == PromptKind.CHECK_IN:
        messages.success(
            request, _("Thank you. Noted: %(mood)s out of 10. Rest well.") % {"mood": result.mood}
        )
        return redirect("today")
    return _saved(
        request,
        result,
        draft_key=services.prompt_draft_key(prompt),
        message=_("Saved. Well done."),
    )


@patient_required
def prompt_answer(request, patient, pk):
    prompt = prompt_get_for(request.user, pk, for_answer=True)
    if request.method == "POST":
        # Sent again (a double tap, a reload, back and send): the first answer stands.
        earlier = answer_made_with(request.user, prompt, request.POST.get("nonce", ""))
        if earlier is not None:
            earlier.replayed = True
            return _answered(request, prompt, earlier)
    problem = services.prompt_open_problem(prompt)
    answer = prompt.journal_entries.first() or prompt.assessments.first()
    if problem or answer is not None:
        return render(
            request,
            "journals/prompt_closed.html",
            {"prompt": prompt, "problem": problem, "answer": answer},
        )
    form, extra = _answer_form(request, patient, prompt)
    if request.method == "POST" and form.is_valid():
        try:
            result = save_with_attachments(
                request,
                lambda: services.prompt_answer(
                    acting_user=request.user,
                    prompt=prompt,
                    idempotency_key=form.idempotency_key,
                    **form.answer(),
                ),
                words=form.cleaned_data.get("text") or "",
                need_something=prompt.kind == PromptKind.CREATIVE,
            )
        except ValidationError as error:
            form_errors_into(form, error)
        else:
            return _answered(request, prompt, result)
    context = {
        "prompt": prompt,
        "form": form,
        "late": prompt.status == ScheduledPrompt.Status.EXPIRED,
        "questions": guiding_questions(prompt.instructions),
        "care_team": care_team_readers(patient),
        **_questionnaire_context(patient),
        **extra,
    }
    return render(request, f"journals/answer_{prompt.kind}.html", context)


# Assessments ------------------------------------------------------------------------------


def _render_assessment(request, assessment):
    context = {
        "assessment": assessment,
        "own": assessment.patient.user_id == request.user.pk,
        "crisis_resources": (
            crisis_help_for(assessment.patient) if assessment.shows_self_harm_thoughts else None
        ),
    }
    return render(request, "journals/assessment_detail.html", context)


@patient_required
def assessment_create(request, patient, instrument):
    """A PHQ-9 or GAD-7 taken outside a prompt, whenever the patient wants."""
    if instrument not in Instrument.values:
        raise Http404("No such questionnaire.")
    form = AssessmentForm(request.POST or None, instrument=instrument)
    if request.method == "POST" and form.is_valid():
        try:
            assessment = services.assessment_create(
                acting_user=request.user,
                instrument=instrument,
                item_scores=form.item_scores(),
                idempotency_key=form.idempotency_key,
            )
        except ValidationError as error:
            form_errors_into(form, error)
        else:
            messages.success(request, _("Thank you for answering."))
            return redirect("assessment_detail", pk=assessment.pk)
    context = {
        "form": form,
        "title": Instrument(instrument).label,
        **_questionnaire_context(patient),
    }
    return render(request, "journals/answer_assessment.html", context)


@login_required
def assessment_detail(request, pk):
    """The patient's own result, or a clinician's read of it (audited)."""
    return _render_assessment(request, assessment_get_for(request.user, pk))


# The integration plan ---------------------------------------------------------------------


@patient_required
def commitment_list(request, patient, session_pk):
    session = session_get_for(request.user, session_pk)
    commitments = list(commitment_list_for(request.user, session))
    form = CommitmentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.commitment_add(acting_user=request.user, session=session, **form.cleaned_data)
        except ValidationError as error:
            form_errors_into(form, error)
        else:
            messages.success(request, _("Added to your plan."))
            return redirect("commitment_list", session_pk=session.pk)
    context = {
        "session": session,
        "commitments": commitments,
        "form": form,
        "full": len(commitments) >= Commitment.MAX_PER_SESSION,
        "max": Commitment.MAX_PER_SESSION,
        "progress_choices": Commitment.Progress.choices,
        "habit_week": habit_grid_for(request.user, patient, days=HABIT_WEEK),
    }
    return render(request, "journals/commitment_list.html", context)


@require_POST
@patient_required
def commitment_progress(request, patient, pk):
    commitment = commitment_get_for(request.user, pk)
    form = ProgressForm(request.POST)
    if form.is_valid():
        services.commitment_set_progress(
            acting_user=request.user, commitment=commitment, **form.cleaned_data
        )
        messages.success(
            request,
            _("Progress saved: %(progress)s.") % {"progress": commitment.get_progress_display()},
        )
    else:
        messages.error(request, _("Choose not started, some progress or done."))
    return redirect("commitment_list", session_pk=commitment.session_id)


@require_POST
@patient_required
def commitment_delete(request, patient, pk):
    commitment = commitment_get_for(request.user, pk)
    services.commitment_delete(acting_user=request.user, commitment=commitment)
    messages.success(request, _("Removed from your plan."))
    return redirect("commitment_list", session_pk=commitment.session_id)


# The care team's side ---------------------------------------------------------------------


@staff_required
def staff_entry_list(request, patient_pk):
    """The entries a patient shared with their care team. Private ones are not here, and
    never will be."""
    patient = patient_get_for(request.user, patient_pk, audit=False)
    if not is_on_care_team(request.user, patient):
        raise Http404("No such patient.")
    entries = (
        entry_list_for(request.user)
        .filter(patient=patient)
        .annotate(comment_count=Count("comments"))
        .prefetch_related("attachments")
    )
    page = Paginator(entries, ENTRIES_PER_PAGE).get_page(request.GET.get("page"))
    audit_record_many(
        actor=request.user, rows=[(patient, entry) for entry in page], action=AuditEvent.Action.LIST
    )
    return render(request, "journals/staff_entry_list.html", {"patient": patient, "page": page})


@staff_required
def staff_entry_detail(request, pk):
    entry = entry_get_for(request.user, pk)
    context = {
        "entry": entry,
        "readers": entry_readers(entry),
        "comments": comment_list_for(request.user, entry),
        "attachments": attachments_of(entry),
        "comment_form": CommentForm(),
    }
    return render(request, "journals/staff_entry_detail.html", context)


@require_POST
@staff_required
def staff_entry_comment(request, pk):
    entry = entry_get_for(request.user, pk, audit=False)
    _comment(request, entry)
    return redirect("staff_entry_detail", pk=entry.pk)
