<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
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
        <source>&amp;Staff registry</source>
        <translation>&amp;Angajați</translation>
    </message>
    <message>
        <source>P&amp;roducts</source>
        <translation>&amp;Produse</translation>
    </message>
    <message>
        <source>&amp;Policies</source>
        <translation>Re&amp;guli</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Categorii</translation>
    </message>
    <message>
        <source>Co&amp;mpanies</source>
        <translation>Co&amp;mpanii</translation>
    </message>
    <message>
        <source>&amp;Departments</source>
        <translation>&amp;Departamente</translation>
    </message>
    <message>
        <source>Store s&amp;ettings</source>
        <translation>&amp;Setări</translation>
    </message>
    <message>
        <source>Audit &amp;log</source>
        <translation>&amp;Jurnal audit</translation>
    </message>
    <message>
        <source>Rep&amp;orts</source>
        <translation>Rap&amp;oarte</translation>
    </message>
    <message>
        <source>&amp;Import / export</source>
        <translation>&amp;Import / export</translation>
    </message>
    <message>
        <source>Saved {name} ({sku}).</source>
        <translation>S-a salvat {name} ({sku}).</translation>
    </message>
    <message>
        <source>Choose a product in the table first.</source>
        <translation>Alege mai întâi un produs din tabel.</translation>
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
        <source>Both chains hold: {sales} sales records and {entries} audit entries.</source>
        <translation>Ambele lanțuri sunt intacte: înregistrări de vânzări: {sales}, intrări de audit: {entries}.</translation>
    </message>
    <message>
        <source>Broken: {problem}. Restore a backup and report this.</source>
        <translation>Deteriorat: {problem}. Restaurează o copie de siguranță și raportează problema.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportă jurnalul de audit</translation>
    </message>
    <message>
        <source>Exported {count} audit entries to {file}.</source>
        <translation>S-au exportat intrări de audit ({count}) în {file}.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exportă raportul</translation>
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
        <source>Choose a person in the table first.</source>
        <translation>Alege mai întâi o persoană din tabel.</translation>
    </message>
    <message>
        <source>pos-desktop admin</source>
        <translation>pos-desktop administrare</translation>
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
    <name>CashierApp</name>
    <message>
        <source>The till cannot start: {problem}.</source>
        <translation>Casa nu poate porni: {problem}.</translation>
    </message>
</context>
<context>
    <name>CashierWindow</name>
    <message>
        <source>Scan your badge to sign in</source>
        <translation>Scanează-ți legitimația pentru autentificare</translation>
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
        <translation>Scanează sau tastează legitimația, codul de bare, SKU-ul sau numele produsului</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesaj</translation>
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
        <translation>Autentificat: {name}. Scanează legitimația clientului.</translation>
    </message>
    <message>
        <source>Approved by the supervisor.</source>
        <translation>Aprobat de supervizor.</translation>
    </message>
    <message>
        <source>Refunded {amount} (sale {sale}); staff allowance given back.</source>
        <translation>S-a returnat {amount} (vânzarea {sale}); plafonul angajatului a fost refăcut.</translation>
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
        <translation>Încă nu există bon: finalizează mai întâi o vânzare.</translation>
    </message>
    <message>
        <source>Clear the basket and the customer?</source>
        <translation>Golești coșul și clientul?</translation>
    </message>
    <message>
        <source>Cleared: ready for the next customer.</source>
        <translation>Golit: gata pentru următorul client.</translation>
    </message>
    <message>
        <source>Sign out and clear the basket?</source>
        <translation>Te deconectezi și golești coșul?</translation>
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
        <translation>Gata — scanează legitimația clientului</translation>
    </message>
    <message>
        <source>Walk-in customers pay the regular price; staff scan their badge.</source>
        <translation>Clienții externi plătesc prețul întreg; angajații își scanează legitimația.</translation>
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
        <translation>Alege mai întâi o linie (săgețile sus/jos).</translation>
    </message>
    <message>
        <source>The till is locked: scan your badge to sign in.</source>
        <translation>Casa este blocată: scanează-ți legitimația pentru autentificare.</translation>
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
        <translation>OFFLINE din {time}, {count} vânzări de trimis</translation>
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
        <translation>vezi {program} --help</translation>
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
        <source>also save the close as PDF</source>
        <translation>salvează și închiderea ca PDF</translation>
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
    <name>Receipt</name>
    <message>
        <source>Staff allowance left {period}: {amount} {currency}</source>
        <translation>Plafon rămas pentru angajat {period}: {amount} {currency}</translation>
    </message>
    <message>
        <source>Approved by {name}: {reason}</source>
        <translation>Aprobat de {name}: {reason}</translation>
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
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Cashiers sign in with badge and PIN</source>
        <translation>Casierii se autentifică cu legitimația și PIN-ul</translation>
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
        <translation>scanează sau tastează o legitimație pentru a verifica formatul</translation>
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
        <source>&amp;Save settings</source>
        <translation>&amp;Salvează setările</translation>
    </message>
    <message>
        <source>{currency} (changes with a config import)</source>
        <translation>{currency} (se schimbă prin importul configurației)</translation>
    </message>
    <message>
        <source>The pattern is not a valid expression.</source>
        <translation>Modelul nu este o expresie validă.</translation>
    </message>
    <message>
        <source>{badge} is a valid badge.</source>
        <translation>{badge} este o legitimație validă.</translation>
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
        <translation>Aceasta este prima pornire: alege parola de administrator.</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>&amp;Parola nouă</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Repet-o</translation>
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
        <translation>tastează o cantitate de la 1 la {most}</translation>
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
        <source>the amount</source>
        <translation>suma</translation>
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
        <translation>scanează sau tastează ID-ul vânzării sau codul de retur de pe bon</translation>
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
        <translation>încarcă mai întâi vânzarea: scanează ID-ul sau codul, apoi Enter</translation>
    </message>
    <message>
        <source>every quantity is 0: choose what to refund</source>
        <translation>toate cantitățile sunt 0: alege ce se returnează</translation>
    </message>
    <message>
        <source>Refund quantity of line {line}</source>
        <translation>Cantitatea de returnat din linia {line}</translation>
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
        <translation>INVALID — scanează din nou</translation>
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
        <translation>{name}: încasează prețul întreg și anunță supervizorul.</translation>
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
</context>
</TS>
