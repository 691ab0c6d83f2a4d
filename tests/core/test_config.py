"""The TOML configuration: exact round trips, and refusals that would orphan the registry."""

from __future__ import annotations

import copy

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pos_desktop.core import config, config_parse
from pos_desktop.core.errors import InputError
from tests.conftest import EXAMPLE_CONFIG


def test_export_import_export_is_identical(make_store):
    store = make_store()
    first = config.export_toml(store.rules)
    config.apply(store.conn, config_parse.parse_toml(first))
    store.reload()
    assert config.export_toml(store.rules) == first


def test_export_keeps_what_the_file_said(make_store):
    store = make_store()
    exported = config.export_dict(store.rules)
    staff = exported["policy"][0]
    assert staff["max_discount_per_sale"] == "50.00"
    assert staff["allowance"] == {"amount": "1000.00", "period": "year"}
    assert staff["category_percent"] == {"ELEC": 10}
    assert exported["department"][0]["cost_centre"] == "CC-1"


def test_config_that_drops_a_company_in_use_is_refused(make_store):
    store = make_store()
    cfg = copy.deepcopy(EXAMPLE_CONFIG)
    cfg["company"] = [c for c in cfg["company"] if c["code"] != "OWN"]
    before = config.export_toml(store.rules)
    with pytest.raises(InputError, match="leaves out company 'OWN'"):
        config.apply(store.conn, config_parse.config_from_dict(cfg))
    store.reload()
    assert config.export_toml(store.rules) == before


def test_config_that_drops_a_category_in_use_is_refused(make_store):
    store = make_store()
    cfg = copy.deepcopy(EXAMPLE_CONFIG)
    cfg["category"] = cfg["category"][:2]
    with pytest.raises(InputError, match="leaves out category 'ALCO'"):
        config.apply(store.conn, config_parse.config_from_dict(cfg))


def test_policy_order_decides_which_applies(make_store):
    store = make_store()
    cfg = copy.deepcopy(EXAMPLE_CONFIG)
    cfg["policy"].insert(0, {"name": "Everyone", "percent": 5})
    config.apply(store.conn, config_parse.config_from_dict(cfg))
    store.reload()
    assert store.rules.policy_for("own", "full_time").name == "Everyone"


def test_a_change_is_audited_with_before_and_after(make_store):
    store = make_store()
    cfg = copy.deepcopy(EXAMPLE_CONFIG)
    cfg["policy"][0]["percent"] = 25
    config.apply(store.conn, config_parse.config_from_dict(cfg), actor="anna")
    entry = store.conn.execute(
        "SELECT * FROM audit WHERE action = 'config.import' ORDER BY seq DESC"
    ).fetchone()
    assert entry["actor"] == "anna"
    assert '"percent":20' in entry["before"]
    assert '"percent":25' in entry["after"]


percent_values = st.one_of(st.integers(0, 100), st.decimals(0, 100, places=2).map(str))


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    percent=percent_values,
    floor=st.none() | st.integers(0, 100),
    cap=st.none() | st.integers(0, 100_000),
    period=st.sampled_from(["month", "year", "rolling:30", "rolling:365"]),
    units=st.none() | st.integers(1, 50),
    dependants=st.booleans(),
)
def test_any_valid_policy_round_trips_exactly(
    make_store, percent, floor, cap, period, units, dependants
):
    policy = {
        "name": "P",
        "method": "percent",
        "percent": percent,
        "probation_days": 0,
        "dependants": dependants,
        "allowance": {"amount": "12.34", "period": period},
    }
    if floor is not None:
        policy["floor_margin_percent"] = floor
    if cap is not None:
        policy["max_discount_per_sale"] = f"{cap // 100}.{cap % 100:02d}"
    if units is not None:
        policy["max_units_per_sku"] = units
    cfg = copy.deepcopy(EXAMPLE_CONFIG)
    cfg["policy"] = [policy]
    parsed = config_parse.parse_toml(tomli_w.dumps(cfg))
    store = make_store()
    config.apply(store.conn, parsed)
    store.reload()
    exported = config.export_toml(store.rules)
    config.apply(store.conn, config_parse.parse_toml(exported))
    store.reload()
    assert config.export_toml(store.rules) == exported
    assert config_parse.parse_toml(exported).policies == parsed.policies


def test_display_options_travel_through_the_config_file(make_store):
    store = make_store()
    data = config.export_dict(store.rules)
    assert "high_contrast" not in data["store"]  # off: not written
    data["store"] |= {"high_contrast": True, "touch": True}
    config.apply(store.conn, config_parse.parse_toml(tomli_w.dumps(data)))
    store.reload()
    assert store.rules.settings.high_contrast and store.rules.settings.touch
    assert config.export_dict(store.rules)["store"]["touch"] is True
    data["store"]["touch"] = "yes"
    with pytest.raises(InputError, match=r"\[store\]: touch must be true or false"):
        config_parse.parse_toml(tomli_w.dumps(data))


def test_every_store_setting_is_declared_once_and_travels_everywhere(make_store):
    """SETTINGS names each field of StoreSettings once; a store changed in every one of them
    keeps every change through its settings rows, the settings page's path and a file."""
    import dataclasses

    from pos_desktop.core.rules import SETTINGS, StoreSettings, load_settings

    fields = [f.name for f in dataclasses.fields(StoreSettings)]
    assert sorted(s.field for s in SETTINGS) == sorted(fields)
    assert len({s.key for s in SETTINGS}) == len(SETTINGS)
    store = make_store()
    changed = StoreSettings(
        name="Corner Shop",
        till="T7",
        currency="EUR",
        timezone="Europe/Bucharest",
        require_pin=True,
        language="ro",
        offline_limit=2500,
        refund_approval_above=None,
        max_open_amount=50_000,
        badge_pattern=r"^9[0-9]{12}$",
        check_digit="none",
        high_contrast=True,
        touch=True,
        payroll_pin=False,
        pin_failures=3,
        pin_lock_minutes=30,
        file_access="group",
    )
    defaults = StoreSettings()
    assert all(getattr(changed, f) != getattr(defaults, f) for f in fields if f != "currency")
    config.apply(store.conn, config.with_settings(store.rules, changed), actor="admin")
    assert load_settings(store.conn) == changed
    store.reload()
    assert config_parse.parse_toml(config.export_toml(store.rules)).settings == changed


def test_every_policy_field_is_declared_once_and_travels_everywhere(make_store):
    """POLICY_FIELDS names each field of Policy once (and each form key and file key once),
    and the policies page's form has exactly its form keys and the words for each typed
    one; policies changed in every field keep every change through the database, a file and
    the policies page's form."""
    import dataclasses
    from decimal import Decimal

    from pos_desktop.core.policies import POLICY_FIELDS, Allowance, Policy
    from pos_desktop.core.policy_form import (
        FIELD_WORDS,
        PolicyForm,
        form_from_policy,
        policy_from_form,
    )
    from pos_desktop.core.rules import load_rules

    fields = [f.name for f in dataclasses.fields(Policy)]
    assert sorted(f.field for f in POLICY_FIELDS) == sorted(fields)
    assert len({f.toml for f in POLICY_FIELDS}) == len(POLICY_FIELDS)
    assert len({f.form_key for f in POLICY_FIELDS}) == len(POLICY_FIELDS)
    form_keys = [f.form_key for f in POLICY_FIELDS]
    form_keys += [k for f in POLICY_FIELDS for k in (f.period_form, f.days_form) if k]
    assert sorted(f.name for f in dataclasses.fields(PolicyForm)) == sorted(form_keys)
    named = {"relation", "method", "dependants"}  # chosen, never typed wrong: no words
    assert sorted(FIELD_WORDS) == sorted(
        [k for k in form_keys if k not in named and not k.endswith("_period")]
        + ["sample_price", "sample_cost"]
    )
    changed = Policy(
        name="Everything",
        method="percent",
        relation="group",
        employment=("seasonal", "retiree"),
        percent=Decimal("12.5"),
        open_percent=Decimal(3),
        floor_margin_percent=Decimal("7.25"),
        max_discount_per_sale=4250,
        allowance=Allowance(99_900, "rolling:30"),
        probation_days=14,
        max_units_per_sku=2,
        dependants=False,
        category_percent={"ELEC": Decimal("2.5")},
        payroll_limit=Allowance(30_000, "year"),
    )
    markup = Policy(name="At cost plus", method="cost_plus", markup=Decimal("150.5"))
    defaults = Policy(name="Defaults")
    percent_fields = [f for f in fields if f not in ("markup", "method", "name")]
    assert all(getattr(changed, f) != getattr(defaults, f) for f in percent_fields)
    assert (markup.method, markup.markup) != (defaults.method, defaults.markup)
    store = make_store()
    rules = store.rules
    currency = rules.settings.currency
    tables = [config.policy_to_dict(p, currency) for p in (changed, markup)]
    config.apply(store.conn, config.with_section(rules, "policy", tables), actor="admin")
    assert load_rules(store.conn).policies == (changed, markup)
    store.reload()
    assert config_parse.parse_toml(config.export_toml(store.rules)).policies == [changed, markup]
    for policy in (changed, markup):
        form = form_from_policy(policy, currency)
        assert policy_from_form(form, currency, store.rules.categories) == policy
