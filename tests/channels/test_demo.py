from django.core.management import call_command

from patients.models import Patient


def test_the_demo_has_a_spanish_speaker_with_push_and_texts_on(db):
    call_command("seed_demo", verbosity=0)

    maria = Patient.objects.select_related("user").get(user__email="maria@demo.test")
    assert maria.user.language == "es"
    assert maria.phone == "+16025550142"
    assert "journal" in maria.push_prompt_kinds and "journal" in maria.sms_prompt_kinds
