"""Every file dialog of both windows: Qt's own dialog, built so that nothing in it opens a file.

SQLite's locks on the database belong to the process: when anything else in the process opens
and closes the database, its `-wal` or `-shm`, all of the process's locks on that file are gone,
another process may then delete the WAL, and the sales committed into it after that are lost.
Qt's file dialogs open files to guess their type (QMimeDatabase sniffs the content for the
type column and the icons), and so would a platform's native dialog or its thumbnailer. So the
dialog here is never the native one; its icons and file types come from the name alone; the
database family (database, `-wal`, `-shm`, `-journal`, backups and their temporary copies) is
left out of the list; and it opens in the user's documents folder, not beside the database.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import (
    QFileInfo,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStandardPaths,
)
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QFileSystemModel,
    QMessageBox,
    QStyle,
    QWidget,
)

from pos_desktop.core.files import THE_DATABASES_OWN, is_open_database, open_database_files
from pos_desktop.i18n import say, translate

# A name in the database family: SQLite files and what SQLite, a backup or a restore keeps
# beside them. None of the app's dialogs picks one (restore chooses from the Backups page).
DATABASE_FAMILY = re.compile(
    r"(\.(sqlite3?|db)(-wal|-shm|-journal)?|-wal|-shm|-journal|\.partial(-journal)?)$"
    r"|^\.restoring-",
    re.IGNORECASE,
)


def in_database_family(name: str) -> bool:
    """Whether a file named `name` belongs to the database family the dialogs never show."""
    return DATABASE_FAMILY.search(name) is not None


class NameOnlyIcons(QAbstractFileIconProvider):
    """A folder or a file icon, and a file type from the name's extension: never reads a file
    (Qt's own provider opens files whose extension it does not know to guess their type)."""

    def icon(self, what: object) -> QIcon:
        style = QApplication.style()
        if isinstance(what, QFileInfo) and what.isDir():
            return style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        if what == QAbstractFileIconProvider.IconType.Folder:
            return style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        if what == QAbstractFileIconProvider.IconType.Drive:
            return style.standardIcon(QStyle.StandardPixmap.SP_DriveHDIcon)
        return style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return translate("FileDialogs", "Folder")
        suffix = info.suffix()
        if not suffix:
            return translate("FileDialogs", "File")
        return translate("FileDialogs", "{kind} file").format(kind=suffix.upper())


class HideDatabaseFamily(QSortFilterProxyModel):
    """The folder's files without the database family, by name, and without the databases
    this window has open and their logs, whatever their names (by identity: a stat, no
    open), so none of them can be chosen, renamed or deleted from the dialog."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.databases = open_database_files()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, QFileSystemModel):
            return True
        index = model.index(row, 0, parent)
        if in_database_family(model.fileName(index)):
            return False
        if not self.databases or model.isDir(index):
            return True
        try:
            status = os.stat(model.filePath(index))
        except OSError:
            return True
        return (status.st_dev, status.st_ino) not in self.databases


def documents_folder() -> Path:
    """Where the dialogs open: the user's documents folder (their home when it has none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def ask_printer(printer: QPrinter, parent: QWidget | None) -> bool:
    """Let the user choose a printer for `printer`; False when they cancel, or when no printer
    is set up (said in a message: a PDF is saved instead, with the app's own save dialog).

    The system's print dialog is shown without its "Print to File" printer: that one's "…"
    button opens Qt's own file dialog, which reads the files it lists (the database's too,
    which drops the window's locks on it), and QPrinter writes straight over the file named."""
    if not QPrinterInfo.availablePrinters():
        QMessageBox.information(
            parent,
            translate("FileDialogs", "Print"),
            translate("FileDialogs", "No printer is set up on this computer; save a PDF instead."),
        )
        return False
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    return dialog.exec() == QDialog.DialogCode.Accepted


def file_dialog(parent: QWidget | None, title: str, filters: str, *, save: bool) -> QFileDialog:
    """The dialog, set up as the module says; `filters` as QFileDialog takes them."""
    dialog = QFileDialog(parent, title, str(documents_folder()), filters)
    # Before anything lists a folder: the options make the widget-based dialog and its model.
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
    icons = NameOnlyIcons()
    dialog.setIconProvider(icons)
    dialog.icons = icons  # type: ignore[attr-defined]  # the dialog does not own it
    dialog.setProxyModel(HideDatabaseFamily(dialog))
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setDirectory(str(documents_folder()))
    return dialog


def _chosen(dialog: QFileDialog) -> Path | None:
    if dialog.exec() != QFileDialog.DialogCode.Accepted:
        return None
    files = dialog.selectedFiles()
    return Path(files[0]) if files else None


def ask_save_file(
    parent: QWidget | None, title: str, suggested: str, filters: str = ""
) -> Path | None:
    """Where to save a file (receipt, report, export), or None when the user cancelled."""
    while True:
        dialog = file_dialog(parent, title, filters, save=True)
        dialog.selectFile(suggested)
        chosen = _chosen(dialog)
        if chosen is None or not in_database_family(chosen.name):
            return chosen
        # Typed by hand (the list never shows one): writing over it would destroy it.
        text = translate(
            "FileDialogs", "{file} is a database file; choose another name for what you save."
        )
        QMessageBox.warning(parent, title, text.format(file=chosen.name))


def ask_open_file(parent: QWidget | None, title: str, filters: str = "") -> Path | None:
    """Which file to read (an import, a photo), or None when the user cancelled."""
    while True:
        chosen = _chosen(file_dialog(parent, title, filters, save=False))
        if chosen is None or not is_open_database(chosen):
            return chosen
        # Typed by hand, or under a name the list does not know: reading it would drop the
        # window's locks on the database.
        text = say(THE_DATABASES_OWN.format(file=chosen.name))
        QMessageBox.warning(parent, title, text[:1].upper() + text[1:] + ".")
