<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Access</name>
    <message>
        <source>The database&apos;s files could be read by other users of this computer ({files}); others can no longer read them. The database holds the PIN and password hashes.</source>
        <translation>Fișierele bazei de date puteau fi citite de alți utilizatori ai acestui calculator ({files}); acum nu le mai pot citi. Baza de date conține amprentele PIN-urilor și ale parolei.</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>the lockout must be from 1 to 1440 minutes</source>
        <translation>blocarea trebuie să dureze între 1 și 1440 de minute</translation>
    </message>
    <message>
        <source>the admin password needs at least {count} characters</source>
        <translation>parola de administrator trebuie să aibă cel puțin {count} caractere</translation>
    </message>
    <message>
        <source>sign-in is locked after {count} failures until {time}</source>
        <translation>autentificarea este blocată până la {time} după {count} eșecuri</translation>
    </message>
    <message>
        <source>sign-in failed; locked for {minutes} minutes</source>
        <translation>autentificare eșuată; blocată pentru {minutes} min</translation>
    </message>
    <message>
        <source>sign-in failed; {count} tries left before a lockout</source>
        <translation>autentificare eșuată; încercări rămase până la blocare: {count}</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>give the admin password, or an admin badge and its PIN</source>
        <translation>introduceți parola de administrator sau legitimația unui administrator și PIN-ul ei</translation>
    </message>
</context>
<context>
    <name>AdminApp</name>
    <message>
        <source>The admin window cannot start: {problem}.</source>
        <translation>Fereastra de administrare nu poate porni: {problem}.</translation>
    </message>
</context>
<context>
    <name>AdminWindow</name>
    <message>
        <source>pos-desktop admin — {store}</source>
        <translation>pos-desktop administrare — {store}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{store}&lt;/b&gt; · signed in as {admin}</source>
        <translation>&lt;b&gt;{store}&lt;/b&gt; · autentificat ca {admin}</translation>
    </message>
    <message>
        <source>Staff registry</source>
        <translation>Angajați</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Companii</translation>
    </message>
    <message>
        <source>&amp;New company</source>
        <translation>Compa&amp;nie nouă</translation>
    </message>
    <message>
        <source>&amp;Remove company</source>
        <translation>Ște&amp;rge compania</translation>
    </message>
    <message>
        <source>&amp;Save companies</source>
        <translation>&amp;Salvează companiile</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departamente</translation>
    </message>
    <message>
        <source>&amp;New department</source>
        <translation>Departament &amp;nou</translation>
    </message>
    <message>
        <source>&amp;Remove department</source>
        <translation>Ște&amp;rge departamentul</translation>
    </message>
    <message>
        <source>&amp;Save departments</source>
        <translation>&amp;Salvează departamentele</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorii</translation>
    </message>
    <message>
        <source>&amp;New category</source>
        <translation>Categorie &amp;nouă</translation>
    </message>
    <message>
        <source>&amp;Remove category</source>
        <translation>Ște&amp;rge categoria</translation>
    </message>
    <message>
        <source>&amp;Save categories</source>
        <translation>&amp;Salvează categoriile</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produse</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Reguli</translation>
    </message>
    <message>
        <source>Store settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Jurnal audit</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapoarte</translation>
    </message>
    <message>
        <source>Import / export</source>
        <translation>Import / export</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copii de siguranță</translation>
    </message>
    <message>
        <source>Saved {name} ({sku}).</source>
        <translation>S-a salvat {name} ({sku}).</translation>
    </message>
    <message>
        <source>Choose a product in the table first.</source>
        <translation>Alegeți mai întâi un produs din tabel.</translation>
    </message>
    <message>
        <source>Remove {name} ({sku}) from the catalogue?</source>
        <translation>Ștergi {name} ({sku}) din catalog?</translation>
    </message>
    <message>
        <source>Removed {name} ({sku}) from the catalogue.</source>
        <translation>S-a șters {name} ({sku}) din catalog.</translation>
    </message>
    <message>
        <source>Settings saved; tills use them from their next scan (a new language from their next start).</source>
        <translation>Setările au fost salvate; casele le folosesc de la următoarea scanare (o limbă nouă de la următoarea pornire).</translation>
    </message>
    <message>
        <source>Companies saved</source>
        <translation>Companiile au fost salvate</translation>
    </message>
    <message>
        <source>Departments saved</source>
        <translation>Departamentele au fost salvate</translation>
    </message>
    <message>
        <source>Categories saved</source>
        <translation>Categoriile au fost salvate</translation>
    </message>
    <message>
        <source>{what}; tills use them from their next scan.</source>
        <translation>{what}; casele le folosesc de la următoarea scanare.</translation>
    </message>
    <message>
        <source>Policies saved; tills price with them from their next scan.</source>
        <translation>Regulile au fost salvate; casele calculează prețurile cu ele de la următoarea scanare.</translation>
    </message>
    <message>
        <source>Published to {server}; tills get it at their next sync.</source>
        <translation>Publicat pe {server}; casele îl primesc la următoarea sincronizare.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exportă raportul</translation>
    </message>
    <message>
        <source>Exported {count} row to {file}.</source>
        <translation>S-a exportat un rând ({count}) în {file}.</translation>
    </message>
    <message>
        <source>Exported {count} rows to {file}.</source>
        <translation>S-au exportat rânduri ({count}) în {file}.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Salvează raportul</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>S-a salvat {file}.</translation>
    </message>
    <message>
        <source>Close {day}? Its totals go into the journal, and no more sales or refunds can be recorded on that day.</source>
        <translation>Închizi ziua {day}? Totalurile ei intră în jurnal și în acea zi nu se mai pot înregistra vânzări sau retururi.</translation>
    </message>
    <message>
        <source>Closed {day}: sales {sales}, refunds {refunds}; Save PDF… keeps a copy of the close.</source>
        <translation>S-a închis ziua {day}: vânzări {sales}, retururi {refunds}; „Salvează PDF…” păstrează o copie a închiderii.</translation>
    </message>
    <message>
        <source>pos-desktop admin</source>
        <translation>pos-desktop administrare</translation>
    </message>
    <message>
        <source>Ctrl+Page Down: next page · Ctrl+Page Up: previous page</source>
        <translation>Ctrl+Page Down: pagina următoare · Ctrl+Page Up: pagina anterioară</translation>
    </message>
</context>
<context>
    <name>AmountEdit</name>
    <message>
        <source>{text} is not an amount like {example}</source>
        <translation>{text} nu este o sumă precum {example}</translation>
    </message>
    <message>
        <source>{text} has two decimal marks; write it like {example}</source>
        <translation>{text} are două separatoare zecimale; scrieți-o astfel: {example}</translation>
    </message>
    <message>
        <source>{text} has more than {places} decimal places</source>
        <translation>{text} are mai mult de {places} zecimale</translation>
    </message>
    <message>
        <source>{text} is too large</source>
        <translation>{text} este prea mare</translation>
    </message>
    <message>
        <source>an amount takes only digits and the decimal mark {mark}, like {example}</source>
        <translation>o sumă conține doar cifre și separatorul zecimal {mark}, de exemplu {example}</translation>
    </message>
</context>
<context>
    <name>Anchors</name>
    <message>
        <source>sales</source>
        <translation>vânzări</translation>
    </message>
    <message>
        <source>day close</source>
        <translation>închidere de zi</translation>
    </message>
    <message>
        <source>--anchor {anchor} is not a journal hash (12 to 64 digits 0-9 and a-f, as the Z report prints it)</source>
        <translation>--anchor {anchor} nu este un hash al jurnalului (între 12 și 64 de caractere 0-9 și a-f, așa cum îl tipărește raportul Z)</translation>
    </message>
    <message>
        <source>no record of this journal carries the anchor {anchor}: the journal was cut short or rewritten since that hash was kept</source>
        <translation>nicio înregistrare a acestui jurnal nu poartă ancora {anchor}: jurnalul a fost scurtat sau rescris de când a fost păstrat acel hash</translation>
    </message>
    <message>
        <source>--against {file}: there is no such file</source>
        <translation>--against {file}: acest fișier nu există</translation>
    </message>
    <message>
        <source>--against {file} is not a pos-desktop database or backup</source>
        <translation>--against {file} nu este o bază de date sau o copie de siguranță pos-desktop</translation>
    </message>
    <message>
        <source>the backup {file} holds {kind} record {seq}, which this journal no longer has: the journal was cut short since the backup was taken</source>
        <translation>copia de siguranță {file} conține înregistrarea de {kind} {seq}, pe care acest jurnal nu o mai are: jurnalul a fost scurtat de la efectuarea copiei</translation>
    </message>
    <message>
        <source>{kind} record {seq} differs from the one in the backup {file}: the journal was rewritten since the backup was taken</source>
        <translation>înregistrarea de {kind} {seq} diferă de cea din copia de siguranță {file}: jurnalul a fost rescris de la efectuarea copiei</translation>
    </message>
    <message>
        <source>the close of {day} says other totals than its sales and refunds add up to: the journal or the close was rewritten</source>
        <translation>închiderea zilei {day} arată alte totaluri decât rezultă din vânzările și rambursările ei: jurnalul sau închiderea au fost rescrise</translation>
    </message>
    <message>
        <source>the reports&apos; sums for {start} are not what the journal&apos;s records add up to: they were changed outside the app</source>
        <translation>sumele rapoartelor pentru {start} nu corespund înregistrărilor din jurnal: au fost modificate în afara aplicației</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>audit</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Cine</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ce</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Obiect</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modificare</translation>
    </message>
    <message>
        <source>before: {before}
after: {after}</source>
        <translation>înainte: {before}
după: {after}</translation>
    </message>
    <message>
        <source>Filter by what was done</source>
        <translation>Filtrează după acțiune</translation>
    </message>
    <message>
        <source>What: staff., badge., config., admin., override…</source>
        <translation>Ce: staff., badge., config., admin., override…</translation>
    </message>
    <message>
        <source>Filter by who did it</source>
        <translation>Filtrează după cine a făcut-o</translation>
    </message>
    <message>
        <source>Who: employee number or admin</source>
        <translation>Cine: numărul angajatului sau admin</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Jurnal audit</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrează</translation>
    </message>
    <message>
        <source>&amp;Verify the chains</source>
        <translation>&amp;Verifică lanțurile</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportă CSV…</translation>
    </message>
    <message>
        <source>Both chains hold: {sales} sales records and {entries} audit entries.</source>
        <translation>Ambele lanțuri sunt intacte: înregistrări de vânzări: {sales}, intrări de audit: {entries}.</translation>
    </message>
    <message>
        <source>Broken: {problem}. Restore a backup and report this.</source>
        <translation>Deteriorat: {problem}. Restaurați o copie de siguranță și raportați problema.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportă jurnalul de audit</translation>
    </message>
    <message>
        <source>Exported {count} audit entry to {file}.</source>
        <translation>S-a exportat o intrare de audit ({count}) în {file}.</translation>
    </message>
    <message>
        <source>Exported {count} audit entries to {file}.</source>
        <translation>S-au exportat intrări de audit ({count}) în {file}.</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Taken</source>
        <translation>Realizată</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Mărime</translation>
    </message>
    <message>
        <source>A backup is taken each day a till or this window is open, into &lt;b&gt;{folder}&lt;/b&gt;; the newest {count} daily ones are kept. Restoring replaces the database for every till; the database as it is now is kept in the same folder first.</source>
        <translation>O copie de siguranță se face în fiecare zi în care o casă sau această fereastră este deschisă, în &lt;b&gt;{folder}&lt;/b&gt;; se păstrează cele mai noi {count} copii zilnice. Restaurarea înlocuiește baza de date pentru toate casele; baza de date de acum este păstrată mai întâi în același folder.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copii de siguranță</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Fă o copie &amp;acum</translation>
    </message>
    <message>
        <source>Res&amp;tore the chosen backup…</source>
        <translation>&amp;Restaurează copia aleasă…</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>No backup was taken: {problem}.</source>
        <translation>Nu s-a făcut nicio copie de siguranță: {problem}.</translation>
    </message>
    <message>
        <source>Backed up to {file}.</source>
        <translation>Copia a fost salvată în {file}.</translation>
    </message>
    <message>
        <source>Choose a backup in the table first.</source>
        <translation>Alegeți mai întâi o copie din tabel.</translation>
    </message>
    <message>
        <source>Restore the backup {backup}?

Every till uses it from its next scan. Sales and changes made since it was taken leave the database; the database as it is now is kept in the backups folder.</source>
        <translation>Restaurați copia {backup}?

Fiecare casă o folosește de la următoarea scanare. Vânzările și modificările făcute de atunci ies din baza de date; baza de date de acum este păstrată în folderul copiilor.</translation>
    </message>
    <message>
        <source>Nothing was restored: {problem}.</source>
        <translation>Nu s-a restaurat nimic: {problem}.</translation>
    </message>
    <message>
        <source>Restored {file}; the database before it is kept as {kept}.</source>
        <translation>S-a restaurat {file}; baza de date de dinainte este păstrată ca {kept}.</translation>
    </message>
    <message>
        <source>Restore the backup {backup}?

This till belongs to a chain: first it sends the server the sales it has not sent yet, then the backup replaces its database and it takes back from the server every sale made since the backup, so no sale is lost and its next sale continues its records. Changes other than sales made since the backup leave the database; the database as it is now is kept in the backups folder. The server must be reachable, or nothing is restored.</source>
        <translation>Restaurați copia de siguranță {backup}?

Această casă face parte dintr-o rețea: mai întâi trimite serverului vânzările netrimise încă, apoi copia îi înlocuiește baza de date și casa preia înapoi de la server fiecare vânzare făcută de la copie, astfel încât nicio vânzare nu se pierde, iar următoarea vânzare îi continuă înregistrările. Alte modificări decât vânzările făcute de la copie dispar din baza de date; baza de date actuală este păstrată în dosarul copiilor de siguranță. Serverul trebuie să fie accesibil, altfel nu se restaurează nimic.</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <source>no Luhn check digit for {payload}</source>
        <translation>nu există cifră de control Luhn pentru {payload}</translation>
    </message>
    <message>
        <source>the scan is empty</source>
        <translation>scanarea este goală</translation>
    </message>
    <message>
        <source>the scan does not look like a badge</source>
        <translation>scanarea nu arată ca o legitimație</translation>
    </message>
    <message>
        <source>the check digit is wrong</source>
        <translation>cifra de control este greșită</translation>
    </message>
    <message>
        <source>{code} is not an EAN-13 code with a correct check digit</source>
        <translation>{code} nu este un cod EAN-13 cu cifra de control corectă</translation>
    </message>
    <message>
        <source>{text} cannot be a Code 128 barcode (printable ASCII only)</source>
        <translation>{text} nu poate fi un cod de bare Code 128 (doar caractere ASCII tipăribile)</translation>
    </message>
    <message>
        <source>the scan is longer than {count} characters; no badge is</source>
        <translation>scanarea are mai mult de {count} de caractere; nicio legitimație nu este atât de lungă</translation>
    </message>
    <message>
        <source>the store&apos;s badge pattern repeats a group that itself repeats and could take minutes on this scan; an admin must change it in the settings</source>
        <translation>modelul legitimației magazinului repetă un grup care se repetă el însuși și această scanare ar putea dura minute; un administrator trebuie să îl schimbe în setări</translation>
    </message>
</context>
<context>
    <name>Basket</name>
    <message>
        <source>Item</source>
        <translation>Articol</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preț</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Reducere</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <source>open amount</source>
        <translation>sumă liberă</translation>
    </message>
</context>
<context>
    <name>Benefits</name>
    <message>
        <source>tax-free per employee per year</source>
        <translation>neimpozabil pe angajat pe an</translation>
    </message>
    <message>
        <source>the discount the public is offered on the same goods; only what staff get beyond it counts</source>
        <translation>reducerea oferită publicului pentru aceleași bunuri; contează doar ce primesc angajații peste ea</translation>
    </message>
    <message>
        <source>No taxable benefit</source>
        <translation>Fără avantaj impozabil</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polonia</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>România</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Germania</translation>
    </message>
    <message>
        <source>share of the shelf price that is valued</source>
        <translation>partea din prețul de raft care se evaluează</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <source>a discount up to this share is tax-free</source>
        <translation>o reducere până la această parte din preț este neimpozabilă</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Regatul Unit</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Statele Unite</translation>
    </message>
    <message>
        <source>the employer&apos;s gross profit percentage (last year&apos;s); set it for your shop</source>
        <translation>procentul de profit brut al angajatorului (din anul trecut); setați-l pentru magazinul dumneavoastră</translation>
    </message>
    <message>
        <source>{where}: jurisdiction {value} must be one of {choices}</source>
        <translation>{where}: jurisdicția {value} trebuie să fie una dintre: {choices}</translation>
    </message>
    <message>
        <source>{where}: {key} is not a parameter of the {jurisdiction} rules</source>
        <translation>{where}: {key} nu este un parametru al regulilor {jurisdiction}</translation>
    </message>
    <message>
        <source>--year {year} is not a year like 2026</source>
        <translation>--year {year} nu este un an precum 2026</translation>
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
        <translation>Casa nu poate porni: {problem}.</translation>
    </message>
    <message>
        <source>{problem}. Sales may fail until a backup is restored.</source>
        <translation>{problem}. Vânzările pot eșua până la restaurarea unei copii.</translation>
    </message>
    <message>
        <source>The till cannot go on: {problem}. Restart it.</source>
        <translation>Casa nu poate continua: {problem}. Reporniți-o.</translation>
    </message>
    <message>
        <source>Restored the newest backup; the basket is still here.</source>
        <translation>S-a restaurat cea mai nouă copie; coșul este încă aici.</translation>
    </message>
    <message>
        <source>{problem}. Sales may fail: restart the till to restore a backup.</source>
        <translation>{problem}. Vânzările pot eșua: reporniți casa pentru a restaura o copie.</translation>
    </message>
</context>
<context>
    <name>CashierWindow</name>
    <message>
        <source>Scan your badge to sign in</source>
        <translation>Scanați-vă legitimația pentru autentificare</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantitate</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Sumă liberă</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Șterge linia</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Client extern</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervizor</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Retur</translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation>Pe stat de plată</translation>
    </message>
    <message>
        <source>Complete sale</source>
        <translation>Finalizează vânzarea</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Golește</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Tipărește bonul</translation>
    </message>
    <message>
        <source>Receipt PDF</source>
        <translation>Bon PDF</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Deconectare</translation>
    </message>
    <message>
        <source>pos-desktop — till</source>
        <translation>pos-desktop — casă</translation>
    </message>
    <message>
        <source>pos-desktop — opening the till…</source>
        <translation>pos-desktop — se deschide casa…</translation>
    </message>
    <message>
        <source>Store, till and cashier</source>
        <translation>Magazin, casă și casier</translation>
    </message>
    <message>
        <source>Scan or type a badge, barcode, SKU or product name</source>
        <translation>Scanați sau tastați legitimația, codul de bare, SKU-ul sau numele produsului</translation>
    </message>
    <message>
        <source>pos-desktop — the till cannot open</source>
        <translation>pos-desktop — casa nu se poate deschide</translation>
    </message>
    <message>
        <source>The till cannot open: {problem}.</source>
        <translation>Casa nu se poate deschide: {problem}.</translation>
    </message>
    <message>
        <source>pos-desktop — {store}, till {till}</source>
        <translation>pos-desktop — {store}, casa {till}</translation>
    </message>
    <message>
        <source>Receipt of the last sale</source>
        <translation>Bonul ultimei vânzări</translation>
    </message>
    <message>
        <source>Basket</source>
        <translation>Coș</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Employee discount</source>
        <translation>Reducere pentru angajați</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total de plată</translation>
    </message>
    <message>
        <source>Allowance after</source>
        <translation>Plafon rămas după</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Comenzi rapide de la tastatură</translation>
    </message>
    <message>
        <source>Added {item} {amount}.</source>
        <translation>S-a adăugat {item} {amount}.</translation>
    </message>
    <message>
        <source>Removed {item}.</source>
        <translation>S-a șters {item}.</translation>
    </message>
    <message>
        <source>Walk-in customer: regular price.</source>
        <translation>Client extern: preț întreg.</translation>
    </message>
    <message>
        <source>No supervisor is needed for this customer.</source>
        <translation>Pentru acest client nu este nevoie de supervizor.</translation>
    </message>
    <message>
        <source>Signed in: {name}. Scan the customer&apos;s badge.</source>
        <translation>Autentificat: {name}. Scanați legitimația clientului.</translation>
    </message>
    <message>
        <source>Sale complete: {total}. Ctrl+P prints the receipt.</source>
        <translation>Vânzare finalizată: {total}. Ctrl+P tipărește bonul.</translation>
    </message>
    <message>
        <source>Receipt sent to the printer.</source>
        <translation>Bonul a fost trimis la imprimantă.</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Salvează bonul</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>bon</translation>
    </message>
    <message>
        <source>Receipt saved to {file}.</source>
        <translation>Bonul a fost salvat în {file}.</translation>
    </message>
    <message>
        <source>There is no receipt yet: complete a sale first.</source>
        <translation>Încă nu există bon: finalizați mai întâi o vânzare.</translation>
    </message>
    <message>
        <source>Clear the basket and the customer?</source>
        <translation>Goliți coșul și clientul?</translation>
    </message>
    <message>
        <source>Cleared: ready for the next customer.</source>
        <translation>Golit: gata pentru următorul client.</translation>
    </message>
    <message>
        <source>Sign out and clear the basket?</source>
        <translation>Vă deconectați și goliți coșul?</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Deconectat.</translation>
    </message>
    <message>
        <source>The till is locked.</source>
        <translation>Casa este blocată.</translation>
    </message>
    <message>
        <source>Ready — scan the customer&apos;s badge</source>
        <translation>Gata — scanați legitimația clientului</translation>
    </message>
    <message>
        <source>Walk-in customers pay the regular price; staff scan their badge.</source>
        <translation>Clienții externi plătesc prețul întreg; angajații își scanează legitimația.</translation>
    </message>
    <message>
        <source>The basket is here but could not be kept for a restart: {problem}.</source>
        <translation>Coșul este aici, dar nu a putut fi păstrat pentru o repornire: {problem}.</translation>
    </message>
    <message>
        <source>nobody signed in</source>
        <translation>nimeni autentificat</translation>
    </message>
    <message>
        <source>&lt;b&gt;{store}&lt;/b&gt; · Till {till} · Cashier: {who} · {now}</source>
        <translation>&lt;b&gt;{store}&lt;/b&gt; · Casa {till} · Casier: {who} · {now}</translation>
    </message>
    <message>
        <source>Choose a line first (Up/Down arrows).</source>
        <translation>Alegeți mai întâi o linie (săgețile sus/jos).</translation>
    </message>
    <message>
        <source>The till is locked: scan your badge to sign in.</source>
        <translation>Casa este blocată: scanați-vă legitimația pentru autentificare.</translation>
    </message>
    <message>
        <source>{item}: quantity {qty}.</source>
        <translation>{item}: cantitate {qty}.</translation>
    </message>
    <message>
        <source>The customer changed after the badge {badge} in this basket; a supervisor approves the new customer&apos;s price.</source>
        <translation>Clientul s-a schimbat după legitimația {badge} din acest coș; supervizorul aprobă prețul noului client.</translation>
    </message>
    <message>
        <source>Approved by {name}.</source>
        <translation>Aprobat de {name}.</translation>
    </message>
    <message>
        <source>Refunded {amount} (sale {sale}); staff allowance given back. Ctrl+P prints the refund slip.</source>
        <translation>S-a restituit {amount} (vânzarea {sale}); plafonul angajatului a fost refăcut. Ctrl+P tipărește bonul de retur.</translation>
    </message>
    <message>
        <source>EXTERNAL — walk-in</source>
        <translation>EXTERN — fără legitimație</translation>
    </message>
    <message>
        <source>Regular price: no staff badge was scanned.</source>
        <translation>Preț întreg: nu s-a scanat nicio legitimație de angajat.</translation>
    </message>
    <message>
        <source>SUPERVISOR NEEDED — blocked badge first</source>
        <translation>ESTE NEVOIE DE SUPERVIZOR — întâi o legitimație blocată</translation>
    </message>
    <message>
        <source>SUPERVISOR NEEDED — basket to department</source>
        <translation>ESTE NEVOIE DE SUPERVIZOR — coșul trece la departament</translation>
    </message>
    <message>
        <source>Approved by {name}: {reason}</source>
        <translation>Aprobat de {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} replaced the blocked badge of {before} in this basket: regular price until a supervisor approves (F7). Esc clears the basket.</source>
        <translation>{name} a înlocuit legitimația blocată a persoanei {before} în acest coș: preț întreg până când aprobă supervizorul (F7). Esc golește coșul.</translation>
    </message>
    <message>
        <source>{name} replaced a blocked badge in this basket: regular price until a supervisor approves (F7). Esc clears the basket.</source>
        <translation>{name} a înlocuit o legitimație blocată în acest coș: preț întreg până când aprobă supervizorul (F7). Esc golește coșul.</translation>
    </message>
    <message>
        <source>{name} takes over the basket of {before} at cost only once a supervisor approves (F7); regular price until then.</source>
        <translation>{name} preia coșul persoanei {before} la cost numai după aprobarea supervizorului (F7); până atunci, preț întreg.</translation>
    </message>
    <message>
        <source>{name} takes over a staff member&apos;s basket at cost only once a supervisor approves (F7); regular price until then.</source>
        <translation>{name} preia coșul unui angajat la cost numai după aprobarea supervizorului (F7); până atunci, preț întreg.</translation>
    </message>
    <message>
        <source>Paid back</source>
        <translation>Restituit</translation>
    </message>
    <message>
        <source>The customer changed after the badge of {name} in this basket; a supervisor approves the new customer&apos;s price.</source>
        <translation>Clientul s-a schimbat după legitimația persoanei {name} din acest coș; supervizorul aprobă prețul noului client.</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>the SKU is empty</source>
        <translation>SKU-ul este gol</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>numele este gol</translation>
    </message>
    <message>
        <source>unknown category {category}</source>
        <translation>categorie necunoscută {category}</translation>
    </message>
    <message>
        <source>the price</source>
        <translation>prețul</translation>
    </message>
    <message>
        <source>the cost</source>
        <translation>costul</translation>
    </message>
    <message>
        <source>SKU {sku} is already in the catalogue</source>
        <translation>SKU-ul {sku} este deja în catalog</translation>
    </message>
    <message>
        <source>barcode {barcode} is already used by {sku}</source>
        <translation>codul de bare {barcode} este deja folosit de {sku}</translation>
    </message>
    <message>
        <source>there is no SKU {sku}</source>
        <translation>nu există SKU-ul {sku}</translation>
    </message>
    <message>
        <source>price</source>
        <translation>prețul</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>costul</translation>
    </message>
    <message>
        <source>the same SKU is on row {first}</source>
        <translation>același SKU este pe rândul {first}</translation>
    </message>
    <message>
        <source>the same barcode is on row {first}</source>
        <translation>același cod de bare este pe rândul {first}</translation>
    </message>
    <message>
        <source>this barcode belongs to {sku}</source>
        <translation>acest cod de bare aparține lui {sku}</translation>
    </message>
    <message>
        <source>unknown category; add it to the config first</source>
        <translation>categorie necunoscută; adăugați-o mai întâi în configurație</translation>
    </message>
    <message>
        <source>this SKU is also another product&apos;s barcode</source>
        <translation>acest SKU este și codul de bare al altui produs</translation>
    </message>
</context>
<context>
    <name>Chain</name>
    <message>
        <source>this till takes its staff, products and rules from the server {server}; change them on the office database that publishes to it (&apos;pos-desktop --db OFFICE.sqlite admin&apos;, then &apos;server publish&apos;), and every till gets them at its next sync</source>
        <translation>această casă își ia angajații, produsele și regulile de pe serverul {server}; modificați-le în baza de date a biroului care publică pe el (&apos;pos-desktop --db OFFICE.sqlite admin&apos;, apoi &apos;server publish&apos;), iar fiecare casă le primește la următoarea sincronizare</translation>
    </message>
    <message>
        <source>{refusal}; nothing was changed</source>
        <translation>{refusal}; nu s-a modificat nimic</translation>
    </message>
    <message>
        <source>this till takes its registry from the server {server}; publish from the office database, never from a till</source>
        <translation>această casă își ia registrul de pe serverul {server}; publicați din baza de date a biroului, niciodată de pe o casă</translation>
    </message>
    <message>
        <source>this database has not published to a server yet; give the server with --url URL</source>
        <translation>această bază de date nu a publicat încă pe un server; indicați serverul cu --url URL</translation>
    </message>
    <message>
        <source>--till {till} must be 1-32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, like T1 or WAW-03</source>
        <translation>--till {till} trebuie să aibă 1–32 caractere: litere, cifre, &apos;.&apos;, &apos;_&apos; sau &apos;-&apos;, de exemplu T1 sau WAW-03</translation>
    </message>
    <message>
        <source>the server {server} has no store settings yet; publish the registry and rules first with &apos;pos-desktop --db OFFICE.sqlite server publish --url URL&apos;</source>
        <translation>serverul {server} nu are încă setările magazinului; publicați mai întâi registrul și regulile cu &apos;pos-desktop --db OFFICE.sqlite server publish --url URL&apos;</translation>
    </message>
    <message>
        <source>this till has not joined a server; join it with &apos;pos-desktop init --till ID --server URL&apos; (a till on its own needs no sync)</source>
        <translation>această casă nu s-a alăturat unui server; alăturați-o cu &apos;pos-desktop init --till ID --server URL&apos; (o casă de sine stătătoare nu are nevoie de sincronizare)</translation>
    </message>
    <message>
        <source>the server&apos;s store currency is now {currency}, but this till has {count} sales in {held}; its own sales were sent, nothing was pulled, and it keeps selling in the old currency. Publish the old currency back from the office, or start this till afresh under a new id with &apos;pos-desktop init --till NEW-ID --server URL --force&apos;</source>
        <translation>moneda magazinului pe server este acum {currency}, dar această casă are vânzări în {held} (număr: {count}); vânzările ei au fost trimise, nu s-a preluat nimic și casa continuă să vândă în moneda veche. Publicați din nou moneda veche de la birou sau porniți această casă de la zero cu un ID nou, cu &apos;pos-desktop init --till NEW-ID --server URL --force&apos;</translation>
    </message>
    <message>
        <source>this till&apos;s {what} record {seq} is not the one the server holds for till {till}: its history differs from the server&apos;s (its database was replaced, cut short or rewritten, or another till joined as {till}); nothing was pushed, and its sales no longer reach the server until it is set up again</source>
        <translation>înregistrarea de {what} {seq} a acestei case nu este cea pe care serverul o are pentru casa {till}: istoricul ei diferă de cel de pe server (baza ei de date a fost înlocuită, scurtată sau rescrisă, ori o altă casă s-a alăturat ca {till}); nu s-a trimis nimic, iar vânzările ei nu mai ajung la server până când nu este configurată din nou</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>vânzări</translation>
    </message>
    <message>
        <source>day close</source>
        <translation>închidere de zi</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>jurnal de modificări</translation>
    </message>
    <message>
        <source>this database is till {till} of a chain and the backup is not one of its backups; nothing was restored</source>
        <translation>această bază de date este casa {till} a unei rețele, iar copia nu este una dintre copiile ei; nu s-a restaurat nimic</translation>
    </message>
    <message>
        <source>this database is till {till} of the chain at {server}: a restore takes back from the server the sales made since the backup, and {problem}; nothing was restored, try again when the server can be reached</source>
        <translation>această bază de date este casa {till} a rețelei de la {server}: o restaurare preia înapoi de la server vânzările făcute de la copie, iar {problem}; nu s-a restaurat nimic, încercați din nou când serverul este accesibil</translation>
    </message>
</context>
<context>
    <name>ChainBar</name>
    <message>
        <source>&amp;Publish now</source>
        <translation>&amp;Publică acum</translation>
    </message>
    <message>
        <source>This till takes its staff, products and rules from the server {server}: change them in the admin window of the office database that publishes to it, and every till gets them at its next sync.</source>
        <translation>Această casă își ia angajații, produsele și regulile de pe serverul {server}: modificați-le în fereastra de administrare a bazei de date a biroului care publică pe el, iar fiecare casă le primește la următoarea sincronizare.</translation>
    </message>
    <message>
        <source>Changes not yet published to {server}: {count}. Tills get them after you publish.</source>
        <translation>Modificări încă nepublicate pe {server}: {count}. Casele le primesc după ce publicați.</translation>
    </message>
    <message>
        <source>Every change is published to {server}.</source>
        <translation>Toate modificările sunt publicate pe {server}.</translation>
    </message>
</context>
<context>
    <name>ChainLink</name>
    <message>
        <source>connecting to the server…</source>
        <translation>conectare la server…</translation>
    </message>
    <message>
        <source>online, synced {time}</source>
        <translation>online, sincronizat la {time}</translation>
    </message>
    <message>
        <source>OFFLINE since {time}, {count} sales to send</source>
        <translation>OFFLINE din {time}, vânzări de trimis: {count}</translation>
    </message>
    <message>
        <source>OFFLINE since {time}, {count} sale to send</source>
        <translation>OFFLINE din {time}, {count} vânzare de trimis</translation>
    </message>
</context>
<context>
    <name>Checkout</name>
    <message>
        <source>{sale} is a refund; refund the original sale instead</source>
        <translation>{sale} este o restituire; restituiți vânzarea inițială</translation>
    </message>
    <message>
        <source>{role} badge {badge}: {problem}; scan again</source>
        <translation>legitimația ({role}) {badge}: {problem}; scanați din nou</translation>
    </message>
    <message>
        <source>{role} badge {code} is not a staff badge</source>
        <translation>legitimația ({role}) {code} nu este o legitimație de angajat</translation>
    </message>
    <message>
        <source>{role} badge {code} is revoked ({reason})</source>
        <translation>legitimația ({role}) {code} este revocată ({reason})</translation>
    </message>
    <message>
        <source>no reason</source>
        <translation>fără motiv</translation>
    </message>
    <message>
        <source>{role} {who} is {status}</source>
        <translation>{who} ({role}): stare {status}</translation>
    </message>
    <message>
        <source>{role} {who} left on {day}</source>
        <translation>{who} ({role}) a plecat pe {day}</translation>
    </message>
    <message>
        <source>{who} has no {role} role in the registry</source>
        <translation>{who} nu are în registru rolul: {role}</translation>
    </message>
    <message>
        <source>unknown SKU or barcode {code}</source>
        <translation>SKU sau cod de bare necunoscut {code}</translation>
    </message>
    <message>
        <source>unknown category {category}</source>
        <translation>categorie necunoscută {category}</translation>
    </message>
    <message>
        <source>the amount for {category} must be more than zero</source>
        <translation>suma pentru {category} trebuie să fie mai mare decât zero</translation>
    </message>
    <message>
        <source>an open amount may be at most {most} {currency}; ring larger items by SKU</source>
        <translation>o sumă liberă poate fi de cel mult {most} {currency}; vindeți articolele mai mari după SKU</translation>
    </message>
    <message>
        <source>an open amount times its quantity may be at most {most} {currency}; ring larger items by SKU</source>
        <translation>o sumă liberă înmulțită cu cantitatea ei poate fi de cel mult {most} {currency}; vindeți articolele mai mari după SKU</translation>
    </message>
    <message>
        <source>customer badge {badge}: {problem}; scan again</source>
        <translation>legitimația clientului {badge}: {problem}; scanați din nou</translation>
    </message>
    <message>
        <source>a supervisor override needs a reason; nothing was recorded</source>
        <translation>aprobarea supervizorului necesită un motiv; nu s-a înregistrat nimic</translation>
    </message>
    <message>
        <source>this sale needs no supervisor override; nothing was recorded</source>
        <translation>această vânzare nu necesită aprobarea supervizorului; nu s-a înregistrat nimic</translation>
    </message>
    <message>
        <source>a supervisor cannot approve their own purchase; ask another one</source>
        <translation>un supervizor nu își poate aproba propria achiziție; chemați altul</translation>
    </message>
    <message>
        <source>the basket is empty; add at least one item</source>
        <translation>coșul este gol; adăugați cel puțin un produs</translation>
    </message>
    <message>
        <source>there is no sale {sale} in the journal</source>
        <translation>nu există vânzarea {sale} în jurnal</translation>
    </message>
    <message>
        <source>sale {sale} was made at another till of the chain; refund it at that till (it keeps the sale&apos;s lines and refunds), and the allowance comes back on every till at their next sync</source>
        <translation>vânzarea {sale} a fost făcută la altă casă a rețelei; restituiți-o la acea casă (ea păstrează liniile și restituirile vânzării), iar plafonul revine pe fiecare casă la următoarea sincronizare</translation>
    </message>
    <message>
        <source>choose at least one line to refund</source>
        <translation>alegeți cel puțin o linie de restituit</translation>
    </message>
    <message>
        <source>sale {sale} is already fully refunded</source>
        <translation>vânzarea {sale} a fost deja restituită integral</translation>
    </message>
    <message>
        <source>with {earlier} refunded before, this sale&apos;s refunds come to {total}, above {above}: a supervisor approves it</source>
        <translation>cu {earlier} returnați anterior, retururile acestei vânzări ajung la {total}, peste {above}: le aprobă supervizorul</translation>
    </message>
    <message>
        <source>quantity for {what} must be at least 1, not {qty}</source>
        <translation>cantitatea pentru {what} trebuie să fie cel puțin 1, nu {qty}</translation>
    </message>
    <message>
        <source>quantity for {what} is more than {most}</source>
        <translation>cantitatea pentru {what} depășește {most}</translation>
    </message>
    <message>
        <source>sale {sale} has no line {line}</source>
        <translation>vânzarea {sale} nu are linia {line}</translation>
    </message>
    <message>
        <source>line {line} is named twice; give it once with its quantity</source>
        <translation>linia {line} este dată de două ori; dați-o o dată cu cantitatea ei</translation>
    </message>
    <message>
        <source>quantity to refund on line {line} must be at least 1</source>
        <translation>cantitatea de restituit pe linia {line} trebuie să fie cel puțin 1</translation>
    </message>
    <message>
        <source>line {line} has only {left} left to refund, not {qty}</source>
        <translation>pe linia {line} au mai rămas de restituit doar {left}, nu {qty}</translation>
    </message>
    <message>
        <source>wrong PIN for supervisor {name}; nothing was recorded (tries left before the PIN locks: {count})</source>
        <translation>PIN greșit pentru supervizorul {name}; nu s-a înregistrat nimic (încercări rămase până la blocare: {count})</translation>
    </message>
    <message>
        <source>the moment {moment} is in the future; a sale or refund is recorded at most {minutes} minutes ahead of the clock, nothing was recorded</source>
        <translation>momentul {moment} este în viitor; o vânzare sau o returnare se înregistrează cu cel mult {minutes} minute înaintea ceasului, nu s-a înregistrat nimic</translation>
    </message>
    <message>
        <source>a refund of {total} is above {above}: a supervisor approves it</source>
        <translation>un retur de {total} depășește {above}: îl aprobă supervizorul</translation>
    </message>
    <message>
        <source>a refund cannot be dated before its sale, sold {when}; nothing was recorded</source>
        <translation>o restituire nu poate avea o dată anterioară vânzării sale, vândută la {when}; nu s-a înregistrat nimic</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>usage: </source>
        <translation>utilizare: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumente poziționale</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opțiuni</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>afișează acest ajutor și ieși</translation>
    </message>
    <message>
        <source>see {program} --help</source>
        <translation>vedeți {program} --help</translation>
    </message>
    <message>
        <source>a file name is needed, not an empty one</source>
        <translation>este nevoie de un nume de fișier, nu de unul gol</translation>
    </message>
    <message>
        <source>{text} cannot be a file name (it holds a NUL)</source>
        <translation>{text} nu poate fi un nume de fișier (conține un caracter NUL)</translation>
    </message>
    <message>
        <source>{file} is the database itself; choose another file to write</source>
        <translation>{file} este chiar baza de date; alegeți alt fișier în care să se scrie</translation>
    </message>
    <message>
        <source>Staff-discount checkout helper.</source>
        <translation>Casă cu reducere pentru angajați.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>afișează versiunea și ieși</translation>
    </message>
    <message>
        <source>database file (default: ${variable} or user data)</source>
        <translation>fișierul bazei de date (implicit: ${variable} sau datele utilizatorului)</translation>
    </message>
    <message>
        <source>language: en, pl or ro (default: the store&apos;s setting in the windows, else the system&apos;s language)</source>
        <translation>limba: en, pl sau ro (implicit: în ferestre setarea magazinului, altfel limba sistemului)</translation>
    </message>
    <message>
        <source>windows in black, white and yellow (default: the store&apos;s setting)</source>
        <translation>ferestre în negru, alb și galben (implicit: setarea magazinului)</translation>
    </message>
    <message>
        <source>the till with larger buttons, rows and text (default: the store&apos;s setting)</source>
        <translation>casa cu butoane, rânduri și text mai mari (implicit: setarea magazinului)</translation>
    </message>
    <message>
        <source>the argument {name} is missing</source>
        <translation>lipsește argumentul {name}</translation>
    </message>
    <message>
        <source>open the till window (the default)</source>
        <translation>deschide fereastra casei (implicit)</translation>
    </message>
    <message>
        <source>open on the demo database</source>
        <translation>deschide pe baza de date demonstrativă</translation>
    </message>
    <message>
        <source>save the window after a scripted demo checkout, then exit</source>
        <translation>salvează fereastra după o vânzare demonstrativă, apoi ieși</translation>
    </message>
    <message>
        <source>open the admin window (registry and rules)</source>
        <translation>deschide fereastra de administrare (registru și reguli)</translation>
    </message>
    <message>
        <source>sign in as the demo admin, save the registry page, then exit</source>
        <translation>autentifică-te ca administrator demonstrativ, salvează pagina registrului, apoi ieși</translation>
    </message>
    <message>
        <source>create a new database</source>
        <translation>creează o bază de date nouă</translation>
    </message>
    <message>
        <source>fill it with the demo store</source>
        <translation>umple-o cu magazinul demonstrativ</translation>
    </message>
    <message>
        <source>ISO currency code (default EUR)</source>
        <translation>codul ISO al monedei (implicit EUR)</translation>
    </message>
    <message>
        <source>replace an existing database</source>
        <translation>înlocuiește o bază de date existentă</translation>
    </message>
    <message>
        <source>join a chain as this till (with --server)</source>
        <translation>alătură-te rețelei ca această casă (cu --server)</translation>
    </message>
    <message>
        <source>the chain&apos;s server, postgresql://...</source>
        <translation>serverul rețelei, postgresql://...</translation>
    </message>
    <message>
        <source>the chain&apos;s central PostgreSQL server</source>
        <translation>serverul PostgreSQL central al rețelei</translation>
    </message>
    <message>
        <source>create the central tables</source>
        <translation>creează tabelele centrale</translation>
    </message>
    <message>
        <source>postgresql://...</source>
        <translation>postgresql://...</translation>
    </message>
    <message>
        <source>send this database&apos;s registry and rules</source>
        <translation>trimite registrul și regulile acestei baze de date</translation>
    </message>
    <message>
        <source>postgresql://... (by default the server it last published to)</source>
        <translation>postgresql://... (implicit serverul pe care s-a publicat ultima dată)</translation>
    </message>
    <message>
        <source>push this till&apos;s sales, pull the chain&apos;s changes</source>
        <translation>trimite vânzările acestei case, preia modificările rețelei</translation>
    </message>
    <message>
        <source>another address for the server</source>
        <translation>altă adresă pentru server</translation>
    </message>
    <message>
        <source>print JSON for scripts</source>
        <translation>afișează JSON pentru scripturi</translation>
    </message>
    <message>
        <source>import or export the store&apos;s rules (TOML)</source>
        <translation>importă sau exportă regulile magazinului (TOML)</translation>
    </message>
    <message>
        <source>replace the configuration from a file</source>
        <translation>înlocuiește configurația dintr-un fișier</translation>
    </message>
    <message>
        <source>write the configuration as TOML</source>
        <translation>scrie configurația ca TOML</translation>
    </message>
    <message>
        <source>the staff registry</source>
        <translation>registrul angajaților</translation>
    </message>
    <message>
        <source>import an HR export (CSV or XLSX)</source>
        <translation>importă un export de la resurse umane (CSV sau XLSX)</translation>
    </message>
    <message>
        <source>write the registry as CSV</source>
        <translation>scrie registrul ca CSV</translation>
    </message>
    <message>
        <source>set a supervisor&apos;s override PIN</source>
        <translation>setează PIN-ul de aprobare al supervizorului</translation>
    </message>
    <message>
        <source>revoke a lost or replaced badge</source>
        <translation>revocă o legitimație pierdută sau înlocuită</translation>
    </message>
    <message>
        <source>give an employee a new badge</source>
        <translation>eliberează unui angajat o legitimație nouă</translation>
    </message>
    <message>
        <source>the product catalogue</source>
        <translation>catalogul de produse</translation>
    </message>
    <message>
        <source>import a catalogue (CSV or XLSX)</source>
        <translation>importă un catalog (CSV sau XLSX)</translation>
    </message>
    <message>
        <source>what a badge scan answers</source>
        <translation>ce arată scanarea unei legitimații</translation>
    </message>
    <message>
        <source>price a basket</source>
        <translation>calculează prețul coșului</translation>
    </message>
    <message>
        <source>price and record a sale</source>
        <translation>calculează și înregistrează o vânzare</translation>
    </message>
    <message>
        <source>the buyer&apos;s badge (none: external)</source>
        <translation>legitimația cumpărătorului (fără: client extern)</translation>
    </message>
    <message>
        <source>supervisor badge</source>
        <translation>legitimația supervizorului</translation>
    </message>
    <message>
        <source>supervisor PIN</source>
        <translation>PIN-ul supervizorului</translation>
    </message>
    <message>
        <source>why the supervisor approves</source>
        <translation>de ce aprobă supervizorul</translation>
    </message>
    <message>
        <source>how the sale is paid: at the till, or charged to payroll</source>
        <translation>cum se plătește vânzarea: la casă sau prin reținere din salariu</translation>
    </message>
    <message>
        <source>the buyer&apos;s own PIN, for a charge to payroll</source>
        <translation>PIN-ul propriu al cumpărătorului, pentru reținerea din salariu</translation>
    </message>
    <message>
        <source>refund a sale, or some of its lines</source>
        <translation>returnează o vânzare sau câteva dintre liniile ei</translation>
    </message>
    <message>
        <source>the sales journal</source>
        <translation>jurnalul vânzărilor</translation>
    </message>
    <message>
        <source>check the hash chains</source>
        <translation>verifică lanțurile de hash-uri</translation>
    </message>
    <message>
        <source>check every till&apos;s chain there</source>
        <translation>verifică acolo lanțul fiecărei case</translation>
    </message>
    <message>
        <source>reports from the journal</source>
        <translation>rapoarte din jurnal</translation>
    </message>
    <message>
        <source>discounts granted, net of refunds</source>
        <translation>reduceri acordate, fără retururi</translation>
    </message>
    <message>
        <source>allowance used and left per employee</source>
        <translation>plafonul folosit și rămas pentru fiecare angajat</translation>
    </message>
    <message>
        <source>supervisor overrides with their reasons</source>
        <translation>aprobările supervizorilor cu motivele lor</translation>
    </message>
    <message>
        <source>internal department orders per cost centre</source>
        <translation>comenzile interne ale departamentelor pe centre de cost</translation>
    </message>
    <message>
        <source>loss-prevention flags, each with its sales</source>
        <translation>semnale de prevenire a pierderilor, fiecare cu vânzările lui</translation>
    </message>
    <message>
        <source>the day whose periods count (today)</source>
        <translation>ziua ale cărei perioade contează (azi)</translation>
    </message>
    <message>
        <source>also save the report as PDF</source>
        <translation>salvează și raportul ca PDF</translation>
    </message>
    <message>
        <source>close a day: its totals into the journal</source>
        <translation>închide o zi: totalurile ei intră în jurnal</translation>
    </message>
    <message>
        <source>the store-local day (default: today)</source>
        <translation>ziua după ora magazinului (implicit: azi)</translation>
    </message>
    <message>
        <source>the moment of closing (default: now)</source>
        <translation>momentul închiderii (implicit: acum)</translation>
    </message>
    <message>
        <source>print a sale&apos;s receipt again</source>
        <translation>tipărește din nou bonul unei vânzări</translation>
    </message>
    <message>
        <source>the sale id or the receipt&apos;s refund code</source>
        <translation>ID-ul vânzării sau codul de retur de pe bon</translation>
    </message>
    <message>
        <source>save it as PDF</source>
        <translation>salvează-l ca PDF</translation>
    </message>
    <message>
        <source>an ESC/POS thermal printer: file:/dev/usb/lp0, net:HOST[:PORT], usb:VID:PID</source>
        <translation>o imprimantă termică ESC/POS: file:/dev/usb/lp0, net:HOST[:PORT], usb:VID:PID</translation>
    </message>
    <message>
        <source>paper mm</source>
        <translation>lățimea hârtiei în mm</translation>
    </message>
    <message>
        <source>copy the database safely while it is in use</source>
        <translation>copiază în siguranță baza de date în timp ce este folosită</translation>
    </message>
    <message>
        <source>replace the database with a backup (the current file is kept)</source>
        <translation>înlocuiește baza de date cu o copie de siguranță (fișierul actual este păstrat)</translation>
    </message>
    <message>
        <source>also save it as PDF</source>
        <translation>salvați-l și ca PDF</translation>
    </message>
    <message>
        <source>charges to payroll per employee, net of refunds</source>
        <translation>rețineri din salariu pe angajat, după retururi</translation>
    </message>
    <message>
        <source>default: the day after payroll was last closed</source>
        <translation>implicit: ziua de după ultima închidere a statului de plată</translation>
    </message>
    <message>
        <source>the staff discount as a taxable benefit, per employee</source>
        <translation>reducerea pentru angajați ca avantaj impozabil, pe angajat</translation>
    </message>
    <message>
        <source>one employee, with the sales</source>
        <translation>un singur angajat, cu vânzările</translation>
    </message>
    <message>
        <source>discount granted to group companies&apos; staff</source>
        <translation>reducerea acordată angajaților companiilor din grup</translation>
    </message>
    <message>
        <source>list the sales too</source>
        <translation>listați și vânzările</translation>
    </message>
    <message>
        <source>charges to payroll</source>
        <translation>rețineri din salariu</translation>
    </message>
    <message>
        <source>record that the charges up to a day went to payroll</source>
        <translation>înregistrați că reținerile până la o zi au trecut pe statul de plată</translation>
    </message>
    <message>
        <source>an employee&apos;s allowance, discount, taxable benefit and payroll</source>
        <translation>plafonul, reducerea, avantajul impozabil și reținerile unui angajat</translation>
    </message>
    <message>
        <source>{count} changes not yet published to {server}; send them with &apos;pos-desktop server publish&apos;</source>
        <translation>modificări încă nepublicate pe {server}: {count}; trimiteți-le cu &apos;pos-desktop server publish&apos;</translation>
    </message>
    <message>
        <source>a CSV or XLSX export</source>
        <translation>un export CSV sau XLSX</translation>
    </message>
    <message>
        <source>the file is the complete list</source>
        <translation>fișierul este lista completă</translation>
    </message>
    <message>
        <source>check only; exit 1 on problems</source>
        <translation>doar verifică; ieșire 1 la probleme</translation>
    </message>
    <message>
        <source>apply the valid rows and report the others (default: all or nothing)</source>
        <translation>aplică rândurile valide și raportează-le pe celelalte (implicit: totul sau nimic)</translation>
    </message>
    <message>
        <source>file encoding (default: detected)</source>
        <translation>codificarea fișierului (implicit: detectată)</translation>
    </message>
    <message>
        <source>column separator: , ; or tab (default: detected)</source>
        <translation>separatorul coloanelor: , ; sau tab (implicit: detectat)</translation>
    </message>
    <message>
        <source>the workbook&apos;s sheet (default: the first)</source>
        <translation>foaia registrului de calcul (implicit: prima)</translation>
    </message>
    <message>
        <source>read the file&apos;s column SRC as DEST (DEST empty: leave the column out)</source>
        <translation>citește coloana SRC a fișierului ca DEST (DEST gol: coloana este omisă)</translation>
    </message>
    <message>
        <source>use a saved column mapping</source>
        <translation>folosește o corespondență de coloane salvată</translation>
    </message>
    <message>
        <source>save this file&apos;s column mapping under NAME</source>
        <translation>salvează corespondența coloanelor acestui fișier sub numele NAME</translation>
    </message>
    <message>
        <source>write the problems as CSV</source>
        <translation>scrie problemele ca CSV</translation>
    </message>
    <message>
        <source>let a sync end more than 10%% of the active staff</source>
        <translation>permite sincronizării să încheie contractul a peste 10%% din angajații activi</translation>
    </message>
    <message>
        <source>the cashier&apos;s badge</source>
        <translation>legitimația casierului</translation>
    </message>
    <message>
        <source>the moment (default: now)</source>
        <translation>momentul (implicit: acum)</translation>
    </message>
    <message>
        <source>--customer is empty; give a badge, or leave it out for a walk-in</source>
        <translation>--customer este gol; indicați o legitimație sau omiteți opțiunea pentru un client din afară</translation>
    </message>
    <message>
        <source>{option} {spec}: quantity {text} is not a whole number</source>
        <translation>{option} {spec}: cantitatea {text} nu este un număr întreg</translation>
    </message>
    <message>
        <source>--item {spec}: give a SKU, like --item SHIRT-01:2</source>
        <translation>--item {spec}: indicați un SKU, de exemplu --item SHIRT-01:2</translation>
    </message>
    <message>
        <source>--open {spec}: give CATEGORY:AMOUNT, like --open GROC:12.50</source>
        <translation>--open {spec}: indicați CATEGORIE:SUMĂ (CATEGORY:AMOUNT), de exemplu --open GROC:12.50</translation>
    </message>
    <message>
        <source>--open {spec}: amount</source>
        <translation>--open {spec}: suma</translation>
    </message>
    <message>
        <source>--currency {code} must be a code like EUR or PLN</source>
        <translation>--currency {code} trebuie să fie un cod de monedă, de exemplu EUR sau PLN</translation>
    </message>
    <message>
        <source>Created a new demo store database at {path}</source>
        <translation>S-a creat o bază de date nouă a magazinului demo în {path}</translation>
    </message>
    <message>
        <source>Created a new empty store database at {path}</source>
        <translation>S-a creat o bază de date nouă, goală, a magazinului în {path}</translation>
    </message>
    <message>
        <source>there is already a database at {path}; add --force to replace it (its registry and journal will be lost)</source>
        <translation>există deja o bază de date la {path}; adăugați --force ca să o înlocuiți (registrul și jurnalul ei se vor pierde)</translation>
    </message>
    <message>
        <source>cannot create the folder {folder}: {problem}</source>
        <translation>folderul {folder} nu poate fi creat: {problem}</translation>
    </message>
    <message>
        <source>there is no file {file}</source>
        <translation>nu există fișierul {file}</translation>
    </message>
    <message>
        <source>cannot read {file}: {problem}</source>
        <translation>{file} nu poate fi citit: {problem}</translation>
    </message>
    <message>
        <source>Imported {file}: {companies} companies, {departments} departments, {categories} categories, {policies} policies</source>
        <translation>S-a importat {file}: companii: {companies}, departamente: {departments}, categorii: {categories}, reguli: {policies}</translation>
    </message>
    <message>
        <source>Wrote the configuration to {file}</source>
        <translation>Configurația a fost scrisă în {file}</translation>
    </message>
    <message>
        <source>--map {spec} must be SOURCE=FIELD, like --map Marca=employee_no</source>
        <translation>--map {spec} trebuie să fie de forma SURSĂ=CÂMP (SOURCE=FIELD), de exemplu --map Marca=employee_no</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Citire</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Verificare</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Scriere</translation>
    </message>
    <message>
        <source>Would import {file} ({source}): {summary}</source>
        <translation>Importul {file} ({source}) ar da: {summary}</translation>
    </message>
    <message>
        <source>Imported {file} ({source}): {summary}</source>
        <translation>S-a importat {file} ({source}): {summary}</translation>
    </message>
    <message>
        <source>Saved the column mapping as profile {name}</source>
        <translation>Corespondența coloanelor a fost salvată ca profilul {name}</translation>
    </message>
    <message>
        <source>{file} was checked, but {error}</source>
        <translation>{file} a fost verificat, dar {error}</translation>
    </message>
    <message>
        <source>{file} was imported, but {error}</source>
        <translation>{file} a fost importat, dar {error}</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>rânduri: {count}</translation>
    </message>
    <message>
        <source>{count} added</source>
        <translation>adăugate: {count}</translation>
    </message>
    <message>
        <source>{count} changed</source>
        <translation>modificate: {count}</translation>
    </message>
    <message>
        <source>{count} ended</source>
        <translation>încheiate: {count}</translation>
    </message>
    <message>
        <source>{count} reactivated</source>
        <translation>reactivate: {count}</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation>neschimbate: {count}</translation>
    </message>
    <message>
        <source>{count} rejected</source>
        <translation>respinse: {count}</translation>
    </message>
    <message>
        <source>{count} row</source>
        <translation>rânduri: {count}</translation>
    </message>
    <message>
        <source>--save-profile needs a name of 1 to 60 characters</source>
        <translation>--save-profile are nevoie de un nume de 1 până la 60 de caractere</translation>
    </message>
    <message>
        <source>--report {file}: there is no folder {folder}</source>
        <translation>--report {file}: nu există folderul {folder}</translation>
    </message>
    <message>
        <source>--report {file}: that file cannot be written</source>
        <translation>--report {file}: acest fișier nu poate fi scris</translation>
    </message>
    <message>
        <source>… and {count} more problem; write them all with --report FILE.csv</source>
        <translation>… și încă probleme: {count}; scrieți-le pe toate cu --report FILE.csv</translation>
    </message>
    <message>
        <source>… and {count} more problems; write them all with --report FILE.csv</source>
        <translation>… și încă probleme: {count}; scrieți-le pe toate cu --report FILE.csv</translation>
    </message>
    <message>
        <source>Wrote {count} person to {file}</source>
        <translation>S-a scris o persoană ({count}) în {file}</translation>
    </message>
    <message>
        <source>Wrote {count} people to {file}</source>
        <translation>S-au scris persoane ({count}) în {file}</translation>
    </message>
    <message>
        <source>New PIN for {name}: </source>
        <translation>PIN nou pentru {name}: </translation>
    </message>
    <message>
        <source>Repeat the PIN: </source>
        <translation>Repetați PIN-ul: </translation>
    </message>
    <message>
        <source>the two PINs differ; nothing was changed</source>
        <translation>cele două PIN-uri diferă; nu s-a modificat nimic</translation>
    </message>
    <message>
        <source>PIN set for {name} ({employee})</source>
        <translation>PIN setat pentru {name} ({employee})</translation>
    </message>
    <message>
        <source>Badge {code} revoked ({reason}); scanning it now shows BLOCKED</source>
        <translation>Legitimația {code} a fost revocată ({reason}); scanarea ei arată acum BLOCAT</translation>
    </message>
    <message>
        <source>Badge {code} issued to {name} ({employee})</source>
        <translation>Legitimația {code} a fost emisă pentru {name} ({employee})</translation>
    </message>
    <message>
        <source>an override needs --override BADGE and --pin PIN (and --reason)</source>
        <translation>aprobarea supervizorului are nevoie de --override BADGE și --pin PIN (și --reason)</translation>
    </message>
    <message>
        <source>--payer-pin is for a charge to payroll (--pay payroll); nothing was recorded</source>
        <translation>--payer-pin este pentru reținerea din salariu (--pay payroll); nu s-a înregistrat nimic</translation>
    </message>
    <message>
        <source>Charged to payroll: {total} {currency}</source>
        <translation>Reținut din salariu: {total} {currency}</translation>
    </message>
    <message>
        <source>Subtotal {subtotal}  Discount {discount}  Total {total} {currency}</source>
        <translation>Subtotal {subtotal}  Reducere {discount}  Total {total} {currency}</translation>
    </message>
    <message>
        <source>Allowance after {amount}</source>
        <translation>Plafon rămas după {amount}</translation>
    </message>
    <message>
        <source>line {line}: {qty} x {name}  {total}</source>
        <translation>linia {line}: {qty} x {name}  {total}</translation>
    </message>
    <message>
        <source>Refunded {total} {currency} (discount returned {discount}); refund {refund}</source>
        <translation>S-au restituit {total} {currency} (reducere returnată {discount}); restituirea {refund}</translation>
    </message>
    <message>
        <source>Journal OK: {sales} sales records, {closes} day closes and {entries} audit records chain; head {head}</source>
        <translation>Jurnal OK: lanțurile sunt intacte — înregistrări de vânzări: {sales}, închideri de zi: {closes}, intrări de audit: {entries}; capul {head}</translation>
    </message>
    <message>
        <source>Journal BROKEN: {problem}</source>
        <translation>Jurnal DETERIORAT: {problem}</translation>
    </message>
    <message>
        <source>with --force: replace even a till joined to a chain&apos;s server</source>
        <translation>cu --force: înlocuiți chiar și o casă conectată la serverul rețelei</translation>
    </message>
    <message>
        <source>{file} already exists; choose a new file name for the backup</source>
        <translation>{file} există deja; alegeți un nume de fișier nou pentru copia de siguranță</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>folderul {folder} nu există</translation>
    </message>
    <message>
        <source>Backed up {path} to {target}</source>
        <translation>Copia lui {path} a fost salvată în {target}</translation>
    </message>
    <message>
        <source>Restored {path} from {source}</source>
        <translation>S-a restaurat {path} din {source}</translation>
    </message>
    <message>
        <source>Restored {path} from {source}; the damaged file is kept as {kept}</source>
        <translation>S-a restaurat {path} din {source}; fișierul deteriorat este păstrat ca {kept}</translation>
    </message>
    <message>
        <source>Restored {path} from {source}; the database before it is kept as {kept}</source>
        <translation>S-a restaurat {path} din {source}; baza de date de dinainte este păstrată ca {kept}</translation>
    </message>
    <message>
        <source>the argument {argument} is not valid text</source>
        <translation>argumentul {argument} nu este un text valid</translation>
    </message>
    <message>
        <source>interrupted; nothing half-written was kept</source>
        <translation>întrerupt; nu s-a păstrat nimic scris pe jumătate</translation>
    </message>
    <message>
        <source>the change was refused by the database ({problem})</source>
        <translation>baza de date a refuzat modificarea ({problem})</translation>
    </message>
    <message>
        <source>{problem}; nothing was changed</source>
        <translation>{problem}; nu s-a schimbat nimic</translation>
    </message>
    <message>
        <source>internal error ({problem}); nothing half-written was kept. Please report this.</source>
        <translation>eroare internă ({problem}); nu s-a păstrat nimic scris pe jumătate. Vă rugăm să raportați problema.</translation>
    </message>
    <message>
        <source>{count} settings</source>
        <translation>setări: {count}</translation>
    </message>
    <message>
        <source>{count} companies</source>
        <translation>companii: {count}</translation>
    </message>
    <message>
        <source>{count} departments</source>
        <translation>departamente: {count}</translation>
    </message>
    <message>
        <source>{count} categories</source>
        <translation>categorii: {count}</translation>
    </message>
    <message>
        <source>{count} policies</source>
        <translation>reguli: {count}</translation>
    </message>
    <message>
        <source>{count} staff</source>
        <translation>angajați: {count}</translation>
    </message>
    <message>
        <source>{count} dependants</source>
        <translation>membri ai familiei: {count}</translation>
    </message>
    <message>
        <source>{count} badges</source>
        <translation>legitimații: {count}</translation>
    </message>
    <message>
        <source>{count} products</source>
        <translation>produse: {count}</translation>
    </message>
    <message>
        <source>Created the central tables on {server}; publish the registry and rules next</source>
        <translation>S-au creat tabelele centrale pe {server}; publicați apoi registrul și regulile</translation>
    </message>
    <message>
        <source>Upgraded the central tables on {server} from version {before} to {after}; nothing was removed</source>
        <translation>Tabelele centrale de pe {server} au fost actualizate de la versiunea {before} la {after}; nu s-a șters nimic</translation>
    </message>
    <message>
        <source>The central tables on {server} were already there; nothing was removed</source>
        <translation>Tabelele centrale de pe {server} existau deja; nu s-a șters nimic</translation>
    </message>
    <message>
        <source>Published {file} to {server}: changed {changed}; removed {removed}. Tills pick it up at their next sync.</source>
        <translation>S-a publicat {file} pe {server}: modificate — {changed}; șterse — {removed}. Casele le preiau la următoarea sincronizare.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nimic</translation>
    </message>
    <message>
        <source>joining a chain needs both --till ID and --server URL</source>
        <translation>alăturarea la o rețea are nevoie atât de --till ID, cât și de --server URL</translation>
    </message>
    <message>
        <source>a till of a chain takes the server&apos;s registry; leave out --demo</source>
        <translation>o casă a rețelei preia registrul serverului; omiteți --demo</translation>
    </message>
    <message>
        <source>a till of a chain takes the server&apos;s currency; leave out --currency</source>
        <translation>o casă a rețelei preia moneda serverului; omiteți --currency</translation>
    </message>
    <message>
        <source>Created till {till} at {file}, joined to {server}: {rows} registry rows and {sales} sales of other tills</source>
        <translation>S-a creat casa {till} la {file}, alăturată la {server}: rânduri de registru: {rows}, vânzări ale altor case: {sales}</translation>
    </message>
    <message>
        <source>{error}. This till keeps selling offline; what it has not sent goes at the next sync</source>
        <translation>{error}. Această casă vinde în continuare offline; ce nu a trimis pleacă la următoarea sincronizare</translation>
    </message>
    <message>
        <source>Till {till} synced with {server}: pushed {pushed} sales and refunds ({already} already there) and {closes} day closes; pulled {changes} registry changes and {other} sales of other tills</source>
        <translation>Casa {till} sincronizată cu {server}: s-au trimis vânzări și restituiri: {pushed} (erau deja acolo: {already}) și închideri de zi: {closes}; s-au preluat modificări de registru: {changes} și vânzări ale altor case: {other}</translation>
    </message>
    <message>
        <source>Till {till} synced with {server}: pushed {pushed} sales and refunds and {closes} day closes; pulled {changes} registry changes and {other} sales of other tills</source>
        <translation>Casa {till} sincronizată cu {server}: s-au trimis vânzări și restituiri: {pushed} și închideri de zi: {closes}; s-au preluat modificări de registru: {changes} și vânzări ale altor case: {other}</translation>
    </message>
    <message>
        <source>Over the allowance: {name} ({employee}) has used {used} of {limit} {period}: the tills together granted more than the limit while they could not reach the server</source>
        <translation>Plafon depășit: {name} ({employee}) a folosit {used} din {limit} {period}: casele au acordat împreună mai mult decât plafonul cât timp nu au putut ajunge la server</translation>
    </message>
    <message>
        <source>Till {till}: OK, {records} sales records and {closes} day closes chain; head {head}; {entries} audit entries chain</source>
        <translation>Casa {till}: OK, lanț intact — înregistrări de vânzări: {records}, închideri de zi: {closes}; capul {head}; intrări de audit: {entries}, lanț intact</translation>
    </message>
    <message>
        <source>Till {till}: BROKEN, {problem}</source>
        <translation>Casa {till}: lanțul DETERIORAT, {problem}</translation>
    </message>
    <message>
        <source>No till has joined {server} yet</source>
        <translation>Nicio casă nu s-a alăturat încă la {server}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>S-a salvat {file}</translation>
    </message>
    <message>
        <source>--pdf {file} is a folder; give a file name; nothing was closed</source>
        <translation>--pdf {file} este un folder; indicați un nume de fișier; nu s-a închis nimic</translation>
    </message>
    <message>
        <source>--pdf {file}: the folder {folder} does not exist; nothing was closed</source>
        <translation>--pdf {file}: folderul {folder} nu există; nu s-a închis nimic</translation>
    </message>
    <message>
        <source>Saved the receipt of sale {sale} to {file}</source>
        <translation>S-a salvat bonul vânzării {sale} în {file}</translation>
    </message>
    <message>
        <source>Printed the receipt of sale {sale} on {printer}</source>
        <translation>S-a tipărit bonul vânzării {sale} la {printer}</translation>
    </message>
    <message>
        <source>payroll has never been closed; give the first day with --from DATE</source>
        <translation>statul de plată nu a fost încă închis; indicați prima zi cu --from DATA</translation>
    </message>
    <message>
        <source>--employee {employee}: no such employee</source>
        <translation>--employee {employee}: nu există un astfel de angajat</translation>
    </message>
    <message>
        <source>Payroll closed through {day}: {amount} {currency}, employees: {employees}; record {hash}</source>
        <translation>Stat de plată închis până la {day}: {amount} {currency}, angajați: {employees}; înregistrarea {hash}</translation>
    </message>
    <message>
        <source>give --cashier BADGE, the badge of the cashier who rings this up (as the till asks for a sign-in); nothing was recorded</source>
        <translation>indicați --cashier LEGITIMAȚIE, legitimația casierului care înregistrează (așa cum casa cere autentificarea); nu s-a înregistrat nimic</translation>
    </message>
    <message>
        <source>a head hash kept from a Z report: it must be in the journal</source>
        <translation>un hash păstrat dintr-un raport Z: trebuie să fie în jurnal</translation>
    </message>
    <message>
        <source>a backup: its journal must be the start of this one</source>
        <translation>o copie de siguranță: jurnalul ei trebuie să fie începutul acestuia</translation>
    </message>
    <message>
        <source>also save the close as PDF (a closed day: its report again)</source>
        <translation>salvați și închiderea ca PDF (o zi deja închisă: raportul ei din nou)</translation>
    </message>
    <message>
        <source>This till took back {count} sales and refunds from the server; its next record is number {seq}</source>
        <translation>Această casă a preluat înapoi de la server {count} vânzări și rambursări; următoarea ei înregistrare are numărul {seq}</translation>
    </message>
    <message>
        <source>{problem}; the day {day} is closed all the same: print its report again with &apos;close-day --date {day} --pdf FILE&apos;</source>
        <translation>{problem}; ziua {day} este totuși închisă: tipăriți din nou raportul ei cu &apos;close-day --date {day} --pdf FIȘIER&apos;</translation>
    </message>
    <message>
        <source>read the word FROM in column FIELD (status, employment_type, role, worker_type) as TO, like --value employment_type:Stażysta=part_time</source>
        <translation>citește cuvântul FROM din coloana FIELD (status, employment_type, role, worker_type) ca TO, de exemplu --value employment_type:Stagiar=part_time</translation>
    </message>
    <message>
        <source>--value {spec} must be FIELD:FROM=TO, like --value employment_type:umowa zlecenie=contractor</source>
        <translation>--value {spec} trebuie să aibă forma FIELD:FROM=TO, de exemplu --value employment_type:PFA=contractor</translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message>
        <source>{what} {text} is outside the years {first}-{last}</source>
        <translation>{what} {text} este în afara anilor {first}-{last}</translation>
    </message>
    <message>
        <source>time zone {zone} is unknown; use a name like Europe/Warsaw</source>
        <translation>fusul orar {zone} este necunoscut; folosiți un nume ca Europe/Bucharest</translation>
    </message>
    <message>
        <source>{what} {text} is not a date and time like 2026-11-23T14:30</source>
        <translation>{what} {text} nu este o dată și o oră ca 2026-11-23T14:30</translation>
    </message>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>{what} {text} is not a date like 2026-11-23 or 23.11.2026</source>
        <translation>{what} {text} nu este o dată ca 2026-11-23 sau 23.11.2026</translation>
    </message>
    <message>
        <source>allowance period {period} must be month, year or rolling:N</source>
        <translation>perioada plafonului {period} trebuie să fie month, year sau rolling:N</translation>
    </message>
</context>
<context>
    <name>Closing</name>
    <message>
        <source>{day} has not begun yet (today is {today}); close a day once it is over</source>
        <translation>ziua {day} nu a început încă (azi este {today}); închideți o zi după ce s-a terminat</translation>
    </message>
    <message>
        <source>{day} is already closed (at {when} by {actor}); a day is closed once</source>
        <translation>ziua {day} este deja închisă ({when}, {actor}); o zi se închide o singură dată</translation>
    </message>
    <message>
        <source>the day {day} is already closed; nothing was recorded (sales and refunds resume on the next day)</source>
        <translation>ziua {day} este deja închisă; nu s-a înregistrat nimic (vânzările și restituirile se reiau în ziua următoare)</translation>
    </message>
    <message>
        <source>{day} is before the last closed day, {closed}; nothing was recorded (a closed day&apos;s figures cannot change)</source>
        <translation>{day} este înaintea ultimei zile închise, {closed}; nu s-a înregistrat nimic (cifrele unei zile închise nu se pot schimba)</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>{where}: {key} must be true or false</source>
        <translation>{where}: {key} trebuie să fie true sau false</translation>
    </message>
    <message>
        <source>config</source>
        <translation>configurația</translation>
    </message>
    <message>
        <source>{source} is not valid TOML: {problem}</source>
        <translation>{source} nu este un fișier TOML valid: {problem}</translation>
    </message>
    <message>
        <source>{where}: currency {currency} must be a code like EUR or PLN</source>
        <translation>{where}: moneda {currency} trebuie să fie un cod ca RON sau EUR</translation>
    </message>
    <message>
        <source>{where}: language {language} must be one of {codes}</source>
        <translation>{where}: limba {language} trebuie să fie una dintre: {codes}</translation>
    </message>
    <message>
        <source>{where}: pattern is not a valid expression ({problem})</source>
        <translation>{where}: pattern nu este o expresie validă ({problem})</translation>
    </message>
    <message>
        <source>{where}: check_digit must be one of {choices}</source>
        <translation>{where}: check_digit trebuie să fie unul dintre: {choices}</translation>
    </message>
    <message>
        <source>{source}: [tax] must be a table</source>
        <translation>{source}: [tax] trebuie să fie un tabel</translation>
    </message>
    <message>
        <source>{source}: [[{kind}]] {name} is listed twice</source>
        <translation>{source}: [[{kind}]] {name} apare de două ori</translation>
    </message>
    <message>
        <source>{source}: two departments have the same badge</source>
        <translation>{source}: două departamente au aceeași legitimație</translation>
    </message>
    <message>
        <source>{source}: [[policy]] {policy}: category_percent names unknown category {category}</source>
        <translation>{source}: [[policy]] {policy}: category_percent numește categoria necunoscută {category}</translation>
    </message>
    <message>
        <source>{where}: unknown key {key}</source>
        <translation>{where}: cheie necunoscută {key}</translation>
    </message>
    <message>
        <source>{source}: [{key}] must be a table</source>
        <translation>{source}: [{key}] trebuie să fie un tabel</translation>
    </message>
    <message>
        <source>{source}: {key} must be written as [[{key}]] tables</source>
        <translation>{source}: {key} trebuie scris ca tabele [[{key}]]</translation>
    </message>
    <message>
        <source>{where}: {key} must be a non-empty text</source>
        <translation>{where}: {key} trebuie să fie un text care nu e gol</translation>
    </message>
    <message>
        <source>{where}: {key} {value} may use only letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;</source>
        <translation>{where}: {key} {value} poate conține doar litere, cifre, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;</translation>
    </message>
    <message>
        <source>{where}: relation must be own or group, not {value}</source>
        <translation>{where}: relation trebuie să fie own sau group, nu {value}</translation>
    </message>
    <message>
        <source>{where}: badge must be a text</source>
        <translation>{where}: badge trebuie să fie un text</translation>
    </message>
    <message>
        <source>{where}: {key} must be a whole number from {minimum} to {maximum}</source>
        <translation>{where}: {key} trebuie să fie un număr întreg de la {minimum} la {maximum}</translation>
    </message>
    <message>
        <source>{where}: applies_to must be a table</source>
        <translation>{where}: applies_to trebuie să fie un tabel</translation>
    </message>
    <message>
        <source>{where}: applies_to.relation must be own or group</source>
        <translation>{where}: applies_to.relation trebuie să fie own sau group</translation>
    </message>
    <message>
        <source>{where}: applies_to.employment must be a list of employment types</source>
        <translation>{where}: applies_to.employment trebuie să fie o listă de tipuri de angajare</translation>
    </message>
    <message>
        <source>{where}: method must be percent or cost_plus, not {value}</source>
        <translation>{where}: method trebuie să fie percent sau cost_plus, nu {value}</translation>
    </message>
    <message>
        <source>{where}: allowance must be a table with amount and period</source>
        <translation>{where}: allowance trebuie să fie un tabel cu amount și period</translation>
    </message>
    <message>
        <source>{where}: allowance period must be month, year or rolling:N</source>
        <translation>{where}: perioada plafonului (period) trebuie să fie month, year sau rolling:N</translation>
    </message>
    <message>
        <source>{where}: payroll_limit must be a table with amount and period</source>
        <translation>{where}: payroll_limit trebuie să fie un tabel cu amount și period</translation>
    </message>
    <message>
        <source>{where}: payroll_limit period must be month, year or rolling:N</source>
        <translation>{where}: perioada payroll_limit trebuie să fie month, year sau rolling:N</translation>
    </message>
    <message>
        <source>{where}: category_percent must be a table like {example}</source>
        <translation>{where}: category_percent trebuie să fie un tabel ca {example}</translation>
    </message>
    <message>
        <source>{where}: a cost_plus policy needs a markup</source>
        <translation>{where}: o regulă cost_plus are nevoie de un adaos (markup)</translation>
    </message>
    <message>
        <source>{where}: {key} must be a percentage from 0 to 1000, not {value}</source>
        <translation>{where}: {key} trebuie să fie un procent de la 0 la 1000, nu {value}</translation>
    </message>
    <message>
        <source>the currency cannot change from {old} to {new}: they have different decimal places and the store already has products priced in {old}</source>
        <translation>moneda nu se poate schimba din {old} în {new}: au un număr diferit de zecimale, iar magazinul are deja produse cu prețuri în {old}</translation>
    </message>
    <message>
        <source>the currency cannot change from {old} to {new}: they have different decimal places and the store already has sales priced in {old}</source>
        <translation>moneda nu se poate schimba din {old} în {new}: au un număr diferit de zecimale, iar magazinul are deja vânzări în {old}</translation>
    </message>
    <message>
        <source>the currency cannot change from {old} to {new}: they have different decimal places and the store already has policies priced in {old}</source>
        <translation>moneda nu se poate schimba din {old} în {new}: au un număr diferit de zecimale, iar magazinul are deja reguli cu sume în {old}</translation>
    </message>
    <message>
        <source>this leaves out company {code}, which staff in the registry still use; keep it, or move those staff first</source>
        <translation>aceasta lasă deoparte compania {code}, pe care angajații din registru încă o folosesc; păstrați-o sau mutați mai întâi acei angajați</translation>
    </message>
    <message>
        <source>this leaves out department {code}, which staff in the registry still use; keep it, or move those staff first</source>
        <translation>aceasta lasă deoparte departamentul {code}, pe care angajații din registru încă îl folosesc; păstrați-l sau mutați mai întâi acei angajați</translation>
    </message>
    <message>
        <source>this leaves out category {code}, which products in the registry still use; keep it, or move those products first</source>
        <translation>aceasta lasă deoparte categoria {code}, pe care produsele din registru încă o folosesc; păstrați-o sau mutați mai întâi acele produse</translation>
    </message>
    <message>
        <source>department {department}: badge {badge} already belongs to staff {other}</source>
        <translation>departamentul {department}: legitimația {badge} aparține deja angajatului {other}</translation>
    </message>
    <message>
        <source>department {department}: badge {badge} already belongs to dependant {other}</source>
        <translation>departamentul {department}: legitimația {badge} aparține deja membrului de familie {other}</translation>
    </message>
    <message>
        <source>department {department}: badge {badge} already belongs to department {other}</source>
        <translation>departamentul {department}: legitimația {badge} aparține deja departamentului {other}</translation>
    </message>
    <message>
        <source>department {department}: badge {badge} was revoked; issue a new one</source>
        <translation>departamentul {department}: legitimația {badge} a fost revocată; emiteți una nouă</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>setări</translation>
    </message>
    <message>
        <source>company list</source>
        <translation>lista companiilor</translation>
    </message>
    <message>
        <source>department list</source>
        <translation>lista departamentelor</translation>
    </message>
    <message>
        <source>category list</source>
        <translation>lista categoriilor</translation>
    </message>
    <message>
        <source>policy list</source>
        <translation>lista regulilor</translation>
    </message>
    <message>
        <source>{where}: file_access must be one of {choices}</source>
        <translation>{where}: file_access trebuie să fie una dintre valorile {choices}</translation>
    </message>
    <message>
        <source>{where}: pattern repeats a group that itself repeats, which can take minutes on one scan; write it without the nested repeat, like ^2[0-9]{{12}}$</source>
        <translation>{where}: modelul repetă un grup care se repetă el însuși, ceea ce poate dura minute la o singură scanare; scrieți-l fără repetarea imbricată, de exemplu ^2[0-9]{{12}}$</translation>
    </message>
    <message>
        <source>{where}: max_open_amount must be more than 0</source>
        <translation>{where}: max_open_amount trebuie să fie mai mare decât 0</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>&amp;Check only (dry run): report problems, change nothing</source>
        <translation>Doar &amp;verifică (probă): arată problemele, nu schimba nimic</translation>
    </message>
    <message>
        <source>The catalogue or configuration file is the complete &amp;list: remove products missing from it</source>
        <translation>Fișierul de catalog sau de configurare este lista &amp;completă: șterge produsele care lipsesc din el</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Raportul importului</translation>
    </message>
    <message>
        <source>Import &amp;staff (HR export)…</source>
        <translation>Importă &amp;angajați (export HR)…</translation>
    </message>
    <message>
        <source>Import &amp;products CSV or XLSX…</source>
        <translation>Importă &amp;produse CSV sau XLSX…</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Import produse</translation>
    </message>
    <message>
        <source>Catalogues</source>
        <translation>Cataloage</translation>
    </message>
    <message>
        <source>Import c&amp;onfiguration (TOML)…</source>
        <translation>Importă c&amp;onfigurația (TOML)…</translation>
    </message>
    <message>
        <source>Import configuration</source>
        <translation>Import configurație</translation>
    </message>
    <message>
        <source>E&amp;xport staff CSV…</source>
        <translation>E&amp;xportă angajații CSV…</translation>
    </message>
    <message>
        <source>Export confi&amp;guration…</source>
        <translation>Exportă confi&amp;gurația…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Raport</translation>
    </message>
    <message>
        <source>Imported {file}: {summary}.</source>
        <translation>S-a importat {file}: {summary}.</translation>
    </message>
    <message>
        <source>{file}: rows with problems: {rows}; nothing was imported. Fix them in the file and import it again.</source>
        <translation>{file}: rânduri cu probleme: {rows}; nu s-a importat nimic. Corectați-le în fișier și importați-l din nou.</translation>
    </message>
    <message>
        <source>Would import {file}: {summary}.</source>
        <translation>Importul {file} ar da: {summary}.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {problem}</source>
        <translation>Nu se poate citi {file}: {problem}</translation>
    </message>
    <message>
        <source>Checked {file}: companies {companies}, departments {departments}, categories {categories}, policies {policies}.</source>
        <translation>S-a verificat {file}: companii {companies}, departamente {departments}, categorii {categories}, reguli {policies}.</translation>
    </message>
    <message>
        <source>Imported {file}: companies {companies}, departments {departments}, categories {categories}, policies {policies}.</source>
        <translation>S-a importat {file}: companii {companies}, departamente {departments}, categorii {categories}, reguli {policies}.</translation>
    </message>
    <message>
        <source>Wrote {count} person to {file}.</source>
        <translation>S-a scris o persoană ({count}) în {file}.</translation>
    </message>
    <message>
        <source>Wrote {count} people to {file}.</source>
        <translation>Persoane scrise în {file}: {count}.</translation>
    </message>
    <message>
        <source>Wrote the configuration to {file}.</source>
        <translation>Configurația s-a scris în {file}.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rânduri</translation>
    </message>
    <message>
        <source>added</source>
        <translation>adăugate</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificate</translation>
    </message>
    <message>
        <source>reactivated</source>
        <translation>reactivate</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>neschimbate</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>încheiate</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>respinse</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Demo store: sign in with {name}&apos;s badge {badge} and PIN {pin}.</source>
        <translation>Magazin demonstrativ: autentificați-vă cu legitimația {badge} ({name}) și PIN-ul {pin}.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>Dosar</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <source>{kind} file</source>
        <translation>Fișier {kind}</translation>
    </message>
    <message>
        <source>{file} is a database file; choose another name for what you save.</source>
        <translation>{file} este un fișier de bază de date; alegeți alt nume pentru ceea ce salvați.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimare</translation>
    </message>
    <message>
        <source>No printer is set up on this computer; save a PDF instead.</source>
        <translation>Pe acest computer nu este configurată nicio imprimantă; salvați în schimb un PDF.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>cannot write {file}: it came out incomplete (is the disk full?); nothing was saved</source>
        <translation>nu se poate scrie {file}: a ieșit incomplet (este discul plin?); nu s-a salvat nimic</translation>
    </message>
    <message>
        <source>the file {file} is the database&apos;s own; choose another file</source>
        <translation>fișierul {file} aparține bazei de date însăși; alegeți alt fișier</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file&apos;s name</source>
        <translation>{path} este un dosar; indicați numele unui fișier</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>dosarul {folder} nu există</translation>
    </message>
    <message>
        <source>{path} is not a file the app can write over</source>
        <translation>{path} nu este un fișier pe care aplicația îl poate suprascrie</translation>
    </message>
    <message>
        <source>cannot write {file}: the disk is full; nothing was saved</source>
        <translation>nu se poate scrie {file}: discul este plin; nu s-a salvat nimic</translation>
    </message>
    <message>
        <source>cannot write {file}: {problem}; nothing was saved</source>
        <translation>nu se poate scrie {file}: {problem}; nu s-a salvat nimic</translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <source>flag threshold {name} must be a whole number from 1, not {value}</source>
        <translation>pragul semnalului {name} trebuie să fie un număr întreg de la 1, nu {value}</translation>
    </message>
    <message>
        <source>flag threshold cashier_points is a share: at most 100</source>
        <translation>pragul semnalului cashier_points este o proporție: cel mult 100</translation>
    </message>
    <message>
        <source>Badge used on two tills</source>
        <translation>Legitimație folosită la două case</translation>
    </message>
    <message>
        <source>badge {badge} ({who}) on tills {tills} within {minutes} minutes</source>
        <translation>legitimația {badge} ({who}) la casele {tills} în {minutes} minute</translation>
    </message>
    <message>
        <source>Blocked badge scanned</source>
        <translation>Legitimație blocată scanată</translation>
    </message>
    <message>
        <source>badge {badge} of {who} scanned as BLOCKED and rung {times} (by {cashiers})</source>
        <translation>legitimația {badge} a lui {who}, scanată ca BLOCATĂ și încasată {times} (casieri: {cashiers})</translation>
    </message>
    <message>
        <source>badge {badge} ({who}) scanned as BLOCKED, then the basket was cleared unsold by {cashier}; lines in it: {lines}</source>
        <translation>legitimația {badge} ({who}) scanată ca BLOCATĂ, apoi coșul a fost golit fără vânzare de {cashier}; linii în coș: {lines}</translation>
    </message>
    <message>
        <source>Basket cleared after a blocked badge</source>
        <translation>Coș golit după o legitimație blocată</translation>
    </message>
    <message>
        <source>Repeated self-purchase</source>
        <translation>Achiziție proprie repetată</translation>
    </message>
    <message>
        <source>{who} rang their own purchase {times} ({approved} approved by a supervisor)</source>
        <translation>{who} și-a încasat propria achiziție {times} (aprobate de un supervizor: {approved})</translation>
    </message>
    <message>
        <source>Overrides far above the others</source>
        <translation>Aprobări mult peste ale celorlalți</translation>
    </message>
    <message>
        <source>{who} approved {count} overrides; the other {others} supervisors {average} on average</source>
        <translation>{who}: aprobări: {count}; ceilalți supervizori ({others}) în medie {average}</translation>
    </message>
    <message>
        <source>Discounted sales far above the store&apos;s</source>
        <translation>Vânzări cu reducere mult peste media magazinului</translation>
    </message>
    <message>
        <source>{who}: {share} of {sales} sales discounted; the store {store}</source>
        <translation>{who}: {share} din {sales} vânzări cu reducere; magazinul {store}</translation>
    </message>
    <message>
        <source>once</source>
        <translation>o dată</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>de două ori</translation>
    </message>
    <message>
        <source>{count} times</source>
        <translation>de {count} ori</translation>
    </message>
    <message>
        <source>PIN of {who} typed wrong {times} (badge {badges}; {places})</source>
        <translation>PIN-ul lui {who} a fost tastat greșit {times} (legitimația {badges}; {places})</translation>
    </message>
    <message>
        <source>PIN of {who} typed wrong {times} and locked {locks} (badge {badges}; {places})</source>
        <translation>PIN-ul lui {who} a fost tastat greșit {times} și blocat {locks} (legitimația {badges}; {places})</translation>
    </message>
    <message>
        <source>Wrong PINs</source>
        <translation>PIN-uri greșite</translation>
    </message>
    <message>
        <source>Entered after the moment it claims</source>
        <translation>Introdusă după momentul declarat</translation>
    </message>
    <message>
        <source>{kind} dated {at}, entered at {entered} by {who}</source>
        <translation>{kind} datată {at}, introdusă la {entered} de {who}</translation>
    </message>
    <message>
        <source>a sale</source>
        <translation>o vânzare</translation>
    </message>
    <message>
        <source>a refund</source>
        <translation>o returnare</translation>
    </message>
    <message>
        <source>approved by {who}: {reason}</source>
        <translation>aprobat de {who}: {reason}</translation>
    </message>
    <message>
        <source>not approved: rung at the regular price</source>
        <translation>neaprobat: vândut la preț întreg</translation>
    </message>
    <message>
        <source>Customer switched after a blocked badge</source>
        <translation>Client schimbat după o legitimație blocată</translation>
    </message>
    <message>
        <source>badge {before} ({first}) scanned as BLOCKED, then {after} ({then}) took the basket, rung by {cashier}; {approval}</source>
        <translation>legitimația {before} ({first}) scanată ca BLOCATĂ, apoi {after} ({then}) a preluat coșul, vândut de {cashier}; {approval}</translation>
    </message>
    <message>
        <source>Employee&apos;s basket moved to a department</source>
        <translation>Coșul unui angajat mutat pe un departament</translation>
    </message>
    <message>
        <source>badge {before} ({first}) started the basket, then department badge {after} ({then}) took it at cost, rung by {cashier}; {approval}</source>
        <translation>legitimația {before} ({first}) a început coșul, apoi legitimația de departament {after} ({then}) l-a preluat la cost, vândut de {cashier}; {approval}</translation>
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
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problemă</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>row {row}, {column} {value}: {problem}</source>
        <translation>rândul {row}, {column} {value}: {problem}</translation>
    </message>
    <message>
        <source>row {row}: {problem}</source>
        <translation>rândul {row}: {problem}</translation>
    </message>
    <message>
        <source>{problem} ({suggestion})</source>
        <translation>{problem} ({suggestion})</translation>
    </message>
    <message>
        <source>{count} new department: {names}</source>
        <translation>departament nou ({count}): {names}</translation>
    </message>
    <message>
        <source>{file}: {rows} row with problems; nothing was imported (fix it, or apply the valid rows with --skip-invalid)</source>
        <translation>{file}: rând cu probleme ({rows}); nu s-a importat nimic (corectați-l sau aplicați rândurile valide cu --skip-invalid)</translation>
    </message>
    <message>
        <source>{file}: {rows} rows with problems; nothing was imported (fix them, or apply the valid rows with --skip-invalid)</source>
        <translation>{file}: rânduri cu probleme: {rows}; nu s-a importat nimic (corectați-le sau aplicați rândurile valide cu --skip-invalid)</translation>
    </message>
    <message>
        <source>the import was cancelled; the registry is as it was</source>
        <translation>importul a fost anulat; registrul a rămas cum era</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>numele este gol</translation>
    </message>
    <message>
        <source>the mapping names {field}, which is not one of: {fields}</source>
        <translation>corespondența numește {field}, care nu este unul dintre: {fields}</translation>
    </message>
    <message>
        <source>the mapping reads a column {column}, which {file} does not have (its columns: {columns})</source>
        <translation>corespondența citește o coloană {column}, pe care {file} nu o are (coloanele lui: {columns})</translation>
    </message>
    <message>
        <source>{file}: columns {first} ({first_name}) and {second} ({second_name}) are both read as {field}; keep one, or map the other to nothing</source>
        <translation>{file}: coloanele {first} ({first_name}) și {second} ({second_name}) sunt citite amândouă ca {field}; păstrați una sau lăsați-o deoparte pe cealaltă</translation>
    </message>
    <message>
        <source>map one with --map HEADER={field}</source>
        <translation>indicați-o cu --map HEADER={field}</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>the columns seem separated by {found}, not {delimiter}</source>
        <translation>coloanele par separate prin {found}, nu prin {delimiter}</translation>
    </message>
    <message>
        <source>is {column} the {field}? map it</source>
        <translation>este {column} câmpul {field}? asociați-l</translation>
    </message>
    <message>
        <source>{file} has no {field} column (its header is: {header}); {hint}</source>
        <translation>{file} nu are coloana {field} (antetul lui: {header}); {hint}</translation>
    </message>
    <message>
        <source>there is no import profile {name}; saved profiles: {names}</source>
        <translation>nu există profilul de import {name}; profiluri salvate: {names}</translation>
    </message>
    <message>
        <source>there is no import profile {name}; none is saved yet</source>
        <translation>nu există profilul de import {name}; niciunul nu este salvat încă</translation>
    </message>
    <message>
        <source>a profile needs a name of 1 to 60 characters</source>
        <translation>un profil are nevoie de un nume de 1 până la 60 de caractere</translation>
    </message>
    <message>
        <source>the profile maps no column; map at least one</source>
        <translation>profilul nu asociază nicio coloană; asociază cel puțin una</translation>
    </message>
    <message>
        <source>{file} has no rows below its header; nothing to import</source>
        <translation>{file} nu are rânduri sub antet; nu este nimic de importat</translation>
    </message>
    <message>
        <source>this sync would end {ended} of {active} active people ({percent}%); if the file really is the complete list, allow it to end that many</source>
        <translation>această sincronizare ar încheia angajarea unei mari părți din persoanele active: {ended} din {active} ({percent}%); dacă fișierul chiar este lista completă, permiteți încheierea atâtor angajări</translation>
    </message>
    <message>
        <source>the same number is on row {first}</source>
        <translation>același număr este pe rândul {first}</translation>
    </message>
    <message>
        <source>the same badge is on row {first}</source>
        <translation>aceeași legitimație este pe rândul {first}</translation>
    </message>
    <message>
        <source>keep one of rows {first} and {row}</source>
        <translation>păstrați unul dintre rândurile {first} și {row}</translation>
    </message>
    <message>
        <source>this number belongs to a dependant</source>
        <translation>acest număr aparține unui membru de familie</translation>
    </message>
    <message>
        <source>give the employee their own number</source>
        <translation>dați-i angajatului un număr propriu</translation>
    </message>
    <message>
        <source>this number belongs to an employee</source>
        <translation>acest număr aparține unui angajat</translation>
    </message>
    <message>
        <source>give the dependant their own number</source>
        <translation>dați-i membrului de familie un număr propriu</translation>
    </message>
    <message>
        <source>this badge already belongs to staff {holder}</source>
        <translation>această legitimație aparține deja angajatului {holder}</translation>
    </message>
    <message>
        <source>this badge already belongs to dependant {holder}</source>
        <translation>această legitimație aparține deja membrului de familie {holder}</translation>
    </message>
    <message>
        <source>this badge already belongs to department {holder}</source>
        <translation>această legitimație aparține deja departamentului {holder}</translation>
    </message>
    <message>
        <source>revoke it from them first, or correct the badge</source>
        <translation>revocați-o mai întâi sau corectați legitimația</translation>
    </message>
    <message>
        <source>a new employee needs a company, and the file has no company column</source>
        <translation>un angajat nou are nevoie de o companie, iar fișierul nu are coloana companie</translation>
    </message>
    <message>
        <source>a new employee needs a start date, and the file has no start date column</source>
        <translation>un angajat nou are nevoie de data angajării, iar fișierul nu are coloana data angajării</translation>
    </message>
    <message>
        <source>add the column, or map the file&apos;s column to {field}</source>
        <translation>adăugați coloana sau asociați coloana fișierului cu câmpul „{field}”</translation>
    </message>
    <message>
        <source>this badge was revoked ({reason})</source>
        <translation>această legitimație a fost revocată ({reason})</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>fără motiv</translation>
    </message>
    <message>
        <source>issue a new badge, and put its number in the HR system</source>
        <translation>emiteți o legitimație nouă și treceți numărul ei în sistemul de resurse umane</translation>
    </message>
    <message>
        <source>a dependant of an unknown employee</source>
        <translation>membru de familie al unui angajat necunoscut</translation>
    </message>
    <message>
        <source>add the employee to the file, or correct the number</source>
        <translation>adăugați angajatul în fișier sau corectați numărul</translation>
    </message>
    <message>
        <source>the employee number is empty</source>
        <translation>numărul angajatului este gol</translation>
    </message>
    <message>
        <source>fill it in, or delete the row</source>
        <translation>completați-l sau ștergeți rândul</translation>
    </message>
    <message>
        <source>fill it in</source>
        <translation>completați-l</translation>
    </message>
    <message>
        <source>the name is longer than 200 characters</source>
        <translation>numele are mai mult de 200 de caractere</translation>
    </message>
    <message>
        <source>shorten it</source>
        <translation>scurtați-l</translation>
    </message>
    <message>
        <source>a person cannot be their own dependant</source>
        <translation>o persoană nu poate fi propriul membru de familie</translation>
    </message>
    <message>
        <source>leave it empty</source>
        <translation>lăsați gol</translation>
    </message>
    <message>
        <source>the company is empty</source>
        <translation>compania lipsește</translation>
    </message>
    <message>
        <source>unknown company</source>
        <translation>companie necunoscută</translation>
    </message>
    <message>
        <source>the start date is empty</source>
        <translation>data angajării lipsește</translation>
    </message>
    <message>
        <source>fill in the hire date</source>
        <translation>completați data angajării</translation>
    </message>
    <message>
        <source>the end date is before the start date ({start})</source>
        <translation>data încetării este înaintea datei angajării ({start})</translation>
    </message>
    <message>
        <source>check both dates</source>
        <translation>verificați ambele date</translation>
    </message>
    <message>
        <source>not a status</source>
        <translation>nu este o stare</translation>
    </message>
    <message>
        <source>not a role</source>
        <translation>nu este un rol</translation>
    </message>
    <message>
        <source>not an employment type</source>
        <translation>nu este un tip de angajare</translation>
    </message>
    <message>
        <source>badges match {pattern}</source>
        <translation>ecusoanele respectă modelul {pattern}</translation>
    </message>
    <message>
        <source>the last digit should be {digit}; check the badge number</source>
        <translation>ultima cifră ar trebui să fie {digit}; verificați numărul legitimației</translation>
    </message>
    <message>
        <source>write it as 2026-11-23, 23.11.2026 or 23/11/2026</source>
        <translation>scrieți-o ca 2026-11-23, 23.11.2026 sau 23/11/2026</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>nu este o dată</translation>
    </message>
    <message>
        <source>did you mean {value}?</source>
        <translation>vă referiți la {value}?</translation>
    </message>
    <message>
        <source>add it in the admin window first</source>
        <translation>adăugați mai întâi în fereastra de administrare</translation>
    </message>
    <message>
        <source>use one of: {values}</source>
        <translation>folosiți una dintre valorile: {values}</translation>
    </message>
    <message>
        <source>known: {values}; add others in the admin window first</source>
        <translation>cunoscute: {values}; adăugați-le pe celelalte mai întâi în fereastra de administrare</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgulă</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punct și virgulă</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Registru de calcul Excel</translation>
    </message>
    <message>
        <source>CSV, {encoding}, {delimiter}-separated</source>
        <translation>CSV, {encoding}, separator: {delimiter}</translation>
    </message>
    <message>
        <source>there is no file {file}</source>
        <translation>nu există fișierul {file}</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file</source>
        <translation>{file} este un dosar, nu un fișier</translation>
    </message>
    <message>
        <source>cannot read {file}: {problem}</source>
        <translation>nu se poate citi {file}: {problem}</translation>
    </message>
    <message>
        <source>{file} is empty</source>
        <translation>{file} este gol</translation>
    </message>
    <message>
        <source>{file} row {row} has a cell longer than {limit} characters; this is not an HR export</source>
        <translation>{file}, rândul {row}: o celulă are mai mult de {limit} de caractere; acesta nu este un export HR</translation>
    </message>
    <message>
        <source>{file} row {row} cannot be read as CSV: {problem}</source>
        <translation>{file}, rândul {row} nu poate fi citit ca CSV: {problem}</translation>
    </message>
    <message>
        <source>{file} has no header line (its first line is empty)</source>
        <translation>{file} nu are linie de antet (prima linie este goală)</translation>
    </message>
    <message>
        <source>{file} contains NUL bytes near byte {byte}; it is not a text export</source>
        <translation>{file} conține octeți NUL în jurul octetului {byte}; nu este un export text</translation>
    </message>
    <message>
        <source>{file} mixes encodings: row {row} is UTF-8 and the rows before it are not; save the whole file again in one encoding (CSV UTF-8)</source>
        <translation>{file} amestecă codificările: rândul {row} este UTF-8, iar rândurile dinaintea lui nu; salvați din nou tot fișierul într-o singură codificare (CSV UTF-8)</translation>
    </message>
    <message>
        <source>{file} row {row}, column {column}: a quote opened there is not closed until the next line, so both lines would be read as one cell; remove the stray quote (HR exports have one line per person)</source>
        <translation>{file}, rândul {row}, coloana {column}: ghilimelele deschise acolo se închid abia pe linia următoare, așa că ambele linii ar fi citite ca o singură celulă; ștergeți ghilimelele rătăcite (exporturile HR au o linie pe persoană)</translation>
    </message>
    <message>
        <source>{file} row {row}, column {column}: a quote opened there is not closed until {lines} lines later, so those lines would be read as one cell; remove the stray quote (HR exports have one line per person)</source>
        <translation>{file}, rândul {row}, coloana {column}: ghilimelele deschise acolo se închid abia după încă câteva linii ({lines}), așa că acele linii ar fi citite ca o singură celulă; ștergeți ghilimelele rătăcite (exporturile HR au o linie pe persoană)</translation>
    </message>
    <message>
        <source>{file} is UTF-16 text; save it again as CSV UTF-8 (or as XLSX)</source>
        <translation>{file} este text UTF-16; salvați-l din nou ca CSV UTF-8 (sau ca XLSX)</translation>
    </message>
    <message>
        <source>{file} contains NUL bytes (at byte {byte}); it is not a text export</source>
        <translation>{file} conține octeți NUL (la octetul {byte}); nu este un export text</translation>
    </message>
    <message>
        <source>{encoding} is not a text encoding; try utf-8 or cp1250</source>
        <translation>{encoding} nu este o codificare de text; încercați utf-8 sau cp1250</translation>
    </message>
    <message>
        <source>{file} mixes encodings: some rows are UTF-8 and row {row} is not; save the whole file again in one encoding (CSV UTF-8)</source>
        <translation>{file} amestecă codificările: unele rânduri sunt UTF-8, iar rândul {row} nu; salvați din nou tot fișierul într-o singură codificare (CSV UTF-8)</translation>
    </message>
    <message>
        <source>{file} could be {one} (“{one_reads}”) or {other} (“{other_reads}”); give its encoding, e.g. --encoding {other}</source>
        <translation>{file} poate fi {one} („{one_reads}”) sau {other} („{other_reads}”); indicați-i codificarea, de ex. --encoding {other}</translation>
    </message>
    <message>
        <source>{file} is not {encoding} text (row {row}); leave the encoding to be detected or give the right one, e.g. cp1250</source>
        <translation>{file} nu este text {encoding} (rândul {row}); lăsați codificarea să fie detectată sau indicați-o pe cea corectă, de ex. cp1250</translation>
    </message>
    <message>
        <source>{file} row {row} is not UTF-8 like the rows before it: the file mixes encodings; save it again in one encoding (CSV UTF-8)</source>
        <translation>{file}, rândul {row} nu este UTF-8 ca rândurile dinaintea lui: fișierul amestecă codificările; salvați-l din nou într-o singură codificare (CSV UTF-8)</translation>
    </message>
    <message>
        <source>{file} row {row} is not {encoding} text; give the file&apos;s encoding</source>
        <translation>{file}, rândul {row} nu este text {encoding}; indicați codificarea fișierului</translation>
    </message>
    <message>
        <source>the delimiter must be one character, not {delimiter}</source>
        <translation>separatorul trebuie să fie un singur caracter, nu {delimiter}</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx) that can be read</source>
        <translation>{file} nu este un registru de calcul Excel (.xlsx) care poate fi citit</translation>
    </message>
    <message>
        <source>{file} has no sheet {sheet}; its sheets: {sheets}</source>
        <translation>{file} nu are foaia {sheet}; foile lui: {sheets}</translation>
    </message>
    <message>
        <source>{file} row {row} cannot be read: {problem}</source>
        <translation>{file}, rândul {row} nu poate fi citit: {problem}</translation>
    </message>
    <message>
        <source>{file} has no header row (its first row is empty)</source>
        <translation>{file} nu are rând de antet (primul rând este gol)</translation>
    </message>
    <message>
        <source>a cell is longer than {limit} characters; this is not an export</source>
        <translation>o celulă are mai mult de {limit} de caractere; acesta nu este un export</translation>
    </message>
    <message>
        <source>{count} new departments: {names}</source>
        <translation>departamente noi ({count}): {names}</translation>
    </message>
    <message>
        <source>left out: {columns}</source>
        <translation>omise: {columns}</translation>
    </message>
    <message>
        <source>a new employee needs an employment type, and it is empty</source>
        <translation>un angajat nou are nevoie de un tip de angajare, iar acesta este gol</translation>
    </message>
    <message>
        <source>fill it in (full time, part time, contractor, …)</source>
        <translation>completați-l (normă întreagă, normă parțială, colaborator, …)</translation>
    </message>
    <message>
        <source>a new employee needs an employment type, and the file has no employment type column</source>
        <translation>un angajat nou are nevoie de un tip de angajare, iar fișierul nu are o astfel de coloană</translation>
    </message>
    <message>
        <source>the name is written on more than one line</source>
        <translation>numele este scris pe mai multe rânduri</translation>
    </message>
    <message>
        <source>write it on one line</source>
        <translation>scrieți-l pe un singur rând</translation>
    </message>
    <message>
        <source>not a worker type (employee or contractor)</source>
        <translation>nu este un tip de lucrător (angajat sau colaborator)</translation>
    </message>
    <message>
        <source>{word} ({code})</source>
        <translation>{word} ({code})</translation>
    </message>
    <message>
        <source>did you mean {word}? or map it: --value {field}:{value}={code}</source>
        <translation>v-ați referit la {word}? sau asociați-l: --value {field}:{value}={code}</translation>
    </message>
    <message>
        <source>map it to one of {codes}: --value {field}:{value}=CODE</source>
        <translation>asociați-l cu una dintre valorile {codes}: --value {field}:{value}=COD</translation>
    </message>
    <message>
        <source>values can be mapped for {fields}, not {field}</source>
        <translation>valorile pot fi asociate pentru {fields}, nu pentru {field}</translation>
    </message>
    <message>
        <source>{value} cannot be read as {code}: a {field} is one of {codes}</source>
        <translation>{value} nu poate fi citit ca {code}: {field} este unul dintre: {codes}</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>Reading and checking each row…</source>
        <translation>Se citește și se verifică fiecare rând…</translation>
    </message>
    <message>
        <source>Checking the file against the registry…</source>
        <translation>Se compară fișierul cu registrul…</translation>
    </message>
    <message>
        <source>Writing the registry…</source>
        <translation>Se scrie registrul…</translation>
    </message>
    <message>
        <source>the import stopped on an unexpected error ({error}); nothing was imported</source>
        <translation>importul s-a oprit din cauza unei erori neașteptate ({error}); nu s-a importat nimic</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Detect</source>
        <translation>Detectează</translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250 (Europa Centrală)</translation>
    </message>
    <message>
        <source>ISO-8859-2 (Latin-2)</source>
        <translation>ISO-8859-2 (Latin-2)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (Europa de Vest)</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Virgulă ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Punct și virgulă ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>Numărul angajatului</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Legitimație</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Companie</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departament</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>Tipul angajării</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data angajării</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data încetării</translation>
    </message>
    <message>
        <source>Till role</source>
        <translation>Rolul la casă</translation>
    </message>
    <message>
        <source>Dependant of (employee number)</source>
        <translation>Membru de familie al (numărul angajatului)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rând</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coloană</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problemă</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugestie</translation>
    </message>
    <message>
        <source>Nothing is changed until you press Import.</source>
        <translation>Nu se schimbă nimic până nu apăsați Importă.</translation>
    </message>
    <message>
        <source>The file is the &amp;complete list: end staff missing from it, bring back returning staff</source>
        <translation>Fișierul este lista &amp;completă: încheie angajarea celor care lipsesc, readu-i pe cei care revin</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows and leave out the rows with problems</source>
        <translation>Importă rândurile &amp;valide și lasă deoparte rândurile cu probleme</translation>
    </message>
    <message>
        <source>Confirm ending the staff missing from the file</source>
        <translation>Confirmă încheierea angajaților care lipsesc din fișier</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Verifică din &amp;nou</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Probleme găsite</translation>
    </message>
    <message>
        <source>Save the report as &amp;CSV…</source>
        <translation>Salvează raportul ca &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importă</translation>
    </message>
    <message>
        <source>The options changed: check again.</source>
        <translation>Opțiunile s-au schimbat: verificați din nou.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Se verifică…</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Verificarea fișierului</translation>
    </message>
    <message>
        <source>{source}. Rows: {rows}. To add: {added}, to change: {changed} (coming back: {reactivated}), unchanged: {unchanged}, to end: {ended}.</source>
        <translation>{source}. Rânduri: {rows}. De adăugat: {added}, de modificat: {changed} (revin: {reactivated}), neschimbate: {unchanged}, de încheiat: {ended}.</translation>
    </message>
    <message>
        <source>{source}. Rows: {rows}. To add: {added}, to change: {changed} (coming back: {reactivated}), unchanged: {unchanged}.</source>
        <translation>{source}. Rânduri: {rows}. De adăugat: {added}, de modificat: {changed} (revin: {reactivated}), neschimbate: {unchanged}.</translation>
    </message>
    <message>
        <source>Rows with problems: {rejected} (below): fix them in the file and check again, or import the valid rows only.</source>
        <translation>Rânduri cu probleme: {rejected} (mai jos): corectați-le în fișier și verificați din nou sau importați doar rândurile valide.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Nu s-au găsit probleme.</translation>
    </message>
    <message>
        <source>Yes, the file is the complete list: &amp;end {ended} of {active} active people</source>
        <translation>Da, fișierul este lista completă: înc&amp;heiați angajarea persoanelor active: {ended} din {active}</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Salvează raportul</translation>
    </message>
    <message>
        <source>Wrote {count} problem to {file}.</source>
        <translation>S-a scris o problemă ({count}) în {file}.</translation>
    </message>
    <message>
        <source>Wrote {count} problems to {file}.</source>
        <translation>Probleme scrise în {file}: {count}.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importare</translation>
    </message>
    <message>
        <source>Import staff from an HR export</source>
        <translation>Import angajați dintr-un export HR</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; Îna&amp;poi</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>Î&amp;nainte &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Termină</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Se anulează…</translation>
    </message>
    <message>
        <source>1. Choose the HR export</source>
        <translation>1. Alege exportul HR</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file, one person a row, with a header row.</source>
        <translation>Un fișier CSV sau Excel (.xlsx), o persoană pe rând, cu rând de antet.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Răsfoiește…</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificare</translation>
    </message>
    <message>
        <source>Column separator</source>
        <translation>Separator de coloane</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Foaie</translation>
    </message>
    <message>
        <source>Saved column mapping</source>
        <translation>Potrivirea de coloane salvată</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fișier:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificare:</translation>
    </message>
    <message>
        <source>Column &amp;separator:</source>
        <translation>&amp;Separator de coloane:</translation>
    </message>
    <message>
        <source>S&amp;heet (Excel):</source>
        <translation>F&amp;oaie (Excel):</translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation>Potrivire sal&amp;vată:</translation>
    </message>
    <message>
        <source>(match columns by name)</source>
        <translation>(potrivește coloanele după nume)</translation>
    </message>
    <message>
        <source>HR export</source>
        <translation>Export HR</translation>
    </message>
    <message>
        <source>HR exports</source>
        <translation>Exporturi HR</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Toate fișierele</translation>
    </message>
    <message>
        <source>2. Match the columns</source>
        <translation>2. Potrivește coloanele</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Coloana din fișier</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Primele valori</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Citește ca</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Potrivirea coloanelor</translation>
    </message>
    <message>
        <source>e.g. Comarch Optima, Sage HR</source>
        <translation>de ex. Comarch Optima, Sage HR</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Numele profilului</translation>
    </message>
    <message>
        <source>Sa&amp;ve as profile</source>
        <translation>Sal&amp;vează ca profil</translation>
    </message>
    <message>
        <source>Save this mapping for next time:</source>
        <translation>Salvați potrivirea pentru data viitoare:</translation>
    </message>
    <message>
        <source>Read column {column} as</source>
        <translation>Citește coloana {column} ca</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(lasă deoparte)</translation>
    </message>
    <message>
        <source>Two columns are read as {fields}: keep one.</source>
        <translation>Două coloane sunt citite ca {fields}: păstrați una.</translation>
    </message>
    <message>
        <source>Choose the column that holds: {fields}.</source>
        <translation>Alegeți coloana care conține: {fields}.</translation>
    </message>
    <message>
        <source>{read} of {columns} columns will be read.</source>
        <translation>Se vor citi {read} din {columns} coloane.</translation>
    </message>
    <message>
        <source>Saved as profile “{name}”.</source>
        <translation>S-a salvat ca profilul „{name}”.</translation>
    </message>
    <message>
        <source>{file} is in the registry.</source>
        <translation>{file} este în registru.</translation>
    </message>
    <message>
        <source>Added: {added}</source>
        <translation>Adăugați: {added}</translation>
    </message>
    <message>
        <source>Changed: {changed} (of whom {reactivated} came back)</source>
        <translation>Modificați: {changed} (dintre care au revenit: {reactivated})</translation>
    </message>
    <message>
        <source>Ended: {ended}</source>
        <translation>Încheiați: {ended}</translation>
    </message>
    <message>
        <source>Unchanged: {unchanged}</source>
        <translation>Neschimbați: {unchanged}</translation>
    </message>
    <message>
        <source>Left out with problems: {rejected}</source>
        <translation>Lăsați deoparte din cauza problemelor: {rejected}</translation>
    </message>
    <message>
        <source>The import is recorded in the audit log.</source>
        <translation>Importul este înregistrat în jurnalul de audit.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Worker type (employee or contractor)</source>
        <translation>Tip de lucrător (angajat sau colaborator)</translation>
    </message>
    <message>
        <source>4. Check the file</source>
        <translation>4. Verificați fișierul</translation>
    </message>
    <message>
        <source>5. Imported</source>
        <translation>5. Importat</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>angajat</translation>
    </message>
    <message>
        <source>contractor</source>
        <translation>colaborator</translation>
    </message>
    <message>
        <source>3. Read the values</source>
        <translation>3. Citiți valorile</translation>
    </message>
    <message>
        <source>What each status and employment type in the file means. Words the app knows are chosen already; choose the others, or their rows are left out as problems.</source>
        <translation>Ce înseamnă fiecare stare și tip de angajare din fișier. Cuvintele cunoscute de aplicație sunt deja alese; alegeți-le pe celelalte, altfel rândurile lor sunt omise ca probleme.</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Valoarea din fișier</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rânduri</translation>
    </message>
    <message>
        <source>Value mapping</source>
        <translation>Asocierea valorilor</translation>
    </message>
    <message>
        <source>Sa&amp;ve columns and values as profile</source>
        <translation>Sal&amp;vați coloanele și valorile ca profil</translation>
    </message>
    <message>
        <source>Reading the values…</source>
        <translation>Se citesc valorile…</translation>
    </message>
    <message>
        <source>Reading the values</source>
        <translation>Citirea valorilor</translation>
    </message>
    <message>
        <source>Read {value} as</source>
        <translation>Citiți {value} ca</translation>
    </message>
    <message>
        <source>(cannot be read: a problem)</source>
        <translation>(nu poate fi citit: problemă)</translation>
    </message>
    <message>
        <source>The file has no values to read in these columns.</source>
        <translation>Fișierul nu are valori de citit în aceste coloane.</translation>
    </message>
    <message>
        <source>{count} value cannot be read yet: choose what it means.</source>
        <translation>Valoare care încă nu poate fi citită: {count}. Alegeți ce înseamnă.</translation>
    </message>
    <message>
        <source>{count} values cannot be read yet: choose what they mean.</source>
        <translation>Valori care încă nu pot fi citite: {count}. Alegeți ce înseamnă.</translation>
    </message>
    <message>
        <source>Every value can be read.</source>
        <translation>Toate valorile pot fi citite.</translation>
    </message>
    <message>
        <source>Say which field each column of the file holds.</source>
        <translation>Indicați ce câmp conține fiecare coloană a fișierului.</translation>
    </message>
    <message>
        <source>For people already in the registry, a column left out keeps what the registry has (till roles, for example). For new people it stays empty, the status is active and there is no till role; a new employee without an employment type is not imported.</source>
        <translation>Pentru persoanele deja în registru, o coloană omisă păstrează ce are registrul (de exemplu rolurile la casă). Pentru persoanele noi câmpul rămâne gol, starea este activ și nu au rol la casă; un angajat nou fără tip de angajare nu este importat.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>sales record {seq} {what}</source>
        <translation>înregistrarea de vânzare {seq} {what}</translation>
    </message>
    <message>
        <source>day close record {seq} {what}</source>
        <translation>înregistrarea de închidere a zilei {seq} {what}</translation>
    </message>
    <message>
        <source>audit record {seq} {what}</source>
        <translation>intrarea de audit {seq} {what}</translation>
    </message>
    <message>
        <source>does not follow the record before it</source>
        <translation>nu se leagă de înregistrarea dinaintea ei</translation>
    </message>
    <message>
        <source>was changed after it was written</source>
        <translation>a fost modificată după ce a fost scrisă</translation>
    </message>
    <message>
        <source>(sale {sale}) was changed after it was written</source>
        <translation>(vânzarea {sale}) a fost modificată după ce a fost scrisă</translation>
    </message>
    <message>
        <source>names a journal record that does not exist</source>
        <translation>numește o înregistrare din jurnal care nu există</translation>
    </message>
    <message>
        <source>(day {day}) was changed after it was written</source>
        <translation>(ziua {day}) a fost modificată după ce a fost scrisă</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>amount</source>
        <translation>suma</translation>
    </message>
    <message>
        <source>{what} {text} must not be negative</source>
        <translation>{what} {text} nu poate fi negativă</translation>
    </message>
    <message>
        <source>{what} {text} is not an amount like 12.50</source>
        <translation>{what} {text} nu este o sumă ca 12,50</translation>
    </message>
    <message>
        <source>{what} {text} has more than {places} decimal places</source>
        <translation>{what} {text} are mai mult de {places} zecimale</translation>
    </message>
    <message>
        <source>{what} {text} is too large</source>
        <translation>{what} {text} este prea mare</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>procentul</translation>
    </message>
    <message>
        <source>{what} must be a number between 0 and 100, not {value}</source>
        <translation>{what} trebuie să fie un număr între 0 și 100, nu {value}</translation>
    </message>
    <message>
        <source>{what} may have at most two decimals, not {value}</source>
        <translation>{what} poate avea cel mult două zecimale, nu {value}</translation>
    </message>
</context>
<context>
    <name>Payroll</name>
    <message>
        <source>{problem}; nothing was recorded</source>
        <translation>{problem}; nu s-a înregistrat nimic</translation>
    </message>
    <message>
        <source>{name} ({employee}) has no PIN yet, and a charge to payroll needs one; set it with &apos;staff set-pin {employee}&apos;</source>
        <translation>{name} ({employee}) nu are încă PIN, iar reținerea din salariu are nevoie de unul; setați-l cu &apos;staff set-pin {employee}&apos;</translation>
    </message>
    <message>
        <source>a charge to payroll needs the PIN of {name} ({employee})</source>
        <translation>reținerea din salariu necesită PIN-ul pentru {name} ({employee})</translation>
    </message>
    <message>
        <source>--pay {tender} must be one of {choices}</source>
        <translation>--pay {tender} trebuie să fie unul dintre: {choices}</translation>
    </message>
    <message>
        <source>only the own company&apos;s employees and their dependants can charge to payroll; this buyer pays at the till</source>
        <translation>doar angajații propriei companii și membrii familiei lor pot plăti prin reținere din salariu; acest cumpărător plătește la casă</translation>
    </message>
    <message>
        <source>{name} is not eligible for the staff discount today, so cannot charge to payroll; pay at the till</source>
        <translation>{name} nu are astăzi dreptul la reducerea pentru angajați, deci nu poate plăti prin reținere din salariu; plata se face la casă</translation>
    </message>
    <message>
        <source>policy {policy} sets no payroll limit, so its holders pay at the till</source>
        <translation>regula {policy} nu stabilește un plafon de reținere din salariu, deci titularii ei plătesc la casă</translation>
    </message>
    <message>
        <source>payroll is closed through {day}; a charge must fall after it</source>
        <translation>statul de plată este închis până la {day}; reținerea trebuie să fie ulterioară</translation>
    </message>
    <message>
        <source>{amount} {currency} is past the payroll limit of {limit} {currency} {period}; {left} {currency} is left</source>
        <translation>{amount} {currency} depășește plafonul de reținere de {limit} {currency} {period}; au rămas {left} {currency}</translation>
    </message>
    <message>
        <source>payroll is closed through {day}; a refund to payroll must fall after it</source>
        <translation>statul de plată este închis până la {day}; returul pe salariu trebuie să fie ulterior</translation>
    </message>
    <message>
        <source>--through {day} is not over yet (today is {today}); close payroll through a past day; nothing was closed</source>
        <translation>--through {day} nu s-a încheiat încă (astăzi este {today}); închideți statul de plată până la o zi trecută; nu s-a închis nimic</translation>
    </message>
    <message>
        <source>payroll is already closed through {day}; close through a later day; nothing was closed</source>
        <translation>statul de plată este deja închis până la {day}; închideți până la o zi ulterioară; nu s-a închis nimic</translation>
    </message>
</context>
<context>
    <name>Pins</name>
    <message>
        <source>supervisor override</source>
        <translation>aprobarea supervizorului</translation>
    </message>
    <message>
        <source>till sign-in</source>
        <translation>autentificarea la casă</translation>
    </message>
    <message>
        <source>admin sign-in</source>
        <translation>autentificarea administratorului</translation>
    </message>
    <message>
        <source>charge to payroll</source>
        <translation>reținere din salariu</translation>
    </message>
    <message>
        <source>customer switched after a blocked badge</source>
        <translation>client schimbat după o legitimație blocată</translation>
    </message>
    <message>
        <source>refund approval</source>
        <translation>aprobarea restituirii</translation>
    </message>
    <message>
        <source>the PIN of {name} is locked after {count} wrong tries, until {time}; ask an admin</source>
        <translation>PIN-ul lui {name} este blocat după {count} încercări greșite, până la {time}; adresați-vă unui administrator</translation>
    </message>
    <message>
        <source>the PIN of {name} is locked after {count} wrong tries, until {time}; choose the admin password in this window to sign in now and set a new PIN on the Staff registry page (or with the command &apos;pos-desktop staff set-pin {employee}&apos;), or try again then</source>
        <translation>PIN-ul lui {name} este blocat după {count} încercări greșite, până la {time}; alegeți în această fereastră parola de administrator pentru a vă autentifica acum și setați un PIN nou pe pagina Angajați (sau cu comanda &apos;pos-desktop staff set-pin {employee}&apos;) ori încercați din nou după această oră</translation>
    </message>
    <message>
        <source>wrong PIN; tries left before the PIN locks: {count}</source>
        <translation>PIN greșit; încercări rămase până la blocare: {count}</translation>
    </message>
    <message>
        <source>the PIN of {name} is locked after {count} wrong tries, until {time}; try again then, or ask another admin to set a new PIN</source>
        <translation>PIN-ul lui {name} este blocat după {count} încercări greșite, până la {time}; încercați din nou după această oră sau cereți altui administrator un PIN nou</translation>
    </message>
    <message>
        <source>the PIN of {name} is locked after {count} wrong tries, until {time}; sign in with the admin password instead and set a new PIN on the Staff registry page, or try again then</source>
        <translation>PIN-ul lui {name} este blocat după {count} încercări greșite, până la {time}; autentificați-vă cu parola de administrator și setați un PIN nou pe pagina Angajați sau încercați din nou după această oră</translation>
    </message>
    <message>
        <source>the PIN of {name} is locked after {count} wrong tries, until {time}; try again then, or set a new PIN with the command &apos;pos-desktop staff set-pin {employee}&apos;</source>
        <translation>PIN-ul lui {name} este blocat după {count} încercări greșite, până la {time}; încercați din nou după această oră sau setați un PIN nou cu comanda &apos;pos-desktop staff set-pin {employee}&apos;</translation>
    </message>
</context>
<context>
    <name>PoliciesPage</name>
    <message>
        <source>Policies, in the order they are tried</source>
        <translation>Regulile, în ordinea în care se încearcă</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nume</translation>
    </message>
    <message>
        <source>&amp;Employment types</source>
        <translation>Tipuri de an&amp;gajare</translation>
    </message>
    <message>
        <source>&amp;Percent</source>
        <translation>&amp;Procent</translation>
    </message>
    <message>
        <source>Cost-plus &amp;markup %</source>
        <translation>&amp;Adaos la cost %</translation>
    </message>
    <message>
        <source>Open amounts %</source>
        <translation>Sume libere %</translation>
    </message>
    <message>
        <source>&amp;Floor above cost %</source>
        <translation>Prag peste &amp;cost %</translation>
    </message>
    <message>
        <source>empty: none</source>
        <translation>gol: fără</translation>
    </message>
    <message>
        <source>&amp;Cap per sale</source>
        <translation>Plafon pe &amp;vânzare</translation>
    </message>
    <message>
        <source>&amp;Allowance</source>
        <translation>P&amp;lafon</translation>
    </message>
    <message>
        <source>Payroll limit</source>
        <translation>Plafon de reținere</translation>
    </message>
    <message>
        <source>Payroll limit period</source>
        <translation>Perioada plafonului de reținere</translation>
    </message>
    <message>
        <source>Probation &amp;days</source>
        <translation>&amp;Zile de probă</translation>
    </message>
    <message>
        <source>Units per i&amp;tem</source>
        <translation>&amp;Bucăți pe produs</translation>
    </message>
    <message>
        <source>Company relation</source>
        <translation>Relația companiei</translation>
    </message>
    <message>
        <source>any company</source>
        <translation>orice companie</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metoda</translation>
    </message>
    <message>
        <source>percent off</source>
        <translation>procent reducere</translation>
    </message>
    <message>
        <source>cost plus markup</source>
        <translation>cost plus adaos</translation>
    </message>
    <message>
        <source>Dependants share the employee&apos;s discount</source>
        <translation>Membrii familiei folosesc reducerea angajatului</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Se aplică la</translation>
    </message>
    <message>
        <source>empty: pay at the till only</source>
        <translation>gol: plata doar la casă</translation>
    </message>
    <message>
        <source>Met&amp;hod</source>
        <translation>&amp;Metoda</translation>
    </message>
    <message>
        <source>Preview price</source>
        <translation>Prețul din previzualizare</translation>
    </message>
    <message>
        <source>Preview cost</source>
        <translation>Costul din previzualizare</translation>
    </message>
    <message>
        <source>Preview category</source>
        <translation>Categoria din previzualizare</translation>
    </message>
    <message>
        <source>Preview: an item at</source>
        <translation>Previzualizare: un produs la</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>cost</translation>
    </message>
    <message>
        <source>in</source>
        <translation>în</translation>
    </message>
    <message>
        <source>New p&amp;olicy</source>
        <translation>Regulă no&amp;uă</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mu&amp;tă în sus</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Mută în &amp;jos</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ște&amp;rge</translation>
    </message>
    <message>
        <source>&amp;Save policies</source>
        <translation>&amp;Salvează regulile</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;încarcă</translation>
    </message>
    <message>
        <source>any employment</source>
        <translation>orice tip de angajare</translation>
    </message>
    <message>
        <source>A {price} item in {category} for {who} costs {total} ({why}).</source>
        <translation>Un produs de {price} din {category} pentru: {who} costă {total} ({why}).</translation>
    </message>
    <message>
        <source>Policy {number}</source>
        <translation>Regula {number}</translation>
    </message>
    <message>
        <source>empty: no limit</source>
        <translation>gol: fără limită</translation>
    </message>
    <message>
        <source>Category rates</source>
        <translation>Procente pe categorii</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Procent</translation>
    </message>
    <message>
        <source>Add a rate</source>
        <translation>Adăugați un procent</translation>
    </message>
    <message>
        <source>Remove the rate</source>
        <translation>Eliminați procentul</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>none ticked: any employment</source>
        <translation>nimic bifat: orice angajare</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problemă</translation>
    </message>
    <message>
        <source>Allowance period</source>
        <translation>Perioada plafonului</translation>
    </message>
    <message>
        <source>a calendar year</source>
        <translation>un an calendaristic</translation>
    </message>
    <message>
        <source>a calendar month</source>
        <translation>o lună calendaristică</translation>
    </message>
    <message>
        <source>the last … days</source>
        <translation>ultimele … zile</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Zile</translation>
    </message>
    <message>
        <source>per</source>
        <translation>pe</translation>
    </message>
</context>
<context>
    <name>PolicyForm</name>
    <message>
        <source>the name</source>
        <translation>numele</translation>
    </message>
    <message>
        <source>the employment types</source>
        <translation>tipurile de angajare</translation>
    </message>
    <message>
        <source>the percent</source>
        <translation>procentul</translation>
    </message>
    <message>
        <source>the markup</source>
        <translation>adaosul</translation>
    </message>
    <message>
        <source>the percent for open amounts</source>
        <translation>procentul pentru sume libere</translation>
    </message>
    <message>
        <source>the floor above cost</source>
        <translation>pragul peste cost</translation>
    </message>
    <message>
        <source>the cap per sale</source>
        <translation>plafonul pe vânzare</translation>
    </message>
    <message>
        <source>the allowance</source>
        <translation>plafonul</translation>
    </message>
    <message>
        <source>the number of days</source>
        <translation>numărul de zile</translation>
    </message>
    <message>
        <source>the payroll limit</source>
        <translation>limita de reținere din salariu</translation>
    </message>
    <message>
        <source>the probation days</source>
        <translation>zilele de probă</translation>
    </message>
    <message>
        <source>the units per item</source>
        <translation>bucățile pe articol</translation>
    </message>
    <message>
        <source>the category rates</source>
        <translation>procentele pe categorii</translation>
    </message>
    <message>
        <source>the preview price</source>
        <translation>prețul din previzualizare</translation>
    </message>
    <message>
        <source>the preview cost</source>
        <translation>costul din previzualizare</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>numele este gol</translation>
    </message>
    <message>
        <source>choose which companies it applies to</source>
        <translation>alegeți companiile cărora li se aplică</translation>
    </message>
    <message>
        <source>choose percent off or cost plus markup</source>
        <translation>alegeți procent de reducere sau cost plus adaos</translation>
    </message>
    <message>
        <source>a cost-plus policy needs a markup</source>
        <translation>o regulă cost plus adaos are nevoie de un adaos</translation>
    </message>
    <message>
        <source>choose a category for each rate</source>
        <translation>alegeți o categorie pentru fiecare procent</translation>
    </message>
    <message>
        <source>{category} has two rates</source>
        <translation>{category} are două procente</translation>
    </message>
    <message>
        <source>choose the period of {what}</source>
        <translation>alegeți perioada pentru {what}</translation>
    </message>
    <message>
        <source>a rolling period needs its number of days</source>
        <translation>o perioadă glisantă are nevoie de numărul de zile</translation>
    </message>
    <message>
        <source>{what} must be a percentage from 0 to 1000, not {value}</source>
        <translation>{what} trebuie să fie un procent de la 0 la 1000, nu {value}</translation>
    </message>
    <message>
        <source>{what} must be a whole number from {minimum} to {maximum}</source>
        <translation>{what} trebuie să fie un număr întreg de la {minimum} la {maximum}</translation>
    </message>
    <message>
        <source>give the preview price</source>
        <translation>introduceți prețul din previzualizare</translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <source>blocked: regular price</source>
        <translation>blocat: preț normal</translation>
    </message>
    <message>
        <source>not eligible ({reasons}): regular price</source>
        <translation>fără drept ({reasons}): preț normal</translation>
    </message>
    <message>
        <source>regular price</source>
        <translation>preț normal</translation>
    </message>
    <message>
        <source>department: open amount at full price</source>
        <translation>departament: sumă liberă la preț întreg</translation>
    </message>
    <message>
        <source>department: at cost</source>
        <translation>departament: la cost</translation>
    </message>
    <message>
        <source>{category}: no discount</source>
        <translation>{category}: fără reducere</translation>
    </message>
    <message>
        <source>over {limit} per item: no discount</source>
        <translation>peste {limit} pe produs: fără reducere</translation>
    </message>
    <message>
        <source>{rule}; only {limit} per item discounted</source>
        <translation>{rule}; reducere doar la {limit} buc. pe produs</translation>
    </message>
    <message>
        <source>{rule}; capped: {cap} per sale</source>
        <translation>{rule}; plafon: {cap} pe vânzare</translation>
    </message>
    <message>
        <source>{rule}; allowance: {left} left</source>
        <translation>{rule}; plafon: au rămas {left}</translation>
    </message>
    <message>
        <source>{percent}% staff (open amount)</source>
        <translation>{percent}% angajat (sumă liberă)</translation>
    </message>
    <message>
        <source>cost + {percent}%</source>
        <translation>cost + {percent}%</translation>
    </message>
    <message>
        <source>{percent}% staff</source>
        <translation>{percent}% angajat</translation>
    </message>
    <message>
        <source>{rule}, held at cost + {percent}%</source>
        <translation>{rule}, limitat la cost + {percent}%</translation>
    </message>
    <message>
        <source>customer changed after a blocked badge: regular price until a supervisor approves</source>
        <translation>client schimbat după o legitimație blocată: preț întreg până la aprobarea supervizorului</translation>
    </message>
    <message>
        <source>an employee&apos;s basket moved to a department: regular price until approved</source>
        <translation>coșul unui angajat mutat pe un departament: preț întreg până la aprobare</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <source>ESC/POS printing needs the escpos extra: pip install &quot;{extra}&quot;</source>
        <translation>tipărirea ESC/POS necesită extensia escpos: pip install &quot;{extra}&quot;</translation>
    </message>
    <message>
        <source>--escpos {target}: the port must be a number</source>
        <translation>--escpos {target}: portul trebuie să fie un număr</translation>
    </message>
    <message>
        <source>--escpos {target}: give usb:VID:PID in hex, like usb:04b8:0202</source>
        <translation>--escpos {target}: dați usb:VID:PID în hexazecimal, de ex. usb:04b8:0202</translation>
    </message>
    <message>
        <source>--escpos {target} must be file:/dev/usb/lp0, net:HOST[:PORT] or usb:VID:PID</source>
        <translation>--escpos {target} trebuie să fie file:/dev/usb/lp0, net:HOST[:PORT] sau usb:VID:PID</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Edit product</source>
        <translation>Modifică produsul</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Adaugă produs</translation>
    </message>
    <message>
        <source>empty: unknown (no floor)</source>
        <translation>gol: necunoscut (fără prag)</translation>
    </message>
    <message>
        <source>&amp;SKU</source>
        <translation>&amp;SKU</translation>
    </message>
    <message>
        <source>&amp;Barcode</source>
        <translation>Cod de &amp;bare</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Denumire</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categorie</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Preț</translation>
    </message>
    <message>
        <source>C&amp;ost</source>
        <translation>C&amp;ost</translation>
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
        <translation>Cod de bare</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Denumire</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preț</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Search products by SKU, barcode or name</source>
        <translation>Caută produse după SKU, cod de bare sau denumire</translation>
    </message>
    <message>
        <source>Search by SKU, barcode or name</source>
        <translation>Caută după SKU, cod de bare sau denumire</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produse</translation>
    </message>
    <message>
        <source>&amp;Add product…</source>
        <translation>&amp;Adaugă produs…</translation>
    </message>
    <message>
        <source>&amp;Edit product…</source>
        <translation>&amp;Modifică produsul…</translation>
    </message>
    <message>
        <source>&amp;Remove product</source>
        <translation>Ște&amp;rge produsul</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>Mai m&amp;ulte</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Căutare în:</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Căutare în:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fișiere de &amp;tipul:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Înapoi</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Înainte</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Dosarul părinte</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Creează un dosar nou</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Listă</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detalii</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nume fișier:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Fișiere de tipul:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Deschide</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvează</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Alege</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Salvare ca</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschidere</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Alegeți dosarul</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Toate fișierele (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 există deja.
Doriți să îl înlocuiți?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Sigur doriți să ștergeți „%1”?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ș&amp;terge</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Redenumește</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Afișează fișierele &amp;ascunse</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Dosar &amp;nou</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Dosar nou</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Dosar:</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Dosare</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Locuri recente</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Computerul meu</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Înapoi</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Înainte</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Mergeți la dosarul părinte</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Creați un dosar nou</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Afișare ca listă</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Afișare cu detalii</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Bară laterală</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Lista locurilor și a marcajelor</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fișiere</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Elimină</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensiune</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Data modificării</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octeți</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Computerul meu</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Nume de fișier nevalid</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refă</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Decupează</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiază</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lipește</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selectează tot</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Afișează detaliile...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ascunde detaliile...</translation>
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
        <translation>Salvează</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Salvează tot</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Da pentru &amp;toate</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nu</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;u pentru toate</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abandonează</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reîncearcă</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignoră</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închide</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Renunță</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajutor</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplică</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Resetează</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restabilește valorile implicite</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nu</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>{sale} is a refund; give the sale&apos;s id</source>
        <translation>{sale} este o restituire; dați id-ul vânzării</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Internal order: department {name}, charged at cost</source>
        <translation>Comandă internă: departamentul {name}, la cost</translation>
    </message>
    <message>
        <source>Staff purchase: {name} ({policy} discount)</source>
        <translation>Achiziție angajat: {name} (reducere {policy})</translation>
    </message>
    <message>
        <source>Staff purchase: {name}</source>
        <translation>Achiziție angajat: {name}</translation>
    </message>
    <message>
        <source>receipt paper must be 58 or 80 mm wide, not {width}</source>
        <translation>hârtia bonului trebuie să aibă 58 sau 80 mm lățime, nu {width}</translation>
    </message>
    <message>
        <source>TOTAL {currency}</source>
        <translation>TOTAL {currency}</translation>
    </message>
    <message>
        <source>Staff allowance left {period}: {amount} {currency}</source>
        <translation>Plafon rămas pentru angajat {period}: {amount} {currency}</translation>
    </message>
    <message>
        <source>Approved by {name}: {reason}</source>
        <translation>Aprobat de {name}: {reason}</translation>
    </message>
    <message>
        <source>Charged to payroll: {amount} {currency}</source>
        <translation>Reținut din salariu: {amount} {currency}</translation>
    </message>
    <message>
        <source>Cashier {name}</source>
        <translation>Casier {name}</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Articol</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Employee discount</source>
        <translation>Reducere pentru angajați</translation>
    </message>
    <message>
        <source>Total {currency}</source>
        <translation>Total {currency}</translation>
    </message>
    <message>
        <source>Till {till}</source>
        <translation>Casa {till}</translation>
    </message>
    <message>
        <source>Sale {sale}</source>
        <translation>Vânzarea {sale}</translation>
    </message>
    <message>
        <source>Refund code {code}</source>
        <translation>Cod de retur {code}</translation>
    </message>
    <message>
        <source>Refund of sale {code}</source>
        <translation>Retur pentru vânzarea {code}</translation>
    </message>
    <message>
        <source>discount given at the sale</source>
        <translation>reducere acordată la vânzare</translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation>RETUR</translation>
    </message>
    <message>
        <source>Paid back {currency}</source>
        <translation>Restituit {currency}</translation>
    </message>
    <message>
        <source>Refund {refund}</source>
        <translation>Returul {refund}</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>daily</source>
        <translation>zilnică</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuală</translation>
    </message>
    <message>
        <source>before restore</source>
        <translation>dinaintea restaurării</translation>
    </message>
    <message>
        <source>{file} ({kind}, {taken})</source>
        <translation>{file} ({kind}, {taken})</translation>
    </message>
    <message>
        <source>the day&apos;s backup could not be taken: {problem}</source>
        <translation>copia zilei nu a putut fi făcută: {problem}</translation>
    </message>
    <message>
        <source>{problem}

There is no backup in {folder}. Ask your IT contact to recover the file.</source>
        <translation>{problem}

Nu există nicio copie în {folder}. Cereți persoanei de contact IT să recupereze fișierul.</translation>
    </message>
    <message>
        <source>pos-desktop — damaged database</source>
        <translation>pos-desktop — bază de date deteriorată</translation>
    </message>
    <message>
        <source>{problem}

The newest backup is {backup}. Restore it?

Sales recorded after it was taken are not in it; the damaged file is kept in {folder} so that they can be recovered.</source>
        <translation>{problem}

Cea mai nouă copie este {backup}. O restaurați?

Vânzările înregistrate după ce a fost făcută nu sunt în ea; fișierul deteriorat este păstrat în {folder} ca să poată fi recuperate.</translation>
    </message>
    <message>
        <source>The backup could not be restored: {problem}.</source>
        <translation>Copia nu a putut fi restaurată: {problem}.</translation>
    </message>
    <message>
        <source>Restored the backup {file}. The damaged file is kept as {kept}.</source>
        <translation>S-a restaurat copia {file}. Fișierul deteriorat este păstrat ca {kept}.</translation>
    </message>
    <message>
        <source>Restored the backup {file}.</source>
        <translation>S-a restaurat copia {file}.</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>there is no employee number {employee} in the registry</source>
        <translation>nu există numărul de angajat {employee} în registru</translation>
    </message>
    <message>
        <source>a PIN must be 4 to 12 digits</source>
        <translation>PIN-ul trebuie să aibă între 4 și 12 cifre</translation>
    </message>
    <message>
        <source>badge {code} already belongs to {owner} ({status})</source>
        <translation>legitimația {code} aparține deja lui {owner} ({status})</translation>
    </message>
    <message>
        <source>badge {code} is not in the registry</source>
        <translation>legitimația {code} nu este în registru</translation>
    </message>
    <message>
        <source>badge {code} is already revoked ({reason})</source>
        <translation>legitimația {code} este deja revocată ({reason})</translation>
    </message>
    <message>
        <source>the PIN {pin} is among the first ones anybody tries (a repeated, sequential or common pattern); choose another, nothing was changed</source>
        <translation>PIN-ul {pin} este printre primele încercate de oricine (model repetat, consecutiv sau obișnuit); alegeți altul, nu s-a schimbat nimic</translation>
    </message>
    <message>
        <source>badge {badge}: {problem}</source>
        <translation>legitimația {badge}: {problem}</translation>
    </message>
    <message>
        <source>say why the badge is revoked (lost, stolen, replaced)</source>
        <translation>spuneți de ce se revocă legitimația (pierdută, furată, înlocuită)</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Discounts by day</source>
        <translation>Reduceri pe zile</translation>
    </message>
    <message>
        <source>Discounts by employee</source>
        <translation>Reduceri pe angajați</translation>
    </message>
    <message>
        <source>Discounts by department</source>
        <translation>Reduceri pe departamente</translation>
    </message>
    <message>
        <source>Discounts by company</source>
        <translation>Reduceri pe companii</translation>
    </message>
    <message>
        <source>Discounts by category</source>
        <translation>Reduceri pe categorii</translation>
    </message>
    <message>
        <source>Discounts by policy</source>
        <translation>Reduceri pe reguli</translation>
    </message>
    <message>
        <source>Allowance use (on the To day)</source>
        <translation>Folosirea plafoanelor (în ziua „Până la”)</translation>
    </message>
    <message>
        <source>Supervisor overrides</source>
        <translation>Aprobări ale supervizorilor</translation>
    </message>
    <message>
        <source>Department orders by cost centre</source>
        <translation>Comenzile departamentelor pe centre de cost</translation>
    </message>
    <message>
        <source>Loss-prevention flags</source>
        <translation>Semnale de risc (prevenirea pierderilor)</translation>
    </message>
    <message>
        <source>Taxable benefit (the To day&apos;s year)</source>
        <translation>Avantaj impozabil (anul zilei „Până la”)</translation>
    </message>
    <message>
        <source>Discount per day</source>
        <translation>Reducere pe zi</translation>
    </message>
    <message>
        <source>Biggest discounts by employee</source>
        <translation>Cele mai mari reduceri pe angajați</translation>
    </message>
    <message>
        <source>Biggest discounts by department</source>
        <translation>Cele mai mari reduceri pe departamente</translation>
    </message>
    <message>
        <source>Biggest discounts by company</source>
        <translation>Cele mai mari reduceri pe companii</translation>
    </message>
    <message>
        <source>Biggest discounts by category</source>
        <translation>Cele mai mari reduceri pe categorii</translation>
    </message>
    <message>
        <source>Biggest discounts by policy</source>
        <translation>Cele mai mari reduceri pe reguli</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ziua</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Angajat</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departament</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Companie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Regula</translation>
    </message>
    <message>
        <source>Charges to payroll</source>
        <translation>Rețineri din salariu</translation>
    </message>
    <message>
        <source>Recharge to group companies</source>
        <translation>Refacturare către companiile din grup</translation>
    </message>
    <message>
        <source>Sales to recharge</source>
        <translation>Vânzări de refacturat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vânzări</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Retururi</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Avantaj</translation>
    </message>
    <message>
        <source>Tax-free</source>
        <translation>Neimpozabil</translation>
    </message>
    <message>
        <source>Taxable</source>
        <translation>Impozabil</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Cumpărător</translation>
    </message>
    <message>
        <source>To deduct from pay {start} to {end}: {amount} {currency}</source>
        <translation>De reținut din salariu de la {start} până la {end}: {amount} {currency}</translation>
    </message>
    <message>
        <source>Payroll is closed through {day}</source>
        <translation>Statul de plată este închis până la {day}</translation>
    </message>
    <message>
        <source>Leaver with an open balance: {name} ({employee}), {amount} {currency} not yet deducted</source>
        <translation>Angajat plecat cu sold deschis: {name} ({employee}), {amount} {currency} încă nereținuți</translation>
    </message>
    <message>
        <source>Taxable benefit in {year}: {amount} {currency}</source>
        <translation>Avantaj impozabil în {year}: {amount} {currency}</translation>
    </message>
    <message>
        <source>{at} {kind} {sale}: discount {discount}, benefit {benefit} ({buyer})</source>
        <translation>{at} {kind} {sale}: reducere {discount}, avantaj {benefit} ({buyer})</translation>
    </message>
    <message>
        <source>Taxable benefit of staff discounts, {year}</source>
        <translation>Avantajul impozabil din reducerile pentru angajați, {year}</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>vânzare</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>retur</translation>
    </message>
    <message>
        <source>To charge back {start} to {end}: {amount} {currency}</source>
        <translation>De refacturat de la {start} până la {end}: {amount} {currency}</translation>
    </message>
    <message>
        <source>Allowance used {period}</source>
        <translation>Plafon folosit {period}</translation>
    </message>
    <message>
        <source>Allowance left {period}</source>
        <translation>Plafon rămas {period}</translation>
    </message>
    <message>
        <source>Discount in {year}</source>
        <translation>Reducere în {year}</translation>
    </message>
    <message>
        <source>Taxable benefit in {year} so far</source>
        <translation>Avantaj impozabil în {year} până acum</translation>
    </message>
    <message>
        <source>Charged to payroll {period}</source>
        <translation>Reținut din salariu {period}</translation>
    </message>
    <message>
        <source>Payroll limit left {period}</source>
        <translation>Plafon de reținere rămas {period}</translation>
    </message>
    <message>
        <source>Payroll balance not yet deducted</source>
        <translation>Sold încă nereținut din salariu</translation>
    </message>
    <message>
        <source>there is no employee {employee} in the registry</source>
        <translation>nu există angajatul {employee} în registru</translation>
    </message>
    <message>
        <source>Statement of {name} ({employee}), {day}</source>
        <translation>Situația pentru {name} ({employee}), {day}</translation>
    </message>
    <message>
        <source>Policy: {policy}</source>
        <translation>Regula: {policy}</translation>
    </message>
    <message>
        <source>none applies</source>
        <translation>nu se aplică niciuna</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Reducere</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Perioada</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Plafon</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Folosit</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Rămas</translation>
    </message>
    <message>
        <source>Share of limit</source>
        <translation>Procent din plafon</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervizor</translation>
    </message>
    <message>
        <source>At</source>
        <translation>La</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Vânzare</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Casier</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>Centru de cost</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Comenzi</translation>
    </message>
    <message>
        <source>At regular price</source>
        <translation>La preț obișnuit</translation>
    </message>
    <message>
        <source>To recharge</source>
        <translation>De refacturat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Cine</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Prima dată</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ce</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalii</translation>
    </message>
    <message>
        <source>Sale ids</source>
        <translation>ID-uri vânzări</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clienți</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Angajați</translation>
    </message>
    <message>
        <source>Dependants</source>
        <translation>Membrii familiei</translation>
    </message>
    <message>
        <source>Group company staff</source>
        <translation>Angajații companiilor din grup</translation>
    </message>
    <message>
        <source>Department orders</source>
        <translation>Comenzile departamentelor</translation>
    </message>
    <message>
        <source>External customers</source>
        <translation>Clienți externi</translation>
    </message>
    <message>
        <source>Blocked badges</source>
        <translation>Legitimații blocate</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Toți clienții</translation>
    </message>
    <message>
        <source>month</source>
        <translation>lună</translation>
    </message>
    <message>
        <source>year</source>
        <translation>an</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} zile</translation>
    </message>
    <message>
        <source>{whole}.{tenth}%</source>
        <translation>{whole},{tenth}%</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Nimic în această perioadă.</translation>
    </message>
    <message>
        <source>{count} employee</source>
        <translation>angajați: {count}</translation>
    </message>
    <message>
        <source>{count} employees</source>
        <translation>angajați: {count}</translation>
    </message>
    <message>
        <source>{count} override</source>
        <translation>aprobări: {count}</translation>
    </message>
    <message>
        <source>{count} overrides</source>
        <translation>aprobări: {count}</translation>
    </message>
    <message>
        <source>{count} flag</source>
        <translation>semnalări: {count}</translation>
    </message>
    <message>
        <source>{count} flags</source>
        <translation>semnalări: {count}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Discount granted {start} to {end}: {amount} {currency}</source>
        <translation>Reducere acordată de la {start} la {end}: {amount} {currency}</translation>
    </message>
    <message>
        <source>{employees} used allowance in the period holding {on}; together {amount} {currency}</source>
        <translation>{employees} — plafon folosit în perioada care include {on}; împreună {amount} {currency}</translation>
    </message>
    <message>
        <source>{name} ({employee}): {overrides}, discount {amount} {currency} net of refunds</source>
        <translation>{name} ({employee}): {overrides}, reducere {amount} {currency} după restituiri</translation>
    </message>
    <message>
        <source>To recharge {start} to {end}: {amount} {currency}</source>
        <translation>De refacturat de la {start} la {end}: {amount} {currency}</translation>
    </message>
    <message>
        <source>{flags} {period}</source>
        <translation>{flags} ({period})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>niciuna</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>de la {first} la {last}</translation>
    </message>
    <message>
        <source>Refunds paid back: {amount} {currency}</source>
        <translation>Restituiri plătite: {amount} {currency}</translation>
    </message>
    <message>
        <source>Supervisor overrides: {count}</source>
        <translation>Aprobări ale supervizorului: {count}</translation>
    </message>
    <message>
        <source>Journal records of the day: {records}</source>
        <translation>Înregistrările jurnalului din ziua respectivă: {records}</translation>
    </message>
    <message>
        <source>Journal head at closing: {head}</source>
        <translation>Capul jurnalului la închidere: {head}</translation>
    </message>
    <message>
        <source>Close record: {hash}</source>
        <translation>Înregistrarea închiderii: {hash}</translation>
    </message>
    <message>
        <source>Closed {at} on till {till} by {actor}</source>
        <translation>Închis {at} la casa {till} de {actor}</translation>
    </message>
    <message>
        <source>Allowance use on {day}</source>
        <translation>Folosirea plafoanelor la {day}</translation>
    </message>
    <message>
        <source>{report}, {period}</source>
        <translation>{report}, {period}</translation>
    </message>
    <message>
        <source>Daily close {day}</source>
        <translation>Închiderea zilei {day}</translation>
    </message>
    <message>
        <source>--to {end} is before --from {start}</source>
        <translation>--to {end} este înainte de --from {start}</translation>
    </message>
    <message>
        <source>--by {by} must be one of {choices}</source>
        <translation>--by {by} trebuie să fie unul dintre: {choices}</translation>
    </message>
    <message>
        <source>no department</source>
        <translation>fără departament</translation>
    </message>
    <message>
        <source>no staff discount</source>
        <translation>fără reducere pentru angajați</translation>
    </message>
    <message>
        <source>Keep for checking the journal: head {hash}, {records} records, last sequence number {seq}</source>
        <translation>Păstrați pentru verificarea jurnalului: ultimul hash {hash}, {records} înregistrări, ultimul număr de ordine {seq}</translation>
    </message>
    <message>
        <source>Rules: {rules}</source>
        <translation>Reguli: {rules}</translation>
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
        <translation>De la</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Până la</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Arată</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Salvează P&amp;DF…</translation>
    </message>
    <message>
        <source>C&amp;lose day…</source>
        <translation>Înc&amp;hide ziua…</translation>
    </message>
    <message>
        <source>Report rows</source>
        <translation>Rândurile raportului</translation>
    </message>
    <message>
        <source>Bringing the report figures up to date (once, after new sales pile up): {done} of {total} sales summed…</source>
        <translation>Se actualizează cifrele rapoartelor (o dată, după ce se adună vânzări noi): {done} din {total} vânzări însumate…</translation>
    </message>
    <message>
        <source>Allowance used, share of the limit</source>
        <translation>Plafon folosit, procent din total</translation>
    </message>
    <message>
        <source>Discount approved by supervisors</source>
        <translation>Reducere aprobată de supervizori</translation>
    </message>
    <message>
        <source>To recharge per cost centre</source>
        <translation>De refacturat pe centre de cost</translation>
    </message>
    <message>
        <source>Charged to payroll per month</source>
        <translation>Rețineri din salariu pe lună</translation>
    </message>
    <message>
        <source>Benefit per month, {year}</source>
        <translation>Avantaj pe lună, {year}</translation>
    </message>
    <message>
        <source>Discount to charge back per company</source>
        <translation>Reducere de refacturat pe companie</translation>
    </message>
    <message>
        <source>Daily close</source>
        <translation>Închiderea zilei</translation>
    </message>
    <message>
        <source>{day} is not closed yet; Close day… closes it.</source>
        <translation>Ziua {day} nu este încă închisă; „Închide ziua…” o închide.</translation>
    </message>
</context>
<context>
    <name>SaleWait</name>
    <message>
        <source>Confirming the allowance with the server…</source>
        <translation>Se confirmă plafonul cu serverul…</translation>
    </message>
    <message>
        <source>The allowance was not confirmed with the server (no answer): the offline rules applied.</source>
        <translation>Plafonul nu a fost confirmat cu serverul (niciun răspuns): s-au aplicat regulile offline.</translation>
    </message>
    <message>
        <source>That scan was not taken: scan it again once the sale is recorded.</source>
        <translation>Această scanare nu a fost preluată: scanați din nou după ce vânzarea este înregistrată.</translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>the server</source>
        <translation>serverul</translation>
    </message>
    <message>
        <source>{option} {url} is not a PostgreSQL address like postgresql://pos@host:5432/pos</source>
        <translation>{option} {url} nu este o adresă PostgreSQL, de exemplu postgresql://pos@host:5432/pos</translation>
    </message>
    <message>
        <source>the server {server} has no pos-desktop tables; create them with &apos;pos-desktop server init --url URL&apos;</source>
        <translation>serverul {server} nu are tabelele pos-desktop; creați-le cu &apos;pos-desktop server init --url URL&apos;</translation>
    </message>
    <message>
        <source>the server {server} refused the change: {problem}</source>
        <translation>serverul {server} a refuzat modificarea: {problem}</translation>
    </message>
    <message>
        <source>cannot reach the server {server} ({problem}); check the network and the address, then try again</source>
        <translation>serverul {server} nu poate fi contactat ({problem}); verificați rețeaua și adresa, apoi încercați din nou</translation>
    </message>
    <message>
        <source>the server {server} refused the request: {problem}</source>
        <translation>serverul {server} a refuzat cererea: {problem}</translation>
    </message>
    <message>
        <source>the server&apos;s pos-desktop tables are version {version}, newer than this app knows ({known}); update pos-desktop on this machine</source>
        <translation>tabelele pos-desktop de pe server au versiunea {version}, mai nouă decât cunoaște această aplicație ({known}); actualizați pos-desktop pe acest calculator</translation>
    </message>
    <message>
        <source>the server&apos;s pos-desktop tables have no version; create them with &apos;pos-desktop server init --url URL&apos;</source>
        <translation>tabelele pos-desktop de pe server nu au versiune; creați-le cu &apos;pos-desktop server init --url URL&apos;</translation>
    </message>
    <message>
        <source>the server&apos;s pos-desktop tables are version {version}, older than this app&apos;s ({known}); upgrade them with &apos;pos-desktop server init --url URL&apos; (tills that are not updated yet then ask for an update and keep selling offline)</source>
        <translation>tabelele pos-desktop de pe server au versiunea {version}, mai veche decât a acestei aplicații ({known}); actualizați-le cu &apos;pos-desktop server init --url URL&apos; (casele care nu sunt încă actualizate cer atunci o actualizare și vând în continuare offline)</translation>
    </message>
    <message>
        <source>till {till} already has {count} journal records on the server; give this till another id (each till keeps its own chain)</source>
        <translation>casa {till} are deja înregistrări de jurnal pe server (număr: {count}); dați acestei case alt ID (fiecare casă își păstrează propriul lanț)</translation>
    </message>
    <message>
        <source>till {till} has not joined this server; join it with &apos;pos-desktop init --till ID --server URL&apos;</source>
        <translation>casa {till} nu s-a alăturat acestui server; alăturați-o cu &apos;pos-desktop init --till ID --server URL&apos;</translation>
    </message>
    <message>
        <source>the server holds a different sale or refund at till {till}&apos;s record {seq}: this till&apos;s journal is not the one that joined as {till}; nothing was pushed</source>
        <translation>serverul are altă vânzare sau restituire la înregistrarea {seq} a casei {till}: jurnalul acestei case nu este cel care s-a alăturat ca {till}; nu s-a trimis nimic</translation>
    </message>
    <message>
        <source>the server holds a different day close at till {till}&apos;s record {seq}: this till&apos;s journal is not the one that joined as {till}; nothing was pushed</source>
        <translation>serverul are altă închidere de zi la înregistrarea {seq} a casei {till}: jurnalul acestei case nu este cel care s-a alăturat ca {till}; nu s-a trimis nimic</translation>
    </message>
    <message>
        <source>a till has already joined the chain as {till}; give this till another id (each till keeps its own chain)</source>
        <translation>o casă s-a alăturat deja rețelei ca {till}; dați acestei case alt identificator (fiecare casă își ține propriul lanț)</translation>
    </message>
    <message>
        <source>till {till}&apos;s record {seq} does not follow the server&apos;s last record of it ({last}): this till&apos;s history differs from what the server holds (its database was replaced, cut short or rewritten); nothing was pushed</source>
        <translation>înregistrarea {seq} a casei {till} nu urmează ultimei ei înregistrări de pe server ({last}): istoricul acestei case diferă de cel de pe server (baza ei de date a fost înlocuită, scurtată sau rescrisă); nu s-a trimis nimic</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Cashiers sign in with badge and PIN</source>
        <translation>Casierii se autentifică cu legitimația și PIN-ul</translation>
    </message>
    <message>
        <source>&amp;High contrast: black, white and yellow, thick focus frame</source>
        <translation>Contrast &amp;ridicat: negru, alb și galben, chenar de focalizare gros</translation>
    </message>
    <message>
        <source>Touch-screen till: larger &amp;buttons, table rows and text</source>
        <translation>Casă cu ecran tactil: butoane, rân&amp;duri de tabel și text mai mari</translation>
    </message>
    <message>
        <source>A charge to payroll asks the buyer&apos;s own PIN</source>
        <translation>Reținerea din salariu cere PIN-ul propriu al cumpărătorului</translation>
    </message>
    <message>
        <source>Taxable benefit rules</source>
        <translation>Regulile avantajului impozabil</translation>
    </message>
    <message>
        <source>{code}: {name}</source>
        <translation>{code}: {name}</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Limba sistemului</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Admin sign-in lockout after five failures</source>
        <translation>Blocarea autentificării administratorului după cinci eșecuri</translation>
    </message>
    <message>
        <source>scan or type a badge to try the format</source>
        <translation>scanați sau tastați o legitimație pentru a verifica formatul</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Numele magazinului</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Casa</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fusul orar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <source>Badge pattern</source>
        <translation>Modelul legitimației</translation>
    </message>
    <message>
        <source>Check digit</source>
        <translation>Cifra de control</translation>
    </message>
    <message>
        <source>Try a badge</source>
        <translation>Verifică o legitimație</translation>
    </message>
    <message>
        <source>Store &amp;name</source>
        <translation>&amp;Numele magazinului</translation>
    </message>
    <message>
        <source>&amp;Till</source>
        <translation>C&amp;asa</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Fusul orar</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Limba</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Afișare</translation>
    </message>
    <message>
        <source>Admin &amp;lockout</source>
        <translation>&amp;Blocarea administratorului</translation>
    </message>
    <message>
        <source>Badge &amp;pattern</source>
        <translation>&amp;Modelul legitimației</translation>
    </message>
    <message>
        <source>Check &amp;digit</source>
        <translation>Cifra de c&amp;ontrol</translation>
    </message>
    <message>
        <source>T&amp;ry a badge</source>
        <translation>&amp;Verifică o legitimație</translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation>Stat de plată</translation>
    </message>
    <message>
        <source>Ta&amp;xable benefit</source>
        <translation>Avantaj impo&amp;zabil</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Salvează setările</translation>
    </message>
    <message>
        <source>{currency} (changes with a config import)</source>
        <translation>{currency} (se schimbă prin importul configurației)</translation>
    </message>
    <message>
        <source>default {value}</source>
        <translation>implicit {value}</translation>
    </message>
    <message>
        <source>The pattern is not a valid expression.</source>
        <translation>Modelul nu este o expresie validă.</translation>
    </message>
    <message>
        <source>{badge} is a valid badge.</source>
        <translation>{badge} este o legitimație validă.</translation>
    </message>
    <message>
        <source> wrong PINs</source>
        <translation> PIN-uri greșite</translation>
    </message>
    <message>
        <source>Only the owner of the files</source>
        <translation>Doar proprietarul fișierelor</translation>
    </message>
    <message>
        <source>The owner and their group</source>
        <translation>Proprietarul și grupul său</translation>
    </message>
    <message>
        <source>Wrong PINs that lock a PIN</source>
        <translation>PIN-uri greșite după care un PIN se blochează</translation>
    </message>
    <message>
        <source>Minutes the wrong PINs are counted and the PIN locked</source>
        <translation>Minutele în care se numără PIN-urile greșite și se blochează PIN-ul</translation>
    </message>
    <message>
        <source>Who can read the database and backups</source>
        <translation>Cine poate citi baza de date și copiile de siguranță</translation>
    </message>
    <message>
        <source>A PIN loc&amp;ks after</source>
        <translation>&amp;PIN-ul se blochează după</translation>
    </message>
    <message>
        <source>Co&amp;unted and locked for</source>
        <translation>Numărate ș&amp;i blocate timp de</translation>
    </message>
    <message>
        <source>&amp;Files readable by</source>
        <translation>Fișierele pot fi citi&amp;te de</translation>
    </message>
    <message>
        <source>The pattern repeats a group that itself repeats: one scan could take minutes, so it cannot be saved.</source>
        <translation>Modelul repetă un grup care se repetă el însuși: o scanare ar putea dura minute, deci nu poate fi salvat.</translation>
    </message>
    <message>
        <source>empty: never</source>
        <translation>gol: niciodată</translation>
    </message>
    <message>
        <source>Refunds need a supervisor above</source>
        <translation>Retururile necesită supervizor peste</translation>
    </message>
    <message>
        <source>Largest open amount</source>
        <translation>Cea mai mare sumă liberă</translation>
    </message>
    <message>
        <source>Refunds need a super&amp;visor above</source>
        <translation>Retururile necesită supervizor p&amp;este</translation>
    </message>
    <message>
        <source>Largest &amp;open amount</source>
        <translation>&amp;Cea mai mare sumă liberă</translation>
    </message>
    <message>
        <source>type the largest open amount</source>
        <translation>introduceți suma deschisă maximă</translation>
    </message>
    <message>
        <source>the largest open amount must be more than 0</source>
        <translation>cea mai mare sumă liberă trebuie să fie mai mare de 0</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Create the admin password</source>
        <translation>Creează parola de administrator</translation>
    </message>
    <message>
        <source>Admin sign-in</source>
        <translation>Autentificare administrator</translation>
    </message>
    <message>
        <source>Admin password</source>
        <translation>Parola de administrator</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Repetă parola</translation>
    </message>
    <message>
        <source>This is the first start: choose the admin password.</source>
        <translation>Aceasta este prima pornire: alegeți parola de administrator.</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>&amp;Parola nouă</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Repetați parola</translation>
    </message>
    <message>
        <source>Admin badge</source>
        <translation>Legitimația administratorului</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Parola</translation>
    </message>
    <message>
        <source>or an admin&apos;s badge and PIN:</source>
        <translation>sau legitimația și PIN-ul unui administrator:</translation>
    </message>
    <message>
        <source>&amp;Badge</source>
        <translation>&amp;Legitimație</translation>
    </message>
    <message>
        <source>P&amp;IN</source>
        <translation>P&amp;IN</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>cele două parole diferă</translation>
    </message>
    <message>
        <source>Or sign in now with an admin&apos;s badge and PIN:</source>
        <translation>Sau autentificați-vă acum cu legitimația și PIN-ul unui administrator:</translation>
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
        <translation>numărul angajatului este gol</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>numele este gol</translation>
    </message>
    <message>
        <source>unknown company {company}</source>
        <translation>companie necunoscută {company}</translation>
    </message>
    <message>
        <source>status must be one of {values}</source>
        <translation>starea trebuie să fie una dintre: {values}</translation>
    </message>
    <message>
        <source>role must be one of {values}</source>
        <translation>rolul trebuie să fie unul dintre: {values}</translation>
    </message>
    <message>
        <source>the employment type is empty</source>
        <translation>tipul angajării este gol</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>data angajării</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>data încetării</translation>
    </message>
    <message>
        <source>the end date is before the start date</source>
        <translation>data încetării este înaintea datei angajării</translation>
    </message>
    <message>
        <source>there is no employee number {number}</source>
        <translation>nu există numărul de angajat {number}</translation>
    </message>
    <message>
        <source>employee number {number} is already in the registry</source>
        <translation>numărul de angajat {number} este deja în registru</translation>
    </message>
    <message>
        <source>the dependant&apos;s number is empty</source>
        <translation>numărul membrului de familie este gol</translation>
    </message>
    <message>
        <source>the dependant&apos;s name is empty</source>
        <translation>numele membrului de familie este gol</translation>
    </message>
    <message>
        <source>badge {badge}: {problem}</source>
        <translation>legitimația {badge}: {problem}</translation>
    </message>
    <message>
        <source>the number {number} is already in the registry</source>
        <translation>numărul {number} este deja în registru</translation>
    </message>
    <message>
        <source>badge {badge} already belongs to someone</source>
        <translation>legitimația {badge} aparține deja cuiva</translation>
    </message>
    <message>
        <source>the photo is larger than 2 MB; use a smaller picture</source>
        <translation>fotografia are mai mult de 2 MB; folosiți o imagine mai mică</translation>
    </message>
    <message>
        <source>a department&apos;s name is at most 100 characters</source>
        <translation>numele unui departament are cel mult 100 de caractere</translation>
    </message>
    <message>
        <source>this person has no active badge to reprint</source>
        <translation>această persoană nu are o legitimație activă de retipărit</translation>
    </message>
    <message>
        <source>badge cards print EAN-13 barcodes; this store&apos;s badges are not EAN-13</source>
        <translation>cardurile de legitimație se tipăresc cu coduri EAN-13; legitimațiile acestui magazin nu sunt EAN-13</translation>
    </message>
</context>
<context>
    <name>StaffActions</name>
    <message>
        <source>Saved {name} ({number}).</source>
        <translation>S-a salvat {name} ({number}).</translation>
    </message>
    <message>
        <source>{name} ({number}) is now active.</source>
        <translation>{name} ({number}) este acum activ.</translation>
    </message>
    <message>
        <source>{name} ({number}) is now suspended.</source>
        <translation>{name} ({number}) este acum suspendat.</translation>
    </message>
    <message>
        <source>{name} ({number}) is now terminated.</source>
        <translation>{name} ({number}) are acum contractul încetat.</translation>
    </message>
    <message>
        <source>Added {name} ({number}) as a dependant of {employee}.</source>
        <translation>S-a adăugat {name} ({number}) ca membru de familie al angajatului {employee}.</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Alege o fotografie</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Imagini</translation>
    </message>
    <message>
        <source>Cannot read {file}: {problem}.</source>
        <translation>Nu se poate citi {file}: {problem}.</translation>
    </message>
    <message>
        <source>{file} is not a picture the till can show (PNG or JPEG).</source>
        <translation>{file} nu este o imagine pe care casa o poate afișa (PNG sau JPEG).</translation>
    </message>
    <message>
        <source>Photo saved for {number}; the till shows it beside the verdict.</source>
        <translation>Fotografia lui {number} s-a salvat; casa o arată lângă verdict.</translation>
    </message>
    <message>
        <source>Badge {badge} reprinted.</source>
        <translation>Legitimația {badge} a fost retipărită.</translation>
    </message>
    <message>
        <source>Badge {badge} issued to {number}.</source>
        <translation>Legitimația {badge} a fost emisă pentru {number}.</translation>
    </message>
    <message>
        <source>Scan the new badge for {number}</source>
        <translation>Scanați legitimația nouă pentru {number}</translation>
    </message>
    <message>
        <source>Issue badge</source>
        <translation>Emite legitimație</translation>
    </message>
    <message>
        <source>This person has no active badge to revoke.</source>
        <translation>Această persoană nu are o legitimație activă de revocat.</translation>
    </message>
    <message>
        <source>Badge {badge} revoked: a till now shows it as BLOCKED.</source>
        <translation>Legitimația {badge} a fost revocată: casa o arată acum ca BLOCATĂ.</translation>
    </message>
    <message>
        <source>Why is badge {badge} revoked?</source>
        <translation>De ce se revocă legitimația {badge}?</translation>
    </message>
    <message>
        <source>Revoke badge</source>
        <translation>Revocă legitimația</translation>
    </message>
    <message>
        <source>Choose a person in the table first.</source>
        <translation>Alegeți mai întâi o persoană din tabel.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Edit staff member</source>
        <translation>Modifică angajatul</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>Adaugă angajat</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>Numărul angajatului</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Companie</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departament</translation>
    </message>
    <message>
        <source>none</source>
        <translation>niciunul</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>Tipul angajării</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data angajării</translation>
    </message>
    <message>
        <source>2026-11-23 or 23.11.2026</source>
        <translation>2026-11-23 sau 23.11.2026</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data încetării</translation>
    </message>
    <message>
        <source>empty: no end date</source>
        <translation>gol: fără dată de încetare</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Employee n&amp;umber</source>
        <translation>&amp;Numărul angajatului</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>N&amp;ume</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Companie</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Departament</translation>
    </message>
    <message>
        <source>E&amp;mployment</source>
        <translation>Tip an&amp;gajare</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>S&amp;tare</translation>
    </message>
    <message>
        <source>S&amp;tart date</source>
        <translation>Dat&amp;a angajării</translation>
    </message>
    <message>
        <source>&amp;End date</source>
        <translation>Data înc&amp;etării</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>Dependants of {who}</source>
        <translation>Membrii familiei lui {who}</translation>
    </message>
    <message>
        <source>Dependants</source>
        <translation>Membrii familiei</translation>
    </message>
    <message>
        <source>Dependant number</source>
        <translation>Numărul membrului de familie</translation>
    </message>
    <message>
        <source>Dependant name</source>
        <translation>Numele membrului de familie</translation>
    </message>
    <message>
        <source>Dependant badge</source>
        <translation>Legitimația membrului de familie</translation>
    </message>
    <message>
        <source>scan their badge (optional)</source>
        <translation>scanați-i legitimația (opțional)</translation>
    </message>
    <message>
        <source>Add a dependant:</source>
        <translation>Adaugă un membru de familie:</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>&amp;Număr</translation>
    </message>
    <message>
        <source>&amp;Badge</source>
        <translation>&amp;Legitimație</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adaugă</translation>
    </message>
    <message>
        <source>{name} ({number}, {status}, badge {badge})</source>
        <translation>{name} ({number}, {status}, legitimația {badge})</translation>
    </message>
    <message>
        <source>{name} ({number}, {status}, no badge)</source>
        <translation>{name} ({number}, {status}, fără legitimație)</translation>
    </message>
    <message>
        <source>No dependants yet.</source>
        <translation>Încă nu există membri de familie.</translation>
    </message>
    <message>
        <source>Choose a department, or type the name of a new one</source>
        <translation>Alegeți un departament sau scrieți numele unuia nou</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Companie</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departament</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Angajare</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Început</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Sfârșit</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Legitimație</translation>
    </message>
    <message>
        <source>Search staff by name, number or badge</source>
        <translation>Caută angajați după nume, număr sau legitimație</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Angajați</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adaugă…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifică…</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Suspendă</translation>
    </message>
    <message>
        <source>&amp;Terminate</source>
        <translation>Înce&amp;tează</translation>
    </message>
    <message>
        <source>Reacti&amp;vate</source>
        <translation>R&amp;eactivează</translation>
    </message>
    <message>
        <source>&amp;Issue badge…</source>
        <translation>Em&amp;ite legitimație…</translation>
    </message>
    <message>
        <source>&amp;Dependants…</source>
        <translation>&amp;Familie…</translation>
    </message>
    <message>
        <source>P&amp;hoto…</source>
        <translation>Fot&amp;o…</translation>
    </message>
    <message>
        <source>&amp;Revoke badge…</source>
        <translation>Re&amp;vocă legitimația…</translation>
    </message>
    <message>
        <source>Re&amp;print badge…</source>
        <translation>Reti&amp;părește legitimația…</translation>
    </message>
    <message>
        <source>State&amp;ment…</source>
        <translation>Sit&amp;uație…</translation>
    </message>
    <message>
        <source>Filter by company</source>
        <translation>Filtrează după companie</translation>
    </message>
    <message>
        <source>Any company</source>
        <translation>Orice companie</translation>
    </message>
    <message>
        <source>Filter by department</source>
        <translation>Filtrează după departament</translation>
    </message>
    <message>
        <source>Any department</source>
        <translation>Orice departament</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrează după stare</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Orice stare</translation>
    </message>
    <message>
        <source>Filter by employment</source>
        <translation>Filtrează după tipul angajării</translation>
    </message>
    <message>
        <source>Any employment</source>
        <translation>Orice angajare</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>se numără…</translation>
    </message>
    <message>
        <source>{name} ({employee}) {amount} {currency}</source>
        <translation>{name} ({employee}) {amount} {currency}</translation>
    </message>
    <message>
        <source>Left with a payroll balance not yet deducted: {people}</source>
        <translation>Plecați cu un sold încă nereținut din salariu: {people}</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} persoane</translation>
    </message>
    <message>
        <source>Name, number or badge</source>
        <translation>Nume, număr sau legitimație</translation>
    </message>
    <message>
        <source>{count} person</source>
        <translation>{count} persoană</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <source>Statement</source>
        <translation>Situație</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Salvează P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the statement</source>
        <translation>Salvați situația</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Î&amp;nchide</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Done</source>
        <translation>Gata</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertisment</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Eroare</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>the database {path} is damaged ({problem})</source>
        <translation>baza de date {path} este deteriorată ({problem})</translation>
    </message>
    <message>
        <source>{path} is open in a till, the admin window or another command; close them first, or their sales would go on into the old file and be lost</source>
        <translation>fișierul {path} este deschis într-o casă, în fereastra de administrare sau într-o altă comandă; închideți-le mai întâi, altfel vânzările lor ar continua în fișierul vechi și s-ar pierde</translation>
    </message>
    <message>
        <source>the database {path} is busy (another till or the admin window is saving); nothing was recorded, try again in a moment</source>
        <translation>baza de date {path} este ocupată (altă casă sau fereastra de administrare salvează); nu s-a înregistrat nimic, încercați din nou peste o clipă</translation>
    </message>
    <message>
        <source>the disk holding {path} is full; nothing was recorded, free some space and retry</source>
        <translation>discul care conține {path} este plin; nu s-a înregistrat nimic, eliberați spațiu și reîncercați</translation>
    </message>
    <message>
        <source>the database {path} is read-only; nothing was recorded, check its permissions</source>
        <translation>baza de date {path} este doar pentru citire; nu s-a înregistrat nimic, verificați permisiunile</translation>
    </message>
    <message>
        <source>{path} is not a pos-desktop database (it is not an SQLite file)</source>
        <translation>{path} nu este o bază de date pos-desktop (nu este un fișier SQLite)</translation>
    </message>
    <message>
        <source>the database {path} is damaged ({problem}); restore it from a backup</source>
        <translation>baza de date {path} este deteriorată ({problem}); restaurați-o dintr-o copie de siguranță</translation>
    </message>
    <message>
        <source>cannot open the database {path}; check that its folder exists and is writable</source>
        <translation>baza de date {path} nu poate fi deschisă; verificați că folderul ei există și permite scrierea</translation>
    </message>
    <message>
        <source>the database {path} could not be used: {problem}</source>
        <translation>baza de date {path} nu a putut fi folosită: {problem}</translation>
    </message>
    <message>
        <source>the database {path} cannot use write-ahead logging ({mode})</source>
        <translation>baza de date {path} nu poate folosi jurnalizarea cu scriere în avans, WAL ({mode})</translation>
    </message>
    <message>
        <source>{path} is a folder; give the database file&apos;s path</source>
        <translation>{path} este un folder; indicați calea fișierului bazei de date</translation>
    </message>
    <message>
        <source>there is no database at {path}; create one with &apos;pos-desktop init&apos;</source>
        <translation>nu există nicio bază de date la {path}; creați una cu &apos;pos-desktop init&apos;</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of pos-desktop; update the app before opening it</source>
        <translation>fișierul {path} a fost scris de o versiune mai nouă a pos-desktop; actualizați aplicația înainte de a-l deschide</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a pos-desktop database</source>
        <translation>{path} este un fișier SQLite, dar nu o bază de date pos-desktop</translation>
    </message>
    <message>
        <source>there is no pos-desktop database at {path}; create one with &apos;pos-desktop init&apos;</source>
        <translation>nu există nicio bază de date pos-desktop la {path}; creați una cu &apos;pos-desktop init&apos;</translation>
    </message>
    <message>
        <source>cannot write the backup {path}: {problem}</source>
        <translation>copia de siguranță {path} nu poate fi scrisă: {problem}</translation>
    </message>
    <message>
        <source>cannot create the backup folder {folder}: {problem}</source>
        <translation>folderul copiilor de siguranță {folder} nu poate fi creat: {problem}</translation>
    </message>
    <message>
        <source>there is no backup file {path}</source>
        <translation>nu există fișierul copiei de siguranță {path}</translation>
    </message>
    <message>
        <source>the backup {file} is damaged too ({problem})</source>
        <translation>și copia de siguranță {file} este deteriorată ({problem})</translation>
    </message>
    <message>
        <source>there is no backup in {folder} to restore</source>
        <translation>în {folder} nu există nicio copie de siguranță de restaurat</translation>
    </message>
    <message>
        <source>the newest backup is {backup}: restore it with &apos;{command}&apos;</source>
        <translation>cea mai nouă copie de siguranță este {backup}: restaurați-o cu &apos;{command}&apos;</translation>
    </message>
    <message>
        <source>cannot read the database {path}</source>
        <translation>nu se poate citi baza de date {path}</translation>
    </message>
    <message>
        <source>{path} is read-only and was written by another version of pos-desktop; open it once where it can be written</source>
        <translation>{path} poate fi doar citită și a fost scrisă de o altă versiune pos-desktop; deschideți-o o dată acolo unde poate fi scrisă</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>{path} is till {till} of the chain at {server}; a new database would leave the chain and lose what it has not sent yet. Add --leave-chain to replace it all the same</source>
        <translation>{path} este casa {till} a rețelei de la {server}; o bază de date nouă ar părăsi rețeaua și ar pierde ce nu a trimis încă. Adăugați --leave-chain pentru a o înlocui totuși</translation>
    </message>
    <message>
        <source>the demo store is priced with two decimals; {currency} has {places}, so choose a currency like EUR, PLN or RON</source>
        <translation>prețurile magazinului demo au două zecimale; {currency} are {places}, așa că alegeți o monedă ca EUR, PLN sau RON</translation>
    </message>
    <message>
        <source>cannot create the folder {folder}: {problem}</source>
        <translation>folderul {folder} nu poate fi creat: {problem}</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;încarcă</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Denumire</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relație</translation>
    </message>
    <message>
        <source>Cost centre</source>
        <translation>Centru de cost</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Legitimație</translation>
    </message>
    <message>
        <source>Employee discount</source>
        <translation>Reducere pentru angajați</translation>
    </message>
</context>
<context>
    <name>Till</name>
    <message>
        <source>{name} has no PIN yet; ask an admin to set one</source>
        <translation>{name} nu are încă PIN; cereți unui administrator să-l seteze</translation>
    </message>
    <message>
        <source>this store signs in with badge and PIN</source>
        <translation>în acest magazin autentificarea se face cu legitimație și PIN</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>S-a adăugat {name}.</translation>
    </message>
    <message>
        <source>Not a product or a badge ({problem}). Scan again.</source>
        <translation>Nu este un produs sau o legitimație ({problem}). Scanați din nou.</translation>
    </message>
    <message>
        <source>{code} is neither a product nor a staff badge; the customer stays.</source>
        <translation>{code} nu este nici produs, nici legitimație de angajat; clientul rămâne.</translation>
    </message>
    <message>
        <source>{name}: enter your PIN.</source>
        <translation>{name}: introduceți PIN-ul.</translation>
    </message>
    <message>
        <source>Sign in first: {problem}.</source>
        <translation>Autentificați-vă mai întâi: {problem}.</translation>
    </message>
    <message>
        <source>Signed in: {name}. The basket from before the restart is here and was not sold: F12 completes it, Esc clears it.</source>
        <translation>Autentificat: {name}. Coșul de dinaintea repornirii este aici și nu a fost vândut: F12 îl finalizează, Esc îl golește.</translation>
    </message>
    <message>
        <source>Signed in: {name}. Scan the customer&apos;s badge.</source>
        <translation>Autentificat: {name}. Scanați legitimația clientului.</translation>
    </message>
    <message>
        <source>the quantity must be at least 1</source>
        <translation>cantitatea trebuie să fie cel puțin 1</translation>
    </message>
    <message>
        <source>The basket from before the restart is back (lines: {lines}); it was not sold.</source>
        <translation>Coșul de dinaintea repornirii a revenit (linii: {lines}); nu a fost vândut.</translation>
    </message>
    <message>
        <source>The basket from before the restart is back (lines: {lines}, customer {customer}); it was not sold.</source>
        <translation>Coșul de dinaintea repornirii a revenit (linii: {lines}, client {customer}); nu a fost vândut.</translation>
    </message>
    <message>
        <source>Lines no longer in the catalogue were left out: {missing}.</source>
        <translation>Liniile care nu mai sunt în catalog au fost omise: {missing}.</translation>
    </message>
    <message>
        <source>Scan your badge to sign in, then finish it (F12) or clear it (Esc).</source>
        <translation>Scanați-vă legitimația pentru autentificare, apoi finalizați (F12) sau goliți (Esc).</translation>
    </message>
    <message>
        <source>a saved line has no quantity</source>
        <translation>o linie salvată nu are cantitate</translation>
    </message>
    <message>
        <source>a saved line is neither a product nor an open amount</source>
        <translation>o linie salvată nu este nici produs, nici sumă liberă</translation>
    </message>
    <message>
        <source>choose a line of the basket first</source>
        <translation>alegeți mai întâi o linie din coș</translation>
    </message>
    <message>
        <source>the till is locked; scan your badge to sign in</source>
        <translation>casa este blocată; scanați-vă legitimația pentru autentificare</translation>
    </message>
    <message>
        <source>the basket is empty: scan an item first</source>
        <translation>coșul este gol: scanați mai întâi un produs</translation>
    </message>
    <message>
        <source>wrong PIN; try again (tries left before the PIN locks: {count})</source>
        <translation>PIN greșit; încercați din nou (încercări rămase până la blocare: {count})</translation>
    </message>
    <message>
        <source>Added {name}: {qty} now.</source>
        <translation>S-a adăugat {name}: acum {qty}.</translation>
    </message>
</context>
<context>
    <name>TillDialogs</name>
    <message>
        <source>Quantity</source>
        <translation>Cantitate</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Cantitate</translation>
    </message>
    <message>
        <source>type a quantity from 1 to {most}</source>
        <translation>tastați o cantitate de la 1 la {most}</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Sumă liberă</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Sumă</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categorie</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Sumă</translation>
    </message>
    <message>
        <source>the amount must be more than zero</source>
        <translation>suma trebuie să fie mai mare decât zero</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Autentificare</translation>
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
        <translation>Aprobarea supervizorului</translation>
    </message>
    <message>
        <source>Supervisor badge</source>
        <translation>Legitimația supervizorului</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motiv</translation>
    </message>
    <message>
        <source>The cashier may not give themselves the staff discount.</source>
        <translation>Casierul nu își poate acorda singur reducerea pentru angajați.</translation>
    </message>
    <message>
        <source>Supervisor &amp;badge</source>
        <translation>&amp;Legitimația supervizorului</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motiv</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Retur</translation>
    </message>
    <message>
        <source>Sale id or refund code</source>
        <translation>ID-ul vânzării sau codul de retur</translation>
    </message>
    <message>
        <source>scan or type the sale id or refund code from the receipt</source>
        <translation>scanați sau tastați ID-ul vânzării sau codul de retur de pe bon</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Articol</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vândut</translation>
    </message>
    <message>
        <source>Lines to refund</source>
        <translation>Linii de returnat</translation>
    </message>
    <message>
        <source>&amp;Sale</source>
        <translation>&amp;Vânzare</translation>
    </message>
    <message>
        <source>load the sale first: scan its id or code, then Enter</source>
        <translation>încărcați mai întâi vânzarea: scanați ID-ul sau codul, apoi Enter</translation>
    </message>
    <message>
        <source>every quantity is 0: choose what to refund</source>
        <translation>toate cantitățile sunt 0: alegeți ce se returnează</translation>
    </message>
    <message>
        <source>Refund quantity of line {line}</source>
        <translation>Cantitatea de returnat din linia {line}</translation>
    </message>
    <message>
        <source>Charge to payroll</source>
        <translation>Reținere din salariu</translation>
    </message>
    <message>
        <source>{name} pays {amount} by payroll deduction, on {employee}&apos;s account.</source>
        <translation>{name} plătește {amount} prin reținere din salariu, din contul angajatului {employee}.</translation>
    </message>
    <message>
        <source>{name} pays {amount} by payroll deduction.</source>
        <translation>{name} plătește {amount} prin reținere din salariu.</translation>
    </message>
    <message>
        <source>Payroll limit left {period}: {amount}</source>
        <translation>Plafon de reținere rămas {period}: {amount}</translation>
    </message>
    <message>
        <source>Buyer&apos;s PIN</source>
        <translation>PIN-ul cumpărătorului</translation>
    </message>
    <message>
        <source>{employee}&apos;s &amp;PIN</source>
        <translation>&amp;PIN-ul angajatului {employee}</translation>
    </message>
    <message>
        <source>Buyer&apos;s &amp;PIN</source>
        <translation>&amp;PIN-ul cumpărătorului</translation>
    </message>
    <message>
        <source>Scan the buyer&apos;s badge and the items first.</source>
        <translation>Scanați mai întâi legitimația cumpărătorului și articolele.</translation>
    </message>
    <message>
        <source>choose a category</source>
        <translation>alegeți o categorie</translation>
    </message>
    <message>
        <source>choose the item&apos;s category first</source>
        <translation>alegeți mai întâi categoria articolului</translation>
    </message>
    <message>
        <source>Add {amount} for {category}? Is it right?</source>
        <translation>Adăugați {amount} pentru {category}? Este corect?</translation>
    </message>
    <message>
        <source>not added: check the amount</source>
        <translation>nu s-a adăugat: verificați suma</translation>
    </message>
    <message>
        <source>give the reason for the approval</source>
        <translation>indicați motivul aprobării</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Plătit</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Restituit</translation>
    </message>
    <message>
        <source>Refund now</source>
        <translation>Retur acum</translation>
    </message>
    <message>
        <source>To pay back</source>
        <translation>De restituit</translation>
    </message>
    <message>
        <source>a refund above {most} needs a supervisor: badge, PIN and reason</source>
        <translation>un retur de peste {most} necesită supervizorul: legitimație, PIN și motiv</translation>
    </message>
    <message>
        <source>Refund {amount} to the customer?</source>
        <translation>Restituiți clientului {amount}?</translation>
    </message>
    <message>
        <source>nothing was refunded</source>
        <translation>nu s-a restituit nimic</translation>
    </message>
    <message>
        <source>type the amount</source>
        <translation>introduceți suma</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Invalid scan: {problem}. Scan again.</source>
        <translation>Scanare nevalidă: {problem}. Scanați din nou.</translation>
    </message>
    <message>
        <source>External customer: regular price.</source>
        <translation>Client extern: preț normal.</translation>
    </message>
    <message>
        <source> (cost centre {centre})</source>
        <translation> (centru de cost {centre})</translation>
    </message>
    <message>
        <source>Blocked: department {name}{centre} badge revoked. Regular price.</source>
        <translation>Blocat: legitimația departamentului {name}{centre} a fost revocată. Preț normal.</translation>
    </message>
    <message>
        <source>Internal: department {name}{centre}, priced at cost.</source>
        <translation>Intern: departamentul {name}{centre}, la cost.</translation>
    </message>
    <message>
        <source>Blocked: {who} ({reasons}). Charge regular price and alert the supervisor.</source>
        <translation>Blocat: {who} ({reasons}). Încasați prețul normal și anunțați supervizorul.</translation>
    </message>
    <message>
        <source>{reasons} until {day}</source>
        <translation>{reasons} până la {day}</translation>
    </message>
    <message>
        <source>Internal: {who}. Not eligible: {reasons}; ask a supervisor or ring regular price.</source>
        <translation>Intern: {who}. Fără drept la reducere: {reasons}; chemați un supervizor sau încasați prețul normal.</translation>
    </message>
    <message>
        <source>Internal: {who}. Not eligible: {reasons}; regular price.</source>
        <translation>Intern: {who}. Fără drept la reducere: {reasons}; preț normal.</translation>
    </message>
    <message>
        <source>Internal: {who}. {policy} discount.</source>
        <translation>Intern: {who}. Reducere {policy}.</translation>
    </message>
    <message>
        <source>Internal: {who}. {policy} discount, {left} left {period} (offline: the server cannot be asked).</source>
        <translation>Intern: {who}. Reducere {policy}, au rămas {left} {period} (offline: serverul nu poate fi întrebat).</translation>
    </message>
    <message>
        <source>Internal: {who}. {policy} discount, {left} left {period}.</source>
        <translation>Intern: {who}. Reducere {policy}, au rămas {left} {period}.</translation>
    </message>
    <message>
        <source>{name}, dependant of {employee} ({company})</source>
        <translation>{name}, membru de familie al lui {employee} ({company})</translation>
    </message>
    <message>
        <source>{name}, group company {company}</source>
        <translation>{name}, companie din grup {company}</translation>
    </message>
    <message>
        <source>{name}, employee of {company}</source>
        <translation>{name}, angajat {company}</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>Customer status</source>
        <translation>Statutul clientului</translation>
    </message>
    <message>
        <source>The scan was not read: {problem}.</source>
        <translation>Scanarea nu a fost citită: {problem}.</translation>
    </message>
    <message>
        <source>INVALID — scan again</source>
        <translation>INVALID — scanați din nou</translation>
    </message>
    <message>
        <source>EXTERNAL — regular price</source>
        <translation>EXTERN — preț întreg</translation>
    </message>
    <message>
        <source>Not in the staff registry.</source>
        <translation>Nu figurează în registrul angajaților.</translation>
    </message>
    <message>
        <source>BLOCKED — {reasons}</source>
        <translation>BLOCAT — {reasons}</translation>
    </message>
    <message>
        <source>{name}: charge the regular price and alert the supervisor.</source>
        <translation>{name}: încasați prețul întreg și anunțați supervizorul.</translation>
    </message>
    <message>
        <source>dependant of {employee}</source>
        <translation>membru de familie al lui {employee}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>necunoscut</translation>
    </message>
    <message>
        <source>INTERNAL — {who} {name}</source>
        <translation>INTERN — {who} {name}</translation>
    </message>
    <message>
        <source>Internal order at cost, charged to cost centre {centre}; no payment is taken.</source>
        <translation>Comandă internă la cost, pe centrul de cost {centre}; nu se încasează plata.</translation>
    </message>
    <message>
        <source>{policy} policy</source>
        <translation>regula {policy}</translation>
    </message>
    <message>
        <source>{amount} left {period}</source>
        <translation>rămas {amount} {period}</translation>
    </message>
    <message>
        <source>INTERNAL — not eligible: {reasons}</source>
        <translation>INTERN — fără reducere: {reasons}</translation>
    </message>
    <message>
        <source>until {day}</source>
        <translation>până la {day}</translation>
    </message>
    <message>
        <source>F7 calls a supervisor, or ring it at the regular price.</source>
        <translation>F7 cheamă supervizorul; sau vinde la preț întreg.</translation>
    </message>
    <message>
        <source>Regular price.</source>
        <translation>Preț întreg.</translation>
    </message>
    <message>
        <source>INTERNAL — {who}</source>
        <translation>INTERN — {who}</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>on probation</source>
        <translation>în perioada de probă</translation>
    </message>
    <message>
        <source>allowance used up</source>
        <translation>plafon epuizat</translation>
    </message>
    <message>
        <source>offline limit reached until the server can be asked</source>
        <translation>limita offline atinsă până când serverul răspunde</translation>
    </message>
    <message>
        <source>cashier&apos;s own purchase</source>
        <translation>cumpărătura proprie a casierului</translation>
    </message>
    <message>
        <source>no discount rule covers them</source>
        <translation>nicio regulă de reducere nu i se aplică</translation>
    </message>
    <message>
        <source>badge revoked</source>
        <translation>legitimație revocată</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendat</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>concediat</translation>
    </message>
    <message>
        <source>employment ended</source>
        <translation>contract încheiat</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>angajat</translation>
    </message>
    <message>
        <source>group company</source>
        <translation>companie din grup</translation>
    </message>
    <message>
        <source>department</source>
        <translation>departament</translation>
    </message>
    <message>
        <source>this month</source>
        <translation>luna aceasta</translation>
    </message>
    <message>
        <source>this year</source>
        <translation>anul acesta</translation>
    </message>
    <message>
        <source>in the last {days} days</source>
        <translation>în ultimele {days} zile</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>niciunul</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>casier</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervizor</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>full time</source>
        <translation>normă întreagă</translation>
    </message>
    <message>
        <source>part time</source>
        <translation>normă parțială</translation>
    </message>
    <message>
        <source>seasonal</source>
        <translation>sezonier</translation>
    </message>
    <message>
        <source>contractor</source>
        <translation>colaborator</translation>
    </message>
    <message>
        <source>retiree</source>
        <translation>pensionar</translation>
    </message>
    <message>
        <source>own company</source>
        <translation>compania proprie</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>încheiat</translation>
    </message>
</context>
</TS>
