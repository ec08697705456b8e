from tests.authz import FORBIDDEN, LOGIN, NOT_FOUND, OK, REDIRECT, UNAUTHORIZED, Row, expect

STAFF_WHO_SEE_PATIENT = ("coach", "clinician", "clinic_admin")


def _patient_pk(world):
    return {"pk": world.patient.pk}


def _patient_name(world):
    return world.patient.user.last_name


def _notification(world):
    from patients.models import Notification

    note = Notification.objects.create(user=world.patient.user, dedupe_key="authz", title="Hello")
    return {"pk": note.pk}


def _invitation_token(world):
    from patients.models import Invitation

    invitation = Invitation.objects.create(
        clinic=world.clinic, email="newcomer@example.test", role="patient"
    )
    return {"token": invitation.token}


ROWS = [
    Row("home", expect(REDIRECT, anonymous=LOGIN)),
    Row("healthz", expect(OK)),
    Row(
        "today",
        expect(FORBIDDEN, anonymous=LOGIN, patient=OK, other_patient=OK),
    ),
    Row(
        "staff_patient_list",
        expect(OK, anonymous=LOGIN, patient=FORBIDDEN, other_patient=FORBIDDEN),
        shows=STAFF_WHO_SEE_PATIENT,
        marker=_patient_name,
    ),
    Row(
        "staff_patient",
        expect(
            NOT_FOUND,
            anonymous=LOGIN,
            patient=FORBIDDEN,
            other_patient=FORBIDDEN,
            coach=OK,
            clinician=OK,
            clinic_admin=OK,
        ),
        kwargs=_patient_pk,
        shows=STAFF_WHO_SEE_PATIENT,
        marker=_patient_name,
    ),
    Row(
        "staff_patient_edit",
        expect(
            NOT_FOUND,
            anonymous=LOGIN,
            patient=FORBIDDEN,
            other_patient=FORBIDDEN,
            clinician=OK,
            clinic_admin=OK,
        ),
        kwargs=_patient_pk,
    ),
    Row(
        "invitation_create",
        expect(
            FORBIDDEN,
            anonymous=LOGIN,
            clinician=OK,
            other_clinician=OK,
            clinic_admin=OK,
            other_therapist=FORBIDDEN,
        ),
    ),
    Row("invitation_accept", expect(OK), kwargs=_invitation_token),
    Row("api_token", expect(OK, anonymous=LOGIN)),
    Row("notification_list", expect(OK, anonymous=LOGIN)),
    Row(
        "notification_read",
        expect(REDIRECT, anonymous=LOGIN),
        kwargs=_notification,
        method="post",
    ),
    # REST API
    Row("api-root", expect(OK, anonymous=UNAUTHORIZED)),
    Row("api_me", expect(OK, anonymous=UNAUTHORIZED)),
    Row(
        "patient-list",
        expect(OK, anonymous=UNAUTHORIZED),
        shows=("patient", *STAFF_WHO_SEE_PATIENT),
        marker=_patient_name,
    ),
    Row(
        "patient-detail",
        expect(
            NOT_FOUND,
            anonymous=UNAUTHORIZED,
            patient=OK,
            coach=OK,
            clinician=OK,
            clinic_admin=OK,
        ),
        kwargs=_patient_pk,
    ),
    # Country, phone and emergency contact: the patient, and the clinic's clinicians and
    # clinic admins. A coach reads them but does not change them.
    Row(
        "patient-detail",
        expect(
            NOT_FOUND,
            anonymous=UNAUTHORIZED,
            patient=OK,
            clinician=OK,
            clinic_admin=OK,
        ),
        kwargs=_patient_pk,
        method="patch",
    ),
    Row("api_schema", expect(OK)),
    Row("api_docs", expect(OK)),
    # The Django admin: superusers only; no clinic role is a Django admin user.
    Row("admin:index", expect(LOGIN)),
    Row("admin:patients_patient_changelist", expect(LOGIN)),
    # Account pages (allauth): anyone may log in; the rest is one's own account.
    Row("account_login", expect(REDIRECT, anonymous=OK)),
    Row("account_reset_password", expect(OK)),
    Row("mfa_index", expect(OK, anonymous=LOGIN)),
    Row("account_change_password", expect(OK, anonymous=LOGIN)),
]
