<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hr_HR">
<context>
    <name>AdminCli</name>
    <message>
        <source>usage: tribina-admin [--uri postgresql://...] [--demo] COMMAND
  db migrate                 apply pending migrations (each in its own transaction)
  db status                  show applied, pending, edited and unknown migrations
  staff add LOGIN --group G --name NAME [--password PW]
                             create a staff login in group G (admin, box_office, petrol,
                             support, reporting); the password is read from stdin if omitted
  demo seed                  seed the demo data into a migrated database (once)
  demo start                 create, start, migrate and seed the embedded demo cluster
  cluster start|stop|status [--dir DIR]
                             the embedded cluster (default under the user&apos;s data directory)
Connection: PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD or ~/.pgpass, or --uri;
--demo connects to the embedded cluster as its superuser.
</source>
        <translation>uporaba: tribina-admin [--uri postgresql://...] [--demo] NAREDBA
  db migrate                 primijeni migracije na čekanju (svaku u vlastitoj transakciji)
  db status                  prikaži primijenjene, nadolazeće, izmijenjene i nepoznate migracije
  staff add LOGIN --group G --name IME [--password LOZINKA]
                             stvori prijavu djelatnika u grupi G (admin, box_office, petrol,
                             support, reporting); bez --password lozinka se čita sa stdin
  demo seed                  unesi demo podatke u migriranu bazu (samo jednom)
  demo start                 stvori, pokreni, migriraj i napuni ugrađeni demo klaster
  cluster start|stop|status [--dir MAPA]
                             ugrađeni klaster (zadano u korisnikovoj mapi podataka)
Veza: PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD ili ~/.pgpass, ili --uri;
--demo se spaja na ugrađeni klaster kao njegov superkorisnik.
</translation>
    </message>
    <message>
        <source>Not a postgresql:// URI: %1</source>
        <translation>Nije postgresql:// URI: %1</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Nije moguće spojiti se na %1: %2</translation>
    </message>
    <message>
        <source>applying %1 %2</source>
        <translation>primjenjujem %1 %2</translation>
    </message>
    <message>
        <source>database is at version %1</source>
        <translation>baza je na verziji %1</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>primijenjena</translation>
    </message>
    <message>
        <source>EDITED AFTER IT WAS APPLIED</source>
        <translation>IZMIJENJENA NAKON PRIMJENE</translation>
    </message>
    <message>
        <source>UNKNOWN TO THIS VERSION (newer)</source>
        <translation>NEPOZNATA OVOJ VERZIJI (novija)</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>na čekanju</translation>
    </message>
    <message>
        <source>current version %1, this build knows up to %2</source>
        <translation>trenutna verzija %1, ova izvedba poznaje do %2</translation>
    </message>
    <message>
        <source>A password is required (on stdin or with --password).</source>
        <translation>Potrebna je lozinka (na stdin ili s --password).</translation>
    </message>
    <message>
        <source>staff member %1 added to %2</source>
        <translation>djelatnik %1 dodan u %2</translation>
    </message>
    <message>
        <source>demo database ready in %1 ms; it keeps running until `tribina-admin cluster stop`</source>
        <translation>demo baza spremna za %1 ms; radi dok se ne pokrene `tribina-admin cluster stop`</translation>
    </message>
    <message>
        <source>demo data already present; nothing to do</source>
        <translation>demo podaci već postoje; nema se što raditi</translation>
    </message>
    <message>
        <source>demo data seeded in %1 ms</source>
        <translation>demo podaci uneseni za %1 ms</translation>
    </message>
    <message>
        <source>running, socket in %1</source>
        <translation>radi, socket u %1</translation>
    </message>
    <message>
        <source>not running (%1)</source>
        <translation>ne radi (%1)</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>Starting the local database…</source>
        <translation>Pokrećem lokalnu bazu podataka…</translation>
    </message>
    <message>
        <source>Creating the local database (first start only)…</source>
        <translation>Stvaram lokalnu bazu podataka (samo pri prvom pokretanju)…</translation>
    </message>
    <message>
        <source>Cannot connect to the local database: %1</source>
        <translation>Nije moguće spojiti se na lokalnu bazu podataka: %1</translation>
    </message>
    <message>
        <source>Cannot create the demo database: %1</source>
        <translation>Nije moguće stvoriti demo bazu podataka: %1</translation>
    </message>
    <message>
        <source>Cannot connect to the demo database: %1</source>
        <translation>Nije moguće spojiti se na demo bazu podataka: %1</translation>
    </message>
    <message>
        <source>Updating the database schema…</source>
        <translation>Ažuriram shemu baze podataka…</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>Cannot seed the demo data: %1</source>
        <translation>Nije moguće unijeti demo podatke: %1</translation>
    </message>
    <message>
        <source>Seeding the demo data failed (%1): %2</source>
        <translation>Unos demo podataka nije uspio (%1): %2</translation>
    </message>
    <message>
        <source>Creating the demo staff logins…</source>
        <translation>Stvaram demo prijave djelatnika…</translation>
    </message>
    <message numerus="yes">
        <source>Building %1 (%n seats)…</source>
        <translation>
            <numerusform>Gradim %1 (%n sjedalo)…</numerusform>
            <numerusform>Gradim %1 (%n sjedala)…</numerusform>
            <numerusform>Gradim %1 (%n sjedala)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating matches, prices and sectors…</source>
        <translation>Stvaram utakmice, cijene i sektore…</translation>
    </message>
    <message>
        <source>Opening the seat inventory of %1 – %2…</source>
        <translation>Otvaram popis sjedala za %1 – %2…</translation>
    </message>
    <message>
        <source>Setting the default fees…</source>
        <translation>Postavljam zadane naknade…</translation>
    </message>
</context>
<context>
    <name>EmbeddedCluster</name>
    <message>
        <source>The PostgreSQL server program &quot;%1&quot; is not installed (Debian package postgresql).</source>
        <translation>Program PostgreSQL poslužitelja „%1” nije instaliran (Debian paket postgresql).</translation>
    </message>
    <message>
        <source>%1 did not finish in time.</source>
        <translation>%1 nije završio na vrijeme.</translation>
    </message>
    <message>
        <source>Running as root needs the &quot;postgres&quot; system user (Debian package postgresql).</source>
        <translation>Za rad kao root potreban je sistemski korisnik „postgres” (Debian paket postgresql).</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Nije moguće stvoriti mapu %1.</translation>
    </message>
    <message>
        <source>Cannot hand %1 to the postgres user.</source>
        <translation>Nije moguće predati %1 korisniku postgres.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Nije moguće zapisati %1.</translation>
    </message>
    <message>
        <source>Creating the database cluster failed: %1</source>
        <translation>Stvaranje klastera baze podataka nije uspjelo: %1</translation>
    </message>
    <message>
        <source>Starting the database server failed: %1 (see %2)</source>
        <translation>Pokretanje poslužitelja baze podataka nije uspjelo: %1 (vidi %2)</translation>
    </message>
    <message>
        <source>Another Tribina is starting or stopping the database; try again.</source>
        <translation>Druga Tribina upravo pokreće ili zaustavlja bazu podataka; pokušajte ponovno.</translation>
    </message>
    <message>
        <source>Stopping the database server failed: %1</source>
        <translation>Zaustavljanje poslužitelja baze podataka nije uspjelo: %1</translation>
    </message>
</context>
<context>
    <name>KeychainResult</name>
    <message>
        <source>No system keychain is available; the password will not be remembered.</source>
        <translation>Sistemski privjesak ključeva nije dostupan; lozinka neće biti zapamćena.</translation>
    </message>
    <message>
        <source>The system keychain refused the request: %1</source>
        <translation>Sistemski privjesak ključeva odbio je zahtjev: %1</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Tribina: box office and back office of the HNS ticketing system.</source>
        <translation>Tribina: blagajna i uprava sustava ulaznica HNS-a.</translation>
    </message>
    <message>
        <source>Start with the embedded demo database (created on first use).</source>
        <translation>Pokreni s ugrađenom demo bazom podataka (stvara se pri prvoj upotrebi).</translation>
    </message>
    <message>
        <source>The demo staff login to use with --demo (default: admin).</source>
        <translation>Demo prijava djelatnika za --demo (zadano: admin).</translation>
    </message>
    <message>
        <source>login</source>
        <translation>prijava</translation>
    </message>
    <message>
        <source>User interface language for this run: hr or en.</source>
        <translation>Jezik sučelja za ovo pokretanje: hr ili en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>jezik</translation>
    </message>
    <message>
        <source>Save a picture of the first window to a PNG file, then quit.</source>
        <translation>Spremi sliku prvog prozora u PNG datoteku i izađi.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datoteka</translation>
    </message>
    <message>
        <source>Optional server to connect to, as postgresql://user@host:port/database</source>
        <translation>Neobavezni poslužitelj za spajanje, kao postgresql://korisnik@računalo:port/baza</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use one of: %2.</source>
        <translation>Nepoznat jezik „%1”; koristite jedan od: %2.</translation>
    </message>
    <message>
        <source>Give at most one server URI.</source>
        <translation>Navedite najviše jedan URI poslužitelja.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a postgresql:// URI.</source>
        <translation>„%1” nije postgresql:// URI.</translation>
    </message>
    <message>
        <source>--demo uses its own database; leave out the server URI.</source>
        <translation>--demo koristi vlastitu bazu podataka; izostavite URI poslužitelja.</translation>
    </message>
</context>
<context>
    <name>LoginResult</name>
    <message>
        <source>The login or the password is wrong. Check both and try again.</source>
        <translation>Korisničko ime ili lozinka nisu ispravni. Provjerite oboje i pokušajte ponovno.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check the server address and port, and the network connection.</source>
        <translation>Poslužitelj baze podataka nije dostupan. Provjerite adresu i port poslužitelja te mrežnu vezu.</translation>
    </message>
    <message>
        <source>The server has no database of that name. Check the database field.</source>
        <translation>Poslužitelj nema bazu podataka tog imena. Provjerite polje Baza podataka.</translation>
    </message>
    <message>
        <source>The database has not been set up for Tribina yet. An administrator must run &quot;tribina-admin db migrate&quot;.</source>
        <translation>Baza podataka još nije pripremljena za Tribinu. Administrator mora pokrenuti „tribina-admin db migrate”.</translation>
    </message>
    <message>
        <source>The database is at schema version %1, this version of Tribina needs %2. An administrator must run &quot;tribina-admin db migrate&quot;.</source>
        <translation>Baza podataka je na verziji sheme %1, a ova verzija Tribine treba %2. Administrator mora pokrenuti „tribina-admin db migrate”.</translation>
    </message>
    <message>
        <source>The database (schema version %1) is newer than this version of Tribina (%2). Install the current version of Tribina.</source>
        <translation>Baza podataka (verzija sheme %1) novija je od ove verzije Tribine (%2). Instalirajte aktualnu verziju Tribine.</translation>
    </message>
    <message>
        <source>This login has no Tribina role. Ask an administrator to add you as staff.</source>
        <translation>Ovaj korisnički račun nema ulogu u Tribini. Zamolite administratora da vas doda kao djelatnika.</translation>
    </message>
    <message>
        <source>Connecting failed: %1</source>
        <translation>Spajanje nije uspjelo: %1</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Cannot create the migration table: %1</source>
        <translation>Nije moguće stvoriti tablicu migracija: %1</translation>
    </message>
    <message>
        <source>The database has migration %1, which this version of Tribina does not know: it is newer than this program. Install the current version.</source>
        <translation>Baza podataka ima migraciju %1 koju ova verzija Tribine ne poznaje: novija je od ovog programa. Instalirajte aktualnu verziju.</translation>
    </message>
    <message>
        <source>Migration %1 was changed after it had been applied (its checksum differs). Applied migrations must never be edited; add a new migration instead.</source>
        <translation>Migracija %1 izmijenjena je nakon primjene (kontrolni zbroj se razlikuje). Primijenjene migracije nikad se ne mijenjaju; umjesto toga dodajte novu migraciju.</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Nije moguće započeti transakciju: %1</translation>
    </message>
    <message>
        <source>Migration %1 was applied meanwhile with different contents.</source>
        <translation>Migracija %1 u međuvremenu je primijenjena s drugačijim sadržajem.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>Migracija %1 (%2) nije uspjela: %3</translation>
    </message>
    <message>
        <source>Migration %1 could not be committed: %2</source>
        <translation>Migraciju %1 nije bilo moguće potvrditi: %2</translation>
    </message>
</context>
<context>
    <name>Module</name>
    <message>
        <source>Administration</source>
        <translation>Administracija</translation>
    </message>
    <message>
        <source>Box office</source>
        <translation>Blagajna</translation>
    </message>
    <message>
        <source>Petrol PIN redemption</source>
        <translation>Benzinske postaje – PIN</translation>
    </message>
    <message>
        <source>Emergency printing</source>
        <translation>Hitni ispis</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Kvote</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Izvještaji</translation>
    </message>
</context>
<context>
    <name>StaffRole</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Box office</source>
        <translation>Blagajna</translation>
    </message>
    <message>
        <source>Petrol station</source>
        <translation>Benzinska postaja</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Podrška</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Izvještavanje</translation>
    </message>
</context>
<context>
    <name>StaffService</name>
    <message>
        <source>Cannot add staff member %1: %2</source>
        <translation>Nije moguće dodati djelatnika %1: %2</translation>
    </message>
</context>
<context>
    <name>Tribina::ApplicationFlow</name>
    <message>
        <source>The demo database could not be started.

%1</source>
        <translation>Demo bazu podataka nije bilo moguće pokrenuti.

%1</translation>
    </message>
    <message>
        <source>There is no demo login &quot;%1&quot;. Demo logins: %2.</source>
        <translation>Ne postoji demo prijava „%1”. Demo prijave: %2.</translation>
    </message>
    <message>
        <source>Logging in as %1…</source>
        <translation>Prijavljujem se kao %1…</translation>
    </message>
    <message>
        <source>Tribina</source>
        <translation>Tribina</translation>
    </message>
</context>
<context>
    <name>Tribina::BrandHeader</name>
    <message>
        <source>HNS tickets · box office and back office</source>
        <translation>HNS ulaznice · blagajna i uprava</translation>
    </message>
    <message>
        <source>HNS tickets</source>
        <translation>HNS ulaznice</translation>
    </message>
</context>
<context>
    <name>Tribina::ConnectionIndicator</name>
    <message>
        <source>Connected</source>
        <translation>Povezano</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Nije povezano</translation>
    </message>
    <message>
        <source>The database server is connected.</source>
        <translation>Veza s poslužiteljem baze podataka je uspostavljena.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Tribina keeps trying.</source>
        <translation>Poslužitelj baze podataka nije dostupan. Tribina nastavlja pokušavati.</translation>
    </message>
</context>
<context>
    <name>Tribina::DemoStarter</name>
    <message>
        <source>Tribina demo</source>
        <translation>Tribina – demo</translation>
    </message>
    <message>
        <source>Starting the demo database…</source>
        <translation>Pokrećem demo bazu podataka…</translation>
    </message>
</context>
<context>
    <name>Tribina::LoginDialog</name>
    <message>
        <source>the connection attempt ended without an answer</source>
        <translation>pokušaj spajanja završio je bez odgovora</translation>
    </message>
    <message>
        <source>Tribina – Log in</source>
        <translation>Tribina – prijava</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Prijavite se</translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation>Korisnički račun djelatnika</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Poslužitelj</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Korisničko ime:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lozinka:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Adresa:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Baza podataka:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Šifriranje:</translation>
    </message>
    <message>
        <source>your database login</source>
        <translation>vaše korisničko ime u bazi podataka</translation>
    </message>
    <message>
        <source>server name, address or socket directory</source>
        <translation>ime ili adresa poslužitelja ili mapa socketa</translation>
    </message>
    <message>
        <source>&amp;Remember password</source>
        <translation>&amp;Zapamti lozinku</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in a file.</source>
        <translation>Lozinka se čuva u sistemskom privjesku ključeva, nikad u datoteci.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Isključeno</translation>
    </message>
    <message>
        <source>If the server offers it</source>
        <translation>Ako ga poslužitelj nudi</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obavezno</translation>
    </message>
    <message>
        <source>Required, verify the server certificate</source>
        <translation>Obavezno, uz provjeru certifikata poslužitelja</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Spoji</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Odustani</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Izlaz</translation>
    </message>
    <message>
        <source>The connection attempt was cancelled.</source>
        <translation>Pokušaj spajanja je otkazan.</translation>
    </message>
    <message>
        <source>Enter the address of the database server.</source>
        <translation>Upišite adresu poslužitelja baze podataka.</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Upišite korisničko ime.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Spajam se na %1…</translation>
    </message>
</context>
<context>
    <name>Tribina::MainWindow</name>
    <message>
        <source>Tribina – %1</source>
        <translation>Tribina – %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datoteka</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Prikaz</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Jezik</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Pomoć</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Odjava</translation>
    </message>
    <message>
        <source>Close the connection and return to the login</source>
        <translation>Zatvori vezu i vrati se na prijavu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Izlaz</translation>
    </message>
    <message>
        <source>&amp;About Tribina</source>
        <translation>&amp;O Tribini</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Poslužitelj: %1</translation>
    </message>
    <message>
        <source>Your account has no Tribina role. Ask an administrator to add one.</source>
        <translation>Vaš račun nema ulogu u Tribini. Zamolite administratora da je doda.</translation>
    </message>
    <message>
        <source>About Tribina</source>
        <translation>O Tribini</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tribina %1&lt;/h3&gt;&lt;p&gt;Box office and back office of the Croatian Football Federation&apos;s ticketing system.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tribina %1&lt;/h3&gt;&lt;p&gt;Blagajna i uprava sustava ulaznica Hrvatskoga nogometnog saveza.&lt;/p&gt;&lt;p&gt;Izrađeno s Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Tribina::ModulePage</name>
    <message>
        <source>Matches, price lists, stadium layouts, staff accounts and the blacklist will be managed here.</source>
        <translation>Ovdje će se upravljati utakmicama, cjenicima, rasporedima stadiona, računima djelatnika i crnom listom.</translation>
    </message>
    <message>
        <source>Counter sales on the seat map, ticket holders, payments, refunds and the shift close will be here.</source>
        <translation>Ovdje će biti prodaja na šalteru preko plana sjedala, vlasnici ulaznica, plaćanja, povrati i zaključenje smjene.</translation>
    </message>
    <message>
        <source>Petrol station staff will redeem the PINs of pre-paid orders and print the tickets here.</source>
        <translation>Ovdje će djelatnici benzinskih postaja iskorištavati PIN-ove unaprijed plaćenih narudžbi i ispisivati ulaznice.</translation>
    </message>
    <message>
        <source>Tickets of fans whose phone or printout failed will be found and reprinted here, even when the server cannot be reached.</source>
        <translation>Ovdje će se pronalaziti i ponovno ispisivati ulaznice navijača kojima je zakazao mobitel ili ispis, čak i kad poslužitelj nije dostupan.</translation>
    </message>
    <message>
        <source>Seats set aside for clubs, sponsors, media and away fans will be allocated and tracked here.</source>
        <translation>Ovdje će se dodjeljivati i pratiti sjedala rezervirana za klubove, sponzore, medije i gostujuće navijače.</translation>
    </message>
    <message>
        <source>Sales, attendance and revenue reports with charts and exports will be here.</source>
        <translation>Ovdje će biti izvještaji o prodaji, posjećenosti i prihodima, s grafikonima i izvozom.</translation>
    </message>
    <message>
        <source>This module is being built.</source>
        <translation>Ovaj modul je u izradi.</translation>
    </message>
</context>
<context>
    <name>Tribina::NavigationPanel</name>
    <message>
        <source>Modules</source>
        <translation>Moduli</translation>
    </message>
</context>
<context>
    <name>Tribina::SeatMap</name>
    <message>
        <source>Available</source>
        <translation>Slobodno</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Rezervirano</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Prodano</translation>
    </message>
    <message>
        <source>Allocated to a quota</source>
        <translation>Dodijeljeno kvoti</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blokirano</translation>
    </message>
    <message>
        <source>Technical position</source>
        <translation>Tehnička pozicija</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Za službene osobe</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Na održavanju</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>U karanteni</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Neaktivno</translation>
    </message>
    <message>
        <source>Sector %1 (%2), row %3, seat %4: %5</source>
        <translation>Sektor %1 (%2), red %3, sjedalo %4: %5</translation>
    </message>
    <message>
        <source>, held by this counter</source>
        <translation>, zadržano na ovom šalteru</translation>
    </message>
    <message>
        <source>, wheelchair place</source>
        <translation>, mjesto za invalidska kolica</translation>
    </message>
    <message>
        <source>, companion seat</source>
        <translation>, sjedalo za pratitelja</translation>
    </message>
    <message>
        <source> (selected)</source>
        <translation> (odabrano)</translation>
    </message>
    <message>
        <source>Sector %1 (%2): %3 places, no seat map</source>
        <translation>Sektor %1 (%2): %3 mjesta, bez plana sjedala</translation>
    </message>
    <message>
        <source>Sector %1 (%2): %3 of %4 available</source>
        <translation>Sektor %1 (%2): slobodno %3 od %4</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standardno</translation>
    </message>
    <message>
        <source>Held by this counter</source>
        <translation>Zadržano na ovom šalteru</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Odabrano</translation>
    </message>
    <message>
        <source>Available: %1</source>
        <translation>Slobodno: %1</translation>
    </message>
</context>
</TS>
