"""Programs for common protocols, to start from in the program builder.

Each template is a window length and steps, with the steps' texts in English and Spanish.
Assessments sit where they mean something: a PHQ-9 towards the end of a window, and
between doses every two weeks. When doses come close together (an IV series, twice-weekly
esketamine), the clinic's minimum gap between assessments holds back a PHQ-9 due too soon
after the last one, so a patient is asked about weekly, not after every dose.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from .models import HOURS_PER_WEEK, Instrument, PromptKind, StepPhase

INTENTION = {
    "phase": StepPhase.PRE_SESSION,
    "offset_hours": -24,
    "kind": PromptKind.INTENTION,
    "title": "Set your intentions",
    "title_es": "Define tus intenciones",
    "instructions": "Before your session: what do you hope to explore, let go of or "
    "understand? A few words are enough; your care team will read them.",
    "instructions_es": "Antes de tu sesión: ¿qué esperas explorar, soltar o entender? "
    "Bastan unas pocas palabras; tu equipo de cuidado las leerá.",
    "expires_after_hours": 24,
    "reminder_after_hours": 12,
}


def _first_check_in(offset_hours: int) -> dict:
    # The first prompt after a dose may reach someone still drowsy: one tap.
    return {
        "offset_hours": offset_hours,
        "kind": PromptKind.CHECK_IN,
        "title": "How are you feeling?",
        "title_es": "¿Cómo te sientes?",
        "instructions": "One tap, from 1 to 10. Nothing more is needed right now.",
        "instructions_es": "Un toque, del 1 al 10. Por ahora no hace falta nada más.",
        "expires_after_hours": 12,
    }


def _journal(offset_hours: int, title: str, title_es: str, text: str, text_es: str) -> dict:
    return {
        "offset_hours": offset_hours,
        "kind": PromptKind.JOURNAL,
        "title": title,
        "title_es": title_es,
        "instructions": text,
        "instructions_es": text_es,
        "expires_after_hours": 24,
        "reminder_after_hours": 12,
    }


def _mindfulness(offset_hours: int) -> dict:
    return {
        "offset_hours": offset_hours,
        "kind": PromptKind.MINDFULNESS,
        "title": "Ten minutes of mindful breathing",
        "title_es": "Diez minutos de respiración consciente",
        "instructions": "Sit comfortably, breathe slowly and notice what comes up, without "
        "judging it. Write a line about it afterwards if you like.",
        "instructions_es": "Siéntate con comodidad, respira despacio y observa lo que "
        "aparece, sin juzgarlo. Si quieres, escribe una línea al terminar.",
        "expires_after_hours": 24,
    }


def _therapy(offset_hours: int) -> dict:
    return {
        "offset_hours": offset_hours,
        "kind": PromptKind.THERAPY,
        "title": "Something to bring to therapy",
        "title_es": "Algo para llevar a terapia",
        "instructions": "What from this session would you like to talk through with your "
        "therapist? Note it here so it is not lost.",
        "instructions_es": "¿Qué de esta sesión te gustaría hablar con tu terapeuta? Anótalo "
        "aquí para que no se pierda.",
        "expires_after_hours": 24,
        "reminder_after_hours": 12,
    }


def _assessment(offset_hours: int, instrument: str, **extra) -> dict:
    phq9 = instrument == Instrument.PHQ9
    return {
        "offset_hours": offset_hours,
        "kind": PromptKind.ASSESSMENT,
        "instrument": instrument,
        "title": "PHQ-9 check" if phq9 else "GAD-7 check",
        "title_es": "Cuestionario PHQ-9" if phq9 else "Cuestionario GAD-7",
        "instructions": (
            "Nine questions about how you have felt over the last two weeks."
            if phq9
            else "Seven questions about worry and anxiety over the last two weeks."
        ),
        "instructions_es": (
            "Nueve preguntas sobre cómo te has sentido en las últimas dos semanas."
            if phq9
            else "Siete preguntas sobre preocupación y ansiedad en las últimas dos semanas."
        ),
        "expires_after_hours": 24,
        "reminder_after_hours": 12,
        **extra,
    }


def _follow_up(window_hours: int, weeks: int) -> list[dict]:
    """A weekly one-tap check-in and a PHQ-9 every two weeks once the window has closed,
    for `weeks` weeks or until the next dose."""
    return [
        {
            "phase": StepPhase.FOLLOW_UP,
            "offset_hours": window_hours + HOURS_PER_WEEK,
            "repeat_every_hours": HOURS_PER_WEEK,
            "repeat_for_weeks": weeks,
            "kind": PromptKind.CHECK_IN,
            "title": "Weekly check-in",
            "title_es": "Revisión semanal",
            "instructions": "One tap: how have you been this week, from 1 to 10?",
            "instructions_es": "Un toque: ¿cómo has estado esta semana, del 1 al 10?",
            "expires_after_hours": 72,
        },
        _assessment(
            window_hours + 2 * HOURS_PER_WEEK,
            Instrument.PHQ9,
            phase=StepPhase.FOLLOW_UP,
            repeat_every_hours=2 * HOURS_PER_WEEK,
            repeat_for_weeks=weeks,
            title="PHQ-9 follow-up",
            title_es="Seguimiento PHQ-9",
            expires_after_hours=72,
            reminder_after_hours=24,
        ),
    ]


@dataclass(frozen=True)
class ProgramTemplate:
    key: str
    name: str
    description: str
    window_hours: int
    steps: list = field(default_factory=list)


IV_SERIES = ProgramTemplate(
    key="iv_series",
    name=_("IV ketamine series: six infusions over two to three weeks"),
    description=_(
        "Infusions every two to four days: a 48-hour window after each, with a check-in, "
        "a morning-after journal, mindfulness and a PHQ-9 before the next infusion (held "
        "back when the last one was under a week ago). After the last infusion, eight "
        "weeks of follow-up."
    ),
    window_hours=48,
    steps=[
        INTENTION,
        _first_check_in(2),
        _journal(
            20,
            "Morning-after journal",
            "Diario de la mañana siguiente",
            "What do you notice this morning, in your body, mood and thoughts?",
            "¿Qué notas esta mañana en tu cuerpo, tu ánimo y tus pensamientos?",
        ),
        _mindfulness(26),
        _assessment(40, Instrument.PHQ9),
        _journal(
            44,
            "Before your next infusion",
            "Antes de tu próxima infusión",
            "What has shifted since your last infusion? What would you like to carry into "
            "the next one?",
            "¿Qué ha cambiado desde tu última infusión? ¿Qué te gustaría llevar a la próxima?",
        ),
        *_follow_up(48, 8),
    ],
)

ESKETAMINE = ProgramTemplate(
    key="esketamine",
    name=_("Intranasal esketamine: twice weekly, then weekly"),
    description=_(
        "Spravato induction twice a week for four weeks, then weekly: a 72-hour window "
        "after each dose (prompts start after the two hours of observation), a PHQ-9 at "
        "the end of each window (at most weekly) and twelve weeks of follow-up after the "
        "last dose."
    ),
    window_hours=72,
    steps=[
        INTENTION,
        _first_check_in(3),
        _journal(
            24,
            "Day-after reflection",
            "Reflexión del día siguiente",
            "Looking back on yesterday's session: what stood out, and how are you today?",
            "Mirando la sesión de ayer: ¿qué te llamó la atención y cómo estás hoy?",
        ),
        _mindfulness(30),
        _therapy(48),
        _assessment(66, Instrument.PHQ9),
        *_follow_up(72, 12),
    ],
)

AT_HOME_SUBLINGUAL = ProgramTemplate(
    key="at_home_sublingual",
    name=_("At-home sublingual ketamine"),
    description=_(
        "Doses at home with a monitor present: preparing the space beforehand, a 72-hour "
        "window with a check-in, journal, a creative prompt, mindfulness and a therapy "
        "reflection, PHQ-9 and GAD-7 at its close, and six weeks of follow-up."
    ),
    window_hours=72,
    steps=[
        INTENTION,
        {
            "phase": StepPhase.PRE_SESSION,
            "offset_hours": -2,
            "kind": PromptKind.MINDFULNESS,
            "title": "Prepare your space",
            "title_es": "Prepara tu espacio",
            "instructions": "A quiet room, your monitor with you, water, an eye mask and "
            "music if you like. Take a few slow breaths and return to your intention.",
            "instructions_es": "Un cuarto tranquilo, tu acompañante contigo, agua, un "
            "antifaz y música si te gusta. Respira despacio unas veces y vuelve a tu "
            "intención.",
            "expires_after_hours": 2,
        },
        _first_check_in(2),
        _journal(
            16,
            "Morning-after journal",
            "Diario de la mañana siguiente",
            "What do you notice this morning, in your body, mood and thoughts?",
            "¿Qué notas esta mañana en tu cuerpo, tu ánimo y tus pensamientos?",
        ),
        {
            "offset_hours": 24,
            "kind": PromptKind.CREATIVE,
            "title": "Draw or write what stays with you",
            "title_es": "Dibuja o escribe lo que se queda contigo",
            "instructions": "A drawing, a photo, a voice note or a few words: whatever "
            "shows what stays with you from the session.",
            "instructions_es": "Un dibujo, una foto, una nota de voz o unas palabras: lo que "
            "mejor muestre lo que se queda contigo de la sesión.",
            "expires_after_hours": 48,
            "reminder_after_hours": 24,
        },
        _mindfulness(36),
        _therapy(48),
        _assessment(70, Instrument.PHQ9, expires_after_hours=48, reminder_after_hours=24),
        _assessment(72, Instrument.GAD7, expires_after_hours=48, reminder_after_hours=24),
        *_follow_up(72, 6),
    ],
)

TEMPLATES = {template.key: template for template in (IV_SERIES, ESKETAMINE, AT_HOME_SUBLINGUAL)}


def template_choices() -> list[tuple[str, str]]:
    return [(key, template.name) for key, template in TEMPLATES.items()]
