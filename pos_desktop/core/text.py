"""Words the core writes for a person (a discount's reason, a scan's problem, an error, a
receipt's labels) in English, keeping what is needed to show them in another language.

The core never imports Qt. It marks each text with `QT_TRANSLATE_NOOP("Context", "template")`,
a plain function of this module that Qt Linguist's lupdate finds by its name, and fills the
template with `.format(name=value)`. The result is a `Text`: an ordinary English str (so the
journal, logs and `--json` output stay English and machine-readable) that also remembers its
context, template and fields. The windows and the command line show it with
`pos_desktop.i18n.say`, which translates the template, then each field that is itself a
`Text`, and writes a `money.Amount` as the language writes money.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


class Count(int):
    """A count in a text: English with thousands commas (12,345); translated, grouped as the
    language groups digits."""

    def __str__(self) -> str:
        return f"{int(self):,}"

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


class Text(str):
    """An English text that remembers its context, template and fields (see the module)."""

    context: str
    source: str
    fields: dict[str, Any]

    def __new__(cls, english: str, context: str, source: str, fields: dict[str, Any]) -> Text:
        made = super().__new__(cls, english)
        made.context, made.source, made.fields = context, source, fields
        return made

    def __reduce__(self) -> tuple[Any, ...]:  # copy and pickle keep the template
        return (Text, (str(self), self.context, self.source, self.fields))


class Template(str):
    """A template marked for translation; `.format` gives its Text."""

    context: str

    def __new__(cls, context: str, source: str) -> Template:
        made = super().__new__(cls, source)
        made.context = context
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (Template, (self.context, str(self)))

    def format(self, *args: object, **fields: Any) -> Text:
        assert not args, "templates take named fields only"
        return Text(str.format(self, **fields), self.context, str(self), fields)

    def text(self) -> Text:
        """The template as a Text with no fields."""
        return Text(str(self), self.context, str(self), {})


def QT_TRANSLATE_NOOP(context: str, source: str) -> Template:  # lupdate finds it by this name
    """Mark `source` for translation in `context` (lupdate finds it by this name)."""
    return Template(context, source)


def join(separator: str, items: Sequence[str]) -> Text:
    """Texts joined by a separator (', '), each shown translated."""
    return Text(separator.join(items), "", separator, {"items": tuple(items)})
