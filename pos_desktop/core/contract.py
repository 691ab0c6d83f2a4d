"""The `--json` shapes of the command line: a stable contract for scripts and tests.

Amounts are strings in major units ("12.50"), never floats.
"""

from __future__ import annotations

from typing import Any

from pos_desktop.core.money import format_amount
from pos_desktop.core.refunds import Refund
from pos_desktop.core.sale import Quote, Sale
from pos_desktop.core.verdict import Verdict


def verdict_json(verdict: Verdict, currency: str) -> dict[str, Any]:
    holder = verdict.holder
    allowance = verdict.allowance
    return {
        "status": verdict.status,
        "kind": verdict.kind,
        "eligible": verdict.eligible,
        "reasons": list(verdict.reasons),
        "eligible_from": verdict.eligible_from.isoformat() if verdict.eligible_from else None,
        "holder": None
        if holder is None
        else {
            "employee_no": holder.employee_no,
            "name": holder.name,
            "company": holder.company,
            "department": holder.department,
        },
        "policy": verdict.policy.name if verdict.policy else None,
        "allowance": None
        if allowance is None
        else {
            "period": allowance.period,
            "limit": format_amount(allowance.limit, currency),
            "used": format_amount(allowance.used, currency),
            "remaining": format_amount(allowance.remaining, currency),
        },
        "message": verdict.message,
    }


def quote_json(quote: Quote, currency: str) -> dict[str, Any]:
    after = quote.allowance_after
    return {
        "customer": verdict_json(quote.verdict, currency),
        "lines": [
            {
                "line": n,
                "sku": p.line.sku,
                "name": p.line.name,
                "category": p.line.category,
                "qty": p.line.qty,
                "unit_price": format_amount(p.line.unit_price, currency),
                "gross": format_amount(p.gross, currency),
                "discount": format_amount(p.discount, currency),
                "total": format_amount(p.total, currency),
                "rule": p.rule,
            }
            for n, p in enumerate(quote.lines, start=1)
        ],
        "subtotal": format_amount(quote.subtotal, currency),
        "discount": format_amount(quote.discount, currency),
        "total": format_amount(quote.total, currency),
        "allowance_after": None if after is None else format_amount(after, currency),
        "override": None
        if quote.supervisor is None
        else {"supervisor": quote.supervisor.employee_no, "reason": quote.override_reason},
    }


def sale_json(sale: Sale, currency: str) -> dict[str, Any]:
    return {
        **quote_json(sale.quote, currency),
        "tender": sale.quote.tender,
        "sale_id": sale.sale_id,
    }


def refund_json(refund: Refund, currency: str) -> dict[str, Any]:
    return {
        "refund_id": refund.refund_id,
        "sale_id": refund.sale_id,
        "lines": [
            {
                "line": r.line_no,
                "sku": r.sku,
                "name": r.name,
                "qty": r.qty,
                "gross": format_amount(r.gross, currency),
                "discount": format_amount(r.discount, currency),
                "total": format_amount(r.total, currency),
            }
            for r in refund.lines
        ],
        "subtotal": format_amount(refund.subtotal, currency),
        "discount": format_amount(refund.discount, currency),
        "total": format_amount(refund.total, currency),
    }
