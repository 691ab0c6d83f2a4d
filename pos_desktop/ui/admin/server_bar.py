"""A line under the admin window's header about the chain's server: on a till that joined one,
where its registry and rules are changed; on the office database that publishes to one, how
many changes the server does not have yet, with a button to publish them."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from pos_desktop.core.central import membership
from pos_desktop.i18n import number, translate


# Its texts keep the translation context they were translated under ("ChainBar").
class ServerBar(QWidget):
    """Hidden for a database that is not part of a chain of tills."""

    def __init__(self, conn: sqlite3.Connection, publish: Callable[[], None]) -> None:
        super().__init__()
        self.conn = conn
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.publish = QPushButton(translate("ChainBar", "&Publish now"))
        self.publish.clicked.connect(publish)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.publish)
        self.setLayout(layout)
        self.refresh()

    @property
    def read_only(self) -> bool:
        """The registry and rules here are the server's copy."""
        return membership.joined_server(self.conn) is not None

    def refresh(self) -> None:
        from pos_desktop.core.central.server import describe

        joined = membership.joined_server(self.conn)
        state = membership.publish_state(self.conn)
        self.publish.hide()
        self.setVisible(joined is not None or state is not None)
        if joined is not None:
            self._show(
                translate(
                    "ChainBar",
                    "This till takes its staff, products and rules from the server {server}: "
                    "change them in the admin window of the office database that publishes "
                    "to it, and every till gets them at its next sync.",
                ).format(server=describe(joined)),
                "#e65100",
            )
        elif state is not None:
            waiting = membership.unpublished(self.conn) or 0
            if waiting:
                self._show(
                    translate(
                        "ChainBar",
                        "Changes not yet published to {server}: {count}. "
                        "Tills get them after you publish.",
                    ).format(server=describe(state.server_url), count=number(waiting)),
                    "#e65100",
                )
                self.publish.show()
            else:
                self._show(
                    translate("ChainBar", "Every change is published to {server}.").format(
                        server=describe(state.server_url)
                    ),
                    "#1b5e20",
                )

    def _show(self, text: str, colour: str) -> None:
        self.text.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.text.setText(text)
