"""A demo store to try the app on: generated the same way every time from a fixed seed.

Dates are relative to the day it is built, so that the probation and end-date examples
stay examples. The first staff numbers are the people the README and tests talk about.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from typing import Any

from sqlite_utils import Database

from pos_desktop.core import clock, config, config_parse
from pos_desktop.core.badge import ean13_check_digit
from pos_desktop.core.registry import hash_pin, pin_matches
from pos_desktop.core.text import QT_TRANSLATE_NOOP, Text


def badge_for(prefix: str, number: int) -> str:
    """A demo EAN-13 badge: '2' + a one-digit prefix + a 10-digit number + check digit."""
    body = f"2{prefix}{number:010d}"
    return body + str(ean13_check_digit(body))


DEMO_CONFIG: dict[str, Any] = {
    "store": {"name": "Demo Store", "till": "T1", "currency": "EUR", "timezone": "Europe/Warsaw"},
    "badge": {"pattern": "^2[0-9]{12}$", "check_digit": "ean13"},
    "company": [
        {"code": "ACME", "name": "Acme Retail", "relation": "own"},
        {"code": "ACLOG", "name": "Acme Logistics", "relation": "group"},
        {"code": "ACFOOD", "name": "Acme Foods", "relation": "group"},
    ],
    "department": [
        {"code": "MKT", "name": "Marketing", "cost_centre": "CC-4100", "badge": badge_for("8", 1)},
        {"code": "IT", "name": "IT Services", "cost_centre": "CC-4200", "badge": badge_for("8", 2)},
        {
            "code": "OPS",
            "name": "Store Operations",
            "cost_centre": "CC-4300",
            "badge": badge_for("8", 3),
        },
    ],
    "category": [
        {"code": "CLOTH", "name": "Clothing", "employee_discount": True},
        {"code": "SHOE", "name": "Shoes", "employee_discount": True},
        {"code": "ELEC", "name": "Electronics", "employee_discount": True},
        {"code": "HOME", "name": "Home", "employee_discount": True},
        {"code": "GROC", "name": "Groceries", "employee_discount": True},
        {"code": "BEAU", "name": "Beauty", "employee_discount": True},
        {"code": "TOYS", "name": "Toys", "employee_discount": True},
        {"code": "BOOK", "name": "Books", "employee_discount": True},
        {"code": "SPORT", "name": "Sport", "employee_discount": True},
        {"code": "ALCO", "name": "Alcohol", "employee_discount": False},
        {"code": "TOBA", "name": "Tobacco", "employee_discount": False},
        {"code": "GIFT", "name": "Gift cards", "employee_discount": False},
    ],
    "policy": [
        {
            "name": "Staff",
            "applies_to": {"relation": "own", "employment": ["full_time", "part_time"]},
            "method": "percent",
            "percent": 20,
            "floor_margin_percent": 5,
            "max_discount_per_sale": "50.00",
            "allowance": {"amount": "1000.00", "period": "year"},
            "probation_days": 90,
            "max_units_per_sku": 5,
            "dependants": True,
            "category_percent": {"ELEC": 10},
            "payroll_limit": {"amount": "300.00", "period": "month"},
        },
        {
            "name": "Seasonal staff",
            "applies_to": {"relation": "own", "employment": ["seasonal"]},
            "method": "cost_plus",
            "markup": 10,
            "allowance": {"amount": "200.00", "period": "month"},
            "probation_days": 0,
            "max_units_per_sku": 3,
            "dependants": False,
        },
        {
            "name": "Group staff",
            "applies_to": {"relation": "group", "employment": ["full_time", "part_time"]},
            "method": "percent",
            "percent": 10,
            "floor_margin_percent": 5,
            "max_discount_per_sale": "30.00",
            "allowance": {"amount": "500.00", "period": "year"},
            "probation_days": 90,
            "dependants": False,
        },
        {
            "name": "Retirees",
            "applies_to": {"employment": ["retiree"]},
            "method": "percent",
            "percent": 10,
            "allowance": {"amount": "300.00", "period": "year"},
            "probation_days": 0,
            "dependants": True,
        },
    ],
}

# (name, company, department, employment, status, role, start offset days or date, end offset)
_PEOPLE: list[tuple[str, str, str | None, str, str, str, int | str, int | None]] = [
    ("Anna Kowalska", "ACME", "OPS", "full_time", "active", "none", "2018-03-01", None),
    ("Piotr Nowak", "ACME", "OPS", "full_time", "active", "cashier", "2020-06-15", None),
    ("Maria Popescu", "ACME", "OPS", "full_time", "active", "supervisor", "2016-01-04", None),
    ("Ioana Ionescu", "ACLOG", None, "full_time", "active", "none", "2019-09-01", None),
    ("Tomasz Wiśniewski", "ACME", "OPS", "full_time", "active", "none", -20, None),
    ("John Smith", "ACME", "IT", "part_time", "suspended", "none", "2021-02-01", None),
    ("Elena Dumitru", "ACME", "MKT", "full_time", "terminated", "none", "2017-05-10", None),
    ("Katarzyna Lewandowska", "ACME", "OPS", "part_time", "active", "none", "2015-04-01", -30),
    ("Mark Taylor", "ACME", "IT", "contractor", "active", "none", "2022-01-10", None),
    ("Andrei Georgescu", "ACME", "OPS", "seasonal", "active", "none", -120, None),
    ("Barbara Zielińska", "ACME", None, "retiree", "active", "none", "1990-09-01", None),
    ("Radu Stan", "ACME", "OPS", "full_time", "active", "admin", "2014-11-03", None),
]
DEMO_PINS = {"E0003": "1234", "E0012": "4321"}
DEMO_ADMIN = "E0012"  # Radu Stan, who signs in to the demo store's admin window


def admin_sign_in_hint(conn: sqlite3.Connection) -> Text | None:
    """How the demo admin signs in, on a store built as the demo whose admin still has the
    demo badge and PIN; None on any other store."""
    built = conn.execute(
        "SELECT 1 FROM audit WHERE actor = 'demo' AND action = 'config.import' LIMIT 1"
    ).fetchone()
    row = conn.execute(
        "SELECT s.name, s.pin_hash, b.code FROM staff s JOIN badges b ON b.holder_type = 'staff' "
        "AND b.holder_id = s.employee_no AND b.status = 'active' "
        "WHERE s.employee_no = ? AND s.role = 'admin' AND s.status = 'active'",
        (DEMO_ADMIN,),
    ).fetchone()
    if built is None or row is None or not row[1] or not pin_matches(row[1], DEMO_PINS[DEMO_ADMIN]):
        return None
    return QT_TRANSLATE_NOOP(
        "Demo", "Demo store: sign in with {name}'s badge {badge} and PIN {pin}."
    ).format(name=row[0], badge=row[2], pin=DEMO_PINS[DEMO_ADMIN])


_FIRST = [
    "Adam",
    "Agnieszka",
    "Alexandru",
    "Ana",
    "Bogdan",
    "Cristina",
    "Dorota",
    "Ewa",
    "Florin",
    "Gabriela",
    "Grzegorz",
    "Irina",
    "Jakub",
    "Joanna",
    "Krzysztof",
    "Laura",
    "Łukasz",
    "Magdalena",
    "Marek",
    "Mihai",
    "Monika",
    "Paweł",
    "Roxana",
    "Sebastian",
    "Sorin",
    "Teodora",
    "Wojciech",
    "Zofia",
    "Emma",
    "Oliver",
]
_LAST = [
    "Nowak",
    "Kowalski",
    "Wójcik",
    "Kamiński",
    "Zając",
    "Szymański",
    "Woźniak",
    "Dąbrowski",
    "Kozłowski",
    "Mazur",
    "Popa",
    "Pop",
    "Radu",
    "Dumitrescu",
    "Stoica",
    "Matei",
    "Constantin",
    "Marin",
    "Tudor",
    "Moldovan",
    "Brown",
    "Jones",
    "Wilson",
    "Evans",
]

_PRODUCTS: dict[str, list[str]] = {
    "CLOTH": [
        "Shirt",
        "Winter coat",
        "Jeans",
        "T-shirt",
        "Sweater",
        "Scarf",
        "Dress",
        "Jacket",
        "Socks",
        "Hoodie",
        "Skirt",
        "Shorts",
        "Cap",
        "Gloves",
    ],
    "SHOE": ["Trainers", "Boots", "Sandals", "Slippers", "Loafers", "Running shoes", "Heels"],
    "ELEC": [
        "Headphones",
        "Phone charger",
        "Kettle",
        "Toaster",
        "Smart watch",
        "Speaker",
        "Power bank",
        "Hair dryer",
        "Tablet",
        "Keyboard",
        "Mouse",
        "Light bulbs",
    ],
    "HOME": [
        "Towel set",
        "Duvet",
        "Frying pan",
        "Mug",
        "Lamp",
        "Cushion",
        "Plant pot",
        "Candle",
        "Cutlery set",
        "Vase",
        "Blanket",
        "Teapot",
        "Clock",
    ],
    "GROC": [
        "Coffee beans",
        "Olive oil",
        "Chocolate",
        "Tea",
        "Pasta",
        "Honey",
        "Biscuits",
        "Muesli",
        "Rice",
        "Jam",
        "Crackers",
        "Juice",
    ],
    "BEAU": [
        "Shampoo",
        "Face cream",
        "Perfume",
        "Lipstick",
        "Shower gel",
        "Sun cream",
        "Toothpaste",
        "Hand cream",
        "Nail polish",
    ],
    "TOYS": [
        "Building blocks",
        "Puzzle",
        "Board game",
        "Plush bear",
        "Toy car",
        "Doll",
        "Kite",
        "Ball",
    ],
    "BOOK": [
        "Cookbook",
        "Novel",
        "Atlas",
        "Children's book",
        "Notebook",
        "Diary",
        "Colouring book",
    ],
    "SPORT": [
        "Yoga mat",
        "Football",
        "Water bottle",
        "Dumbbells",
        "Tennis balls",
        "Cycling gloves",
        "Swim goggles",
        "Backpack",
        "Skipping rope",
    ],
    "ALCO": ["Red wine", "White wine", "Beer 6-pack", "Whisky", "Prosecco"],
    "TOBA": ["Cigarettes", "Cigars"],
    "GIFT": ["Gift card 50", "Gift card 100"],
}
_FIXED_PRICES = {
    ("CLOTH", 0): (4000, 3000),
    ("CLOTH", 1): (20000, 10000),
    ("ALCO", 0): (2000, 1200),
    ("GIFT", 0): (5000, 5000),
    ("GIFT", 1): (10000, 10000),
}
_SKU_PREFIX = {"Shirt": "SHIRT", "Winter coat": "COAT", "Red wine": "WINE"}

STAFF_COUNT = 300


def build(conn: sqlite3.Connection, *, today: dt.date | None = None) -> None:
    """Fill an empty, migrated database with the demo store (sqlite-utils does the bulk)."""
    today = today or clock.now().date()
    db = Database(conn, execute_plugins=False, recursive_triggers=False)
    config.apply(conn, config_parse.config_from_dict(DEMO_CONFIG, "demo"), actor="demo")
    rng = random.Random(20261123)
    now = clock.stamp(clock.now())
    staff, dependants, badges = [], [], []
    for i in range(1, STAFF_COUNT + 1):
        number = f"E{i:04d}"
        if i <= len(_PEOPLE):
            name, company, department, employment, status, role, start, end = _PEOPLE[i - 1]
        else:
            name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
            company = rng.choices(["ACME", "ACLOG", "ACFOOD"], [6, 2, 2])[0]
            department = rng.choice(["OPS", "OPS", "MKT", "IT", None])
            employment = rng.choices(
                ["full_time", "part_time", "seasonal", "contractor", "retiree"], [12, 5, 2, 1, 1]
            )[0]
            status = rng.choices(["active", "suspended", "terminated"], [40, 1, 1])[0]
            role = rng.choices(["none", "cashier", "supervisor"], [14, 4, 1])[0]
            start = -rng.randint(10, 15 * 365)
            end = None
        start_date = today + dt.timedelta(days=start) if isinstance(start, int) else start
        staff.append(
            {
                "employee_no": number,
                "name": name,
                "company": company,
                "department": department,
                "employment_type": employment,
                "status": status,
                "role": role,
                "start_date": str(start_date),
                "end_date": str(today + dt.timedelta(days=end)) if end is not None else None,
                "pin_hash": hash_pin(DEMO_PINS[number]) if number in DEMO_PINS else None,
                "updated_at": now,
            }
        )
        badges.append(_badge(badge_for("0", i), "staff", number, now))
    badges.append(_badge(badge_for("0", 901), "staff", "E0001", now, revoked="lost"))
    for j in range(1, 41):
        employee = "E0001" if j == 1 else f"E{rng.randint(13, STAFF_COUNT):04d}"
        number = f"D{j:04d}"
        name = "Jan Kowalski" if j == 1 else f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        dependants.append(
            {
                "dependant_no": number,
                "employee_no": employee,
                "name": name,
                "status": "active",
                "updated_at": now,
            }
        )
        badges.append(_badge(badge_for("9", j), "dependant", number, now))
    with db.atomic():
        db.table("staff").insert_all(staff)
        db.table("dependants").insert_all(dependants)
        db.table("badges").insert_all(badges)
        db.table("products").insert_all(_products(rng, now))


def _badge(
    code: str, holder_type: str, holder: str, now: str, revoked: str | None = None
) -> dict[str, object]:
    return {
        "code": code,
        "holder_type": holder_type,
        "holder_id": holder,
        "status": "revoked" if revoked else "active",
        "reason": revoked,
        "issued_at": now,
        "revoked_at": now if revoked else None,
        "updated_at": now,
    }


def _products(rng: random.Random, now: str) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for category, names in _PRODUCTS.items():
        for index, name in enumerate(names):
            price, cost = _FIXED_PRICES.get((category, index), (0, 0))
            if not price:
                price = rng.randint(3, 120) * 100 - rng.choice([0, 1, 5, 51])
                cost = price * rng.randint(45, 75) // 100
            prefix = _SKU_PREFIX.get(name, category[:4])
            number = 1 if name in _SKU_PREFIX else index + 1
            body = f"590{len(rows) + 1:09d}"
            rows.append(
                {
                    "sku": f"{prefix}-{number:02d}",
                    "barcode": body + str(ean13_check_digit(body)),
                    "name": name,
                    "category": category,
                    "price": price,
                    "cost": cost,
                    "updated_at": now,
                }
            )
    return rows
