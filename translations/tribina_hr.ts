<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hr_HR">
<context>
    <name>AddRowBlock</name>
    <message numerus="yes">
        <source>Add %n row(s) to sector %1</source>
        <translation>
            <numerusform>Dodavanje %n reda u sektor %1</numerusform>
            <numerusform>Dodavanje %n reda u sektor %1</numerusform>
            <numerusform>Dodavanje %n redova u sektor %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddSector</name>
    <message>
        <source>Add sector %1</source>
        <translation>Dodavanje sektora %1</translation>
    </message>
</context>
<context>
    <name>AdminCli</name>
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
</translation>
    </message>
    <message>
        <source>Connection: PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD or ~/.pgpass, or --uri;
--demo connects to the embedded cluster as its superuser.
</source>
        <translation>Veza: PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD ili ~/.pgpass, ili --uri;
--demo se spaja na ugrađeni klaster kao njegov superkorisnik.
</translation>
    </message>
</context>
<context>
    <name>ChangeSectorProperties</name>
    <message>
        <source>Change outline of sector %1</source>
        <translation>Promjena obrisa sektora %1</translation>
    </message>
    <message>
        <source>Rename sector code %1 to %2</source>
        <translation>Promjena oznake sektora %1 u %2</translation>
    </message>
    <message>
        <source>Rename sector %1</source>
        <translation>Preimenovanje sektora %1</translation>
    </message>
    <message>
        <source>Change sector %1</source>
        <translation>Promjena sektora %1</translation>
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
    <name>DuplicateSector</name>
    <message>
        <source>Duplicate sector %1</source>
        <translation>Dupliciranje sektora %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopija)</translation>
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
    <name>LayoutCommands</name>
    <message>
        <source>  layout list                list the stadiums with their active and draft layout versions
  layout export STADIUM FILE.json [--version N | --latest]
                             write a stadium&apos;s layout (default: the active version) as a
                             layout document (resources/demo/LAYOUT-FORMAT.md); FILE - is stdout
  layout import FILE.json [--stadium STADIUM] [--activate]
                             store a layout document as the stadium&apos;s draft (the stadium named
                             in the document, or a new one); --activate makes it active
  layout activate STADIUM VERSION
                             make a draft the stadium&apos;s active layout
  layout render STADIUM|FILE.json OUT.png|svg|pdf [--version N | --latest] [--width PX]
                             draw a stored layout or a layout document as a seat map
                             STADIUM is a stadium&apos;s name or id
</source>
        <translation>  layout list                ispiši stadione s aktivnim verzijama i nacrtima njihovih rasporeda
  layout export STADION DATOTEKA.json [--version N | --latest]
                             zapiši raspored stadiona (zadano: aktivnu verziju) kao
                             dokument rasporeda (resources/demo/LAYOUT-FORMAT.md); DATOTEKA - je stdout
  layout import DATOTEKA.json [--stadium STADION] [--activate]
                             spremi dokument rasporeda kao nacrt stadiona (stadiona navedenog
                             u dokumentu ili novoga); --activate ga odmah aktivira
  layout activate STADION VERZIJA
                             postavi nacrt kao aktivni raspored stadiona
  layout render STADION|DATOTEKA.json IZLAZ.png|svg|pdf [--version N | --latest] [--width PX]
                             nacrtaj spremljeni raspored ili dokument rasporeda kao plan sjedala
                             STADION je naziv ili id stadiona
</translation>
    </message>
    <message>
        <source>usage: tribina-admin [--uri postgresql://...] [--demo] layout ...
</source>
        <translation>uporaba: tribina-admin [--uri postgresql://...] [--demo] layout ...
</translation>
    </message>
    <message>
        <source>--version needs a version number (1, 2, …), not “%1”.</source>
        <translation>--version traži broj verzije (1, 2, …), a ne „%1”.</translation>
    </message>
    <message>
        <source>active v%1</source>
        <translation>aktivna v%1</translation>
    </message>
    <message>
        <source>no active layout</source>
        <translation>nema aktivnog rasporeda</translation>
    </message>
    <message>
        <source>, draft v%1</source>
        <translation>, nacrt v%1</translation>
    </message>
    <message>
        <source> — layout version %1</source>
        <translation> — verzija rasporeda %1</translation>
    </message>
    <message>
        <source>%1: %2 sectors, %3 seats, capacity %4 written to %5</source>
        <translation>%1: sektora %2, sjedala %3, kapacitet %4; zapisano u %5</translation>
    </message>
    <message numerus="yes">
        <source>%n stadiums are called %1; say which with --stadium ID: %2</source>
        <translation>
            <numerusform>%n stadion zove se %1; odaberite jedan s --stadium ID: %2</numerusform>
            <numerusform>%n stadiona zovu se %1; odaberite jedan s --stadium ID: %2</numerusform>
            <numerusform>%n stadiona zove se %1; odaberite jedan s --stadium ID: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>new stadium %1 (%2): saved as draft version %3</source>
        <translation>novi stadion %1 (%2): spremljeno kao nacrt, verzija %3</translation>
    </message>
    <message>
        <source>stadium %1 (%2): saved as draft version %3, replacing the earlier draft</source>
        <translation>stadion %1 (%2): spremljeno kao nacrt, verzija %3, umjesto ranijeg nacrta</translation>
    </message>
    <message>
        <source>stadium %1 (%2): saved as draft version %3</source>
        <translation>stadion %1 (%2): spremljeno kao nacrt, verzija %3</translation>
    </message>
    <message>
        <source>version %1 is already the active layout; nothing to do</source>
        <translation>verzija %1 već je aktivni raspored; nema se što raditi</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>upozorenje: %1</translation>
    </message>
    <message>
        <source>activated version %1: %2 sectors, %3 rows, %4 seats, capacity %5 (%6 ms)</source>
        <translation>aktivirana verzija %1: sektora %2, redova %3, sjedala %4, kapacitet %5 (%6 ms)</translation>
    </message>
    <message>
        <source>version %1 is retired; its seats stay for the matches configured with it</source>
        <translation>verzija %1 povučena je iz upotrebe; njezina sjedala ostaju za utakmice postavljene s njom</translation>
    </message>
    <message>
        <source>version %1 is retired; nothing used its seats, so they were replaced</source>
        <translation>verzija %1 povučena je iz upotrebe; njezina sjedala nisu bila u upotrebi pa su zamijenjena</translation>
    </message>
    <message>
        <source>%1 drawn to %2 (%3 ms)</source>
        <translation>%1 nacrtano u %2 (%3 ms)</translation>
    </message>
</context>
<context>
    <name>LayoutJson</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nije moguće pročitati %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nije moguće zapisati %1: %2</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>neispravan JSON u retku %1, stupac %2: %3</translation>
    </message>
    <message>
        <source>not a Tribina layout: the document is not a JSON object</source>
        <translation>nije raspored Tribine: dokument nije JSON objekt</translation>
    </message>
    <message>
        <source>not a Tribina layout (expected &quot;%1&quot;)</source>
        <translation>nije raspored Tribine (očekuje se „%1”)</translation>
    </message>
    <message>
        <source>format version %1 is newer than this Tribina reads (up to %2)</source>
        <translation>verzija formata %1 novija je od onih koje ova Tribina čita (do %2)</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>očekuje se niz, pronađeno: %1</translation>
    </message>
    <message>
        <source>expected an array of points, found %1</source>
        <translation>očekuje se niz točaka, pronađeno: %1</translation>
    </message>
    <message>
        <source>seat position %1 is listed twice</source>
        <translation>pozicija sjedala %1 navedena je dvaput</translation>
    </message>
    <message>
        <source>expected an array (one list of ranges per row), found %1</source>
        <translation>očekuje se niz (jedan popis raspona po redu), pronađeno: %1</translation>
    </message>
    <message>
        <source>expected an array of ranges [first, last], found %1</source>
        <translation>očekuje se niz raspona [prvi, zadnji], pronađeno: %1</translation>
    </message>
    <message>
        <source>expected a range [first, last], found %1</source>
        <translation>očekuje se raspon [prvi, zadnji], pronađeno: %1</translation>
    </message>
    <message>
        <source>expected an array of seat positions, found %1</source>
        <translation>očekuje se niz pozicija sjedala, pronađeno: %1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>očekuje se objekt, pronađeno: %1</translation>
    </message>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation>nepoznat ključ (očekuje se jedan od: %1)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>nedostaje</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>očekuje se tekst, pronađeno: %1</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>očekuje se broj, pronađeno: %1</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>očekuje se cijeli broj, pronađeno: %1</translation>
    </message>
    <message>
        <source>must be at least %1, found %2</source>
        <translation>mora biti najmanje %1, pronađeno: %2</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>očekuje se true ili false, pronađeno: %1</translation>
    </message>
    <message>
        <source>expected a point [x, y], found %1</source>
        <translation>očekuje se točka [x, y], pronađeno: %1</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected one of: %2)</source>
        <translation>nepoznata vrijednost „%1” (očekuje se jedna od: %2)</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ili false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>broj</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message numerus="yes">
        <source>an array of %n item(s)</source>
        <translation>
            <numerusform>niz od %n stavke</numerusform>
            <numerusform>niz od %n stavke</numerusform>
            <numerusform>niz od %n stavki</numerusform>
        </translation>
    </message>
    <message>
        <source>an object</source>
        <translation>objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ništa</translation>
    </message>
</context>
<context>
    <name>LayoutRenderer</name>
    <message numerus="yes">
        <source>%1, %2 (%3) — capacity %4: %5 seats in %n sector(s)</source>
        <translation>
            <numerusform>%1, %2 (%3) — kapacitet %4: %5 sjedala u %n sektoru</numerusform>
            <numerusform>%1, %2 (%3) — kapacitet %4: %5 sjedala u %n sektora</numerusform>
            <numerusform>%1, %2 (%3) — kapacitet %4: %5 sjedala u %n sektora</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the file name must end in .png, .svg or .pdf.</source>
        <translation>%1: naziv datoteke mora završavati s .png, .svg ili .pdf.</translation>
    </message>
    <message>
        <source>Drawing the seat map needs a QGuiApplication (fonts); none is running.</source>
        <translation>Za crtanje plana sjedala potrebna je QGuiApplication (fontovi); nijedna nije pokrenuta.</translation>
    </message>
    <message>
        <source>The picture must be 100 to 20,000 pixels wide.</source>
        <translation>Slika mora biti široka od 100 do 20.000 piksela.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nije moguće zapisati %1: %2</translation>
    </message>
</context>
<context>
    <name>LayoutRepository</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… i još %n.</numerusform>
            <numerusform>… i još %n.</numerusform>
            <numerusform>… i još %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Storing the layout failed (%1): %2</source>
        <translation>Spremanje rasporeda nije uspjelo (%1): %2</translation>
    </message>
    <message>
        <source>There is no stadium %1.</source>
        <translation>Ne postoji stadion %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n stadiums are called %1; name one by its id: %2</source>
        <translation>
            <numerusform>%n stadion zove se %1; odaberite jedan prema id-u: %2</numerusform>
            <numerusform>%n stadiona zovu se %1; odaberite jedan prema id-u: %2</numerusform>
            <numerusform>%n stadiona zove se %1; odaberite jedan prema id-u: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The stadium has no active layout yet.</source>
        <translation>Stadion još nema aktivni raspored.</translation>
    </message>
    <message>
        <source>The stadium has no layout yet.</source>
        <translation>Stadion još nema raspored.</translation>
    </message>
    <message>
        <source>The stadium has no layout version %1.</source>
        <translation>Stadion nema verziju rasporeda %1.</translation>
    </message>
    <message>
        <source>Layout version %1 cannot be read: %2</source>
        <translation>Verziju rasporeda %1 nije moguće pročitati: %2</translation>
    </message>
    <message>
        <source>The venue needs a name of at most 255 characters.</source>
        <translation>Za stadion je potreban naziv od najviše 255 znakova.</translation>
    </message>
    <message>
        <source>The venue needs a city of at most 100 characters.</source>
        <translation>Za stadion je potreban grad od najviše 100 znakova.</translation>
    </message>
    <message>
        <source>The country must be a two-letter ISO code such as HR, not “%1”.</source>
        <translation>Država mora biti dvoslovni ISO kod, npr. HR, a ne „%1”.</translation>
    </message>
    <message>
        <source>The address is longer than 500 characters.</source>
        <translation>Adresa je dulja od 500 znakova.</translation>
    </message>
    <message>
        <source>Sector %1 needs a name of at most 100 characters.</source>
        <translation>Za sektor %1 potreban je naziv od najviše 100 znakova.</translation>
    </message>
    <message>
        <source>Sector %1, row %2: the seat pitch must be more than 0 m.</source>
        <translation>Sektor %1, red %2: razmak sjedala mora biti veći od 0 m.</translation>
    </message>
    <message>
        <source>Sector %1, row %2: seat numbers cannot be negative.</source>
        <translation>Sektor %1, red %2: brojevi sjedala ne mogu biti negativni.</translation>
    </message>
    <message>
        <source>The stadium cannot be created:%1</source>
        <translation>Stadion nije moguće stvoriti:%1</translation>
    </message>
    <message>
        <source>Layout version %1 was replaced by version %2 and cannot be activated again; save it as a new draft to use it.</source>
        <translation>Verziju rasporeda %1 zamijenila je verzija %2 pa se ne može ponovno aktivirati; da biste je koristili, spremite je kao novi nacrt.</translation>
    </message>
    <message numerus="yes">
        <source>Layout version %1 cannot be activated: %n error(s) to fix first:%2</source>
        <translation>
            <numerusform>Verziju rasporeda %1 nije moguće aktivirati: najprije treba ispraviti %n pogrešku:%2</numerusform>
            <numerusform>Verziju rasporeda %1 nije moguće aktivirati: najprije treba ispraviti %n pogreške:%2</numerusform>
            <numerusform>Verziju rasporeda %1 nije moguće aktivirati: najprije treba ispraviti %n pogrešaka:%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Storing the layout failed: %1</source>
        <translation>Spremanje rasporeda nije uspjelo: %1</translation>
    </message>
</context>
<context>
    <name>LayoutValidator</name>
    <message>
        <source>Sector “%1” has no code.</source>
        <translation>Sektor „%1” nema oznaku.</translation>
    </message>
    <message>
        <source>Sector code %1 is longer than %2 characters.</source>
        <translation>Oznaka sektora %1 dulja je od %2 znakova.</translation>
    </message>
    <message>
        <source>Sector “%1” has the code %2, which sector “%3” already has.</source>
        <translation>Sektor „%1” ima oznaku %2, koju već ima sektor „%3”.</translation>
    </message>
    <message>
        <source>Sector %1 has neither seats nor a capacity.</source>
        <translation>Sektor %1 nema ni sjedala ni kapacitet.</translation>
    </message>
    <message>
        <source>Standing sector %1 has rows of seats; they are ignored.</source>
        <translation>Sektor za stajanje %1 ima redove sjedala; oni se zanemaruju.</translation>
    </message>
    <message>
        <source>Sector %1 has no outline.</source>
        <translation>Sektor %1 nema obris.</translation>
    </message>
    <message>
        <source>Sector %1: row %2 from the front has no identifier.</source>
        <translation>Sektor %1: %2. red odsprijeda nema oznaku.</translation>
    </message>
    <message>
        <source>Sector %1: row identifier %2 is longer than %3 characters.</source>
        <translation>Sektor %1: oznaka reda %2 dulja je od %3 znakova.</translation>
    </message>
    <message>
        <source>Sector %1: row %2 appears more than once.</source>
        <translation>Sektor %1: red %2 pojavljuje se više puta.</translation>
    </message>
    <message>
        <source>Sector %1: row %2 has no seats.</source>
        <translation>Sektor %1: red %2 nema sjedala.</translation>
    </message>
    <message numerus="yes">
        <source>Sector %1: row %2 repeats %n seat label(s) of an earlier row %2, first seat %3.</source>
        <translation>
            <numerusform>Sektor %1: red %2 ponavlja %n oznaku sjedala ranijeg reda %2, prvo sjedalo %3.</numerusform>
            <numerusform>Sektor %1: red %2 ponavlja %n oznake sjedala ranijeg reda %2, prvo sjedalo %3.</numerusform>
            <numerusform>Sektor %1: red %2 ponavlja %n oznaka sjedala ranijeg reda %2, prvo sjedalo %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sector %1 has no snake configuration, so its seats cannot be allocated by best seat.</source>
        <translation>Sektor %1 nema postavljen redoslijed dodjele pa se njegova sjedala ne mogu dodjeljivati po načelu najboljeg mjesta.</translation>
    </message>
    <message numerus="yes">
        <source>Sector %1: the snake&apos;s best row (%2 from the front) does not exist; the sector has %n row(s).</source>
        <translation>
            <numerusform>Sektor %1: najbolji red u redoslijedu dodjele (%2. odsprijeda) ne postoji; sektor ima %n red.</numerusform>
            <numerusform>Sektor %1: najbolji red u redoslijedu dodjele (%2. odsprijeda) ne postoji; sektor ima %n reda.</numerusform>
            <numerusform>Sektor %1: najbolji red u redoslijedu dodjele (%2. odsprijeda) ne postoji; sektor ima %n redova.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sector %1, row %2 from the front: the snake&apos;s sub-sector ranges overlap or lie outside the row.</source>
        <translation>Sektor %1, %2. red odsprijeda: rasponi podsektora u redoslijedu dodjele preklapaju se ili su izvan reda.</translation>
    </message>
    <message numerus="yes">
        <source>Sector %1, row %2: %n seat(s) outside the sector&apos;s outline, first seat %3.</source>
        <translation>
            <numerusform>Sektor %1, red %2: %n sjedalo izvan obrisa sektora, prvo sjedalo %3.</numerusform>
            <numerusform>Sektor %1, red %2: %n sjedala izvan obrisa sektora, prvo sjedalo %3.</numerusform>
            <numerusform>Sektor %1, red %2: %n sjedala izvan obrisa sektora, prvo sjedalo %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sector %1, row %2: %n seat(s) overlap seats of sector %3, row %4 (first: seat %5 and seat %6).</source>
        <translation>
            <numerusform>Sektor %1, red %2: %n sjedalo preklapa se sa sjedalima sektora %3, red %4 (prvo preklapanje: sjedalo %5 i sjedalo %6).</numerusform>
            <numerusform>Sektor %1, red %2: %n sjedala preklapaju se sa sjedalima sektora %3, red %4 (prvo preklapanje: sjedalo %5 i sjedalo %6).</numerusform>
            <numerusform>Sektor %1, red %2: %n sjedala preklapa se sa sjedalima sektora %3, red %4 (prvo preklapanje: sjedalo %5 i sjedalo %6).</numerusform>
        </translation>
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
    <name>MirrorSector</name>
    <message>
        <source>Mirror sector %1</source>
        <translation>Zrcaljenje sektora %1</translation>
    </message>
    <message>
        <source>%1 (mirrored)</source>
        <translation>%1 (zrcaljeno)</translation>
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
    <name>MoveSector</name>
    <message numerus="yes">
        <source>Move %n sector(s)</source>
        <translation>
            <numerusform>Premještanje %n sektora</numerusform>
            <numerusform>Premještanje %n sektora</numerusform>
            <numerusform>Premještanje %n sektora</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveRows</name>
    <message numerus="yes">
        <source>Remove %n row(s) from sector %1</source>
        <translation>
            <numerusform>Uklanjanje %n reda iz sektora %1</numerusform>
            <numerusform>Uklanjanje %n reda iz sektora %1</numerusform>
            <numerusform>Uklanjanje %n redova iz sektora %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveSeats</name>
    <message numerus="yes">
        <source>Remove %n seat(s)</source>
        <translation>
            <numerusform>Uklanjanje %n sjedala</numerusform>
            <numerusform>Uklanjanje %n sjedala</numerusform>
            <numerusform>Uklanjanje %n sjedala</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveSector</name>
    <message>
        <source>Remove sector %1</source>
        <translation>Uklanjanje sektora %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n sector(s)</source>
        <translation>
            <numerusform>Uklanjanje %n sektora</numerusform>
            <numerusform>Uklanjanje %n sektora</numerusform>
            <numerusform>Uklanjanje %n sektora</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenumberRows</name>
    <message>
        <source>Renumber rows of sector %1</source>
        <translation>Promjena numeracije redova sektora %1</translation>
    </message>
</context>
<context>
    <name>RestoreSeats</name>
    <message numerus="yes">
        <source>Restore %n seat(s)</source>
        <translation>
            <numerusform>Vraćanje %n sjedala</numerusform>
            <numerusform>Vraćanje %n sjedala</numerusform>
            <numerusform>Vraćanje %n sjedala</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotateSector</name>
    <message numerus="yes">
        <source>Rotate %n sector(s)</source>
        <translation>
            <numerusform>Zakretanje %n sektora</numerusform>
            <numerusform>Zakretanje %n sektora</numerusform>
            <numerusform>Zakretanje %n sektora</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetSeatType</name>
    <message>
        <source>Standard</source>
        <translation>Standardno</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Tehničko</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Za invalidska kolica</translation>
    </message>
    <message>
        <source>Companion</source>
        <translation>Za pratitelja</translation>
    </message>
    <message numerus="yes">
        <source>Set type of %n seat(s) to %1</source>
        <translation>
            <numerusform>Postavljanje vrste „%1” za %n sjedalo</numerusform>
            <numerusform>Postavljanje vrste „%1” za %n sjedala</numerusform>
            <numerusform>Postavljanje vrste „%1” za %n sjedala</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetSnakeConfig</name>
    <message>
        <source>Set snake of sector %1</source>
        <translation>Postavljanje redoslijeda dodjele sektora %1</translation>
    </message>
    <message>
        <source>Clear snake of sector %1</source>
        <translation>Uklanjanje redoslijeda dodjele sektora %1</translation>
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
    <name>TicketCommands</name>
    <message>
        <source>  ticket verify PAYLOAD [--match UUID]
                             check a QR code&apos;s text (check digit, match, signature) and
                             the ticket&apos;s state; says why a code is rejected (exit 3)
  ticket print BARCODE --pdf FILE [--layout thermal|a4] [--duplicate]
                             render a sold ticket to PDF; --duplicate stamps an emergency
                             reprint; every print is recorded in the audit outbox
</source>
        <translation>  ticket verify SADRŽAJ [--match UUID]
                             provjeri tekst QR koda (kontrolnu znamenku, utakmicu, potpis) i
                             stanje ulaznice; navodi zašto je kod odbijen (izlazni kod 3)
  ticket print BARKOD --pdf DATOTEKA [--layout thermal|a4] [--duplicate]
                             izradi PDF prodane ulaznice; --duplicate je označava kao hitni
                             ponovni ispis; svaki ispis bilježi se u izlazni spremnik revizije
</translation>
    </message>
    <message>
        <source>usage: tribina-admin [--uri postgresql://...] [--demo] ticket ...
</source>
        <translation>uporaba: tribina-admin [--uri postgresql://...] [--demo] ticket ...
</translation>
    </message>
    <message>
        <source>barcode  %1</source>
        <translation>barkod   %1</translation>
    </message>
    <message>
        <source>match    %1</source>
        <translation>utakmica %1</translation>
    </message>
    <message>
        <source>seat     %1</source>
        <translation>sjedalo  %1</translation>
    </message>
    <message>
        <source>Rejected: the code names a match that does not exist.</source>
        <translation>Odbijeno: kod navodi utakmicu koja ne postoji.</translation>
    </message>
    <message>
        <source>Rejected: the signature is genuine, but no ticket has this barcode any more (reissued?).</source>
        <translation>Odbijeno: potpis je vjerodostojan, ali nijedna ulaznica više nema ovaj barkod (ponovno izdana?).</translation>
    </message>
    <message>
        <source>ticket   %1 – %2, %3, order %4, %5</source>
        <translation>ulaznica %1 – %2, %3, narudžba %4, %5</translation>
    </message>
    <message>
        <source>Rejected: the signature is genuine, but the ticket is %1.</source>
        <translation>Odbijeno: potpis je vjerodostojan, ali ulaznica je u stanju %1.</translation>
    </message>
    <message>
        <source>Rejected: the signature is genuine, but the ticket has been given another code since.</source>
        <translation>Odbijeno: potpis je vjerodostojan, ali ulaznica je u međuvremenu dobila drugi kod.</translation>
    </message>
    <message>
        <source>Note: %1 is not a barcode Tribina issues (14 digits with a check digit).</source>
        <translation>Napomena: %1 nije barkod kakav izdaje Tribina (14 znamenki s kontrolnom znamenkom).</translation>
    </message>
    <message>
        <source>Ticket %1 is %2; only sold tickets are printed.</source>
        <translation>Ulaznica %1 je u stanju %2; ispisuju se samo prodane ulaznice.</translation>
    </message>
    <message>
        <source>ticket %1 written to %2 (%3, %4 × %5 mm)</source>
        <translation>ulaznica %1 zapisana u %2 (%3, %4 × %5 mm)</translation>
    </message>
    <message>
        <source>as emergency reprint no. %1</source>
        <translation>kao hitni ponovni ispis br. %1</translation>
    </message>
</context>
<context>
    <name>TicketPrinter</name>
    <message>
        <source>Ticket %1 has no barcode that can be printed.</source>
        <translation>Ulaznica %1 nema barkod koji se može ispisati.</translation>
    </message>
    <message>
        <source>Ticket %1 has no QR code that can be printed.</source>
        <translation>Ulaznica %1 nema QR kod koji se može ispisati.</translation>
    </message>
    <message>
        <source>There is no ticket to print.</source>
        <translation>Nema ulaznice za ispis.</translation>
    </message>
    <message>
        <source>The printer does not accept the ticket&apos;s page size.</source>
        <translation>Pisač ne prihvaća veličinu stranice ulaznice.</translation>
    </message>
    <message>
        <source>Cannot start printing (is the printer or the file available?).</source>
        <translation>Nije moguće započeti ispis (jesu li pisač ili datoteka dostupni?).</translation>
    </message>
    <message>
        <source>The printer refused page %1.</source>
        <translation>Pisač je odbio stranicu %1.</translation>
    </message>
    <message>
        <source>Printing failed while finishing the document.</source>
        <translation>Ispis nije uspio pri dovršavanju dokumenta.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nije moguće zapisati %1: %2</translation>
    </message>
    <message>
        <source>HNS tickets</source>
        <translation>HNS ulaznice</translation>
    </message>
</context>
<context>
    <name>TicketRepository</name>
    <message>
        <source>Cannot read ticket %1: %2</source>
        <translation>Nije moguće pročitati ulaznicu %1: %2</translation>
    </message>
    <message>
        <source>There is no ticket with the barcode %1.</source>
        <translation>Ne postoji ulaznica s barkodom %1.</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Nije moguće započeti transakciju: %1</translation>
    </message>
    <message>
        <source>The new ticket codes could not be saved: %1</source>
        <translation>Nove kodove ulaznica nije bilo moguće spremiti: %1</translation>
    </message>
    <message>
        <source>there is no such ticket</source>
        <translation>ta ulaznica ne postoji</translation>
    </message>
    <message>
        <source>Cannot give ticket %1 a new barcode: %2</source>
        <translation>Nije moguće dodijeliti novi barkod ulaznici %1: %2</translation>
    </message>
    <message>
        <source>every barcode drawn was taken</source>
        <translation>svaki izvučeni barkod već je zauzet</translation>
    </message>
    <message>
        <source>Cannot sign the QR code of ticket %1: %2</source>
        <translation>Nije moguće potpisati QR kod ulaznice %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the signing key of match %1: %2</source>
        <translation>Nije moguće pročitati ključ za potpisivanje utakmice %1: %2</translation>
    </message>
    <message>
        <source>Cannot record the printing of ticket %1: %2</source>
        <translation>Nije moguće zabilježiti ispis ulaznice %1: %2</translation>
    </message>
</context>
<context>
    <name>TicketVerifier</name>
    <message>
        <source>Valid: the code was issued by Tribina for this match and seat.</source>
        <translation>Valjano: kod je izdala Tribina za ovu utakmicu i ovo sjedalo.</translation>
    </message>
    <message>
        <source>Rejected: this is not a Tribina ticket code, or it is damaged.</source>
        <translation>Odbijeno: ovo nije kod ulaznice Tribine ili je oštećen.</translation>
    </message>
    <message>
        <source>Rejected: a ticket code format this version of Tribina does not know.</source>
        <translation>Odbijeno: format koda ulaznice koji ova verzija Tribine ne poznaje.</translation>
    </message>
    <message>
        <source>Rejected: the barcode&apos;s check digit is wrong (misread or mistyped).</source>
        <translation>Odbijeno: kontrolna znamenka barkoda nije ispravna (pogrešno očitan ili upisan barkod).</translation>
    </message>
    <message>
        <source>Rejected: the ticket is for another match.</source>
        <translation>Odbijeno: ulaznica je za drugu utakmicu.</translation>
    </message>
    <message>
        <source>Rejected: the signature does not match the ticket&apos;s contents (forged or altered).</source>
        <translation>Odbijeno: potpis ne odgovara sadržaju ulaznice (krivotvorena ili izmijenjena ulaznica).</translation>
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
    <name>Tribina::FindingsPanel</name>
    <message>
        <source>No problems found.</source>
        <translation>Nisu pronađeni problemi.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n pogreška</numerusform>
            <numerusform>%n pogreške</numerusform>
            <numerusform>%n pogrešaka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n upozorenje</numerusform>
            <numerusform>%n upozorenja</numerusform>
            <numerusform>%n upozorenja</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tribina::LayoutEditorPage</name>
    <message>
        <source>Stadium layouts can be edited once the database connection is open.</source>
        <translation>Rasporedi stadiona mogu se uređivati kad se otvori veza s bazom podataka.</translation>
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
    <name>Tribina::RenumberDialog</name>
    <message>
        <source>Renumber rows: %1</source>
        <translation>Numeracija redova: %1</translation>
    </message>
    <message>
        <source>A number (1, 2, 3, …) or capital letters (A, B, C, …)</source>
        <translation>Broj (1, 2, 3, …) ili velika slova (A, B, C, …)</translation>
    </message>
    <message>
        <source>Front row first</source>
        <translation>Najprije prednji red</translation>
    </message>
    <message>
        <source>Back row first</source>
        <translation>Najprije stražnji red</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>Slijeva nadesno</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>Zdesna nalijevo</translation>
    </message>
    <message>
        <source>Consecutive (1, 2, 3, …)</source>
        <translation>Uzastopno (1, 2, 3, …)</translation>
    </message>
    <message>
        <source>Odd (1, 3, 5, …)</source>
        <translation>Neparno (1, 3, 5, …)</translation>
    </message>
    <message>
        <source>Even (2, 4, 6, …)</source>
        <translation>Parno (2, 4, 6, …)</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Oznaka prvog reda</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Redoslijed</translation>
    </message>
    <message>
        <source>First seat number</source>
        <translation>Broj prvog sjedala</translation>
    </message>
    <message>
        <source>Seat direction</source>
        <translation>Smjer numeriranja sjedala</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Korak</translation>
    </message>
</context>
<context>
    <name>Tribina::RowBlockDialog</name>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Curved rows</source>
        <translation>Zakrivljeni redovi</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source>Row block</source>
        <translation>Blok redova</translation>
    </message>
    <message>
        <source>Add rows</source>
        <translation>Dodaj redove</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Broj redova</translation>
    </message>
    <message>
        <source>Seats per row</source>
        <translation>Sjedala po redu</translation>
    </message>
    <message>
        <source>Seat pitch</source>
        <translation>Razmak sjedala</translation>
    </message>
    <message>
        <source>Row depth</source>
        <translation>Dubina reda</translation>
    </message>
    <message>
        <source>Direction (straight)</source>
        <translation>Smjer (ravni redovi)</translation>
    </message>
    <message>
        <source>Radius (curved)</source>
        <translation>Polumjer (zakrivljeni redovi)</translation>
    </message>
    <message>
        <source>Start angle (curved)</source>
        <translation>Početni kut (zakrivljeni redovi)</translation>
    </message>
    <message>
        <source>Sweep (curved)</source>
        <translation>Raspon kuta (zakrivljeni redovi)</translation>
    </message>
</context>
<context>
    <name>Tribina::RowBlockTool</name>
    <message>
        <source>New sector</source>
        <translation>Novi sektor</translation>
    </message>
    <message>
        <source>Row block</source>
        <translation>Blok redova</translation>
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
<context>
    <name>Tribina::SeatMapMinimap</name>
    <message>
        <source>Overview: click or drag to move the seat map</source>
        <translation>Pregled: kliknite ili povucite za pomicanje plana sjedala</translation>
    </message>
</context>
<context>
    <name>Tribina::SeatTypeBrushTool</name>
    <message>
        <source>Remove seats</source>
        <translation>Uklanjanje sjedala</translation>
    </message>
    <message>
        <source>Seat type brush</source>
        <translation>Kist vrste sjedala</translation>
    </message>
</context>
<context>
    <name>Tribina::SectorOutlineTool</name>
    <message>
        <source>New sector</source>
        <translation>Novi sektor</translation>
    </message>
    <message>
        <source>Draw outline</source>
        <translation>Crtanje obrisa</translation>
    </message>
</context>
<context>
    <name>Tribina::SectorPropertyPanel</name>
    <message>
        <source>Select a sector to edit its properties.</source>
        <translation>Odaberite sektor da biste uredili njegova svojstva.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standardni</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Za osobe s invaliditetom</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Za stajanje</translation>
    </message>
    <message>
        <source>Capacity of a sector without seats (standing, or sold by sector)</source>
        <translation>Kapacitet sektora bez sjedala (za stajanje ili s prodajom po sektoru)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Oznaka</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Manual capacity</source>
        <translation>Ručno zadani kapacitet</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Sjedala</translation>
    </message>
    <message>
        <source>%1 seats, %2 rows, capacity %3</source>
        <translation>%1 sjedala, broj redova: %2, kapacitet %3</translation>
    </message>
</context>
<context>
    <name>Tribina::SelectTool</name>
    <message>
        <source>Select</source>
        <translation>Odabir</translation>
    </message>
</context>
<context>
    <name>Tribina::SnakeConfigDialog</name>
    <message>
        <source>Sell this sector in snake order</source>
        <translation>Sjedala ovog sektora prodaju se prema redoslijedu dodjele</translation>
    </message>
    <message>
        <source>Snake order: %1</source>
        <translation>Redoslijed dodjele: %1</translation>
    </message>
    <message>
        <source>Best row, then the rows behind it</source>
        <translation>Najbolji red, zatim redovi iza njega</translation>
    </message>
    <message>
        <source>Best row, then the rows in front of it</source>
        <translation>Najbolji red, zatim redovi ispred njega</translation>
    </message>
    <message>
        <source>From the middle outwards</source>
        <translation>Od sredine prema rubovima</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>Slijeva nadesno</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>Zdesna nalijevo</translation>
    </message>
    <message>
        <source>Best row</source>
        <translation>Najbolji red</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Zatim</translation>
    </message>
    <message>
        <source>Within a row</source>
        <translation>Unutar reda</translation>
    </message>
</context>
<context>
    <name>Tribina::StadiumEditor</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Nespremljene promjene</translation>
    </message>
    <message>
        <source>The layout has unsaved changes. Save them as a draft before closing?</source>
        <translation>Raspored ima nespremljene promjene. Želite li ih spremiti kao nacrt prije zatvaranja?</translation>
    </message>
    <message>
        <source>New layout</source>
        <translation>Novi raspored</translation>
    </message>
    <message>
        <source>Start an empty layout</source>
        <translation>Započni prazan raspored</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Otvori…</translation>
    </message>
    <message>
        <source>Open a stadium&apos;s layout from the database</source>
        <translation>Otvori raspored stadiona iz baze podataka</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Spremi nacrt</translation>
    </message>
    <message>
        <source>Store the layout as the stadium&apos;s draft</source>
        <translation>Spremi raspored kao nacrt stadiona</translation>
    </message>
    <message>
        <source>Activate…</source>
        <translation>Aktiviraj…</translation>
    </message>
    <message>
        <source>Make the saved draft the stadium&apos;s active layout</source>
        <translation>Postavi spremljeni nacrt kao aktivni raspored stadiona</translation>
    </message>
    <message>
        <source>Import JSON…</source>
        <translation>Uvezi JSON…</translation>
    </message>
    <message>
        <source>Read a layout from a JSON file</source>
        <translation>Učitaj raspored iz JSON datoteke</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Izvezi JSON…</translation>
    </message>
    <message>
        <source>Write the layout to a JSON file</source>
        <translation>Zapiši raspored u JSON datoteku</translation>
    </message>
    <message>
        <source>Export map…</source>
        <translation>Izvezi plan…</translation>
    </message>
    <message>
        <source>Write the seat map to a PNG, SVG or PDF file</source>
        <translation>Zapiši plan sjedala u PNG, SVG ili PDF datoteku</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Poništi</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ponovi</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Odabir</translation>
    </message>
    <message>
        <source>Select, move (drag) and rotate (Ctrl+drag, R) sectors</source>
        <translation>Odabir, premještanje (povlačenje) i zakretanje (Ctrl+povlačenje, R) sektora</translation>
    </message>
    <message>
        <source>Row block</source>
        <translation>Blok redova</translation>
    </message>
    <message>
        <source>Add a block of rows: click where the front row starts, Enter adds it</source>
        <translation>Dodaj blok redova: kliknite gdje počinje prvi red, a Enter ga dodaje</translation>
    </message>
    <message>
        <source>Draw outline</source>
        <translation>Crtanje obrisa</translation>
    </message>
    <message>
        <source>Draw a sector outline: click its corners, double-click or Enter closes it, Esc cancels. Replaces the selected sector&apos;s outline or adds a new sector</source>
        <translation>Nacrtaj obris sektora: kliknite njegove kutove, dvoklik ili Enter zatvara obris, Esc odustaje. Zamjenjuje obris odabranog sektora ili dodaje novi sektor</translation>
    </message>
    <message>
        <source>Seat type</source>
        <translation>Vrsta sjedala</translation>
    </message>
    <message>
        <source>Set the type of the seats you click or drag a rectangle over</source>
        <translation>Postavi vrstu sjedala na koja kliknete ili preko kojih povučete pravokutnik</translation>
    </message>
    <message>
        <source>Remove seats</source>
        <translation>Uklanjanje sjedala</translation>
    </message>
    <message>
        <source>Remove the seats you click or drag a rectangle over</source>
        <translation>Ukloni sjedala na koja kliknete ili preko kojih povučete pravokutnik</translation>
    </message>
    <message>
        <source>Restore seats</source>
        <translation>Vrati sjedala</translation>
    </message>
    <message>
        <source>Bring back every removed seat of the selected sector</source>
        <translation>Vrati sva uklonjena sjedala odabranog sektora</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliciraj</translation>
    </message>
    <message>
        <source>Copy the selected sector next to it</source>
        <translation>Kopiraj odabrani sektor pokraj njega</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Zrcali</translation>
    </message>
    <message>
        <source>Copy the selected sector to the opposite stand</source>
        <translation>Kopiraj odabrani sektor na suprotnu tribinu</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Zakreni</translation>
    </message>
    <message>
        <source>Rotate the selected sectors by 15°</source>
        <translation>Zakreni odabrane sektore za 15°</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Izbriši</translation>
    </message>
    <message>
        <source>Remove the selected sectors</source>
        <translation>Ukloni odabrane sektore</translation>
    </message>
    <message>
        <source>Snake order…</source>
        <translation>Redoslijed dodjele…</translation>
    </message>
    <message>
        <source>How the best-seat allocator orders the selected sector&apos;s seats</source>
        <translation>Kojim redoslijedom dodjela najboljeg mjesta nudi sjedala odabranog sektora</translation>
    </message>
    <message>
        <source>Renumber rows…</source>
        <translation>Numeriraj redove…</translation>
    </message>
    <message>
        <source>Relabel the selected sector&apos;s rows and renumber their seats</source>
        <translation>Ponovno označi redove odabranog sektora i numeriraj njihova sjedala</translation>
    </message>
    <message>
        <source>Show ranking</source>
        <translation>Prikaži poredak</translation>
    </message>
    <message>
        <source>Colour the seats by their snake rank (green: sold first)</source>
        <translation>Oboji sjedala prema mjestu u redoslijedu dodjele (zeleno: prodaje se prvo)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Prilagodi</translation>
    </message>
    <message>
        <source>Show the whole stadium</source>
        <translation>Prikaži cijeli stadion</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datoteka</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Uređivanje</translation>
    </message>
    <message>
        <source>The type the seat type brush sets</source>
        <translation>Vrsta koju postavlja kist vrste sjedala</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standardno</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Tehničko</translation>
    </message>
    <message>
        <source>Wheelchair</source>
        <translation>Za invalidska kolica</translation>
    </message>
    <message>
        <source>Companion</source>
        <translation>Za pratitelja</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <source>&lt;opened layout&gt;</source>
        <translation>&lt;otvoreni raspored&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Povijest</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatsko spremanje nije uspjelo: %1</translation>
    </message>
    <message>
        <source>Draft autosaved to %1</source>
        <translation>Nacrt je automatski spremljen u %1</translation>
    </message>
    <message>
        <source>New stadium</source>
        <translation>Novi stadion</translation>
    </message>
    <message>
        <source>Loading the list of stadiums…</source>
        <translation>Učitavam popis stadiona…</translation>
    </message>
    <message>
        <source>Open layout</source>
        <translation>Otvori raspored</translation>
    </message>
    <message>
        <source>%1, %2 (draft %3)</source>
        <translation>%1, %2 (nacrt %3)</translation>
    </message>
    <message>
        <source>%1, %2 (version %3)</source>
        <translation>%1, %2 (verzija %3)</translation>
    </message>
    <message>
        <source>Stadium:</source>
        <translation>Stadion:</translation>
    </message>
    <message>
        <source>Opened %1, version %2</source>
        <translation>Otvoreno: %1, verzija %2</translation>
    </message>
    <message>
        <source>Saving the draft…</source>
        <translation>Spremam nacrt…</translation>
    </message>
    <message>
        <source>Draft saved as version %1</source>
        <translation>Nacrt je spremljen kao verzija %1</translation>
    </message>
    <message>
        <source>Activate layout</source>
        <translation>Aktiviraj raspored</translation>
    </message>
    <message>
        <source>Make version %1 the active layout of %2? Matches configured from now on use it.</source>
        <translation>Postaviti verziju %1 kao aktivni raspored stadiona %2? Utakmice koje se od sada postave koristit će je.</translation>
    </message>
    <message>
        <source>Activating…</source>
        <translation>Aktiviram…</translation>
    </message>
    <message>
        <source>Version %1 is active: %2 places</source>
        <translation>Verzija %1 je aktivna: %2 mjesta</translation>
    </message>
    <message numerus="yes">
        <source>The layout cannot be activated: it has %n error(s).</source>
        <translation>
            <numerusform>Raspored nije moguće aktivirati: ima %n pogrešku.</numerusform>
            <numerusform>Raspored nije moguće aktivirati: ima %n pogreške.</numerusform>
            <numerusform>Raspored nije moguće aktivirati: ima %n pogrešaka.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the draft first: the saved draft is what is activated.</source>
        <translation>Najprije spremite nacrt: aktivira se spremljeni nacrt.</translation>
    </message>
    <message>
        <source>Import layout</source>
        <translation>Uvezi raspored</translation>
    </message>
    <message>
        <source>Layouts (*.json)</source>
        <translation>Rasporedi (*.json)</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Uvezeno: %1</translation>
    </message>
    <message>
        <source>Export layout</source>
        <translation>Izvezi raspored</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Izvezeno: %1</translation>
    </message>
    <message>
        <source>No removed seats in this sector.</source>
        <translation>U ovom sektoru nema uklonjenih sjedala.</translation>
    </message>
    <message>
        <source>The sector has no rows to renumber.</source>
        <translation>Sektor nema redova za numeriranje.</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Izvezi plan</translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .svg or .pdf.</source>
        <translation>Odaberite datoteku s nastavkom .png, .svg ili .pdf.</translation>
    </message>
    <message>
        <source>Exported the map to %1</source>
        <translation>Plan je izvezen u %1</translation>
    </message>
    <message>
        <source>Images and documents (*.png *.svg *.pdf);;PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</source>
        <translation>Slike i dokumenti (*.png *.svg *.pdf);;PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</translation>
    </message>
</context>
</TS>
