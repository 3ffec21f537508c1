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
    <name>AuditCommands</name>
    <message>
        <source>  audit ship --loki URL [--batch N] [--env NAME] [--tenant ID] [--follow] [--poll SECONDS]
                             push unshipped audit events to Grafana Loki (URL/loki/api/v1/push);
                             retries 429/5xx, parks events Loki rejects; --follow keeps running
</source>
        <translation>  audit ship --loki URL [--batch N] [--env NAZIV] [--tenant ID] [--follow] [--poll SEKUNDE]
                             pošalji neposlane revizijske događaje u Grafana Loki (URL/loki/api/v1/push);
                             ponavlja pri 429/5xx, odlaže događaje koje Loki odbije; uz --follow radi i dalje
</translation>
    </message>
    <message>
        <source>usage: tribina-admin [--uri postgresql://...] [--demo] audit ...
</source>
        <translation>uporaba: tribina-admin [--uri postgresql://...] [--demo] audit ...
</translation>
    </message>
    <message>
        <source>--batch takes a number from 1 to 100000</source>
        <translation>--batch prima broj od 1 do 100000</translation>
    </message>
    <message>
        <source>--poll takes seconds from 1 to 3600</source>
        <translation>--poll prima broj sekundi od 1 do 3600</translation>
    </message>
    <message>
        <source>Not an http(s) URL: %1</source>
        <translation>Nije http(s) URL: %1</translation>
    </message>
    <message>
        <source>shipping to %1 (env %2)</source>
        <translation>šaljem na %1 (okruženje %2)</translation>
    </message>
    <message numerus="yes">
        <source>shipped %n event(s): %1</source>
        <translation>
            <numerusform>poslan %n događaj: %1</numerusform>
            <numerusform>poslana %n događaja: %1</numerusform>
            <numerusform>poslano %n događaja: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (after %n retry/retries)</source>
        <translation>
            <numerusform> (nakon %n ponovnog pokušaja)</numerusform>
            <numerusform> (nakon %n ponovna pokušaja)</numerusform>
            <numerusform> (nakon %n ponovnih pokušaja)</numerusform>
        </translation>
    </message>
    <message>
        <source>parked event %1: Loki answered HTTP %2: %3</source>
        <translation>odložen događaj %1: Loki je odgovorio HTTP %2: %3</translation>
    </message>
    <message>
        <source>%1 shipped, %2 parked, %3 batch(es), %4 retries</source>
        <translation>poslano: %1, odloženo: %2, paketa: %3, ponovnih pokušaja: %4</translation>
    </message>
</context>
<context>
    <name>AuditShipper</name>
    <message>
        <source>Cannot read the audit outbox: %1</source>
        <translation>Nije moguće pročitati izlazni spremnik revizije: %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>Loki did not take the events after %1 attempts (%2)</source>
        <translation>Loki nije prihvatio događaje ni nakon %1 pokušaja (%2)</translation>
    </message>
    <message>
        <source>Stopped while waiting to retry (%1)</source>
        <translation>Zaustavljeno tijekom čekanja na ponovni pokušaj (%1)</translation>
    </message>
    <message>
        <source>Cannot mark the events shipped: %1</source>
        <translation>Nije moguće označiti događaje kao poslane: %1</translation>
    </message>
    <message>
        <source>Cannot park event %1: %2</source>
        <translation>Nije moguće odložiti događaj %1: %2</translation>
    </message>
    <message>
        <source>Cannot begin a transaction: %1</source>
        <translation>Nije moguće započeti transakciju: %1</translation>
    </message>
    <message>
        <source>Cannot commit the shipped events: %1</source>
        <translation>Nije moguće potvrditi poslane događaje: %1</translation>
    </message>
    <message>
        <source>Cannot listen for new audit events; polling every %1 ms</source>
        <translation>Nije moguće pratiti nove revizijske događaje; provjeravam svakih %1 ms</translation>
    </message>
</context>
<context>
    <name>BenchCommands</name>
    <message>
        <source>  bench sales --match UUID [--sellers N] [--hot-seats K] [--max-seats S]
              [--pgbench-seconds T] [--pgbench-scale F] [--no-pgbench]
                             concurrent counter sales on K hot seats of the match (sells
                             them!), checks no seat is sold twice, prints TPS and latency
                             beside pgbench&apos;s TPC-B-like run on the same server
</source>
        <translation>  bench sales --match UUID [--sellers N] [--hot-seats K] [--max-seats S]
              [--pgbench-seconds T] [--pgbench-scale F] [--no-pgbench]
                             istodobna prodaja na šalterima na K vrućih sjedala utakmice (stvarno
                             ih prodaje!), provjerava da nijedno sjedalo nije prodano dvaput, ispisuje TPS
                             i latenciju uz izvođenje pgbencha nalik TPC-B na istom poslužitelju
</translation>
    </message>
    <message>
        <source>pgbench not found (Debian: package postgresql or postgresql-contrib)</source>
        <translation>pgbench nije pronađen (Debian: paket postgresql ili postgresql-contrib)</translation>
    </message>
    <message>
        <source>cannot create the scratch database %1: %2</source>
        <translation>nije moguće stvoriti privremenu bazu podataka %1: %2</translation>
    </message>
    <message>
        <source>pgbench %1 failed: %2</source>
        <translation>pgbench %1 nije uspio: %2</translation>
    </message>
    <message>
        <source>no tps in pgbench&apos;s output: %1</source>
        <translation>nema tps u izlazu pgbencha: %1</translation>
    </message>
    <message>
        <source>Cannot read who is connected: %1</source>
        <translation>Nije moguće pročitati tko je spojen: %1</translation>
    </message>
    <message>
        <source>Connect as a box-office or admin staff login (or a superuser).</source>
        <translation>Spojite se prijavom djelatnika blagajne ili administratora (ili kao superkorisnik).</translation>
    </message>
    <message>
        <source>Cannot create the bench login: %1</source>
        <translation>Nije moguće stvoriti prijavu za mjerenje: %1</translation>
    </message>
    <message>
        <source>The match&apos;s buyer limit is %1: sales of 1–%1 seats.</source>
        <translation>Ograničenje po kupcu za utakmicu je %1: prodaje po 1–%1 sjedala.</translation>
    </message>
    <message>
        <source>Cannot read the match&apos;s seats: %1</source>
        <translation>Nije moguće pročitati sjedala utakmice: %1</translation>
    </message>
    <message>
        <source>The match has only %1 available priced seats; %2 wanted.</source>
        <translation>Utakmica ima samo %1 slobodnih sjedala s cijenom; traženo je %2.</translation>
    </message>
    <message>
        <source>Sales: %1 sellers, %2 hot seats, 1–%3 seats per sale ...</source>
        <translation>Prodaja: prodavača %1, vrućih sjedala %2, 1–%3 sjedala po prodaji ...</translation>
    </message>
    <message>
        <source>The load failed: %1</source>
        <translation>Test opterećenja nije uspio: %1</translation>
    </message>
    <message>
        <source>  attempts %1, sales %2, seats sold %3, refused (seat taken) %4, loser told the seat %5
</source>
        <translation>  pokušaja %1, prodaja %2, prodanih sjedala %3, odbijeno (sjedalo zauzeto) %4, gubitniku javljeno sjedalo %5
</translation>
    </message>
    <message>
        <source>  deadlocks (40P01) %1, other errors %2, seats sold twice %3, unique index %4
</source>
        <translation>  međusobnih blokada (40P01) %1, ostalih pogrešaka %2, dvaput prodanih sjedala %3, jedinstveni indeks %4
</translation>
    </message>
    <message>
        <source>present</source>
        <translation>postoji</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>NEDOSTAJE</translation>
    </message>
    <message>
        <source>  %1 s: %2 sales/s (%3 attempts/s); sale latency median %4 ms, p99 %5 ms (attempts: median %6 ms, p99 %7 ms)
</source>
        <translation>  %1 s: %2 prodaja/s (%3 pokušaja/s); latencija prodaje medijan %4 ms, p99 %5 ms (pokušaji: medijan %6 ms, p99 %7 ms)
</translation>
    </message>
    <message>
        <source>  error: %1</source>
        <translation>  pogreška: %1</translation>
    </message>
    <message>
        <source>pgbench: %1</source>
        <translation>pgbench: %1</translation>
    </message>
    <message>
        <source>Invariants hold.</source>
        <translation>Invarijante vrijede.</translation>
    </message>
    <message>
        <source>INVARIANT BROKEN.</source>
        <translation>INVARIJANTA PREKRŠENA.</translation>
    </message>
    <message numerus="yes">
        <source>Selling as %n box-office staff login(s) tribina_bench_NN, one per seller.</source>
        <translation>
            <numerusform>Prodaja kao %n prijava blagajne tribina_bench_NN, jedna po prodavaču.</numerusform>
            <numerusform>Prodaja kao %n prijave blagajne tribina_bench_NN, jedna po prodavaču.</numerusform>
            <numerusform>Prodaja kao %n prijava blagajne tribina_bench_NN, jedna po prodavaču.</numerusform>
        </translation>
    </message>
    <message>
        <source>  pgbench TPC-B-like, %1 clients: %2 tps, latency median %3 ms, p99 %4 ms
</source>
        <translation>  pgbench (TPC-B), %1 klijenata: %2 tps, latencija medijan %3 ms, p99 %4 ms
</translation>
    </message>
    <message>
        <source>  sale transactions/pgbench = %1, p99 %2 ms; completed sales/pgbench = %3, p99 %4 ms (targets: ratio ≥ 0.5, p99 &lt; 25 ms)
</source>
        <translation>  prodajne transakcije/pgbench = %1, p99 %2 ms; dovršene prodaje/pgbench = %3, p99 %4 ms (ciljevi: omjer ≥ 0,5, p99 &lt; 25 ms)
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
    <name>DemoFriendly</name>
    <message>
        <source>Opening a friendly with free seating (sold by quantity)…</source>
        <translation>Otvaranje prijateljske utakmice sa slobodnim sjedenjem (prodaja po broju mjesta)…</translation>
    </message>
    <message>
        <source>Cannot seed the friendly (%1): %2</source>
        <translation>Prijateljska utakmica se ne može pripremiti (%1): %2</translation>
    </message>
</context>
<context>
    <name>DemoPetrol</name>
    <message>
        <source>Setting up petrol-station sales…</source>
        <translation>Postavljam prodaju na benzinskim postajama…</translation>
    </message>
    <message>
        <source>Cannot seed the petrol demo (%1): %2</source>
        <translation>Nije moguće unijeti demo podatke benzinskih postaja (%1): %2</translation>
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
    <name>DemoTickets</name>
    <message>
        <source>Seeding the demo tickets failed (%1): %2</source>
        <translation>Unos demo ulaznica nije uspio (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>Selling %n demo ticket(s) through the online shop…</source>
        <translation>
            <numerusform>Prodajem %n demo ulaznicu putem internetske trgovine…</numerusform>
            <numerusform>Prodajem %n demo ulaznice putem internetske trgovine…</numerusform>
            <numerusform>Prodajem %n demo ulaznica putem internetske trgovine…</numerusform>
        </translation>
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
    <name>EmergencyCache</name>
    <message>
        <source>The offline cache %1 cannot be written: %2</source>
        <translation>Nije moguće zapisati izvanmrežnu predmemoriju %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder of the offline cache %1.</source>
        <translation>Nije moguće stvoriti mapu izvanmrežne predmemorije %1.</translation>
    </message>
    <message>
        <source>Cannot open the offline cache %1: %2</source>
        <translation>Nije moguće otvoriti izvanmrežnu predmemoriju %1: %2</translation>
    </message>
    <message>
        <source>The offline cache cannot be written.</source>
        <translation>Nije moguće zapisati izvanmrežnu predmemoriju.</translation>
    </message>
    <message>
        <source>The offline cache cannot be written: %1</source>
        <translation>Nije moguće zapisati izvanmrežnu predmemoriju: %1</translation>
    </message>
</context>
<context>
    <name>EmergencyRepository</name>
    <message>
        <source>%1: the connection to the server broke.</source>
        <translation>%1: veza s poslužiteljem je prekinuta.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Poslužitelj nije dostupan.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot search for tickets</source>
        <translation>Nije moguće pretražiti ulaznice</translation>
    </message>
    <message>
        <source>Cannot read the matches</source>
        <translation>Nije moguće pročitati utakmice</translation>
    </message>
    <message>
        <source>Cannot read the tickets for the offline cache</source>
        <translation>Nije moguće pročitati ulaznice za izvanmrežnu predmemoriju</translation>
    </message>
    <message>
        <source>Cannot read the ticket</source>
        <translation>Nije moguće pročitati ulaznicu</translation>
    </message>
    <message>
        <source>Cannot record the print</source>
        <translation>Nije moguće zabilježiti ispis</translation>
    </message>
</context>
<context>
    <name>EmergencyText</name>
    <message>
        <source>Barcode or QR code</source>
        <translation>Barkod ili QR kod</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Broj narudžbe</translation>
    </message>
    <message>
        <source>Holder name</source>
        <translation>Ime vlasnika ulaznice</translation>
    </message>
    <message>
        <source>OIB</source>
        <translation>OIB</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Broj putovnice</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Putovnica</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Osobna iskaznica</translation>
    </message>
    <message>
        <source>Sold (valid)</source>
        <translation>Prodana (valjana)</translation>
    </message>
    <message>
        <source>Already used at the gate</source>
        <translation>Već iskorištena na ulazu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Otkazana</translation>
    </message>
    <message>
        <source>Transferred to another holder</source>
        <translation>Prenesena na drugog vlasnika</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Izvršen povrat</translation>
    </message>
    <message>
        <source>This ticket is for another match. Check the match selected above.</source>
        <translation>Ova je ulaznica za drugu utakmicu. Provjerite utakmicu odabranu gore.</translation>
    </message>
    <message>
        <source>This ticket has already been used to enter the stadium. It cannot be reprinted.</source>
        <translation>Ova je ulaznica već iskorištena za ulazak na stadion. Ne može se ponovno ispisati.</translation>
    </message>
    <message>
        <source>This ticket was transferred; the new holder&apos;s ticket is the valid one. It cannot be reprinted.</source>
        <translation>Ova je ulaznica prenesena; valjana je ulaznica novog vlasnika. Ne može se ponovno ispisati.</translation>
    </message>
    <message>
        <source>This ticket was refunded. It cannot be reprinted.</source>
        <translation>Za ovu je ulaznicu izvršen povrat. Ne može se ponovno ispisati.</translation>
    </message>
    <message>
        <source>This ticket was cancelled. It cannot be reprinted.</source>
        <translation>Ova je ulaznica otkazana. Ne može se ponovno ispisati.</translation>
    </message>
    <message>
        <source>The match is closed. Its tickets can no longer be reprinted.</source>
        <translation>Utakmica je zatvorena. Njezine se ulaznice više ne mogu ponovno ispisati.</translation>
    </message>
    <message>
        <source>The holder is on the stadium ban list. The ticket must not be printed; call the security officer.</source>
        <translation>Vlasnik ulaznice nalazi se na crnoj listi stadiona. Ulaznica se ne smije ispisati; pozovite povjerenika za sigurnost.</translation>
    </message>
    <message>
        <source>There is no such ticket.</source>
        <translation>Takva ulaznica ne postoji.</translation>
    </message>
    <message>
        <source>The holder is on the stadium ban list. The ticket must not be printed.</source>
        <translation>Vlasnik ulaznice nalazi se na crnoj listi stadiona. Ulaznica se ne smije ispisati.</translation>
    </message>
    <message>
        <source>Enter the reason for the emergency print.</source>
        <translation>Unesite razlog hitnog ispisa.</translation>
    </message>
    <message>
        <source>Confirm the holder&apos;s identity check before printing.</source>
        <translation>Prije ispisa potvrdite da je identitet vlasnika ulaznice provjeren.</translation>
    </message>
    <message>
        <source>Choose the document that was checked: identity card or passport.</source>
        <translation>Odaberite provjereni dokument: osobnu iskaznicu ili putovnicu.</translation>
    </message>
    <message>
        <source>Enter where the ticket is printed (gate or desk).</source>
        <translation>Unesite mjesto ispisa ulaznice (ulaz ili šalter).</translation>
    </message>
    <message>
        <source>The print could not be identified; try again.</source>
        <translation>Ispis nije bilo moguće identificirati; pokušajte ponovno.</translation>
    </message>
    <message>
        <source>Enter something to search for (a name needs at least 2 letters).</source>
        <translation>Unesite pojam za pretraživanje (ime mora imati najmanje 2 slova).</translation>
    </message>
    <message>
        <source>Your account may not use emergency printing.</source>
        <translation>Vaš račun nema pravo na hitni ispis.</translation>
    </message>
    <message>
        <source>This QR code is damaged or is not a Tribina ticket.</source>
        <translation>Ovaj QR kod je oštećen ili nije ulaznica Tribine.</translation>
    </message>
    <message>
        <source>This QR code is not a Tribina ticket.</source>
        <translation>Ovaj QR kod nije ulaznica Tribine.</translation>
    </message>
    <message>
        <source>The barcode&apos;s check digit is wrong: it was probably mistyped. Type it again or scan it.</source>
        <translation>Kontrolna znamenka barkoda nije ispravna: vjerojatno je pogrešno upisan. Upišite ga ponovno ili ga skenirajte.</translation>
    </message>
</context>
<context>
    <name>FeeRepository</name>
    <message>
        <source>Could not read the fees of the match: %1</source>
        <translation>Nije moguće pročitati naknade utakmice: %1</translation>
    </message>
    <message>
        <source>The match does not exist.</source>
        <translation>Utakmica ne postoji.</translation>
    </message>
    <message>
        <source>The price or discount is out of range.</source>
        <translation>Cijena ili popust izvan su dopuštenog raspona.</translation>
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
    <message>
        <source>Wait this long after the window appears before the screenshot (default: 400).</source>
        <translation>Koliko čekati nakon pojave prozora prije snimke zaslona (zadano: 400).</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>milisekunde</translation>
    </message>
    <message>
        <source>The module shown first: administration, boxoffice, petrol, emergencyprinting, quotas or reports.</source>
        <translation>Modul prikazan prvi: administration, boxoffice, petrol, emergencyprinting, quotas ili reports.</translation>
    </message>
    <message>
        <source>module</source>
        <translation>modul</translation>
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
    <name>LiveMatchMapReader</name>
    <message>
        <source>Reading the price categories failed: %1</source>
        <translation>Čitanje cjenovnih kategorija nije uspjelo: %1</translation>
    </message>
    <message>
        <source>Reading the sectors failed: %1</source>
        <translation>Čitanje sektora nije uspjelo: %1</translation>
    </message>
    <message>
        <source>Reading the seat map failed: %1</source>
        <translation>Čitanje plana sjedala nije uspjelo: %1</translation>
    </message>
    <message>
        <source>Reading the seat changes failed: %1</source>
        <translation>Čitanje promjena sjedala nije uspjelo: %1</translation>
    </message>
    <message>
        <source>Reading the server&apos;s snapshot failed: %1</source>
        <translation>Čitanje snimke stanja poslužitelja nije uspjelo: %1</translation>
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
    <name>MatchServerReader</name>
    <message>
        <source>The match is not on the server any more.</source>
        <translation>Utakmica više nije na poslužitelju.</translation>
    </message>
    <message>
        <source>The server could not be read.</source>
        <translation>Nije moguće čitati s poslužitelja.</translation>
    </message>
</context>
<context>
    <name>MatchSetupRepository</name>
    <message>
        <source>This sales phase overlaps another phase of the match. Phases of a match may follow each other but never overlap.</source>
        <translation>Ova se faza prodaje preklapa s drugom fazom utakmice. Faze utakmice mogu slijediti jedna za drugom, ali se nikada ne smiju preklapati.</translation>
    </message>
    <message>
        <source>The seat inventory of this match exists already.</source>
        <translation>Popis sjedala za ovu utakmicu već postoji.</translation>
    </message>
    <message>
        <source>A price category of that name exists already.</source>
        <translation>Cjenovna kategorija tog naziva već postoji.</translation>
    </message>
    <message>
        <source>You are not allowed to do this (%1).</source>
        <translation>Nemate dopuštenje za ovu radnju (%1).</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 nije uspjelo: %2</translation>
    </message>
    <message>
        <source>Reading the match</source>
        <translation>Čitanje utakmice</translation>
    </message>
    <message>
        <source>The match does not exist.</source>
        <translation>Utakmica ne postoji.</translation>
    </message>
    <message>
        <source>The stadium configuration is %1; set it back to draft to change it.</source>
        <translation>Konfiguracija stadiona nije u nacrtu (%1); za izmjene je vratite u nacrt.</translation>
    </message>
    <message>
        <source>Reading the venues</source>
        <translation>Čitanje stadiona</translation>
    </message>
    <message>
        <source>Reading the matches</source>
        <translation>Čitanje utakmica</translation>
    </message>
    <message>
        <source>A match needs both teams and a competition.</source>
        <translation>Za utakmicu su potrebne obje momčadi i natjecanje.</translation>
    </message>
    <message>
        <source>A match needs a kick-off time and a venue.</source>
        <translation>Za utakmicu su potrebni vrijeme početka i stadion.</translation>
    </message>
    <message>
        <source>Saving the match</source>
        <translation>Spremanje utakmice</translation>
    </message>
    <message>
        <source>The match is cancelled or closed and can no longer be changed.</source>
        <translation>Utakmica je otkazana ili zatvorena i više se ne može mijenjati.</translation>
    </message>
    <message>
        <source>Reading the price categories</source>
        <translation>Čitanje cjenovnih kategorija</translation>
    </message>
    <message>
        <source>A price category needs a name.</source>
        <translation>Za cjenovnu kategoriju potreban je naziv.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Cijena ne može biti negativna.</translation>
    </message>
    <message>
        <source>Saving the price category</source>
        <translation>Spremanje cjenovne kategorije</translation>
    </message>
    <message>
        <source>The price category no longer exists.</source>
        <translation>Cjenovna kategorija više ne postoji.</translation>
    </message>
    <message>
        <source>Deleting the price category</source>
        <translation>Brisanje cjenovne kategorije</translation>
    </message>
    <message>
        <source>Reading the sectors</source>
        <translation>Čitanje sektora</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Nije moguće započeti transakciju: %1</translation>
    </message>
    <message>
        <source>Configuring the sectors</source>
        <translation>Konfiguriranje sektora</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>Nije moguće potvrditi transakciju: %1</translation>
    </message>
    <message>
        <source>Painting the price category</source>
        <translation>Dodjeljivanje cjenovne kategorije</translation>
    </message>
    <message>
        <source>Reading the sales phases</source>
        <translation>Čitanje faza prodaje</translation>
    </message>
    <message>
        <source>A sales phase needs a name.</source>
        <translation>Za fazu prodaje potreban je naziv.</translation>
    </message>
    <message>
        <source>A sales phase ends after it starts.</source>
        <translation>Faza prodaje mora završiti nakon što počne.</translation>
    </message>
    <message>
        <source>The ticket limit per buyer must be at least 1.</source>
        <translation>Ograničenje ulaznica po kupcu mora biti najmanje 1.</translation>
    </message>
    <message>
        <source>Saving the sales phase</source>
        <translation>Spremanje faze prodaje</translation>
    </message>
    <message>
        <source>The sales phase no longer exists.</source>
        <translation>Faza prodaje više ne postoji.</translation>
    </message>
    <message>
        <source>Deleting the sales phase</source>
        <translation>Brisanje faze prodaje</translation>
    </message>
    <message>
        <source>Tickets were sold in this phase: deactivate it instead of deleting it.</source>
        <translation>U ovoj su fazi prodane ulaznice: umjesto brisanja je deaktivirajte.</translation>
    </message>
    <message>
        <source>Reading the fees</source>
        <translation>Čitanje naknada</translation>
    </message>
    <message>
        <source>Generating the seat inventory</source>
        <translation>Generiranje popisa sjedala</translation>
    </message>
    <message>
        <source>The match&apos;s venue has no active layout.</source>
        <translation>Stadion utakmice nema aktivni raspored.</translation>
    </message>
    <message>
        <source>Cancelled: no seats were written.</source>
        <translation>Otkazano: nijedno sjedalo nije zapisano.</translation>
    </message>
    <message>
        <source>Checking the configuration</source>
        <translation>Provjeravanje konfiguracije</translation>
    </message>
    <message>
        <source>Changing the configuration status</source>
        <translation>Mijenjanje statusa konfiguracije</translation>
    </message>
    <message>
        <source>Lock the stadium configuration before publishing the match.</source>
        <translation>Zaključajte konfiguraciju stadiona prije objave utakmice.</translation>
    </message>
    <message>
        <source>Publishing the match</source>
        <translation>Objavljivanje utakmice</translation>
    </message>
    <message>
        <source>Say why the match is cancelled.</source>
        <translation>Navedite razlog otkazivanja utakmice.</translation>
    </message>
    <message>
        <source>Cancelling the match</source>
        <translation>Otkazivanje utakmice</translation>
    </message>
    <message>
        <source>Every seat operation needs a reason.</source>
        <translation>Za svaku radnju na sjedalima potreban je razlog.</translation>
    </message>
    <message>
        <source>Changing the seats</source>
        <translation>Mijenjanje sjedala</translation>
    </message>
    <message>
        <source>The fee</source>
        <translation>Naknada</translation>
    </message>
    <message>
        <source>The ticket VAT of home matches</source>
        <translation>PDV na ulaznicu za domaće utakmice</translation>
    </message>
    <message>
        <source>The ticket VAT of away matches</source>
        <translation>PDV na ulaznicu za gostujuće utakmice</translation>
    </message>
    <message>
        <source>The fee VAT of home matches</source>
        <translation>PDV na naknadu za domaće utakmice</translation>
    </message>
    <message>
        <source>The fee VAT of away matches</source>
        <translation>PDV na naknadu za gostujuće utakmice</translation>
    </message>
    <message>
        <source>%1 must lie between 0 % and 100 %.</source>
        <translation>%1 mora biti između 0 % i 100 %.</translation>
    </message>
    <message>
        <source>A fee configuration needs the date it takes effect.</source>
        <translation>Konfiguracija naknada mora imati datum od kojeg važi.</translation>
    </message>
    <message>
        <source>A fee configuration cannot end before it takes effect.</source>
        <translation>Konfiguracija naknada ne može prestati važiti prije nego što počne važiti.</translation>
    </message>
    <message>
        <source>Saving the fees</source>
        <translation>Spremanje naknada</translation>
    </message>
    <message>
        <source>The period must contain the match day (%1), or the fees would never apply to the match.</source>
        <translation>Razdoblje mora obuhvaćati dan utakmice (%1), inače se naknade nikad ne bi primijenile na utakmicu.</translation>
    </message>
    <message>
        <source>The fee configuration no longer exists.</source>
        <translation>Konfiguracija naknada više ne postoji.</translation>
    </message>
    <message>
        <source>Returning to the default fees</source>
        <translation>Vraćanje na zadane naknade</translation>
    </message>
</context>
<context>
    <name>MatchSetupText</name>
    <message>
        <source>General</source>
        <translation>Opća namjena</translation>
    </message>
    <message>
        <source>Away fans</source>
        <translation>Gostujući navijači</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Novinari</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Besplatno</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otvoreno</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zatvoreno</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Održavanje</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Program vjernosti</translation>
    </message>
    <message>
        <source>General public</source>
        <translation>Slobodna prodaja</translation>
    </message>
    <message>
        <source>Quotas only</source>
        <translation>Samo kvote</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Nacrt</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Objavljeno</translation>
    </message>
    <message>
        <source>Match day</source>
        <translation>Dan utakmice</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Otkazano</translation>
    </message>
    <message>
        <source>Configuration: draft</source>
        <translation>Konfiguracija: nacrt</translation>
    </message>
    <message>
        <source>Configuration: validated</source>
        <translation>Konfiguracija: provjerena</translation>
    </message>
    <message>
        <source>Configuration: locked</source>
        <translation>Konfiguracija: zaključana</translation>
    </message>
    <message>
        <source>The match is closed or cancelled.</source>
        <translation>Utakmica je zatvorena ili otkazana.</translation>
    </message>
    <message>
        <source>The match has no price categories.</source>
        <translation>Utakmica nema cjenovnih kategorija.</translation>
    </message>
    <message>
        <source>Sector %1 has no match configuration.</source>
        <translation>Sektor %1 nema konfiguraciju za utakmicu.</translation>
    </message>
    <message>
        <source>The seat inventory has not been generated (%1 seats).</source>
        <translation>Popis sjedala nije generiran (sjedala: %1).</translation>
    </message>
    <message>
        <source>%1 seats of sector %2 are missing from the inventory.</source>
        <translation>U popisu sjedala nedostaje sjedala sektora %2: %1.</translation>
    </message>
    <message>
        <source>%1 inventory seats are not part of the match&apos;s layout.</source>
        <translation>Sjedala u popisu koja nisu dio rasporeda utakmice: %1.</translation>
    </message>
    <message>
        <source>%1 sellable seats of sector %2 have no price category.</source>
        <translation>Sjedala za prodaju u sektoru %2 bez cjenovne kategorije: %1.</translation>
    </message>
    <message>
        <source>Sector %1 is sold by capacity and has no price category.</source>
        <translation>Sektor %1 prodaje se po kapacitetu i nema cjenovnu kategoriju.</translation>
    </message>
    <message>
        <source>The match has no active sales phase.</source>
        <translation>Utakmica nema aktivnu fazu prodaje.</translation>
    </message>
    <message>
        <source>Sales phase “%1” ends after kick-off.</source>
        <translation>Faza prodaje „%1” završava nakon početka utakmice.</translation>
    </message>
    <message>
        <source>No fee configuration is in force on the match day.</source>
        <translation>Na dan utakmice ne vrijedi nijedna konfiguracija naknada.</translation>
    </message>
    <message>
        <source>Seats of this match are sold, held or allocated: the configuration stays locked.</source>
        <translation>Sjedala ove utakmice prodana su, zadržana ili dodijeljena: konfiguracija ostaje zaključana.</translation>
    </message>
    <message>
        <source>Validate the configuration before locking it.</source>
        <translation>Provjerite konfiguraciju prije nego što je zaključate.</translation>
    </message>
    <message>
        <source>Problem %1 (%2).</source>
        <translation>Problem %1 (%2).</translation>
    </message>
    <message>
        <source>sold (refund or cancel the ticket first)</source>
        <translation>prodano (najprije izvršite povrat ili otkažite ulaznicu)</translation>
    </message>
    <message>
        <source>held by a counter</source>
        <translation>zadržano na šalteru</translation>
    </message>
    <message>
        <source>allocated to a quota</source>
        <translation>dodijeljeno kvoti</translation>
    </message>
    <message>
        <source>already in that state</source>
        <translation>već je u tom stanju</translation>
    </message>
    <message>
        <source>not in this match&apos;s inventory</source>
        <translation>nije u popisu sjedala ove utakmice</translation>
    </message>
    <message>
        <source>a technical position cannot be sold</source>
        <translation>tehnička pozicija ne može se prodati</translation>
    </message>
</context>
<context>
    <name>MatchSnapshotStore</name>
    <message>
        <source>Not connected to the server.</source>
        <translation>Nije uspostavljena veza s poslužiteljem.</translation>
    </message>
    <message>
        <source>The local cache could not be written: %1</source>
        <translation>Nije moguće zapisati lokalnu predmemoriju: %1</translation>
    </message>
    <message>
        <source>The local cache %1 cannot be opened: %2</source>
        <translation>Nije moguće otvoriti lokalnu predmemoriju %1: %2</translation>
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
    <name>Outcome</name>
    <message>
        <source>The server could not be read: %1</source>
        <translation>Nije moguće čitati s poslužitelja: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The database connection is not available.</source>
        <translation>Veza s bazom podataka nije dostupna.</translation>
    </message>
</context>
<context>
    <name>QuotaCommands</name>
    <message>
        <source>  quota list --match UUID      the match&apos;s quotas with their counts and status
  quota create --match UUID --email E --name N --quantity Q [--sectors A,B]
               [--discount 0-100] [--algorithm NM|REDOM] [--expires YYYY-MM-DD]
               [--note TEXT] [--subquotas] [--no-transfer] [--deferred-payment]
               [--no-email] [--allocate] [--dry-run]
                             create a quota (and allocate its seats)
  quota allocate QUOTA [--dry-run]
                             allocate a quota&apos;s missing seats; prints the seats chosen
  quota import FILE --match UUID [--match UUID ...] [--algorithm NM|REDOM]
               [--expires YYYY-MM-DD] [--dry-run]
                             import quotas from CSV (email, name, quantity[, sectors,
                             discount]); --dry-run lists the rows&apos; errors only
  quota cancel QUOTA --type all-unused|unfulfilled-only
  quota export QUOTA (--csv FILE | --pdf FILE)
                             the quota&apos;s seat list (CSV) or summary for the recipient (PDF)
  (quota commands: --as LOGIN acts as that staff login on a superuser connection)
</source>
        <translation>  quota list --match UUID      kvote utakmice s brojčanim stanjem i statusom
  quota create --match UUID --email E --name N --quantity Q [--sectors A,B]
               [--discount 0-100] [--algorithm NM|REDOM] [--expires YYYY-MM-DD]
               [--note TEKST] [--subquotas] [--no-transfer] [--deferred-payment]
               [--no-email] [--allocate] [--dry-run]
                             stvori kvotu (i dodijeli joj sjedala)
  quota allocate KVOTA [--dry-run]
                             dodijeli kvoti sjedala koja nedostaju; ispisuje odabrana sjedala
  quota import DATOTEKA --match UUID [--match UUID ...] [--algorithm NM|REDOM]
               [--expires YYYY-MM-DD] [--dry-run]
                             uvezi kvote iz CSV-a (email, name, quantity[, sectors,
                             discount]); --dry-run samo ispisuje pogreške u redcima
  quota cancel KVOTA --type all-unused|unfulfilled-only
  quota export KVOTA (--csv DATOTEKA | --pdf DATOTEKA)
                             popis sjedala kvote (CSV) ili sažetak za primatelja (PDF)
  (naredbe quota: --as LOGIN radi kao ta prijava djelatnika preko veze superkorisnika)
</translation>
    </message>
    <message>
        <source>usage: tribina-admin [--uri postgresql://...] [--demo] quota ...
</source>
        <translation>uporaba: tribina-admin [--uri postgresql://...] [--demo] quota ...
</translation>
    </message>
    <message>
        <source>Cannot act as %1: %2</source>
        <translation>Nije moguće djelovati kao %1: %2</translation>
    </message>
    <message>
        <source>  sector %1, row %2: %3</source>
        <translation>  sektor %1, red %2: %3</translation>
    </message>
    <message>
        <source>%1  %2 &lt;%3&gt;  %4  %5 seats: %6 allocated, %7 reserved, %8 sold, %9 delegated</source>
        <translation>%1  %2 &lt;%3&gt;  %4  sjedala: %5; dodijeljeno %6, rezervirano %7, prodano %8, delegirano %9</translation>
    </message>
    <message>
        <source>Unknown algorithm %1 (NM or REDOM).</source>
        <translation>Nepoznat algoritam %1 (NM ili REDOM).</translation>
    </message>
    <message>
        <source>The match has no sector %1.</source>
        <translation>Utakmica nema sektor %1.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: a quota for %1 would get %n seat(s):</source>
        <translation>
            <numerusform>Probno izvođenje: kvota za %1 dobila bi %n sjedalo:</numerusform>
            <numerusform>Probno izvođenje: kvota za %1 dobila bi %n sjedala:</numerusform>
            <numerusform>Probno izvođenje: kvota za %1 dobila bi %n sjedala:</numerusform>
        </translation>
    </message>
    <message>
        <source>Created quota %1</source>
        <translation>Stvorena kvota %1</translation>
    </message>
    <message numerus="yes">
        <source>Allocated %n seat(s):</source>
        <translation>
            <numerusform>Dodijeljeno %n sjedalo:</numerusform>
            <numerusform>Dodijeljena %n sjedala:</numerusform>
            <numerusform>Dodijeljeno %n sjedala:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: would allocate %n seat(s):</source>
        <translation>
            <numerusform>Probno izvođenje: dodijelilo bi se %n sjedalo:</numerusform>
            <numerusform>Probno izvođenje: dodijelila bi se %n sjedala:</numerusform>
            <numerusform>Probno izvođenje: dodijelilo bi se %n sjedala:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nije moguće pročitati %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 od %2 redaka</translation>
    </message>
    <message>
        <source>line %1 (%2): %3</source>
        <translation>redak %1 (%2): %3</translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 rows can be imported (%3, %4).</source>
        <translation>Probno izvođenje: može se uvesti %1 od %2 redaka (%3, %4).</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>točka sa zarezom</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>zarez</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows: %3 quotas, %4 seats; batch %5</source>
        <translation>Uvezeno %1 od %2 redaka: kvota %3, sjedala %4; paket %5</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled; %n seat(s) released.</source>
        <translation>
            <numerusform>Otkazano; oslobođeno je %n sjedalo.</numerusform>
            <numerusform>Otkazano; oslobođena su %n sjedala.</numerusform>
            <numerusform>Otkazano; oslobođeno je %n sjedala.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n seat(s) to %1</source>
        <translation>
            <numerusform>Zapisano %n sjedalo u %1</numerusform>
            <numerusform>Zapisana %n sjedala u %1</numerusform>
            <numerusform>Zapisano %n sjedala u %1</numerusform>
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
    <name>SaleError</name>
    <message>
        <source>The shift does not exist or is not yours.</source>
        <translation>Smjena ne postoji ili nije vaša.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Nothing was lost; try again when the connection is back.</source>
        <translation>Poslužitelj nije dostupan. Ništa nije izgubljeno; pokušajte ponovno kada se veza uspostavi.</translation>
    </message>
    <message>
        <source>%1 was taken by another counter meanwhile. Nothing was sold or charged; choose another seat.</source>
        <translation>%1: u međuvremenu ga je zauzeo drugi šalter. Ništa nije prodano ni naplaćeno; odaberite drugo sjedalo.</translation>
    </message>
    <message>
        <source>A seat</source>
        <translation>Sjedalo</translation>
    </message>
    <message>
        <source>One ticket per person and match: %1</source>
        <translation>Jedna ulaznica po osobi i utakmici: %1</translation>
    </message>
    <message>
        <source>The buyer limit for this match is reached: %1</source>
        <translation>Dosegnuto je ograničenje po kupcu za ovu utakmicu: %1</translation>
    </message>
    <message>
        <source>Open a shift before selling or refunding.</source>
        <translation>Otvorite smjenu prije prodaje ili povrata.</translation>
    </message>
    <message>
        <source>Within 48 hours of kick-off a refund needs a reason.</source>
        <translation>U posljednjih 48 sati prije početka utakmice za povrat je potreban razlog.</translation>
    </message>
    <message>
        <source>Holder data is incomplete or invalid: %1</source>
        <translation>Podaci o vlasniku ulaznice nepotpuni su ili neispravni: %1</translation>
    </message>
    <message>
        <source>The payment is not valid: %1</source>
        <translation>Plaćanje nije valjano: %1</translation>
    </message>
    <message>
        <source>These tickets cannot be refunded: %1</source>
        <translation>Za ove ulaznice nije moguć povrat: %1</translation>
    </message>
    <message>
        <source>The database was busy; try again.</source>
        <translation>Baza podataka bila je zauzeta; pokušajte ponovno.</translation>
    </message>
    <message>
        <source>The operation failed: %1</source>
        <translation>Operacija nije uspjela: %1</translation>
    </message>
    <message>
        <source>Not enough free places in this sector: nothing was held.</source>
        <translation>U ovom sektoru nema dovoljno slobodnih mjesta: ništa nije zadržano.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n place(s) left in sector %1: nothing was held.</source>
        <translation>
            <numerusform>U sektoru %1 ostalo je samo %n mjesto: ništa nije zadržano.</numerusform>
            <numerusform>U sektoru %1 ostala su samo %n mjesta: ništa nije zadržano.</numerusform>
            <numerusform>U sektoru %1 ostalo je samo %n mjesta: ništa nije zadržano.</numerusform>
        </translation>
    </message>
    <message>
        <source>This sector cannot be sold by quantity: %1</source>
        <translation>Ovaj se sektor ne prodaje po broju mjesta: %1</translation>
    </message>
</context>
<context>
    <name>SaleReceipt</name>
    <message>
        <source>HNS is prevented from selling a ticket to this person pursuant to applicable law. For all information regarding this restriction, please contact MUP.</source>
        <translation>HNS-u je zabranjena prodaja ulaznice ovoj osobi sukladno važećim propisima. Za sve informacije o ovom ograničenju obratite se MUP-u.</translation>
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
    <name>SetVenueDetails</name>
    <message>
        <source>Change stadium properties</source>
        <translation>Promjena svojstava stadiona</translation>
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
    <name>TicketHolder</name>
    <message>
        <source>Enter the holder&apos;s full name.</source>
        <translation>Unesite ime i prezime vlasnika ulaznice.</translation>
    </message>
    <message>
        <source>Enter a valid date of birth.</source>
        <translation>Unesite valjan datum rođenja.</translation>
    </message>
    <message>
        <source>Enter the holder&apos;s nationality.</source>
        <translation>Unesite državljanstvo vlasnika ulaznice.</translation>
    </message>
    <message>
        <source>Enter an OIB or, for foreigners, a passport number.</source>
        <translation>Unesite OIB ili, za strane državljane, broj putovnice.</translation>
    </message>
    <message>
        <source>The OIB is not valid: check the digits.</source>
        <translation>OIB nije valjan: provjerite znamenke.</translation>
    </message>
</context>
<context>
    <name>TicketOutput</name>
    <message>
        <source>The document could not be printed.</source>
        <translation>Dokument nije moguće ispisati.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Kick-off: %1</source>
        <translation>Početak: %1</translation>
    </message>
    <message>
        <source>Order: %1</source>
        <translation>Narudžba: %1</translation>
    </message>
    <message>
        <source>Clerk: %1</source>
        <translation>Blagajnik: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>    ticket %1 (VAT %2), fee %3 (VAT %4), total %5</source>
        <translation>    ulaznica %1 (PDV %2), naknada %3 (PDV %4), ukupno %5</translation>
    </message>
    <message>
        <source>Tickets: %1 (VAT %2)</source>
        <translation>Ulaznice: %1 (PDV %2)</translation>
    </message>
    <message>
        <source>Service fees: %1 (VAT %2)</source>
        <translation>Naknade za uslugu: %1 (PDV %2)</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Ukupno: %1</translation>
    </message>
    <message>
        <source>Cash given: %1, change: %2</source>
        <translation>Primljeno u gotovini: %1, ostatak: %2</translation>
    </message>
    <message>
        <source>Paid by card</source>
        <translation>Plaćeno karticom</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Račun</translation>
    </message>
    <message>
        <source>Opened: %1</source>
        <translation>Otvorena: %1</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Zatvorena: %1</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>još otvorena</translation>
    </message>
    <message>
        <source>Float: %1</source>
        <translation>Polog: %1</translation>
    </message>
    <message>
        <source>Cash sales: %1</source>
        <translation>Prodaja gotovinom: %1</translation>
    </message>
    <message>
        <source>Card sales: %1</source>
        <translation>Prodaja karticom: %1</translation>
    </message>
    <message>
        <source>Cash refunds: %1</source>
        <translation>Povrati u gotovini: %1</translation>
    </message>
    <message>
        <source>Card refunds: %1</source>
        <translation>Povrati na karticu: %1</translation>
    </message>
    <message>
        <source>Sales: %1, refunds: %2</source>
        <translation>Prodaje: %1, povrati: %2</translation>
    </message>
    <message>
        <source>Expected cash: %1</source>
        <translation>Očekivana gotovina: %1</translation>
    </message>
    <message>
        <source>Counted cash: %1</source>
        <translation>Prebrojana gotovina: %1</translation>
    </message>
    <message>
        <source>Discrepancy: %1</source>
        <translation>Razlika: %1</translation>
    </message>
    <message>
        <source>Shift report</source>
        <translation>Izvještaj o smjeni</translation>
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
    <name>Tribina</name>
    <message>
        <source>The PIN is valid.</source>
        <translation>PIN je valjan.</translation>
    </message>
    <message>
        <source>This sale is already complete.</source>
        <translation>Ova je prodaja već dovršena.</translation>
    </message>
    <message>
        <source>This PIN does not exist. Check the digits with the customer.</source>
        <translation>Ovaj PIN ne postoji. Provjerite znamenke s kupcem.</translation>
    </message>
    <message>
        <source>This PIN has already been used. Tickets cannot be issued twice.</source>
        <translation>Ovaj PIN je već iskorišten. Ulaznice se ne mogu izdati dvaput.</translation>
    </message>
    <message>
        <source>This PIN has expired. The customer can create a new one in the app.</source>
        <translation>Ovaj PIN je istekao. Kupac može izraditi novi u aplikaciji.</translation>
    </message>
    <message>
        <source>This PIN was cancelled in the app. The customer can create a new one.</source>
        <translation>Ovaj PIN je otkazan u aplikaciji. Kupac može izraditi novi.</translation>
    </message>
    <message>
        <source>This PIN is for a different match than the one selected.</source>
        <translation>Ovaj PIN vrijedi za drugu utakmicu, a ne za odabranu.</translation>
    </message>
    <message>
        <source>Petrol-station sales for this match are closed.</source>
        <translation>Prodaja na benzinskim postajama za ovu utakmicu je zatvorena.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. PIN entry is locked until %1. An administrator can unlock it earlier.</source>
        <translation>Previše pogrešnih PIN-ova. Unos PIN-a zaključan je do %1. Administrator ga može otključati i ranije.</translation>
    </message>
    <message>
        <source>Another till is already redeeming this PIN.</source>
        <translation>Druga blagajna već iskorištava ovaj PIN.</translation>
    </message>
    <message>
        <source>The number of seats does not match the PIN.</source>
        <translation>Broj sjedala ne odgovara PIN-u.</translation>
    </message>
    <message>
        <source>Some of the chosen seats were just taken. New seats will be chosen.</source>
        <translation>Neka od odabranih sjedala upravo su zauzeta. Bit će odabrana nova sjedala.</translation>
    </message>
    <message>
        <source>Confirm the customer&apos;s identity first.</source>
        <translation>Najprije potvrdite identitet kupca.</translation>
    </message>
    <message>
        <source>Choose cash or card; a card payment needs the terminal receipt number.</source>
        <translation>Odaberite gotovinu ili karticu; za plaćanje karticom potreban je broj potvrde s terminala.</translation>
    </message>
    <message>
        <source>Choose the document the customer showed.</source>
        <translation>Odaberite dokument koji je kupac pokazao.</translation>
    </message>
    <message>
        <source>Enter a reason for cancelling.</source>
        <translation>Unesite razlog otkazivanja.</translation>
    </message>
    <message>
        <source>No ticket can be issued: every holder is blocked.</source>
        <translation>Nije moguće izdati nijednu ulaznicu: svi vlasnici ulaznica su blokirani.</translation>
    </message>
    <message>
        <source>A holder already has a ticket for this match (one ticket per person).</source>
        <translation>Jedan vlasnik ulaznice već ima ulaznicu za ovu utakmicu (jedna ulaznica po osobi).</translation>
    </message>
    <message>
        <source>A holder is banned from matches; no ticket can be issued for them.</source>
        <translation>Jednom je vlasniku ulaznice zabranjen dolazak na utakmice; za njega se ne može izdati ulaznica.</translation>
    </message>
    <message>
        <source>The buyer has reached the ticket limit for this match.</source>
        <translation>Kupac je dosegnuo najveći dopušteni broj ulaznica za ovu utakmicu.</translation>
    </message>
    <message>
        <source>The holder data in the PIN is incomplete; the customer must correct it in the app.</source>
        <translation>Podaci o vlasniku ulaznice u PIN-u nisu potpuni; kupac ih mora ispraviti u aplikaciji.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again.</source>
        <translation>Došlo je do pogreške. Pokušajte ponovno.</translation>
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
    <name>Tribina::CounterPage</name>
    <message>
        <source>&amp;Match:</source>
        <translation>&amp;Utakmica:</translation>
    </message>
    <message>
        <source>Best N (F3)</source>
        <translation>Najboljih N (F3)</translation>
    </message>
    <message>
        <source>Best available</source>
        <translation>Najbolja slobodna</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorija:</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>Sektor:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Količina:</translation>
    </message>
    <message>
        <source>No seats held.</source>
        <translation>Nema zadržanih sjedala.</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Sjedalo</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ulaznica</translation>
    </message>
    <message>
        <source>Ticket VAT</source>
        <translation>PDV ulaznice</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Naknada</translation>
    </message>
    <message>
        <source>Fee VAT</source>
        <translation>PDV naknade</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Ukupno</translation>
    </message>
    <message>
        <source>Sell… (F9)</source>
        <translation>Prodaj… (F9)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Odustani (Esc)</translation>
    </message>
    <message>
        <source>Open shift (F2)</source>
        <translation>Otvori smjenu (F2)</translation>
    </message>
    <message>
        <source>Close shift (F10)</source>
        <translation>Zatvori smjenu (F10)</translation>
    </message>
    <message>
        <source>Refund (F6)</source>
        <translation>Povrat (F6)</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>Otvori smjenu</translation>
    </message>
    <message>
        <source>Best N</source>
        <translation>Najboljih N</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Količina</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Povrat</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Prodaj</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>Zatvori smjenu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Odustani</translation>
    </message>
    <message>
        <source>Not connected to the server. Selling is disabled; the map shows the last known state. Nothing you typed is lost: the counter resumes when the connection is back.</source>
        <translation>Nema veze s poslužiteljem. Prodaja je onemogućena; plan prikazuje posljednje poznato stanje. Ništa što ste unijeli nije izgubljeno: šalter nastavlja s radom kad se veza ponovno uspostavi.</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Bilo koja kategorija</translation>
    </message>
    <message>
        <source>Any sector</source>
        <translation>Bilo koji sektor</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Loading the match…</source>
        <translation>Učitavam utakmicu…</translation>
    </message>
    <message>
        <source>This match is not in the local cache.</source>
        <translation>Ova utakmica nije u lokalnoj predmemoriji.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 available</source>
        <translation>%1 (%2): slobodno %3</translation>
    </message>
    <message>
        <source>%1 available</source>
        <translation>slobodno %1</translation>
    </message>
    <message>
        <source>Sector %1, row %2, seat %3</source>
        <translation>Sektor %1, red %2, sjedalo %3</translation>
    </message>
    <message numerus="yes">
        <source>There are not %n seats available in this choice.</source>
        <translation>
            <numerusform>U ovom odabiru nema %n slobodnog sjedala.</numerusform>
            <numerusform>U ovom odabiru nema %n slobodna sjedala.</numerusform>
            <numerusform>U ovom odabiru nema %n slobodnih sjedala.</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken meanwhile, not held: %1.</source>
        <translation>U međuvremenu zauzeto, nije zadržano: %1.</translation>
    </message>
    <message numerus="yes">
        <source>No %n seats together are left in this choice: these are the best single seats, not together.</source>
        <translation>
            <numerusform>U ovom odabiru više nema %n sjedala zajedno: ovo su najbolja pojedinačna sjedala, koja nisu jedno do drugoga.</numerusform>
            <numerusform>U ovom odabiru više nema %n sjedala zajedno: ovo su najbolja pojedinačna sjedala, koja nisu jedno do drugoga.</numerusform>
            <numerusform>U ovom odabiru više nema %n sjedala zajedno: ovo su najbolja pojedinačna sjedala, koja nisu jedno do drugoga.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) held for you.</source>
        <translation>
            <numerusform>Za vas je zadržano %n sjedalo.</numerusform>
            <numerusform>Za vas su zadržana %n sjedala.</numerusform>
            <numerusform>Za vas je zadržano %n sjedala.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket %1: %2</source>
        <translation>Ulaznica %1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Total %1&lt;/b&gt; (tickets %2 incl. VAT %3; fees %4 incl. VAT %5)</source>
        <translation>&lt;b&gt;Ukupno %1&lt;/b&gt; (ulaznice %2 uklj. PDV %3; naknade %4 uklj. PDV %5)</translation>
    </message>
    <message numerus="yes">
        <source>No seats held. Click seats, drag a rubber band, or press F3 for the best %n.</source>
        <translation>
            <numerusform>Nema zadržanih sjedala. Kliknite sjedala, povucite okvir odabira ili pritisnite F3 za %n najbolje sjedalo.</numerusform>
            <numerusform>Nema zadržanih sjedala. Kliknite sjedala, povucite okvir odabira ili pritisnite F3 za %n najbolja sjedala.</numerusform>
            <numerusform>Nema zadržanih sjedala. Kliknite sjedala, povucite okvir odabira ili pritisnite F3 za %n najboljih sjedala.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hold expired: the seats are free again. Choose them again to continue.</source>
        <translation>Zadržavanje je isteklo: sjedala su ponovno slobodna. Odaberite ih ponovno za nastavak.</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) held for you — %1 left</source>
        <translation>
            <numerusform>Za vas je zadržano %n sjedalo — još %1</numerusform>
            <numerusform>Za vas su zadržana %n sjedala — još %1</numerusform>
            <numerusform>Za vas je zadržano %n sjedala — još %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the seats are released.</source>
        <translation>Otkazano: sjedala su oslobođena.</translation>
    </message>
    <message>
        <source>Not connected to the server: selling is disabled.</source>
        <translation>Nema veze s poslužiteljem: prodaja je onemogućena.</translation>
    </message>
    <message>
        <source>Open a shift first (F2): a clerk cannot sell without an open shift.</source>
        <translation>Najprije otvorite smjenu (F2): blagajnik ne može prodavati bez otvorene smjene.</translation>
    </message>
    <message>
        <source>Choose seats first.</source>
        <translation>Najprije odaberite sjedala.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The prices are still being read; try again in a moment.</source>
        <translation>Cijene se još učitavaju; pokušajte ponovno za trenutak.</translation>
    </message>
    <message>
        <source>Selling…</source>
        <translation>Prodaja u tijeku…</translation>
    </message>
    <message>
        <source>%1 was sold to someone else meanwhile. Nothing was sold: choose another seat.</source>
        <translation>%1 u međuvremenu je prodano nekome drugome. Ništa nije prodano: odaberite drugo sjedalo.</translation>
    </message>
    <message>
        <source>Refused: one ticket per person per match — this person already holds a ticket for this match. %1</source>
        <translation>Odbijeno: jedna ulaznica po osobi po utakmici — ova osoba već ima ulaznicu za ovu utakmicu. %1</translation>
    </message>
    <message>
        <source>The sale failed.</source>
        <translation>Prodaja nije uspjela.</translation>
    </message>
    <message numerus="yes">
        <source>Sold %n ticket(s), order %1.</source>
        <translation>
            <numerusform>Prodana je %n ulaznica, narudžba %1.</numerusform>
            <numerusform>Prodane su %n ulaznice, narudžba %1.</numerusform>
            <numerusform>Prodano je %n ulaznica, narudžba %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change due: %1.</source>
        <translation>Za vratiti: %1.</translation>
    </message>
    <message>
        <source>Tickets were not printed: %1</source>
        <translation>Ulaznice nisu ispisane: %1</translation>
    </message>
    <message>
        <source>No printer: tickets saved to %1.</source>
        <translation>Nema pisača: ulaznice su spremljene u %1.</translation>
    </message>
    <message>
        <source>The receipt was not printed: %1</source>
        <translation>Račun nije ispisan: %1</translation>
    </message>
    <message>
        <source>Shift: unknown (offline)</source>
        <translation>Smjena: nepoznato (izvan mreže)</translation>
    </message>
    <message>
        <source>No shift open — press F2 to open one.</source>
        <translation>Nema otvorene smjene — pritisnite F2 da biste je otvorili.</translation>
    </message>
    <message numerus="yes">
        <source>Shift open since %1 · cash %2 · card %3 · %n sale(s)</source>
        <translation>
            <numerusform>Smjena otvorena od %1 · gotovina %2 · kartica %3 · %n prodaja</numerusform>
            <numerusform>Smjena otvorena od %1 · gotovina %2 · kartica %3 · %n prodaje</numerusform>
            <numerusform>Smjena otvorena od %1 · gotovina %2 · kartica %3 · %n prodaja</numerusform>
        </translation>
    </message>
    <message>
        <source>Your shift is already open.</source>
        <translation>Vaša je smjena već otvorena.</translation>
    </message>
    <message>
        <source>Shift opened.</source>
        <translation>Smjena je otvorena.</translation>
    </message>
    <message>
        <source>Shift closed; the report is printing.</source>
        <translation>Smjena je zatvorena; izvještaj se ispisuje.</translation>
    </message>
    <message>
        <source>Shift closed; report saved to %1.</source>
        <translation>Smjena je zatvorena; izvještaj je spremljen u %1.</translation>
    </message>
    <message>
        <source>Shift closed; the report was not printed: %1</source>
        <translation>Smjena je zatvorena; izvještaj nije ispisan: %1</translation>
    </message>
    <message>
        <source>Refunded %1 (service fee kept: %2).</source>
        <translation>Vraćeno %1 (zadržana naknada za uslugu: %2).</translation>
    </message>
    <message>
        <source>&amp;Wheelchair places, each with its companion seat</source>
        <translation>Mjesta za &amp;invalidska kolica, svako s mjestom za pratitelja</translation>
    </message>
    <message>
        <source>Best N then holds wheelchair places, each with the free companion seat beside it: one ticket for the wheelchair user, one for the companion (Shift+F3).</source>
        <translation>Najboljih N tada zadržava mjesta za invalidska kolica, svako sa slobodnim mjestom za pratitelja do njega: jedna ulaznica za osobu u kolicima, jedna za pratitelja (Shift+F3).</translation>
    </message>
    <message numerus="yes">
        <source> wheelchair place(s)</source>
        <translation>
            <numerusform> mjesto za invalidska kolica</numerusform>
            <numerusform> mjesta za invalidska kolica</numerusform>
            <numerusform> mjesta za invalidska kolica</numerusform>
        </translation>
    </message>
    <message>
        <source>Best wheelchair places</source>
        <translation>Najbolja mjesta za invalidska kolica</translation>
    </message>
    <message>
        <source>Wheelchair places, each with its companion seat (Shift+F3)</source>
        <translation>Mjesta za invalidska kolica, svako s mjestom za pratitelja (Shift+F3)</translation>
    </message>
    <message>
        <source>Sector %1, standing</source>
        <translation>Sektor %1, stajanje</translation>
    </message>
    <message>
        <source>Sector %1, free seating</source>
        <translation>Sektor %1, slobodno sjedenje</translation>
    </message>
    <message>
        <source>No wheelchair place with a free companion seat beside it in this choice.</source>
        <translation>U ovom izboru nema mjesta za invalidska kolica sa slobodnim mjestom za pratitelja do njega.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n wheelchair place(s) with a free companion seat in this choice.</source>
        <translation>
            <numerusform>U ovom izboru samo je %n mjesto za invalidska kolica sa slobodnim mjestom za pratitelja.</numerusform>
            <numerusform>U ovom izboru samo su %n mjesta za invalidska kolica sa slobodnim mjestom za pratitelja.</numerusform>
            <numerusform>U ovom izboru samo je %n mjesta za invalidska kolica sa slobodnim mjestom za pratitelja.</numerusform>
        </translation>
    </message>
    <message>
        <source>This stadium has no wheelchair places.</source>
        <translation>Ovaj stadion nema mjesta za invalidska kolica.</translation>
    </message>
    <message numerus="yes">
        <source>sector %1: %n</source>
        <translation>
            <numerusform>sektor %1: %n</numerusform>
            <numerusform>sektor %1: %n</numerusform>
            <numerusform>sektor %1: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Still free in other sectors: %1.</source>
        <translation>Još slobodno u drugim sektorima: %1.</translation>
    </message>
    <message>
        <source>Free by sector: %1 (the group could split).</source>
        <translation>Slobodno po sektorima: %1 (skupina bi se mogla razdvojiti).</translation>
    </message>
    <message>
        <source>Other price categories still have some: %1.</source>
        <translation>Još ima slobodnih u drugim cjenovnim kategorijama: %1.</translation>
    </message>
    <message>
        <source>No other sector has one free.</source>
        <translation>Nijedan drugi sektor nema slobodno mjesto.</translation>
    </message>
    <message>
        <source>No wheelchair place with a free companion seat is left at this match.</source>
        <translation>Na ovoj utakmici nije ostalo nijedno mjesto za invalidska kolica sa slobodnim mjestom za pratitelja.</translation>
    </message>
    <message>
        <source>No free companion seat beside the wheelchair place %1: it is held alone.</source>
        <translation>Do mjesta za invalidska kolica %1 nema slobodnog mjesta za pratitelja: zadržano je bez pratitelja.</translation>
    </message>
    <message>
        <source>%1 — wheelchair place</source>
        <translation>%1 — mjesto za invalidska kolica</translation>
    </message>
    <message>
        <source>%1 — companion seat</source>
        <translation>%1 — mjesto za pratitelja</translation>
    </message>
    <message>
        <source>No places held. Pick a sector, then the number of places (F4) and Enter.</source>
        <translation>Nema zadržanih mjesta. Odaberite sektor, zatim broj mjesta (F4) i Enter.</translation>
    </message>
    <message>
        <source>Sector %1 has no seat numbers: type the number of places and press Enter.</source>
        <translation>Sektor %1 nema brojeve sjedala: upišite broj mjesta i pritisnite Enter.</translation>
    </message>
    <message>
        <source>Sector %1 is not on sale.</source>
        <translation>Sektor %1 nije u prodaji.</translation>
    </message>
    <message>
        <source>Best available (F4 opens it again)</source>
        <translation>Najbolja slobodna (F4 ponovno otvara)</translation>
    </message>
</context>
<context>
    <name>Tribina::CsvReader</name>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation>Redak %1: polje u navodnicima nije zatvoreno.</translation>
    </message>
</context>
<context>
    <name>Tribina::DeepLinkPoster</name>
    <message>
        <source>Match tickets at this petrol station</source>
        <translation>Ulaznice za utakmice na ovoj benzinskoj postaji</translation>
    </message>
    <message>
        <source>1. Scan the code with your phone and open the HNS Ulaznice app.</source>
        <translation>1. Skenirajte kôd mobitelom i otvorite aplikaciju HNS Ulaznice.</translation>
    </message>
    <message>
        <source>2. Choose the tickets and enter the holders&apos; details: you get a 5-digit PIN.</source>
        <translation>2. Odaberite ulaznice i unesite podatke o vlasnicima ulaznica: dobit ćete peteroznamenkasti PIN.</translation>
    </message>
    <message>
        <source>3. Show the PIN at the till, with an ID, and pay here.</source>
        <translation>3. Pokažite PIN na blagajni, uz osobnu ispravu, i platite ovdje.</translation>
    </message>
    <message>
        <source>The deep link cannot be encoded as a QR code.</source>
        <translation>Duboku poveznicu nije moguće kodirati kao QR kôd.</translation>
    </message>
    <message>
        <source>The printer does not accept A4 paper.</source>
        <translation>Pisač ne prihvaća papir formata A4.</translation>
    </message>
    <message>
        <source>Cannot start printing (is the printer or the file available?).</source>
        <translation>Nije moguće pokrenuti ispis (jesu li pisač ili datoteka dostupni?).</translation>
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
        <source>Petrol station poster</source>
        <translation>Plakat za benzinsku postaju</translation>
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
    <name>Tribina::EmergencyPrintPage</name>
    <message>
        <source>Match:</source>
        <translation>Utakmica:</translation>
    </message>
    <message>
        <source>Printer settings…</source>
        <translation>Postavke pisača…</translation>
    </message>
    <message>
        <source>Scan the code, or type and press Enter</source>
        <translation>Skenirajte kôd ili ga upišite i pritisnite Enter</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Traži</translation>
    </message>
    <message>
        <source>Decode image…</source>
        <translation>Očitaj sliku…</translation>
    </message>
    <message>
        <source>Read the code from a picture of the ticket (you can also paste a picture)</source>
        <translation>Očitajte kôd sa slike ulaznice (sliku možete i zalijepiti)</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Crtični kôd</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Vlasnik</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Sjedalo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reprints</source>
        <translation>Ponovni ispisi</translation>
    </message>
    <message>
        <source>Find a ticket to see its details.</source>
        <translation>Pronađite ulaznicu da biste vidjeli njezine pojedinosti.</translation>
    </message>
    <message>
        <source>Show a preview before printing</source>
        <translation>Prikaži pregled prije ispisa</translation>
    </message>
    <message>
        <source>Print emergency ticket…</source>
        <translation>Ispiši hitnu ulaznicu…</translation>
    </message>
    <message>
        <source>There are no open matches.</source>
        <translation>Nema otvorenih utakmica.</translation>
    </message>
    <message>
        <source>No barcode or QR code could be read from the picture.</source>
        <translation>Sa slike nije bilo moguće očitati ni crtični ni QR kôd.</translation>
    </message>
    <message>
        <source>Enter what to search for.</source>
        <translation>Unesite pojam za pretraživanje.</translation>
    </message>
    <message>
        <source>Choose a match first.</source>
        <translation>Najprije odaberite utakmicu.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Pretraživanje…</translation>
    </message>
    <message>
        <source>This QR code does not match the ticket it names: it is forged or was replaced by a newer ticket. Do not print; call the supervisor.</source>
        <translation>Ovaj QR kôd ne odgovara ulaznici koju navodi: krivotvoren je ili ga je zamijenila novija ulaznica. Ne ispisujte; pozovite nadzornika.</translation>
    </message>
    <message>
        <source>No ticket found. Check the match and what you typed.</source>
        <translation>Nije pronađena nijedna ulaznica. Provjerite utakmicu i ono što ste upisali.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) found in the offline copy.</source>
        <translation>
            <numerusform>U izvanmrežnoj kopiji pronađena je %n ulaznica.</numerusform>
            <numerusform>U izvanmrežnoj kopiji pronađene su %n ulaznice.</numerusform>
            <numerusform>U izvanmrežnoj kopiji pronađeno je %n ulaznica.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first 50 tickets; narrow the search.</source>
        <translation>Prikazuje se prvih 50 ulaznica; suzite pretraživanje.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) found.</source>
        <translation>
            <numerusform>Pronađena je %n ulaznica.</numerusform>
            <numerusform>Pronađene su %n ulaznice.</numerusform>
            <numerusform>Pronađeno je %n ulaznica.</numerusform>
        </translation>
    </message>
    <message>
        <source>OIB</source>
        <translation>OIB</translation>
    </message>
    <message>
        <source>none (passport)</source>
        <translation>nema (putovnica)</translation>
    </message>
    <message>
        <source>Ban list</source>
        <translation>Crna lista</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c01b2c&apos;&gt;&lt;b&gt;BANNED&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c01b2c&apos;&gt;&lt;b&gt;NA CRNOJ LISTI&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>not banned</source>
        <translation>nije na crnoj listi</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cijena</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Narudžba</translation>
    </message>
    <message>
        <source>Emergency prints</source>
        <translation>Hitni ispisi</translation>
    </message>
    <message>
        <source>Print again?</source>
        <translation>Ponovno ispisati?</translation>
    </message>
    <message numerus="yes">
        <source>This ticket has already been reprinted %n time(s) in an emergency. Every copy can enter the stadium only once. Print another copy?</source>
        <translation>
            <numerusform>Ova je ulaznica već %n put hitno ponovno ispisana. Svakom se kopijom na stadion može ući samo jednom. Ispisati još jednu kopiju?</numerusform>
            <numerusform>Ova je ulaznica već %n puta hitno ponovno ispisana. Svakom se kopijom na stadion može ući samo jednom. Ispisati još jednu kopiju?</numerusform>
            <numerusform>Ova je ulaznica već %n puta hitno ponovno ispisana. Svakom se kopijom na stadion može ući samo jednom. Ispisati još jednu kopiju?</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the ticket…</source>
        <translation>Pripremam ulaznicu…</translation>
    </message>
    <message>
        <source>The ticket was not printed: %1</source>
        <translation>Ulaznica nije ispisana: %1</translation>
    </message>
    <message>
        <source>Emergency ticket %1</source>
        <translation>Hitna ulaznica %1</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Ispis je otkazan.</translation>
    </message>
    <message>
        <source>The printer reported an error (offline, or out of paper?).</source>
        <translation>Pisač je javio pogrešku (nije spojen ili nema papira?).</translation>
    </message>
    <message>
        <source>The ticket was not printed, and nothing was counted. %1</source>
        <translation>Ulaznica nije ispisana i ništa nije evidentirano. %1</translation>
    </message>
    <message>
        <source>Printed. Emergency print no. %1 is recorded.</source>
        <translation>Ispisano. Hitni ispis br. %1 je evidentiran.</translation>
    </message>
    <message>
        <source>Printed while the server is unreachable. The print is kept on this workstation and will be reported when the server is back.</source>
        <translation>Ispisano dok poslužitelj nije dostupan. Ispis je pohranjen na ovoj radnoj stanici i bit će prijavljen kad poslužitelj ponovno bude dostupan.</translation>
    </message>
    <message>
        <source>The ticket was printed, but the server did not record it: %1 Tell the supervisor.</source>
        <translation>Ulaznica je ispisana, ali je poslužitelj nije evidentirao: %1 Obavijestite nadzornika.</translation>
    </message>
    <message>
        <source>Picture of a ticket</source>
        <translation>Slika ulaznice</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Slike (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>The picture cannot be read: %1</source>
        <translation>Sliku nije moguće pročitati: %1</translation>
    </message>
    <message>
        <source>OFFLINE — the server cannot be reached. Tickets are found and printed from this workstation&apos;s copy (last known status and ban flags).</source>
        <translation>IZVAN MREŽE — poslužitelj nije dostupan. Ulaznice se pronalaze i ispisuju iz kopije na ovoj radnoj stanici (posljednji poznati status i oznake zabrane).</translation>
    </message>
    <message>
        <source>Copy from %1.</source>
        <translation>Kopija od %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n print(s) waiting to be reported.</source>
        <translation>
            <numerusform>%n ispis čeka na prijavu poslužitelju.</numerusform>
            <numerusform>%n ispisa čekaju na prijavu poslužitelju.</numerusform>
            <numerusform>%n ispisa čeka na prijavu poslužitelju.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n print(s) made offline are still being reported to the server.</source>
        <translation>
            <numerusform>%n izvanmrežni ispis još se prijavljuje poslužitelju.</numerusform>
            <numerusform>%n izvanmrežna ispisa još se prijavljuju poslužitelju.</numerusform>
            <numerusform>%n izvanmrežnih ispisa još se prijavljuje poslužitelju.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tribina::EmergencyService</name>
    <message>
        <source>The server cannot be reached and this workstation has no offline copy.</source>
        <translation>Poslužitelj nije dostupan, a ova radna stanica nema izvanmrežnu kopiju.</translation>
    </message>
    <message>
        <source>The server cannot be reached and the ticket is not in the offline copy.</source>
        <translation>Poslužitelj nije dostupan, a ulaznica nije u izvanmrežnoj kopiji.</translation>
    </message>
    <message>
        <source>The server cannot be reached and the print could not be kept for later.</source>
        <translation>Poslužitelj nije dostupan, a ispis nije bilo moguće pohraniti za kasnije.</translation>
    </message>
</context>
<context>
    <name>Tribina::FeesPanel</name>
    <message>
        <source>Default fee configuration</source>
        <translation>Zadana konfiguracija naknada</translation>
    </message>
    <message>
        <source>This match&apos;s own fee configuration</source>
        <translation>Vlastita konfiguracija naknada ove utakmice</translation>
    </message>
    <message>
        <source>0–100</source>
        <translation>0–100</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Važi do</translation>
    </message>
    <message>
        <source>Save fees</source>
        <translation>Spremi naknade</translation>
    </message>
    <message>
        <source>home</source>
        <translation>domaće</translation>
    </message>
    <message>
        <source>away</source>
        <translation>gostujuće</translation>
    </message>
    <message>
        <source>% of the ticket amount</source>
        <translation>% iznosa ulaznice</translation>
    </message>
    <message>
        <source>In force:</source>
        <translation>Na snazi:</translation>
    </message>
    <message>
        <source>Service fee:</source>
        <translation>Naknada za uslugu:</translation>
    </message>
    <message>
        <source>VAT in the ticket:</source>
        <translation>PDV na ulaznicu:</translation>
    </message>
    <message>
        <source>VAT in the fee:</source>
        <translation>PDV na naknadu:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Važi od:</translation>
    </message>
    <message>
        <source>None: no fee configuration is in force on the match day.</source>
        <translation>Nema: na dan utakmice ne vrijedi nijedna konfiguracija naknada.</translation>
    </message>
    <message>
        <source>fee %1 %; VAT in the ticket %2 % (home) / %3 % (away); VAT in the fee %4 % / %5 %</source>
        <translation>naknada %1 %; PDV na ulaznicu %2 % (domaće) / %3 % (gostujuće); PDV na naknadu %4 % / %5 %</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>od %1</translation>
    </message>
    <message>
        <source>this match&apos;s own</source>
        <translation>vlastite naknade utakmice</translation>
    </message>
    <message>
        <source>default</source>
        <translation>zadane naknade</translation>
    </message>
    <message>
        <source>Set the configuration back to draft to change the fees.</source>
        <translation>Za promjenu naknada vratite konfiguraciju u nacrt.</translation>
    </message>
    <message>
        <source>The match uses the default fee configuration.</source>
        <translation>Utakmica koristi zadanu konfiguraciju naknada.</translation>
    </message>
    <message>
        <source>service fee</source>
        <translation>naknada za uslugu</translation>
    </message>
    <message>
        <source>VAT in the ticket (home)</source>
        <translation>PDV na ulaznicu (domaće)</translation>
    </message>
    <message>
        <source>VAT in the ticket (away)</source>
        <translation>PDV na ulaznicu (gostujuće)</translation>
    </message>
    <message>
        <source>VAT in the fee (home)</source>
        <translation>PDV na naknadu (domaće)</translation>
    </message>
    <message>
        <source>VAT in the fee (away)</source>
        <translation>PDV na naknadu (gostujuće)</translation>
    </message>
    <message>
        <source>“%1” is not a percentage between 0 and 100 with at most two decimals (%2).</source>
        <translation>„%1” nije postotak između 0 i 100 s najviše dvije decimale (%2).</translation>
    </message>
    <message>
        <source>The match&apos;s fee configuration is saved.</source>
        <translation>Konfiguracija naknada utakmice je spremljena.</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Naknade</translation>
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
    <name>Tribina::HolderForm</name>
    <message>
        <source>Foreigner (passport)</source>
        <translation>Strani državljanin (putovnica)</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.gggg</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11 znamenki</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Ime i prezime:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Datum rođenja:</translation>
    </message>
    <message>
        <source>Nationality:</source>
        <translation>Državljanstvo:</translation>
    </message>
    <message>
        <source>OIB:</source>
        <translation>OIB:</translation>
    </message>
    <message>
        <source>Passport:</source>
        <translation>Putovnica:</translation>
    </message>
    <message>
        <source>Enter the holder&apos;s full name.</source>
        <translation>Unesite ime i prezime vlasnika ulaznice.</translation>
    </message>
    <message>
        <source>Enter the date of birth as dd.mm.yyyy.</source>
        <translation>Unesite datum rođenja u obliku dd.mm.gggg.</translation>
    </message>
    <message>
        <source>Enter the nationality.</source>
        <translation>Unesite državljanstvo.</translation>
    </message>
    <message>
        <source>Enter the passport number.</source>
        <translation>Unesite broj putovnice.</translation>
    </message>
    <message>
        <source>This OIB fails its check digit: please check it.</source>
        <translation>Kontrolna znamenka ovog OIB-a nije ispravna: provjerite ga.</translation>
    </message>
    <message>
        <source>Enter the 11-digit OIB.</source>
        <translation>Unesite 11-znamenkasti OIB.</translation>
    </message>
    <message>
        <source>✔ Ready — minor (under 18)</source>
        <translation>✔ Spremno — maloljetnik (mlađi od 18)</translation>
    </message>
    <message>
        <source>✔ Ready</source>
        <translation>✔ Spremno</translation>
    </message>
    <message>
        <source>(minor, under 18)</source>
        <translation>(maloljetnik, mlađi od 18)</translation>
    </message>
</context>
<context>
    <name>Tribina::IdentityCheckDialog</name>
    <message>
        <source>Confirm identity</source>
        <translation>Potvrda identiteta</translation>
    </message>
    <message>
        <source>Check the fan&apos;s identity document against the ticket before printing.</source>
        <translation>Prije ispisa usporedite navijačev identifikacijski dokument s ulaznicom.</translation>
    </message>
    <message>
        <source>Document checked:</source>
        <translation>Provjereni dokument:</translation>
    </message>
    <message>
        <source>The name on the document is %1</source>
        <translation>Ime na dokumentu je %1</translation>
    </message>
    <message>
        <source>The document number matches the ticket holder&apos;s</source>
        <translation>Broj dokumenta odgovara broju dokumenta vlasnika ulaznice</translation>
    </message>
    <message>
        <source>The OIB on the document ends in %1</source>
        <translation>OIB na dokumentu završava na %1</translation>
    </message>
    <message>
        <source>The document has not expired</source>
        <translation>Dokument nije istekao</translation>
    </message>
    <message>
        <source>Phone battery dead</source>
        <translation>Ispražnjena baterija mobitela</translation>
    </message>
    <message>
        <source>Phone lost or broken</source>
        <translation>Telefon izgubljen ili pokvaren</translation>
    </message>
    <message>
        <source>Printout lost or damaged</source>
        <translation>Ispis izgubljen ili oštećen</translation>
    </message>
    <message>
        <source>The ticket does not show in the app</source>
        <translation>Ulaznica se ne prikazuje u aplikaciji</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Razlog:</translation>
    </message>
    <message>
        <source>e.g. Gate 3, east stand</source>
        <translation>npr. Ulaz 3, istočna tribina</translation>
    </message>
    <message>
        <source>Print location:</source>
        <translation>Mjesto ispisa:</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Ispiši</translation>
    </message>
</context>
<context>
    <name>Tribina::LayoutEditorPage</name>
    <message>
        <source>Stadium layouts can be edited once the database connection is open.</source>
        <translation>Rasporedi stadiona mogu se uređivati kad se otvori veza s bazom podataka.</translation>
    </message>
    <message>
        <source>Stadium layouts</source>
        <translation>Rasporedi stadiona</translation>
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
    <name>Tribina::MatchInventory</name>
    <message>
        <source>Cannot read the match&apos;s layout: %1</source>
        <translation>Nije moguće pročitati raspored utakmice: %1</translation>
    </message>
    <message>
        <source>Cannot read the match&apos;s sectors: %1</source>
        <translation>Nije moguće pročitati sektore utakmice: %1</translation>
    </message>
    <message>
        <source>The match has no sectors (is its stadium layout activated?).</source>
        <translation>Utakmica nema sektora (je li raspored stadiona aktiviran?).</translation>
    </message>
    <message>
        <source>Cannot read the match&apos;s seats: %1</source>
        <translation>Nije moguće pročitati sjedala utakmice: %1</translation>
    </message>
</context>
<context>
    <name>Tribina::MatchMapPanel</name>
    <message>
        <source>Block</source>
        <translation>Blokiraj</translation>
    </message>
    <message>
        <source>Unblock (make available)</source>
        <translation>Odblokiraj (učini slobodnima)</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Za službene osobe</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Tehnička pozicija</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Na održavanju</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>U karanteni</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Neaktivno</translation>
    </message>
    <message>
        <source>Price categories</source>
        <translation>Cjenovne kategorije</translation>
    </message>
    <message>
        <source>Paint the selection</source>
        <translation>Oboji odabir</translation>
    </message>
    <message>
        <source>Sectors to configure; sectors of the seats selected on the map count too.</source>
        <translation>Sektori za postavljanje; uračunavaju se i sektori sjedala odabranih na planu.</translation>
    </message>
    <message>
        <source>Sectors:</source>
        <translation>Sektori:</translation>
    </message>
    <message>
        <source>Paint seats</source>
        <translation>Oboji sjedala</translation>
    </message>
    <message>
        <source>Give the selected seats this price category (“none” returns them to their sector&apos;s).</source>
        <translation>Dodijelite odabranim sjedalima ovu cjenovnu kategoriju („nema” ih vraća na kategoriju njihova sektora).</translation>
    </message>
    <message>
        <source>Paint sectors</source>
        <translation>Oboji sektore</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorija:</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Postavi</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Namjena:</translation>
    </message>
    <message>
        <source>Sector status:</source>
        <translation>Status sektora:</translation>
    </message>
    <message>
        <source>Seat operation</source>
        <translation>Operacija nad sjedalima</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>Sjedala:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Price (EUR)</source>
        <translation>Cijena (EUR)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cijena</translation>
    </message>
    <message>
        <source>Colour of the category on the seat map</source>
        <translation>Boja kategorije na planu sjedala</translation>
    </message>
    <message>
        <source>Category colour</source>
        <translation>Boja kategorije</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Ažuriraj</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Izbriši</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nema)</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>bez cijene</translation>
    </message>
    <message numerus="yes">
        <source>%n places</source>
        <translation>
            <numerusform>%n mjesto</numerusform>
            <numerusform>%n mjesta</numerusform>
            <numerusform>%n mjesta</numerusform>
        </translation>
    </message>
    <message>
        <source>No price category</source>
        <translation>Bez cjenovne kategorije</translation>
    </message>
    <message numerus="yes">
        <source>%n seats selected on the map</source>
        <translation>
            <numerusform>%n sjedalo odabrano na planu</numerusform>
            <numerusform>%n sjedala odabrana na planu</numerusform>
            <numerusform>%n sjedala odabrano na planu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sectors</source>
        <translation>
            <numerusform>%n sektor</numerusform>
            <numerusform>%n sektora</numerusform>
            <numerusform>%n sektora</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the category to update.</source>
        <translation>Odaberite kategoriju koju želite ažurirati.</translation>
    </message>
    <message>
        <source>“%1” is not a price.</source>
        <translation>„%1” nije cijena.</translation>
    </message>
    <message>
        <source>Price category saved.</source>
        <translation>Cjenovna kategorija je spremljena.</translation>
    </message>
    <message>
        <source>Generate the seat inventory before painting single seats.</source>
        <translation>Prije bojanja pojedinačnih sjedala generirajte popis sjedala.</translation>
    </message>
    <message>
        <source>Select seats on the map first (click or drag a rectangle).</source>
        <translation>Najprije odaberite sjedala na planu (kliknite ili povucite pravokutnik).</translation>
    </message>
    <message numerus="yes">
        <source>Painted %n seats.</source>
        <translation>
            <numerusform>Obojeno je %n sjedalo.</numerusform>
            <numerusform>Obojena su %n sjedala.</numerusform>
            <numerusform>Obojeno je %n sjedala.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select sectors in the list or seats on the map first.</source>
        <translation>Najprije odaberite sektore na popisu ili sjedala na planu.</translation>
    </message>
    <message numerus="yes">
        <source>Reason for this change of %n seats (recorded in the audit log):</source>
        <translation>
            <numerusform>Razlog ove promjene za %n sjedalo (bilježi se u revizijski zapisnik):</numerusform>
            <numerusform>Razlog ove promjene za %n sjedala (bilježi se u revizijski zapisnik):</numerusform>
            <numerusform>Razlog ove promjene za %n sjedala (bilježi se u revizijski zapisnik):</numerusform>
        </translation>
    </message>
    <message>
        <source>Every seat operation needs a reason.</source>
        <translation>Za svaku operaciju nad sjedalima potreban je razlog.</translation>
    </message>
    <message>
        <source>The selected seats have no inventory yet: generate it first.</source>
        <translation>Za odabrana sjedala još nije generiran popis sjedala: najprije ga generirajte.</translation>
    </message>
    <message numerus="yes">
        <source>%n seats changed.</source>
        <translation>
            <numerusform>%n sjedalo je promijenjeno.</numerusform>
            <numerusform>%n sjedala su promijenjena.</numerusform>
            <numerusform>%n sjedala je promijenjeno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seats were skipped:</source>
        <translation>
            <numerusform>%n sjedalo je preskočeno:</numerusform>
            <numerusform>%n sjedala su preskočena:</numerusform>
            <numerusform>%n sjedala je preskočeno:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… i još %n.</numerusform>
            <numerusform>… i još %n.</numerusform>
            <numerusform>… i još %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Match set-up</source>
        <translation>Postavljanje utakmice</translation>
    </message>
</context>
<context>
    <name>Tribina::MatchSetupPage</name>
    <message>
        <source>New match</source>
        <translation>Nova utakmica</translation>
    </message>
    <message>
        <source>Home match</source>
        <translation>Domaća utakmica</translation>
    </message>
    <message>
        <source>Away match</source>
        <translation>Gostujuća utakmica</translation>
    </message>
    <message>
        <source>Numbered seats</source>
        <translation>Numerirana sjedala</translation>
    </message>
    <message>
        <source>Save match</source>
        <translation>Spremi utakmicu</translation>
    </message>
    <message>
        <source>Home team:</source>
        <translation>Domaća momčad:</translation>
    </message>
    <message>
        <source>Away team:</source>
        <translation>Gostujuća momčad:</translation>
    </message>
    <message>
        <source>Competition:</source>
        <translation>Natjecanje:</translation>
    </message>
    <message>
        <source>Kick-off:</source>
        <translation>Početak:</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Mjesto održavanja:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Vrsta:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Stanje:</translation>
    </message>
    <message>
        <source>Generate seat inventory…</source>
        <translation>Generiraj popis sjedala…</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Validiraj</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Zaključaj</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Vrati u nacrt</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Objavi</translation>
    </message>
    <message>
        <source>Cancel match…</source>
        <translation>Otkaži utakmicu…</translation>
    </message>
    <message>
        <source>What stands between this match and sale:</source>
        <translation>Što još sprječava prodaju za ovu utakmicu:</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Utakmica</translation>
    </message>
    <message>
        <source>Prices and seats</source>
        <translation>Cijene i sjedala</translation>
    </message>
    <message>
        <source>Sales phases</source>
        <translation>Faze prodaje</translation>
    </message>
    <message>
        <source>Validate and publish</source>
        <translation>Validacija i objava</translation>
    </message>
    <message numerus="yes">
        <source>%n seats in the inventory</source>
        <translation>
            <numerusform>%n sjedalo u popisu</numerusform>
            <numerusform>%n sjedala u popisu</numerusform>
            <numerusform>%n sjedala u popisu</numerusform>
        </translation>
    </message>
    <message>
        <source>New match: fill in the details and save.</source>
        <translation>Nova utakmica: ispunite podatke i spremite.</translation>
    </message>
    <message>
        <source>Match saved.</source>
        <translation>Utakmica je spremljena.</translation>
    </message>
    <message>
        <source>Generating the seat inventory…</source>
        <translation>Generiram popis sjedala…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Odustani</translation>
    </message>
    <message>
        <source>Inventory generation cancelled: nothing was written.</source>
        <translation>Generiranje popisa sjedala otkazano: ništa nije zapisano.</translation>
    </message>
    <message numerus="yes">
        <source>%n seats generated in %1 s.</source>
        <translation>
            <numerusform>%n sjedalo generirano za %1 s.</numerusform>
            <numerusform>%n sjedala generirana za %1 s.</numerusform>
            <numerusform>%n sjedala generirano za %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed:</source>
        <translation>Nije promijenjeno:</translation>
    </message>
    <message>
        <source>The match is published.</source>
        <translation>Utakmica je objavljena.</translation>
    </message>
    <message>
        <source>Cancel match</source>
        <translation>Otkaži utakmicu</translation>
    </message>
    <message>
        <source>Why is %1 cancelled? Its tickets are cancelled and refunded (ticket amount back, fee kept).</source>
        <translation>Zašto se otkazuje %1? Ulaznice za nju poništavaju se uz povrat novca (vraća se iznos ulaznice, naknada se zadržava).</translation>
    </message>
    <message>
        <source>Cancel %1 now? This cannot be undone.</source>
        <translation>Otkazati %1 sada? Ovo se ne može poništiti.</translation>
    </message>
    <message numerus="yes">
        <source>Match cancelled: %n tickets cancelled</source>
        <translation>
            <numerusform>Utakmica je otkazana: poništena je %n ulaznica</numerusform>
            <numerusform>Utakmica je otkazana: poništene su %n ulaznice</numerusform>
            <numerusform>Utakmica je otkazana: poništeno je %n ulaznica</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refunds recorded</source>
        <translation>
            <numerusform>%n povrat evidentiran</numerusform>
            <numerusform>%n povrata evidentirana</numerusform>
            <numerusform>%n povrata evidentirano</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orders refunded.</source>
        <translation>
            <numerusform>%n narudžba refundirana.</numerusform>
            <numerusform>%n narudžbe refundirane.</numerusform>
            <numerusform>%n narudžbi refundirano.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: the configuration can be validated and locked.</source>
        <translation>Nema problema: konfiguracija se može validirati i zaključati.</translation>
    </message>
    <message>
        <source>Match set-up</source>
        <translation>Postavljanje utakmice</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Utakmice</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Naknade</translation>
    </message>
</context>
<context>
    <name>Tribina::ModulePage</name>
    <message>
        <source>Sales, attendance and revenue reports with charts and exports will be here.</source>
        <translation>Ovdje će biti izvještaji o prodaji, posjećenosti i prihodima, s grafikonima i izvozom.</translation>
    </message>
    <message>
        <source>This module is being built.</source>
        <translation>Ovaj modul je u izradi.</translation>
    </message>
    <message>
        <source>Stadium layouts, matches, price categories, sales phases and seat operations.</source>
        <translation>Rasporedi stadiona, utakmice, cjenovne kategorije, faze prodaje i operacije nad sjedalima.</translation>
    </message>
    <message>
        <source>Counter sales on the live seat map: holds, ticket holders, payment, printing, refunds and the shift.</source>
        <translation>Prodaja na šalteru na živom planu sjedala: zadržavanje, vlasnici ulaznica, plaćanje, ispis, povrati i smjena.</translation>
    </message>
    <message>
        <source>Redeem a fan&apos;s PIN: seats from the petrol allocation, identity check, payment and printed tickets.</source>
        <translation>Iskorištavanje navijačeva PIN-a: sjedala iz benzinske kvote, provjera identiteta, plaćanje i ispisane ulaznice.</translation>
    </message>
    <message>
        <source>Find and reprint the ticket of a fan whose phone failed, even when the server cannot be reached.</source>
        <translation>Pronađite i ponovno ispišite ulaznicu navijača kojemu je otkazao mobitel, čak i kada poslužitelj nije dostupan.</translation>
    </message>
    <message>
        <source>Seats set aside for partners and sponsors: best-seat and distributed allocation, CSV import, cancellation.</source>
        <translation>Sjedala izdvojena za partnere i sponzore: dodjela najboljih i raspoređenih sjedala, uvoz CSV-a, otkazivanje.</translation>
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
    <name>Tribina::PaymentDialog</name>
    <message>
        <source>&amp;Cash</source>
        <translation>&amp;Gotovina</translation>
    </message>
    <message>
        <source>Car&amp;d</source>
        <translation>&amp;Kartica</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Plaćanje</translation>
    </message>
    <message>
        <source>To pay: %1</source>
        <translation>Za plaćanje: %1</translation>
    </message>
    <message>
        <source>Amount given:</source>
        <translation>Primljeni iznos:</translation>
    </message>
    <message>
        <source>Change due:</source>
        <translation>Vratiti kupcu:</translation>
    </message>
    <message>
        <source>Terminal reference:</source>
        <translation>Referenca terminala:</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Prodaj</translation>
    </message>
    <message>
        <source>Enter the amount the customer gave.</source>
        <translation>Unesite iznos koji je kupac dao.</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>%1 nedostaje</translation>
    </message>
</context>
<context>
    <name>Tribina::PetrolAdminPanel</name>
    <message>
        <source>PIN look-up lockouts</source>
        <translation>Blokade provjere PIN-a</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Blokirano</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Postaja</translation>
    </message>
    <message>
        <source>Wrong PINs</source>
        <translation>Pogrešni PIN-ovi</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Osvježi</translation>
    </message>
    <message>
        <source>Lift lockout…</source>
        <translation>Ukini blokadu…</translation>
    </message>
    <message>
        <source>Petrol-station poster</source>
        <translation>Plakat za benzinske postaje</translation>
    </message>
    <message>
        <source>Create poster (PDF)…</source>
        <translation>Izradi plakat (PDF)…</translation>
    </message>
    <message>
        <source>Whole station</source>
        <translation>Cijela postaja</translation>
    </message>
    <message>
        <source>(no station)</source>
        <translation>(bez postaje)</translation>
    </message>
    <message>
        <source>Nobody is locked out.</source>
        <translation>Nitko nije blokiran.</translation>
    </message>
    <message>
        <source>Lift lockout</source>
        <translation>Ukini blokadu</translation>
    </message>
    <message>
        <source>Why is it safe to lift it?</source>
        <translation>Zašto je sigurno ukinuti blokadu?</translation>
    </message>
    <message>
        <source>Lockout lifted.</source>
        <translation>Blokada je ukinuta.</translation>
    </message>
    <message>
        <source>Save poster</source>
        <translation>Spremi plakat</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Poster saved as %1. Link: %2</source>
        <translation>Plakat je spremljen kao %1. Poveznica: %2</translation>
    </message>
</context>
<context>
    <name>Tribina::PetrolPage</name>
    <message>
        <source>Enter the customer&apos;s PIN</source>
        <translation>Unesite PIN kupca</translation>
    </message>
    <message>
        <source>Check PIN</source>
        <translation>Provjeri PIN</translation>
    </message>
    <message>
        <source>Decode picture…</source>
        <translation>Očitaj sa slike…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Zalijepi</translation>
    </message>
    <message>
        <source>Type the 5 digits, or scan the QR code on the customer&apos;s phone (no need to click first).</source>
        <translation>Upišite 5 znamenki ili skenirajte QR kod s kupčeva telefona (nije potrebno prethodno kliknuti).</translation>
    </message>
    <message>
        <source>PIN found: seats are reserved</source>
        <translation>PIN pronađen: sjedala su rezervirana</translation>
    </message>
    <message>
        <source>Ticket holder</source>
        <translation>Vlasnik ulaznice</translation>
    </message>
    <message>
        <source>ID (last digits)</source>
        <translation>Br. dokumenta (zadnje znamenke)</translation>
    </message>
    <message>
        <source>Show the seats</source>
        <translation>Prikaži sjedala</translation>
    </message>
    <message>
        <source>The customer&apos;s seats</source>
        <translation>Sjedala kupca</translation>
    </message>
    <message>
        <source>Next: check the ID</source>
        <translation>Dalje: provjera dokumenta</translation>
    </message>
    <message>
        <source>Check the customer&apos;s ID</source>
        <translation>Provjerite identifikacijski dokument kupca</translation>
    </message>
    <message>
        <source>Compare the name and the last digits of the ID number with the document, then choose which document it is.</source>
        <translation>Usporedite ime i zadnje znamenke broja dokumenta s dokumentom, a zatim odaberite o kojem je dokumentu riječ.</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>Osobna iskaznica</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Putovnica</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Vozačka dozvola</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Provjeri</translation>
    </message>
    <message>
        <source>Identity confirmed</source>
        <translation>Identitet potvrđen</translation>
    </message>
    <message>
        <source>Next: payment</source>
        <translation>Dalje: plaćanje</translation>
    </message>
    <message>
        <source>Take the payment</source>
        <translation>Naplatite</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Sjedalo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ulaznica</translation>
    </message>
    <message>
        <source>Total with fee</source>
        <translation>Ukupno s naknadom</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Gotovina</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartica</translation>
    </message>
    <message>
        <source>Card terminal receipt no.:</source>
        <translation>Potvrda kartičnog terminala br.:</translation>
    </message>
    <message>
        <source>Payment received: issue tickets</source>
        <translation>Plaćanje primljeno: izdaj ulaznice</translation>
    </message>
    <message>
        <source>Done: tickets issued</source>
        <translation>Gotovo: ulaznice su izdane</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Ispiši ponovno</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>Sljedeći kupac</translation>
    </message>
    <message>
        <source>Cancel redemption…</source>
        <translation>Prekini iskorištavanje PIN-a…</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Podaci</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Sjedala</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Plaćanje</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotovo</translation>
    </message>
    <message>
        <source>No match is on sale at petrol stations right now.</source>
        <translation>Trenutno se nijedna utakmica ne prodaje na benzinskim postajama.</translation>
    </message>
    <message>
        <source>The scanned code is not a petrol PIN.</source>
        <translation>Skenirani kod nije PIN benzinske postaje.</translation>
    </message>
    <message>
        <source>No QR code was found in the picture.</source>
        <translation>Na slici nije pronađen QR kod.</translation>
    </message>
    <message>
        <source>Picture of the QR code</source>
        <translation>Slika QR koda</translation>
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation>Slike (%1)</translation>
    </message>
    <message>
        <source>The picture could not be opened.</source>
        <translation>Sliku nije moguće otvoriti.</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Tickets: &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;·&amp;nbsp; PIN valid until %3</source>
        <translation>%1&lt;br&gt;Ulaznice: &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;·&amp;nbsp; PIN vrijedi do %3</translation>
    </message>
    <message>
        <source>Sector %1, row %2, seat %3</source>
        <translation>Sektor %1, red %2, sjedalo %3</translation>
    </message>
    <message>
        <source>OK: ticket will be issued</source>
        <translation>U redu: ulaznica će biti izdana</translation>
    </message>
    <message>
        <source>Banned from matches: no ticket</source>
        <translation>Zabrana prisustvovanja utakmicama: bez ulaznice</translation>
    </message>
    <message>
        <source>Already has a ticket for this match: no ticket</source>
        <translation>Već ima ulaznicu za ovu utakmicu: bez ulaznice</translation>
    </message>
    <message>
        <source>Same person twice: one ticket only</source>
        <translation>Ista osoba dvaput: samo jedna ulaznica</translation>
    </message>
    <message>
        <source>Cancel the redemption.</source>
        <translation>Prekini iskorištavanje PIN-a.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Ukupno: %1</translation>
    </message>
    <message numerus="yes">
        <source>Order &lt;b&gt;%1&lt;/b&gt; · %n ticket(s) · %2 paid.</source>
        <translation>
            <numerusform>Narudžba &lt;b&gt;%1&lt;/b&gt; · %n ulaznica · plaćeno %2.</numerusform>
            <numerusform>Narudžba &lt;b&gt;%1&lt;/b&gt; · %n ulaznice · plaćeno %2.</numerusform>
            <numerusform>Narudžba &lt;b&gt;%1&lt;/b&gt; · %n ulaznica · plaćeno %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No printer is installed: the tickets were saved as %1.</source>
        <translation>Nije instaliran nijedan pisač: ulaznice su spremljene kao %1.</translation>
    </message>
    <message>
        <source>The tickets are printing. Hand them to the customer.</source>
        <translation>Ulaznice se ispisuju. Predajte ih kupcu.</translation>
    </message>
    <message>
        <source>The customer changed their mind</source>
        <translation>Kupac se predomislio</translation>
    </message>
    <message>
        <source>The ID does not match</source>
        <translation>Dokument se ne podudara</translation>
    </message>
    <message>
        <source>The customer could not pay</source>
        <translation>Kupac nije mogao platiti</translation>
    </message>
    <message>
        <source>Wrong PIN entered</source>
        <translation>Unesen je pogrešan PIN</translation>
    </message>
    <message>
        <source>Cancel redemption</source>
        <translation>Prekini iskorištavanje PIN-a</translation>
    </message>
    <message>
        <source>Why? The seats are released at once.</source>
        <translation>Zašto? Sjedala se odmah oslobađaju.</translation>
    </message>
    <message>
        <source>Redemption cancelled; the seats are free again. The PIN can be used later.</source>
        <translation>Iskorištavanje PIN-a je prekinuto; sjedala su ponovno slobodna. PIN se može iskoristiti kasnije.</translation>
    </message>
    <message>
        <source>1 minute left! Finish now or the seats are released.</source>
        <translation>Preostala je 1 minuta! Završite odmah ili će sjedala biti oslobođena.</translation>
    </message>
    <message>
        <source>5 minutes left to finish this redemption.</source>
        <translation>Preostalo je 5 minuta za dovršetak ovog iskorištavanja PIN-a.</translation>
    </message>
    <message>
        <source>Time is up: the seats were released and the PIN has expired. The customer can create a new PIN in the app.</source>
        <translation>Vrijeme je isteklo: sjedala su oslobođena, a PIN je istekao. Kupac može izraditi novi PIN u aplikaciji.</translation>
    </message>
    <message>
        <source>Seats held: %1</source>
        <translation>Sjedala zadržana: %1</translation>
    </message>
    <message>
        <source>Redeem a PIN</source>
        <translation>Iskoristi PIN</translation>
    </message>
    <message>
        <source>Lockouts and poster</source>
        <translation>Blokade i plakat</translation>
    </message>
</context>
<context>
    <name>Tribina::PetrolRepository</name>
    <message>
        <source>Cannot read the matches on sale: %1</source>
        <translation>Nije moguće pročitati utakmice u prodaji: %1</translation>
    </message>
    <message>
        <source>Cannot read the matches: %1</source>
        <translation>Nije moguće pročitati utakmice: %1</translation>
    </message>
    <message>
        <source>The PIN could not be checked: %1</source>
        <translation>PIN nije bilo moguće provjeriti: %1</translation>
    </message>
    <message>
        <source>Cannot read the petrol seats: %1</source>
        <translation>Nije moguće pročitati sjedala za benzinske postaje: %1</translation>
    </message>
    <message>
        <source>Cannot read the match&apos;s stadium: %1</source>
        <translation>Nije moguće pročitati stadion utakmice: %1</translation>
    </message>
    <message>
        <source>The match has no stadium layout.</source>
        <translation>Utakmica nema raspored stadiona.</translation>
    </message>
    <message>
        <source>The seats could not be reserved: %1</source>
        <translation>Sjedala nije bilo moguće rezervirati: %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Nije moguće započeti transakciju: %1</translation>
    </message>
    <message>
        <source>The identity could not be recorded: %1</source>
        <translation>Identitet nije bilo moguće zabilježiti: %1</translation>
    </message>
    <message>
        <source>The price could not be calculated: %1</source>
        <translation>Cijenu nije bilo moguće izračunati: %1</translation>
    </message>
    <message>
        <source>The sale could not be completed: %1</source>
        <translation>Prodaju nije bilo moguće dovršiti: %1</translation>
    </message>
    <message>
        <source>The reservation could not be cancelled: %1</source>
        <translation>Rezervaciju nije bilo moguće otkazati: %1</translation>
    </message>
    <message>
        <source>Cannot read the lockouts: %1</source>
        <translation>Nije moguće pročitati blokade: %1</translation>
    </message>
    <message>
        <source>Cannot lift the lockout: %1</source>
        <translation>Nije moguće ukinuti blokadu: %1</translation>
    </message>
    <message>
        <source>Cannot create the deep link: %1</source>
        <translation>Nije moguće stvoriti izravnu poveznicu: %1</translation>
    </message>
</context>
<context>
    <name>Tribina::PrinterSettingsDialog</name>
    <message>
        <source>Ticket printer</source>
        <translation>Pisač ulaznica</translation>
    </message>
    <message>
        <source>System default printer</source>
        <translation>Zadani pisač sustava</translation>
    </message>
    <message>
        <source>%1 (not available now)</source>
        <translation>%1 (trenutno nedostupan)</translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation>Pisač:</translation>
    </message>
    <message>
        <source>Thermal receipt, 80 mm</source>
        <translation>Termalni listić, 80 mm</translation>
    </message>
    <message>
        <source>A4 page</source>
        <translation>Stranica A4</translation>
    </message>
    <message>
        <source>Ticket layout:</source>
        <translation>Izgled ulaznice:</translation>
    </message>
</context>
<context>
    <name>Tribina::QuantityPanel</name>
    <message>
        <source>Free seating: places per sector</source>
        <translation>Slobodno sjedenje: mjesta po sektoru</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cijena</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Slobodno</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>&amp;Mjesta:</translation>
    </message>
    <message>
        <source>Hold (Enter)</source>
        <translation>Zadrži (Enter)</translation>
    </message>
    <message>
        <source>Hold this many places of the chosen sector for you; the server picks free places.</source>
        <translation>Zadržava ovoliko mjesta odabranog sektora za vas; poslužitelj bira slobodna mjesta.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, standing</source>
        <translation>%1, stajanje</translation>
    </message>
    <message>
        <source>sold out</source>
        <translation>rasprodano</translation>
    </message>
</context>
<context>
    <name>Tribina::QuotaAllocator</name>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>Količina mora biti najmanje 1.</translation>
    </message>
    <message>
        <source>The quota has no allowed sectors.</source>
        <translation>Kvota nema dopuštenih sektora.</translation>
    </message>
    <message>
        <source>An allowed sector is not part of the match&apos;s inventory.</source>
        <translation>Dopušteni sektor nije dio raspoloživih mjesta utakmice.</translation>
    </message>
    <message>
        <source>Not enough free seats: %1 needed, %2 free in the allowed sectors. Nothing was allocated.</source>
        <translation>Nema dovoljno slobodnih sjedala: potrebno je %1, a u dopuštenim sektorima slobodno je %2. Ništa nije dodijeljeno.</translation>
    </message>
</context>
<context>
    <name>Tribina::QuotaCsv</name>
    <message>
        <source>The file is empty.</source>
        <translation>Datoteka je prazna.</translation>
    </message>
    <message>
        <source>The header lacks the required column(s) %1 (found: %2).</source>
        <translation>U zaglavlju nedostaju obavezni stupci %1 (pronađeno: %2).</translation>
    </message>
    <message>
        <source>Not an e-mail address: &quot;%1&quot;.</source>
        <translation>Nije adresa e-pošte: „%1”.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>Ime je prazno.</translation>
    </message>
    <message>
        <source>The quantity must be a whole number above 0, not &quot;%1&quot;.</source>
        <translation>Količina mora biti cijeli broj veći od 0, a ne „%1”.</translation>
    </message>
    <message>
        <source>The discount must be 0 to 100, not &quot;%1&quot;.</source>
        <translation>Popust mora biti od 0 do 100, a ne „%1”.</translation>
    </message>
    <message>
        <source>The same recipient as on line %1.</source>
        <translation>Isti primatelj kao u retku %1.</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>Datoteka ima zaglavlje, ali nema redaka.</translation>
    </message>
</context>
<context>
    <name>Tribina::QuotaDialog</name>
    <message>
        <source>New quota</source>
        <translation>Nova kvota</translation>
    </message>
    <message>
        <source>partner@example.hr</source>
        <translation>partner@example.hr</translation>
    </message>
    <message>
        <source>Only administrators see this</source>
        <translation>Vidljivo samo administratorima</translation>
    </message>
    <message>
        <source>%1 – %2 (%3 free)</source>
        <translation>%1 – %2 (slobodno: %3)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>100 % = free tickets</source>
        <translation>100 % = besplatne ulaznice</translation>
    </message>
    <message>
        <source>NM – best seats, together</source>
        <translation>NM – najbolja mjesta, zajedno</translation>
    </message>
    <message>
        <source>REDOM – spread over sectors and rows</source>
        <translation>REDOM – raspoređeno po sektorima i redovima</translation>
    </message>
    <message>
        <source>A reminder only: nothing expires by itself.</source>
        <translation>Samo podsjetnik: ništa ne istječe samo od sebe.</translation>
    </message>
    <message>
        <source>May create sub-quotas</source>
        <translation>Smije stvarati podkvote</translation>
    </message>
    <message>
        <source>Tickets may be transferred</source>
        <translation>Ulaznice se smiju prenositi</translation>
    </message>
    <message>
        <source>Deferred payment</source>
        <translation>Odgođeno plaćanje</translation>
    </message>
    <message>
        <source>Send an e-mail to the recipient on creation</source>
        <translation>Pri stvaranju pošalji e-poruku primatelju</translation>
    </message>
    <message>
        <source>Recipient e-mail:</source>
        <translation>E-pošta primatelja:</translation>
    </message>
    <message>
        <source>Recipient name:</source>
        <translation>Ime primatelja:</translation>
    </message>
    <message>
        <source>Internal note:</source>
        <translation>Interna napomena:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Količina:</translation>
    </message>
    <message>
        <source>Allowed sectors:</source>
        <translation>Dopušteni sektori:</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>Popust:</translation>
    </message>
    <message>
        <source>Allocation:</source>
        <translation>Dodjela:</translation>
    </message>
    <message>
        <source>Expiration date:</source>
        <translation>Datum isteka:</translation>
    </message>
    <message>
        <source>Propose seats</source>
        <translation>Predloži sjedala</translation>
    </message>
    <message>
        <source>Petrol station allocation (seats sold at petrol stations for this match)</source>
        <translation>Kvota za benzinske postaje (sjedala koja se za ovu utakmicu prodaju na benzinskim postajama)</translation>
    </message>
    <message>
        <source>PIN redemptions at petrol stations take their seats from this quota. A match has one petrol station allocation at a time.</source>
        <translation>Iskorištavanje PIN-ova na benzinskim postajama uzima sjedala iz ove kvote. Utakmica istodobno ima samo jednu kvotu za benzinske postaje.</translation>
    </message>
    <message>
        <source>This match already has a petrol station allocation (%1). A match has only one: cancel that quota first.</source>
        <translation>Ova utakmica već ima kvotu za benzinske postaje (%1). Utakmica može imati samo jednu: najprije otkažite tu kvotu.</translation>
    </message>
</context>
<context>
    <name>Tribina::QuotaExport</name>
    <message>
        <source>sector</source>
        <translation>sektor</translation>
    </message>
    <message>
        <source>row</source>
        <translation>red</translation>
    </message>
    <message>
        <source>seat</source>
        <translation>sjedalo</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nije moguće zapisati %1: %2</translation>
    </message>
    <message>
        <source>Quota for %1</source>
        <translation>Kvota za %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Nije moguće zapisati %1.</translation>
    </message>
    <message>
        <source>Ticket quota: %1</source>
        <translation>Kvota ulaznica: %1</translation>
    </message>
    <message>
        <source>Match: %1</source>
        <translation>Utakmica: %1</translation>
    </message>
    <message>
        <source>Recipient: %1 &lt;%2&gt;</source>
        <translation>Primatelj: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Seats: %1 (allocated %2, reserved %3, sold %4)</source>
        <translation>Sjedala: %1 (dodijeljeno %2, rezervirano %3, prodano %4)</translation>
    </message>
    <message>
        <source>Discount: %1 %</source>
        <translation>Popust: %1 %</translation>
    </message>
    <message>
        <source>Claim by: %1</source>
        <translation>Preuzeti do: %1</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Sjedalo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Stranica %1 od %2</translation>
    </message>
</context>
<context>
    <name>Tribina::QuotaImport</name>
    <message>
        <source>Choose at least one match to import into.</source>
        <translation>Odaberite barem jednu utakmicu u koju se uvozi.</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1 already has a quota for this match%2.</source>
        <translation>%1 već ima kvotu za ovu utakmicu%2.</translation>
    </message>
    <message>
        <source>Unknown sector code(s) %1%2.</source>
        <translation>Nepoznate oznake sektora %1%2.</translation>
    </message>
    <message>
        <source>%1 seats asked for, only %2 free in the sectors%3.</source>
        <translation>Traženo je %1 sjedala, a u sektorima je slobodno samo %2%3.</translation>
    </message>
    <message>
        <source>Cannot record the import: %1</source>
        <translation>Nije moguće evidentirati uvoz: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Redak %1: %2</translation>
    </message>
</context>
<context>
    <name>Tribina::QuotaImportDialog</name>
    <message>
        <source>Import quotas from CSV</source>
        <translation>Uvoz kvota iz CSV-a</translation>
    </message>
    <message>
        <source>CSV file: email, name, quantity; optional sectors, discount</source>
        <translation>CSV datoteka sa stupcima email, name, quantity; neobavezno sectors, discount</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Odaberi datoteku…</translation>
    </message>
    <message>
        <source>Save template…</source>
        <translation>Spremi predložak…</translation>
    </message>
    <message>
        <source>NM – best seats</source>
        <translation>NM – najbolja mjesta</translation>
    </message>
    <message>
        <source>REDOM – distributed</source>
        <translation>REDOM – raspoređeno</translation>
    </message>
    <message>
        <source>Create each quota in these matches:</source>
        <translation>Stvori svaku kvotu u ovim utakmicama:</translation>
    </message>
    <message>
        <source>Allocation:</source>
        <translation>Dodjela:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Redak</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Količina</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Provjeri</translation>
    </message>
    <message>
        <source>Import valid rows</source>
        <translation>Uvezi ispravne retke</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>Import quotas</source>
        <translation>Uvoz kvota</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV datoteke (*.csv *.txt);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nije moguće pročitati %1: %2</translation>
    </message>
    <message>
        <source>Save the quota template</source>
        <translation>Spremanje predloška kvota</translation>
    </message>
    <message>
        <source>quotas-template.csv</source>
        <translation>predlozak-kvota.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV datoteke (*.csv)</translation>
    </message>
    <message>
        <source>%1 rows read (%2). Check them against the matches before importing.</source>
        <translation>Pročitano redaka: %1 (%2). Prije uvoza provjerite ih prema utakmicama.</translation>
    </message>
    <message>
        <source>Choose at least one match.</source>
        <translation>Odaberite barem jednu utakmicu.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Provjeravam…</translation>
    </message>
    <message>
        <source>%1 of %2 rows can be imported; %3 have problems (red).</source>
        <translation>Može se uvesti %1 od %2 redaka; redaka s problemima: %3 (crveno).</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ništa nije uvezeno: %1</translation>
    </message>
    <message>
        <source>Imported %1 rows (%2 quotas, %3 seats); %4 rows were rejected and are listed in the import&apos;s error report.</source>
        <translation>Uvezeno redaka: %1 (kvota: %2, sjedala: %3); odbijeno redaka: %4 – navedeni su u izvješću o pogreškama uvoza.</translation>
    </message>
</context>
<context>
    <name>Tribina::QuotaManagerPage</name>
    <message>
        <source>Pending</source>
        <translation>Na čekanju</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivna</translation>
    </message>
    <message>
        <source>Past deadline</source>
        <translation>Istekao rok</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Otkazana</translation>
    </message>
    <message>
        <source>Fully claimed</source>
        <translation>Potpuno preuzeta</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Osvježi</translation>
    </message>
    <message>
        <source>New quota…</source>
        <translation>Nova kvota…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Uvezi CSV…</translation>
    </message>
    <message>
        <source>Cancel quota…</source>
        <translation>Otkaži kvotu…</translation>
    </message>
    <message>
        <source>Export seats (CSV)…</source>
        <translation>Izvezi sjedala (CSV)…</translation>
    </message>
    <message>
        <source>Summary (PDF)…</source>
        <translation>Sažetak (PDF)…</translation>
    </message>
    <message>
        <source>Match:</source>
        <translation>Utakmica:</translation>
    </message>
    <message>
        <source>Filter by recipient or e-mail</source>
        <translation>Filtriraj po primatelju ili e-pošti</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Svi statusi</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Primatelj</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Količina</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Dodijeljeno</translation>
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
        <source>Delegated</source>
        <translation>Delegirano</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritam</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Istječe</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Sjedala</translation>
    </message>
    <message>
        <source>Sub-quotas of the selected quota:</source>
        <translation>Podkvote odabrane kvote:</translation>
    </message>
    <message>
        <source>Allocate these seats</source>
        <translation>Dodijeli ova sjedala</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odbaci</translation>
    </message>
    <message>
        <source>There are no matches with a stadium layout yet.</source>
        <translation>Još nema utakmica s rasporedom stadiona.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Učitavanje…</translation>
    </message>
    <message numerus="yes">
        <source>%n quota(s).</source>
        <translation>
            <numerusform>%n kvota.</numerusform>
            <numerusform>%n kvote.</numerusform>
            <numerusform>%n kvota.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — quota: %2</source>
        <translation>%1 — kvota: %2</translation>
    </message>
    <message>
        <source>%1 — proposed for %2</source>
        <translation>%1 — predloženo za %2</translation>
    </message>
    <message>
        <source>Choose a match first.</source>
        <translation>Najprije odaberite utakmicu.</translation>
    </message>
    <message numerus="yes">
        <source>Proposed %n seat(s) for %1: click seats to take them out or add free ones in the allowed sectors, then allocate.</source>
        <translation>
            <numerusform>Predloženo je %n sjedalo za %1: kliknite sjedala da biste ih uklonili ili dodajte slobodna u dopuštenim sektorima, a zatim dodijelite.</numerusform>
            <numerusform>Predložena su %n sjedala za %1: kliknite sjedala da biste ih uklonili ili dodajte slobodna u dopuštenim sektorima, a zatim dodijelite.</numerusform>
            <numerusform>Predloženo je %n sjedala za %1: kliknite sjedala da biste ih uklonili ili dodajte slobodna u dopuštenim sektorima, a zatim dodijelite.</numerusform>
        </translation>
    </message>
    <message>
        <source>That seat is not free.</source>
        <translation>To sjedalo nije slobodno.</translation>
    </message>
    <message>
        <source>That seat is not in one of the quota&apos;s sectors.</source>
        <translation>To sjedalo nije ni u jednom od sektora kvote.</translation>
    </message>
    <message numerus="yes">
        <source>The quota has %n seat(s) already; take one out first.</source>
        <translation>
            <numerusform>Kvota već ima %n sjedalo; najprije uklonite jedno.</numerusform>
            <numerusform>Kvota već ima %n sjedala; najprije uklonite jedno.</numerusform>
            <numerusform>Kvota već ima %n sjedala; najprije uklonite jedno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposal for %1: %2 of %3 seats.</source>
        <translation>Prijedlog za %1: %2 od %3 sjedala.</translation>
    </message>
    <message>
        <source>Create a quota to see its proposed seats here.</source>
        <translation>Stvorite kvotu da biste ovdje vidjeli predložena sjedala.</translation>
    </message>
    <message numerus="yes">
        <source>Quota for %1 created with %n seat(s).</source>
        <translation>
            <numerusform>Kvota za %1 stvorena je s %n sjedalom.</numerusform>
            <numerusform>Kvota za %1 stvorena je s %n sjedala.</numerusform>
            <numerusform>Kvota za %1 stvorena je s %n sjedala.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a quota in the table first.</source>
        <translation>Najprije odaberite kvotu u tablici.</translation>
    </message>
    <message>
        <source>Cancel quota</source>
        <translation>Otkaži kvotu</translation>
    </message>
    <message>
        <source>Which seats go back on sale? Sold tickets are never touched.</source>
        <translation>Koja se sjedala vraćaju u prodaju? Prodane ulaznice nikad se ne diraju.</translation>
    </message>
    <message>
        <source>All unused (allocated and reserved)</source>
        <translation>Sva neiskorištena (dodijeljena i rezervirana)</translation>
    </message>
    <message>
        <source>Unfulfilled only (allocated; reservations stay)</source>
        <translation>Samo neispunjena (dodijeljena; rezervacije ostaju)</translation>
    </message>
    <message numerus="yes">
        <source>Quota cancelled; %n seat(s) are on sale again.</source>
        <translation>
            <numerusform>Kvota je otkazana; %n sjedalo ponovno je u prodaji.</numerusform>
            <numerusform>Kvota je otkazana; %n sjedala ponovno su u prodaji.</numerusform>
            <numerusform>Kvota je otkazana; %n sjedala ponovno je u prodaji.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quota summary</source>
        <translation>Sažetak kvote</translation>
    </message>
    <message>
        <source>Quota seat list</source>
        <translation>Popis sjedala kvote</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF datoteke (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV datoteke (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Spremljeno: %1.</translation>
    </message>
    <message>
        <source>This match already has a petrol station allocation (%1). A match has only one: cancel that quota first.</source>
        <translation>Ova utakmica već ima kvotu za benzinske postaje (%1). Utakmica može imati samo jednu: najprije otkažite tu kvotu.</translation>
    </message>
    <message>
        <source>Use for petrol stations…</source>
        <translation>Koristi za benzinske postaje…</translation>
    </message>
    <message>
        <source>Make the selected quota this match&apos;s petrol station allocation: PIN redemptions at petrol stations take their seats from it.</source>
        <translation>Odabranu kvotu postavite kao kvotu za benzinske postaje ove utakmice: iskorištavanje PIN-ova na benzinskim postajama uzima sjedala iz nje.</translation>
    </message>
    <message>
        <source>Petrol</source>
        <translation>Benzinske</translation>
    </message>
    <message>
        <source>The match&apos;s petrol station allocation</source>
        <translation>Kvota za benzinske postaje ove utakmice</translation>
    </message>
    <message>
        <source>Petrol stations</source>
        <translation>Benzinske postaje</translation>
    </message>
    <message>
        <source>Petrol station allocation: PIN redemptions at petrol stations take their seats from this quota.</source>
        <translation>Kvota za benzinske postaje: iskorištavanje PIN-ova na benzinskim postajama uzima sjedala iz ove kvote.</translation>
    </message>
    <message numerus="yes">
        <source>Quota for %1 created with %n seat(s) as the petrol station allocation.</source>
        <translation>
            <numerusform>Kvota za %1 stvorena je s %n sjedalom kao kvota za benzinske postaje.</numerusform>
            <numerusform>Kvota za %1 stvorena je s %n sjedala kao kvota za benzinske postaje.</numerusform>
            <numerusform>Kvota za %1 stvorena je s %n sjedala kao kvota za benzinske postaje.</numerusform>
        </translation>
    </message>
    <message>
        <source>Petrol station allocation</source>
        <translation>Kvota za benzinske postaje</translation>
    </message>
    <message>
        <source>Use the quota for %1 as this match&apos;s petrol station allocation? PIN redemptions at petrol stations will take its free seats. A match has only one; to stop using it, cancel the quota.</source>
        <translation>Koristiti kvotu za %1 kao kvotu za benzinske postaje ove utakmice? Iskorištavanje PIN-ova na benzinskim postajama uzimat će njezina slobodna sjedala. Utakmica može imati samo jednu; da biste je prestali koristiti, otkažite kvotu.</translation>
    </message>
    <message>
        <source>The quota for %1 is now the petrol station allocation.</source>
        <translation>Kvota za %1 sada je kvota za benzinske postaje.</translation>
    </message>
</context>
<context>
    <name>Tribina::QuotaMap</name>
    <message>
        <source>Free</source>
        <translation>Slobodno</translation>
    </message>
</context>
<context>
    <name>Tribina::QuotaRepository</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot read the matches</source>
        <translation>Nije moguće pročitati utakmice</translation>
    </message>
    <message>
        <source>Cannot read the sectors</source>
        <translation>Nije moguće pročitati sektore</translation>
    </message>
    <message>
        <source>Cannot read the quotas</source>
        <translation>Nije moguće pročitati kvote</translation>
    </message>
    <message>
        <source>Cannot read the quota</source>
        <translation>Nije moguće pročitati kvotu</translation>
    </message>
    <message>
        <source>There is no quota %1.</source>
        <translation>Kvota %1 ne postoji.</translation>
    </message>
    <message>
        <source>Cannot read the quota&apos;s seats</source>
        <translation>Nije moguće pročitati sjedala kvote</translation>
    </message>
    <message>
        <source>Cannot read the sub-quotas</source>
        <translation>Nije moguće pročitati podkvote</translation>
    </message>
    <message>
        <source>Cannot create the quota: %1</source>
        <translation>Nije moguće stvoriti kvotu: %1</translation>
    </message>
    <message>
        <source>Cannot allocate the seats: %1</source>
        <translation>Nije moguće dodijeliti sjedala: %1</translation>
    </message>
    <message>
        <source>Cannot change the quota&apos;s seats: %1</source>
        <translation>Nije moguće promijeniti sjedala kvote: %1</translation>
    </message>
    <message>
        <source>Cannot cancel the quota: %1</source>
        <translation>Nije moguće otkazati kvotu: %1</translation>
    </message>
    <message>
        <source>The quota for %1 is cancelled.</source>
        <translation>Kvota za %1 je otkazana.</translation>
    </message>
    <message>
        <source>The quota for %1 has all its %2 seats already.</source>
        <translation>Kvota za %1 već ima svih %2 sjedala.</translation>
    </message>
    <message>
        <source>BEGIN</source>
        <translation>BEGIN</translation>
    </message>
    <message>
        <source>COMMIT</source>
        <translation>COMMIT</translation>
    </message>
    <message>
        <source>The quota does not exist (any more).</source>
        <translation>Kvota ne postoji (više).</translation>
    </message>
    <message>
        <source>The quota for %1 is cancelled; a cancelled quota cannot be the petrol station allocation.</source>
        <translation>Kvota za %1 je otkazana; otkazana kvota ne može biti kvota za benzinske postaje.</translation>
    </message>
    <message>
        <source>This match already has a petrol station allocation (%1). A match has only one: cancel that quota first.</source>
        <translation>Ova utakmica već ima kvotu za benzinske postaje (%1). Utakmica može imati samo jednu: najprije otkažite tu kvotu.</translation>
    </message>
    <message>
        <source>marked meanwhile by another administrator</source>
        <translation>u međuvremenu označio drugi administrator</translation>
    </message>
    <message>
        <source>Cannot mark the petrol station allocation</source>
        <translation>Nije moguće označiti kvotu za benzinske postaje</translation>
    </message>
</context>
<context>
    <name>Tribina::RefundDialog</name>
    <message>
        <source>The whole order</source>
        <translation>Cijela narudžba</translation>
    </message>
    <message>
        <source>Cancel (no money back: the ticket was never paid)</source>
        <translation>Poništi (bez povrata novca: ulaznica nikad nije plaćena)</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Povrat</translation>
    </message>
    <message>
        <source>Kick-off is less than 48 hours away: a reason is required. The ticket price is refunded; the service fee is kept.</source>
        <translation>Do početka utakmice ostalo je manje od 48 sati: potrebno je navesti razlog. Cijena ulaznice se vraća; naknada za uslugu se zadržava.</translation>
    </message>
    <message>
        <source>The ticket price is refunded; the service fee is kept.</source>
        <translation>Cijena ulaznice se vraća; naknada za uslugu se zadržava.</translation>
    </message>
    <message>
        <source>Ticket or order:</source>
        <translation>Ulaznica ili narudžba:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Razlog:</translation>
    </message>
    <message>
        <source>Scan the ticket or type its barcode or the order number</source>
        <translation>Skenirajte ulaznicu ili upišite njezin barkod ili broj narudžbe</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Traženje %1…</translation>
    </message>
    <message>
        <source>No ticket has the barcode %1.</source>
        <translation>Nijedna ulaznica nema barkod %1.</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>Narudžba %1 ne postoji.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Narudžba %1</translation>
    </message>
    <message>
        <source>sold</source>
        <translation>prodana</translation>
    </message>
    <message>
        <source>not refundable (%1)</source>
        <translation>bez mogućnosti povrata (%1)</translation>
    </message>
    <message>
        <source>%1 %2 — %3, %4 — %5</source>
        <translation>%1 %2 — %3, %4 — %5</translation>
    </message>
    <message>
        <source>The order has no ticket left to refund.</source>
        <translation>U narudžbi više nema ulaznica za povrat.</translation>
    </message>
    <message>
        <source>This ticket cannot be refunded.</source>
        <translation>Za ovu ulaznicu nije moguć povrat.</translation>
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
    <name>Tribina::SalesPhasesPanel</name>
    <message>
        <source>Type</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Tickets per buyer</source>
        <translation>Ulaznica po kupcu</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivna</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Vrsta:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naziv:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Od:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Do:</translation>
    </message>
    <message>
        <source>Tickets per buyer:</source>
        <translation>Ulaznica po kupcu:</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Dodaj fazu</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Ažuriraj</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Izbriši</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (neaktivna)</translation>
    </message>
    <message>
        <source>Select the phase to update.</source>
        <translation>Odaberite fazu koju želite ažurirati.</translation>
    </message>
    <message>
        <source>Sales phase saved.</source>
        <translation>Faza prodaje spremljena.</translation>
    </message>
    <message>
        <source>Sales phases</source>
        <translation>Faze prodaje</translation>
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
    <name>Tribina::SeatProposer</name>
    <message>
        <source>Nothing to reserve.</source>
        <translation>Nema se što rezervirati.</translation>
    </message>
    <message numerus="yes">
        <source>The petrol allocation has only %n free seat(s) left.</source>
        <translation>
            <numerusform>Dodjeli za benzinske postaje ostalo je još samo %n slobodno sjedalo.</numerusform>
            <numerusform>Dodjeli za benzinske postaje ostala su još samo %n slobodna sjedala.</numerusform>
            <numerusform>Dodjeli za benzinske postaje ostalo je još samo %n slobodnih sjedala.</numerusform>
        </translation>
    </message>
    <message>
        <source>The petrol seats do not match the stadium layout.</source>
        <translation>Sjedala za benzinske postaje ne odgovaraju rasporedu stadiona.</translation>
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
    <name>Tribina::ShiftCloseDialog</name>
    <message>
        <source>Close shift</source>
        <translation>Zaključi smjenu</translation>
    </message>
    <message>
        <source>Float:</source>
        <translation>Polog:</translation>
    </message>
    <message>
        <source>Cash sales:</source>
        <translation>Gotovinska prodaja:</translation>
    </message>
    <message>
        <source>Card sales:</source>
        <translation>Kartična prodaja:</translation>
    </message>
    <message>
        <source>Refunds (cash / card):</source>
        <translation>Povrati (gotovina / kartica):</translation>
    </message>
    <message>
        <source>Expected cash:</source>
        <translation>Očekivana gotovina:</translation>
    </message>
    <message>
        <source>Counted cash:</source>
        <translation>Prebrojena gotovina:</translation>
    </message>
    <message>
        <source>Discrepancy:</source>
        <translation>Razlika:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Napomena:</translation>
    </message>
    <message>
        <source>Close shift and print report</source>
        <translation>Zaključi smjenu i ispiši izvješće</translation>
    </message>
    <message>
        <source>The counted cash differs: say why.</source>
        <translation>Prebrojena gotovina se razlikuje: navedite razlog.</translation>
    </message>
</context>
<context>
    <name>Tribina::ShiftOpenDialog</name>
    <message>
        <source>Open shift</source>
        <translation>Otvori smjenu</translation>
    </message>
    <message>
        <source>Count the cash in the drawer before the first sale.</source>
        <translation>Prije prve prodaje prebrojite gotovinu u ladici.</translation>
    </message>
    <message>
        <source>Cash float:</source>
        <translation>Početni polog gotovine:</translation>
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
    <message>
        <source>Stadium properties…</source>
        <translation>Svojstva stadiona…</translation>
    </message>
    <message>
        <source>Name, city, country, address and type of the stadium</source>
        <translation>Naziv, grad, država, adresa i vrsta stadiona</translation>
    </message>
</context>
<context>
    <name>Tribina::StadiumPropertiesDialog</name>
    <message>
        <source>Seats are numbered (sold seat by seat)</source>
        <translation>Sjedala su numerirana (prodaja po sjedalu)</translation>
    </message>
    <message>
        <source>Stadium properties</source>
        <translation>Svojstva stadiona</translation>
    </message>
    <message>
        <source>Home stadium (configured by the federation)</source>
        <translation>Domaći stadion (konfigurira ga savez)</translation>
    </message>
    <message>
        <source>Away venue</source>
        <translation>Gostujući stadion</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>Country (ISO code)</source>
        <translation>Država (ISO oznaka)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>The stadium needs a name.</source>
        <translation>Stadion mora imati naziv.</translation>
    </message>
    <message>
        <source>The stadium needs a city.</source>
        <translation>Potrebno je navesti grad stadiona.</translation>
    </message>
    <message>
        <source>The country is a two-letter ISO code such as HR.</source>
        <translation>Država se navodi dvoslovnom ISO oznakom, npr. HR.</translation>
    </message>
</context>
</TS>
