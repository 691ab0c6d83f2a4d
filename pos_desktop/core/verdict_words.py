"""A verdict in the words the till's banner shows: a headline (INTERNAL — employee, BLOCKED
— badge revoked…), a detail line (who, which company and policy, the allowance left, what
the cashier does next) and a level the banner colours it by. Texts only (see core.text):
the till shows them in its language, a test reads them in English without a window."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pos_desktop.core import clock
from pos_desktop.core.money import Amount
from pos_desktop.core.rules import Rules
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Text, join
from pos_desktop.core.verdict import REASON_WORDS, Verdict

Level = Literal["internal", "not_eligible", "external", "blocked", "invalid"]

KIND_WORDS = {
    "employee": QT_TRANSLATE_NOOP("Words", "employee"),
    "group_employee": QT_TRANSLATE_NOOP("Words", "group company"),
    "department": QT_TRANSLATE_NOOP("Words", "department"),
}


@dataclass(frozen=True)
class VerdictCard:
    """What the banner says about a customer, and how loudly."""

    headline: Text
    detail: Text
    level: Level


def card(verdict: Verdict, rules: Rules) -> VerdictCard:
    """The banner's words for a verdict."""
    holder = verdict.holder
    if verdict.status == "invalid":
        problem = QT_TRANSLATE_NOOP("VerdictBanner", "The scan was not read: {problem}.")
        headline = QT_TRANSLATE_NOOP("VerdictBanner", "INVALID — scan again").text()
        return VerdictCard(headline, problem.format(problem=verdict.problem), "invalid")
    if verdict.status == "external" or holder is None:
        return VerdictCard(
            QT_TRANSLATE_NOOP("VerdictBanner", "EXTERNAL — regular price").text(),
            QT_TRANSLATE_NOOP("VerdictBanner", "Not in the staff registry.").text(),
            "external",
        )
    reasons = join(", ", [REASON_WORDS[code].text() for code in verdict.reasons])
    if verdict.status == "blocked":
        blocked = QT_TRANSLATE_NOOP("VerdictBanner", "BLOCKED — {reasons}")
        alert = QT_TRANSLATE_NOOP(
            "VerdictBanner", "{name}: charge the regular price and alert the supervisor."
        )
        return VerdictCard(
            blocked.format(reasons=reasons), alert.format(name=holder.name), "blocked"
        )
    if verdict.kind == "department":
        return _department(verdict, rules)
    who = _who(verdict)
    detail = _holder_line(verdict, rules)
    if verdict.eligible:
        headline = QT_TRANSLATE_NOOP("VerdictBanner", "INTERNAL — {who}").format(who=who)
        return VerdictCard(headline, detail, "internal")
    headline = QT_TRANSLATE_NOOP("VerdictBanner", "INTERNAL — not eligible: {reasons}").format(
        reasons=reasons
    )
    if verdict.eligible_from:
        until = QT_TRANSLATE_NOOP("VerdictBanner", "until {day}").format(day=verdict.eligible_from)
        headline = join(" ", [headline, until])
    if "self_purchase" in verdict.reasons:
        action = QT_TRANSLATE_NOOP(
            "VerdictBanner", "F7 calls a supervisor, or ring it at the regular price."
        )
    else:
        action = QT_TRANSLATE_NOOP("VerdictBanner", "Regular price.")
    return VerdictCard(headline, join("\n", [detail, action.text()]), "not_eligible")


def _who(verdict: Verdict) -> Text:
    """'employee', 'group company', 'dependant of Anna Kowalska'."""
    holder = verdict.holder
    assert holder is not None
    if verdict.kind == "dependant":
        return QT_TRANSLATE_NOOP("VerdictBanner", "dependant of {employee}").format(
            employee=holder.employee_name
        )
    word = KIND_WORDS.get(verdict.kind or "")
    return word.text() if word is not None else join("", [])


def _department(verdict: Verdict, rules: Rules) -> VerdictCard:
    """An internal order of a department: at cost, charged to its cost centre."""
    holder = verdict.holder
    assert holder is not None
    department = rules.departments.get(holder.department or "")
    unknown = QT_TRANSLATE_NOOP("VerdictBanner", "unknown").text()
    headline = QT_TRANSLATE_NOOP("VerdictBanner", "INTERNAL — {who} {name}").format(
        who=_who(verdict), name=holder.name
    )
    detail = QT_TRANSLATE_NOOP(
        "VerdictBanner",
        "Internal order at cost, charged to cost centre {centre}; no payment is taken.",
    ).format(centre=department.cost_centre if department else unknown)
    return VerdictCard(headline, detail, "internal" if verdict.eligible else "not_eligible")


def _holder_line(verdict: Verdict, rules: Rules) -> Text:
    """Name · company · department · policy · allowance left."""
    holder = verdict.holder
    assert holder is not None
    parts: list[str] = [holder.name]
    company = rules.companies.get(holder.company or "")
    if company is not None:
        parts.append(company.name)
    department = rules.departments.get(holder.department or "")
    if department is not None:
        parts.append(department.name)
    if verdict.policy is not None:
        policy = QT_TRANSLATE_NOOP("VerdictBanner", "{policy} policy")
        parts.append(policy.format(policy=verdict.policy.name))
    if verdict.allowance is not None:
        left = Amount(verdict.allowance.remaining, rules.settings.currency)
        period = clock.period_words(verdict.allowance.period)
        allowance = QT_TRANSLATE_NOOP("VerdictBanner", "{amount} left {period}")
        parts.append(allowance.format(amount=left, period=period))
    return join(" · ", parts)
