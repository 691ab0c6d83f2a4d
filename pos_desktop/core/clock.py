"""Moments and periods: UTC in storage, the store's time zone for days, months and years."""

from __future__ import annotations

import datetime as dt
import functools
import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pos_desktop.core.errors import InputError
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Text

UTC = dt.UTC
_LOCAL_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y")
# Moments a shop can mean; also keeps stamps four-digit years that sort as text.
FIRST_YEAR, LAST_YEAR = 1900, 2999
_OUTSIDE = QT_TRANSLATE_NOOP("Clock", "{what} {text} is outside the years {first}-{last}")


def zone(name: str) -> ZoneInfo:
    """The named IANA time zone, or an InputError naming the bad value."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Clock", "time zone {zone} is unknown; use a name like Europe/Warsaw"
            ).format(zone=repr(name))
        ) from None


def now() -> dt.datetime:
    return dt.datetime.now(UTC)


def stamp(moment: dt.datetime) -> str:
    """A fixed-width UTC ISO-8601 string that sorts in time order: 2026-11-23T06:14:09.000000Z."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_stamp(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


def parse_moment(text: str, tz: ZoneInfo, *, what: str = "--at") -> dt.datetime:
    """An ISO-8601 moment; without an offset it is the store's local time. Returns UTC."""
    try:
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Clock", "{what} {text} is not a date and time like 2026-11-23T14:30"
            ).format(what=what, text=repr(text))
        ) from None
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise InputError(
            _OUTSIDE.format(what=what, text=repr(text), first=FIRST_YEAR, last=LAST_YEAR)
        )
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)
    return moment.astimezone(UTC)


def parse_date(text: str, *, what: str = "") -> dt.date:
    """A calendar date in ISO (2026-11-23) or a common local form (23.11.2026, 23/11/2026)."""
    what = what or QT_TRANSLATE_NOOP("Clock", "date").text()
    cleaned = text.strip()
    for fmt in _LOCAL_DATE_FORMATS:
        try:
            day = dt.datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
        if FIRST_YEAR <= day.year <= LAST_YEAR:
            return day
        raise InputError(
            _OUTSIDE.format(what=what, text=repr(text), first=FIRST_YEAR, last=LAST_YEAR)
        )
    raise InputError(
        QT_TRANSLATE_NOOP(
            "Clock", "{what} {text} is not a date like 2026-11-23 or 23.11.2026"
        ).format(what=what, text=repr(text))
    )


def local_midnight(day: dt.date, tz: ZoneInfo) -> dt.datetime:
    """The UTC moment at which `day` begins in the store's time zone."""
    return dt.datetime.combine(day, dt.time(), tzinfo=tz).astimezone(UTC)


_ROLLING = re.compile(r"^rolling:([1-9][0-9]{0,3})$")


def valid_period(period: str) -> bool:
    return period in ("month", "year") or bool(_ROLLING.match(period))


def period_bounds(period: str, moment: dt.datetime, tz: ZoneInfo) -> tuple[str, str]:
    """[start, end) of the allowance period holding `moment`, as storage stamps.

    month and year are calendar periods in the store's time zone; rolling:N is the N days
    up to and including the moment.
    """
    if period in ("month", "year"):
        return _calendar_bounds(period, moment.astimezone(tz).date(), tz)
    match = _ROLLING.match(period)
    if not match:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Clock", "allowance period {period} must be month, year or rolling:N"
            ).format(period=repr(period))
        )
    days = int(match.group(1))
    return (
        stamp(moment - dt.timedelta(days=days)),
        stamp(moment + dt.timedelta(microseconds=1)),
    )


@functools.lru_cache(maxsize=256)
def _calendar_bounds(period: str, day: dt.date, tz: ZoneInfo) -> tuple[str, str]:
    if period == "month":
        start = day.replace(day=1)
        following = (start + dt.timedelta(days=32)).replace(day=1)
    else:
        start = day.replace(month=1, day=1)
        following = start.replace(year=start.year + 1)
    return stamp(local_midnight(start, tz)), stamp(local_midnight(following, tz))


def period_words(period: str) -> Text:
    """'this month', 'this year', 'in the last 30 days'."""
    if period == "month":
        return QT_TRANSLATE_NOOP("Words", "this month").text()
    if period == "year":
        return QT_TRANSLATE_NOOP("Words", "this year").text()
    days = period.split(":", 1)[1]
    return QT_TRANSLATE_NOOP("Words", "in the last {days} days").format(days=days)


# How far a moment given for a sale may lie from the clock before it counts as another moment
# (a supervisor then must be active at both), and how far ahead of the clock a sale may be dated.
AT_SLACK = dt.timedelta(minutes=5)
# A sale or refund dated more than this before it is entered is marked backdated.
BACKDATED_AFTER = dt.timedelta(minutes=15)


def entry_moment(at: dt.datetime | None, tz: dt.tzinfo) -> tuple[dt.datetime, str | None]:
    """The moment a sale or refund is recorded at, and when it was really entered if that is
    more than BACKDATED_AFTER later (None otherwise). A moment more than AT_SLACK ahead of
    the clock is refused: the allowance of a period to come cannot be spent now."""
    current = now()
    moment = at or current
    if moment - current > AT_SLACK:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Checkout",
                "the moment {moment} is in the future; a sale or refund is recorded at most "
                "{minutes} minutes ahead of the clock, nothing was recorded",
            ).format(
                moment=moment.astimezone(tz).strftime("%Y-%m-%d %H:%M"),
                minutes=int(AT_SLACK.total_seconds() // 60),
            )
        )
    backdated = stamp(current) if current - moment > BACKDATED_AFTER else None
    return moment, backdated
