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
        <source>Signed in: {name}. Scan the customer's badge.</source>
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
        <source>Ready — scan the customer's badge</source>
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
        <source>The system's language</source>
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
        <source>or an admin's badge and PIN:</source>
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
        <source>cashier's own purchase</source>
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
