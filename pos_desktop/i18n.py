"""The language of the windows and the command line: which one, its translations, and money,
numbers and dates written the way that language's shops write them.

The language is, first that is given: `--lang`, the store's `language` setting, the system's
language (QLocale.system()), English. The app's own translations are
resources/translations/pos_desktop_<lang>.qm (built from the .ts sources by `dev.py` and the
bundle build); Qt's own (`qtbase_<lang>.qm`, the texts of its dialogs and buttons) come from
Qt's translations folder when it has them (PyInstaller's Qt hook ships them in the bundle);
Qt has no Romanian one, so the words of its dialogs the app shows are also in the app's
translations (QT_OWN_WORDS). English is the source language: it needs no file.

Every text a person reads goes through `translate(context, text)`; a text with values in it
is a template with `{name}` fields, filled with str.format after translating, so a translator
sees and keeps the names (tests/core/test_translations.py checks that they do).

Qt is imported only when a language other than English is used, or when money or numbers
are formatted: the command line in English stays free of it. Dates are ISO 8601 in every
language (date_text).
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import sys
from typing import TYPE_CHECKING

from pos_desktop.core.text import QT_TRANSLATE_NOOP
from pos_desktop.resources import resources_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale, QTranslator

# The languages there are translations for, in their own words (the settings page's choice).
LANGUAGES = {"en": "English", "pl": "Polski", "ro": "Română"}
# How each store currency is written beside an amount; any other currency by its ISO code.
SYMBOLS = {"EUR": "€", "PLN": "zł", "RON": "lei", "GBP": "£", "USD": "$", "CZK": "Kč"}

# Qt's own words in its file dialog, message boxes and buttons (contexts as Qt names them).
# Qt ships no qtbase_ro, and its qtbase_pl predates the dialog's "&Look in:" and "Files of
# &type:", so both languages showed them in English: marking them here puts them in the app's
# own translations, which Qt asks too (Polish keeps Qt's own words where it has them).
QT_OWN_WORDS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Back"),
    QT_TRANSLATE_NOOP("QFileDialog", "Forward"),
    QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "List View"),
    QT_TRANSLATE_NOOP("QFileDialog", "Detail View"),
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Save"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Choose"),
    QT_TRANSLATE_NOOP("QFileDialog", "Save As"),
    QT_TRANSLATE_NOOP("QFileDialog", "Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "Find Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)"),
    QT_TRANSLATE_NOOP("QFileDialog", "%1 already exists.\nDo you want to replace it?"),
    QT_TRANSLATE_NOOP("QFileDialog", "Are you sure you want to delete '%1'?"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Delete"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Rename"),
    QT_TRANSLATE_NOOP("QFileDialog", "Show &hidden files"),
    QT_TRANSLATE_NOOP("QFileDialog", "&New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directory:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directories"),
    QT_TRANSLATE_NOOP("QFileDialog", "Recent Places"),
    QT_TRANSLATE_NOOP("QFileDialog", "My Computer"),
    QT_TRANSLATE_NOOP("QFileDialog", "Go back"),
    QT_TRANSLATE_NOOP("QFileDialog", "Go forward"),
    QT_TRANSLATE_NOOP("QFileDialog", "Go to the parent directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Create a New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "Change to list view mode"),
    QT_TRANSLATE_NOOP("QFileDialog", "Change to detail view mode"),
    QT_TRANSLATE_NOOP("QFileDialog", "Sidebar"),
    QT_TRANSLATE_NOOP("QFileDialog", "List of places and bookmarks"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files"),
    QT_TRANSLATE_NOOP("QFileDialog", "Remove"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Name"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Size"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Type"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "%1 bytes"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Computer"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "My Computer"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Invalid filename"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."),
    QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
)

_language = "en"
_locale_set = False  # the QLocale default follows _language
_translators: list[QTranslator] = []


def system_language() -> str:
    """The first of the system's UI languages that has a translation, else English.

    On Linux and the BSDs QLocale.system() reads the POSIX variables (LANGUAGE, LC_ALL,
    LC_MESSAGES, LANG); they are read here directly so the command line does not load Qt
    just to learn that. Elsewhere (Windows, macOS) QLocale.system() asks the system."""
    if os.name == "posix" and sys.platform != "darwin":
        names: list[str] = []
        for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
            names += [n for n in os.environ.get(variable, "").split(":") if n]
    else:
        from PySide6.QtCore import QLocale

        names = QLocale.system().uiLanguages()
    for name in names:
        code = name.replace("_", "-").split("-")[0].split(".")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def choose(cli: str | None = None, stored: str | None = None) -> str:
    """`--lang`, else the store's setting, else the system's language, else English."""
    for wanted in (cli, stored):
        if wanted in LANGUAGES:
            return wanted
    return system_language()


def stored_language(conn: sqlite3.Connection) -> str | None:
    """The store's `language` setting, or None when the store follows the system. Read on its
    own (a code in JSON quotes), so the till's first paint need not load the rules."""
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = 'store.language'").fetchone()
    except sqlite3.Error:  # an old or damaged database: the caller reports it properly
        return None
    code = str(row[0]).strip('"') if row else ""
    return code if code in LANGUAGES else None


def use(language: str) -> str:
    """Make `language` the one every text and number is shown in; returns it.

    Loads the app's and Qt's translations (a missing file falls back quietly to English for
    those texts) and, when the application object exists, installs them into it so Qt's own
    dialogs follow. The QLocale default becomes the language's locale (for English only once
    Qt is loaded: the English command line does not need it)."""
    global _language, _locale_set
    _language = language if language in LANGUAGES else "en"
    _locale_set = False
    if _language == "en" and "PySide6.QtCore" not in sys.modules and not _translators:
        return _language
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

    app = QCoreApplication.instance()
    for old in _translators:
        if app is not None:
            QCoreApplication.removeTranslator(old)
    _translators.clear()
    if _language != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (
            (f"pos_desktop_{_language}", str(resources_dir() / "translations")),
            (f"qtbase_{_language}", qt_folder),
        ):
            translator = QTranslator()
            if translator.load(name, folder):
                _translators.append(translator)
    _locale()
    if app is not None:
        attach()
    return _language


def attach() -> None:
    """Install the chosen translations into the application object (made after `use`)."""
    from PySide6.QtCore import QCoreApplication

    for translator in _translators:
        QCoreApplication.installTranslator(translator)


def current() -> str:
    """The language in use: en, pl or ro."""
    return _language


def translate(context: str, text: object) -> str:
    """`text` in the language in use (itself when there is no translation for it).

    Qt Linguist's lupdate finds every `translate("Context", "text")` call in the sources, and
    the texts of tables marked with QT_TRANSLATE_NOOP("Context", "text") (typed `object` by
    PySide6, hence the `object` here: they are the str given)."""
    text = str(text)
    for translator in _translators:
        found = translator.translate(context, text)
        if found:
            return found
    return text


def sentence(exc: Exception) -> str:
    """An error's message as one sentence, in the language in use (a status line's words)."""
    text = say(exc)
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def say(value: object, *, symbol: bool = False) -> str:
    """A text from the core (pos_desktop.core.text.Text) in the language in use: its template
    translated and filled, each field that is itself a Text translated too, an Amount and a
    day written as the language writes them; an error as its message. Any other value as
    str() writes it. With `symbol`, amounts are written as `money` writes them, in every
    language (the till's message line, beside its banner and totals)."""
    from pos_desktop.core.money import Amount
    from pos_desktop.core.text import Count, Template, Text

    if isinstance(value, Template):  # a marked text that has no fields to fill
        value = value.text()
    if isinstance(value, BaseException) and len(value.args) == 1:  # an error's message
        value = value.args[0]
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return date_text(value)
    if isinstance(value, Count):
        return number(int(value)) if _language != "en" else str(value)
    if isinstance(value, Amount):
        if symbol:
            return money(value.minor, value.currency)
        return amount(value.minor, value.currency) if _language != "en" else str(value)
    if not isinstance(value, Text) or (_language == "en" and not symbol):
        return str(value)
    if not value.context:  # a join
        return value.source.join(say(item, symbol=symbol) for item in value.fields["items"])
    fields = {name: say(field, symbol=symbol) for name, field in value.fields.items()}
    return translate(value.context, value.source).format(**fields)


def _locale() -> QLocale:
    """The language's locale, made the QLocale default on first use: the system's own locale
    when it speaks the language (keeps its country's habits), else the language's main
    country; English outside English systems as in Britain."""
    from PySide6.QtCore import QLocale

    global _locale_set
    if not _locale_set:
        system = QLocale.system()
        if system.name().split("_")[0] == _language:
            chosen = system
        elif _language == "en":
            chosen = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        else:
            chosen = QLocale(_language)
        QLocale.setDefault(chosen)
        _locale_set = True
    return QLocale()


# Money, numbers and dates, as the language in use writes them. Money stays integer minor
# units: the digits are made from integers and only the currency's pattern comes from QLocale.


def amount(minor: int, currency: str) -> str:
    """An amount without its symbol, for table columns: 1234550 -> '12,345.50' / '12 345,50'."""
    locale = _locale()
    from pos_desktop.core.money import exponent  # the money module loads with the first amount

    places = exponent(currency)
    whole, part = divmod(abs(minor), 10**places)
    text = locale.toString(whole)
    if places:
        text += locale.decimalPoint() + f"{part:0{places}d}"
    return (locale.negativeSign() + text) if minor < 0 else text


def money(minor: int, currency: str) -> str:
    """An amount with the store currency's symbol where the language puts it: '€212.00',
    '212,00 zł', '212,00 lei'."""
    locale = _locale()
    pattern = locale.toCurrencyString(1, SYMBOLS.get(currency.upper(), currency.upper()))
    one = locale.toString(1)
    filled = pattern.replace(one, amount(abs(minor), currency), 1)
    return (locale.negativeSign() + filled) if minor < 0 else filled


def date_text(day: dt.date) -> str:
    """A day as every screen, report, receipt and the command line write it, in every
    language: ISO 8601, 2026-06-15. One style everywhere: the registry, the reports, the
    date fields and --from/--to use it, and it reads the same way in each language (the
    English short form 02/12/2026 is ambiguous)."""
    return day.isoformat()


def moment_text(moment: dt.datetime) -> str:
    """A local date and time as date_text writes the day: 2026-06-15 14:30."""
    return f"{moment.date().isoformat()} {moment.hour:02d}:{moment.minute:02d}"


def decimal_mark(text: str) -> str:
    """A plain number ("12.50") with the language's decimal mark, for a field a person edits
    (12,50 in Polish); the core reads either back."""
    return text.replace(".", _locale().decimalPoint()) if _language != "en" else text


def month_name(month: int) -> str:
    """A month's short name in the language, for a chart of one year: Jan / sty / ian."""
    from PySide6.QtCore import QLocale

    return _locale().standaloneMonthName(month, QLocale.FormatType.ShortFormat)


def number(value: int) -> str:
    """A count with the language's digit grouping: 1,000,000 / 1 000 000 / 1.000.000."""
    return _locale().toString(value)
