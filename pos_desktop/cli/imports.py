"""The command line's imports and exports: the configuration TOML, the HR staff export and
the product catalogue in (checked row by row, a report of problems, a progress line on a
terminal), the staff registry out."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from pos_desktop.cli.context import (
    Commands,
    Context,
    count_text,
    error_field,
    file_name,
    not_the_database,
    one_line,
    print_json,
    registry_change,
)
from pos_desktop.core.errors import InputError, PosError
from pos_desktop.core.text import QT_TRANSLATE_NOOP
from pos_desktop.i18n import say, translate

if TYPE_CHECKING:
    from pos_desktop.core.importing import imports


def register(commands: Commands) -> None:
    cfg_cmds = commands.group(
        "config", translate("Cli", "import or export the store's rules (TOML)")
    )
    cfg_import = cfg_cmds.add_parser(
        "import", help=translate("Cli", "replace the configuration from a file")
    )
    cfg_import.add_argument("file", type=file_name)
    cfg_import.set_defaults(run=registry_change(cmd_config_import))
    cfg_export = cfg_cmds.add_parser(
        "export", help=translate("Cli", "write the configuration as TOML")
    )
    cfg_export.add_argument("file", type=file_name, nargs="?")
    cfg_export.set_defaults(run=cmd_config_export)

    staff_cmds = commands.group("staff", translate("Cli", "the staff registry"))
    staff_import = staff_cmds.add_parser(
        "import", help=translate("Cli", "import an HR export (CSV or XLSX)")
    )
    import_options(staff_import)
    staff_import.set_defaults(run=registry_change(cmd_staff_import))
    staff_export = staff_cmds.add_parser(
        "export", help=translate("Cli", "write the registry as CSV")
    )
    staff_export.add_argument("file", type=file_name)
    staff_export.set_defaults(run=cmd_staff_export)
    product_cmds = commands.group("products", translate("Cli", "the product catalogue"))
    products_import = product_cmds.add_parser(
        "import", help=translate("Cli", "import a catalogue (CSV or XLSX)")
    )
    import_options(products_import)
    products_import.set_defaults(run=registry_change(cmd_products_import))


def import_options(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("file", type=file_name, help=translate("Cli", "a CSV or XLSX export"))
    sub.add_argument(
        "--sync", action="store_true", help=translate("Cli", "the file is the complete list")
    )
    sub.add_argument(
        "--dry-run", action="store_true", help=translate("Cli", "check only; exit 1 on problems")
    )
    sub.add_argument(
        "--skip-invalid",
        action="store_true",
        help=translate(
            "Cli", "apply the valid rows and report the others (default: all or nothing)"
        ),
    )
    sub.add_argument("--encoding", help=translate("Cli", "file encoding (default: detected)"))
    sub.add_argument(
        "--delimiter", help=translate("Cli", "column separator: , ; or tab (default: detected)")
    )
    sub.add_argument("--sheet", help=translate("Cli", "the workbook's sheet (default: the first)"))
    sub.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="SRC=DEST",
        help=translate(
            "Cli", "read the file's column SRC as DEST (DEST empty: leave the column out)"
        ),
    )
    sub.add_argument(
        "--value",
        action="append",
        default=[],
        metavar="FIELD:FROM=TO",
        help=translate(
            "Cli",
            "read the word FROM in column FIELD (status, employment_type, role, worker_type) "
            "as TO, like --value employment_type:Stażysta=part_time",
        ),
    )
    sub.add_argument(
        "--profile", metavar="NAME", help=translate("Cli", "use a saved column mapping")
    )
    sub.add_argument(
        "--save-profile",
        metavar="NAME",
        help=translate("Cli", "save this file's column mapping under NAME"),
    )
    sub.add_argument(
        "--report",
        type=file_name,
        metavar="FILE.csv",
        help=translate("Cli", "write the problems as CSV"),
    )
    sub.add_argument(
        "--allow-mass-end",
        action="store_true",
        help=translate("Cli", "let a sync end more than 10%% of the active staff"),
    )
    sub.add_argument("--json", action="store_true")


def cmd_config_import(ctx: Context) -> int:
    from pos_desktop.core import config, config_parse

    path: Path = ctx.args.file
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(
            QT_TRANSLATE_NOOP("Cli", "there is no file {file}").format(file=path)
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(
            QT_TRANSLATE_NOOP("Cli", "cannot read {file}: {problem}").format(
                file=path, problem=str(exc)
            )
        ) from None
    parsed = config_parse.parse_toml(text, str(path), ctx.settings)
    config.apply(ctx.conn, parsed, actor=ctx.actor)
    ctx.checkout.reload()
    imported = translate(
        "Cli",
        "Imported {file}: {companies} companies, {departments} departments, "
        "{categories} categories, {policies} policies",
    )
    print(
        imported.format(
            file=path,
            companies=len(parsed.companies),
            departments=len(parsed.departments),
            categories=len(parsed.categories),
            policies=len(parsed.policies),
        )
    )
    return 0


def cmd_config_export(ctx: Context) -> int:
    from pos_desktop.core import config

    if ctx.args.file is None:
        sys.stdout.write(config.export_toml(ctx.checkout.rules))
        return 0
    not_the_database(ctx, ctx.args.file)
    config.write_toml(ctx.checkout.rules, ctx.args.file)
    print(translate("Cli", "Wrote the configuration to {file}").format(file=ctx.args.file))
    return 0


def _file_options(ctx: Context, kind: str) -> imports.FileOptions:
    from pos_desktop.core.importing import mapping
    from pos_desktop.core.importing.imports import FileOptions

    args = ctx.args
    chosen = mapping.load_profile(ctx.conn, args.profile, kind) if args.profile else {}
    for spec in args.map:
        source, sep, dest = spec.partition("=")
        if not sep or not source.strip():
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Cli", "--map {spec} must be SOURCE=FIELD, like --map Marca=employee_no"
                ).format(spec=repr(spec))
            )
        chosen[source.strip()] = dest.strip()
    values = mapping.profile_values(ctx.conn, args.profile, kind) if args.profile else {}
    for spec in args.value:
        field, colon, pair = spec.partition(":")
        word, equals, code = pair.partition("=")
        if kind != "staff" or not colon or not equals or not word.strip() or not code.strip():
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "--value {spec} must be FIELD:FROM=TO, like "
                    "--value employment_type:umowa zlecenie=contractor",
                ).format(spec=repr(spec))
            )
        values.setdefault(field.strip().lower(), {})[word.strip()] = code.strip().lower()
    return FileOptions(args.encoding, args.delimiter, args.sheet, chosen, values)


class _TerminalProgress:
    """A progress bar on stderr while a long import runs (none when stderr is not a terminal)."""

    STAGES: ClassVar[dict[str, str]] = {
        "reading": QT_TRANSLATE_NOOP("Cli", "Reading"),
        "checking": QT_TRANSLATE_NOOP("Cli", "Checking"),
        "writing": QT_TRANSLATE_NOOP("Cli", "Writing"),
    }

    def __init__(self) -> None:
        self.bar: Any = None
        self.stage = ""

    def update(self, stage: str, done: int, total: int) -> None:
        from tqdm import tqdm

        if stage != self.stage:
            self.close()
            self.stage = stage
            unit = "B" if stage == "reading" and total > 0 else "it"
            self.bar = tqdm(
                total=total or None,
                desc=translate("Cli", self.STAGES[stage]) if stage in self.STAGES else stage,
                unit=unit,
                unit_scale=unit == "B",
                disable=None,
                leave=False,
                file=sys.stderr,
                bar_format=None if total else "{desc}…",
            )
        if self.bar is not None and total:
            self.bar.update(done - self.bar.n)

    def cancelled(self) -> bool:
        return False

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def _run_import(ctx: Context, importer: Callable[..., imports.ImportReport], kind: str) -> int:
    from pos_desktop.core.importing.imports import ImportRefused, write_problems

    args = ctx.args
    options = _file_options(ctx, kind)
    _check_outputs(args)
    extra = {"allow_mass_end": args.allow_mass_end} if kind == "staff" else {}
    progress = _TerminalProgress()
    try:
        report = importer(
            ctx.conn,
            ctx.checkout.rules,
            args.file,
            options,
            sync=args.sync,
            dry_run=args.dry_run,
            skip_invalid=args.skip_invalid,
            progress=progress,
            actor=ctx.actor,
            **extra,
        )
    except ImportRefused as refused:
        progress.close()
        _show_problems(args.file, refused.report)
        if args.report:
            write_problems(refused.report.problems, args.report)
        raise
    finally:
        progress.close()
    _print_report(args, report)
    _write_after(ctx, options, report, kind)
    return 1 if args.dry_run and report.problems else 0


def _print_report(args: argparse.Namespace, report: imports.ImportReport) -> None:
    """What the import did: the JSON object, or the problems, a summary line and notes."""
    if args.json:
        print_json(
            {
                "dry_run": args.dry_run,
                "file": report.source,
                **report.summary(),
                "new_departments": report.new_departments,
                "left_out": report.left_out,
                "problems": [p.__dict__ for p in report.problems],
            }
        )
    else:
        _show_problems(args.file, report)
        if args.dry_run:
            done = translate("Cli", "Would import {file} ({source}): {summary}")
        else:
            done = translate("Cli", "Imported {file} ({source}): {summary}")
        summary = ", ".join(
            translate(
                "Cli", ONE_COUNT.get(k, IMPORT_COUNTS[k]) if v == 1 else IMPORT_COUNTS[k]
            ).format(count=count_text(v))
            if k in IMPORT_COUNTS
            else f"{v:,} {k}"
            for k, v in report.summary().items()
        )
        print(done.format(file=args.file, source=say(report.source), summary=summary))
        for note in report.notes():
            print(f"{args.file}: {one_line(note)}")


def _write_after(
    ctx: Context, options: imports.FileOptions, report: imports.ImportReport, kind: str
) -> None:
    """The problem report and the saved profile asked for; a failure of either says that
    the file itself was imported (or checked)."""
    from pos_desktop.core.importing import mapping
    from pos_desktop.core.importing.imports import write_problems

    args = ctx.args
    try:
        if args.report:
            write_problems(report.problems, args.report)
        if args.save_profile:
            from pos_desktop.core.importing.tabular import open_table

            header = open_table(args.file, options.reading()).header
            found = {**mapping.guess(header, _fields(kind)), **options.mapping}
            mapping.save_profile(
                ctx.conn,
                args.save_profile,
                found,
                values=options.values,
                kind=kind,
                till=ctx.settings.till,
                actor=ctx.actor,
            )
            if not args.json:
                saved = translate("Cli", "Saved the column mapping as profile {name}")
                print(saved.format(name=repr(args.save_profile)))
    except PosError as exc:
        if args.dry_run:
            but = QT_TRANSLATE_NOOP("Cli", "{file} was checked, but {error}")
        else:
            but = QT_TRANSLATE_NOOP("Cli", "{file} was imported, but {error}")
        raise InputError(but.format(file=args.file, error=error_field(exc))) from None


# The counts of an import's summary, by the report's keys (--json keeps the keys).
IMPORT_COUNTS = {
    "rows": QT_TRANSLATE_NOOP("Cli", "{count} rows"),
    "added": QT_TRANSLATE_NOOP("Cli", "{count} added"),
    "changed": QT_TRANSLATE_NOOP("Cli", "{count} changed"),
    "ended": QT_TRANSLATE_NOOP("Cli", "{count} ended"),
    "reactivated": QT_TRANSLATE_NOOP("Cli", "{count} reactivated"),
    "unchanged": QT_TRANSLATE_NOOP("Cli", "{count} unchanged"),
    "rejected": QT_TRANSLATE_NOOP("Cli", "{count} rejected"),
}
ONE_COUNT = {"rows": QT_TRANSLATE_NOOP("Cli", "{count} row")}  # where one is not "1 rows"


def _check_outputs(args: argparse.Namespace) -> None:
    """Refuse a profile name or report path that cannot work before anything is imported."""
    name = args.save_profile
    if name is not None and not 0 < len(name.strip()) <= 60:
        raise InputError(
            QT_TRANSLATE_NOOP("Cli", "--save-profile needs a name of 1 to 60 characters").text()
        )
    report = args.report
    if report is not None:
        folder = report.parent if str(report.parent) else Path(".")
        if not folder.is_dir():
            raise InputError(
                QT_TRANSLATE_NOOP("Cli", "--report {file}: there is no folder {folder}").format(
                    file=report, folder=folder
                )
            )
        if not os.access(folder, os.W_OK) or (report.exists() and not os.access(report, os.W_OK)):
            raise InputError(
                QT_TRANSLATE_NOOP("Cli", "--report {file}: that file cannot be written").format(
                    file=report
                )
            )


def _fields(kind: str) -> tuple[str, ...]:
    from pos_desktop.core.importing.imports import PRODUCT_FIELDS, STAFF_EXTRA, STAFF_FIELDS

    return STAFF_FIELDS + STAFF_EXTRA if kind == "staff" else PRODUCT_FIELDS


def _show_problems(path: Path, report: imports.ImportReport, limit: int = 50) -> None:
    problems = report.problems
    for problem in problems[:limit]:
        print(f"{path}: {one_line(problem.describe(report.headings))}", file=sys.stderr)
    if len(problems) > limit:
        rest = len(problems) - limit
        more = (
            translate("Cli", "… and {count} more problem; write them all with --report FILE.csv")
            if rest == 1
            else translate(
                "Cli", "… and {count} more problems; write them all with --report FILE.csv"
            )
        )
        print(f"{path}: {more.format(count=count_text(rest))}", file=sys.stderr)


def cmd_staff_import(ctx: Context) -> int:
    from pos_desktop.core.importing import staff_import

    return _run_import(ctx, staff_import.import_staff, "staff")


def cmd_products_import(ctx: Context) -> int:
    from pos_desktop.core.importing import products

    return _run_import(ctx, products.import_products, "products")


def cmd_staff_export(ctx: Context) -> int:
    from pos_desktop.core.importing import staff_export

    not_the_database(ctx, ctx.args.file)
    count = staff_export.export_staff(ctx.conn, ctx.args.file)
    wrote = (
        translate("Cli", "Wrote {count} person to {file}")
        if count == 1
        else translate("Cli", "Wrote {count} people to {file}")
    )
    print(wrote.format(count=count_text(count), file=ctx.args.file))
    return 0
