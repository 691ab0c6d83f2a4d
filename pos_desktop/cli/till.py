"""The till's work from the command line: what a badge scan answers, a basket's price, a
sale and a refund."""

from __future__ import annotations

import argparse
from typing import Any

from pos_desktop import i18n
from pos_desktop.cli.context import Commands, Context, print_json
from pos_desktop.core import contract
from pos_desktop.core.checkout import Override
from pos_desktop.core.errors import InputError
from pos_desktop.core.money import parse_amount
from pos_desktop.core.pricing import BasketLine
from pos_desktop.core.text import QT_TRANSLATE_NOOP
from pos_desktop.i18n import translate


def register(commands: Commands) -> None:
    check = commands.add("check", translate("Cli", "what a badge scan answers"))
    check.add_argument("badge")
    _moment_options(check)
    check.set_defaults(run=cmd_check)

    for name, run, text in (
        ("quote", cmd_quote, translate("Cli", "price a basket")),
        ("sell", cmd_sell, translate("Cli", "price and record a sale")),
    ):
        sub = commands.add(name, text)
        sub.add_argument(
            "--customer",
            metavar="BADGE",
            help=translate("Cli", "the buyer's badge (none: external)"),
        )
        sub.add_argument("--item", action="append", default=[], metavar="SKU[:QTY]")
        sub.add_argument("--open", action="append", default=[], metavar="CATEGORY:AMOUNT")
        _moment_options(sub)
        if name == "sell":
            sub.add_argument(
                "--override", metavar="BADGE", help=translate("Cli", "supervisor badge")
            )
            sub.add_argument("--pin", help=translate("Cli", "supervisor PIN"))
            sub.add_argument("--reason", help=translate("Cli", "why the supervisor approves"))
            sub.add_argument(
                "--pay",
                default="till",
                metavar="till|payroll",
                help=translate("Cli", "how the sale is paid: at the till, or charged to payroll"),
            )
            sub.add_argument(
                "--payer-pin",
                metavar="PIN",
                help=translate("Cli", "the buyer's own PIN, for a charge to payroll"),
            )
        sub.set_defaults(run=run)

    refund = commands.add("refund", translate("Cli", "refund a sale, or some of its lines"))
    refund.add_argument("sale_id")
    refund.add_argument("--line", action="append", default=[], metavar="N[:QTY]")
    _moment_options(refund)
    refund.set_defaults(run=cmd_refund)


def _moment_options(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--cashier", metavar="BADGE", help=translate("Cli", "the cashier's badge"))
    sub.add_argument("--at", metavar="ISO-8601", help=translate("Cli", "the moment (default: now)"))
    sub.add_argument("--json", action="store_true", help=translate("Cli", "print JSON for scripts"))


def _split(spec: str) -> tuple[str, str | None]:
    head, sep, tail = spec.rpartition(":")
    return (head, tail) if sep else (spec, None)


def _whole(text: str, option: str, spec: str) -> int:
    digits = text.strip().removeprefix("-")
    if not (digits.isascii() and digits.isdigit() and len(digits) <= 9):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Cli", "{option} {spec}: quantity {text} is not a whole number"
            ).format(option=option, spec=repr(spec), text=repr(text))
        )
    return int(text)


def _basket(ctx: Context) -> list[BasketLine]:
    lines = []
    for spec in ctx.args.item:
        sku, qty = _split(spec)
        if not sku.strip():
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Cli", "--item {spec}: give a SKU, like --item SHIRT-01:2"
                ).format(spec=repr(spec))
            )
        lines.append(ctx.checkout.product_line(sku, _whole(qty, "--item", spec) if qty else 1))
    for spec in ctx.args.open:
        category, amount = _split(spec)
        if amount is None or not category.strip():
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Cli", "--open {spec}: give CATEGORY:AMOUNT, like --open GROC:12.50"
                ).format(spec=repr(spec))
            )
        what = QT_TRANSLATE_NOOP("Cli", "--open {spec}: amount").format(spec=repr(spec))
        minor = parse_amount(amount, ctx.settings.currency, what=what)
        lines.append(ctx.checkout.open_line(category, minor))
    return lines


def cmd_check(ctx: Context) -> int:
    verdict = ctx.checkout.check(ctx.args.badge, cashier=ctx.cashier(), at=ctx.moment())
    if ctx.args.json:
        print_json(contract.verdict_json(verdict, ctx.settings.currency))
    else:
        print(i18n.say(verdict.message))
    return 0


def _override(ctx: Context) -> Override | None:
    args = ctx.args
    given = [args.override, args.pin, args.reason]
    if not any(v is not None for v in given):
        return None
    if args.override is None or args.pin is None:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Cli", "an override needs --override BADGE and --pin PIN (and --reason)"
            ).text()
        )
    return Override(args.override, args.pin, args.reason or "")


def _tender(ctx: Context) -> tuple[str, str | None]:
    from pos_desktop.core import payroll

    tender: str = ctx.args.pay
    payroll.check_tender(tender)
    if ctx.args.payer_pin is not None and tender != payroll.PAYROLL:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Cli",
                "--payer-pin is for a charge to payroll (--pay payroll); nothing was recorded",
            ).text()
        )
    return tender, ctx.args.payer_pin


def cmd_quote(ctx: Context) -> int:
    quote = ctx.checkout.quote(ctx.customer(), _basket(ctx), cashier=ctx.cashier(), at=ctx.moment())
    if ctx.args.json:
        print_json(contract.quote_json(quote, ctx.settings.currency))
    else:
        _print_quote(ctx, contract.quote_json(quote, ctx.settings.currency))
    return 0


def cmd_sell(ctx: Context) -> int:
    lines = _basket(ctx)
    tender, payer_pin = _tender(ctx)
    sale = ctx.checkout.sell(
        ctx.customer(),
        lines,
        cashier=ctx.cashier(required=True),
        at=ctx.moment(),
        override=_override(ctx),
        tender=tender,
        payer_pin=payer_pin,
    )
    data = contract.sale_json(sale, ctx.settings.currency)
    if ctx.args.json:
        print_json(data)
    else:
        _print_quote(ctx, data)
        if sale.quote.tender != "till":
            print(
                translate("Cli", "Charged to payroll: {total} {currency}").format(
                    total=ctx.money_of(data["total"]), currency=ctx.settings.currency
                )
            )
        if sale.unconfirmed:
            from pos_desktop.core.sale import SALE_UNCONFIRMED

            print(i18n.say(SALE_UNCONFIRMED))
        print(sale.sale_id)
    return 0


def _print_quote(ctx: Context, data: dict[str, Any]) -> None:
    print(i18n.say(data["customer"]["message"]))
    item, qty = translate("Basket", "Item"), translate("Basket", "Qty")
    price, discount = translate("Basket", "Price"), translate("Basket", "Discount")
    total, why = translate("Basket", "Total"), translate("Basket", "Why")
    print(f"{'#':>2}  {item:<22} {qty:>4} {price:>9} {discount:>9} {total:>9}  {why}")
    for line in data["lines"]:
        print(
            f"{line['line']:>2}  {line['name'][:22]:<22} {line['qty']:>4} "
            f"{ctx.money_of(line['unit_price']):>9} {ctx.money_of(line['discount']):>9} "
            f"{ctx.money_of(line['total']):>9}  "
            f"{i18n.say(line['rule'])}"
        )
    summary = translate("Cli", "Subtotal {subtotal}  Discount {discount}  Total {total} {currency}")
    text = summary.format(
        subtotal=ctx.money_of(data["subtotal"]),
        discount=ctx.money_of(data["discount"]),
        total=ctx.money_of(data["total"]),
        currency=ctx.settings.currency,
    )
    if data["allowance_after"] is not None:
        after = translate("Cli", "Allowance after {amount}")
        text += "  " + after.format(amount=ctx.money_of(data["allowance_after"]))
    print(text)


def cmd_refund(ctx: Context) -> int:
    wanted: list[tuple[int, int | None]] = []
    for spec in ctx.args.line:
        number, qty = _split(spec)
        line_no = _whole(number, "--line", spec)
        wanted.append((line_no, _whole(qty, "--line", spec) if qty else None))
    refund = ctx.checkout.refund(
        ctx.args.sale_id, wanted or None, cashier=ctx.cashier(required=True), at=ctx.moment()
    )
    if ctx.args.json:
        print_json(contract.refund_json(refund, ctx.settings.currency))
    else:
        for line in refund.lines:
            each = translate("Cli", "line {line}: {qty} x {name}  {total}")
            print(
                each.format(
                    line=line.line_no, qty=line.qty, name=line.name, total=ctx.money(line.total)
                )
            )
        refunded = translate(
            "Cli", "Refunded {total} {currency} (discount returned {discount}); refund {refund}"
        )
        print(
            refunded.format(
                total=ctx.money(refund.total),
                currency=ctx.settings.currency,
                discount=ctx.money(refund.discount),
                refund=refund.refund_id,
            )
        )
    return 0
