"""The outcome figures in words, in chart data and as CSV: each chart says in a sentence
and in a table what it draws, so nothing rests on seeing it."""

import csv
import io

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .figures import Group, Outcomes, change_text


def _group_sentence(group: Group) -> str:
    return ngettext(
        "%(label)s: median change %(change)s, %(response)s%% responded, %(remission)s%% in "
        "remission (%(count)s patient)",
        "%(label)s: median change %(change)s, %(response)s%% responded, %(remission)s%% in "
        "remission (%(count)s patients)",
        group.patients,
    ) % {
        "label": group.label,
        "change": change_text(group.median_change),
        "response": group.response_rate,
        "remission": group.remission_rate,
        "count": group.patients,
    }


def summary(groups: list[Group]) -> str:
    filled = [group for group in groups if group.rows]
    if not filled:
        return _("No patient has a PHQ-9 from before their first dose and one since yet.")
    return "; ".join(_group_sentence(group) for group in filled) + "."


def adherence_summary(groups: list[Group]) -> str:
    """The highest quarter against the lowest first: the comparison the figure is for."""
    filled = [group for group in groups if group.rows]
    if len(filled) < 2:
        return summary(groups)
    lowest, highest = filled[0], filled[-1]
    lead = _(
        "Patients who answered the most prompts (%(high_low)s–%(high_high)s%%) had a median "
        "PHQ-9 change of %(high_change)s and %(high_response)s%% responded; those who answered "
        "the fewest (%(low_low)s–%(low_high)s%%) had %(low_change)s and %(low_response)s%%."
    ) % {
        "high_low": highest.adherence_range[0],
        "high_high": highest.adherence_range[1],
        "high_change": change_text(highest.median_change),
        "high_response": highest.response_rate,
        "low_low": lowest.adherence_range[0],
        "low_high": lowest.adherence_range[1],
        "low_change": change_text(lowest.median_change),
        "low_response": lowest.response_rate,
    }
    return f"{lead} {summary(groups)}"


def chart_data(groups: list[Group]) -> dict:
    filled = [group for group in groups if group.rows]
    return {
        "labels": [group.label for group in filled],
        "series": [
            {
                "key": "response",
                "label": _("Responded (PHQ-9 down by half or more)"),
                "values": [group.response_rate for group in filled],
            },
            {
                "key": "remission",
                "label": _("In remission (latest PHQ-9 below 5)"),
                "values": [group.remission_rate for group in filled],
            },
        ],
        "axis": _("Share of patients (%)"),
    }


def sections(outcomes: Outcomes) -> list[dict]:
    """What the page shows per grouping: title, summary, chart data and table rows."""
    found = []
    for key, title, groups in outcomes.groupings():
        found.append(
            {
                "key": key,
                "title": title,
                "summary": adherence_summary(groups) if key == "adherence" else summary(groups),
                "chart": chart_data(groups),
                "chart_id": f"outcomes-{key}-data",
                "groups": [group for group in groups if group.rows],
                "show_adherence": key == "adherence",
            }
        )
    return found


def outcomes_csv(outcomes: Outcomes) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        [
            _("Grouping"),
            _("Group"),
            _("Patients"),
            _("Lowest adherence (%)"),
            _("Highest adherence (%)"),
            _("Median adherence (%)"),
            _("Median PHQ-9 change"),
            _("Responded"),
            _("Response rate (%)"),
            _("In remission"),
            _("Remission rate (%)"),
        ]
    )
    for _key, title, groups in [*outcomes.groupings(), ("all", _("All"), [outcomes.overall])]:
        for group in groups:
            row = group.as_dict()
            writer.writerow(
                [
                    _cell(title),
                    _cell(row["label"]),
                    row["patients"],
                    _blank(row["adherence_low"]),
                    _blank(row["adherence_high"]),
                    _blank(row["median_adherence"]),
                    "" if row["median_change"] is None else f"{row['median_change']:.1f}",
                    row["responders"],
                    _blank(row["response_rate"]),
                    row["remitters"],
                    _blank(row["remission_rate"]),
                ]
            )
    return out.getvalue()


def _cell(text: str) -> str:
    """A program's name is typed by staff: one a spreadsheet would run as a formula is
    kept as text."""
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _blank(value) -> str:
    return "" if value is None else str(value)
