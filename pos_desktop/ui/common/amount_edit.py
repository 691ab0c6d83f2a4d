"""The one entry field for money: it takes and gives integer minor units of a currency and
shows them as the language writes money (1 234,50 in Polish, 1.234,50 in Romanian, 1,234.50
in English), right-aligned, with the currency's symbol beside the digits.

Letters and signs are refused as they are typed; an amount that is typed but malformed (two
decimal marks, a group of other than three digits, more decimals than the currency has) is
kept as typed and named by `problem()`, and `minor()` refuses it with that message, so what
the person typed never turns silently into another number. Where the language's decimal
mark is a comma and its digit groups are not split by dots (Polish), a typed dot is taken as
the comma, as a number pad's key gives it. Electrum's amount field works the same way: it
filters keystrokes and hands back integers, never floats.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from pos_desktop.core.errors import InputError
from pos_desktop.core.money import MAX_AMOUNT, exponent, format_amount, parse_amount
from pos_desktop.i18n import SYMBOLS, amount, translate

_SPACES = (" ", "\u00a0", "\u202f")


def marks() -> tuple[str, str]:
    """The language's decimal mark and digit-group separator."""
    amount(0, "EUR")  # the first amount makes the language's locale the default
    locale = QLocale()
    return locale.decimalPoint(), locale.groupSeparator()


def _example(currency: str) -> str:
    """12,345.50 as the language writes it, in the currency's decimals."""
    places = exponent(currency)
    return amount(1234550 * 10 ** (places - 2) if places >= 2 else 12345, currency)


def read_amount(text: str, currency: str, mark: str, group: str) -> int | None:
    """Minor units of `text` written with decimal `mark` and group separator `group` (any
    space where the groups are split by one); None when empty; InputError saying what is
    wrong otherwise."""
    cleaned = text.strip()
    if not cleaned:
        return None
    example = _example(currency)
    not_amount = translate("AmountEdit", "{text} is not an amount like {example}")
    wrong = InputError(not_amount.format(text=cleaned, example=example))
    separators = (group, *_SPACES) if group in _SPACES else (group,)
    whole, _, part = cleaned.partition(mark)
    if mark in part:
        two = translate("AmountEdit", "{text} has two decimal marks; write it like {example}")
        raise InputError(two.format(text=cleaned, example=example))
    pieces = [whole]
    for separator in separators:
        pieces = [p for piece in pieces for p in piece.split(separator)]
    if len(pieces) > 1 and (not 1 <= len(pieces[0]) <= 3 or any(len(p) != 3 for p in pieces[1:])):
        raise wrong
    digits = "".join(pieces) or "0"
    if not (digits.isascii() and digits.isdigit()) or not (
        part == "" or (part.isascii() and part.isdigit())
    ):
        raise wrong
    places = exponent(currency)
    if len(part) > places:
        many = translate("AmountEdit", "{text} has more than {places} decimal places")
        raise InputError(many.format(text=cleaned, places=places))
    minor: int = int(digits) * 10**places + int(part.ljust(places, "0") or "0")
    if minor > MAX_AMOUNT:
        large = translate("AmountEdit", "{text} is too large")
        raise InputError(large.format(text=cleaned))
    return minor


class _Keys(QValidator):
    """Lets through digits, the decimal mark and the group separator; a dot becomes the
    decimal comma where dots do not split groups."""

    def __init__(self, edit: AmountEdit) -> None:
        super().__init__(edit)
        self.mark, self.group = marks()
        self.allowed = set("0123456789") | {self.mark, self.group}
        if self.group in _SPACES:
            self.allowed |= set(_SPACES)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if self.mark == "," and self.group != ".":
            text = text.replace(".", ",")
        if all(char in self.allowed for char in text):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos


class AmountEdit(QLineEdit):
    """An amount of money in `currency`: `minor()` gives it in minor units (None when
    empty), `set_minor` shows one. `problem_changed` says what is wrong as it is typed (an
    empty text once it is right)."""

    problem_changed = Signal(str)

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._currency = currency
        self._problem = ""
        self._keys = _Keys(self)
        self.setValidator(self._keys)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.inputRejected.connect(self._refused)
        self.textChanged.connect(self._check)
        self.editingFinished.connect(self._tidy)
        self.set_currency(currency)

    @property
    def currency(self) -> str:
        return self._currency

    @property
    def unit(self) -> str:
        """What is written beside the digits: the currency's symbol, else its code."""
        return SYMBOLS.get(self._currency.upper(), self._currency.upper())

    def set_currency(self, currency: str) -> None:
        self._currency = currency
        room = self.fontMetrics().horizontalAdvance(self.unit) + 10
        self.setTextMargins(0, 0, room, 0)
        self.setAccessibleDescription(self.unit)
        self.update()

    def minor(self) -> int | None:
        """The amount in minor units, None when the field is empty; InputError when what is
        typed is not an amount, naming the field."""
        try:
            return read_amount(self.text(), self._currency, self._keys.mark, self._keys.group)
        except InputError as exc:
            raise InputError(self._named(str(exc.args[0]))) from None

    def set_minor(self, minor: int | None) -> None:
        self.setText("" if minor is None else amount(minor, self._currency))

    def plain(self) -> str:
        """The amount as the core and a config file write it ("1234.50"), empty when none."""
        minor = self.minor()
        return "" if minor is None else format_amount(minor, self._currency)

    def set_plain(self, text: str) -> None:
        """Show an amount written as the core writes it ("1234.50"); empty: none."""
        self.set_minor(parse_amount(text, self._currency) if text.strip() else None)

    def problem(self) -> str:
        """What is wrong with the amount as typed, or an empty text."""
        return self._problem

    def _named(self, text: str) -> str:
        name = self.accessibleName()
        return f"{name}: {text}" if name else text

    def _say(self, problem: str) -> None:
        if problem != self._problem:
            self._problem = problem
            self.setToolTip(problem)
            self.problem_changed.emit(problem)

    def _check(self) -> None:
        try:
            self.minor()
        except InputError as exc:
            self._say(str(exc.args[0]))
            return
        self._say("")

    def _refused(self) -> None:
        text = translate(
            "AmountEdit", "an amount takes only digits and the decimal mark {mark}, like {example}"
        )
        self._say(self._named(text.format(mark=self._keys.mark, example=_example(self._currency))))

    def _tidy(self) -> None:
        """A finished amount shown as the language writes it (1234,5 becomes 1 234,50)."""
        try:
            minor = self.minor()
        except InputError:
            return
        if minor is not None:
            self.set_minor(minor)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # a touch till's larger text: more room
            self.set_currency(self._currency)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area = self.rect().adjusted(0, 0, -6, 0)
        painter.drawText(
            area, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.unit
        )
        painter.end()
