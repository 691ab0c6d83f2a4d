"""A badge that someone already holds is refused naming who holds it: a member of staff, a
dependant or a department, each by its own word (a department's badge was once reported as a
dependant's, and a dependant's as a department's)."""

from __future__ import annotations

from pathlib import Path

from pos_desktop.core.db.storage import open_database
from pos_desktop.core.importing.staff_import import import_staff
from pos_desktop.core.rules import load_rules
from tests.conftest import ANNA, JAN, MARKETING


def test_an_hr_row_with_a_badge_held_elsewhere_names_its_holder(demo_path, tmp_path):
    path = tmp_path / "hr.csv"
    path.write_text(
        "employee_no,name,company,start_date,badge\n"
        f"P200,Ewa Lis,ACME,2024-01-01,{MARKETING}\n"
        f"P201,Adam Lis,ACME,2024-01-01,{JAN}\n"
        f"P202,Olga Lis,ACME,2024-01-01,{ANNA}\n",
        encoding="utf-8",
    )
    conn = open_database(demo_path)
    dependant = conn.execute("SELECT holder_id FROM badges WHERE code = ?", (JAN,)).fetchone()[0]
    report = import_staff(conn, load_rules(conn), path, dry_run=True)
    conn.close()
    said = {p.row: p.problem for p in report.problems if p.column == "badge"}
    assert said == {
        2: "this badge already belongs to department MKT",
        3: f"this badge already belongs to dependant {dependant}",
        4: "this badge already belongs to staff E0001",
    }


def test_a_department_given_a_dependant_s_badge_is_refused_naming_the_dependant(
    run, tmp_path: Path, demo_path
):
    rules = tmp_path / "rules.toml"
    assert run("config", "export", str(rules)).code == 0
    text = rules.read_text(encoding="utf-8")
    marketing = f'badge = "{MARKETING}"'
    assert marketing in text
    rules.write_text(text.replace(marketing, f'badge = "{JAN}"'), encoding="utf-8")
    conn = open_database(demo_path)
    dependant = conn.execute("SELECT holder_id FROM badges WHERE code = ?", (JAN,)).fetchone()[0]
    conn.close()
    result = run("config", "import", str(rules))
    assert result.code == 2
    assert f"department MKT: badge {JAN} already belongs to dependant {dependant}" in result.err
