<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>AdminApp</name>
    <message>
        <source>The admin window cannot start: {problem}.</source>
        <translation>Nie można uruchomić okna administratora: {problem}.</translation>
    </message>
</context>
<context>
    <name>AdminWindow</name>
    <message>
        <source>pos-desktop admin — {store}</source>
        <translation>pos-desktop administracja — {store}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{store}&lt;/b&gt; · signed in as {admin}</source>
        <translation>&lt;b&gt;{store}&lt;/b&gt; · zalogowano jako {admin}</translation>
    </message>
    <message>
        <source>&amp;Staff registry</source>
        <translation>&amp;Pracownicy</translation>
    </message>
    <message>
        <source>P&amp;roducts</source>
        <translation>&amp;Towary</translation>
    </message>
    <message>
        <source>&amp;Policies</source>
        <translation>&amp;Zasady</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>Co&amp;mpanies</source>
        <translation>&amp;Spółki</translation>
    </message>
    <message>
        <source>&amp;Departments</source>
        <translation>&amp;Działy</translation>
    </message>
    <message>
        <source>Store s&amp;ettings</source>
        <translation>&amp;Ustawienia</translation>
    </message>
    <message>
        <source>Audit &amp;log</source>
        <translation>&amp;Dziennik zmian</translation>
    </message>
    <message>
        <source>Rep&amp;orts</source>
        <translation>Rap&amp;orty</translation>
    </message>
    <message>
        <source>&amp;Import / export</source>
        <translation>&amp;Import / eksport</translation>
    </message>
    <message>
        <source>Saved {name} ({sku}).</source>
        <translation>Zapisano {name} ({sku}).</translation>
    </message>
    <message>
        <source>Choose a product in the table first.</source>
        <translation>Najpierw wybierz towar w tabeli.</translation>
    </message>
    <message>
        <source>Remove {name} ({sku}) from the catalogue?</source>
        <translation>Usunąć {name} ({sku}) z katalogu?</translation>
    </message>
    <message>
        <source>Removed {name} ({sku}) from the catalogue.</source>
        <translation>Usunięto {name} ({sku}) z katalogu.</translation>
    </message>
    <message>
        <source>Settings saved; tills use them from their next scan (a new language from their next start).</source>
        <translation>Ustawienia zapisane; kasy stosują je od następnego skanu (nowy język od następnego uruchomienia).</translation>
    </message>
    <message>
        <source>Companies saved</source>
        <translation>Zapisano spółki</translation>
    </message>
    <message>
        <source>Departments saved</source>
        <translation>Zapisano działy</translation>
    </message>
    <message>
        <source>Categories saved</source>
        <translation>Zapisano kategorie</translation>
    </message>
    <message>
        <source>{what}; tills use them from their next scan.</source>
        <translation>{what}; kasy stosują je od następnego skanu.</translation>
    </message>
    <message>
        <source>Policies saved; tills price with them from their next scan.</source>
        <translation>Zasady zapisane; kasy liczą według nich od następnego skanu.</translation>
    </message>
    <message>
        <source>Both chains hold: {sales} sales records and {entries} audit entries.</source>
        <translation>Oba łańcuchy są spójne: zapisy sprzedaży: {sales}, wpisy dziennika zmian: {entries}.</translation>
    </message>
    <message>
        <source>Broken: {problem}. Restore a backup and report this.</source>
        <translation>Uszkodzony: {problem}. Przywróć kopię zapasową i zgłoś to.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Eksportuj dziennik zmian</translation>
    </message>
    <message>
        <source>Exported {count} audit entries to {file}.</source>
        <translation>Wyeksportowano wpisy dziennika zmian ({count}) do {file}.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Eksportuj raport</translation>
    </message>
    <message>
        <source>Exported {count} rows to {file}.</source>
        <translation>Wyeksportowano wiersze ({count}) do {file}.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Zapisz raport</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>Zapisano {file}.</translation>
    </message>
    <message>
        <source>Close {day}? Its totals go into the journal, and no more sales or refunds can be recorded on that day.</source>
        <translation>Zamknąć dzień {day}? Jego sumy trafią do dziennika, a tego dnia nie będzie można już zapisać sprzedaży ani zwrotów.</translation>
    </message>
    <message>
        <source>Closed {day}: sales {sales}, refunds {refunds}; Save PDF… keeps a copy of the close.</source>
        <translation>Zamknięto dzień {day}: sprzedaże {sales}, zwroty {refunds}; „Zapisz PDF…” zachowa kopię zamknięcia.</translation>
    </message>
    <message>
        <source>Choose a person in the table first.</source>
        <translation>Najpierw wybierz osobę w tabeli.</translation>
    </message>
    <message>
        <source>pos-desktop admin</source>
        <translation>pos-desktop administracja</translation>
    </message>
</context>
<context>
    <name>Basket</name>
    <message>
        <source>Item</source>
        <translation>Towar</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabat</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <source>open amount</source>
        <translation>kwota otwarta</translation>
    </message>
</context>
<context>
    <name>CashierApp</name>
    <message>
        <source>The till cannot start: {problem}.</source>
        <translation>Nie można uruchomić kasy: {problem}.</translation>
    </message>
</context>
<context>
    <name>CashierWindow</name>
    <message>
        <source>Scan your badge to sign in</source>
        <translation>Zeskanuj swój identyfikator, aby się zalogować</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Kwota otwarta</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Usuń pozycję</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Klient zewnętrzny</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Kierownik</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Zwrot</translation>
    </message>
    <message>
        <source>Complete sale</source>
        <translation>Zakończ sprzedaż</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Drukuj paragon</translation>
    </message>
    <message>
        <source>Receipt PDF</source>
        <translation>Paragon PDF</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Wyloguj</translation>
    </message>
    <message>
        <source>pos-desktop — till</source>
        <translation>pos-desktop — kasa</translation>
    </message>
    <message>
        <source>pos-desktop — opening the till…</source>
        <translation>pos-desktop — otwieranie kasy…</translation>
    </message>
    <message>
        <source>Store, till and cashier</source>
        <translation>Sklep, kasa i kasjer</translation>
    </message>
    <message>
        <source>Scan or type a badge, barcode, SKU or product name</source>
        <translation>Zeskanuj lub wpisz identyfikator, kod kreskowy, SKU albo nazwę towaru</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
    <message>
        <source>pos-desktop — the till cannot open</source>
        <translation>pos-desktop — nie można otworzyć kasy</translation>
    </message>
    <message>
        <source>The till cannot open: {problem}.</source>
        <translation>Nie można otworzyć kasy: {problem}.</translation>
    </message>
    <message>
        <source>pos-desktop — {store}, till {till}</source>
        <translation>pos-desktop — {store}, kasa {till}</translation>
    </message>
    <message>
        <source>Receipt of the last sale</source>
        <translation>Paragon ostatniej sprzedaży</translation>
    </message>
    <message>
        <source>Basket</source>
        <translation>Koszyk</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Suma częściowa</translation>
    </message>
    <message>
        <source>Employee discount</source>
        <translation>Rabat pracowniczy</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Do zapłaty</translation>
    </message>
    <message>
        <source>Allowance after</source>
        <translation>Limit po zakupie</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Added {item} {amount}.</source>
        <translation>Dodano {item} {amount}.</translation>
    </message>
    <message>
        <source>Removed {item}.</source>
        <translation>Usunięto {item}.</translation>
    </message>
    <message>
        <source>Walk-in customer: regular price.</source>
        <translation>Klient zewnętrzny: cena regularna.</translation>
    </message>
    <message>
        <source>No supervisor is needed for this customer.</source>
        <translation>Dla tego klienta nie trzeba wzywać kierownika.</translation>
    </message>
    <message>
        <source>Signed in: {name}. Scan the customer&apos;s badge.</source>
        <translation>Zalogowano: {name}. Zeskanuj identyfikator klienta.</translation>
    </message>
    <message>
        <source>Approved by the supervisor.</source>
        <translation>Zatwierdzone przez kierownika.</translation>
    </message>
    <message>
        <source>Refunded {amount} (sale {sale}); staff allowance given back.</source>
        <translation>Zwrócono {amount} (sprzedaż {sale}); limit pracowniczy przywrócony.</translation>
    </message>
    <message>
        <source>Sale complete: {total}. Ctrl+P prints the receipt.</source>
        <translation>Sprzedaż zakończona: {total}. Ctrl+P drukuje paragon.</translation>
    </message>
    <message>
        <source>Receipt sent to the printer.</source>
        <translation>Paragon wysłano do drukarki.</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Zapisz paragon</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>paragon</translation>
    </message>
    <message>
        <source>Receipt saved to {file}.</source>
        <translation>Paragon zapisano w pliku {file}.</translation>
    </message>
    <message>
        <source>There is no receipt yet: complete a sale first.</source>
        <translation>Nie ma jeszcze paragonu: najpierw zakończ sprzedaż.</translation>
    </message>
    <message>
        <source>Clear the basket and the customer?</source>
        <translation>Wyczyścić koszyk i klienta?</translation>
    </message>
    <message>
        <source>Cleared: ready for the next customer.</source>
        <translation>Wyczyszczono: gotowe dla następnego klienta.</translation>
    </message>
    <message>
        <source>Sign out and clear the basket?</source>
        <translation>Wylogować i wyczyścić koszyk?</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Wylogowano.</translation>
    </message>
    <message>
        <source>The till is locked.</source>
        <translation>Kasa jest zablokowana.</translation>
    </message>
    <message>
        <source>Ready — scan the customer&apos;s badge</source>
        <translation>Gotowe — zeskanuj identyfikator klienta</translation>
    </message>
    <message>
        <source>Walk-in customers pay the regular price; staff scan their badge.</source>
        <translation>Klienci zewnętrzni płacą cenę regularną; pracownicy skanują identyfikator.</translation>
    </message>
    <message>
        <source>nobody signed in</source>
        <translation>nikt nie jest zalogowany</translation>
    </message>
    <message>
        <source>&lt;b&gt;{store}&lt;/b&gt; · Till {till} · Cashier: {who} · {now}</source>
        <translation>&lt;b&gt;{store}&lt;/b&gt; · Kasa {till} · Kasjer: {who} · {now}</translation>
    </message>
    <message>
        <source>Choose a line first (Up/Down arrows).</source>
        <translation>Najpierw wybierz pozycję (strzałki w górę/w dół).</translation>
    </message>
    <message>
        <source>The till is locked: scan your badge to sign in.</source>
        <translation>Kasa jest zablokowana: zeskanuj swój identyfikator, aby się zalogować.</translation>
    </message>
</context>
<context>
    <name>ChainLink</name>
    <message>
        <source>connecting to the server…</source>
        <translation>łączenie z serwerem…</translation>
    </message>
    <message>
        <source>online, synced {time}</source>
        <translation>online, synchronizacja {time}</translation>
    </message>
    <message>
        <source>OFFLINE since {time}, {count} sales to send</source>
        <translation>OFFLINE od {time}, {count} sprzedaży do wysłania</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>usage: </source>
        <translation>użycie: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumenty pozycyjne</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opcje</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>pokaż tę pomoc i zakończ</translation>
    </message>
    <message>
        <source>see {program} --help</source>
        <translation>zobacz {program} --help</translation>
    </message>
    <message>
        <source>Staff-discount checkout helper.</source>
        <translation>Kasa z rabatem pracowniczym.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>pokaż wersję i zakończ</translation>
    </message>
    <message>
        <source>database file (default: ${variable} or user data)</source>
        <translation>plik bazy danych (domyślnie: ${variable} albo dane użytkownika)</translation>
    </message>
    <message>
        <source>language: en, pl or ro (default: the store&apos;s setting in the windows, else the system&apos;s language)</source>
        <translation>język: en, pl lub ro (domyślnie: w oknach ustawienie sklepu, poza tym język systemu)</translation>
    </message>
    <message>
        <source>open the till window (the default)</source>
        <translation>otwórz okno kasy (domyślnie)</translation>
    </message>
    <message>
        <source>open on the demo database</source>
        <translation>otwórz na demonstracyjnej bazie danych</translation>
    </message>
    <message>
        <source>save the window after a scripted demo checkout, then exit</source>
        <translation>zapisz obraz okna po pokazowej sprzedaży i zakończ</translation>
    </message>
    <message>
        <source>open the admin window (registry and rules)</source>
        <translation>otwórz okno administracji (rejestr i zasady)</translation>
    </message>
    <message>
        <source>sign in as the demo admin, save the registry page, then exit</source>
        <translation>zaloguj jako administrator demonstracyjny, zapisz obraz rejestru i zakończ</translation>
    </message>
    <message>
        <source>create a new database</source>
        <translation>utwórz nową bazę danych</translation>
    </message>
    <message>
        <source>fill it with the demo store</source>
        <translation>wypełnij ją sklepem demonstracyjnym</translation>
    </message>
    <message>
        <source>ISO currency code (default EUR)</source>
        <translation>kod waluty ISO (domyślnie EUR)</translation>
    </message>
    <message>
        <source>replace an existing database</source>
        <translation>zastąp istniejącą bazę danych</translation>
    </message>
    <message>
        <source>join a chain as this till (with --server)</source>
        <translation>dołącz do sieci jako ta kasa (z --server)</translation>
    </message>
    <message>
        <source>the chain&apos;s server, postgresql://...</source>
        <translation>serwer sieci, postgresql://...</translation>
    </message>
    <message>
        <source>the chain&apos;s central PostgreSQL server</source>
        <translation>centralny serwer PostgreSQL sieci</translation>
    </message>
    <message>
        <source>create the central tables</source>
        <translation>utwórz tabele centralne</translation>
    </message>
    <message>
        <source>postgresql://...</source>
        <translation>postgresql://...</translation>
    </message>
    <message>
        <source>send this database&apos;s registry and rules</source>
        <translation>wyślij rejestr i zasady z tej bazy danych</translation>
    </message>
    <message>
        <source>push this till&apos;s sales, pull the chain&apos;s changes</source>
        <translation>wyślij sprzedaż tej kasy, pobierz zmiany sieci</translation>
    </message>
    <message>
        <source>another address for the server</source>
        <translation>inny adres serwera</translation>
    </message>
    <message>
        <source>print JSON for scripts</source>
        <translation>wypisz JSON dla skryptów</translation>
    </message>
    <message>
        <source>import or export the store&apos;s rules (TOML)</source>
        <translation>importuj lub eksportuj zasady sklepu (TOML)</translation>
    </message>
    <message>
        <source>replace the configuration from a file</source>
        <translation>zastąp konfigurację z pliku</translation>
    </message>
    <message>
        <source>write the configuration as TOML</source>
        <translation>zapisz konfigurację jako TOML</translation>
    </message>
    <message>
        <source>the staff registry</source>
        <translation>rejestr pracowników</translation>
    </message>
    <message>
        <source>import an HR export (CSV or XLSX)</source>
        <translation>importuj eksport z kadr (CSV lub XLSX)</translation>
    </message>
    <message>
        <source>write the registry as CSV</source>
        <translation>zapisz rejestr jako CSV</translation>
    </message>
    <message>
        <source>set a supervisor&apos;s override PIN</source>
        <translation>ustaw PIN kierownika do zatwierdzeń</translation>
    </message>
    <message>
        <source>revoke a lost or replaced badge</source>
        <translation>unieważnij zgubiony lub wymieniony identyfikator</translation>
    </message>
    <message>
        <source>give an employee a new badge</source>
        <translation>wydaj pracownikowi nowy identyfikator</translation>
    </message>
    <message>
        <source>the product catalogue</source>
        <translation>katalog towarów</translation>
    </message>
    <message>
        <source>import a catalogue (CSV or XLSX)</source>
        <translation>importuj katalog (CSV lub XLSX)</translation>
    </message>
    <message>
        <source>what a badge scan answers</source>
        <translation>co pokazuje skan identyfikatora</translation>
    </message>
    <message>
        <source>price a basket</source>
        <translation>wycena koszyka</translation>
    </message>
    <message>
        <source>price and record a sale</source>
        <translation>wyceń i zapisz sprzedaż</translation>
    </message>
    <message>
        <source>the buyer&apos;s badge (none: external)</source>
        <translation>identyfikator kupującego (brak: klient zewnętrzny)</translation>
    </message>
    <message>
        <source>supervisor badge</source>
        <translation>identyfikator kierownika</translation>
    </message>
    <message>
        <source>supervisor PIN</source>
        <translation>PIN kierownika</translation>
    </message>
    <message>
        <source>why the supervisor approves</source>
        <translation>dlaczego kierownik zatwierdza</translation>
    </message>
    <message>
        <source>refund a sale, or some of its lines</source>
        <translation>zwrot sprzedaży lub niektórych jej pozycji</translation>
    </message>
    <message>
        <source>the sales journal</source>
        <translation>dziennik sprzedaży</translation>
    </message>
    <message>
        <source>check the hash chains</source>
        <translation>sprawdź łańcuchy skrótów</translation>
    </message>
    <message>
        <source>check every till&apos;s chain there</source>
        <translation>sprawdź tam łańcuch każdej kasy</translation>
    </message>
    <message>
        <source>reports from the journal</source>
        <translation>raporty z dziennika</translation>
    </message>
    <message>
        <source>discounts granted, net of refunds</source>
        <translation>udzielone rabaty, po odjęciu zwrotów</translation>
    </message>
    <message>
        <source>allowance used and left per employee</source>
        <translation>wykorzystany i pozostały limit każdego pracownika</translation>
    </message>
    <message>
        <source>supervisor overrides with their reasons</source>
        <translation>zatwierdzenia kierowników z powodami</translation>
    </message>
    <message>
        <source>internal department orders per cost centre</source>
        <translation>zamówienia wewnętrzne działów według centrów kosztów</translation>
    </message>
    <message>
        <source>loss-prevention flags, each with its sales</source>
        <translation>sygnały ostrzegawcze przeciw nadużyciom, każdy z jego sprzedażami</translation>
    </message>
    <message>
        <source>the day whose periods count (today)</source>
        <translation>dzień, którego okresy się liczą (dziś)</translation>
    </message>
    <message>
        <source>also save the report as PDF</source>
        <translation>zapisz też raport jako PDF</translation>
    </message>
    <message>
        <source>close a day: its totals into the journal</source>
        <translation>zamknij dzień: jego sumy do dziennika</translation>
    </message>
    <message>
        <source>the store-local day (default: today)</source>
        <translation>dzień w czasie sklepu (domyślnie: dziś)</translation>
    </message>
    <message>
        <source>the moment of closing (default: now)</source>
        <translation>chwila zamknięcia (domyślnie: teraz)</translation>
    </message>
    <message>
        <source>also save the close as PDF</source>
        <translation>zapisz też zamknięcie jako PDF</translation>
    </message>
    <message>
        <source>print a sale&apos;s receipt again</source>
        <translation>wydrukuj ponownie paragon sprzedaży</translation>
    </message>
    <message>
        <source>the sale id or the receipt&apos;s refund code</source>
        <translation>numer sprzedaży lub kod zwrotu z paragonu</translation>
    </message>
    <message>
        <source>save it as PDF</source>
        <translation>zapisz jako PDF</translation>
    </message>
    <message>
        <source>an ESC/POS thermal printer: file:/dev/usb/lp0, net:HOST[:PORT], usb:VID:PID</source>
        <translation>drukarka termiczna ESC/POS: file:/dev/usb/lp0, net:HOST[:PORT], usb:VID:PID</translation>
    </message>
    <message>
        <source>paper mm</source>
        <translation>szerokość papieru w mm</translation>
    </message>
    <message>
        <source>copy the database safely while it is in use</source>
        <translation>bezpiecznie skopiuj bazę danych w trakcie pracy</translation>
    </message>
    <message>
        <source>a CSV or XLSX export</source>
        <translation>eksport CSV lub XLSX</translation>
    </message>
    <message>
        <source>the file is the complete list</source>
        <translation>plik jest pełną listą</translation>
    </message>
    <message>
        <source>check only; exit 1 on problems</source>
        <translation>tylko sprawdź; kod wyjścia 1 przy problemach</translation>
    </message>
    <message>
        <source>apply the valid rows and report the others (default: all or nothing)</source>
        <translation>zastosuj poprawne wiersze, a pozostałe zgłoś (domyślnie: wszystko albo nic)</translation>
    </message>
    <message>
        <source>file encoding (default: detected)</source>
        <translation>kodowanie pliku (domyślnie: wykrywane)</translation>
    </message>
    <message>
        <source>column separator: , ; or tab (default: detected)</source>
        <translation>separator kolumn: , ; lub tabulator (domyślnie: wykrywany)</translation>
    </message>
    <message>
        <source>the workbook&apos;s sheet (default: the first)</source>
        <translation>arkusz skoroszytu (domyślnie: pierwszy)</translation>
    </message>
    <message>
        <source>read the file&apos;s column SRC as DEST (DEST empty: leave the column out)</source>
        <translation>czytaj kolumnę pliku SRC jako DEST (puste DEST: pomiń kolumnę)</translation>
    </message>
    <message>
        <source>use a saved column mapping</source>
        <translation>użyj zapisanego przypisania kolumn</translation>
    </message>
    <message>
        <source>save this file&apos;s column mapping under NAME</source>
        <translation>zapisz przypisanie kolumn tego pliku pod nazwą NAME</translation>
    </message>
    <message>
        <source>write the problems as CSV</source>
        <translation>zapisz problemy jako CSV</translation>
    </message>
    <message>
        <source>let a sync end more than 10%% of the active staff</source>
        <translation>pozwól synchronizacji zakończyć zatrudnienie ponad 10%% aktywnych pracowników</translation>
    </message>
    <message>
        <source>the cashier&apos;s badge</source>
        <translation>identyfikator kasjera</translation>
    </message>
    <message>
        <source>the moment (default: now)</source>
        <translation>chwila (domyślnie: teraz)</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Staff allowance left {period}: {amount} {currency}</source>
        <translation>Pozostały limit pracowniczy {period}: {amount} {currency}</translation>
    </message>
    <message>
        <source>Approved by {name}: {reason}</source>
        <translation>Zatwierdził(a) {name}: {reason}</translation>
    </message>
    <message>
        <source>Cashier {name}</source>
        <translation>Kasjer {name}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Towar</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Suma częściowa</translation>
    </message>
    <message>
        <source>Employee discount</source>
        <translation>Rabat pracowniczy</translation>
    </message>
    <message>
        <source>Total {currency}</source>
        <translation>Razem {currency}</translation>
    </message>
    <message>
        <source>Till {till}</source>
        <translation>Kasa {till}</translation>
    </message>
    <message>
        <source>Sale {sale}</source>
        <translation>Sprzedaż {sale}</translation>
    </message>
    <message>
        <source>Refund code {code}</source>
        <translation>Kod zwrotu {code}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Cashiers sign in with badge and PIN</source>
        <translation>Kasjerzy logują się identyfikatorem i PIN-em</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Język systemu</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Admin sign-in lockout after five failures</source>
        <translation>Blokada logowania administratora po pięciu nieudanych próbach</translation>
    </message>
    <message>
        <source>scan or type a badge to try the format</source>
        <translation>zeskanuj lub wpisz identyfikator, aby sprawdzić format</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Nazwa sklepu</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kasa</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Strefa czasowa</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Badge pattern</source>
        <translation>Wzorzec identyfikatora</translation>
    </message>
    <message>
        <source>Check digit</source>
        <translation>Cyfra kontrolna</translation>
    </message>
    <message>
        <source>Try a badge</source>
        <translation>Sprawdź identyfikator</translation>
    </message>
    <message>
        <source>Store &amp;name</source>
        <translation>&amp;Nazwa sklepu</translation>
    </message>
    <message>
        <source>&amp;Till</source>
        <translation>&amp;Kasa</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Strefa czasowa</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>Admin &amp;lockout</source>
        <translation>&amp;Blokada administratora</translation>
    </message>
    <message>
        <source>Badge &amp;pattern</source>
        <translation>&amp;Wzorzec identyfikatora</translation>
    </message>
    <message>
        <source>Check &amp;digit</source>
        <translation>&amp;Cyfra kontrolna</translation>
    </message>
    <message>
        <source>T&amp;ry a badge</source>
        <translation>Sp&amp;rawdź identyfikator</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Zapisz ustawienia</translation>
    </message>
    <message>
        <source>{currency} (changes with a config import)</source>
        <translation>{currency} (zmienia się przez import konfiguracji)</translation>
    </message>
    <message>
        <source>The pattern is not a valid expression.</source>
        <translation>Wzorzec nie jest poprawnym wyrażeniem.</translation>
    </message>
    <message>
        <source>{badge} is a valid badge.</source>
        <translation>{badge} to poprawny identyfikator.</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Create the admin password</source>
        <translation>Ustal hasło administratora</translation>
    </message>
    <message>
        <source>Admin sign-in</source>
        <translation>Logowanie administratora</translation>
    </message>
    <message>
        <source>Admin password</source>
        <translation>Hasło administratora</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Powtórz hasło</translation>
    </message>
    <message>
        <source>This is the first start: choose the admin password.</source>
        <translation>To pierwsze uruchomienie: ustal hasło administratora.</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>Nowe &amp;hasło</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Powtórz je</translation>
    </message>
    <message>
        <source>Admin badge</source>
        <translation>Identyfikator administratora</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <source>or an admin&apos;s badge and PIN:</source>
        <translation>albo identyfikator i PIN administratora:</translation>
    </message>
    <message>
        <source>&amp;Badge</source>
        <translation>&amp;Identyfikator</translation>
    </message>
    <message>
        <source>P&amp;IN</source>
        <translation>P&amp;IN</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>hasła się różnią</translation>
    </message>
</context>
<context>
    <name>TillDialogs</name>
    <message>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Ilość</translation>
    </message>
    <message>
        <source>type a quantity from 1 to {most}</source>
        <translation>wpisz ilość od 1 do {most}</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Kwota otwarta</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategoria</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>K&amp;wota</translation>
    </message>
    <message>
        <source>the amount</source>
        <translation>kwota</translation>
    </message>
    <message>
        <source>the amount must be more than zero</source>
        <translation>kwota musi być większa od zera</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logowanie</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>Supervisor approval</source>
        <translation>Zgoda kierownika</translation>
    </message>
    <message>
        <source>Supervisor badge</source>
        <translation>Identyfikator kierownika</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>The cashier may not give themselves the staff discount.</source>
        <translation>Kasjer nie może udzielić rabatu pracowniczego samemu sobie.</translation>
    </message>
    <message>
        <source>Supervisor &amp;badge</source>
        <translation>&amp;Identyfikator kierownika</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>P&amp;owód</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Zwrot</translation>
    </message>
    <message>
        <source>Sale id or refund code</source>
        <translation>Numer sprzedaży lub kod zwrotu</translation>
    </message>
    <message>
        <source>scan or type the sale id or refund code from the receipt</source>
        <translation>zeskanuj lub wpisz numer sprzedaży albo kod zwrotu z paragonu</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Towar</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sprzedano</translation>
    </message>
    <message>
        <source>Lines to refund</source>
        <translation>Pozycje do zwrotu</translation>
    </message>
    <message>
        <source>&amp;Sale</source>
        <translation>&amp;Sprzedaż</translation>
    </message>
    <message>
        <source>load the sale first: scan its id or code, then Enter</source>
        <translation>najpierw wczytaj sprzedaż: zeskanuj jej numer lub kod, potem Enter</translation>
    </message>
    <message>
        <source>every quantity is 0: choose what to refund</source>
        <translation>wszystkie ilości to 0: wybierz, co zwrócić</translation>
    </message>
    <message>
        <source>Refund quantity of line {line}</source>
        <translation>Ilość do zwrotu z pozycji {line}</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>Customer status</source>
        <translation>Status klienta</translation>
    </message>
    <message>
        <source>The scan was not read: {problem}.</source>
        <translation>Nie odczytano skanu: {problem}.</translation>
    </message>
    <message>
        <source>INVALID — scan again</source>
        <translation>BŁĘDNY — zeskanuj ponownie</translation>
    </message>
    <message>
        <source>EXTERNAL — regular price</source>
        <translation>ZEWNĘTRZNY — cena regularna</translation>
    </message>
    <message>
        <source>Not in the staff registry.</source>
        <translation>Brak w rejestrze pracowników.</translation>
    </message>
    <message>
        <source>BLOCKED — {reasons}</source>
        <translation>ZABLOKOWANY — {reasons}</translation>
    </message>
    <message>
        <source>{name}: charge the regular price and alert the supervisor.</source>
        <translation>{name}: pobierz cenę regularną i powiadom kierownika.</translation>
    </message>
    <message>
        <source>dependant of {employee}</source>
        <translation>członek rodziny: {employee}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nieznane</translation>
    </message>
    <message>
        <source>INTERNAL — {who} {name}</source>
        <translation>WEWNĘTRZNY — {who} {name}</translation>
    </message>
    <message>
        <source>Internal order at cost, charged to cost centre {centre}; no payment is taken.</source>
        <translation>Zamówienie wewnętrzne po koszcie, na centrum kosztów {centre}; bez płatności.</translation>
    </message>
    <message>
        <source>{policy} policy</source>
        <translation>zasada {policy}</translation>
    </message>
    <message>
        <source>{amount} left {period}</source>
        <translation>pozostało {amount} {period}</translation>
    </message>
    <message>
        <source>INTERNAL — not eligible: {reasons}</source>
        <translation>WEWNĘTRZNY — bez rabatu: {reasons}</translation>
    </message>
    <message>
        <source>until {day}</source>
        <translation>do {day}</translation>
    </message>
    <message>
        <source>F7 calls a supervisor, or ring it at the regular price.</source>
        <translation>F7 wzywa kierownika; albo sprzedaj po cenie regularnej.</translation>
    </message>
    <message>
        <source>Regular price.</source>
        <translation>Cena regularna.</translation>
    </message>
    <message>
        <source>INTERNAL — {who}</source>
        <translation>WEWNĘTRZNY — {who}</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>on probation</source>
        <translation>okres próbny</translation>
    </message>
    <message>
        <source>allowance used up</source>
        <translation>limit wykorzystany</translation>
    </message>
    <message>
        <source>offline limit reached until the server can be asked</source>
        <translation>limit offline wyczerpany, dopóki serwer nie odpowie</translation>
    </message>
    <message>
        <source>cashier&apos;s own purchase</source>
        <translation>zakup własny kasjera</translation>
    </message>
    <message>
        <source>no discount rule covers them</source>
        <translation>żadna zasada rabatowa go nie obejmuje</translation>
    </message>
    <message>
        <source>badge revoked</source>
        <translation>identyfikator unieważniony</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>zawieszony</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>zwolniony</translation>
    </message>
    <message>
        <source>employment ended</source>
        <translation>zatrudnienie zakończone</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>pracownik</translation>
    </message>
    <message>
        <source>group company</source>
        <translation>spółka z grupy</translation>
    </message>
    <message>
        <source>department</source>
        <translation>dział</translation>
    </message>
    <message>
        <source>this month</source>
        <translation>w tym miesiącu</translation>
    </message>
    <message>
        <source>this year</source>
        <translation>w tym roku</translation>
    </message>
    <message>
        <source>in the last {days} days</source>
        <translation>w ostatnich {days} dniach</translation>
    </message>
</context>
</TS>
