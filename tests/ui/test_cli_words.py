"""The command line's own messages, the chain's server and sync errors and the reports' titles,
headings and cells reach a person in their language, while CSV and `--json` keep the English
keys, words and machine forms."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import sqlite3

import pytest

from pos_desktop import i18n
from pos_desktop.core.checkout import Checkout
from pos_desktop.core.db.storage import open_database
from pos_desktop.core.reports import oversight, tables
from pos_desktop.core.signin import AdminGate
from pos_desktop.ui.admin.window import AdminWindow
from tests.conftest import ANNA, CASHIER, DEMO_AT, RADU
from tests.ui.test_language_screens import clipped, laid_out, shot

ON = ["--on", "2026-06-15"]
# A port nothing listens on: connecting is refused at once.
NOWHERE = "postgresql://pos@127.0.0.1:1/pos"


def spend_48_of_annas_1000(run) -> None:
    for item in ("COAT-01", "SHIRT-01"):  # 40.00 and 8.00 off, on Anna's allowance
        assert run("sell", *CASHIER, "--customer", ANNA, "--item", item, "--at", DEMO_AT).code == 0


def test_the_allowance_report_in_polish_while_csv_and_json_stay_english(run):
    spend_48_of_annas_1000(run)
    text = run("--lang", "pl", "report", "allowance", *ON).out.splitlines()
    assert text[0].split() == [
        *("Pracownik", "Nazwa", "Zasada", "Okres", "Limit"),
        *("Wykorzystano", "Pozostało", "Część", "limitu"),
    ]
    anna = text[1]
    assert "Anna Kowalska" in anna
    assert anna.split()[-4:] == ["1000,00", "48,00", "952,00", "4,8%"]
    assert "4.8%" not in "\n".join(text) and "Share of limit" not in "\n".join(text)
    rows = list(
        csv.reader(
            io.StringIO(run("--lang", "pl", "report", "allowance", *ON, "--format", "csv").out)
        )
    )
    assert rows[0] == ["employee", "name", "policy", "period", "limit", "used", "left", "share"]
    assert rows[1][3:] == [rows[1][3], "1000.00", "48.00", "952.00", "4.8%"]
    assert rows[1][3] in ("month", "year")
    data = run("--lang", "pl", "report", "allowance", *ON, "--format", "json").json
    assert data["rows"][0]["share"] == "4.8%" and data["rows"][0]["period"] == rows[1][3]
    english = run("report", "allowance", *ON).out
    assert "Share of limit" in english and "4.8%" in english and "1000.00" in english


def test_a_report_s_pdf_its_period_cell_and_the_daily_close_in_romanian(run, monkeypatch, tmp_path):
    from pos_desktop.printing import pdf

    spend_48_of_annas_1000(run)
    english = run("report", "allowance", *ON, "--format", "json").json["rows"][0]["period"]
    text = run("--lang", "ro", "report", "allowance", *ON).out
    assert text.startswith("Angajat  Nume ")
    assert {"month": " lună ", "year": " an "}[english] in text
    assert "Procent din plafon" in text and "4,8%" in text
    drawn: list[str] = []
    monkeypatch.setattr(pdf, "save_html_pdf", lambda html, *_, **__: drawn.append(html))
    june = ["--from", "2026-06-01", "--to", "2026-06-30"]
    saved = tmp_path / "zile.pdf"
    by_day = run("--lang", "ro", "report", "discounts", *june, "--pdf", str(saved))
    assert by_day.out.splitlines()[0].split()[:3] == ["Ziua", "Vânzări", "Retururi"]
    assert by_day.out.endswith(f"S-a salvat {saved}\n")
    assert drawn[0].startswith(
        "<p><b>Demo Store</b></p><h2>Reduceri pe zile, 2026-06-01 \u2013 2026-06-30</h2>"
    )
    assert "<th align=left>Ziua</th>" in drawn[0] and ">48,00</td>" in drawn[0]
    closed = run("--lang", "ro", "close-day", "--date", "2026-06-15", "--at", "2026-06-16T08:00")
    assert closed.out.startswith("Clienți ")  # the codes beside the words are for CSV
    assert "Toți clienții" in closed.out and "All customers" not in closed.out


def test_a_report_as_pdf_html_in_polish_keeps_the_core_table_english():
    uses = [oversight.AllowanceUse("E0001", "Anna Kowalska", "Staff", "rolling:30", 100000, 4800)]
    table = tables.allowance(uses, dt.date(2026, 6, 15), "EUR")
    assert table.rows[0][3:] == ["rolling:30", "1000.00", "48.00", "952.00", "4.8%"]
    i18n.use("pl")
    html = table.read(i18n.say, i18n.number).html()
    assert "<th align=right>Część limitu</th>" in html and ">4,8%</td>" in html
    assert ">30 dni</td>" in html and ">1000,00</td>" in html
    empty = tables.allowance([], dt.date(2026, 6, 15), "EUR").read(i18n.say).html()
    assert "Brak danych w tym okresie." in empty
    assert table.json()["rows"][0]["share"] == "4.8%"  # the table itself stays English


def test_a_command_line_mistake_in_romanian(run):
    result = run("--lang", "ro", "quote", "--item", ":2", "--at", DEMO_AT)
    assert result.code == 2
    assert result.err == (
        "pos-desktop: --item ':2': indicați un SKU, de exemplu --item SHIRT-01:2\n"
    )
    amount = run("--lang", "ro", "quote", "--open", "GROC:abc", "--at", DEMO_AT)
    assert amount.err == ("pos-desktop: --open 'GROC:abc': suma 'abc' nu este o sumă ca 12,50\n")
    english = run("quote", "--item", ":2", "--at", DEMO_AT)
    assert english.err == "pos-desktop: --item ':2': give a SKU, like --item SHIRT-01:2\n"


def test_a_summary_and_a_wrapped_error_in_polish(run, tmp_path):
    target = tmp_path / "staff.csv"
    done = run("--lang", "pl", "staff", "export", str(target))
    assert done.out.startswith("Zapisano osoby (") and done.out.endswith(f") do {target}\n")
    again = run("--lang", "pl", "backup", str(target))
    assert again.err == (
        f"pos-desktop: {target} już istnieje; wybierz nową nazwę pliku dla kopii zapasowej\n"
    )


def test_the_chain_s_server_and_sync_messages_in_polish(run, demo_path):
    alone = run("--lang", "pl", "sync")
    assert alone.code == 2
    assert alone.err.startswith("pos-desktop: ta kasa nie dołączyła do serwera; dołącz ją ")
    unreachable = run("--lang", "pl", "server", "init", "--url", NOWHERE)
    assert unreachable.code == 2
    assert unreachable.err.startswith("pos-desktop: brak połączenia z serwerem 127.0.0.1:1/pos (")
    assert unreachable.err.endswith("sprawdź sieć i adres, a potem spróbuj ponownie\n")
    # A till of a chain whose server is out of reach: the sync's refusal wraps the server's.
    conn = sqlite3.connect(demo_path)
    conn.execute("INSERT INTO sync_state (id, server_url, till) VALUES (1, ?, 'T2')", (NOWHERE,))
    conn.commit()
    conn.close()
    offline = run("--lang", "pl", "sync")
    assert offline.code == 2
    assert offline.err.startswith("pos-desktop: brak połączenia z serwerem 127.0.0.1:1/pos (")
    assert offline.err.endswith(
        ". Ta kasa sprzedaje dalej offline; to, czego nie wysłała, pójdzie przy następnej "
        "synchronizacji\n"
    )
    refused = run("--lang", "pl", "staff", "set-pin", "E0001", stdin="1234\n")
    assert refused.err.startswith("pos-desktop: ta kasa pobiera pracowników, produkty i zasady ")
    assert refused.err.endswith("; nic nie zmieniono\n")
    english = run("sync")
    assert english.err.startswith("pos-desktop: cannot reach the server 127.0.0.1:1/pos (")


def test_the_reports_page_in_polish(qtbot, demo_path, tmp_path):
    conn = open_database(demo_path)
    store = Checkout(conn)
    at = dt.datetime(2026, 6, 15, 10, 0, tzinfo=dt.UTC)
    for sku in ("COAT-01", "SHIRT-01"):
        store.sell(ANNA, [store.product_line(sku)], at=at)
    i18n.use("pl")
    window = AdminWindow(conn, AdminGate(conn).sign_in(badge=RADU, pin="4321"))
    qtbot.add_widget(window)
    window.resize(1024, 768)
    window.show()
    page = window.reports
    window.pages.setCurrentWidget(page)
    page.set_period(dt.date(2026, 6, 1), dt.date(2026, 6, 15))
    page.choose("allowance")
    assert page.title.text() == "Wykorzystanie limitów w dniu 2026-06-15"
    headings = [page.table.horizontalHeaderItem(c).text() for c in range(8)]
    assert headings[3:] == ["Okres", "Limit", "Wykorzystano", "Pozostało", "Część limitu"]
    assert page.cell(0, 3) in ("miesiąc", "rok")
    assert [page.cell(0, c) for c in (4, 5, 7)] == ["1000,00", "48,00", "4,8%"]
    qtbot.waitUntil(laid_out(window))  # the notes and the chart fitted, then the picture
    shot(window, "reports-pl-allowance")
    assert clipped(window) == []
    exported = tmp_path / "allowance.csv"
    window.export_report_csv(exported)
    assert exported.read_text().splitlines()[0] == (
        "employee,name,policy,period,limit,used,left,share"
    )
    assert exported.read_text().splitlines()[1].endswith(",1000.00,48.00,952.00,4.8%")
    page.choose("day")
    assert page.table.horizontalHeaderItem(0).text() == "Dzień"
    assert page.title.text() == "Rabaty według dni, 2026-06-01 \u2013 2026-06-15"
    shot(window, "reports-pl-by-day")
    conn.close()


def test_a_chain_set_up_synced_and_checked_in_polish(central, run, demo_path, tmp_path):
    from pos_desktop.core.central.server import describe

    where = describe(central)
    made = run("--lang", "pl", "server", "init", "--url", central)
    assert made.out == f"Utworzono centralne tabele na {where}; teraz opublikuj rejestr i zasady\n"
    published = run("--lang", "pl", "server", "publish", "--url", central).out
    assert published.startswith(f"Opublikowano {demo_path} na {where}: zmienione — ")
    assert "pracownicy: " in published and "; usunięte — nic. Kasy otrzymają" in published
    t1, t2 = tmp_path / "T1.sqlite", tmp_path / "T2.sqlite"
    for till, db in (("T1", t1), ("T2", t2)):
        joined = run("--lang", "pl", "init", "--till", till, "--server", central, db=db)
        assert joined.out.startswith(f"Utworzono kasę {till} w {db}, dołączoną do {where}: ")
    sold = run(
        "sell", *CASHIER, "--customer", ANNA, "--item", "COAT-01", "--at", DEMO_AT, "--json", db=t2
    )
    assert run("sync", db=t2).code == 0
    synced = run("--lang", "pl", "sync", db=t1)
    assert synced.out == (
        f"Kasa T1 zsynchronizowana z {where}: wysłano sprzedaże i zwroty: 0 oraz zamknięcia "
        "dnia: 0; pobrano zmiany rejestru: 0 i sprzedaże innych kas: 1\n"
    )
    elsewhere = run(
        "--lang", "pl", "refund", *CASHIER, sold.json["sale_id"], "--at", DEMO_AT, db=t1
    )
    assert elsewhere.err.startswith(
        f"pos-desktop: sprzedaż '{sold.json['sale_id']}' została zrobiona na innej kasie sieci; "
    )
    verified = run("--lang", "pl", "journal", "verify", "--server", central).out.splitlines()
    assert verified[0].startswith("Kasa T1: OK, łańcuch spójny — zapisy sprzedaży: 0, ")
    assert verified[1].startswith("Kasa T2: OK, łańcuch spójny — zapisy sprzedaży: 1, ")


def test_an_allowance_overspent_while_offline_is_told_in_polish(run, monkeypatch):
    from pos_desktop.core.central import sync

    over = sync.Overspend("E0001", "Anna Kowalska", "year", 100000, 104000)
    done = sync.Synced("T1", "db:5432/pos", 2, 0, 0, 0, 3, (over,))
    monkeypatch.setattr(sync, "sync", lambda conn, url=None: done)
    lines = run("--lang", "pl", "sync").out.splitlines()
    assert lines[1] == (
        "Przekroczony limit: Anna Kowalska (E0001) wykorzystał(a) 1040,00 z 1000,00 w tym roku: "
        "kasy razem przyznały więcej niż limit, gdy nie mogły połączyć się z serwerem"
    )
    data = run("--lang", "pl", "sync", "--json").json
    assert data["overspent"][0] == {
        "employee_no": "E0001",
        "name": "Anna Kowalska",
        "period": "year",
        "limit": "1000.00",
        "used": "1040.00",
    }


@pytest.mark.parametrize(
    ("language", "total"), [("en", "590.00"), ("pl", "590,00"), ("ro", "590,00")]
)
def test_quote_writes_every_amount_as_its_language_does(run, language, total):
    args = ["--lang", language, "quote", "--customer", ANNA, "--item", "SHIRT-01"]
    result = run(*args, "--item", "COAT-01:3", "--at", DEMO_AT)
    assert result.code == 0
    lines = result.out.splitlines()
    assert total in lines[-1]
    if language != "en":
        assert not re.search(r"\d\.\d\d\b", result.out), result.out  # no 40.00 beside 982,00
        assert "40,00" in lines[2] and "32,00" in lines[2]
