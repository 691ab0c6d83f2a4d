<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Access</name>
    <message>
        <source>The database&apos;s files could be read by other users of this computer ({files}); others can no longer read them. The database holds the PIN and password hashes.</source>
        <translation>Pliki bazy danych mogli czytać inni użytkownicy tego komputera ({files}); teraz już nie mogą. Baza zawiera skróty PIN-ów i hasła.</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>the lockout must be from 1 to 1440 minutes</source>
        <translation>blokada musi trwać od 1 do 1440 minut</translation>
    </message>
    <message>
        <source>the admin password needs at least {count} characters</source>
        <translation>hasło administratora musi mieć co najmniej {count} znaków</translation>
    </message>
    <message>
        <source>sign-in is locked after {count} failures until {time}</source>
        <translation>logowanie jest zablokowane do {time} po {count} nieudanych próbach</translation>
    </message>
    <message>
        <source>sign-in failed; locked for {minutes} minutes</source>
        <translation>logowanie nieudane; zablokowano na {minutes} min</translation>
    </message>
    <message>
        <source>sign-in failed; {count} tries left before a lockout</source>
        <translation>logowanie nieudane; pozostałe próby przed blokadą: {count}</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>give the admin password, or an admin badge and its PIN</source>
        <translation>podaj hasło administratora albo identyfikator administratora i jego PIN</translation>
    </message>
</context>
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
        <source>Staff registry</source>
        <translation>Pracownicy</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Spółki</translation>
    </message>
    <message>
        <source>&amp;New company</source>
        <translation>&amp;Nowa spółka</translation>
    </message>
    <message>
        <source>&amp;Remove company</source>
        <translation>&amp;Usuń spółkę</translation>
    </message>
    <message>
        <source>&amp;Save companies</source>
        <translation>&amp;Zapisz spółki</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Działy</translation>
    </message>
    <message>
        <source>&amp;New department</source>
        <translation>&amp;Nowy dział</translation>
    </message>
    <message>
        <source>&amp;Remove department</source>
        <translation>&amp;Usuń dział</translation>
    </message>
    <message>
        <source>&amp;Save departments</source>
        <translation>&amp;Zapisz działy</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>&amp;New category</source>
        <translation>&amp;Nowa kategoria</translation>
    </message>
    <message>
        <source>&amp;Remove category</source>
        <translation>&amp;Usuń kategorię</translation>
    </message>
    <message>
        <source>&amp;Save categories</source>
        <translation>&amp;Zapisz kategorie</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Towary</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Zasady</translation>
    </message>
    <message>
        <source>Store settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Dziennik zmian</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <source>Import / export</source>
        <translation>Import / eksport</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
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
        <source>Published to {server}; tills get it at their next sync.</source>
        <translation>Opublikowano na {server}; kasy otrzymają to przy następnej synchronizacji.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Eksportuj raport</translation>
    </message>
    <message>
        <source>Exported {count} row to {file}.</source>
        <translation>Wyeksportowano wiersz ({count}) do {file}.</translation>
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
        <source>pos-desktop admin</source>
        <translation>pos-desktop administracja</translation>
    </message>
    <message>
        <source>Ctrl+Page Down: next page · Ctrl+Page Up: previous page</source>
        <translation>Ctrl+Page Down: następna strona · Ctrl+Page Up: poprzednia strona</translation>
    </message>
</context>
<context>
    <name>AmountEdit</name>
    <message>
        <source>{text} is not an amount like {example}</source>
        <translation>{text} to nie kwota taka jak {example}</translation>
    </message>
    <message>
        <source>{text} has two decimal marks; write it like {example}</source>
        <translation>{text} ma dwa separatory dziesiętne; proszę wpisać ją tak: {example}</translation>
    </message>
    <message>
        <source>{text} has more than {places} decimal places</source>
        <translation>{text} ma więcej niż {places} miejsca po przecinku</translation>
    </message>
    <message>
        <source>{text} is too large</source>
        <translation>{text} to za dużo</translation>
    </message>
    <message>
        <source>an amount takes only digits and the decimal mark {mark}, like {example}</source>
        <translation>kwota może zawierać tylko cyfry i separator dziesiętny {mark}, np. {example}</translation>
    </message>
</context>
<context>
    <name>Anchors</name>
    <message>
        <source>sales</source>
        <translation>sprzedaży</translation>
    </message>
    <message>
        <source>day close</source>
        <translation>zamknięcia dnia</translation>
    </message>
    <message>
        <source>--anchor {anchor} is not a journal hash (12 to 64 digits 0-9 and a-f, as the Z report prints it)</source>
        <translation>--anchor {anchor} nie jest skrótem dziennika (od 12 do 64 znaków 0-9 i a-f, tak jak drukuje go raport Z)</translation>
    </message>
    <message>
        <source>no record of this journal carries the anchor {anchor}: the journal was cut short or rewritten since that hash was kept</source>
        <translation>żaden zapis tego dziennika nie ma kotwicy {anchor}: dziennik został skrócony lub przepisany, odkąd zachowano ten skrót</translation>
    </message>
    <message>
        <source>--against {file}: there is no such file</source>
        <translation>--against {file}: nie ma takiego pliku</translation>
    </message>
    <message>
        <source>--against {file} is not a pos-desktop database or backup</source>
        <translation>--against {file} nie jest bazą danych ani kopią zapasową pos-desktop</translation>
    </message>
    <message>
        <source>the backup {file} holds {kind} record {seq}, which this journal no longer has: the journal was cut short since the backup was taken</source>
        <translation>kopia zapasowa {file} zawiera zapis {kind} {seq}, którego ten dziennik już nie ma: dziennik został skrócony od czasu wykonania kopii</translation>
    </message>
    <message>
        <source>{kind} record {seq} differs from the one in the backup {file}: the journal was rewritten since the backup was taken</source>
        <translation>zapis {kind} {seq} różni się od zapisu w kopii zapasowej {file}: dziennik został przepisany od czasu wykonania kopii</translation>
    </message>
    <message>
        <source>the close of {day} says other totals than its sales and refunds add up to: the journal or the close was rewritten</source>
        <translation>zamknięcie dnia {day} podaje inne sumy, niż wynika z jego sprzedaży i zwrotów: dziennik lub zamknięcie zostały przepisane</translation>
    </message>
    <message>
        <source>the reports&apos; sums for {start} are not what the journal&apos;s records add up to: they were changed outside the app</source>
        <translation>sumy raportów za {start} nie zgadzają się z zapisami dziennika: zmieniono je poza aplikacją</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>dziennika zmian</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kasa</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>before: {before}
after: {after}</source>
        <translation>przed: {before}
po: {after}</translation>
    </message>
    <message>
        <source>Filter by what was done</source>
        <translation>Filtruj według czynności</translation>
    </message>
    <message>
        <source>What: staff., badge., config., admin., override…</source>
        <translation>Co: staff., badge., config., admin., override…</translation>
    </message>
    <message>
        <source>Filter by who did it</source>
        <translation>Filtruj według osoby</translation>
    </message>
    <message>
        <source>Who: employee number or admin</source>
        <translation>Kto: numer pracownika albo admin</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Dziennik zmian</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtruj</translation>
    </message>
    <message>
        <source>&amp;Verify the chains</source>
        <translation>&amp;Sprawdź łańcuchy</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;ksportuj CSV…</translation>
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
        <source>Exported {count} audit entry to {file}.</source>
        <translation>Wyeksportowano wpis dziennika zmian ({count}) do {file}.</translation>
    </message>
    <message>
        <source>Exported {count} audit entries to {file}.</source>
        <translation>Wyeksportowano wpisy dziennika zmian ({count}) do {file}.</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Taken</source>
        <translation>Wykonana</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>A backup is taken each day a till or this window is open, into &lt;b&gt;{folder}&lt;/b&gt;; the newest {count} daily ones are kept. Restoring replaces the database for every till; the database as it is now is kept in the same folder first.</source>
        <translation>Kopia zapasowa jest wykonywana każdego dnia, gdy kasa lub to okno jest otwarte, do &lt;b&gt;{folder}&lt;/b&gt;; przechowywanych jest {count} najnowszych kopii dziennych. Przywrócenie zastępuje bazę danych dla każdej kasy; obecna baza danych jest najpierw zachowywana w tym samym folderze.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Utwórz kopię &amp;teraz</translation>
    </message>
    <message>
        <source>Res&amp;tore the chosen backup…</source>
        <translation>&amp;Przywróć wybraną kopię…</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>No backup was taken: {problem}.</source>
        <translation>Nie wykonano kopii zapasowej: {problem}.</translation>
    </message>
    <message>
        <source>Backed up to {file}.</source>
        <translation>Kopia zapisana w {file}.</translation>
    </message>
    <message>
        <source>Choose a backup in the table first.</source>
        <translation>Najpierw wybierz kopię w tabeli.</translation>
    </message>
    <message>
        <source>Restore the backup {backup}?

Every till uses it from its next scan. Sales and changes made since it was taken leave the database; the database as it is now is kept in the backups folder.</source>
        <translation>Przywrócić kopię {backup}?

Każda kasa używa jej od następnego skanu. Sprzedaże i zmiany wprowadzone od jej wykonania znikną z bazy danych; obecna baza danych zostanie zachowana w folderze kopii.</translation>
    </message>
    <message>
        <source>Nothing was restored: {problem}.</source>
        <translation>Nic nie przywrócono: {problem}.</translation>
    </message>
    <message>
        <source>Restored {file}; the database before it is kept as {kept}.</source>
        <translation>Przywrócono {file}; poprzednia baza danych jest zachowana jako {kept}.</translation>
    </message>
    <message>
        <source>Restore the backup {backup}?

This till belongs to a chain: first it sends the server the sales it has not sent yet, then the backup replaces its database and it takes back from the server every sale made since the backup, so no sale is lost and its next sale continues its records. Changes other than sales made since the backup leave the database; the database as it is now is kept in the backups folder. The server must be reachable, or nothing is restored.</source>
        <translation>Przywrócić kopię zapasową {backup}?

Ta kasa należy do sieci: najpierw wysyła na serwer sprzedaże jeszcze niewysłane, potem kopia zastępuje jej bazę danych, a kasa pobiera z serwera z powrotem każdą sprzedaż wykonaną od czasu kopii, więc żadna sprzedaż nie przepada, a następna sprzedaż kontynuuje jej zapisy. Zmiany inne niż sprzedaże wykonane od czasu kopii znikają z bazy danych; obecna baza danych zostaje zachowana w folderze kopii zapasowych. Serwer musi być osiągalny, inaczej nic nie zostanie przywrócone.</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <source>no Luhn check digit for {payload}</source>
        <translation>brak cyfry kontrolnej Luhna dla {payload}</translation>
    </message>
    <message>
        <source>the scan is empty</source>
        <translation>skan jest pusty</translation>
    </message>
    <message>
        <source>the scan does not look like a badge</source>
        <translation>skan nie wygląda na identyfikator</translation>
    </message>
    <message>
        <source>the check digit is wrong</source>
        <translation>cyfra kontrolna jest błędna</translation>
    </message>
    <message>
        <source>{code} is not an EAN-13 code with a correct check digit</source>
        <translation>{code} nie jest kodem EAN-13 z poprawną cyfrą kontrolną</translation>
    </message>
    <message>
        <source>{text} cannot be a Code 128 barcode (printable ASCII only)</source>
        <translation>{text} nie może być kodem kreskowym Code 128 (tylko drukowalne znaki ASCII)</translation>
    </message>
    <message>
        <source>the scan is longer than {count} characters; no badge is</source>
        <translation>skan ma więcej niż {count} znaków; żaden identyfikator nie jest tak długi</translation>
    </message>
    <message>
        <source>the store&apos;s badge pattern repeats a group that itself repeats and could take minutes on this scan; an admin must change it in the settings</source>
        <translation>wzorzec identyfikatora sklepu powtarza grupę, która sama się powtarza, i ten skan mógłby trwać minuty; administrator musi go zmienić w ustawieniach</translation>
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
    <name>Benefits</name>
    <message>
        <source>tax-free per employee per year</source>
        <translation>wolne od podatku na pracownika rocznie</translation>
    </message>
    <message>
        <source>the discount the public is offered on the same goods; only what staff get beyond it counts</source>
        <translation>rabat oferowany klientom na te same towary; liczy się tylko to, co pracownicy dostają ponad niego</translation>
    </message>
    <message>
        <source>No taxable benefit</source>
        <translation>Bez świadczenia podlegającego opodatkowaniu</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polska</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Rumunia</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Niemcy</translation>
    </message>
    <message>
        <source>share of the shelf price that is valued</source>
        <translation>część ceny półkowej, która jest wyceniana</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <source>a discount up to this share is tax-free</source>
        <translation>rabat do tej części ceny jest wolny od podatku</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Wielka Brytania</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Stany Zjednoczone</translation>
    </message>
    <message>
        <source>the employer&apos;s gross profit percentage (last year&apos;s); set it for your shop</source>
        <translation>procent marży brutto pracodawcy (z zeszłego roku); ustaw go dla swojego sklepu</translation>
    </message>
    <message>
        <source>{where}: jurisdiction {value} must be one of {choices}</source>
        <translation>{where}: jurysdykcja {value} musi być jedną z: {choices}</translation>
    </message>
    <message>
        <source>{where}: {key} is not a parameter of the {jurisdiction} rules</source>
        <translation>{where}: {key} nie jest parametrem zasad {jurisdiction}</translation>
    </message>
    <message>
        <source>--year {year} is not a year like 2026</source>
        <translation>--year {year} nie jest rokiem takim jak 2026</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>{amount} {currency}</source>
        <translation>{amount} {currency}</translation>
    </message>
    <message>
        <source>{about}: {value}</source>
        <translation>{about}: {value}</translation>
    </message>
    <message>
        <source>{name} — {parameters}</source>
        <translation>{name} — {parameters}</translation>
    </message>
</context>
<context>
    <name>CashierApp</name>
    <message>
        <source>The till cannot start: {problem}.</source>
        <translation>Nie można uruchomić kasy: {problem}.</translation>
    </message>
    <message>
        <source>{problem}. Sales may fail until a backup is restored.</source>
        <translation>{problem}. Sprzedaż może się nie udać, dopóki kopia nie zostanie przywrócona.</translation>
    </message>
    <message>
        <source>The till cannot go on: {problem}. Restart it.</source>
        <translation>Kasa nie może kontynuować: {problem}. Uruchom ją ponownie.</translation>
    </message>
    <message>
        <source>Restored the newest backup; the basket is still here.</source>
        <translation>Przywrócono najnowszą kopię; koszyk nadal tu jest.</translation>
    </message>
    <message>
        <source>{problem}. Sales may fail: restart the till to restore a backup.</source>
        <translation>{problem}. Sprzedaż może się nie udać: uruchom kasę ponownie, aby przywrócić kopię.</translation>
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
        <source>Payroll</source>
        <translation>Na listę płac</translation>
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
        <source>The basket is here but could not be kept for a restart: {problem}.</source>
        <translation>Koszyk jest na miejscu, ale nie udało się go zachować na wypadek ponownego uruchomienia: {problem}.</translation>
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
    <message>
        <source>{item}: quantity {qty}.</source>
        <translation>{item}: ilość {qty}.</translation>
    </message>
    <message>
        <source>The customer changed after the badge {badge} in this basket; a supervisor approves the new customer&apos;s price.</source>
        <translation>Klient zmienił się po identyfikatorze {badge} w tym koszyku; cenę dla nowego klienta zatwierdza kierownik.</translation>
    </message>
    <message>
        <source>Approved by {name}.</source>
        <translation>Zatwierdził(a) {name}.</translation>
    </message>
    <message>
        <source>Refunded {amount} (sale {sale}); staff allowance given back. Ctrl+P prints the refund slip.</source>
        <translation>Zwrócono {amount} (sprzedaż {sale}); limit pracowniczy przywrócony. Ctrl+P drukuje potwierdzenie zwrotu.</translation>
    </message>
    <message>
        <source>EXTERNAL — walk-in</source>
        <translation>ZEWNĘTRZNY — bez identyfikatora</translation>
    </message>
    <message>
        <source>Regular price: no staff badge was scanned.</source>
        <translation>Cena regularna: nie zeskanowano identyfikatora pracownika.</translation>
    </message>
    <message>
        <source>SUPERVISOR NEEDED — blocked badge first</source>
        <translation>POTRZEBNY KIEROWNIK — najpierw zablokowany identyfikator</translation>
    </message>
    <message>
        <source>SUPERVISOR NEEDED — basket to department</source>
        <translation>POTRZEBNY KIEROWNIK — koszyk na dział</translation>
    </message>
    <message>
        <source>Approved by {name}: {reason}</source>
        <translation>Zatwierdził(a) {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} replaced the blocked badge of {before} in this basket: regular price until a supervisor approves (F7). Esc clears the basket.</source>
        <translation>{name} zastąpił(a) zablokowany identyfikator osoby {before} w tym koszyku: cena regularna, dopóki kierownik nie zatwierdzi (F7). Esc czyści koszyk.</translation>
    </message>
    <message>
        <source>{name} replaced a blocked badge in this basket: regular price until a supervisor approves (F7). Esc clears the basket.</source>
        <translation>{name} zastąpił(a) zablokowany identyfikator w tym koszyku: cena regularna, dopóki kierownik nie zatwierdzi (F7). Esc czyści koszyk.</translation>
    </message>
    <message>
        <source>{name} takes over the basket of {before} at cost only once a supervisor approves (F7); regular price until then.</source>
        <translation>{name} przejmuje koszyk osoby {before} po kosztach dopiero po zgodzie kierownika (F7); do tego czasu cena regularna.</translation>
    </message>
    <message>
        <source>{name} takes over a staff member&apos;s basket at cost only once a supervisor approves (F7); regular price until then.</source>
        <translation>{name} przejmuje koszyk pracownika po kosztach dopiero po zgodzie kierownika (F7); do tego czasu cena regularna.</translation>
    </message>
    <message>
        <source>Paid back</source>
        <translation>Zwrócono</translation>
    </message>
    <message>
        <source>The customer changed after the badge of {name} in this basket; a supervisor approves the new customer&apos;s price.</source>
        <translation>Klient zmienił się po identyfikatorze osoby {name} w tym koszyku; cenę dla nowego klienta zatwierdza kierownik.</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>the SKU is empty</source>
        <translation>SKU jest pusty</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>nazwa jest pusta</translation>
    </message>
    <message>
        <source>unknown category {category}</source>
        <translation>nieznana kategoria {category}</translation>
    </message>
    <message>
        <source>the price</source>
        <translation>cena</translation>
    </message>
    <message>
        <source>the cost</source>
        <translation>koszt</translation>
    </message>
    <message>
        <source>SKU {sku} is already in the catalogue</source>
        <translation>SKU {sku} jest już w katalogu</translation>
    </message>
    <message>
        <source>barcode {barcode} is already used by {sku}</source>
        <translation>kod kreskowy {barcode} jest już używany przez {sku}</translation>
    </message>
    <message>
        <source>there is no SKU {sku}</source>
        <translation>nie ma SKU {sku}</translation>
    </message>
    <message>
        <source>price</source>
        <translation>cena</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>koszt</translation>
    </message>
    <message>
        <source>the same SKU is on row {first}</source>
        <translation>ten sam SKU jest w wierszu {first}</translation>
    </message>
    <message>
        <source>the same barcode is on row {first}</source>
        <translation>ten sam kod kreskowy jest w wierszu {first}</translation>
    </message>
    <message>
        <source>this barcode belongs to {sku}</source>
        <translation>ten kod kreskowy należy do {sku}</translation>
    </message>
    <message>
        <source>unknown category; add it to the config first</source>
        <translation>nieznana kategoria; najpierw dodaj ją do konfiguracji</translation>
    </message>
    <message>
        <source>this SKU is also another product&apos;s barcode</source>
        <translation>ten SKU jest też kodem kreskowym innego towaru</translation>
    </message>
</context>
<context>
    <name>Chain</name>
    <message>
        <source>this till takes its staff, products and rules from the server {server}; change them on the office database that publishes to it (&apos;pos-desktop --db OFFICE.sqlite admin&apos;, then &apos;server publish&apos;), and every till gets them at its next sync</source>
        <translation>ta kasa pobiera pracowników, produkty i zasady z serwera {server}; zmieniaj je w bazie danych biura, która publikuje na ten serwer (&apos;pos-desktop --db OFFICE.sqlite admin&apos;, potem &apos;server publish&apos;), a każda kasa otrzyma je przy następnej synchronizacji</translation>
    </message>
    <message>
        <source>{refusal}; nothing was changed</source>
        <translation>{refusal}; nic nie zmieniono</translation>
    </message>
    <message>
        <source>this till takes its registry from the server {server}; publish from the office database, never from a till</source>
        <translation>ta kasa pobiera rejestr z serwera {server}; publikuj z bazy danych biura, nigdy z kasy</translation>
    </message>
    <message>
        <source>this database has not published to a server yet; give the server with --url URL</source>
        <translation>ta baza danych jeszcze nic nie opublikowała na serwerze; podaj serwer przez --url URL</translation>
    </message>
    <message>
        <source>--till {till} must be 1-32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, like T1 or WAW-03</source>
        <translation>--till {till} musi mieć 1–32 znaki: litery, cyfry, &apos;.&apos;, &apos;_&apos; lub &apos;-&apos;, np. T1 albo WAW-03</translation>
    </message>
    <message>
        <source>the server {server} has no store settings yet; publish the registry and rules first with &apos;pos-desktop --db OFFICE.sqlite server publish --url URL&apos;</source>
        <translation>serwer {server} nie ma jeszcze ustawień sklepu; najpierw opublikuj rejestr i zasady poleceniem &apos;pos-desktop --db OFFICE.sqlite server publish --url URL&apos;</translation>
    </message>
    <message>
        <source>this till has not joined a server; join it with &apos;pos-desktop init --till ID --server URL&apos; (a till on its own needs no sync)</source>
        <translation>ta kasa nie dołączyła do serwera; dołącz ją poleceniem &apos;pos-desktop init --till ID --server URL&apos; (samodzielna kasa nie potrzebuje synchronizacji)</translation>
    </message>
    <message>
        <source>the server&apos;s store currency is now {currency}, but this till has {count} sales in {held}; its own sales were sent, nothing was pulled, and it keeps selling in the old currency. Publish the old currency back from the office, or start this till afresh under a new id with &apos;pos-desktop init --till NEW-ID --server URL --force&apos;</source>
        <translation>waluta sklepu na serwerze to teraz {currency}, ale ta kasa ma sprzedaże w {held} (liczba: {count}); jej sprzedaż została wysłana, nic nie pobrano, a kasa nadal sprzedaje w starej walucie. Opublikuj z biura z powrotem starą walutę albo uruchom tę kasę od nowa pod nowym identyfikatorem poleceniem &apos;pos-desktop init --till NEW-ID --server URL --force&apos;</translation>
    </message>
    <message>
        <source>this till&apos;s {what} record {seq} is not the one the server holds for till {till}: its history differs from the server&apos;s (its database was replaced, cut short or rewritten, or another till joined as {till}); nothing was pushed, and its sales no longer reach the server until it is set up again</source>
        <translation>zapis {what} {seq} tej kasy nie jest tym, który serwer ma dla kasy {till}: jej historia różni się od historii na serwerze (jej baza danych została zastąpiona, skrócona lub przepisana albo inna kasa dołączyła jako {till}); nic nie wysłano, a jej sprzedaże nie trafiają na serwer, dopóki nie zostanie skonfigurowana ponownie</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>sprzedaży</translation>
    </message>
    <message>
        <source>day close</source>
        <translation>zamknięcia dnia</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>dziennika zmian</translation>
    </message>
    <message>
        <source>this database is till {till} of a chain and the backup is not one of its backups; nothing was restored</source>
        <translation>ta baza danych to kasa {till} sieci, a ta kopia zapasowa nie jest jedną z jej kopii; nic nie przywrócono</translation>
    </message>
    <message>
        <source>this database is till {till} of the chain at {server}: a restore takes back from the server the sales made since the backup, and {problem}; nothing was restored, try again when the server can be reached</source>
        <translation>ta baza danych to kasa {till} sieci na {server}: przywracanie pobiera z serwera sprzedaże wykonane od czasu kopii, a {problem}; nic nie przywrócono, spróbuj ponownie, gdy serwer będzie osiągalny</translation>
    </message>
</context>
<context>
    <name>ChainBar</name>
    <message>
        <source>&amp;Publish now</source>
        <translation>&amp;Publikuj teraz</translation>
    </message>
    <message>
        <source>This till takes its staff, products and rules from the server {server}: change them in the admin window of the office database that publishes to it, and every till gets them at its next sync.</source>
        <translation>Ta kasa pobiera pracowników, produkty i reguły z serwera {server}: zmieniaj je w oknie administratora bazy biura, która publikuje na ten serwer, a każda kasa otrzyma je przy następnej synchronizacji.</translation>
    </message>
    <message>
        <source>Changes not yet published to {server}: {count}. Tills get them after you publish.</source>
        <translation>Zmiany jeszcze nieopublikowane na {server}: {count}. Kasy otrzymają je po publikacji.</translation>
    </message>
    <message>
        <source>Every change is published to {server}.</source>
        <translation>Wszystkie zmiany są opublikowane na {server}.</translation>
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
        <translation>OFFLINE od {time}, sprzedaże do wysłania: {count}</translation>
    </message>
    <message>
        <source>OFFLINE since {time}, {count} sale to send</source>
        <translation>OFFLINE od {time}, {count} sprzedaż do wysłania</translation>
    </message>
</context>
<context>
    <name>Checkout</name>
    <message>
        <source>{sale} is a refund; refund the original sale instead</source>
        <translation>{sale} to zwrot; zwróć pierwotną sprzedaż</translation>
    </message>
    <message>
        <source>{role} badge {badge}: {problem}; scan again</source>
        <translation>identyfikator ({role}) {badge}: {problem}; zeskanuj ponownie</translation>
    </message>
    <message>
        <source>{role} badge {code} is not a staff badge</source>
        <translation>identyfikator ({role}) {code} nie jest identyfikatorem pracownika</translation>
    </message>
    <message>
        <source>{role} badge {code} is revoked ({reason})</source>
        <translation>identyfikator ({role}) {code} jest unieważniony ({reason})</translation>
    </message>
    <message>
        <source>no reason</source>
        <translation>bez powodu</translation>
    </message>
    <message>
        <source>{role} {who} is {status}</source>
        <translation>{who} ({role}): status {status}</translation>
    </message>
    <message>
        <source>{role} {who} left on {day}</source>
        <translation>{who} ({role}) odszedł z pracy {day}</translation>
    </message>
    <message>
        <source>{who} has no {role} role in the registry</source>
        <translation>{who} nie ma w rejestrze roli: {role}</translation>
    </message>
    <message>
        <source>unknown SKU or barcode {code}</source>
        <translation>nieznany SKU lub kod kreskowy {code}</translation>
    </message>
    <message>
        <source>unknown category {category}</source>
        <translation>nieznana kategoria {category}</translation>
    </message>
    <message>
        <source>the amount for {category} must be more than zero</source>
        <translation>kwota dla {category} musi być większa od zera</translation>
    </message>
    <message>
        <source>an open amount may be at most {most} {currency}; ring larger items by SKU</source>
        <translation>kwota otwarta może wynosić najwyżej {most} {currency}; większe pozycje sprzedawaj po SKU</translation>
    </message>
    <message>
        <source>an open amount times its quantity may be at most {most} {currency}; ring larger items by SKU</source>
        <translation>kwota otwarta razy jej ilość może wynosić najwyżej {most} {currency}; większe pozycje sprzedawaj po SKU</translation>
    </message>
    <message>
        <source>customer badge {badge}: {problem}; scan again</source>
        <translation>identyfikator klienta {badge}: {problem}; zeskanuj ponownie</translation>
    </message>
    <message>
        <source>a supervisor override needs a reason; nothing was recorded</source>
        <translation>zgoda kierownika wymaga powodu; nic nie zapisano</translation>
    </message>
    <message>
        <source>this sale needs no supervisor override; nothing was recorded</source>
        <translation>ta sprzedaż nie wymaga zgody kierownika; nic nie zapisano</translation>
    </message>
    <message>
        <source>a supervisor cannot approve their own purchase; ask another one</source>
        <translation>kierownik nie może zatwierdzić własnego zakupu; poproś innego</translation>
    </message>
    <message>
        <source>the basket is empty; add at least one item</source>
        <translation>koszyk jest pusty; dodaj co najmniej jeden towar</translation>
    </message>
    <message>
        <source>there is no sale {sale} in the journal</source>
        <translation>w dzienniku nie ma sprzedaży {sale}</translation>
    </message>
    <message>
        <source>sale {sale} was made at another till of the chain; refund it at that till (it keeps the sale&apos;s lines and refunds), and the allowance comes back on every till at their next sync</source>
        <translation>sprzedaż {sale} została zrobiona na innej kasie sieci; zwróć ją na tamtej kasie (ona przechowuje pozycje i zwroty tej sprzedaży), a limit wróci na każdej kasie przy następnej synchronizacji</translation>
    </message>
    <message>
        <source>choose at least one line to refund</source>
        <translation>wybierz co najmniej jedną pozycję do zwrotu</translation>
    </message>
    <message>
        <source>sale {sale} is already fully refunded</source>
        <translation>sprzedaż {sale} została już w całości zwrócona</translation>
    </message>
    <message>
        <source>with {earlier} refunded before, this sale&apos;s refunds come to {total}, above {above}: a supervisor approves it</source>
        <translation>po zwrocie {earlier} wcześniej zwroty tej sprzedaży wynoszą razem {total}, powyżej {above}: musi je zatwierdzić kierownik</translation>
    </message>
    <message>
        <source>quantity for {what} must be at least 1, not {qty}</source>
        <translation>ilość dla {what} musi wynosić co najmniej 1, a nie {qty}</translation>
    </message>
    <message>
        <source>quantity for {what} is more than {most}</source>
        <translation>ilość dla {what} przekracza {most}</translation>
    </message>
    <message>
        <source>sale {sale} has no line {line}</source>
        <translation>sprzedaż {sale} nie ma pozycji {line}</translation>
    </message>
    <message>
        <source>line {line} is named twice; give it once with its quantity</source>
        <translation>pozycja {line} podana dwa razy; podaj ją raz z ilością</translation>
    </message>
    <message>
        <source>quantity to refund on line {line} must be at least 1</source>
        <translation>ilość do zwrotu w pozycji {line} musi wynosić co najmniej 1</translation>
    </message>
    <message>
        <source>line {line} has only {left} left to refund, not {qty}</source>
        <translation>w pozycji {line} do zwrotu zostało tylko {left}, a nie {qty}</translation>
    </message>
    <message>
        <source>wrong PIN for supervisor {name}; nothing was recorded (tries left before the PIN locks: {count})</source>
        <translation>błędny PIN kierownika {name}; nic nie zapisano (pozostałe próby przed blokadą: {count})</translation>
    </message>
    <message>
        <source>the moment {moment} is in the future; a sale or refund is recorded at most {minutes} minutes ahead of the clock, nothing was recorded</source>
        <translation>moment {moment} leży w przyszłości; sprzedaż lub zwrot można zapisać najwyżej {minutes} min przed czasem zegara, nic nie zapisano</translation>
    </message>
    <message>
        <source>a refund of {total} is above {above}: a supervisor approves it</source>
        <translation>zwrot {total} przekracza {above}: musi go zatwierdzić kierownik</translation>
    </message>
    <message>
        <source>a refund cannot be dated before its sale, sold {when}; nothing was recorded</source>
        <translation>zwrot nie może mieć daty wcześniejszej niż jego sprzedaż, sprzedano {when}; nic nie zapisano</translation>
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
        <source>a file name is needed, not an empty one</source>
        <translation>potrzebna jest nazwa pliku, nie może być pusta</translation>
    </message>
    <message>
        <source>{text} cannot be a file name (it holds a NUL)</source>
        <translation>{text} nie może być nazwą pliku (zawiera znak NUL)</translation>
    </message>
    <message>
        <source>{file} is the database itself; choose another file to write</source>
        <translation>{file} to sama baza danych; wybierz inny plik do zapisu</translation>
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
        <source>windows in black, white and yellow (default: the store&apos;s setting)</source>
        <translation>okna w czerni, bieli i żółci (domyślnie: ustawienie sklepu)</translation>
    </message>
    <message>
        <source>the till with larger buttons, rows and text (default: the store&apos;s setting)</source>
        <translation>kasa z większymi przyciskami, wierszami i tekstem (domyślnie: ustawienie sklepu)</translation>
    </message>
    <message>
        <source>the argument {name} is missing</source>
        <translation>brakuje argumentu {name}</translation>
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
        <source>postgresql://... (by default the server it last published to)</source>
        <translation>postgresql://... (domyślnie serwer ostatniej publikacji)</translation>
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
        <source>how the sale is paid: at the till, or charged to payroll</source>
        <translation>jak sprzedaż jest opłacona: przy kasie albo potrąceniem z wynagrodzenia</translation>
    </message>
    <message>
        <source>the buyer&apos;s own PIN, for a charge to payroll</source>
        <translation>własny PIN kupującego, przy potrąceniu z wynagrodzenia</translation>
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
        <source>replace the database with a backup (the current file is kept)</source>
        <translation>zastąp bazę danych kopią zapasową (obecny plik zostaje zachowany)</translation>
    </message>
    <message>
        <source>also save it as PDF</source>
        <translation>zapisz też jako PDF</translation>
    </message>
    <message>
        <source>charges to payroll per employee, net of refunds</source>
        <translation>potrącenia z wynagrodzenia według pracowników, po odjęciu zwrotów</translation>
    </message>
    <message>
        <source>default: the day after payroll was last closed</source>
        <translation>domyślnie: dzień po ostatnim zamknięciu listy płac</translation>
    </message>
    <message>
        <source>the staff discount as a taxable benefit, per employee</source>
        <translation>rabat pracowniczy jako świadczenie podlegające opodatkowaniu, według pracowników</translation>
    </message>
    <message>
        <source>one employee, with the sales</source>
        <translation>jeden pracownik, z listą sprzedaży</translation>
    </message>
    <message>
        <source>discount granted to group companies&apos; staff</source>
        <translation>rabat udzielony pracownikom spółek z grupy</translation>
    </message>
    <message>
        <source>list the sales too</source>
        <translation>wypisz też sprzedaże</translation>
    </message>
    <message>
        <source>charges to payroll</source>
        <translation>potrącenia z wynagrodzenia</translation>
    </message>
    <message>
        <source>record that the charges up to a day went to payroll</source>
        <translation>zapisz, że potrącenia do danego dnia przekazano na listę płac</translation>
    </message>
    <message>
        <source>an employee&apos;s allowance, discount, taxable benefit and payroll</source>
        <translation>limit, rabat, świadczenie do opodatkowania i potrącenia pracownika</translation>
    </message>
    <message>
        <source>{count} changes not yet published to {server}; send them with &apos;pos-desktop server publish&apos;</source>
        <translation>zmiany jeszcze nieopublikowane na {server}: {count}; wyślij je poleceniem &apos;pos-desktop server publish&apos;</translation>
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
    <message>
        <source>--customer is empty; give a badge, or leave it out for a walk-in</source>
        <translation>--customer jest puste; podaj identyfikator albo pomiń tę opcję dla klienta z zewnątrz</translation>
    </message>
    <message>
        <source>{option} {spec}: quantity {text} is not a whole number</source>
        <translation>{option} {spec}: ilość {text} nie jest liczbą całkowitą</translation>
    </message>
    <message>
        <source>--item {spec}: give a SKU, like --item SHIRT-01:2</source>
        <translation>--item {spec}: podaj SKU, np. --item SHIRT-01:2</translation>
    </message>
    <message>
        <source>--open {spec}: give CATEGORY:AMOUNT, like --open GROC:12.50</source>
        <translation>--open {spec}: podaj KATEGORIA:KWOTA (CATEGORY:AMOUNT), np. --open GROC:12.50</translation>
    </message>
    <message>
        <source>--open {spec}: amount</source>
        <translation>--open {spec}: kwota</translation>
    </message>
    <message>
        <source>--currency {code} must be a code like EUR or PLN</source>
        <translation>--currency {code} musi być kodem waluty, np. EUR albo PLN</translation>
    </message>
    <message>
        <source>Created a new demo store database at {path}</source>
        <translation>Utworzono nową bazę danych sklepu demonstracyjnego w {path}</translation>
    </message>
    <message>
        <source>Created a new empty store database at {path}</source>
        <translation>Utworzono nową, pustą bazę danych sklepu w {path}</translation>
    </message>
    <message>
        <source>there is already a database at {path}; add --force to replace it (its registry and journal will be lost)</source>
        <translation>w {path} jest już baza danych; dodaj --force, aby ją zastąpić (jej rejestr i dziennik zostaną utracone)</translation>
    </message>
    <message>
        <source>cannot create the folder {folder}: {problem}</source>
        <translation>nie można utworzyć folderu {folder}: {problem}</translation>
    </message>
    <message>
        <source>there is no file {file}</source>
        <translation>nie ma pliku {file}</translation>
    </message>
    <message>
        <source>cannot read {file}: {problem}</source>
        <translation>nie można odczytać {file}: {problem}</translation>
    </message>
    <message>
        <source>Imported {file}: {companies} companies, {departments} departments, {categories} categories, {policies} policies</source>
        <translation>Zaimportowano {file}: spółki: {companies}, działy: {departments}, kategorie: {categories}, zasady: {policies}</translation>
    </message>
    <message>
        <source>Wrote the configuration to {file}</source>
        <translation>Zapisano konfigurację do {file}</translation>
    </message>
    <message>
        <source>--map {spec} must be SOURCE=FIELD, like --map Marca=employee_no</source>
        <translation>--map {spec} musi mieć postać ŹRÓDŁO=POLE (SOURCE=FIELD), np. --map Marca=employee_no</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Odczyt</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Sprawdzanie</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Zapis</translation>
    </message>
    <message>
        <source>Would import {file} ({source}): {summary}</source>
        <translation>Import {file} ({source}) dałby: {summary}</translation>
    </message>
    <message>
        <source>Imported {file} ({source}): {summary}</source>
        <translation>Zaimportowano {file} ({source}): {summary}</translation>
    </message>
    <message>
        <source>Saved the column mapping as profile {name}</source>
        <translation>Zapisano przypisanie kolumn jako profil {name}</translation>
    </message>
    <message>
        <source>{file} was checked, but {error}</source>
        <translation>{file} został sprawdzony, ale {error}</translation>
    </message>
    <message>
        <source>{file} was imported, but {error}</source>
        <translation>{file} został zaimportowany, ale {error}</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>wiersze: {count}</translation>
    </message>
    <message>
        <source>{count} added</source>
        <translation>dodane: {count}</translation>
    </message>
    <message>
        <source>{count} changed</source>
        <translation>zmienione: {count}</translation>
    </message>
    <message>
        <source>{count} ended</source>
        <translation>zakończone: {count}</translation>
    </message>
    <message>
        <source>{count} reactivated</source>
        <translation>przywrócone: {count}</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation>bez zmian: {count}</translation>
    </message>
    <message>
        <source>{count} rejected</source>
        <translation>odrzucone: {count}</translation>
    </message>
    <message>
        <source>{count} row</source>
        <translation>wiersze: {count}</translation>
    </message>
    <message>
        <source>--save-profile needs a name of 1 to 60 characters</source>
        <translation>--save-profile wymaga nazwy o długości od 1 do 60 znaków</translation>
    </message>
    <message>
        <source>--report {file}: there is no folder {folder}</source>
        <translation>--report {file}: nie ma folderu {folder}</translation>
    </message>
    <message>
        <source>--report {file}: that file cannot be written</source>
        <translation>--report {file}: nie można zapisać tego pliku</translation>
    </message>
    <message>
        <source>… and {count} more problem; write them all with --report FILE.csv</source>
        <translation>… i więcej problemów: {count}; zapisz je wszystkie przez --report FILE.csv</translation>
    </message>
    <message>
        <source>… and {count} more problems; write them all with --report FILE.csv</source>
        <translation>… i więcej problemów: {count}; zapisz je wszystkie przez --report FILE.csv</translation>
    </message>
    <message>
        <source>Wrote {count} person to {file}</source>
        <translation>Zapisano osobę ({count}) do {file}</translation>
    </message>
    <message>
        <source>Wrote {count} people to {file}</source>
        <translation>Zapisano osoby ({count}) do {file}</translation>
    </message>
    <message>
        <source>New PIN for {name}: </source>
        <translation>Nowy PIN dla {name}: </translation>
    </message>
    <message>
        <source>Repeat the PIN: </source>
        <translation>Powtórz PIN: </translation>
    </message>
    <message>
        <source>the two PINs differ; nothing was changed</source>
        <translation>podane PIN-y się różnią; nic nie zmieniono</translation>
    </message>
    <message>
        <source>PIN set for {name} ({employee})</source>
        <translation>Ustawiono PIN dla {name} ({employee})</translation>
    </message>
    <message>
        <source>Badge {code} revoked ({reason}); scanning it now shows BLOCKED</source>
        <translation>Identyfikator {code} unieważniony ({reason}); jego skan pokazuje teraz ZABLOKOWANY</translation>
    </message>
    <message>
        <source>Badge {code} issued to {name} ({employee})</source>
        <translation>Identyfikator {code} wydany dla {name} ({employee})</translation>
    </message>
    <message>
        <source>an override needs --override BADGE and --pin PIN (and --reason)</source>
        <translation>zgoda kierownika wymaga --override BADGE i --pin PIN (oraz --reason)</translation>
    </message>
    <message>
        <source>--payer-pin is for a charge to payroll (--pay payroll); nothing was recorded</source>
        <translation>--payer-pin służy do potrącenia z wynagrodzenia (--pay payroll); nic nie zapisano</translation>
    </message>
    <message>
        <source>Charged to payroll: {total} {currency}</source>
        <translation>Potrącone z wynagrodzenia: {total} {currency}</translation>
    </message>
    <message>
        <source>Subtotal {subtotal}  Discount {discount}  Total {total} {currency}</source>
        <translation>Suma częściowa {subtotal}  Rabat {discount}  Razem {total} {currency}</translation>
    </message>
    <message>
        <source>Allowance after {amount}</source>
        <translation>Limit po zakupie {amount}</translation>
    </message>
    <message>
        <source>line {line}: {qty} x {name}  {total}</source>
        <translation>pozycja {line}: {qty} x {name}  {total}</translation>
    </message>
    <message>
        <source>Refunded {total} {currency} (discount returned {discount}); refund {refund}</source>
        <translation>Zwrócono {total} {currency} (zwrócony rabat {discount}); zwrot {refund}</translation>
    </message>
    <message>
        <source>Journal OK: {sales} sales records, {closes} day closes and {entries} audit records chain; head {head}</source>
        <translation>Dziennik OK: łańcuchy są spójne — zapisy sprzedaży: {sales}, zamknięcia dnia: {closes}, wpisy dziennika zmian: {entries}; ostatni zapis {head}</translation>
    </message>
    <message>
        <source>Journal BROKEN: {problem}</source>
        <translation>Dziennik USZKODZONY: {problem}</translation>
    </message>
    <message>
        <source>with --force: replace even a till joined to a chain&apos;s server</source>
        <translation>z --force: zastąp nawet kasę przyłączoną do serwera sieci</translation>
    </message>
    <message>
        <source>{file} already exists; choose a new file name for the backup</source>
        <translation>{file} już istnieje; wybierz nową nazwę pliku dla kopii zapasowej</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>folder {folder} nie istnieje</translation>
    </message>
    <message>
        <source>Backed up {path} to {target}</source>
        <translation>Kopia {path} zapisana w {target}</translation>
    </message>
    <message>
        <source>Restored {path} from {source}</source>
        <translation>Przywrócono {path} z {source}</translation>
    </message>
    <message>
        <source>Restored {path} from {source}; the damaged file is kept as {kept}</source>
        <translation>Przywrócono {path} z {source}; uszkodzony plik zachowano jako {kept}</translation>
    </message>
    <message>
        <source>Restored {path} from {source}; the database before it is kept as {kept}</source>
        <translation>Przywrócono {path} z {source}; poprzednią bazę danych zachowano jako {kept}</translation>
    </message>
    <message>
        <source>the argument {argument} is not valid text</source>
        <translation>argument {argument} nie jest poprawnym tekstem</translation>
    </message>
    <message>
        <source>interrupted; nothing half-written was kept</source>
        <translation>przerwano; nie zachowano nic zapisanego w połowie</translation>
    </message>
    <message>
        <source>the change was refused by the database ({problem})</source>
        <translation>baza danych odrzuciła zmianę ({problem})</translation>
    </message>
    <message>
        <source>{problem}; nothing was changed</source>
        <translation>{problem}; nic nie zmieniono</translation>
    </message>
    <message>
        <source>internal error ({problem}); nothing half-written was kept. Please report this.</source>
        <translation>błąd wewnętrzny ({problem}); nic niedokończonego nie zostało zapisane. Zgłoś to, proszę.</translation>
    </message>
    <message>
        <source>{count} settings</source>
        <translation>ustawienia: {count}</translation>
    </message>
    <message>
        <source>{count} companies</source>
        <translation>spółki: {count}</translation>
    </message>
    <message>
        <source>{count} departments</source>
        <translation>działy: {count}</translation>
    </message>
    <message>
        <source>{count} categories</source>
        <translation>kategorie: {count}</translation>
    </message>
    <message>
        <source>{count} policies</source>
        <translation>zasady: {count}</translation>
    </message>
    <message>
        <source>{count} staff</source>
        <translation>pracownicy: {count}</translation>
    </message>
    <message>
        <source>{count} dependants</source>
        <translation>członkowie rodziny: {count}</translation>
    </message>
    <message>
        <source>{count} badges</source>
        <translation>identyfikatory: {count}</translation>
    </message>
    <message>
        <source>{count} products</source>
        <translation>towary: {count}</translation>
    </message>
    <message>
        <source>Created the central tables on {server}; publish the registry and rules next</source>
        <translation>Utworzono centralne tabele na {server}; teraz opublikuj rejestr i zasady</translation>
    </message>
    <message>
        <source>Upgraded the central tables on {server} from version {before} to {after}; nothing was removed</source>
        <translation>Zaktualizowano centralne tabele na {server} z wersji {before} do {after}; nic nie usunięto</translation>
    </message>
    <message>
        <source>The central tables on {server} were already there; nothing was removed</source>
        <translation>Centralne tabele na {server} już istniały; nic nie usunięto</translation>
    </message>
    <message>
        <source>Published {file} to {server}: changed {changed}; removed {removed}. Tills pick it up at their next sync.</source>
        <translation>Opublikowano {file} na {server}: zmienione — {changed}; usunięte — {removed}. Kasy otrzymają to przy następnej synchronizacji.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nic</translation>
    </message>
    <message>
        <source>joining a chain needs both --till ID and --server URL</source>
        <translation>dołączenie do sieci wymaga zarówno --till ID, jak i --server URL</translation>
    </message>
    <message>
        <source>a till of a chain takes the server&apos;s registry; leave out --demo</source>
        <translation>kasa sieci pobiera rejestr z serwera; pomiń --demo</translation>
    </message>
    <message>
        <source>a till of a chain takes the server&apos;s currency; leave out --currency</source>
        <translation>kasa sieci pobiera walutę z serwera; pomiń --currency</translation>
    </message>
    <message>
        <source>Created till {till} at {file}, joined to {server}: {rows} registry rows and {sales} sales of other tills</source>
        <translation>Utworzono kasę {till} w {file}, dołączoną do {server}: wiersze rejestru: {rows}, sprzedaże innych kas: {sales}</translation>
    </message>
    <message>
        <source>{error}. This till keeps selling offline; what it has not sent goes at the next sync</source>
        <translation>{error}. Ta kasa sprzedaje dalej offline; to, czego nie wysłała, pójdzie przy następnej synchronizacji</translation>
    </message>
    <message>
        <source>Till {till} synced with {server}: pushed {pushed} sales and refunds ({already} already there) and {closes} day closes; pulled {changes} registry changes and {other} sales of other tills</source>
        <translation>Kasa {till} zsynchronizowana z {server}: wysłano sprzedaże i zwroty: {pushed} (już tam było: {already}) oraz zamknięcia dnia: {closes}; pobrano zmiany rejestru: {changes} i sprzedaże innych kas: {other}</translation>
    </message>
    <message>
        <source>Till {till} synced with {server}: pushed {pushed} sales and refunds and {closes} day closes; pulled {changes} registry changes and {other} sales of other tills</source>
        <translation>Kasa {till} zsynchronizowana z {server}: wysłano sprzedaże i zwroty: {pushed} oraz zamknięcia dnia: {closes}; pobrano zmiany rejestru: {changes} i sprzedaże innych kas: {other}</translation>
    </message>
    <message>
        <source>Over the allowance: {name} ({employee}) has used {used} of {limit} {period}: the tills together granted more than the limit while they could not reach the server</source>
        <translation>Przekroczony limit: {name} ({employee}) wykorzystał(a) {used} z {limit} {period}: kasy razem przyznały więcej niż limit, gdy nie mogły połączyć się z serwerem</translation>
    </message>
    <message>
        <source>Till {till}: OK, {records} sales records and {closes} day closes chain; head {head}; {entries} audit entries chain</source>
        <translation>Kasa {till}: OK, łańcuch spójny — zapisy sprzedaży: {records}, zamknięcia dnia: {closes}; ostatni zapis {head}; wpisy dziennika zmian: {entries}, łańcuch spójny</translation>
    </message>
    <message>
        <source>Till {till}: BROKEN, {problem}</source>
        <translation>Kasa {till}: łańcuch USZKODZONY, {problem}</translation>
    </message>
    <message>
        <source>No till has joined {server} yet</source>
        <translation>Żadna kasa nie dołączyła jeszcze do {server}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Zapisano {file}</translation>
    </message>
    <message>
        <source>--pdf {file} is a folder; give a file name; nothing was closed</source>
        <translation>--pdf {file} to folder; podaj nazwę pliku; nic nie zamknięto</translation>
    </message>
    <message>
        <source>--pdf {file}: the folder {folder} does not exist; nothing was closed</source>
        <translation>--pdf {file}: folder {folder} nie istnieje; nic nie zamknięto</translation>
    </message>
    <message>
        <source>Saved the receipt of sale {sale} to {file}</source>
        <translation>Zapisano paragon sprzedaży {sale} do {file}</translation>
    </message>
    <message>
        <source>Printed the receipt of sale {sale} on {printer}</source>
        <translation>Wydrukowano paragon sprzedaży {sale} na {printer}</translation>
    </message>
    <message>
        <source>payroll has never been closed; give the first day with --from DATE</source>
        <translation>lista płac nie była jeszcze zamykana; podaj pierwszy dzień przez --from DATA</translation>
    </message>
    <message>
        <source>--employee {employee}: no such employee</source>
        <translation>--employee {employee}: nie ma takiego pracownika</translation>
    </message>
    <message>
        <source>Payroll closed through {day}: {amount} {currency}, employees: {employees}; record {hash}</source>
        <translation>Lista płac zamknięta do {day}: {amount} {currency}, pracownicy: {employees}; zapis {hash}</translation>
    </message>
    <message>
        <source>give --cashier BADGE, the badge of the cashier who rings this up (as the till asks for a sign-in); nothing was recorded</source>
        <translation>podaj --cashier IDENTYFIKATOR, identyfikator kasjera, który to nabija (tak jak kasa wymaga zalogowania); nic nie zapisano</translation>
    </message>
    <message>
        <source>a head hash kept from a Z report: it must be in the journal</source>
        <translation>skrót zachowany z raportu Z: musi być w dzienniku</translation>
    </message>
    <message>
        <source>a backup: its journal must be the start of this one</source>
        <translation>kopia zapasowa: jej dziennik musi być początkiem tego dziennika</translation>
    </message>
    <message>
        <source>also save the close as PDF (a closed day: its report again)</source>
        <translation>zapisz też zamknięcie jako PDF (dzień już zamknięty: jego raport ponownie)</translation>
    </message>
    <message>
        <source>This till took back {count} sales and refunds from the server; its next record is number {seq}</source>
        <translation>Ta kasa pobrała z serwera z powrotem sprzedaże i zwroty: {count}; jej następny zapis ma numer {seq}</translation>
    </message>
    <message>
        <source>{problem}; the day {day} is closed all the same: print its report again with &apos;close-day --date {day} --pdf FILE&apos;</source>
        <translation>{problem}; dzień {day} i tak został zamknięty: wydrukuj jego raport ponownie poleceniem &apos;close-day --date {day} --pdf PLIK&apos;</translation>
    </message>
    <message>
        <source>read the word FROM in column FIELD (status, employment_type, role, worker_type) as TO, like --value employment_type:Stażysta=part_time</source>
        <translation>czytaj słowo FROM w kolumnie FIELD (status, employment_type, role, worker_type) jako TO, np. --value employment_type:Stażysta=part_time</translation>
    </message>
    <message>
        <source>--value {spec} must be FIELD:FROM=TO, like --value employment_type:umowa zlecenie=contractor</source>
        <translation>--value {spec} musi mieć postać FIELD:FROM=TO, np. --value employment_type:umowa zlecenie=contractor</translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message>
        <source>{what} {text} is outside the years {first}-{last}</source>
        <translation>{what} {text} wykracza poza lata {first}-{last}</translation>
    </message>
    <message>
        <source>time zone {zone} is unknown; use a name like Europe/Warsaw</source>
        <translation>nieznana strefa czasowa {zone}; użyj nazwy w rodzaju Europe/Warsaw</translation>
    </message>
    <message>
        <source>{what} {text} is not a date and time like 2026-11-23T14:30</source>
        <translation>{what} {text} nie jest datą i godziną, np. 2026-11-23T14:30</translation>
    </message>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>{what} {text} is not a date like 2026-11-23 or 23.11.2026</source>
        <translation>{what} {text} nie jest datą, np. 2026-11-23 lub 23.11.2026</translation>
    </message>
    <message>
        <source>allowance period {period} must be month, year or rolling:N</source>
        <translation>okres limitu {period} musi mieć wartość month, year lub rolling:N</translation>
    </message>
</context>
<context>
    <name>Closing</name>
    <message>
        <source>{day} has not begun yet (today is {today}); close a day once it is over</source>
        <translation>dzień {day} jeszcze się nie zaczął (dziś jest {today}); zamknij dzień, gdy się skończy</translation>
    </message>
    <message>
        <source>{day} is already closed (at {when} by {actor}); a day is closed once</source>
        <translation>dzień {day} jest już zamknięty ({when}, {actor}); dzień zamyka się raz</translation>
    </message>
    <message>
        <source>the day {day} is already closed; nothing was recorded (sales and refunds resume on the next day)</source>
        <translation>dzień {day} jest już zamknięty; nic nie zapisano (sprzedaż i zwroty wracają następnego dnia)</translation>
    </message>
    <message>
        <source>{day} is before the last closed day, {closed}; nothing was recorded (a closed day&apos;s figures cannot change)</source>
        <translation>{day} jest przed ostatnim zamkniętym dniem, {closed}; nic nie zapisano (liczby zamkniętego dnia nie mogą się zmienić)</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>{where}: {key} must be true or false</source>
        <translation>{where}: {key} musi mieć wartość true lub false</translation>
    </message>
    <message>
        <source>config</source>
        <translation>konfiguracja</translation>
    </message>
    <message>
        <source>{source} is not valid TOML: {problem}</source>
        <translation>{source} nie jest poprawnym plikiem TOML: {problem}</translation>
    </message>
    <message>
        <source>{where}: currency {currency} must be a code like EUR or PLN</source>
        <translation>{where}: waluta {currency} musi być kodem, np. PLN lub EUR</translation>
    </message>
    <message>
        <source>{where}: language {language} must be one of {codes}</source>
        <translation>{where}: język {language} musi być jednym z: {codes}</translation>
    </message>
    <message>
        <source>{where}: pattern is not a valid expression ({problem})</source>
        <translation>{where}: pattern nie jest poprawnym wyrażeniem ({problem})</translation>
    </message>
    <message>
        <source>{where}: check_digit must be one of {choices}</source>
        <translation>{where}: check_digit musi być jednym z: {choices}</translation>
    </message>
    <message>
        <source>{source}: [tax] must be a table</source>
        <translation>{source}: [tax] musi być tabelą</translation>
    </message>
    <message>
        <source>{source}: [[{kind}]] {name} is listed twice</source>
        <translation>{source}: [[{kind}]] {name} występuje dwa razy</translation>
    </message>
    <message>
        <source>{source}: two departments have the same badge</source>
        <translation>{source}: dwa działy mają ten sam identyfikator</translation>
    </message>
    <message>
        <source>{source}: [[policy]] {policy}: category_percent names unknown category {category}</source>
        <translation>{source}: [[policy]] {policy}: category_percent wymienia nieznaną kategorię {category}</translation>
    </message>
    <message>
        <source>{where}: unknown key {key}</source>
        <translation>{where}: nieznany klucz {key}</translation>
    </message>
    <message>
        <source>{source}: [{key}] must be a table</source>
        <translation>{source}: [{key}] musi być tabelą</translation>
    </message>
    <message>
        <source>{source}: {key} must be written as [[{key}]] tables</source>
        <translation>{source}: {key} należy zapisać jako tabele [[{key}]]</translation>
    </message>
    <message>
        <source>{where}: {key} must be a non-empty text</source>
        <translation>{where}: {key} musi być niepustym tekstem</translation>
    </message>
    <message>
        <source>{where}: {key} {value} may use only letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;</source>
        <translation>{where}: {key} {value} może zawierać tylko litery, cyfry, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;</translation>
    </message>
    <message>
        <source>{where}: relation must be own or group, not {value}</source>
        <translation>{where}: relation musi mieć wartość own lub group, nie {value}</translation>
    </message>
    <message>
        <source>{where}: badge must be a text</source>
        <translation>{where}: badge musi być tekstem</translation>
    </message>
    <message>
        <source>{where}: {key} must be a whole number from {minimum} to {maximum}</source>
        <translation>{where}: {key} musi być liczbą całkowitą od {minimum} do {maximum}</translation>
    </message>
    <message>
        <source>{where}: applies_to must be a table</source>
        <translation>{where}: applies_to musi być tabelą</translation>
    </message>
    <message>
        <source>{where}: applies_to.relation must be own or group</source>
        <translation>{where}: applies_to.relation musi mieć wartość own lub group</translation>
    </message>
    <message>
        <source>{where}: applies_to.employment must be a list of employment types</source>
        <translation>{where}: applies_to.employment musi być listą rodzajów zatrudnienia</translation>
    </message>
    <message>
        <source>{where}: method must be percent or cost_plus, not {value}</source>
        <translation>{where}: method musi mieć wartość percent lub cost_plus, nie {value}</translation>
    </message>
    <message>
        <source>{where}: allowance must be a table with amount and period</source>
        <translation>{where}: allowance musi być tabelą z amount i period</translation>
    </message>
    <message>
        <source>{where}: allowance period must be month, year or rolling:N</source>
        <translation>{where}: okres limitu (period) musi mieć wartość month, year lub rolling:N</translation>
    </message>
    <message>
        <source>{where}: payroll_limit must be a table with amount and period</source>
        <translation>{where}: payroll_limit musi być tabelą z amount i period</translation>
    </message>
    <message>
        <source>{where}: payroll_limit period must be month, year or rolling:N</source>
        <translation>{where}: okres payroll_limit musi być month, year albo rolling:N</translation>
    </message>
    <message>
        <source>{where}: category_percent must be a table like {example}</source>
        <translation>{where}: category_percent musi być tabelą, np. {example}</translation>
    </message>
    <message>
        <source>{where}: a cost_plus policy needs a markup</source>
        <translation>{where}: zasada cost_plus wymaga narzutu (markup)</translation>
    </message>
    <message>
        <source>{where}: {key} must be a percentage from 0 to 1000, not {value}</source>
        <translation>{where}: {key} musi być procentem od 0 do 1000, nie {value}</translation>
    </message>
    <message>
        <source>the currency cannot change from {old} to {new}: they have different decimal places and the store already has products priced in {old}</source>
        <translation>nie można zmienić waluty z {old} na {new}: mają różną liczbę miejsc po przecinku, a sklep ma już produkty z cenami w {old}</translation>
    </message>
    <message>
        <source>the currency cannot change from {old} to {new}: they have different decimal places and the store already has sales priced in {old}</source>
        <translation>nie można zmienić waluty z {old} na {new}: mają różną liczbę miejsc po przecinku, a sklep ma już sprzedaże w {old}</translation>
    </message>
    <message>
        <source>the currency cannot change from {old} to {new}: they have different decimal places and the store already has policies priced in {old}</source>
        <translation>nie można zmienić waluty z {old} na {new}: mają różną liczbę miejsc po przecinku, a sklep ma już zasady z kwotami w {old}</translation>
    </message>
    <message>
        <source>this leaves out company {code}, which staff in the registry still use; keep it, or move those staff first</source>
        <translation>to pomija spółkę {code}, do której nadal należą pracownicy w rejestrze; zostaw ją albo najpierw przenieś tych pracowników</translation>
    </message>
    <message>
        <source>this leaves out department {code}, which staff in the registry still use; keep it, or move those staff first</source>
        <translation>to pomija dział {code}, do którego nadal należą pracownicy w rejestrze; zostaw go albo najpierw przenieś tych pracowników</translation>
    </message>
    <message>
        <source>this leaves out category {code}, which products in the registry still use; keep it, or move those products first</source>
        <translation>to pomija kategorię {code}, do której nadal należą produkty w rejestrze; zostaw ją albo najpierw przenieś te produkty</translation>
    </message>
    <message>
        <source>department {department}: badge {badge} already belongs to staff {other}</source>
        <translation>dział {department}: identyfikator {badge} należy już do pracownika {other}</translation>
    </message>
    <message>
        <source>department {department}: badge {badge} already belongs to dependant {other}</source>
        <translation>dział {department}: identyfikator {badge} należy już do członka rodziny {other}</translation>
    </message>
    <message>
        <source>department {department}: badge {badge} already belongs to department {other}</source>
        <translation>dział {department}: identyfikator {badge} należy już do działu {other}</translation>
    </message>
    <message>
        <source>department {department}: badge {badge} was revoked; issue a new one</source>
        <translation>dział {department}: identyfikator {badge} został unieważniony; wydaj nowy</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>ustawienia</translation>
    </message>
    <message>
        <source>company list</source>
        <translation>lista spółek</translation>
    </message>
    <message>
        <source>department list</source>
        <translation>lista działów</translation>
    </message>
    <message>
        <source>category list</source>
        <translation>lista kategorii</translation>
    </message>
    <message>
        <source>policy list</source>
        <translation>lista zasad</translation>
    </message>
    <message>
        <source>{where}: file_access must be one of {choices}</source>
        <translation>{where}: file_access musi być jednym z: {choices}</translation>
    </message>
    <message>
        <source>{where}: pattern repeats a group that itself repeats, which can take minutes on one scan; write it without the nested repeat, like ^2[0-9]{{12}}$</source>
        <translation>{where}: wzorzec powtarza grupę, która sama się powtarza, co przy jednym skanie może trwać minuty; zapisz go bez zagnieżdżonego powtórzenia, np. ^2[0-9]{{12}}$</translation>
    </message>
    <message>
        <source>{where}: max_open_amount must be more than 0</source>
        <translation>{where}: max_open_amount musi być większe od 0</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>&amp;Check only (dry run): report problems, change nothing</source>
        <translation>Tylko &amp;sprawdź (próba): pokaż problemy, niczego nie zmieniaj</translation>
    </message>
    <message>
        <source>The catalogue or configuration file is the complete &amp;list: remove products missing from it</source>
        <translation>Plik katalogu lub konfiguracji to pełna &amp;lista: usuń towary, których w nim nie ma</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Raport importu</translation>
    </message>
    <message>
        <source>Import &amp;staff (HR export)…</source>
        <translation>Importuj &amp;pracowników (eksport kadr)…</translation>
    </message>
    <message>
        <source>Import &amp;products CSV or XLSX…</source>
        <translation>Importuj &amp;towary CSV lub XLSX…</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Import towarów</translation>
    </message>
    <message>
        <source>Catalogues</source>
        <translation>Katalogi</translation>
    </message>
    <message>
        <source>Import c&amp;onfiguration (TOML)…</source>
        <translation>Importuj k&amp;onfigurację (TOML)…</translation>
    </message>
    <message>
        <source>Import configuration</source>
        <translation>Import konfiguracji</translation>
    </message>
    <message>
        <source>E&amp;xport staff CSV…</source>
        <translation>E&amp;ksportuj pracowników CSV…</translation>
    </message>
    <message>
        <source>Export confi&amp;guration…</source>
        <translation>Eksportuj konfi&amp;gurację…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Raport</translation>
    </message>
    <message>
        <source>Imported {file}: {summary}.</source>
        <translation>Zaimportowano {file}: {summary}.</translation>
    </message>
    <message>
        <source>{file}: rows with problems: {rows}; nothing was imported. Fix them in the file and import it again.</source>
        <translation>{file}: wiersze z problemami: {rows}; niczego nie zaimportowano. Popraw je w pliku i zaimportuj go ponownie.</translation>
    </message>
    <message>
        <source>Would import {file}: {summary}.</source>
        <translation>Import {file} dałby: {summary}.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {problem}</source>
        <translation>Nie można odczytać {file}: {problem}</translation>
    </message>
    <message>
        <source>Checked {file}: companies {companies}, departments {departments}, categories {categories}, policies {policies}.</source>
        <translation>Sprawdzono {file}: spółki {companies}, działy {departments}, kategorie {categories}, zasady {policies}.</translation>
    </message>
    <message>
        <source>Imported {file}: companies {companies}, departments {departments}, categories {categories}, policies {policies}.</source>
        <translation>Zaimportowano {file}: spółki {companies}, działy {departments}, kategorie {categories}, zasady {policies}.</translation>
    </message>
    <message>
        <source>Wrote {count} person to {file}.</source>
        <translation>Zapisano osobę ({count}) do {file}.</translation>
    </message>
    <message>
        <source>Wrote {count} people to {file}.</source>
        <translation>Zapisano osoby ({count}) do {file}.</translation>
    </message>
    <message>
        <source>Wrote the configuration to {file}.</source>
        <translation>Zapisano konfigurację do {file}.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>wiersze</translation>
    </message>
    <message>
        <source>added</source>
        <translation>dodane</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>zmienione</translation>
    </message>
    <message>
        <source>reactivated</source>
        <translation>przywrócone</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>bez zmian</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>zakończone</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>odrzucone</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Demo store: sign in with {name}&apos;s badge {badge} and PIN {pin}.</source>
        <translation>Sklep demonstracyjny: zaloguj się identyfikatorem {badge} ({name}) i PIN-em {pin}.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>{kind} file</source>
        <translation>Plik {kind}</translation>
    </message>
    <message>
        <source>{file} is a database file; choose another name for what you save.</source>
        <translation>{file} to plik bazy danych; wybierz inną nazwę dla zapisywanego pliku.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drukowanie</translation>
    </message>
    <message>
        <source>No printer is set up on this computer; save a PDF instead.</source>
        <translation>Na tym komputerze nie skonfigurowano żadnej drukarki; zamiast tego zapisz plik PDF.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>cannot write {file}: it came out incomplete (is the disk full?); nothing was saved</source>
        <translation>nie można zapisać {file}: plik wyszedł niekompletny (czy dysk jest pełny?); nic nie zapisano</translation>
    </message>
    <message>
        <source>the file {file} is the database&apos;s own; choose another file</source>
        <translation>plik {file} należy do samej bazy danych; wybierz inny plik</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file&apos;s name</source>
        <translation>{path} to folder; podaj nazwę pliku</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>folder {folder} nie istnieje</translation>
    </message>
    <message>
        <source>{path} is not a file the app can write over</source>
        <translation>{path} nie jest plikiem, który aplikacja może nadpisać</translation>
    </message>
    <message>
        <source>cannot write {file}: the disk is full; nothing was saved</source>
        <translation>nie można zapisać {file}: dysk jest pełny; nic nie zapisano</translation>
    </message>
    <message>
        <source>cannot write {file}: {problem}; nothing was saved</source>
        <translation>nie można zapisać {file}: {problem}; nic nie zapisano</translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <source>flag threshold {name} must be a whole number from 1, not {value}</source>
        <translation>próg sygnału {name} musi być liczbą całkowitą od 1, nie {value}</translation>
    </message>
    <message>
        <source>flag threshold cashier_points is a share: at most 100</source>
        <translation>próg sygnału cashier_points to udział: najwyżej 100</translation>
    </message>
    <message>
        <source>Badge used on two tills</source>
        <translation>Identyfikator użyty na dwóch kasach</translation>
    </message>
    <message>
        <source>badge {badge} ({who}) on tills {tills} within {minutes} minutes</source>
        <translation>identyfikator {badge} ({who}) na kasach {tills} w ciągu {minutes} min</translation>
    </message>
    <message>
        <source>Blocked badge scanned</source>
        <translation>Zeskanowano zablokowany identyfikator</translation>
    </message>
    <message>
        <source>badge {badge} of {who} scanned as BLOCKED and rung {times} (by {cashiers})</source>
        <translation>identyfikator {badge} ({who}) zeskanowany jako ZABLOKOWANY i nabity {times} (kasjerzy: {cashiers})</translation>
    </message>
    <message>
        <source>badge {badge} ({who}) scanned as BLOCKED, then the basket was cleared unsold by {cashier}; lines in it: {lines}</source>
        <translation>identyfikator {badge} ({who}) zeskanowany jako ZABLOKOWANY, potem koszyk wyczyścił(a) bez sprzedaży {cashier}; pozycji w koszyku: {lines}</translation>
    </message>
    <message>
        <source>Basket cleared after a blocked badge</source>
        <translation>Koszyk wyczyszczony po zablokowanym identyfikatorze</translation>
    </message>
    <message>
        <source>Repeated self-purchase</source>
        <translation>Powtarzany zakup własny</translation>
    </message>
    <message>
        <source>{who} rang their own purchase {times} ({approved} approved by a supervisor)</source>
        <translation>{who} nabił własny zakup {times} (zatwierdzone przez kierownika: {approved})</translation>
    </message>
    <message>
        <source>Overrides far above the others</source>
        <translation>Zgody znacznie częstsze niż u innych</translation>
    </message>
    <message>
        <source>{who} approved {count} overrides; the other {others} supervisors {average} on average</source>
        <translation>{who}: zatwierdzone zgody: {count}; pozostali kierownicy ({others}) średnio {average}</translation>
    </message>
    <message>
        <source>Discounted sales far above the store&apos;s</source>
        <translation>Sprzedaż z rabatem znacznie powyżej średniej sklepu</translation>
    </message>
    <message>
        <source>{who}: {share} of {sales} sales discounted; the store {store}</source>
        <translation>{who}: {share} z {sales} sprzedaży z rabatem; sklep {store}</translation>
    </message>
    <message>
        <source>once</source>
        <translation>raz</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>dwa razy</translation>
    </message>
    <message>
        <source>{count} times</source>
        <translation>razy: {count}</translation>
    </message>
    <message>
        <source>PIN of {who} typed wrong {times} (badge {badges}; {places})</source>
        <translation>PIN {who} wpisany błędnie {times} (identyfikator {badges}; {places})</translation>
    </message>
    <message>
        <source>PIN of {who} typed wrong {times} and locked {locks} (badge {badges}; {places})</source>
        <translation>PIN {who} wpisany błędnie {times} i zablokowany {locks} (identyfikator {badges}; {places})</translation>
    </message>
    <message>
        <source>Wrong PINs</source>
        <translation>Błędne PIN-y</translation>
    </message>
    <message>
        <source>Entered after the moment it claims</source>
        <translation>Wpisane po podanym momencie</translation>
    </message>
    <message>
        <source>{kind} dated {at}, entered at {entered} by {who}</source>
        <translation>{kind} z datą {at}, wpisano {entered}, kasjer: {who}</translation>
    </message>
    <message>
        <source>a sale</source>
        <translation>sprzedaż</translation>
    </message>
    <message>
        <source>a refund</source>
        <translation>zwrot</translation>
    </message>
    <message>
        <source>approved by {who}: {reason}</source>
        <translation>zatwierdził(a) {who}: {reason}</translation>
    </message>
    <message>
        <source>not approved: rung at the regular price</source>
        <translation>bez zgody: sprzedano po cenie regularnej</translation>
    </message>
    <message>
        <source>Customer switched after a blocked badge</source>
        <translation>Zmiana klienta po zablokowanym identyfikatorze</translation>
    </message>
    <message>
        <source>badge {before} ({first}) scanned as BLOCKED, then {after} ({then}) took the basket, rung by {cashier}; {approval}</source>
        <translation>identyfikator {before} ({first}) zeskanowany jako ZABLOKOWANY, potem {after} ({then}) przejął koszyk, sprzedał(a) {cashier}; {approval}</translation>
    </message>
    <message>
        <source>Employee&apos;s basket moved to a department</source>
        <translation>Koszyk pracownika przeniesiony na dział</translation>
    </message>
    <message>
        <source>badge {before} ({first}) started the basket, then department badge {after} ({then}) took it at cost, rung by {cashier}; {approval}</source>
        <translation>identyfikator {before} ({first}) rozpoczął koszyk, potem identyfikator działu {after} ({then}) przejął go po kosztach, sprzedał(a) {cashier}; {approval}</translation>
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
    <name>Import</name>
    <message>
        <source>row {row}, {column} {value}: {problem}</source>
        <translation>wiersz {row}, {column} {value}: {problem}</translation>
    </message>
    <message>
        <source>row {row}: {problem}</source>
        <translation>wiersz {row}: {problem}</translation>
    </message>
    <message>
        <source>{problem} ({suggestion})</source>
        <translation>{problem} ({suggestion})</translation>
    </message>
    <message>
        <source>{count} new department: {names}</source>
        <translation>nowy dział ({count}): {names}</translation>
    </message>
    <message>
        <source>{file}: {rows} row with problems; nothing was imported (fix it, or apply the valid rows with --skip-invalid)</source>
        <translation>{file}: wiersz z problemami ({rows}); niczego nie zaimportowano (popraw go albo zastosuj poprawne wiersze z --skip-invalid)</translation>
    </message>
    <message>
        <source>{file}: {rows} rows with problems; nothing was imported (fix them, or apply the valid rows with --skip-invalid)</source>
        <translation>{file}: wiersze z problemami: {rows}; niczego nie zaimportowano (popraw je albo zastosuj poprawne wiersze z --skip-invalid)</translation>
    </message>
    <message>
        <source>the import was cancelled; the registry is as it was</source>
        <translation>import przerwano; rejestr jest taki jak przedtem</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>imię i nazwisko jest puste</translation>
    </message>
    <message>
        <source>the mapping names {field}, which is not one of: {fields}</source>
        <translation>przypisanie wskazuje {field}, a to nie jest żadne z: {fields}</translation>
    </message>
    <message>
        <source>the mapping reads a column {column}, which {file} does not have (its columns: {columns})</source>
        <translation>przypisanie czyta kolumnę {column}, której {file} nie ma (jego kolumny: {columns})</translation>
    </message>
    <message>
        <source>{file}: columns {first} ({first_name}) and {second} ({second_name}) are both read as {field}; keep one, or map the other to nothing</source>
        <translation>{file}: kolumny {first} ({first_name}) i {second} ({second_name}) są obie czytane jako {field}; zostaw jedną albo pomiń drugą</translation>
    </message>
    <message>
        <source>map one with --map HEADER={field}</source>
        <translation>wskaż ją przez --map HEADER={field}</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>the columns seem separated by {found}, not {delimiter}</source>
        <translation>kolumny wyglądają na rozdzielone znakiem {found}, nie {delimiter}</translation>
    </message>
    <message>
        <source>is {column} the {field}? map it</source>
        <translation>czy {column} to {field}? przypisz ją</translation>
    </message>
    <message>
        <source>{file} has no {field} column (its header is: {header}); {hint}</source>
        <translation>{file} nie ma kolumny {field} (jego nagłówek: {header}); {hint}</translation>
    </message>
    <message>
        <source>there is no import profile {name}; saved profiles: {names}</source>
        <translation>nie ma profilu importu {name}; zapisane profile: {names}</translation>
    </message>
    <message>
        <source>there is no import profile {name}; none is saved yet</source>
        <translation>nie ma profilu importu {name}; żaden nie jest jeszcze zapisany</translation>
    </message>
    <message>
        <source>a profile needs a name of 1 to 60 characters</source>
        <translation>profil potrzebuje nazwy o długości od 1 do 60 znaków</translation>
    </message>
    <message>
        <source>the profile maps no column; map at least one</source>
        <translation>profil nie przypisuje żadnej kolumny; przypisz co najmniej jedną</translation>
    </message>
    <message>
        <source>{file} has no rows below its header; nothing to import</source>
        <translation>{file} nie ma wierszy pod nagłówkiem; nie ma czego importować</translation>
    </message>
    <message>
        <source>this sync would end {ended} of {active} active people ({percent}%); if the file really is the complete list, allow it to end that many</source>
        <translation>ta synchronizacja zakończyłaby zatrudnienie {ended} z {active} aktywnych osób ({percent}%); jeśli plik naprawdę jest pełną listą, zezwól na zakończenie tylu osób</translation>
    </message>
    <message>
        <source>the same number is on row {first}</source>
        <translation>ten sam numer jest w wierszu {first}</translation>
    </message>
    <message>
        <source>the same badge is on row {first}</source>
        <translation>ten sam identyfikator jest w wierszu {first}</translation>
    </message>
    <message>
        <source>keep one of rows {first} and {row}</source>
        <translation>zostaw jeden z wierszy {first} i {row}</translation>
    </message>
    <message>
        <source>this number belongs to a dependant</source>
        <translation>ten numer należy do członka rodziny</translation>
    </message>
    <message>
        <source>give the employee their own number</source>
        <translation>nadaj pracownikowi jego własny numer</translation>
    </message>
    <message>
        <source>this number belongs to an employee</source>
        <translation>ten numer należy do pracownika</translation>
    </message>
    <message>
        <source>give the dependant their own number</source>
        <translation>nadaj członkowi rodziny jego własny numer</translation>
    </message>
    <message>
        <source>this badge already belongs to staff {holder}</source>
        <translation>ten identyfikator należy już do pracownika {holder}</translation>
    </message>
    <message>
        <source>this badge already belongs to dependant {holder}</source>
        <translation>ten identyfikator należy już do członka rodziny {holder}</translation>
    </message>
    <message>
        <source>this badge already belongs to department {holder}</source>
        <translation>ten identyfikator należy już do działu {holder}</translation>
    </message>
    <message>
        <source>revoke it from them first, or correct the badge</source>
        <translation>najpierw go unieważnij albo popraw identyfikator</translation>
    </message>
    <message>
        <source>a new employee needs a company, and the file has no company column</source>
        <translation>nowy pracownik potrzebuje spółki, a plik nie ma kolumny spółki</translation>
    </message>
    <message>
        <source>a new employee needs a start date, and the file has no start date column</source>
        <translation>nowy pracownik potrzebuje daty rozpoczęcia, a plik nie ma kolumny daty rozpoczęcia</translation>
    </message>
    <message>
        <source>add the column, or map the file&apos;s column to {field}</source>
        <translation>dodaj kolumnę albo przypisz kolumnę pliku do pola „{field}”</translation>
    </message>
    <message>
        <source>this badge was revoked ({reason})</source>
        <translation>ten identyfikator został unieważniony ({reason})</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>bez podanej przyczyny</translation>
    </message>
    <message>
        <source>issue a new badge, and put its number in the HR system</source>
        <translation>wydaj nowy identyfikator i wpisz jego numer do systemu kadrowego</translation>
    </message>
    <message>
        <source>a dependant of an unknown employee</source>
        <translation>członek rodziny nieznanego pracownika</translation>
    </message>
    <message>
        <source>add the employee to the file, or correct the number</source>
        <translation>dodaj pracownika do pliku albo popraw numer</translation>
    </message>
    <message>
        <source>the employee number is empty</source>
        <translation>numer pracownika jest pusty</translation>
    </message>
    <message>
        <source>fill it in, or delete the row</source>
        <translation>uzupełnij go albo usuń wiersz</translation>
    </message>
    <message>
        <source>fill it in</source>
        <translation>uzupełnij</translation>
    </message>
    <message>
        <source>the name is longer than 200 characters</source>
        <translation>imię i nazwisko ma więcej niż 200 znaków</translation>
    </message>
    <message>
        <source>shorten it</source>
        <translation>skróć je</translation>
    </message>
    <message>
        <source>a person cannot be their own dependant</source>
        <translation>osoba nie może być członkiem rodziny samej siebie</translation>
    </message>
    <message>
        <source>leave it empty</source>
        <translation>zostaw puste</translation>
    </message>
    <message>
        <source>the company is empty</source>
        <translation>brak spółki</translation>
    </message>
    <message>
        <source>unknown company</source>
        <translation>nieznana spółka</translation>
    </message>
    <message>
        <source>the start date is empty</source>
        <translation>brak daty rozpoczęcia</translation>
    </message>
    <message>
        <source>fill in the hire date</source>
        <translation>wpisz datę zatrudnienia</translation>
    </message>
    <message>
        <source>the end date is before the start date ({start})</source>
        <translation>data zakończenia jest wcześniejsza niż data rozpoczęcia ({start})</translation>
    </message>
    <message>
        <source>check both dates</source>
        <translation>sprawdź obie daty</translation>
    </message>
    <message>
        <source>not a status</source>
        <translation>to nie jest status</translation>
    </message>
    <message>
        <source>not a role</source>
        <translation>to nie jest rola</translation>
    </message>
    <message>
        <source>not an employment type</source>
        <translation>to nie jest rodzaj zatrudnienia</translation>
    </message>
    <message>
        <source>badges match {pattern}</source>
        <translation>identyfikatory pasują do wzorca {pattern}</translation>
    </message>
    <message>
        <source>the last digit should be {digit}; check the badge number</source>
        <translation>ostatnia cyfra powinna być {digit}; sprawdź numer identyfikatora</translation>
    </message>
    <message>
        <source>write it as 2026-11-23, 23.11.2026 or 23/11/2026</source>
        <translation>wpisz ją jako 2026-11-23, 23.11.2026 lub 23/11/2026</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>to nie jest data</translation>
    </message>
    <message>
        <source>did you mean {value}?</source>
        <translation>czy chodziło o {value}?</translation>
    </message>
    <message>
        <source>add it in the admin window first</source>
        <translation>najpierw dodaj w oknie administratora</translation>
    </message>
    <message>
        <source>use one of: {values}</source>
        <translation>użyj jednego z: {values}</translation>
    </message>
    <message>
        <source>known: {values}; add others in the admin window first</source>
        <translation>znane: {values}; inne najpierw dodaj w oknie administratora</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>przecinek</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>średnik</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Skoroszyt Excel</translation>
    </message>
    <message>
        <source>CSV, {encoding}, {delimiter}-separated</source>
        <translation>CSV, {encoding}, separator: {delimiter}</translation>
    </message>
    <message>
        <source>there is no file {file}</source>
        <translation>nie ma pliku {file}</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file</source>
        <translation>{file} to folder, nie plik</translation>
    </message>
    <message>
        <source>cannot read {file}: {problem}</source>
        <translation>nie można odczytać {file}: {problem}</translation>
    </message>
    <message>
        <source>{file} is empty</source>
        <translation>{file} jest pusty</translation>
    </message>
    <message>
        <source>{file} row {row} has a cell longer than {limit} characters; this is not an HR export</source>
        <translation>{file}, wiersz {row}: komórka ma więcej niż {limit} znaków; to nie jest eksport z kadr</translation>
    </message>
    <message>
        <source>{file} row {row} cannot be read as CSV: {problem}</source>
        <translation>{file}, wiersza {row} nie można odczytać jako CSV: {problem}</translation>
    </message>
    <message>
        <source>{file} has no header line (its first line is empty)</source>
        <translation>{file} nie ma wiersza nagłówka (pierwszy wiersz jest pusty)</translation>
    </message>
    <message>
        <source>{file} contains NUL bytes near byte {byte}; it is not a text export</source>
        <translation>{file} zawiera bajty NUL w pobliżu bajtu {byte}; to nie jest eksport tekstowy</translation>
    </message>
    <message>
        <source>{file} mixes encodings: row {row} is UTF-8 and the rows before it are not; save the whole file again in one encoding (CSV UTF-8)</source>
        <translation>{file} miesza kodowania: wiersz {row} jest w UTF-8, a wiersze przed nim nie; zapisz cały plik ponownie w jednym kodowaniu (CSV UTF-8)</translation>
    </message>
    <message>
        <source>{file} row {row}, column {column}: a quote opened there is not closed until the next line, so both lines would be read as one cell; remove the stray quote (HR exports have one line per person)</source>
        <translation>{file}, wiersz {row}, kolumna {column}: otwarty tam cudzysłów zamyka się dopiero w następnym wierszu, więc oba wiersze zostałyby odczytane jako jedna komórka; usuń zbędny cudzysłów (eksport z kadr ma jeden wiersz na osobę)</translation>
    </message>
    <message>
        <source>{file} row {row}, column {column}: a quote opened there is not closed until {lines} lines later, so those lines would be read as one cell; remove the stray quote (HR exports have one line per person)</source>
        <translation>{file}, wiersz {row}, kolumna {column}: otwarty tam cudzysłów zamyka się dopiero po kolejnych wierszach ({lines}), więc zostałyby one odczytane jako jedna komórka; usuń zbędny cudzysłów (eksport z kadr ma jeden wiersz na osobę)</translation>
    </message>
    <message>
        <source>{file} is UTF-16 text; save it again as CSV UTF-8 (or as XLSX)</source>
        <translation>{file} to tekst UTF-16; zapisz go ponownie jako CSV UTF-8 (albo jako XLSX)</translation>
    </message>
    <message>
        <source>{file} contains NUL bytes (at byte {byte}); it is not a text export</source>
        <translation>{file} zawiera bajty NUL (w bajcie {byte}); to nie jest eksport tekstowy</translation>
    </message>
    <message>
        <source>{encoding} is not a text encoding; try utf-8 or cp1250</source>
        <translation>{encoding} nie jest kodowaniem tekstu; spróbuj utf-8 lub cp1250</translation>
    </message>
    <message>
        <source>{file} mixes encodings: some rows are UTF-8 and row {row} is not; save the whole file again in one encoding (CSV UTF-8)</source>
        <translation>{file} miesza kodowania: część wierszy jest w UTF-8, a wiersz {row} nie; zapisz cały plik ponownie w jednym kodowaniu (CSV UTF-8)</translation>
    </message>
    <message>
        <source>{file} could be {one} (“{one_reads}”) or {other} (“{other_reads}”); give its encoding, e.g. --encoding {other}</source>
        <translation>{file} może być w {one} („{one_reads}”) albo w {other} („{other_reads}”); podaj jego kodowanie, np. --encoding {other}</translation>
    </message>
    <message>
        <source>{file} is not {encoding} text (row {row}); leave the encoding to be detected or give the right one, e.g. cp1250</source>
        <translation>{file} nie jest tekstem {encoding} (wiersz {row}); pozwól wykryć kodowanie albo podaj właściwe, np. cp1250</translation>
    </message>
    <message>
        <source>{file} row {row} is not UTF-8 like the rows before it: the file mixes encodings; save it again in one encoding (CSV UTF-8)</source>
        <translation>{file}, wiersz {row} nie jest w UTF-8 jak wiersze przed nim: plik miesza kodowania; zapisz go ponownie w jednym kodowaniu (CSV UTF-8)</translation>
    </message>
    <message>
        <source>{file} row {row} is not {encoding} text; give the file&apos;s encoding</source>
        <translation>{file}, wiersz {row} nie jest tekstem {encoding}; podaj kodowanie pliku</translation>
    </message>
    <message>
        <source>the delimiter must be one character, not {delimiter}</source>
        <translation>separator musi być jednym znakiem, nie {delimiter}</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx) that can be read</source>
        <translation>{file} nie jest skoroszytem Excel (.xlsx), który da się odczytać</translation>
    </message>
    <message>
        <source>{file} has no sheet {sheet}; its sheets: {sheets}</source>
        <translation>{file} nie ma arkusza {sheet}; jego arkusze: {sheets}</translation>
    </message>
    <message>
        <source>{file} row {row} cannot be read: {problem}</source>
        <translation>{file}, wiersza {row} nie można odczytać: {problem}</translation>
    </message>
    <message>
        <source>{file} has no header row (its first row is empty)</source>
        <translation>{file} nie ma wiersza nagłówka (pierwszy wiersz jest pusty)</translation>
    </message>
    <message>
        <source>a cell is longer than {limit} characters; this is not an export</source>
        <translation>komórka ma więcej niż {limit} znaków; to nie jest eksport</translation>
    </message>
    <message>
        <source>{count} new departments: {names}</source>
        <translation>nowe działy ({count}): {names}</translation>
    </message>
    <message>
        <source>left out: {columns}</source>
        <translation>pominięte: {columns}</translation>
    </message>
    <message>
        <source>a new employee needs an employment type, and it is empty</source>
        <translation>nowy pracownik musi mieć rodzaj zatrudnienia, a to pole jest puste</translation>
    </message>
    <message>
        <source>fill it in (full time, part time, contractor, …)</source>
        <translation>uzupełnij je (pełny etat, niepełny etat, umowa zlecenie, …)</translation>
    </message>
    <message>
        <source>a new employee needs an employment type, and the file has no employment type column</source>
        <translation>nowy pracownik musi mieć rodzaj zatrudnienia, a plik nie ma takiej kolumny</translation>
    </message>
    <message>
        <source>the name is written on more than one line</source>
        <translation>imię i nazwisko zajmują więcej niż jeden wiersz</translation>
    </message>
    <message>
        <source>write it on one line</source>
        <translation>zapisz je w jednym wierszu</translation>
    </message>
    <message>
        <source>not a worker type (employee or contractor)</source>
        <translation>to nie jest typ pracownika (pracownik lub zleceniobiorca)</translation>
    </message>
    <message>
        <source>{word} ({code})</source>
        <translation>{word} ({code})</translation>
    </message>
    <message>
        <source>did you mean {word}? or map it: --value {field}:{value}={code}</source>
        <translation>czy chodziło o {word}? albo przypisz: --value {field}:{value}={code}</translation>
    </message>
    <message>
        <source>map it to one of {codes}: --value {field}:{value}=CODE</source>
        <translation>przypisz jedną z wartości {codes}: --value {field}:{value}=KOD</translation>
    </message>
    <message>
        <source>values can be mapped for {fields}, not {field}</source>
        <translation>wartości można przypisać dla {fields}, nie dla {field}</translation>
    </message>
    <message>
        <source>{value} cannot be read as {code}: a {field} is one of {codes}</source>
        <translation>nie można czytać {value} jako {code}: {field} to jedno z: {codes}</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>Reading and checking each row…</source>
        <translation>Odczyt i sprawdzanie każdego wiersza…</translation>
    </message>
    <message>
        <source>Checking the file against the registry…</source>
        <translation>Porównywanie pliku z ewidencją…</translation>
    </message>
    <message>
        <source>Writing the registry…</source>
        <translation>Zapisywanie ewidencji…</translation>
    </message>
    <message>
        <source>the import stopped on an unexpected error ({error}); nothing was imported</source>
        <translation>import przerwał nieoczekiwany błąd ({error}); niczego nie zaimportowano</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Detect</source>
        <translation>Wykryj</translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250 (środkowoeuropejskie)</translation>
    </message>
    <message>
        <source>ISO-8859-2 (Latin-2)</source>
        <translation>ISO-8859-2 (Latin-2)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (zachodnie)</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Przecinek ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Średnik ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>Numer pracownika</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Spółka</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>Rodzaj zatrudnienia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data rozpoczęcia</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data zakończenia</translation>
    </message>
    <message>
        <source>Till role</source>
        <translation>Rola przy kasie</translation>
    </message>
    <message>
        <source>Dependant of (employee number)</source>
        <translation>Członek rodziny (numer pracownika)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Podpowiedź</translation>
    </message>
    <message>
        <source>Nothing is changed until you press Import.</source>
        <translation>Nic się nie zmieni, dopóki nie naciśniesz Importuj.</translation>
    </message>
    <message>
        <source>The file is the &amp;complete list: end staff missing from it, bring back returning staff</source>
        <translation>Plik to &amp;pełna lista: zakończ zatrudnienie osób, których w nim nie ma, przywróć powracające</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows and leave out the rows with problems</source>
        <translation>Importuj &amp;poprawne wiersze i pomiń wiersze z problemami</translation>
    </message>
    <message>
        <source>Confirm ending the staff missing from the file</source>
        <translation>Potwierdź zakończenie pracowników, których brak w pliku</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Sprawdź &amp;ponownie</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Znalezione problemy</translation>
    </message>
    <message>
        <source>Save the report as &amp;CSV…</source>
        <translation>Zapisz raport jako &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <source>The options changed: check again.</source>
        <translation>Opcje się zmieniły: sprawdź ponownie.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Sprawdzanie pliku</translation>
    </message>
    <message>
        <source>{source}. Rows: {rows}. To add: {added}, to change: {changed} (coming back: {reactivated}), unchanged: {unchanged}, to end: {ended}.</source>
        <translation>{source}. Wiersze: {rows}. Do dodania: {added}, do zmiany: {changed} (powracający: {reactivated}), bez zmian: {unchanged}, do zakończenia: {ended}.</translation>
    </message>
    <message>
        <source>{source}. Rows: {rows}. To add: {added}, to change: {changed} (coming back: {reactivated}), unchanged: {unchanged}.</source>
        <translation>{source}. Wiersze: {rows}. Do dodania: {added}, do zmiany: {changed} (powracający: {reactivated}), bez zmian: {unchanged}.</translation>
    </message>
    <message>
        <source>Rows with problems: {rejected} (below): fix them in the file and check again, or import the valid rows only.</source>
        <translation>Wiersze z problemami: {rejected} (poniżej): popraw je w pliku i sprawdź ponownie albo zaimportuj tylko poprawne wiersze.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Nie znaleziono problemów.</translation>
    </message>
    <message>
        <source>Yes, the file is the complete list: &amp;end {ended} of {active} active people</source>
        <translation>Tak, plik to pełna lista: &amp;zakończ zatrudnienie {ended} z {active} aktywnych osób</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Zapisz raport</translation>
    </message>
    <message>
        <source>Wrote {count} problem to {file}.</source>
        <translation>Zapisano problem ({count}) do {file}.</translation>
    </message>
    <message>
        <source>Wrote {count} problems to {file}.</source>
        <translation>Zapisano problemy ({count}) do {file}.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importowanie</translation>
    </message>
    <message>
        <source>Import staff from an HR export</source>
        <translation>Import pracowników z eksportu kadr</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Wstecz</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Dalej &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
    <message>
        <source>1. Choose the HR export</source>
        <translation>1. Wybierz eksport kadr</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file, one person a row, with a header row.</source>
        <translation>Plik CSV lub Excel (.xlsx), jedna osoba w wierszu, z wierszem nagłówka.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>P&amp;rzeglądaj…</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodowanie</translation>
    </message>
    <message>
        <source>Column separator</source>
        <translation>Separator kolumn</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Arkusz</translation>
    </message>
    <message>
        <source>Saved column mapping</source>
        <translation>Zapisane dopasowanie kolumn</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Plik:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodowanie:</translation>
    </message>
    <message>
        <source>Column &amp;separator:</source>
        <translation>&amp;Separator kolumn:</translation>
    </message>
    <message>
        <source>S&amp;heet (Excel):</source>
        <translation>&amp;Arkusz (Excel):</translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation>&amp;Zapisane dopasowanie:</translation>
    </message>
    <message>
        <source>(match columns by name)</source>
        <translation>(dopasuj kolumny po nazwie)</translation>
    </message>
    <message>
        <source>HR export</source>
        <translation>Eksport kadr</translation>
    </message>
    <message>
        <source>HR exports</source>
        <translation>Eksporty kadr</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Wszystkie pliki</translation>
    </message>
    <message>
        <source>2. Match the columns</source>
        <translation>2. Dopasuj kolumny</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolumna w pliku</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Pierwsze wartości</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Czytaj jako</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Dopasowanie kolumn</translation>
    </message>
    <message>
        <source>e.g. Comarch Optima, Sage HR</source>
        <translation>np. Comarch Optima, Sage HR</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nazwa profilu</translation>
    </message>
    <message>
        <source>Sa&amp;ve as profile</source>
        <translation>Zapisz jako p&amp;rofil</translation>
    </message>
    <message>
        <source>Save this mapping for next time:</source>
        <translation>Zapisz to dopasowanie na przyszłość:</translation>
    </message>
    <message>
        <source>Read column {column} as</source>
        <translation>Czytaj kolumnę {column} jako</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(pomiń)</translation>
    </message>
    <message>
        <source>Two columns are read as {fields}: keep one.</source>
        <translation>Dwie kolumny są czytane jako {fields}: zostaw jedną.</translation>
    </message>
    <message>
        <source>Choose the column that holds: {fields}.</source>
        <translation>Wybierz kolumnę, która zawiera: {fields}.</translation>
    </message>
    <message>
        <source>{read} of {columns} columns will be read.</source>
        <translation>Zostanie odczytanych kolumn: {read} z {columns}.</translation>
    </message>
    <message>
        <source>Saved as profile “{name}”.</source>
        <translation>Zapisano jako profil „{name}”.</translation>
    </message>
    <message>
        <source>{file} is in the registry.</source>
        <translation>{file} jest w ewidencji.</translation>
    </message>
    <message>
        <source>Added: {added}</source>
        <translation>Dodano: {added}</translation>
    </message>
    <message>
        <source>Changed: {changed} (of whom {reactivated} came back)</source>
        <translation>Zmieniono: {changed} (w tym powróciło: {reactivated})</translation>
    </message>
    <message>
        <source>Ended: {ended}</source>
        <translation>Zakończono: {ended}</translation>
    </message>
    <message>
        <source>Unchanged: {unchanged}</source>
        <translation>Bez zmian: {unchanged}</translation>
    </message>
    <message>
        <source>Left out with problems: {rejected}</source>
        <translation>Pominięto z powodu problemów: {rejected}</translation>
    </message>
    <message>
        <source>The import is recorded in the audit log.</source>
        <translation>Import jest zapisany w dzienniku zmian.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Worker type (employee or contractor)</source>
        <translation>Typ pracownika (pracownik lub zleceniobiorca)</translation>
    </message>
    <message>
        <source>4. Check the file</source>
        <translation>4. Sprawdź plik</translation>
    </message>
    <message>
        <source>5. Imported</source>
        <translation>5. Zaimportowano</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>pracownik</translation>
    </message>
    <message>
        <source>contractor</source>
        <translation>zleceniobiorca</translation>
    </message>
    <message>
        <source>3. Read the values</source>
        <translation>3. Odczytaj wartości</translation>
    </message>
    <message>
        <source>What each status and employment type in the file means. Words the app knows are chosen already; choose the others, or their rows are left out as problems.</source>
        <translation>Co oznacza każdy status i rodzaj zatrudnienia z pliku. Słowa znane aplikacji są już wybrane; wybierz pozostałe, inaczej ich wiersze zostaną pominięte jako problemy.</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Wartość w pliku</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Wiersze</translation>
    </message>
    <message>
        <source>Value mapping</source>
        <translation>Przypisanie wartości</translation>
    </message>
    <message>
        <source>Sa&amp;ve columns and values as profile</source>
        <translation>Zapi&amp;sz kolumny i wartości jako profil</translation>
    </message>
    <message>
        <source>Reading the values…</source>
        <translation>Odczytywanie wartości…</translation>
    </message>
    <message>
        <source>Reading the values</source>
        <translation>Odczytywanie wartości</translation>
    </message>
    <message>
        <source>Read {value} as</source>
        <translation>Czytaj {value} jako</translation>
    </message>
    <message>
        <source>(cannot be read: a problem)</source>
        <translation>(nieczytelne: problem)</translation>
    </message>
    <message>
        <source>The file has no values to read in these columns.</source>
        <translation>Plik nie ma wartości do odczytania w tych kolumnach.</translation>
    </message>
    <message>
        <source>{count} value cannot be read yet: choose what it means.</source>
        <translation>Wartość jeszcze nieczytelna: {count}. Wybierz, co oznacza.</translation>
    </message>
    <message>
        <source>{count} values cannot be read yet: choose what they mean.</source>
        <translation>Wartości jeszcze nieczytelne: {count}. Wybierz, co oznaczają.</translation>
    </message>
    <message>
        <source>Every value can be read.</source>
        <translation>Wszystkie wartości są czytelne.</translation>
    </message>
    <message>
        <source>Say which field each column of the file holds.</source>
        <translation>Wskaż, które pole zawiera każda kolumna pliku.</translation>
    </message>
    <message>
        <source>For people already in the registry, a column left out keeps what the registry has (till roles, for example). For new people it stays empty, the status is active and there is no till role; a new employee without an employment type is not imported.</source>
        <translation>Dla osób już w rejestrze pominięta kolumna zostawia to, co ma rejestr (np. role przy kasie). Dla nowych osób pole zostaje puste, status jest aktywny i nie ma roli przy kasie; nowy pracownik bez rodzaju zatrudnienia nie zostanie zaimportowany.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>sales record {seq} {what}</source>
        <translation>zapis sprzedaży {seq} {what}</translation>
    </message>
    <message>
        <source>day close record {seq} {what}</source>
        <translation>zapis zamknięcia dnia {seq} {what}</translation>
    </message>
    <message>
        <source>audit record {seq} {what}</source>
        <translation>wpis dziennika zmian {seq} {what}</translation>
    </message>
    <message>
        <source>does not follow the record before it</source>
        <translation>nie łączy się z poprzednim zapisem</translation>
    </message>
    <message>
        <source>was changed after it was written</source>
        <translation>został zmieniony po zapisaniu</translation>
    </message>
    <message>
        <source>(sale {sale}) was changed after it was written</source>
        <translation>(sprzedaż {sale}) został zmieniony po zapisaniu</translation>
    </message>
    <message>
        <source>names a journal record that does not exist</source>
        <translation>wskazuje zapis dziennika, który nie istnieje</translation>
    </message>
    <message>
        <source>(day {day}) was changed after it was written</source>
        <translation>(dzień {day}) został zmieniony po zapisaniu</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>amount</source>
        <translation>kwota</translation>
    </message>
    <message>
        <source>{what} {text} must not be negative</source>
        <translation>{what} {text} nie może być ujemna</translation>
    </message>
    <message>
        <source>{what} {text} is not an amount like 12.50</source>
        <translation>{what} {text} nie jest kwotą, np. 12,50</translation>
    </message>
    <message>
        <source>{what} {text} has more than {places} decimal places</source>
        <translation>{what} {text} ma więcej miejsc po przecinku niż {places}</translation>
    </message>
    <message>
        <source>{what} {text} is too large</source>
        <translation>{what} {text} jest za duża</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>procent</translation>
    </message>
    <message>
        <source>{what} must be a number between 0 and 100, not {value}</source>
        <translation>{what} musi być liczbą od 0 do 100, nie {value}</translation>
    </message>
    <message>
        <source>{what} may have at most two decimals, not {value}</source>
        <translation>{what} może mieć najwyżej dwa miejsca po przecinku, nie {value}</translation>
    </message>
</context>
<context>
    <name>Payroll</name>
    <message>
        <source>{problem}; nothing was recorded</source>
        <translation>{problem}; nic nie zapisano</translation>
    </message>
    <message>
        <source>{name} ({employee}) has no PIN yet, and a charge to payroll needs one; set it with &apos;staff set-pin {employee}&apos;</source>
        <translation>{name} ({employee}) nie ma jeszcze PIN-u, a potrącenie z wynagrodzenia go wymaga; ustaw go poleceniem &apos;staff set-pin {employee}&apos;</translation>
    </message>
    <message>
        <source>a charge to payroll needs the PIN of {name} ({employee})</source>
        <translation>potrącenie z wynagrodzenia wymaga PIN-u: {name} ({employee})</translation>
    </message>
    <message>
        <source>--pay {tender} must be one of {choices}</source>
        <translation>--pay {tender} musi być jednym z: {choices}</translation>
    </message>
    <message>
        <source>only the own company&apos;s employees and their dependants can charge to payroll; this buyer pays at the till</source>
        <translation>tylko pracownicy własnej spółki i członkowie ich rodzin mogą płacić potrąceniem z wynagrodzenia; ten kupujący płaci przy kasie</translation>
    </message>
    <message>
        <source>{name} is not eligible for the staff discount today, so cannot charge to payroll; pay at the till</source>
        <translation>{name} nie ma dziś prawa do rabatu pracowniczego, więc nie może płacić potrąceniem z wynagrodzenia; płatność przy kasie</translation>
    </message>
    <message>
        <source>policy {policy} sets no payroll limit, so its holders pay at the till</source>
        <translation>zasada {policy} nie ustala limitu potrąceń z wynagrodzenia, więc jej posiadacze płacą przy kasie</translation>
    </message>
    <message>
        <source>payroll is closed through {day}; a charge must fall after it</source>
        <translation>lista płac jest zamknięta do {day}; potrącenie musi przypaść później</translation>
    </message>
    <message>
        <source>{amount} {currency} is past the payroll limit of {limit} {currency} {period}; {left} {currency} is left</source>
        <translation>{amount} {currency} przekracza limit potrąceń {limit} {currency} {period}; pozostało {left} {currency}</translation>
    </message>
    <message>
        <source>payroll is closed through {day}; a refund to payroll must fall after it</source>
        <translation>lista płac jest zamknięta do {day}; zwrot na wynagrodzenie musi przypaść później</translation>
    </message>
    <message>
        <source>--through {day} is not over yet (today is {today}); close payroll through a past day; nothing was closed</source>
        <translation>--through {day} jeszcze się nie skończył (dziś jest {today}); zamknij listę płac do minionego dnia; nic nie zamknięto</translation>
    </message>
    <message>
        <source>payroll is already closed through {day}; close through a later day; nothing was closed</source>
        <translation>lista płac jest już zamknięta do {day}; zamknij do późniejszego dnia; nic nie zamknięto</translation>
    </message>
</context>
<context>
    <name>Pins</name>
    <message>
        <source>supervisor override</source>
        <translation>zgoda kierownika</translation>
    </message>
    <message>
        <source>till sign-in</source>
        <translation>logowanie na kasie</translation>
    </message>
    <message>
        <source>admin sign-in</source>
        <translation>logowanie administratora</translation>
    </message>
    <message>
        <source>charge to payroll</source>
        <translation>potrącenie z wynagrodzenia</translation>
    </message>
    <message>
        <source>customer switched after a blocked badge</source>
        <translation>zmiana klienta po zablokowanym identyfikatorze</translation>
    </message>
    <message>
        <source>refund approval</source>
        <translation>zatwierdzenie zwrotu</translation>
    </message>
    <message>
        <source>the PIN of {name} is locked after {count} wrong tries, until {time}; ask an admin</source>
        <translation>PIN {name} jest zablokowany po {count} błędnych próbach, do {time}; poproś administratora</translation>
    </message>
    <message>
        <source>the PIN of {name} is locked after {count} wrong tries, until {time}; choose the admin password in this window to sign in now and set a new PIN on the Staff registry page (or with the command &apos;pos-desktop staff set-pin {employee}&apos;), or try again then</source>
        <translation>PIN {name} jest zablokowany po {count} błędnych próbach, do {time}; wybierz w tym oknie hasło administratora, aby zalogować się od razu, i ustaw nowy PIN na stronie Pracownicy (albo poleceniem &apos;pos-desktop staff set-pin {employee}&apos;) lub spróbuj ponownie po tej godzinie</translation>
    </message>
    <message>
        <source>wrong PIN; tries left before the PIN locks: {count}</source>
        <translation>błędny PIN; pozostałe próby przed blokadą: {count}</translation>
    </message>
    <message>
        <source>the PIN of {name} is locked after {count} wrong tries, until {time}; try again then, or ask another admin to set a new PIN</source>
        <translation>PIN {name} jest zablokowany po {count} błędnych próbach, do {time}; spróbuj ponownie po tej godzinie albo poproś innego administratora o nowy PIN</translation>
    </message>
    <message>
        <source>the PIN of {name} is locked after {count} wrong tries, until {time}; sign in with the admin password instead and set a new PIN on the Staff registry page, or try again then</source>
        <translation>PIN {name} jest zablokowany po {count} błędnych próbach, do {time}; zaloguj się hasłem administratora i ustaw nowy PIN na stronie Pracownicy albo spróbuj ponownie po tej godzinie</translation>
    </message>
    <message>
        <source>the PIN of {name} is locked after {count} wrong tries, until {time}; try again then, or set a new PIN with the command &apos;pos-desktop staff set-pin {employee}&apos;</source>
        <translation>PIN {name} jest zablokowany po {count} błędnych próbach, do {time}; spróbuj ponownie po tej godzinie albo ustaw nowy PIN poleceniem &apos;pos-desktop staff set-pin {employee}&apos;</translation>
    </message>
</context>
<context>
    <name>PoliciesPage</name>
    <message>
        <source>Policies, in the order they are tried</source>
        <translation>Zasady w kolejności sprawdzania</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <source>&amp;Employment types</source>
        <translation>&amp;Rodzaje zatrudnienia</translation>
    </message>
    <message>
        <source>&amp;Percent</source>
        <translation>&amp;Procent</translation>
    </message>
    <message>
        <source>Cost-plus &amp;markup %</source>
        <translation>Narzut na &amp;koszt %</translation>
    </message>
    <message>
        <source>Open amounts %</source>
        <translation>Kwoty otwarte %</translation>
    </message>
    <message>
        <source>&amp;Floor above cost %</source>
        <translation>&amp;Minimum ponad koszt %</translation>
    </message>
    <message>
        <source>empty: none</source>
        <translation>puste: brak</translation>
    </message>
    <message>
        <source>&amp;Cap per sale</source>
        <translation>&amp;Limit na paragon</translation>
    </message>
    <message>
        <source>&amp;Allowance</source>
        <translation>Limit ra&amp;batu</translation>
    </message>
    <message>
        <source>Payroll limit</source>
        <translation>Limit potrąceń</translation>
    </message>
    <message>
        <source>Payroll limit period</source>
        <translation>Okres limitu potrąceń</translation>
    </message>
    <message>
        <source>Probation &amp;days</source>
        <translation>&amp;Dni okresu próbnego</translation>
    </message>
    <message>
        <source>Units per i&amp;tem</source>
        <translation>&amp;Sztuk na towar</translation>
    </message>
    <message>
        <source>Company relation</source>
        <translation>Powiązanie spółki</translation>
    </message>
    <message>
        <source>any company</source>
        <translation>dowolna spółka</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metoda</translation>
    </message>
    <message>
        <source>percent off</source>
        <translation>procent rabatu</translation>
    </message>
    <message>
        <source>cost plus markup</source>
        <translation>koszt plus narzut</translation>
    </message>
    <message>
        <source>Dependants share the employee&apos;s discount</source>
        <translation>Członkowie rodziny korzystają z rabatu pracownika</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <source>empty: pay at the till only</source>
        <translation>puste: płatność tylko przy kasie</translation>
    </message>
    <message>
        <source>Met&amp;hod</source>
        <translation>M&amp;etoda</translation>
    </message>
    <message>
        <source>Preview price</source>
        <translation>Cena w podglądzie</translation>
    </message>
    <message>
        <source>Preview cost</source>
        <translation>Koszt w podglądzie</translation>
    </message>
    <message>
        <source>Preview category</source>
        <translation>Kategoria w podglądzie</translation>
    </message>
    <message>
        <source>Preview: an item at</source>
        <translation>Podgląd: towar za</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>koszt</translation>
    </message>
    <message>
        <source>in</source>
        <translation>w</translation>
    </message>
    <message>
        <source>New p&amp;olicy</source>
        <translation>Nowa z&amp;asada</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>W &amp;górę</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;W dół</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>&amp;Save policies</source>
        <translation>&amp;Zapisz zasady</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>W&amp;czytaj ponownie</translation>
    </message>
    <message>
        <source>any employment</source>
        <translation>dowolne zatrudnienie</translation>
    </message>
    <message>
        <source>A {price} item in {category} for {who} costs {total} ({why}).</source>
        <translation>Towar za {price} z kategorii {category} dla: {who} kosztuje {total} ({why}).</translation>
    </message>
    <message>
        <source>Policy {number}</source>
        <translation>Zasada {number}</translation>
    </message>
    <message>
        <source>empty: no limit</source>
        <translation>puste: bez limitu</translation>
    </message>
    <message>
        <source>Category rates</source>
        <translation>Stawki kategorii</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Procent</translation>
    </message>
    <message>
        <source>Add a rate</source>
        <translation>Dodaj stawkę</translation>
    </message>
    <message>
        <source>Remove the rate</source>
        <translation>Usuń stawkę</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>none ticked: any employment</source>
        <translation>nic nie zaznaczono: każde zatrudnienie</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Allowance period</source>
        <translation>Okres limitu</translation>
    </message>
    <message>
        <source>a calendar year</source>
        <translation>rok kalendarzowy</translation>
    </message>
    <message>
        <source>a calendar month</source>
        <translation>miesiąc kalendarzowy</translation>
    </message>
    <message>
        <source>the last … days</source>
        <translation>ostatnie … dni</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dni</translation>
    </message>
    <message>
        <source>per</source>
        <translation>na</translation>
    </message>
</context>
<context>
    <name>PolicyForm</name>
    <message>
        <source>the name</source>
        <translation>nazwa</translation>
    </message>
    <message>
        <source>the employment types</source>
        <translation>rodzaje zatrudnienia</translation>
    </message>
    <message>
        <source>the percent</source>
        <translation>procent</translation>
    </message>
    <message>
        <source>the markup</source>
        <translation>narzut</translation>
    </message>
    <message>
        <source>the percent for open amounts</source>
        <translation>procent dla kwot otwartych</translation>
    </message>
    <message>
        <source>the floor above cost</source>
        <translation>minimum ponad koszt</translation>
    </message>
    <message>
        <source>the cap per sale</source>
        <translation>limit na paragon</translation>
    </message>
    <message>
        <source>the allowance</source>
        <translation>limit rabatu</translation>
    </message>
    <message>
        <source>the number of days</source>
        <translation>liczba dni</translation>
    </message>
    <message>
        <source>the payroll limit</source>
        <translation>limit potrąceń z wynagrodzenia</translation>
    </message>
    <message>
        <source>the probation days</source>
        <translation>dni okresu próbnego</translation>
    </message>
    <message>
        <source>the units per item</source>
        <translation>sztuki na towar</translation>
    </message>
    <message>
        <source>the category rates</source>
        <translation>stawki kategorii</translation>
    </message>
    <message>
        <source>the preview price</source>
        <translation>cena w podglądzie</translation>
    </message>
    <message>
        <source>the preview cost</source>
        <translation>koszt w podglądzie</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>nazwa jest pusta</translation>
    </message>
    <message>
        <source>choose which companies it applies to</source>
        <translation>wybierz, których spółek dotyczy</translation>
    </message>
    <message>
        <source>choose percent off or cost plus markup</source>
        <translation>wybierz procent rabatu albo koszt plus narzut</translation>
    </message>
    <message>
        <source>a cost-plus policy needs a markup</source>
        <translation>zasada koszt plus narzut wymaga narzutu</translation>
    </message>
    <message>
        <source>choose a category for each rate</source>
        <translation>wybierz kategorię dla każdej stawki</translation>
    </message>
    <message>
        <source>{category} has two rates</source>
        <translation>{category} ma dwie stawki</translation>
    </message>
    <message>
        <source>choose the period of {what}</source>
        <translation>wybierz okres dla: {what}</translation>
    </message>
    <message>
        <source>a rolling period needs its number of days</source>
        <translation>okres kroczący wymaga liczby dni</translation>
    </message>
    <message>
        <source>{what} must be a percentage from 0 to 1000, not {value}</source>
        <translation>{what} musi być procentem od 0 do 1000, nie {value}</translation>
    </message>
    <message>
        <source>{what} must be a whole number from {minimum} to {maximum}</source>
        <translation>{what} musi być liczbą całkowitą od {minimum} do {maximum}</translation>
    </message>
    <message>
        <source>give the preview price</source>
        <translation>podaj cenę w podglądzie</translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <source>blocked: regular price</source>
        <translation>zablokowany: cena regularna</translation>
    </message>
    <message>
        <source>not eligible ({reasons}): regular price</source>
        <translation>bez prawa ({reasons}): cena regularna</translation>
    </message>
    <message>
        <source>regular price</source>
        <translation>cena regularna</translation>
    </message>
    <message>
        <source>department: open amount at full price</source>
        <translation>dział: kwota otwarta w pełnej cenie</translation>
    </message>
    <message>
        <source>department: at cost</source>
        <translation>dział: po kosztach</translation>
    </message>
    <message>
        <source>{category}: no discount</source>
        <translation>{category}: bez rabatu</translation>
    </message>
    <message>
        <source>over {limit} per item: no discount</source>
        <translation>ponad {limit} na produkt: bez rabatu</translation>
    </message>
    <message>
        <source>{rule}; only {limit} per item discounted</source>
        <translation>{rule}; rabat tylko na {limit} szt. produktu</translation>
    </message>
    <message>
        <source>{rule}; capped: {cap} per sale</source>
        <translation>{rule}; limit: {cap} na sprzedaż</translation>
    </message>
    <message>
        <source>{rule}; allowance: {left} left</source>
        <translation>{rule}; limit: zostało {left}</translation>
    </message>
    <message>
        <source>{percent}% staff (open amount)</source>
        <translation>{percent}% pracowniczy (kwota otwarta)</translation>
    </message>
    <message>
        <source>cost + {percent}%</source>
        <translation>koszt + {percent}%</translation>
    </message>
    <message>
        <source>{percent}% staff</source>
        <translation>{percent}% pracowniczy</translation>
    </message>
    <message>
        <source>{rule}, held at cost + {percent}%</source>
        <translation>{rule}, ograniczony do kosztu + {percent}%</translation>
    </message>
    <message>
        <source>customer changed after a blocked badge: regular price until a supervisor approves</source>
        <translation>zmiana klienta po zablokowanym identyfikatorze: cena regularna do zgody kierownika</translation>
    </message>
    <message>
        <source>an employee&apos;s basket moved to a department: regular price until approved</source>
        <translation>koszyk pracownika przeniesiony na dział: cena regularna do zatwierdzenia</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <source>ESC/POS printing needs the escpos extra: pip install &quot;{extra}&quot;</source>
        <translation>drukowanie ESC/POS wymaga dodatku escpos: pip install &quot;{extra}&quot;</translation>
    </message>
    <message>
        <source>--escpos {target}: the port must be a number</source>
        <translation>--escpos {target}: port musi być liczbą</translation>
    </message>
    <message>
        <source>--escpos {target}: give usb:VID:PID in hex, like usb:04b8:0202</source>
        <translation>--escpos {target}: podaj usb:VID:PID szesnastkowo, np. usb:04b8:0202</translation>
    </message>
    <message>
        <source>--escpos {target} must be file:/dev/usb/lp0, net:HOST[:PORT] or usb:VID:PID</source>
        <translation>--escpos {target} musi mieć postać file:/dev/usb/lp0, net:HOST[:PORT] lub usb:VID:PID</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Edit product</source>
        <translation>Edytuj towar</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Dodaj towar</translation>
    </message>
    <message>
        <source>empty: unknown (no floor)</source>
        <translation>puste: nieznany (bez minimum)</translation>
    </message>
    <message>
        <source>&amp;SKU</source>
        <translation>&amp;SKU</translation>
    </message>
    <message>
        <source>&amp;Barcode</source>
        <translation>&amp;Kod kreskowy</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategoria</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Cena</translation>
    </message>
    <message>
        <source>C&amp;ost</source>
        <translation>K&amp;oszt</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Kod kreskowy</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>Search products by SKU, barcode or name</source>
        <translation>Szukaj towarów po SKU, kodzie kreskowym lub nazwie</translation>
    </message>
    <message>
        <source>Search by SKU, barcode or name</source>
        <translation>Szukaj po SKU, kodzie kreskowym lub nazwie</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Towary</translation>
    </message>
    <message>
        <source>&amp;Add product…</source>
        <translation>&amp;Dodaj towar…</translation>
    </message>
    <message>
        <source>&amp;Edit product…</source>
        <translation>&amp;Edytuj towar…</translation>
    </message>
    <message>
        <source>&amp;Remove product</source>
        <translation>&amp;Usuń towar</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Więcej</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Szukaj w:</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Szukaj w:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Pliki &amp;rodzaju:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Powrót</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Do przodu</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Katalog wyżej</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Utwórz nowy katalog</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Nazwa &amp;pliku:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Pliki rodzaju:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zachowaj</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Wybierz</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Zachowaj jako</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Znajdź katalog</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 już istnieje.
Czy chcesz go zastąpić?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Czy na pewno chcesz usunąć &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Zmień nazwę</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Pokaż &amp;ukryte pliki</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Nowy katalog</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nowy katalog</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Katalog:</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Katalogi</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Ostatnie miejsca</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Mój komputer</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Wróć</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Przejdź dalej</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Przejdź do katalogu wyżej</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Utwórz nowy katalog</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Pokaż listę</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Pokaż szczegóły</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Pasek boczny</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Lista miejsc i zakładek</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Pliki</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Data modyfikacji</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bajtów</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Mój komputer</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Niepoprawna nazwa pliku</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Przywróć</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>W&amp;ytnij</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>S&amp;kopiuj</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Wklej</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Zaznacz wszystko</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Pokaż szczegóły...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ukryj szczegóły...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zachowaj</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Zachowaj wszystko</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Tak</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ta&amp;k dla wszystkich</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nie</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Ni&amp;e dla wszystkich</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Przerwij</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Zignoruj</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoc</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Zastosuj</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zresetuj</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Przywróć domyślne</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Tak</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nie</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>{sale} is a refund; give the sale&apos;s id</source>
        <translation>{sale} to zwrot; podaj identyfikator sprzedaży</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Internal order: department {name}, charged at cost</source>
        <translation>Zamówienie wewnętrzne: dział {name}, po kosztach</translation>
    </message>
    <message>
        <source>Staff purchase: {name} ({policy} discount)</source>
        <translation>Zakup pracowniczy: {name} (rabat {policy})</translation>
    </message>
    <message>
        <source>Staff purchase: {name}</source>
        <translation>Zakup pracowniczy: {name}</translation>
    </message>
    <message>
        <source>receipt paper must be 58 or 80 mm wide, not {width}</source>
        <translation>papier paragonu musi mieć 58 lub 80 mm szerokości, a nie {width}</translation>
    </message>
    <message>
        <source>TOTAL {currency}</source>
        <translation>RAZEM {currency}</translation>
    </message>
    <message>
        <source>Staff allowance left {period}: {amount} {currency}</source>
        <translation>Pozostały limit pracowniczy {period}: {amount} {currency}</translation>
    </message>
    <message>
        <source>Approved by {name}: {reason}</source>
        <translation>Zatwierdził(a) {name}: {reason}</translation>
    </message>
    <message>
        <source>Charged to payroll: {amount} {currency}</source>
        <translation>Potrącone z wynagrodzenia: {amount} {currency}</translation>
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
    <message>
        <source>Refund of sale {code}</source>
        <translation>Zwrot do sprzedaży {code}</translation>
    </message>
    <message>
        <source>discount given at the sale</source>
        <translation>rabat udzielony przy sprzedaży</translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation>ZWROT</translation>
    </message>
    <message>
        <source>Paid back {currency}</source>
        <translation>Zwrócono {currency}</translation>
    </message>
    <message>
        <source>Refund {refund}</source>
        <translation>Zwrot {refund}</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>daily</source>
        <translation>dzienna</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>ręczna</translation>
    </message>
    <message>
        <source>before restore</source>
        <translation>sprzed przywrócenia</translation>
    </message>
    <message>
        <source>{file} ({kind}, {taken})</source>
        <translation>{file} ({kind}, {taken})</translation>
    </message>
    <message>
        <source>the day&apos;s backup could not be taken: {problem}</source>
        <translation>nie udało się wykonać dziennej kopii: {problem}</translation>
    </message>
    <message>
        <source>{problem}

There is no backup in {folder}. Ask your IT contact to recover the file.</source>
        <translation>{problem}

W {folder} nie ma kopii zapasowej. Poproś dział IT o odzyskanie pliku.</translation>
    </message>
    <message>
        <source>pos-desktop — damaged database</source>
        <translation>pos-desktop — uszkodzona baza danych</translation>
    </message>
    <message>
        <source>{problem}

The newest backup is {backup}. Restore it?

Sales recorded after it was taken are not in it; the damaged file is kept in {folder} so that they can be recovered.</source>
        <translation>{problem}

Najnowsza kopia to {backup}. Przywrócić ją?

Nie ma w niej sprzedaży zapisanych po jej wykonaniu; uszkodzony plik zostaje zachowany w {folder}, aby można je było odzyskać.</translation>
    </message>
    <message>
        <source>The backup could not be restored: {problem}.</source>
        <translation>Nie udało się przywrócić kopii: {problem}.</translation>
    </message>
    <message>
        <source>Restored the backup {file}. The damaged file is kept as {kept}.</source>
        <translation>Przywrócono kopię {file}. Uszkodzony plik zachowano jako {kept}.</translation>
    </message>
    <message>
        <source>Restored the backup {file}.</source>
        <translation>Przywrócono kopię {file}.</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>there is no employee number {employee} in the registry</source>
        <translation>w rejestrze nie ma numeru pracownika {employee}</translation>
    </message>
    <message>
        <source>a PIN must be 4 to 12 digits</source>
        <translation>PIN musi mieć od 4 do 12 cyfr</translation>
    </message>
    <message>
        <source>badge {code} already belongs to {owner} ({status})</source>
        <translation>identyfikator {code} należy już do {owner} ({status})</translation>
    </message>
    <message>
        <source>badge {code} is not in the registry</source>
        <translation>identyfikatora {code} nie ma w rejestrze</translation>
    </message>
    <message>
        <source>badge {code} is already revoked ({reason})</source>
        <translation>identyfikator {code} jest już unieważniony ({reason})</translation>
    </message>
    <message>
        <source>the PIN {pin} is among the first ones anybody tries (a repeated, sequential or common pattern); choose another, nothing was changed</source>
        <translation>PIN {pin} jest wśród pierwszych, które każdy próbuje (powtórzony, kolejny lub popularny układ); wybierz inny, nic nie zmieniono</translation>
    </message>
    <message>
        <source>badge {badge}: {problem}</source>
        <translation>identyfikator {badge}: {problem}</translation>
    </message>
    <message>
        <source>say why the badge is revoked (lost, stolen, replaced)</source>
        <translation>podaj, dlaczego identyfikator jest unieważniany (zgubiony, skradziony, wymieniony)</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Discounts by day</source>
        <translation>Rabaty według dni</translation>
    </message>
    <message>
        <source>Discounts by employee</source>
        <translation>Rabaty według pracowników</translation>
    </message>
    <message>
        <source>Discounts by department</source>
        <translation>Rabaty według działów</translation>
    </message>
    <message>
        <source>Discounts by company</source>
        <translation>Rabaty według spółek</translation>
    </message>
    <message>
        <source>Discounts by category</source>
        <translation>Rabaty według kategorii</translation>
    </message>
    <message>
        <source>Discounts by policy</source>
        <translation>Rabaty według zasad</translation>
    </message>
    <message>
        <source>Allowance use (on the To day)</source>
        <translation>Wykorzystanie limitów (w dniu „Do”)</translation>
    </message>
    <message>
        <source>Supervisor overrides</source>
        <translation>Zgody kierowników</translation>
    </message>
    <message>
        <source>Department orders by cost centre</source>
        <translation>Zamówienia działów według MPK</translation>
    </message>
    <message>
        <source>Loss-prevention flags</source>
        <translation>Sygnały nadużyć</translation>
    </message>
    <message>
        <source>Taxable benefit (the To day&apos;s year)</source>
        <translation>Świadczenie do opodatkowania (rok dnia „Do”)</translation>
    </message>
    <message>
        <source>Discount per day</source>
        <translation>Rabat na dzień</translation>
    </message>
    <message>
        <source>Biggest discounts by employee</source>
        <translation>Największe rabaty według pracowników</translation>
    </message>
    <message>
        <source>Biggest discounts by department</source>
        <translation>Największe rabaty według działów</translation>
    </message>
    <message>
        <source>Biggest discounts by company</source>
        <translation>Największe rabaty według spółek</translation>
    </message>
    <message>
        <source>Biggest discounts by category</source>
        <translation>Największe rabaty według kategorii</translation>
    </message>
    <message>
        <source>Biggest discounts by policy</source>
        <translation>Największe rabaty według zasad</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Spółka</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Zasada</translation>
    </message>
    <message>
        <source>Charges to payroll</source>
        <translation>Potrącenia z wynagrodzenia</translation>
    </message>
    <message>
        <source>Recharge to group companies</source>
        <translation>Obciążenie spółek z grupy</translation>
    </message>
    <message>
        <source>Sales to recharge</source>
        <translation>Sprzedaż do obciążenia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sprzedaże</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Zwroty</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Świadczenie</translation>
    </message>
    <message>
        <source>Tax-free</source>
        <translation>Wolne od podatku</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>Do opodatkowania</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Kupujący</translation>
    </message>
    <message>
        <source>To deduct from pay {start} to {end}: {amount} {currency}</source>
        <translation>Do potrącenia z wynagrodzenia od {start} do {end}: {amount} {currency}</translation>
    </message>
    <message>
        <source>Payroll is closed through {day}</source>
        <translation>Lista płac zamknięta do {day}</translation>
    </message>
    <message>
        <source>Leaver with an open balance: {name} ({employee}), {amount} {currency} not yet deducted</source>
        <translation>Były pracownik z otwartym saldem: {name} ({employee}), {amount} {currency} jeszcze nie potrącono</translation>
    </message>
    <message>
        <source>Taxable benefit in {year}: {amount} {currency}</source>
        <translation>Świadczenie do opodatkowania w {year}: {amount} {currency}</translation>
    </message>
    <message>
        <source>{at} {kind} {sale}: discount {discount}, benefit {benefit} ({buyer})</source>
        <translation>{at} {kind} {sale}: rabat {discount}, świadczenie {benefit} ({buyer})</translation>
    </message>
    <message>
        <source>Taxable benefit of staff discounts, {year}</source>
        <translation>Świadczenie do opodatkowania z rabatów pracowniczych, {year}</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>sprzedaż</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>zwrot</translation>
    </message>
    <message>
        <source>To charge back {start} to {end}: {amount} {currency}</source>
        <translation>Do obciążenia od {start} do {end}: {amount} {currency}</translation>
    </message>
    <message>
        <source>Allowance used {period}</source>
        <translation>Wykorzystany limit rabatu {period}</translation>
    </message>
    <message>
        <source>Allowance left {period}</source>
        <translation>Pozostały limit rabatu {period}</translation>
    </message>
    <message>
        <source>Discount in {year}</source>
        <translation>Rabat w {year}</translation>
    </message>
    <message>
        <source>Taxable benefit in {year} so far</source>
        <translation>Świadczenie do opodatkowania w {year} dotąd</translation>
    </message>
    <message>
        <source>Charged to payroll {period}</source>
        <translation>Potrącono z wynagrodzenia {period}</translation>
    </message>
    <message>
        <source>Payroll limit left {period}</source>
        <translation>Pozostały limit potrąceń {period}</translation>
    </message>
    <message>
        <source>Payroll balance not yet deducted</source>
        <translation>Saldo jeszcze nie potrącone z wynagrodzenia</translation>
    </message>
    <message>
        <source>there is no employee {employee} in the registry</source>
        <translation>w rejestrze nie ma pracownika {employee}</translation>
    </message>
    <message>
        <source>Statement of {name} ({employee}), {day}</source>
        <translation>Zestawienie: {name} ({employee}), {day}</translation>
    </message>
    <message>
        <source>Policy: {policy}</source>
        <translation>Zasada: {policy}</translation>
    </message>
    <message>
        <source>none applies</source>
        <translation>żadna nie ma zastosowania</translation>
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
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Wykorzystano</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Pozostało</translation>
    </message>
    <message>
        <source>Share of limit</source>
        <translation>Część limitu</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Kierownik</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kasa</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Sprzedaż</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Kasjer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>MPK</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Zamówienia</translation>
    </message>
    <message>
        <source>At regular price</source>
        <translation>W cenie regularnej</translation>
    </message>
    <message>
        <source>To recharge</source>
        <translation>Do obciążenia</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Pierwszy raz</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Sale ids</source>
        <translation>Numery sprzedaży</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pracownicy</translation>
    </message>
    <message>
        <source>Dependants</source>
        <translation>Członkowie rodziny</translation>
    </message>
    <message>
        <source>Group company staff</source>
        <translation>Pracownicy spółek z grupy</translation>
    </message>
    <message>
        <source>Department orders</source>
        <translation>Zamówienia działów</translation>
    </message>
    <message>
        <source>External customers</source>
        <translation>Klienci zewnętrzni</translation>
    </message>
    <message>
        <source>Blocked badges</source>
        <translation>Zablokowane identyfikatory</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Wszyscy klienci</translation>
    </message>
    <message>
        <source>month</source>
        <translation>miesiąc</translation>
    </message>
    <message>
        <source>year</source>
        <translation>rok</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} dni</translation>
    </message>
    <message>
        <source>{whole}.{tenth}%</source>
        <translation>{whole},{tenth}%</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Brak danych w tym okresie.</translation>
    </message>
    <message>
        <source>{count} employee</source>
        <translation>pracownicy: {count}</translation>
    </message>
    <message>
        <source>{count} employees</source>
        <translation>pracownicy: {count}</translation>
    </message>
    <message>
        <source>{count} override</source>
        <translation>zgody: {count}</translation>
    </message>
    <message>
        <source>{count} overrides</source>
        <translation>zgody: {count}</translation>
    </message>
    <message>
        <source>{count} flag</source>
        <translation>sygnały: {count}</translation>
    </message>
    <message>
        <source>{count} flags</source>
        <translation>sygnały: {count}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Discount granted {start} to {end}: {amount} {currency}</source>
        <translation>Rabat udzielony od {start} do {end}: {amount} {currency}</translation>
    </message>
    <message>
        <source>{employees} used allowance in the period holding {on}; together {amount} {currency}</source>
        <translation>{employees} — wykorzystany limit w okresie obejmującym {on}; razem {amount} {currency}</translation>
    </message>
    <message>
        <source>{name} ({employee}): {overrides}, discount {amount} {currency} net of refunds</source>
        <translation>{name} ({employee}): {overrides}, rabat {amount} {currency} po zwrotach</translation>
    </message>
    <message>
        <source>To recharge {start} to {end}: {amount} {currency}</source>
        <translation>Do refakturowania od {start} do {end}: {amount} {currency}</translation>
    </message>
    <message>
        <source>{flags} {period}</source>
        <translation>{flags} ({period})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>od {first} do {last}</translation>
    </message>
    <message>
        <source>Refunds paid back: {amount} {currency}</source>
        <translation>Wypłacone zwroty: {amount} {currency}</translation>
    </message>
    <message>
        <source>Supervisor overrides: {count}</source>
        <translation>Zgody kierownika: {count}</translation>
    </message>
    <message>
        <source>Journal records of the day: {records}</source>
        <translation>Zapisy dziennika z tego dnia: {records}</translation>
    </message>
    <message>
        <source>Journal head at closing: {head}</source>
        <translation>Ostatni zapis dziennika przy zamknięciu: {head}</translation>
    </message>
    <message>
        <source>Close record: {hash}</source>
        <translation>Zapis zamknięcia: {hash}</translation>
    </message>
    <message>
        <source>Closed {at} on till {till} by {actor}</source>
        <translation>Zamknięto {at} na kasie {till}, zamknął: {actor}</translation>
    </message>
    <message>
        <source>Allowance use on {day}</source>
        <translation>Wykorzystanie limitów w dniu {day}</translation>
    </message>
    <message>
        <source>{report}, {period}</source>
        <translation>{report}, {period}</translation>
    </message>
    <message>
        <source>Daily close {day}</source>
        <translation>Zamknięcie dnia {day}</translation>
    </message>
    <message>
        <source>--to {end} is before --from {start}</source>
        <translation>--to {end} jest wcześniej niż --from {start}</translation>
    </message>
    <message>
        <source>--by {by} must be one of {choices}</source>
        <translation>--by {by} musi być jednym z: {choices}</translation>
    </message>
    <message>
        <source>no department</source>
        <translation>bez działu</translation>
    </message>
    <message>
        <source>no staff discount</source>
        <translation>bez rabatu pracowniczego</translation>
    </message>
    <message>
        <source>Keep for checking the journal: head {hash}, {records} records, last sequence number {seq}</source>
        <translation>Zachowaj do sprawdzania dziennika: ostatni skrót {hash}, zapisy: {records}, ostatni numer kolejny {seq}</translation>
    </message>
    <message>
        <source>Rules: {rules}</source>
        <translation>Zasady: {rules}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Report</source>
        <translation>Raport</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Pokaż</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Eksport &amp;CSV…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Zapisz P&amp;DF…</translation>
    </message>
    <message>
        <source>C&amp;lose day…</source>
        <translation>Z&amp;amknij dzień…</translation>
    </message>
    <message>
        <source>Report rows</source>
        <translation>Wiersze raportu</translation>
    </message>
    <message>
        <source>Bringing the report figures up to date (once, after new sales pile up): {done} of {total} sales summed…</source>
        <translation>Aktualizacja danych raportów (raz, gdy przybędzie sprzedaży): zsumowano {done} z {total} sprzedaży…</translation>
    </message>
    <message>
        <source>Allowance used, share of the limit</source>
        <translation>Wykorzystany limit, część całości</translation>
    </message>
    <message>
        <source>Discount approved by supervisors</source>
        <translation>Rabat zatwierdzony przez kierowników</translation>
    </message>
    <message>
        <source>To recharge per cost centre</source>
        <translation>Do obciążenia według MPK</translation>
    </message>
    <message>
        <source>Charged to payroll per month</source>
        <translation>Potrącenia z wynagrodzenia w miesiącach</translation>
    </message>
    <message>
        <source>Benefit per month, {year}</source>
        <translation>Świadczenie w miesiącach, {year}</translation>
    </message>
    <message>
        <source>Discount to charge back per company</source>
        <translation>Rabat do obciążenia według spółek</translation>
    </message>
    <message>
        <source>Daily close</source>
        <translation>Zamknięcie dnia</translation>
    </message>
    <message>
        <source>{day} is not closed yet; Close day… closes it.</source>
        <translation>Dzień {day} nie jest jeszcze zamknięty; zamyka go „Zamknij dzień…”.</translation>
    </message>
</context>
<context>
    <name>SaleWait</name>
    <message>
        <source>Confirming the allowance with the server…</source>
        <translation>Potwierdzanie limitu na serwerze…</translation>
    </message>
    <message>
        <source>The allowance was not confirmed with the server (no answer): the offline rules applied.</source>
        <translation>Limit nie został potwierdzony na serwerze (brak odpowiedzi): zastosowano zasady offline.</translation>
    </message>
    <message>
        <source>That scan was not taken: scan it again once the sale is recorded.</source>
        <translation>Ten skan nie został przyjęty: zeskanuj ponownie po zapisaniu sprzedaży.</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>the server</source>
        <translation>serwer</translation>
    </message>
    <message>
        <source>{option} {url} is not a PostgreSQL address like postgresql://pos@host:5432/pos</source>
        <translation>{option} {url} nie jest adresem PostgreSQL, np. postgresql://pos@host:5432/pos</translation>
    </message>
    <message>
        <source>the server {server} has no pos-desktop tables; create them with &apos;pos-desktop server init --url URL&apos;</source>
        <translation>serwer {server} nie ma tabel pos-desktop; utwórz je poleceniem &apos;pos-desktop server init --url URL&apos;</translation>
    </message>
    <message>
        <source>the server {server} refused the change: {problem}</source>
        <translation>serwer {server} odrzucił zmianę: {problem}</translation>
    </message>
    <message>
        <source>cannot reach the server {server} ({problem}); check the network and the address, then try again</source>
        <translation>brak połączenia z serwerem {server} ({problem}); sprawdź sieć i adres, a potem spróbuj ponownie</translation>
    </message>
    <message>
        <source>the server {server} refused the request: {problem}</source>
        <translation>serwer {server} odrzucił żądanie: {problem}</translation>
    </message>
    <message>
        <source>the server&apos;s pos-desktop tables are version {version}, newer than this app knows ({known}); update pos-desktop on this machine</source>
        <translation>tabele pos-desktop na serwerze mają wersję {version}, nowszą niż zna ta aplikacja ({known}); zaktualizuj pos-desktop na tym komputerze</translation>
    </message>
    <message>
        <source>the server&apos;s pos-desktop tables have no version; create them with &apos;pos-desktop server init --url URL&apos;</source>
        <translation>tabele pos-desktop na serwerze nie mają wersji; utwórz je poleceniem &apos;pos-desktop server init --url URL&apos;</translation>
    </message>
    <message>
        <source>the server&apos;s pos-desktop tables are version {version}, older than this app&apos;s ({known}); upgrade them with &apos;pos-desktop server init --url URL&apos; (tills that are not updated yet then ask for an update and keep selling offline)</source>
        <translation>tabele pos-desktop na serwerze mają wersję {version}, starszą niż ta aplikacja ({known}); zaktualizuj je poleceniem &apos;pos-desktop server init --url URL&apos; (kasy jeszcze niezaktualizowane poproszą wtedy o aktualizację i będą sprzedawać dalej offline)</translation>
    </message>
    <message>
        <source>till {till} already has {count} journal records on the server; give this till another id (each till keeps its own chain)</source>
        <translation>kasa {till} ma już na serwerze zapisy dziennika (liczba: {count}); nadaj tej kasie inny identyfikator (każda kasa prowadzi własny łańcuch)</translation>
    </message>
    <message>
        <source>till {till} has not joined this server; join it with &apos;pos-desktop init --till ID --server URL&apos;</source>
        <translation>kasa {till} nie dołączyła do tego serwera; dołącz ją poleceniem &apos;pos-desktop init --till ID --server URL&apos;</translation>
    </message>
    <message>
        <source>the server holds a different sale or refund at till {till}&apos;s record {seq}: this till&apos;s journal is not the one that joined as {till}; nothing was pushed</source>
        <translation>serwer ma inną sprzedaż lub inny zwrot w zapisie {seq} kasy {till}: dziennik tej kasy nie jest tym, który dołączył jako {till}; nic nie wysłano</translation>
    </message>
    <message>
        <source>the server holds a different day close at till {till}&apos;s record {seq}: this till&apos;s journal is not the one that joined as {till}; nothing was pushed</source>
        <translation>serwer ma inne zamknięcie dnia w zapisie {seq} kasy {till}: dziennik tej kasy nie jest tym, który dołączył jako {till}; nic nie wysłano</translation>
    </message>
    <message>
        <source>a till has already joined the chain as {till}; give this till another id (each till keeps its own chain)</source>
        <translation>kasa o identyfikatorze {till} już dołączyła do sieci; nadaj tej kasie inny identyfikator (każda kasa prowadzi własny łańcuch)</translation>
    </message>
    <message>
        <source>till {till}&apos;s record {seq} does not follow the server&apos;s last record of it ({last}): this till&apos;s history differs from what the server holds (its database was replaced, cut short or rewritten); nothing was pushed</source>
        <translation>zapis {seq} kasy {till} nie następuje po ostatnim zapisie tej kasy na serwerze ({last}): historia kasy różni się od tej na serwerze (jej baza danych została zastąpiona, skrócona lub przepisana); nic nie wysłano</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Cashiers sign in with badge and PIN</source>
        <translation>Kasjerzy logują się identyfikatorem i PIN-em</translation>
    </message>
    <message>
        <source>&amp;High contrast: black, white and yellow, thick focus frame</source>
        <translation>Wysoki kon&amp;trast: czerń, biel i żółć, gruba ramka fokusu</translation>
    </message>
    <message>
        <source>Touch-screen till: larger &amp;buttons, table rows and text</source>
        <translation>Kasa z ekranem dotykowym: większe &amp;przyciski, wiersze tabel i tekst</translation>
    </message>
    <message>
        <source>A charge to payroll asks the buyer&apos;s own PIN</source>
        <translation>Potrącenie z wynagrodzenia wymaga własnego PIN-u kupującego</translation>
    </message>
    <message>
        <source>Taxable benefit rules</source>
        <translation>Zasady świadczenia do opodatkowania</translation>
    </message>
    <message>
        <source>{code}: {name}</source>
        <translation>{code}: {name}</translation>
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
        <source>Display</source>
        <translation>Wyświetlanie</translation>
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
        <source>Payroll</source>
        <translation>Lista płac</translation>
    </message>
    <message>
        <source>Ta&amp;xable benefit</source>
        <translation>Świadczenie do opodatkowan&amp;ia</translation>
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
        <source>default {value}</source>
        <translation>domyślnie {value}</translation>
    </message>
    <message>
        <source>The pattern is not a valid expression.</source>
        <translation>Wzorzec nie jest poprawnym wyrażeniem.</translation>
    </message>
    <message>
        <source>{badge} is a valid badge.</source>
        <translation>{badge} to poprawny identyfikator.</translation>
    </message>
    <message>
        <source> wrong PINs</source>
        <translation> błędnych PIN-ów</translation>
    </message>
    <message>
        <source>Only the owner of the files</source>
        <translation>Tylko właściciel plików</translation>
    </message>
    <message>
        <source>The owner and their group</source>
        <translation>Właściciel i jego grupa</translation>
    </message>
    <message>
        <source>Wrong PINs that lock a PIN</source>
        <translation>Błędne PIN-y, po których PIN się blokuje</translation>
    </message>
    <message>
        <source>Minutes the wrong PINs are counted and the PIN locked</source>
        <translation>Minuty liczenia błędnych PIN-ów i blokady PIN-u</translation>
    </message>
    <message>
        <source>Who can read the database and backups</source>
        <translation>Kto może czytać bazę danych i kopie zapasowe</translation>
    </message>
    <message>
        <source>A PIN loc&amp;ks after</source>
        <translation>PIN blokuje się p&amp;o</translation>
    </message>
    <message>
        <source>Co&amp;unted and locked for</source>
        <translation>&amp;Liczone i blokowane przez</translation>
    </message>
    <message>
        <source>&amp;Files readable by</source>
        <translation>Pliki &amp;dostępne dla</translation>
    </message>
    <message>
        <source>The pattern repeats a group that itself repeats: one scan could take minutes, so it cannot be saved.</source>
        <translation>Wzorzec powtarza grupę, która sama się powtarza: jeden skan mógłby trwać minuty, więc nie można go zapisać.</translation>
    </message>
    <message>
        <source>empty: never</source>
        <translation>puste: nigdy</translation>
    </message>
    <message>
        <source>Refunds need a supervisor above</source>
        <translation>Zwroty wymagają kierownika powyżej</translation>
    </message>
    <message>
        <source>Largest open amount</source>
        <translation>Największa kwota otwarta</translation>
    </message>
    <message>
        <source>Refunds need a super&amp;visor above</source>
        <translation>Zwrot&amp;y wymagają kierownika powyżej</translation>
    </message>
    <message>
        <source>Largest &amp;open amount</source>
        <translation>Największa kwota otwart&amp;a</translation>
    </message>
    <message>
        <source>type the largest open amount</source>
        <translation>proszę wpisać największą kwotę otwartą</translation>
    </message>
    <message>
        <source>the largest open amount must be more than 0</source>
        <translation>największa kwota otwarta musi być większa od 0</translation>
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
        <translation>PI&amp;N</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>hasła się różnią</translation>
    </message>
    <message>
        <source>Or sign in now with an admin&apos;s badge and PIN:</source>
        <translation>Albo zaloguj się od razu identyfikatorem i PIN-em administratora:</translation>
    </message>
</context>
<context>
    <name>Spoken</name>
    <message>
        <source>{caption}: {value}</source>
        <translation>{caption}: {value}</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>the employee number is empty</source>
        <translation>numer pracownika jest pusty</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>imię i nazwisko jest puste</translation>
    </message>
    <message>
        <source>unknown company {company}</source>
        <translation>nieznana spółka {company}</translation>
    </message>
    <message>
        <source>status must be one of {values}</source>
        <translation>status musi być jednym z: {values}</translation>
    </message>
    <message>
        <source>role must be one of {values}</source>
        <translation>rola musi być jedną z: {values}</translation>
    </message>
    <message>
        <source>the employment type is empty</source>
        <translation>rodzaj zatrudnienia jest pusty</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>data rozpoczęcia</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>data zakończenia</translation>
    </message>
    <message>
        <source>the end date is before the start date</source>
        <translation>data zakończenia jest wcześniejsza niż data rozpoczęcia</translation>
    </message>
    <message>
        <source>there is no employee number {number}</source>
        <translation>nie ma numeru pracownika {number}</translation>
    </message>
    <message>
        <source>employee number {number} is already in the registry</source>
        <translation>numer pracownika {number} jest już w rejestrze</translation>
    </message>
    <message>
        <source>the dependant&apos;s number is empty</source>
        <translation>numer członka rodziny jest pusty</translation>
    </message>
    <message>
        <source>the dependant&apos;s name is empty</source>
        <translation>imię i nazwisko członka rodziny jest puste</translation>
    </message>
    <message>
        <source>badge {badge}: {problem}</source>
        <translation>identyfikator {badge}: {problem}</translation>
    </message>
    <message>
        <source>the number {number} is already in the registry</source>
        <translation>numer {number} jest już w rejestrze</translation>
    </message>
    <message>
        <source>badge {badge} already belongs to someone</source>
        <translation>identyfikator {badge} już do kogoś należy</translation>
    </message>
    <message>
        <source>the photo is larger than 2 MB; use a smaller picture</source>
        <translation>zdjęcie jest większe niż 2 MB; użyj mniejszego</translation>
    </message>
    <message>
        <source>a department&apos;s name is at most 100 characters</source>
        <translation>nazwa działu może mieć najwyżej 100 znaków</translation>
    </message>
    <message>
        <source>this person has no active badge to reprint</source>
        <translation>ta osoba nie ma aktywnego identyfikatora do ponownego wydruku</translation>
    </message>
    <message>
        <source>badge cards print EAN-13 barcodes; this store&apos;s badges are not EAN-13</source>
        <translation>karty identyfikacyjne mają kody EAN-13; identyfikatory tego sklepu nie są w formacie EAN-13</translation>
    </message>
</context>
<context>
    <name>StaffActions</name>
    <message>
        <source>Saved {name} ({number}).</source>
        <translation>Zapisano {name} ({number}).</translation>
    </message>
    <message>
        <source>{name} ({number}) is now active.</source>
        <translation>{name} ({number}): status aktywny.</translation>
    </message>
    <message>
        <source>{name} ({number}) is now suspended.</source>
        <translation>{name} ({number}): status zawieszony.</translation>
    </message>
    <message>
        <source>{name} ({number}) is now terminated.</source>
        <translation>{name} ({number}): status zwolniony.</translation>
    </message>
    <message>
        <source>Added {name} ({number}) as a dependant of {employee}.</source>
        <translation>Dodano {name} ({number}) jako członka rodziny pracownika {employee}.</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Wybierz zdjęcie</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Obrazy</translation>
    </message>
    <message>
        <source>Cannot read {file}: {problem}.</source>
        <translation>Nie można odczytać {file}: {problem}.</translation>
    </message>
    <message>
        <source>{file} is not a picture the till can show (PNG or JPEG).</source>
        <translation>{file} to nie obraz, który kasa może pokazać (PNG lub JPEG).</translation>
    </message>
    <message>
        <source>Photo saved for {number}; the till shows it beside the verdict.</source>
        <translation>Zapisano zdjęcie dla {number}; kasa pokazuje je obok wyniku skanu.</translation>
    </message>
    <message>
        <source>Badge {badge} reprinted.</source>
        <translation>Wydrukowano ponownie identyfikator {badge}.</translation>
    </message>
    <message>
        <source>Badge {badge} issued to {number}.</source>
        <translation>Wydano identyfikator {badge} dla {number}.</translation>
    </message>
    <message>
        <source>Scan the new badge for {number}</source>
        <translation>Zeskanuj nowy identyfikator dla {number}</translation>
    </message>
    <message>
        <source>Issue badge</source>
        <translation>Wydaj identyfikator</translation>
    </message>
    <message>
        <source>This person has no active badge to revoke.</source>
        <translation>Ta osoba nie ma aktywnego identyfikatora do unieważnienia.</translation>
    </message>
    <message>
        <source>Badge {badge} revoked: a till now shows it as BLOCKED.</source>
        <translation>Identyfikator {badge} unieważniony: kasa pokaże go jako ZABLOKOWANY.</translation>
    </message>
    <message>
        <source>Why is badge {badge} revoked?</source>
        <translation>Dlaczego identyfikator {badge} jest unieważniany?</translation>
    </message>
    <message>
        <source>Revoke badge</source>
        <translation>Unieważnij identyfikator</translation>
    </message>
    <message>
        <source>Choose a person in the table first.</source>
        <translation>Najpierw wybierz osobę w tabeli.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Edit staff member</source>
        <translation>Edytuj pracownika</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>Dodaj pracownika</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>Numer pracownika</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Spółka</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>Rodzaj zatrudnienia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data rozpoczęcia</translation>
    </message>
    <message>
        <source>2026-11-23 or 23.11.2026</source>
        <translation>2026-11-23 lub 23.11.2026</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data zakończenia</translation>
    </message>
    <message>
        <source>empty: no end date</source>
        <translation>puste: bez daty zakończenia</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Employee n&amp;umber</source>
        <translation>&amp;Numer pracownika</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Imię i nazwisko</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Spółka</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Dział</translation>
    </message>
    <message>
        <source>E&amp;mployment</source>
        <translation>&amp;Zatrudnienie</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>S&amp;tart date</source>
        <translation>Data &amp;rozpoczęcia</translation>
    </message>
    <message>
        <source>&amp;End date</source>
        <translation>Data za&amp;kończenia</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>R&amp;ola</translation>
    </message>
    <message>
        <source>Dependants of {who}</source>
        <translation>Członkowie rodziny: {who}</translation>
    </message>
    <message>
        <source>Dependants</source>
        <translation>Członkowie rodziny</translation>
    </message>
    <message>
        <source>Dependant number</source>
        <translation>Numer członka rodziny</translation>
    </message>
    <message>
        <source>Dependant name</source>
        <translation>Imię i nazwisko członka rodziny</translation>
    </message>
    <message>
        <source>Dependant badge</source>
        <translation>Identyfikator członka rodziny</translation>
    </message>
    <message>
        <source>scan their badge (optional)</source>
        <translation>zeskanuj jego identyfikator (opcjonalnie)</translation>
    </message>
    <message>
        <source>Add a dependant:</source>
        <translation>Dodaj członka rodziny:</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>&amp;Numer</translation>
    </message>
    <message>
        <source>&amp;Badge</source>
        <translation>Identyfi&amp;kator</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <source>{name} ({number}, {status}, badge {badge})</source>
        <translation>{name} ({number}, {status}, identyfikator {badge})</translation>
    </message>
    <message>
        <source>{name} ({number}, {status}, no badge)</source>
        <translation>{name} ({number}, {status}, bez identyfikatora)</translation>
    </message>
    <message>
        <source>No dependants yet.</source>
        <translation>Nie ma jeszcze członków rodziny.</translation>
    </message>
    <message>
        <source>Choose a department, or type the name of a new one</source>
        <translation>Wybierz dział albo wpisz nazwę nowego</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Spółka</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Zatrudnienie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <source>Search staff by name, number or badge</source>
        <translation>Szukaj pracowników po nazwisku, numerze lub identyfikatorze</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Pracownicy</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Dodaj…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Zawieś</translation>
    </message>
    <message>
        <source>&amp;Terminate</source>
        <translation>Zw&amp;olnij</translation>
    </message>
    <message>
        <source>Reacti&amp;vate</source>
        <translation>&amp;Przywróć</translation>
    </message>
    <message>
        <source>&amp;Issue badge…</source>
        <translation>Wydaj &amp;identyfikator…</translation>
    </message>
    <message>
        <source>&amp;Dependants…</source>
        <translation>&amp;Rodzina…</translation>
    </message>
    <message>
        <source>P&amp;hoto…</source>
        <translation>Zd&amp;jęcie…</translation>
    </message>
    <message>
        <source>&amp;Revoke badge…</source>
        <translation>&amp;Unieważnij identyfikator…</translation>
    </message>
    <message>
        <source>Re&amp;print badge…</source>
        <translation>Drukuj po&amp;nownie…</translation>
    </message>
    <message>
        <source>State&amp;ment…</source>
        <translation>Zes&amp;tawienie…</translation>
    </message>
    <message>
        <source>Filter by company</source>
        <translation>Filtruj według spółki</translation>
    </message>
    <message>
        <source>Any company</source>
        <translation>Każda spółka</translation>
    </message>
    <message>
        <source>Filter by department</source>
        <translation>Filtruj według działu</translation>
    </message>
    <message>
        <source>Any department</source>
        <translation>Każdy dział</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtruj według statusu</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Każdy status</translation>
    </message>
    <message>
        <source>Filter by employment</source>
        <translation>Filtruj według zatrudnienia</translation>
    </message>
    <message>
        <source>Any employment</source>
        <translation>Każde zatrudnienie</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>liczenie…</translation>
    </message>
    <message>
        <source>{name} ({employee}) {amount} {currency}</source>
        <translation>{name} ({employee}) {amount} {currency}</translation>
    </message>
    <message>
        <source>Left with a payroll balance not yet deducted: {people}</source>
        <translation>Odeszli z saldem jeszcze nie potrąconym z wynagrodzenia: {people}</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>osoby: {count}</translation>
    </message>
    <message>
        <source>Name, number or badge</source>
        <translation>Nazwisko, numer lub identyfikator</translation>
    </message>
    <message>
        <source>{count} person</source>
        <translation>osoby: {count}</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Statement</source>
        <translation>Zestawienie</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Zapisz P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the statement</source>
        <translation>Zapisz zestawienie</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>the database {path} is damaged ({problem})</source>
        <translation>baza danych {path} jest uszkodzona ({problem})</translation>
    </message>
    <message>
        <source>{path} is open in a till, the admin window or another command; close them first, or their sales would go on into the old file and be lost</source>
        <translation>plik {path} jest otwarty w kasie, oknie administratora lub innym poleceniu; najpierw je zamknij, inaczej ich sprzedaż trafiałaby do starego pliku i przepadła</translation>
    </message>
    <message>
        <source>the database {path} is busy (another till or the admin window is saving); nothing was recorded, try again in a moment</source>
        <translation>baza danych {path} jest zajęta (zapisuje inna kasa lub okno administratora); nic nie zapisano, spróbuj ponownie za chwilę</translation>
    </message>
    <message>
        <source>the disk holding {path} is full; nothing was recorded, free some space and retry</source>
        <translation>dysk z {path} jest pełny; nic nie zapisano, zwolnij miejsce i spróbuj ponownie</translation>
    </message>
    <message>
        <source>the database {path} is read-only; nothing was recorded, check its permissions</source>
        <translation>baza danych {path} jest tylko do odczytu; nic nie zapisano, sprawdź uprawnienia</translation>
    </message>
    <message>
        <source>{path} is not a pos-desktop database (it is not an SQLite file)</source>
        <translation>{path} nie jest bazą danych pos-desktop (to nie jest plik SQLite)</translation>
    </message>
    <message>
        <source>the database {path} is damaged ({problem}); restore it from a backup</source>
        <translation>baza danych {path} jest uszkodzona ({problem}); przywróć ją z kopii zapasowej</translation>
    </message>
    <message>
        <source>cannot open the database {path}; check that its folder exists and is writable</source>
        <translation>nie można otworzyć bazy danych {path}; sprawdź, czy jej folder istnieje i jest zapisywalny</translation>
    </message>
    <message>
        <source>the database {path} could not be used: {problem}</source>
        <translation>nie można użyć bazy danych {path}: {problem}</translation>
    </message>
    <message>
        <source>the database {path} cannot use write-ahead logging ({mode})</source>
        <translation>baza danych {path} nie może używać dziennika zapisu z wyprzedzeniem, WAL ({mode})</translation>
    </message>
    <message>
        <source>{path} is a folder; give the database file&apos;s path</source>
        <translation>{path} to folder; podaj ścieżkę pliku bazy danych</translation>
    </message>
    <message>
        <source>there is no database at {path}; create one with &apos;pos-desktop init&apos;</source>
        <translation>pod {path} nie ma bazy danych; utwórz ją poleceniem &apos;pos-desktop init&apos;</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of pos-desktop; update the app before opening it</source>
        <translation>plik {path} zapisała nowsza wersja pos-desktop; zaktualizuj aplikację, zanim go otworzysz</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a pos-desktop database</source>
        <translation>{path} to plik SQLite, ale nie baza danych pos-desktop</translation>
    </message>
    <message>
        <source>there is no pos-desktop database at {path}; create one with &apos;pos-desktop init&apos;</source>
        <translation>pod {path} nie ma bazy danych pos-desktop; utwórz ją poleceniem &apos;pos-desktop init&apos;</translation>
    </message>
    <message>
        <source>cannot write the backup {path}: {problem}</source>
        <translation>nie można zapisać kopii zapasowej {path}: {problem}</translation>
    </message>
    <message>
        <source>cannot create the backup folder {folder}: {problem}</source>
        <translation>nie można utworzyć folderu kopii zapasowych {folder}: {problem}</translation>
    </message>
    <message>
        <source>there is no backup file {path}</source>
        <translation>nie ma pliku kopii zapasowej {path}</translation>
    </message>
    <message>
        <source>the backup {file} is damaged too ({problem})</source>
        <translation>kopia zapasowa {file} też jest uszkodzona ({problem})</translation>
    </message>
    <message>
        <source>there is no backup in {folder} to restore</source>
        <translation>w {folder} nie ma kopii zapasowej do przywrócenia</translation>
    </message>
    <message>
        <source>the newest backup is {backup}: restore it with &apos;{command}&apos;</source>
        <translation>najnowsza kopia zapasowa to {backup}: przywróć ją poleceniem &apos;{command}&apos;</translation>
    </message>
    <message>
        <source>cannot read the database {path}</source>
        <translation>nie można odczytać bazy danych {path}</translation>
    </message>
    <message>
        <source>{path} is read-only and was written by another version of pos-desktop; open it once where it can be written</source>
        <translation>{path} jest tylko do odczytu i została zapisana przez inną wersję pos-desktop; otwórz ją raz tam, gdzie można ją zapisać</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>{path} is till {till} of the chain at {server}; a new database would leave the chain and lose what it has not sent yet. Add --leave-chain to replace it all the same</source>
        <translation>{path} to kasa {till} sieci na {server}; nowa baza opuściłaby sieć i straciła to, czego jeszcze nie wysłała. Dodaj --leave-chain, aby mimo to ją zastąpić</translation>
    </message>
    <message>
        <source>the demo store is priced with two decimals; {currency} has {places}, so choose a currency like EUR, PLN or RON</source>
        <translation>ceny sklepu demonstracyjnego mają dwa miejsca po przecinku; {currency} ma ich {places}, więc wybierz walutę taką jak EUR, PLN albo RON</translation>
    </message>
    <message>
        <source>cannot create the folder {folder}: {problem}</source>
        <translation>nie można utworzyć folderu {folder}: {problem}</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Wczytaj ponownie</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Powiązanie</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>MPK</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <source>Employee discount</source>
        <translation>Rabat pracowniczy</translation>
    </message>
</context>
<context>
    <name>Till</name>
    <message>
        <source>{name} has no PIN yet; ask an admin to set one</source>
        <translation>{name} nie ma jeszcze PIN-u; poproś administratora o jego ustawienie</translation>
    </message>
    <message>
        <source>this store signs in with badge and PIN</source>
        <translation>w tym sklepie logowanie wymaga identyfikatora i PIN-u</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>Dodano {name}.</translation>
    </message>
    <message>
        <source>Not a product or a badge ({problem}). Scan again.</source>
        <translation>To nie towar ani identyfikator ({problem}). Zeskanuj ponownie.</translation>
    </message>
    <message>
        <source>{code} is neither a product nor a staff badge; the customer stays.</source>
        <translation>{code} to ani towar, ani identyfikator pracownika; klient pozostaje.</translation>
    </message>
    <message>
        <source>{name}: enter your PIN.</source>
        <translation>{name}: wpisz swój PIN.</translation>
    </message>
    <message>
        <source>Sign in first: {problem}.</source>
        <translation>Najpierw się zaloguj: {problem}.</translation>
    </message>
    <message>
        <source>Signed in: {name}. The basket from before the restart is here and was not sold: F12 completes it, Esc clears it.</source>
        <translation>Zalogowano: {name}. Koszyk sprzed ponownego uruchomienia jest tutaj i nie został sprzedany: F12 go kończy, Esc czyści.</translation>
    </message>
    <message>
        <source>Signed in: {name}. Scan the customer&apos;s badge.</source>
        <translation>Zalogowano: {name}. Zeskanuj identyfikator klienta.</translation>
    </message>
    <message>
        <source>the quantity must be at least 1</source>
        <translation>ilość musi wynosić co najmniej 1</translation>
    </message>
    <message>
        <source>The basket from before the restart is back (lines: {lines}); it was not sold.</source>
        <translation>Koszyk sprzed ponownego uruchomienia wrócił (pozycje: {lines}); nie został sprzedany.</translation>
    </message>
    <message>
        <source>The basket from before the restart is back (lines: {lines}, customer {customer}); it was not sold.</source>
        <translation>Koszyk sprzed ponownego uruchomienia wrócił (pozycje: {lines}, klient {customer}); nie został sprzedany.</translation>
    </message>
    <message>
        <source>Lines no longer in the catalogue were left out: {missing}.</source>
        <translation>Pominięto pozycje, których nie ma już w katalogu: {missing}.</translation>
    </message>
    <message>
        <source>Scan your badge to sign in, then finish it (F12) or clear it (Esc).</source>
        <translation>Zeskanuj swój identyfikator, aby się zalogować, potem zakończ (F12) lub wyczyść (Esc).</translation>
    </message>
    <message>
        <source>a saved line has no quantity</source>
        <translation>zapisana pozycja nie ma ilości</translation>
    </message>
    <message>
        <source>a saved line is neither a product nor an open amount</source>
        <translation>zapisana pozycja nie jest ani towarem, ani kwotą otwartą</translation>
    </message>
    <message>
        <source>choose a line of the basket first</source>
        <translation>najpierw wybierz pozycję koszyka</translation>
    </message>
    <message>
        <source>the till is locked; scan your badge to sign in</source>
        <translation>kasa jest zablokowana; zeskanuj identyfikator, aby się zalogować</translation>
    </message>
    <message>
        <source>the basket is empty: scan an item first</source>
        <translation>koszyk jest pusty: najpierw zeskanuj towar</translation>
    </message>
    <message>
        <source>wrong PIN; try again (tries left before the PIN locks: {count})</source>
        <translation>błędny PIN; spróbuj ponownie (pozostałe próby przed blokadą: {count})</translation>
    </message>
    <message>
        <source>Added {name}: {qty} now.</source>
        <translation>Dodano {name}: teraz {qty}.</translation>
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
    <message>
        <source>Charge to payroll</source>
        <translation>Potrącenie z wynagrodzenia</translation>
    </message>
    <message>
        <source>{name} pays {amount} by payroll deduction, on {employee}&apos;s account.</source>
        <translation>{name} płaci {amount} potrąceniem z wynagrodzenia, z konta pracownika: {employee}.</translation>
    </message>
    <message>
        <source>{name} pays {amount} by payroll deduction.</source>
        <translation>{name} płaci {amount} potrąceniem z wynagrodzenia.</translation>
    </message>
    <message>
        <source>Payroll limit left {period}: {amount}</source>
        <translation>Pozostały limit potrąceń {period}: {amount}</translation>
    </message>
    <message>
        <source>Buyer&apos;s PIN</source>
        <translation>PIN kupującego</translation>
    </message>
    <message>
        <source>{employee}&apos;s &amp;PIN</source>
        <translation>&amp;PIN pracownika ({employee})</translation>
    </message>
    <message>
        <source>Buyer&apos;s &amp;PIN</source>
        <translation>&amp;PIN kupującego</translation>
    </message>
    <message>
        <source>Scan the buyer&apos;s badge and the items first.</source>
        <translation>Najpierw zeskanuj identyfikator kupującego i towary.</translation>
    </message>
    <message>
        <source>choose a category</source>
        <translation>wybierz kategorię</translation>
    </message>
    <message>
        <source>choose the item&apos;s category first</source>
        <translation>najpierw wybierz kategorię towaru</translation>
    </message>
    <message>
        <source>Add {amount} for {category}? Is it right?</source>
        <translation>Dodać {amount} za {category}? Czy to się zgadza?</translation>
    </message>
    <message>
        <source>not added: check the amount</source>
        <translation>nie dodano: sprawdź kwotę</translation>
    </message>
    <message>
        <source>give the reason for the approval</source>
        <translation>podaj powód zgody</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Zapłacono</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Zwrócono</translation>
    </message>
    <message>
        <source>Refund now</source>
        <translation>Zwrot teraz</translation>
    </message>
    <message>
        <source>To pay back</source>
        <translation>Do zwrotu</translation>
    </message>
    <message>
        <source>a refund above {most} needs a supervisor: badge, PIN and reason</source>
        <translation>zwrot powyżej {most} wymaga kierownika: identyfikator, PIN i powód</translation>
    </message>
    <message>
        <source>Refund {amount} to the customer?</source>
        <translation>Zwrócić klientowi {amount}?</translation>
    </message>
    <message>
        <source>nothing was refunded</source>
        <translation>nic nie zwrócono</translation>
    </message>
    <message>
        <source>type the amount</source>
        <translation>proszę wpisać kwotę</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Invalid scan: {problem}. Scan again.</source>
        <translation>Nieprawidłowy skan: {problem}. Zeskanuj ponownie.</translation>
    </message>
    <message>
        <source>External customer: regular price.</source>
        <translation>Klient zewnętrzny: cena regularna.</translation>
    </message>
    <message>
        <source> (cost centre {centre})</source>
        <translation> (centrum kosztów {centre})</translation>
    </message>
    <message>
        <source>Blocked: department {name}{centre} badge revoked. Regular price.</source>
        <translation>Zablokowany: identyfikator działu {name}{centre} unieważniony. Cena regularna.</translation>
    </message>
    <message>
        <source>Internal: department {name}{centre}, priced at cost.</source>
        <translation>Wewnętrzny: dział {name}{centre}, po kosztach.</translation>
    </message>
    <message>
        <source>Blocked: {who} ({reasons}). Charge regular price and alert the supervisor.</source>
        <translation>Zablokowany: {who} ({reasons}). Pobierz cenę regularną i powiadom kierownika.</translation>
    </message>
    <message>
        <source>{reasons} until {day}</source>
        <translation>{reasons} do {day}</translation>
    </message>
    <message>
        <source>Internal: {who}. Not eligible: {reasons}; ask a supervisor or ring regular price.</source>
        <translation>Wewnętrzny: {who}. Bez prawa do rabatu: {reasons}; wezwij kierownika lub nabij cenę regularną.</translation>
    </message>
    <message>
        <source>Internal: {who}. Not eligible: {reasons}; regular price.</source>
        <translation>Wewnętrzny: {who}. Bez prawa do rabatu: {reasons}; cena regularna.</translation>
    </message>
    <message>
        <source>Internal: {who}. {policy} discount.</source>
        <translation>Wewnętrzny: {who}. Rabat {policy}.</translation>
    </message>
    <message>
        <source>Internal: {who}. {policy} discount, {left} left {period} (offline: the server cannot be asked).</source>
        <translation>Wewnętrzny: {who}. Rabat {policy}, zostało {left} {period} (offline: nie można zapytać serwera).</translation>
    </message>
    <message>
        <source>Internal: {who}. {policy} discount, {left} left {period}.</source>
        <translation>Wewnętrzny: {who}. Rabat {policy}, zostało {left} {period}.</translation>
    </message>
    <message>
        <source>{name}, dependant of {employee} ({company})</source>
        <translation>{name}, członek rodziny: {employee} ({company})</translation>
    </message>
    <message>
        <source>{name}, group company {company}</source>
        <translation>{name}, spółka grupy {company}</translation>
    </message>
    <message>
        <source>{name}, employee of {company}</source>
        <translation>{name}, pracownik {company}</translation>
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
    <message>
        <source>active</source>
        <translation>aktywny</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>kasjer</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>kierownik</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>full time</source>
        <translation>pełny etat</translation>
    </message>
    <message>
        <source>part time</source>
        <translation>niepełny etat</translation>
    </message>
    <message>
        <source>seasonal</source>
        <translation>sezonowy</translation>
    </message>
    <message>
        <source>contractor</source>
        <translation>zleceniobiorca</translation>
    </message>
    <message>
        <source>retiree</source>
        <translation>emeryt</translation>
    </message>
    <message>
        <source>own company</source>
        <translation>własna spółka</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>zakończony</translation>
    </message>
</context>
</TS>
