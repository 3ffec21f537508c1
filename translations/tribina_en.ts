<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AddRowBlock</name>
    <message numerus="yes">
        <source>Add %n row(s) to sector %1</source>
        <translation>
            <numerusform>Add %n row to sector %1</numerusform>
            <numerusform>Add %n rows to sector %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddSector</name>
    <message>
        <source>Add sector %1</source>
        <translation>Add sector %1</translation>
    </message>
</context>
<context>
    <name>AdminCli</name>
    <message>
        <source>Not a postgresql:// URI: %1</source>
        <translation>Not a postgresql:// URI: %1</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Cannot connect to %1: %2</translation>
    </message>
    <message>
        <source>applying %1 %2</source>
        <translation>applying %1 %2</translation>
    </message>
    <message>
        <source>database is at version %1</source>
        <translation>database is at version %1</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>applied</translation>
    </message>
    <message>
        <source>EDITED AFTER IT WAS APPLIED</source>
        <translation>EDITED AFTER IT WAS APPLIED</translation>
    </message>
    <message>
        <source>UNKNOWN TO THIS VERSION (newer)</source>
        <translation>UNKNOWN TO THIS VERSION (newer)</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>current version %1, this build knows up to %2</source>
        <translation>current version %1, this build knows up to %2</translation>
    </message>
    <message>
        <source>A password is required (on stdin or with --password).</source>
        <translation>A password is required (on stdin or with --password).</translation>
    </message>
    <message>
        <source>staff member %1 added to %2</source>
        <translation>staff member %1 added to %2</translation>
    </message>
    <message>
        <source>demo database ready in %1 ms; it keeps running until `tribina-admin cluster stop`</source>
        <translation>demo database ready in %1 ms; it keeps running until `tribina-admin cluster stop`</translation>
    </message>
    <message>
        <source>demo data already present; nothing to do</source>
        <translation>demo data already present; nothing to do</translation>
    </message>
    <message>
        <source>demo data seeded in %1 ms</source>
        <translation>demo data seeded in %1 ms</translation>
    </message>
    <message>
        <source>running, socket in %1</source>
        <translation>running, socket in %1</translation>
    </message>
    <message>
        <source>not running (%1)</source>
        <translation>not running (%1)</translation>
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
        <translation>usage: tribina-admin [--uri postgresql://...] [--demo] COMMAND
  db migrate                 apply pending migrations (each in its own transaction)
  db status                  show applied, pending, edited and unknown migrations
  staff add LOGIN --group G --name NAME [--password PW]
                             create a staff login in group G (admin, box_office, petrol,
                             support, reporting); the password is read from stdin if omitted
  demo seed                  seed the demo data into a migrated database (once)
  demo start                 create, start, migrate and seed the embedded demo cluster
  cluster start|stop|status [--dir DIR]
                             the embedded cluster (default under the user&apos;s data directory)
</translation>
    </message>
    <message>
        <source>Connection: PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD or ~/.pgpass, or --uri;
--demo connects to the embedded cluster as its superuser.
</source>
        <translation>Connection: PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD or ~/.pgpass, or --uri;
--demo connects to the embedded cluster as its superuser.
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
        <translation>  audit ship --loki URL [--batch N] [--env NAME] [--tenant ID] [--follow] [--poll SECONDS]
                             push unshipped audit events to Grafana Loki (URL/loki/api/v1/push);
                             retries 429/5xx, parks events Loki rejects; --follow keeps running
</translation>
    </message>
    <message>
        <source>usage: tribina-admin [--uri postgresql://...] [--demo] audit ...
</source>
        <translation>usage: tribina-admin [--uri postgresql://...] [--demo] audit ...
</translation>
    </message>
    <message>
        <source>--batch takes a number from 1 to 100000</source>
        <translation>--batch takes a number from 1 to 100000</translation>
    </message>
    <message>
        <source>--poll takes seconds from 1 to 3600</source>
        <translation>--poll takes seconds from 1 to 3600</translation>
    </message>
    <message>
        <source>Not an http(s) URL: %1</source>
        <translation>Not an http(s) URL: %1</translation>
    </message>
    <message>
        <source>shipping to %1 (env %2)</source>
        <translation>shipping to %1 (env %2)</translation>
    </message>
    <message numerus="yes">
        <source>shipped %n event(s): %1</source>
        <translation>
            <numerusform>shipped %n event: %1</numerusform>
            <numerusform>shipped %n events: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (after %n retry/retries)</source>
        <translation>
            <numerusform> (after %n retry/retries)</numerusform>
            <numerusform> (after %n retry/retries)</numerusform>
        </translation>
    </message>
    <message>
        <source>parked event %1: Loki answered HTTP %2: %3</source>
        <translation>parked event %1: Loki answered HTTP %2: %3</translation>
    </message>
    <message>
        <source>%1 shipped, %2 parked, %3 batch(es), %4 retries</source>
        <translation>%1 shipped, %2 parked, %3 batch(es), %4 retries</translation>
    </message>
</context>
<context>
    <name>AuditShipper</name>
    <message>
        <source>Cannot read the audit outbox: %1</source>
        <translation>Cannot read the audit outbox: %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>Loki did not take the events after %1 attempts (%2)</source>
        <translation>Loki did not take the events after %1 attempts (%2)</translation>
    </message>
    <message>
        <source>Stopped while waiting to retry (%1)</source>
        <translation>Stopped while waiting to retry (%1)</translation>
    </message>
    <message>
        <source>Cannot mark the events shipped: %1</source>
        <translation>Cannot mark the events shipped: %1</translation>
    </message>
    <message>
        <source>Cannot park event %1: %2</source>
        <translation>Cannot park event %1: %2</translation>
    </message>
    <message>
        <source>Cannot begin a transaction: %1</source>
        <translation>Cannot begin a transaction: %1</translation>
    </message>
    <message>
        <source>Cannot commit the shipped events: %1</source>
        <translation>Cannot commit the shipped events: %1</translation>
    </message>
    <message>
        <source>Cannot listen for new audit events; polling every %1 ms</source>
        <translation>Cannot listen for new audit events; polling every %1 ms</translation>
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
                             concurrent counter sales on K hot seats of the match (sells
                             them!), checks no seat is sold twice, prints TPS and latency
                             beside pgbench&apos;s TPC-B-like run on the same server
</translation>
    </message>
    <message>
        <source>pgbench not found (Debian: package postgresql or postgresql-contrib)</source>
        <translation>pgbench not found (Debian: package postgresql or postgresql-contrib)</translation>
    </message>
    <message>
        <source>cannot create the scratch database %1: %2</source>
        <translation>cannot create the scratch database %1: %2</translation>
    </message>
    <message>
        <source>pgbench %1 failed: %2</source>
        <translation>pgbench %1 failed: %2</translation>
    </message>
    <message>
        <source>no tps in pgbench&apos;s output: %1</source>
        <translation>no tps in pgbench&apos;s output: %1</translation>
    </message>
    <message>
        <source>Cannot read who is connected: %1</source>
        <translation>Cannot read who is connected: %1</translation>
    </message>
    <message>
        <source>Connect as a box-office or admin staff login (or a superuser).</source>
        <translation>Connect as a box-office or admin staff login (or a superuser).</translation>
    </message>
    <message>
        <source>Cannot create the bench login: %1</source>
        <translation>Cannot create the bench login: %1</translation>
    </message>
    <message>
        <source>The match&apos;s buyer limit is %1: sales of 1–%1 seats.</source>
        <translation>The match&apos;s buyer limit is %1: sales of 1–%1 seats.</translation>
    </message>
    <message>
        <source>Cannot read the match&apos;s seats: %1</source>
        <translation>Cannot read the match&apos;s seats: %1</translation>
    </message>
    <message>
        <source>The match has only %1 available priced seats; %2 wanted.</source>
        <translation>The match has only %1 available priced seats; %2 wanted.</translation>
    </message>
    <message>
        <source>Sales: %1 sellers, %2 hot seats, 1–%3 seats per sale ...</source>
        <translation>Sales: %1 sellers, %2 hot seats, 1–%3 seats per sale ...</translation>
    </message>
    <message>
        <source>The load failed: %1</source>
        <translation>The load failed: %1</translation>
    </message>
    <message>
        <source>  attempts %1, sales %2, seats sold %3, refused (seat taken) %4, loser told the seat %5
</source>
        <translation>  attempts %1, sales %2, seats sold %3, refused (seat taken) %4, loser told the seat %5
</translation>
    </message>
    <message>
        <source>  deadlocks (40P01) %1, other errors %2, seats sold twice %3, unique index %4
</source>
        <translation>  deadlocks (40P01) %1, other errors %2, seats sold twice %3, unique index %4
</translation>
    </message>
    <message>
        <source>present</source>
        <translation>present</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>MISSING</translation>
    </message>
    <message>
        <source>  %1 s: %2 sales/s (%3 attempts/s); sale latency median %4 ms, p99 %5 ms (attempts: median %6 ms, p99 %7 ms)
</source>
        <translation>  %1 s: %2 sales/s (%3 attempts/s); sale latency median %4 ms, p99 %5 ms (attempts: median %6 ms, p99 %7 ms)
</translation>
    </message>
    <message>
        <source>  error: %1</source>
        <translation>  error: %1</translation>
    </message>
    <message>
        <source>pgbench: %1</source>
        <translation>pgbench: %1</translation>
    </message>
    <message>
        <source>Invariants hold.</source>
        <translation>Invariants hold.</translation>
    </message>
    <message>
        <source>INVARIANT BROKEN.</source>
        <translation>INVARIANT BROKEN.</translation>
    </message>
    <message numerus="yes">
        <source>Selling as %n box-office staff login(s) tribina_bench_NN, one per seller.</source>
        <translation>
            <numerusform>Selling as %n box-office staff login tribina_bench_NN, one per seller.</numerusform>
            <numerusform>Selling as %n box-office staff logins tribina_bench_NN, one per seller.</numerusform>
        </translation>
    </message>
    <message>
        <source>  pgbench TPC-B-like, %1 clients: %2 tps, latency median %3 ms, p99 %4 ms
</source>
        <translation>  pgbench TPC-B-like, %1 clients: %2 tps, latency median %3 ms, p99 %4 ms
</translation>
    </message>
    <message>
        <source>  sale transactions/pgbench = %1, p99 %2 ms; completed sales/pgbench = %3, p99 %4 ms (targets: ratio ≥ 0.5, p99 &lt; 25 ms)
</source>
        <translation>  sale transactions/pgbench = %1, p99 %2 ms; completed sales/pgbench = %3, p99 %4 ms (targets: ratio ≥ 0.5, p99 &lt; 25 ms)
</translation>
    </message>
</context>
<context>
    <name>ChangeSectorProperties</name>
    <message>
        <source>Change outline of sector %1</source>
        <translation>Change outline of sector %1</translation>
    </message>
    <message>
        <source>Rename sector code %1 to %2</source>
        <translation>Rename sector code %1 to %2</translation>
    </message>
    <message>
        <source>Rename sector %1</source>
        <translation>Rename sector %1</translation>
    </message>
    <message>
        <source>Change sector %1</source>
        <translation>Change sector %1</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>Starting the local database…</source>
        <translation>Starting the local database…</translation>
    </message>
    <message>
        <source>Creating the local database (first start only)…</source>
        <translation>Creating the local database (first start only)…</translation>
    </message>
    <message>
        <source>Cannot connect to the local database: %1</source>
        <translation>Cannot connect to the local database: %1</translation>
    </message>
    <message>
        <source>Cannot create the demo database: %1</source>
        <translation>Cannot create the demo database: %1</translation>
    </message>
    <message>
        <source>Cannot connect to the demo database: %1</source>
        <translation>Cannot connect to the demo database: %1</translation>
    </message>
    <message>
        <source>Updating the database schema…</source>
        <translation>Updating the database schema…</translation>
    </message>
</context>
<context>
    <name>DemoFriendly</name>
    <message>
        <source>Opening a friendly with free seating (sold by quantity)…</source>
        <translation>Opening a friendly with free seating (sold by quantity)…</translation>
    </message>
    <message>
        <source>Cannot seed the friendly (%1): %2</source>
        <translation>Cannot seed the friendly (%1): %2</translation>
    </message>
</context>
<context>
    <name>DemoPetrol</name>
    <message>
        <source>Setting up petrol-station sales…</source>
        <translation>Setting up petrol-station sales…</translation>
    </message>
    <message>
        <source>Cannot seed the petrol demo (%1): %2</source>
        <translation>Cannot seed the petrol demo (%1): %2</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>Cannot seed the demo data: %1</source>
        <translation>Cannot seed the demo data: %1</translation>
    </message>
    <message>
        <source>Seeding the demo data failed (%1): %2</source>
        <translation>Seeding the demo data failed (%1): %2</translation>
    </message>
    <message>
        <source>Creating the demo staff logins…</source>
        <translation>Creating the demo staff logins…</translation>
    </message>
    <message numerus="yes">
        <source>Building %1 (%n seats)…</source>
        <translation>
            <numerusform>Building %1 (%n seat)…</numerusform>
            <numerusform>Building %1 (%n seats)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating matches, prices and sectors…</source>
        <translation>Creating matches, prices and sectors…</translation>
    </message>
    <message>
        <source>Opening the seat inventory of %1 – %2…</source>
        <translation>Opening the seat inventory of %1 – %2…</translation>
    </message>
    <message>
        <source>Setting the default fees…</source>
        <translation>Setting the default fees…</translation>
    </message>
</context>
<context>
    <name>DemoTickets</name>
    <message>
        <source>Seeding the demo tickets failed (%1): %2</source>
        <translation>Seeding the demo tickets failed (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>Selling %n demo ticket(s) through the online shop…</source>
        <translation>
            <numerusform>Selling %n demo ticket through the online shop…</numerusform>
            <numerusform>Selling %n demo tickets through the online shop…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateSector</name>
    <message>
        <source>Duplicate sector %1</source>
        <translation>Duplicate sector %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
</context>
<context>
    <name>EmbeddedCluster</name>
    <message>
        <source>The PostgreSQL server program &quot;%1&quot; is not installed (Debian package postgresql).</source>
        <translation>The PostgreSQL server program &quot;%1&quot; is not installed (Debian package postgresql).</translation>
    </message>
    <message>
        <source>%1 did not finish in time.</source>
        <translation>%1 did not finish in time.</translation>
    </message>
    <message>
        <source>Running as root needs the &quot;postgres&quot; system user (Debian package postgresql).</source>
        <translation>Running as root needs the &quot;postgres&quot; system user (Debian package postgresql).</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Cannot create the directory %1.</translation>
    </message>
    <message>
        <source>Cannot hand %1 to the postgres user.</source>
        <translation>Cannot hand %1 to the postgres user.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Creating the database cluster failed: %1</source>
        <translation>Creating the database cluster failed: %1</translation>
    </message>
    <message>
        <source>Starting the database server failed: %1 (see %2)</source>
        <translation>Starting the database server failed: %1 (see %2)</translation>
    </message>
    <message>
        <source>Another Tribina is starting or stopping the database; try again.</source>
        <translation>Another Tribina is starting or stopping the database; try again.</translation>
    </message>
    <message>
        <source>Stopping the database server failed: %1</source>
        <translation>Stopping the database server failed: %1</translation>
    </message>
</context>
<context>
    <name>EmergencyCache</name>
    <message>
        <source>The offline cache %1 cannot be written: %2</source>
        <translation>The offline cache %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder of the offline cache %1.</source>
        <translation>Cannot create the folder of the offline cache %1.</translation>
    </message>
    <message>
        <source>Cannot open the offline cache %1: %2</source>
        <translation>Cannot open the offline cache %1: %2</translation>
    </message>
    <message>
        <source>The offline cache cannot be written.</source>
        <translation>The offline cache cannot be written.</translation>
    </message>
    <message>
        <source>The offline cache cannot be written: %1</source>
        <translation>The offline cache cannot be written: %1</translation>
    </message>
</context>
<context>
    <name>EmergencyRepository</name>
    <message>
        <source>%1: the connection to the server broke.</source>
        <translation>%1: the connection to the server broke.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>The server cannot be reached.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot search for tickets</source>
        <translation>Cannot search for tickets</translation>
    </message>
    <message>
        <source>Cannot read the matches</source>
        <translation>Cannot read the matches</translation>
    </message>
    <message>
        <source>Cannot read the tickets for the offline cache</source>
        <translation>Cannot read the tickets for the offline cache</translation>
    </message>
    <message>
        <source>Cannot read the ticket</source>
        <translation>Cannot read the ticket</translation>
    </message>
    <message>
        <source>Cannot record the print</source>
        <translation>Cannot record the print</translation>
    </message>
</context>
<context>
    <name>EmergencyText</name>
    <message>
        <source>Barcode or QR code</source>
        <translation>Barcode or QR code</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>Holder name</source>
        <translation>Holder name</translation>
    </message>
    <message>
        <source>OIB</source>
        <translation>OIB</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Passport number</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Identity card</translation>
    </message>
    <message>
        <source>Sold (valid)</source>
        <translation>Sold (valid)</translation>
    </message>
    <message>
        <source>Already used at the gate</source>
        <translation>Already used at the gate</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Transferred to another holder</source>
        <translation>Transferred to another holder</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>This ticket is for another match. Check the match selected above.</source>
        <translation>This ticket is for another match. Check the match selected above.</translation>
    </message>
    <message>
        <source>This ticket has already been used to enter the stadium. It cannot be reprinted.</source>
        <translation>This ticket has already been used to enter the stadium. It cannot be reprinted.</translation>
    </message>
    <message>
        <source>This ticket was transferred; the new holder&apos;s ticket is the valid one. It cannot be reprinted.</source>
        <translation>This ticket was transferred; the new holder&apos;s ticket is the valid one. It cannot be reprinted.</translation>
    </message>
    <message>
        <source>This ticket was refunded. It cannot be reprinted.</source>
        <translation>This ticket was refunded. It cannot be reprinted.</translation>
    </message>
    <message>
        <source>This ticket was cancelled. It cannot be reprinted.</source>
        <translation>This ticket was cancelled. It cannot be reprinted.</translation>
    </message>
    <message>
        <source>The match is closed. Its tickets can no longer be reprinted.</source>
        <translation>The match is closed. Its tickets can no longer be reprinted.</translation>
    </message>
    <message>
        <source>The holder is on the stadium ban list. The ticket must not be printed; call the security officer.</source>
        <translation>The holder is on the stadium ban list. The ticket must not be printed; call the security officer.</translation>
    </message>
    <message>
        <source>There is no such ticket.</source>
        <translation>There is no such ticket.</translation>
    </message>
    <message>
        <source>The holder is on the stadium ban list. The ticket must not be printed.</source>
        <translation>The holder is on the stadium ban list. The ticket must not be printed.</translation>
    </message>
    <message>
        <source>Enter the reason for the emergency print.</source>
        <translation>Enter the reason for the emergency print.</translation>
    </message>
    <message>
        <source>Confirm the holder&apos;s identity check before printing.</source>
        <translation>Confirm the holder&apos;s identity check before printing.</translation>
    </message>
    <message>
        <source>Choose the document that was checked: identity card or passport.</source>
        <translation>Choose the document that was checked: identity card or passport.</translation>
    </message>
    <message>
        <source>Enter where the ticket is printed (gate or desk).</source>
        <translation>Enter where the ticket is printed (gate or desk).</translation>
    </message>
    <message>
        <source>The print could not be identified; try again.</source>
        <translation>The print could not be identified; try again.</translation>
    </message>
    <message>
        <source>Enter something to search for (a name needs at least 2 letters).</source>
        <translation>Enter something to search for (a name needs at least 2 letters).</translation>
    </message>
    <message>
        <source>Your account may not use emergency printing.</source>
        <translation>Your account may not use emergency printing.</translation>
    </message>
    <message>
        <source>This QR code is damaged or is not a Tribina ticket.</source>
        <translation>This QR code is damaged or is not a Tribina ticket.</translation>
    </message>
    <message>
        <source>This QR code is not a Tribina ticket.</source>
        <translation>This QR code is not a Tribina ticket.</translation>
    </message>
    <message>
        <source>The barcode&apos;s check digit is wrong: it was probably mistyped. Type it again or scan it.</source>
        <translation>The barcode&apos;s check digit is wrong: it was probably mistyped. Type it again or scan it.</translation>
    </message>
</context>
<context>
    <name>FeeRepository</name>
    <message>
        <source>Could not read the fees of the match: %1</source>
        <translation>Could not read the fees of the match: %1</translation>
    </message>
    <message>
        <source>The match does not exist.</source>
        <translation>The match does not exist.</translation>
    </message>
    <message>
        <source>The price or discount is out of range.</source>
        <translation>The price or discount is out of range.</translation>
    </message>
</context>
<context>
    <name>KeychainResult</name>
    <message>
        <source>No system keychain is available; the password will not be remembered.</source>
        <translation>No system keychain is available; the password will not be remembered.</translation>
    </message>
    <message>
        <source>The system keychain refused the request: %1</source>
        <translation>The system keychain refused the request: %1</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Tribina: box office and back office of the HNS ticketing system.</source>
        <translation>Tribina: box office and back office of the HNS ticketing system.</translation>
    </message>
    <message>
        <source>Start with the embedded demo database (created on first use).</source>
        <translation>Start with the embedded demo database (created on first use).</translation>
    </message>
    <message>
        <source>The demo staff login to use with --demo (default: admin).</source>
        <translation>The demo staff login to use with --demo (default: admin).</translation>
    </message>
    <message>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <source>User interface language for this run: hr or en.</source>
        <translation>User interface language for this run: hr or en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Save a picture of the first window to a PNG file, then quit.</source>
        <translation>Save a picture of the first window to a PNG file, then quit.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Optional server to connect to, as postgresql://user@host:port/database</source>
        <translation>Optional server to connect to, as postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use one of: %2.</source>
        <translation>Unknown language &quot;%1&quot;; use one of: %2.</translation>
    </message>
    <message>
        <source>Give at most one server URI.</source>
        <translation>Give at most one server URI.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a postgresql:// URI.</source>
        <translation>&quot;%1&quot; is not a postgresql:// URI.</translation>
    </message>
    <message>
        <source>--demo uses its own database; leave out the server URI.</source>
        <translation>--demo uses its own database; leave out the server URI.</translation>
    </message>
    <message>
        <source>Wait this long after the window appears before the screenshot (default: 400).</source>
        <translation>Wait this long after the window appears before the screenshot (default: 400).</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>milliseconds</translation>
    </message>
    <message>
        <source>The module shown first: administration, boxoffice, petrol, emergencyprinting, quotas or reports.</source>
        <translation>The module shown first: administration, boxoffice, petrol, emergencyprinting, quotas or reports.</translation>
    </message>
    <message>
        <source>module</source>
        <translation>module</translation>
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
        <translation>  layout list                list the stadiums with their active and draft layout versions
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
</translation>
    </message>
    <message>
        <source>usage: tribina-admin [--uri postgresql://...] [--demo] layout ...
</source>
        <translation>usage: tribina-admin [--uri postgresql://...] [--demo] layout ...
</translation>
    </message>
    <message>
        <source>--version needs a version number (1, 2, …), not “%1”.</source>
        <translation>--version needs a version number (1, 2, …), not “%1”.</translation>
    </message>
    <message>
        <source>active v%1</source>
        <translation>active v%1</translation>
    </message>
    <message>
        <source>no active layout</source>
        <translation>no active layout</translation>
    </message>
    <message>
        <source>, draft v%1</source>
        <translation>, draft v%1</translation>
    </message>
    <message>
        <source> — layout version %1</source>
        <translation> — layout version %1</translation>
    </message>
    <message>
        <source>%1: %2 sectors, %3 seats, capacity %4 written to %5</source>
        <translation>%1: %2 sectors, %3 seats, capacity %4 written to %5</translation>
    </message>
    <message numerus="yes">
        <source>%n stadiums are called %1; say which with --stadium ID: %2</source>
        <translation>
            <numerusform>%n stadium is called %1; say which with --stadium ID: %2</numerusform>
            <numerusform>%n stadiums are called %1; say which with --stadium ID: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>new stadium %1 (%2): saved as draft version %3</source>
        <translation>new stadium %1 (%2): saved as draft version %3</translation>
    </message>
    <message>
        <source>stadium %1 (%2): saved as draft version %3, replacing the earlier draft</source>
        <translation>stadium %1 (%2): saved as draft version %3, replacing the earlier draft</translation>
    </message>
    <message>
        <source>stadium %1 (%2): saved as draft version %3</source>
        <translation>stadium %1 (%2): saved as draft version %3</translation>
    </message>
    <message>
        <source>version %1 is already the active layout; nothing to do</source>
        <translation>version %1 is already the active layout; nothing to do</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>activated version %1: %2 sectors, %3 rows, %4 seats, capacity %5 (%6 ms)</source>
        <translation>activated version %1: %2 sectors, %3 rows, %4 seats, capacity %5 (%6 ms)</translation>
    </message>
    <message>
        <source>version %1 is retired; its seats stay for the matches configured with it</source>
        <translation>version %1 is retired; its seats stay for the matches configured with it</translation>
    </message>
    <message>
        <source>version %1 is retired; nothing used its seats, so they were replaced</source>
        <translation>version %1 is retired; nothing used its seats, so they were replaced</translation>
    </message>
    <message>
        <source>%1 drawn to %2 (%3 ms)</source>
        <translation>%1 drawn to %2 (%3 ms)</translation>
    </message>
</context>
<context>
    <name>LayoutJson</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>not valid JSON at line %1, column %2: %3</translation>
    </message>
    <message>
        <source>not a Tribina layout: the document is not a JSON object</source>
        <translation>not a Tribina layout: the document is not a JSON object</translation>
    </message>
    <message>
        <source>not a Tribina layout (expected &quot;%1&quot;)</source>
        <translation>not a Tribina layout (expected &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>format version %1 is newer than this Tribina reads (up to %2)</source>
        <translation>format version %1 is newer than this Tribina reads (up to %2)</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>expected an array, found %1</translation>
    </message>
    <message>
        <source>expected an array of points, found %1</source>
        <translation>expected an array of points, found %1</translation>
    </message>
    <message>
        <source>seat position %1 is listed twice</source>
        <translation>seat position %1 is listed twice</translation>
    </message>
    <message>
        <source>expected an array (one list of ranges per row), found %1</source>
        <translation>expected an array (one list of ranges per row), found %1</translation>
    </message>
    <message>
        <source>expected an array of ranges [first, last], found %1</source>
        <translation>expected an array of ranges [first, last], found %1</translation>
    </message>
    <message>
        <source>expected a range [first, last], found %1</source>
        <translation>expected a range [first, last], found %1</translation>
    </message>
    <message>
        <source>expected an array of seat positions, found %1</source>
        <translation>expected an array of seat positions, found %1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>expected an object, found %1</translation>
    </message>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation>unknown key (expected one of: %1)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>expected text, found %1</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>expected a number, found %1</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>expected a whole number, found %1</translation>
    </message>
    <message>
        <source>must be at least %1, found %2</source>
        <translation>must be at least %1, found %2</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>expected true or false, found %1</translation>
    </message>
    <message>
        <source>expected a point [x, y], found %1</source>
        <translation>expected a point [x, y], found %1</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected one of: %2)</source>
        <translation>unknown value &quot;%1&quot; (expected one of: %2)</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message numerus="yes">
        <source>an array of %n item(s)</source>
        <translation>
            <numerusform>an array of %n item</numerusform>
            <numerusform>an array of %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
</context>
<context>
    <name>LayoutRenderer</name>
    <message numerus="yes">
        <source>%1, %2 (%3) — capacity %4: %5 seats in %n sector(s)</source>
        <translation>
            <numerusform>%1, %2 (%3) — capacity %4: %5 seats in %n sector</numerusform>
            <numerusform>%1, %2 (%3) — capacity %4: %5 seats in %n sectors</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the file name must end in .png, .svg or .pdf.</source>
        <translation>%1: the file name must end in .png, .svg or .pdf.</translation>
    </message>
    <message>
        <source>Drawing the seat map needs a QGuiApplication (fonts); none is running.</source>
        <translation>Drawing the seat map needs a QGuiApplication (fonts); none is running.</translation>
    </message>
    <message>
        <source>The picture must be 100 to 20,000 pixels wide.</source>
        <translation>The picture must be 100 to 20,000 pixels wide.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>LayoutRepository</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Storing the layout failed (%1): %2</source>
        <translation>Storing the layout failed (%1): %2</translation>
    </message>
    <message>
        <source>There is no stadium %1.</source>
        <translation>There is no stadium %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n stadiums are called %1; name one by its id: %2</source>
        <translation>
            <numerusform>%n stadium is called %1; name one by its id: %2</numerusform>
            <numerusform>%n stadiums are called %1; name one by its id: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The stadium has no active layout yet.</source>
        <translation>The stadium has no active layout yet.</translation>
    </message>
    <message>
        <source>The stadium has no layout yet.</source>
        <translation>The stadium has no layout yet.</translation>
    </message>
    <message>
        <source>The stadium has no layout version %1.</source>
        <translation>The stadium has no layout version %1.</translation>
    </message>
    <message>
        <source>Layout version %1 cannot be read: %2</source>
        <translation>Layout version %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The venue needs a name of at most 255 characters.</source>
        <translation>The venue needs a name of at most 255 characters.</translation>
    </message>
    <message>
        <source>The venue needs a city of at most 100 characters.</source>
        <translation>The venue needs a city of at most 100 characters.</translation>
    </message>
    <message>
        <source>The country must be a two-letter ISO code such as HR, not “%1”.</source>
        <translation>The country must be a two-letter ISO code such as HR, not “%1”.</translation>
    </message>
    <message>
        <source>The address is longer than 500 characters.</source>
        <translation>The address is longer than 500 characters.</translation>
    </message>
    <message>
        <source>Sector %1 needs a name of at most 100 characters.</source>
        <translation>Sector %1 needs a name of at most 100 characters.</translation>
    </message>
    <message>
        <source>Sector %1, row %2: the seat pitch must be more than 0 m.</source>
        <translation>Sector %1, row %2: the seat pitch must be more than 0 m.</translation>
    </message>
    <message>
        <source>Sector %1, row %2: seat numbers cannot be negative.</source>
        <translation>Sector %1, row %2: seat numbers cannot be negative.</translation>
    </message>
    <message>
        <source>The stadium cannot be created:%1</source>
        <translation>The stadium cannot be created:%1</translation>
    </message>
    <message>
        <source>Layout version %1 was replaced by version %2 and cannot be activated again; save it as a new draft to use it.</source>
        <translation>Layout version %1 was replaced by version %2 and cannot be activated again; save it as a new draft to use it.</translation>
    </message>
    <message numerus="yes">
        <source>Layout version %1 cannot be activated: %n error(s) to fix first:%2</source>
        <translation>
            <numerusform>Layout version %1 cannot be activated: %n error to fix first:%2</numerusform>
            <numerusform>Layout version %1 cannot be activated: %n errors to fix first:%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Storing the layout failed: %1</source>
        <translation>Storing the layout failed: %1</translation>
    </message>
</context>
<context>
    <name>LayoutValidator</name>
    <message>
        <source>Sector “%1” has no code.</source>
        <translation>Sector “%1” has no code.</translation>
    </message>
    <message>
        <source>Sector code %1 is longer than %2 characters.</source>
        <translation>Sector code %1 is longer than %2 characters.</translation>
    </message>
    <message>
        <source>Sector “%1” has the code %2, which sector “%3” already has.</source>
        <translation>Sector “%1” has the code %2, which sector “%3” already has.</translation>
    </message>
    <message>
        <source>Sector %1 has neither seats nor a capacity.</source>
        <translation>Sector %1 has neither seats nor a capacity.</translation>
    </message>
    <message>
        <source>Standing sector %1 has rows of seats; they are ignored.</source>
        <translation>Standing sector %1 has rows of seats; they are ignored.</translation>
    </message>
    <message>
        <source>Sector %1 has no outline.</source>
        <translation>Sector %1 has no outline.</translation>
    </message>
    <message>
        <source>Sector %1: row %2 from the front has no identifier.</source>
        <translation>Sector %1: row %2 from the front has no identifier.</translation>
    </message>
    <message>
        <source>Sector %1: row identifier %2 is longer than %3 characters.</source>
        <translation>Sector %1: row identifier %2 is longer than %3 characters.</translation>
    </message>
    <message>
        <source>Sector %1: row %2 appears more than once.</source>
        <translation>Sector %1: row %2 appears more than once.</translation>
    </message>
    <message>
        <source>Sector %1: row %2 has no seats.</source>
        <translation>Sector %1: row %2 has no seats.</translation>
    </message>
    <message numerus="yes">
        <source>Sector %1: row %2 repeats %n seat label(s) of an earlier row %2, first seat %3.</source>
        <translation>
            <numerusform>Sector %1: row %2 repeats %n seat label of an earlier row %2, first seat %3.</numerusform>
            <numerusform>Sector %1: row %2 repeats %n seat labels of an earlier row %2, first seat %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sector %1 has no snake configuration, so its seats cannot be allocated by best seat.</source>
        <translation>Sector %1 has no snake configuration, so its seats cannot be allocated by best seat.</translation>
    </message>
    <message numerus="yes">
        <source>Sector %1: the snake&apos;s best row (%2 from the front) does not exist; the sector has %n row(s).</source>
        <translation>
            <numerusform>Sector %1: the snake&apos;s best row (%2 from the front) does not exist; the sector has %n row.</numerusform>
            <numerusform>Sector %1: the snake&apos;s best row (%2 from the front) does not exist; the sector has %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sector %1, row %2 from the front: the snake&apos;s sub-sector ranges overlap or lie outside the row.</source>
        <translation>Sector %1, row %2 from the front: the snake&apos;s sub-sector ranges overlap or lie outside the row.</translation>
    </message>
    <message numerus="yes">
        <source>Sector %1, row %2: %n seat(s) outside the sector&apos;s outline, first seat %3.</source>
        <translation>
            <numerusform>Sector %1, row %2: %n seat outside the sector&apos;s outline, first seat %3.</numerusform>
            <numerusform>Sector %1, row %2: %n seats outside the sector&apos;s outline, first seat %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sector %1, row %2: %n seat(s) overlap seats of sector %3, row %4 (first: seat %5 and seat %6).</source>
        <translation>
            <numerusform>Sector %1, row %2: %n seat overlaps seats of sector %3, row %4 (first: seat %5 and seat %6).</numerusform>
            <numerusform>Sector %1, row %2: %n seats overlap seats of sector %3, row %4 (first: seat %5 and seat %6).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveMatchMapReader</name>
    <message>
        <source>Reading the price categories failed: %1</source>
        <translation>Reading the price categories failed: %1</translation>
    </message>
    <message>
        <source>Reading the sectors failed: %1</source>
        <translation>Reading the sectors failed: %1</translation>
    </message>
    <message>
        <source>Reading the seat map failed: %1</source>
        <translation>Reading the seat map failed: %1</translation>
    </message>
    <message>
        <source>Reading the seat changes failed: %1</source>
        <translation>Reading the seat changes failed: %1</translation>
    </message>
    <message>
        <source>Reading the server&apos;s snapshot failed: %1</source>
        <translation>Reading the server&apos;s snapshot failed: %1</translation>
    </message>
</context>
<context>
    <name>LoginResult</name>
    <message>
        <source>The login or the password is wrong. Check both and try again.</source>
        <translation>The login or the password is wrong. Check both and try again.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check the server address and port, and the network connection.</source>
        <translation>The database server cannot be reached. Check the server address and port, and the network connection.</translation>
    </message>
    <message>
        <source>The server has no database of that name. Check the database field.</source>
        <translation>The server has no database of that name. Check the database field.</translation>
    </message>
    <message>
        <source>The database has not been set up for Tribina yet. An administrator must run &quot;tribina-admin db migrate&quot;.</source>
        <translation>The database has not been set up for Tribina yet. An administrator must run &quot;tribina-admin db migrate&quot;.</translation>
    </message>
    <message>
        <source>The database is at schema version %1, this version of Tribina needs %2. An administrator must run &quot;tribina-admin db migrate&quot;.</source>
        <translation>The database is at schema version %1, this version of Tribina needs %2. An administrator must run &quot;tribina-admin db migrate&quot;.</translation>
    </message>
    <message>
        <source>The database (schema version %1) is newer than this version of Tribina (%2). Install the current version of Tribina.</source>
        <translation>The database (schema version %1) is newer than this version of Tribina (%2). Install the current version of Tribina.</translation>
    </message>
    <message>
        <source>This login has no Tribina role. Ask an administrator to add you as staff.</source>
        <translation>This login has no Tribina role. Ask an administrator to add you as staff.</translation>
    </message>
    <message>
        <source>Connecting failed: %1</source>
        <translation>Connecting failed: %1</translation>
    </message>
</context>
<context>
    <name>MatchServerReader</name>
    <message>
        <source>The match is not on the server any more.</source>
        <translation>The match is not on the server any more.</translation>
    </message>
    <message>
        <source>The server could not be read.</source>
        <translation>The server could not be read.</translation>
    </message>
</context>
<context>
    <name>MatchSetupRepository</name>
    <message>
        <source>This sales phase overlaps another phase of the match. Phases of a match may follow each other but never overlap.</source>
        <translation>This sales phase overlaps another phase of the match. Phases of a match may follow each other but never overlap.</translation>
    </message>
    <message>
        <source>The seat inventory of this match exists already.</source>
        <translation>The seat inventory of this match exists already.</translation>
    </message>
    <message>
        <source>A price category of that name exists already.</source>
        <translation>A price category of that name exists already.</translation>
    </message>
    <message>
        <source>You are not allowed to do this (%1).</source>
        <translation>You are not allowed to do this (%1).</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>Reading the match</source>
        <translation>Reading the match</translation>
    </message>
    <message>
        <source>The match does not exist.</source>
        <translation>The match does not exist.</translation>
    </message>
    <message>
        <source>The stadium configuration is %1; set it back to draft to change it.</source>
        <translation>The stadium configuration is %1; set it back to draft to change it.</translation>
    </message>
    <message>
        <source>Reading the venues</source>
        <translation>Reading the venues</translation>
    </message>
    <message>
        <source>Reading the matches</source>
        <translation>Reading the matches</translation>
    </message>
    <message>
        <source>A match needs both teams and a competition.</source>
        <translation>A match needs both teams and a competition.</translation>
    </message>
    <message>
        <source>A match needs a kick-off time and a venue.</source>
        <translation>A match needs a kick-off time and a venue.</translation>
    </message>
    <message>
        <source>Saving the match</source>
        <translation>Saving the match</translation>
    </message>
    <message>
        <source>The match is cancelled or closed and can no longer be changed.</source>
        <translation>The match is cancelled or closed and can no longer be changed.</translation>
    </message>
    <message>
        <source>Reading the price categories</source>
        <translation>Reading the price categories</translation>
    </message>
    <message>
        <source>A price category needs a name.</source>
        <translation>A price category needs a name.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>A price cannot be negative.</translation>
    </message>
    <message>
        <source>Saving the price category</source>
        <translation>Saving the price category</translation>
    </message>
    <message>
        <source>The price category no longer exists.</source>
        <translation>The price category no longer exists.</translation>
    </message>
    <message>
        <source>Deleting the price category</source>
        <translation>Deleting the price category</translation>
    </message>
    <message>
        <source>Reading the sectors</source>
        <translation>Reading the sectors</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Cannot start a transaction: %1</translation>
    </message>
    <message>
        <source>Configuring the sectors</source>
        <translation>Configuring the sectors</translation>
    </message>
    <message>
        <source>Cannot commit: %1</source>
        <translation>Cannot commit: %1</translation>
    </message>
    <message>
        <source>Painting the price category</source>
        <translation>Painting the price category</translation>
    </message>
    <message>
        <source>Reading the sales phases</source>
        <translation>Reading the sales phases</translation>
    </message>
    <message>
        <source>A sales phase needs a name.</source>
        <translation>A sales phase needs a name.</translation>
    </message>
    <message>
        <source>A sales phase ends after it starts.</source>
        <translation>A sales phase ends after it starts.</translation>
    </message>
    <message>
        <source>The ticket limit per buyer must be at least 1.</source>
        <translation>The ticket limit per buyer must be at least 1.</translation>
    </message>
    <message>
        <source>Saving the sales phase</source>
        <translation>Saving the sales phase</translation>
    </message>
    <message>
        <source>The sales phase no longer exists.</source>
        <translation>The sales phase no longer exists.</translation>
    </message>
    <message>
        <source>Deleting the sales phase</source>
        <translation>Deleting the sales phase</translation>
    </message>
    <message>
        <source>Tickets were sold in this phase: deactivate it instead of deleting it.</source>
        <translation>Tickets were sold in this phase: deactivate it instead of deleting it.</translation>
    </message>
    <message>
        <source>Reading the fees</source>
        <translation>Reading the fees</translation>
    </message>
    <message>
        <source>Generating the seat inventory</source>
        <translation>Generating the seat inventory</translation>
    </message>
    <message>
        <source>The match&apos;s venue has no active layout.</source>
        <translation>The match&apos;s venue has no active layout.</translation>
    </message>
    <message>
        <source>Cancelled: no seats were written.</source>
        <translation>Cancelled: no seats were written.</translation>
    </message>
    <message>
        <source>Checking the configuration</source>
        <translation>Checking the configuration</translation>
    </message>
    <message>
        <source>Changing the configuration status</source>
        <translation>Changing the configuration status</translation>
    </message>
    <message>
        <source>Lock the stadium configuration before publishing the match.</source>
        <translation>Lock the stadium configuration before publishing the match.</translation>
    </message>
    <message>
        <source>Publishing the match</source>
        <translation>Publishing the match</translation>
    </message>
    <message>
        <source>Say why the match is cancelled.</source>
        <translation>Say why the match is cancelled.</translation>
    </message>
    <message>
        <source>Cancelling the match</source>
        <translation>Cancelling the match</translation>
    </message>
    <message>
        <source>Every seat operation needs a reason.</source>
        <translation>Every seat operation needs a reason.</translation>
    </message>
    <message>
        <source>Changing the seats</source>
        <translation>Changing the seats</translation>
    </message>
    <message>
        <source>The fee</source>
        <translation>The fee</translation>
    </message>
    <message>
        <source>The ticket VAT of home matches</source>
        <translation>The ticket VAT of home matches</translation>
    </message>
    <message>
        <source>The ticket VAT of away matches</source>
        <translation>The ticket VAT of away matches</translation>
    </message>
    <message>
        <source>The fee VAT of home matches</source>
        <translation>The fee VAT of home matches</translation>
    </message>
    <message>
        <source>The fee VAT of away matches</source>
        <translation>The fee VAT of away matches</translation>
    </message>
    <message>
        <source>%1 must lie between 0 % and 100 %.</source>
        <translation>%1 must lie between 0 % and 100 %.</translation>
    </message>
    <message>
        <source>A fee configuration needs the date it takes effect.</source>
        <translation>A fee configuration needs the date it takes effect.</translation>
    </message>
    <message>
        <source>A fee configuration cannot end before it takes effect.</source>
        <translation>A fee configuration cannot end before it takes effect.</translation>
    </message>
    <message>
        <source>Saving the fees</source>
        <translation>Saving the fees</translation>
    </message>
    <message>
        <source>The period must contain the match day (%1), or the fees would never apply to the match.</source>
        <translation>The period must contain the match day (%1), or the fees would never apply to the match.</translation>
    </message>
    <message>
        <source>The fee configuration no longer exists.</source>
        <translation>The fee configuration no longer exists.</translation>
    </message>
    <message>
        <source>Returning to the default fees</source>
        <translation>Returning to the default fees</translation>
    </message>
</context>
<context>
    <name>MatchSetupText</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Away fans</source>
        <translation>Away fans</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Press</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>Loyalty</translation>
    </message>
    <message>
        <source>General public</source>
        <translation>General public</translation>
    </message>
    <message>
        <source>Quotas only</source>
        <translation>Quotas only</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Match day</source>
        <translation>Match day</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Configuration: draft</source>
        <translation>Configuration: draft</translation>
    </message>
    <message>
        <source>Configuration: validated</source>
        <translation>Configuration: validated</translation>
    </message>
    <message>
        <source>Configuration: locked</source>
        <translation>Configuration: locked</translation>
    </message>
    <message>
        <source>The match is closed or cancelled.</source>
        <translation>The match is closed or cancelled.</translation>
    </message>
    <message>
        <source>The match has no price categories.</source>
        <translation>The match has no price categories.</translation>
    </message>
    <message>
        <source>Sector %1 has no match configuration.</source>
        <translation>Sector %1 has no match configuration.</translation>
    </message>
    <message>
        <source>The seat inventory has not been generated (%1 seats).</source>
        <translation>The seat inventory has not been generated (%1 seats).</translation>
    </message>
    <message>
        <source>%1 seats of sector %2 are missing from the inventory.</source>
        <translation>%1 seats of sector %2 are missing from the inventory.</translation>
    </message>
    <message>
        <source>%1 inventory seats are not part of the match&apos;s layout.</source>
        <translation>%1 inventory seats are not part of the match&apos;s layout.</translation>
    </message>
    <message>
        <source>%1 sellable seats of sector %2 have no price category.</source>
        <translation>%1 sellable seats of sector %2 have no price category.</translation>
    </message>
    <message>
        <source>Sector %1 is sold by capacity and has no price category.</source>
        <translation>Sector %1 is sold by capacity and has no price category.</translation>
    </message>
    <message>
        <source>The match has no active sales phase.</source>
        <translation>The match has no active sales phase.</translation>
    </message>
    <message>
        <source>Sales phase “%1” ends after kick-off.</source>
        <translation>Sales phase “%1” ends after kick-off.</translation>
    </message>
    <message>
        <source>No fee configuration is in force on the match day.</source>
        <translation>No fee configuration is in force on the match day.</translation>
    </message>
    <message>
        <source>Seats of this match are sold, held or allocated: the configuration stays locked.</source>
        <translation>Seats of this match are sold, held or allocated: the configuration stays locked.</translation>
    </message>
    <message>
        <source>Validate the configuration before locking it.</source>
        <translation>Validate the configuration before locking it.</translation>
    </message>
    <message>
        <source>Problem %1 (%2).</source>
        <translation>Problem %1 (%2).</translation>
    </message>
    <message>
        <source>sold (refund or cancel the ticket first)</source>
        <translation>sold (refund or cancel the ticket first)</translation>
    </message>
    <message>
        <source>held by a counter</source>
        <translation>held by a counter</translation>
    </message>
    <message>
        <source>allocated to a quota</source>
        <translation>allocated to a quota</translation>
    </message>
    <message>
        <source>already in that state</source>
        <translation>already in that state</translation>
    </message>
    <message>
        <source>not in this match&apos;s inventory</source>
        <translation>not in this match&apos;s inventory</translation>
    </message>
    <message>
        <source>a technical position cannot be sold</source>
        <translation>a technical position cannot be sold</translation>
    </message>
</context>
<context>
    <name>MatchSnapshotStore</name>
    <message>
        <source>Not connected to the server.</source>
        <translation>Not connected to the server.</translation>
    </message>
    <message>
        <source>The local cache could not be written: %1</source>
        <translation>The local cache could not be written: %1</translation>
    </message>
    <message>
        <source>The local cache %1 cannot be opened: %2</source>
        <translation>The local cache %1 cannot be opened: %2</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Cannot create the migration table: %1</source>
        <translation>Cannot create the migration table: %1</translation>
    </message>
    <message>
        <source>The database has migration %1, which this version of Tribina does not know: it is newer than this program. Install the current version.</source>
        <translation>The database has migration %1, which this version of Tribina does not know: it is newer than this program. Install the current version.</translation>
    </message>
    <message>
        <source>Migration %1 was changed after it had been applied (its checksum differs). Applied migrations must never be edited; add a new migration instead.</source>
        <translation>Migration %1 was changed after it had been applied (its checksum differs). Applied migrations must never be edited; add a new migration instead.</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Cannot start a transaction: %1</translation>
    </message>
    <message>
        <source>Migration %1 was applied meanwhile with different contents.</source>
        <translation>Migration %1 was applied meanwhile with different contents.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>Migration %1 (%2) failed: %3</translation>
    </message>
    <message>
        <source>Migration %1 could not be committed: %2</source>
        <translation>Migration %1 could not be committed: %2</translation>
    </message>
</context>
<context>
    <name>MirrorSector</name>
    <message>
        <source>Mirror sector %1</source>
        <translation>Mirror sector %1</translation>
    </message>
    <message>
        <source>%1 (mirrored)</source>
        <translation>%1 (mirrored)</translation>
    </message>
</context>
<context>
    <name>Module</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Box office</source>
        <translation>Box office</translation>
    </message>
    <message>
        <source>Petrol PIN redemption</source>
        <translation>Petrol PIN redemption</translation>
    </message>
    <message>
        <source>Emergency printing</source>
        <translation>Emergency printing</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Quotas</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
</context>
<context>
    <name>MoveSector</name>
    <message numerus="yes">
        <source>Move %n sector(s)</source>
        <translation>
            <numerusform>Move %n sector</numerusform>
            <numerusform>Move %n sectors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>The server could not be read: %1</source>
        <translation>The server could not be read: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The database connection is not available.</source>
        <translation>The database connection is not available.</translation>
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
        <translation>  quota list --match UUID      the match&apos;s quotas with their counts and status
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
</translation>
    </message>
    <message>
        <source>usage: tribina-admin [--uri postgresql://...] [--demo] quota ...
</source>
        <translation>usage: tribina-admin [--uri postgresql://...] [--demo] quota ...
</translation>
    </message>
    <message>
        <source>Cannot act as %1: %2</source>
        <translation>Cannot act as %1: %2</translation>
    </message>
    <message>
        <source>  sector %1, row %2: %3</source>
        <translation>  sector %1, row %2: %3</translation>
    </message>
    <message>
        <source>%1  %2 &lt;%3&gt;  %4  %5 seats: %6 allocated, %7 reserved, %8 sold, %9 delegated</source>
        <translation>%1  %2 &lt;%3&gt;  %4  %5 seats: %6 allocated, %7 reserved, %8 sold, %9 delegated</translation>
    </message>
    <message>
        <source>Unknown algorithm %1 (NM or REDOM).</source>
        <translation>Unknown algorithm %1 (NM or REDOM).</translation>
    </message>
    <message>
        <source>The match has no sector %1.</source>
        <translation>The match has no sector %1.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: a quota for %1 would get %n seat(s):</source>
        <translation>
            <numerusform>Dry run: a quota for %1 would get %n seat:</numerusform>
            <numerusform>Dry run: a quota for %1 would get %n seats:</numerusform>
        </translation>
    </message>
    <message>
        <source>Created quota %1</source>
        <translation>Created quota %1</translation>
    </message>
    <message numerus="yes">
        <source>Allocated %n seat(s):</source>
        <translation>
            <numerusform>Allocated %n seat:</numerusform>
            <numerusform>Allocated %n seats:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: would allocate %n seat(s):</source>
        <translation>
            <numerusform>Dry run: would allocate %n seat:</numerusform>
            <numerusform>Dry run: would allocate %n seats:</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 of %2 rows</translation>
    </message>
    <message>
        <source>line %1 (%2): %3</source>
        <translation>line %1 (%2): %3</translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 rows can be imported (%3, %4).</source>
        <translation>Dry run: %1 of %2 rows can be imported (%3, %4).</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>semicolons</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>commas</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows: %3 quotas, %4 seats; batch %5</source>
        <translation>Imported %1 of %2 rows: %3 quotas, %4 seats; batch %5</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled; %n seat(s) released.</source>
        <translation>
            <numerusform>Cancelled; %n seat released.</numerusform>
            <numerusform>Cancelled; %n seats released.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n seat(s) to %1</source>
        <translation>
            <numerusform>Wrote %n seat to %1</numerusform>
            <numerusform>Wrote %n seats to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveRows</name>
    <message numerus="yes">
        <source>Remove %n row(s) from sector %1</source>
        <translation>
            <numerusform>Remove %n row from sector %1</numerusform>
            <numerusform>Remove %n rows from sector %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveSeats</name>
    <message numerus="yes">
        <source>Remove %n seat(s)</source>
        <translation>
            <numerusform>Remove %n seat</numerusform>
            <numerusform>Remove %n seats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveSector</name>
    <message>
        <source>Remove sector %1</source>
        <translation>Remove sector %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n sector(s)</source>
        <translation>
            <numerusform>Remove %n sector</numerusform>
            <numerusform>Remove %n sectors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenumberRows</name>
    <message>
        <source>Renumber rows of sector %1</source>
        <translation>Renumber rows of sector %1</translation>
    </message>
</context>
<context>
    <name>RestoreSeats</name>
    <message numerus="yes">
        <source>Restore %n seat(s)</source>
        <translation>
            <numerusform>Restore %n seat</numerusform>
            <numerusform>Restore %n seats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotateSector</name>
    <message numerus="yes">
        <source>Rotate %n sector(s)</source>
        <translation>
            <numerusform>Rotate %n sector</numerusform>
            <numerusform>Rotate %n sectors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaleError</name>
    <message>
        <source>The shift does not exist or is not yours.</source>
        <translation>The shift does not exist or is not yours.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Nothing was lost; try again when the connection is back.</source>
        <translation>The server cannot be reached. Nothing was lost; try again when the connection is back.</translation>
    </message>
    <message>
        <source>%1 was taken by another counter meanwhile. Nothing was sold or charged; choose another seat.</source>
        <translation>%1 was taken by another counter meanwhile. Nothing was sold or charged; choose another seat.</translation>
    </message>
    <message>
        <source>A seat</source>
        <translation>A seat</translation>
    </message>
    <message>
        <source>One ticket per person and match: %1</source>
        <translation>One ticket per person and match: %1</translation>
    </message>
    <message>
        <source>The buyer limit for this match is reached: %1</source>
        <translation>The buyer limit for this match is reached: %1</translation>
    </message>
    <message>
        <source>Open a shift before selling or refunding.</source>
        <translation>Open a shift before selling or refunding.</translation>
    </message>
    <message>
        <source>Within 48 hours of kick-off a refund needs a reason.</source>
        <translation>Within 48 hours of kick-off a refund needs a reason.</translation>
    </message>
    <message>
        <source>Holder data is incomplete or invalid: %1</source>
        <translation>Holder data is incomplete or invalid: %1</translation>
    </message>
    <message>
        <source>The payment is not valid: %1</source>
        <translation>The payment is not valid: %1</translation>
    </message>
    <message>
        <source>These tickets cannot be refunded: %1</source>
        <translation>These tickets cannot be refunded: %1</translation>
    </message>
    <message>
        <source>The database was busy; try again.</source>
        <translation>The database was busy; try again.</translation>
    </message>
    <message>
        <source>The operation failed: %1</source>
        <translation>The operation failed: %1</translation>
    </message>
    <message>
        <source>Not enough free places in this sector: nothing was held.</source>
        <translation>Not enough free places in this sector: nothing was held.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n place(s) left in sector %1: nothing was held.</source>
        <translation>
            <numerusform>Only %n place left in sector %1: nothing was held.</numerusform>
            <numerusform>Only %n places left in sector %1: nothing was held.</numerusform>
        </translation>
    </message>
    <message>
        <source>This sector cannot be sold by quantity: %1</source>
        <translation>This sector cannot be sold by quantity: %1</translation>
    </message>
</context>
<context>
    <name>SaleReceipt</name>
    <message>
        <source>HNS is prevented from selling a ticket to this person pursuant to applicable law. For all information regarding this restriction, please contact MUP.</source>
        <translation>HNS is prevented from selling a ticket to this person pursuant to applicable law. For all information regarding this restriction, please contact MUP.</translation>
    </message>
</context>
<context>
    <name>SetSeatType</name>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technical</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <source>Companion</source>
        <translation>Companion</translation>
    </message>
    <message numerus="yes">
        <source>Set type of %n seat(s) to %1</source>
        <translation>
            <numerusform>Set type of %n seat to %1</numerusform>
            <numerusform>Set type of %n seats to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetSnakeConfig</name>
    <message>
        <source>Set snake of sector %1</source>
        <translation>Set snake of sector %1</translation>
    </message>
    <message>
        <source>Clear snake of sector %1</source>
        <translation>Clear snake of sector %1</translation>
    </message>
</context>
<context>
    <name>SetVenueDetails</name>
    <message>
        <source>Change stadium properties</source>
        <translation>Change stadium properties</translation>
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
        <translation>Box office</translation>
    </message>
    <message>
        <source>Petrol station</source>
        <translation>Petrol station</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Reporting</translation>
    </message>
</context>
<context>
    <name>StaffService</name>
    <message>
        <source>Cannot add staff member %1: %2</source>
        <translation>Cannot add staff member %1: %2</translation>
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
        <translation>  ticket verify PAYLOAD [--match UUID]
                             check a QR code&apos;s text (check digit, match, signature) and
                             the ticket&apos;s state; says why a code is rejected (exit 3)
  ticket print BARCODE --pdf FILE [--layout thermal|a4] [--duplicate]
                             render a sold ticket to PDF; --duplicate stamps an emergency
                             reprint; every print is recorded in the audit outbox
</translation>
    </message>
    <message>
        <source>usage: tribina-admin [--uri postgresql://...] [--demo] ticket ...
</source>
        <translation>usage: tribina-admin [--uri postgresql://...] [--demo] ticket ...
</translation>
    </message>
    <message>
        <source>barcode  %1</source>
        <translation>barcode  %1</translation>
    </message>
    <message>
        <source>match    %1</source>
        <translation>match    %1</translation>
    </message>
    <message>
        <source>seat     %1</source>
        <translation>seat     %1</translation>
    </message>
    <message>
        <source>Rejected: the code names a match that does not exist.</source>
        <translation>Rejected: the code names a match that does not exist.</translation>
    </message>
    <message>
        <source>Rejected: the signature is genuine, but no ticket has this barcode any more (reissued?).</source>
        <translation>Rejected: the signature is genuine, but no ticket has this barcode any more (reissued?).</translation>
    </message>
    <message>
        <source>ticket   %1 – %2, %3, order %4, %5</source>
        <translation>ticket   %1 – %2, %3, order %4, %5</translation>
    </message>
    <message>
        <source>Rejected: the signature is genuine, but the ticket is %1.</source>
        <translation>Rejected: the signature is genuine, but the ticket is %1.</translation>
    </message>
    <message>
        <source>Rejected: the signature is genuine, but the ticket has been given another code since.</source>
        <translation>Rejected: the signature is genuine, but the ticket has been given another code since.</translation>
    </message>
    <message>
        <source>Note: %1 is not a barcode Tribina issues (14 digits with a check digit).</source>
        <translation>Note: %1 is not a barcode Tribina issues (14 digits with a check digit).</translation>
    </message>
    <message>
        <source>Ticket %1 is %2; only sold tickets are printed.</source>
        <translation>Ticket %1 is %2; only sold tickets are printed.</translation>
    </message>
    <message>
        <source>ticket %1 written to %2 (%3, %4 × %5 mm)</source>
        <translation>ticket %1 written to %2 (%3, %4 × %5 mm)</translation>
    </message>
    <message>
        <source>as emergency reprint no. %1</source>
        <translation>as emergency reprint no. %1</translation>
    </message>
</context>
<context>
    <name>TicketHolder</name>
    <message>
        <source>Enter the holder&apos;s full name.</source>
        <translation>Enter the holder&apos;s full name.</translation>
    </message>
    <message>
        <source>Enter a valid date of birth.</source>
        <translation>Enter a valid date of birth.</translation>
    </message>
    <message>
        <source>Enter the holder&apos;s nationality.</source>
        <translation>Enter the holder&apos;s nationality.</translation>
    </message>
    <message>
        <source>Enter an OIB or, for foreigners, a passport number.</source>
        <translation>Enter an OIB or, for foreigners, a passport number.</translation>
    </message>
    <message>
        <source>The OIB is not valid: check the digits.</source>
        <translation>The OIB is not valid: check the digits.</translation>
    </message>
</context>
<context>
    <name>TicketOutput</name>
    <message>
        <source>The document could not be printed.</source>
        <translation>The document could not be printed.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Kick-off: %1</source>
        <translation>Kick-off: %1</translation>
    </message>
    <message>
        <source>Order: %1</source>
        <translation>Order: %1</translation>
    </message>
    <message>
        <source>Clerk: %1</source>
        <translation>Clerk: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>    ticket %1 (VAT %2), fee %3 (VAT %4), total %5</source>
        <translation>    ticket %1 (VAT %2), fee %3 (VAT %4), total %5</translation>
    </message>
    <message>
        <source>Tickets: %1 (VAT %2)</source>
        <translation>Tickets: %1 (VAT %2)</translation>
    </message>
    <message>
        <source>Service fees: %1 (VAT %2)</source>
        <translation>Service fees: %1 (VAT %2)</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Cash given: %1, change: %2</source>
        <translation>Cash given: %1, change: %2</translation>
    </message>
    <message>
        <source>Paid by card</source>
        <translation>Paid by card</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Opened: %1</source>
        <translation>Opened: %1</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Closed: %1</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>still open</translation>
    </message>
    <message>
        <source>Float: %1</source>
        <translation>Float: %1</translation>
    </message>
    <message>
        <source>Cash sales: %1</source>
        <translation>Cash sales: %1</translation>
    </message>
    <message>
        <source>Card sales: %1</source>
        <translation>Card sales: %1</translation>
    </message>
    <message>
        <source>Cash refunds: %1</source>
        <translation>Cash refunds: %1</translation>
    </message>
    <message>
        <source>Card refunds: %1</source>
        <translation>Card refunds: %1</translation>
    </message>
    <message>
        <source>Sales: %1, refunds: %2</source>
        <translation>Sales: %1, refunds: %2</translation>
    </message>
    <message>
        <source>Expected cash: %1</source>
        <translation>Expected cash: %1</translation>
    </message>
    <message>
        <source>Counted cash: %1</source>
        <translation>Counted cash: %1</translation>
    </message>
    <message>
        <source>Discrepancy: %1</source>
        <translation>Discrepancy: %1</translation>
    </message>
    <message>
        <source>Shift report</source>
        <translation>Shift report</translation>
    </message>
</context>
<context>
    <name>TicketPrinter</name>
    <message>
        <source>Ticket %1 has no barcode that can be printed.</source>
        <translation>Ticket %1 has no barcode that can be printed.</translation>
    </message>
    <message>
        <source>Ticket %1 has no QR code that can be printed.</source>
        <translation>Ticket %1 has no QR code that can be printed.</translation>
    </message>
    <message>
        <source>There is no ticket to print.</source>
        <translation>There is no ticket to print.</translation>
    </message>
    <message>
        <source>The printer does not accept the ticket&apos;s page size.</source>
        <translation>The printer does not accept the ticket&apos;s page size.</translation>
    </message>
    <message>
        <source>Cannot start printing (is the printer or the file available?).</source>
        <translation>Cannot start printing (is the printer or the file available?).</translation>
    </message>
    <message>
        <source>The printer refused page %1.</source>
        <translation>The printer refused page %1.</translation>
    </message>
    <message>
        <source>Printing failed while finishing the document.</source>
        <translation>Printing failed while finishing the document.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>HNS tickets</source>
        <translation>HNS tickets</translation>
    </message>
</context>
<context>
    <name>TicketRepository</name>
    <message>
        <source>Cannot read ticket %1: %2</source>
        <translation>Cannot read ticket %1: %2</translation>
    </message>
    <message>
        <source>There is no ticket with the barcode %1.</source>
        <translation>There is no ticket with the barcode %1.</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Cannot start a transaction: %1</translation>
    </message>
    <message>
        <source>The new ticket codes could not be saved: %1</source>
        <translation>The new ticket codes could not be saved: %1</translation>
    </message>
    <message>
        <source>there is no such ticket</source>
        <translation>there is no such ticket</translation>
    </message>
    <message>
        <source>Cannot give ticket %1 a new barcode: %2</source>
        <translation>Cannot give ticket %1 a new barcode: %2</translation>
    </message>
    <message>
        <source>every barcode drawn was taken</source>
        <translation>every barcode drawn was taken</translation>
    </message>
    <message>
        <source>Cannot sign the QR code of ticket %1: %2</source>
        <translation>Cannot sign the QR code of ticket %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the signing key of match %1: %2</source>
        <translation>Cannot read the signing key of match %1: %2</translation>
    </message>
    <message>
        <source>Cannot record the printing of ticket %1: %2</source>
        <translation>Cannot record the printing of ticket %1: %2</translation>
    </message>
</context>
<context>
    <name>TicketVerifier</name>
    <message>
        <source>Valid: the code was issued by Tribina for this match and seat.</source>
        <translation>Valid: the code was issued by Tribina for this match and seat.</translation>
    </message>
    <message>
        <source>Rejected: this is not a Tribina ticket code, or it is damaged.</source>
        <translation>Rejected: this is not a Tribina ticket code, or it is damaged.</translation>
    </message>
    <message>
        <source>Rejected: a ticket code format this version of Tribina does not know.</source>
        <translation>Rejected: a ticket code format this version of Tribina does not know.</translation>
    </message>
    <message>
        <source>Rejected: the barcode&apos;s check digit is wrong (misread or mistyped).</source>
        <translation>Rejected: the barcode&apos;s check digit is wrong (misread or mistyped).</translation>
    </message>
    <message>
        <source>Rejected: the ticket is for another match.</source>
        <translation>Rejected: the ticket is for another match.</translation>
    </message>
    <message>
        <source>Rejected: the signature does not match the ticket&apos;s contents (forged or altered).</source>
        <translation>Rejected: the signature does not match the ticket&apos;s contents (forged or altered).</translation>
    </message>
</context>
<context>
    <name>Tribina</name>
    <message>
        <source>The PIN is valid.</source>
        <translation>The PIN is valid.</translation>
    </message>
    <message>
        <source>This sale is already complete.</source>
        <translation>This sale is already complete.</translation>
    </message>
    <message>
        <source>This PIN does not exist. Check the digits with the customer.</source>
        <translation>This PIN does not exist. Check the digits with the customer.</translation>
    </message>
    <message>
        <source>This PIN has already been used. Tickets cannot be issued twice.</source>
        <translation>This PIN has already been used. Tickets cannot be issued twice.</translation>
    </message>
    <message>
        <source>This PIN has expired. The customer can create a new one in the app.</source>
        <translation>This PIN has expired. The customer can create a new one in the app.</translation>
    </message>
    <message>
        <source>This PIN was cancelled in the app. The customer can create a new one.</source>
        <translation>This PIN was cancelled in the app. The customer can create a new one.</translation>
    </message>
    <message>
        <source>This PIN is for a different match than the one selected.</source>
        <translation>This PIN is for a different match than the one selected.</translation>
    </message>
    <message>
        <source>Petrol-station sales for this match are closed.</source>
        <translation>Petrol-station sales for this match are closed.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. PIN entry is locked until %1. An administrator can unlock it earlier.</source>
        <translation>Too many wrong PINs. PIN entry is locked until %1. An administrator can unlock it earlier.</translation>
    </message>
    <message>
        <source>Another till is already redeeming this PIN.</source>
        <translation>Another till is already redeeming this PIN.</translation>
    </message>
    <message>
        <source>The number of seats does not match the PIN.</source>
        <translation>The number of seats does not match the PIN.</translation>
    </message>
    <message>
        <source>Some of the chosen seats were just taken. New seats will be chosen.</source>
        <translation>Some of the chosen seats were just taken. New seats will be chosen.</translation>
    </message>
    <message>
        <source>Confirm the customer&apos;s identity first.</source>
        <translation>Confirm the customer&apos;s identity first.</translation>
    </message>
    <message>
        <source>Choose cash or card; a card payment needs the terminal receipt number.</source>
        <translation>Choose cash or card; a card payment needs the terminal receipt number.</translation>
    </message>
    <message>
        <source>Choose the document the customer showed.</source>
        <translation>Choose the document the customer showed.</translation>
    </message>
    <message>
        <source>Enter a reason for cancelling.</source>
        <translation>Enter a reason for cancelling.</translation>
    </message>
    <message>
        <source>No ticket can be issued: every holder is blocked.</source>
        <translation>No ticket can be issued: every holder is blocked.</translation>
    </message>
    <message>
        <source>A holder already has a ticket for this match (one ticket per person).</source>
        <translation>A holder already has a ticket for this match (one ticket per person).</translation>
    </message>
    <message>
        <source>A holder is banned from matches; no ticket can be issued for them.</source>
        <translation>A holder is banned from matches; no ticket can be issued for them.</translation>
    </message>
    <message>
        <source>The buyer has reached the ticket limit for this match.</source>
        <translation>The buyer has reached the ticket limit for this match.</translation>
    </message>
    <message>
        <source>The holder data in the PIN is incomplete; the customer must correct it in the app.</source>
        <translation>The holder data in the PIN is incomplete; the customer must correct it in the app.</translation>
    </message>
    <message>
        <source>Something went wrong. Try again.</source>
        <translation>Something went wrong. Try again.</translation>
    </message>
</context>
<context>
    <name>Tribina::ApplicationFlow</name>
    <message>
        <source>The demo database could not be started.

%1</source>
        <translation>The demo database could not be started.

%1</translation>
    </message>
    <message>
        <source>There is no demo login &quot;%1&quot;. Demo logins: %2.</source>
        <translation>There is no demo login &quot;%1&quot;. Demo logins: %2.</translation>
    </message>
    <message>
        <source>Logging in as %1…</source>
        <translation>Logging in as %1…</translation>
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
        <translation>HNS tickets · box office and back office</translation>
    </message>
    <message>
        <source>HNS tickets</source>
        <translation>HNS tickets</translation>
    </message>
</context>
<context>
    <name>Tribina::ConnectionIndicator</name>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Disconnected</translation>
    </message>
    <message>
        <source>The database server is connected.</source>
        <translation>The database server is connected.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Tribina keeps trying.</source>
        <translation>The database server cannot be reached. Tribina keeps trying.</translation>
    </message>
</context>
<context>
    <name>Tribina::CounterPage</name>
    <message>
        <source>&amp;Match:</source>
        <translation>&amp;Match:</translation>
    </message>
    <message>
        <source>Best N (F3)</source>
        <translation>Best N (F3)</translation>
    </message>
    <message>
        <source>Best available</source>
        <translation>Best available</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>Sector:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Quantity:</translation>
    </message>
    <message>
        <source>No seats held.</source>
        <translation>No seats held.</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Seat</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Ticket VAT</source>
        <translation>Ticket VAT</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Fee VAT</source>
        <translation>Fee VAT</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Sell… (F9)</source>
        <translation>Sell… (F9)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>Open shift (F2)</source>
        <translation>Open shift (F2)</translation>
    </message>
    <message>
        <source>Close shift (F10)</source>
        <translation>Close shift (F10)</translation>
    </message>
    <message>
        <source>Refund (F6)</source>
        <translation>Refund (F6)</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>Open shift</translation>
    </message>
    <message>
        <source>Best N</source>
        <translation>Best N</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Sell</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>Close shift</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Not connected to the server. Selling is disabled; the map shows the last known state. Nothing you typed is lost: the counter resumes when the connection is back.</source>
        <translation>Not connected to the server. Selling is disabled; the map shows the last known state. Nothing you typed is lost: the counter resumes when the connection is back.</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Any category</translation>
    </message>
    <message>
        <source>Any sector</source>
        <translation>Any sector</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Loading the match…</source>
        <translation>Loading the match…</translation>
    </message>
    <message>
        <source>This match is not in the local cache.</source>
        <translation>This match is not in the local cache.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 available</source>
        <translation>%1 (%2): %3 available</translation>
    </message>
    <message>
        <source>%1 available</source>
        <translation>%1 available</translation>
    </message>
    <message>
        <source>Sector %1, row %2, seat %3</source>
        <translation>Sector %1, row %2, seat %3</translation>
    </message>
    <message numerus="yes">
        <source>There are not %n seats available in this choice.</source>
        <translation>
            <numerusform>There is not %n seats available in this choice.</numerusform>
            <numerusform>There are not %n seats available in this choice.</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken meanwhile, not held: %1.</source>
        <translation>Taken meanwhile, not held: %1.</translation>
    </message>
    <message numerus="yes">
        <source>No %n seats together are left in this choice: these are the best single seats, not together.</source>
        <translation>
            <numerusform>No %n seats together is left in this choice: these is the best single seats, not together.</numerusform>
            <numerusform>No %n seats together are left in this choice: these are the best single seats, not together.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) held for you.</source>
        <translation>
            <numerusform>%n seat held for you.</numerusform>
            <numerusform>%n seats held for you.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket %1: %2</source>
        <translation>Ticket %1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Total %1&lt;/b&gt; (tickets %2 incl. VAT %3; fees %4 incl. VAT %5)</source>
        <translation>&lt;b&gt;Total %1&lt;/b&gt; (tickets %2 incl. VAT %3; fees %4 incl. VAT %5)</translation>
    </message>
    <message numerus="yes">
        <source>No seats held. Click seats, drag a rubber band, or press F3 for the best %n.</source>
        <translation>
            <numerusform>No seats held. Click seats, drag a rubber band, or press F3 for the best %n.</numerusform>
            <numerusform>No seats held. Click seats, drag a rubber band, or press F3 for the best %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hold expired: the seats are free again. Choose them again to continue.</source>
        <translation>The hold expired: the seats are free again. Choose them again to continue.</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) held for you — %1 left</source>
        <translation>
            <numerusform>%n seat held for you — %1 left</numerusform>
            <numerusform>%n seats held for you — %1 left</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the seats are released.</source>
        <translation>Cancelled: the seats are released.</translation>
    </message>
    <message>
        <source>Not connected to the server: selling is disabled.</source>
        <translation>Not connected to the server: selling is disabled.</translation>
    </message>
    <message>
        <source>Open a shift first (F2): a clerk cannot sell without an open shift.</source>
        <translation>Open a shift first (F2): a clerk cannot sell without an open shift.</translation>
    </message>
    <message>
        <source>Choose seats first.</source>
        <translation>Choose seats first.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The prices are still being read; try again in a moment.</source>
        <translation>The prices are still being read; try again in a moment.</translation>
    </message>
    <message>
        <source>Selling…</source>
        <translation>Selling…</translation>
    </message>
    <message>
        <source>%1 was sold to someone else meanwhile. Nothing was sold: choose another seat.</source>
        <translation>%1 was sold to someone else meanwhile. Nothing was sold: choose another seat.</translation>
    </message>
    <message>
        <source>Refused: one ticket per person per match — this person already holds a ticket for this match. %1</source>
        <translation>Refused: one ticket per person per match — this person already holds a ticket for this match. %1</translation>
    </message>
    <message>
        <source>The sale failed.</source>
        <translation>The sale failed.</translation>
    </message>
    <message numerus="yes">
        <source>Sold %n ticket(s), order %1.</source>
        <translation>
            <numerusform>Sold %n ticket, order %1.</numerusform>
            <numerusform>Sold %n tickets, order %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change due: %1.</source>
        <translation>Change due: %1.</translation>
    </message>
    <message>
        <source>Tickets were not printed: %1</source>
        <translation>Tickets were not printed: %1</translation>
    </message>
    <message>
        <source>No printer: tickets saved to %1.</source>
        <translation>No printer: tickets saved to %1.</translation>
    </message>
    <message>
        <source>The receipt was not printed: %1</source>
        <translation>The receipt was not printed: %1</translation>
    </message>
    <message>
        <source>Shift: unknown (offline)</source>
        <translation>Shift: unknown (offline)</translation>
    </message>
    <message>
        <source>No shift open — press F2 to open one.</source>
        <translation>No shift open — press F2 to open one.</translation>
    </message>
    <message numerus="yes">
        <source>Shift open since %1 · cash %2 · card %3 · %n sale(s)</source>
        <translation>
            <numerusform>Shift open since %1 · cash %2 · card %3 · %n sale</numerusform>
            <numerusform>Shift open since %1 · cash %2 · card %3 · %n sales</numerusform>
        </translation>
    </message>
    <message>
        <source>Your shift is already open.</source>
        <translation>Your shift is already open.</translation>
    </message>
    <message>
        <source>Shift opened.</source>
        <translation>Shift opened.</translation>
    </message>
    <message>
        <source>Shift closed; the report is printing.</source>
        <translation>Shift closed; the report is printing.</translation>
    </message>
    <message>
        <source>Shift closed; report saved to %1.</source>
        <translation>Shift closed; report saved to %1.</translation>
    </message>
    <message>
        <source>Shift closed; the report was not printed: %1</source>
        <translation>Shift closed; the report was not printed: %1</translation>
    </message>
    <message>
        <source>Refunded %1 (service fee kept: %2).</source>
        <translation>Refunded %1 (service fee kept: %2).</translation>
    </message>
    <message>
        <source>&amp;Wheelchair places, each with its companion seat</source>
        <translation>&amp;Wheelchair places, each with its companion seat</translation>
    </message>
    <message>
        <source>Best N then holds wheelchair places, each with the free companion seat beside it: one ticket for the wheelchair user, one for the companion (Shift+F3).</source>
        <translation>Best N then holds wheelchair places, each with the free companion seat beside it: one ticket for the wheelchair user, one for the companion (Shift+F3).</translation>
    </message>
    <message numerus="yes">
        <source> wheelchair place(s)</source>
        <translation>
            <numerusform> wheelchair place</numerusform>
            <numerusform> wheelchair places</numerusform>
        </translation>
    </message>
    <message>
        <source>Best wheelchair places</source>
        <translation>Best wheelchair places</translation>
    </message>
    <message>
        <source>Wheelchair places, each with its companion seat (Shift+F3)</source>
        <translation>Wheelchair places, each with its companion seat (Shift+F3)</translation>
    </message>
    <message>
        <source>Sector %1, standing</source>
        <translation>Sector %1, standing</translation>
    </message>
    <message>
        <source>Sector %1, free seating</source>
        <translation>Sector %1, free seating</translation>
    </message>
    <message>
        <source>No wheelchair place with a free companion seat beside it in this choice.</source>
        <translation>No wheelchair place with a free companion seat beside it in this choice.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n wheelchair place(s) with a free companion seat in this choice.</source>
        <translation>
            <numerusform>Only %n wheelchair place with a free companion seat in this choice.</numerusform>
            <numerusform>Only %n wheelchair places with a free companion seat in this choice.</numerusform>
        </translation>
    </message>
    <message>
        <source>This stadium has no wheelchair places.</source>
        <translation>This stadium has no wheelchair places.</translation>
    </message>
    <message numerus="yes">
        <source>sector %1: %n</source>
        <translation>
            <numerusform>sector %1: %n</numerusform>
            <numerusform>sector %1: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Still free in other sectors: %1.</source>
        <translation>Still free in other sectors: %1.</translation>
    </message>
    <message>
        <source>Free by sector: %1 (the group could split).</source>
        <translation>Free by sector: %1 (the group could split).</translation>
    </message>
    <message>
        <source>Other price categories still have some: %1.</source>
        <translation>Other price categories still have some: %1.</translation>
    </message>
    <message>
        <source>No other sector has one free.</source>
        <translation>No other sector has one free.</translation>
    </message>
    <message>
        <source>No wheelchair place with a free companion seat is left at this match.</source>
        <translation>No wheelchair place with a free companion seat is left at this match.</translation>
    </message>
    <message>
        <source>No free companion seat beside the wheelchair place %1: it is held alone.</source>
        <translation>No free companion seat beside the wheelchair place %1: it is held alone.</translation>
    </message>
    <message>
        <source>%1 — wheelchair place</source>
        <translation>%1 — wheelchair place</translation>
    </message>
    <message>
        <source>%1 — companion seat</source>
        <translation>%1 — companion seat</translation>
    </message>
    <message>
        <source>No places held. Pick a sector, then the number of places (F4) and Enter.</source>
        <translation>No places held. Pick a sector, then the number of places (F4) and Enter.</translation>
    </message>
    <message>
        <source>Sector %1 has no seat numbers: type the number of places and press Enter.</source>
        <translation>Sector %1 has no seat numbers: type the number of places and press Enter.</translation>
    </message>
    <message>
        <source>Sector %1 is not on sale.</source>
        <translation>Sector %1 is not on sale.</translation>
    </message>
    <message>
        <source>Best available (F4 opens it again)</source>
        <translation>Best available (F4 opens it again)</translation>
    </message>
</context>
<context>
    <name>Tribina::CsvReader</name>
    <message>
        <source>Line %1: a quoted field is not closed.</source>
        <translation>Line %1: a quoted field is not closed.</translation>
    </message>
</context>
<context>
    <name>Tribina::DeepLinkPoster</name>
    <message>
        <source>Match tickets at this petrol station</source>
        <translation>Match tickets at this petrol station</translation>
    </message>
    <message>
        <source>1. Scan the code with your phone and open the HNS Ulaznice app.</source>
        <translation>1. Scan the code with your phone and open the HNS Ulaznice app.</translation>
    </message>
    <message>
        <source>2. Choose the tickets and enter the holders&apos; details: you get a 5-digit PIN.</source>
        <translation>2. Choose the tickets and enter the holders&apos; details: you get a 5-digit PIN.</translation>
    </message>
    <message>
        <source>3. Show the PIN at the till, with an ID, and pay here.</source>
        <translation>3. Show the PIN at the till, with an ID, and pay here.</translation>
    </message>
    <message>
        <source>The deep link cannot be encoded as a QR code.</source>
        <translation>The deep link cannot be encoded as a QR code.</translation>
    </message>
    <message>
        <source>The printer does not accept A4 paper.</source>
        <translation>The printer does not accept A4 paper.</translation>
    </message>
    <message>
        <source>Cannot start printing (is the printer or the file available?).</source>
        <translation>Cannot start printing (is the printer or the file available?).</translation>
    </message>
    <message>
        <source>Printing failed while finishing the document.</source>
        <translation>Printing failed while finishing the document.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Petrol station poster</source>
        <translation>Petrol station poster</translation>
    </message>
</context>
<context>
    <name>Tribina::DemoStarter</name>
    <message>
        <source>Tribina demo</source>
        <translation>Tribina demo</translation>
    </message>
    <message>
        <source>Starting the demo database…</source>
        <translation>Starting the demo database…</translation>
    </message>
</context>
<context>
    <name>Tribina::EmergencyPrintPage</name>
    <message>
        <source>Match:</source>
        <translation>Match:</translation>
    </message>
    <message>
        <source>Printer settings…</source>
        <translation>Printer settings…</translation>
    </message>
    <message>
        <source>Scan the code, or type and press Enter</source>
        <translation>Scan the code, or type and press Enter</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Decode image…</source>
        <translation>Decode image…</translation>
    </message>
    <message>
        <source>Read the code from a picture of the ticket (you can also paste a picture)</source>
        <translation>Read the code from a picture of the ticket (you can also paste a picture)</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Seat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reprints</source>
        <translation>Reprints</translation>
    </message>
    <message>
        <source>Find a ticket to see its details.</source>
        <translation>Find a ticket to see its details.</translation>
    </message>
    <message>
        <source>Show a preview before printing</source>
        <translation>Show a preview before printing</translation>
    </message>
    <message>
        <source>Print emergency ticket…</source>
        <translation>Print emergency ticket…</translation>
    </message>
    <message>
        <source>There are no open matches.</source>
        <translation>There are no open matches.</translation>
    </message>
    <message>
        <source>No barcode or QR code could be read from the picture.</source>
        <translation>No barcode or QR code could be read from the picture.</translation>
    </message>
    <message>
        <source>Enter what to search for.</source>
        <translation>Enter what to search for.</translation>
    </message>
    <message>
        <source>Choose a match first.</source>
        <translation>Choose a match first.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>This QR code does not match the ticket it names: it is forged or was replaced by a newer ticket. Do not print; call the supervisor.</source>
        <translation>This QR code does not match the ticket it names: it is forged or was replaced by a newer ticket. Do not print; call the supervisor.</translation>
    </message>
    <message>
        <source>No ticket found. Check the match and what you typed.</source>
        <translation>No ticket found. Check the match and what you typed.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) found in the offline copy.</source>
        <translation>
            <numerusform>%n ticket found in the offline copy.</numerusform>
            <numerusform>%n tickets found in the offline copy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first 50 tickets; narrow the search.</source>
        <translation>Showing the first 50 tickets; narrow the search.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) found.</source>
        <translation>
            <numerusform>%n ticket found.</numerusform>
            <numerusform>%n tickets found.</numerusform>
        </translation>
    </message>
    <message>
        <source>OIB</source>
        <translation>OIB</translation>
    </message>
    <message>
        <source>none (passport)</source>
        <translation>none (passport)</translation>
    </message>
    <message>
        <source>Ban list</source>
        <translation>Ban list</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c01b2c&apos;&gt;&lt;b&gt;BANNED&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c01b2c&apos;&gt;&lt;b&gt;BANNED&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>not banned</source>
        <translation>not banned</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Emergency prints</source>
        <translation>Emergency prints</translation>
    </message>
    <message>
        <source>Print again?</source>
        <translation>Print again?</translation>
    </message>
    <message numerus="yes">
        <source>This ticket has already been reprinted %n time(s) in an emergency. Every copy can enter the stadium only once. Print another copy?</source>
        <translation>
            <numerusform>This ticket has already been reprinted %n time in an emergency. Every copy can enter the stadium only once. Print another copy?</numerusform>
            <numerusform>This ticket has already been reprinted %n times in an emergency. Every copy can enter the stadium only once. Print another copy?</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the ticket…</source>
        <translation>Preparing the ticket…</translation>
    </message>
    <message>
        <source>The ticket was not printed: %1</source>
        <translation>The ticket was not printed: %1</translation>
    </message>
    <message>
        <source>Emergency ticket %1</source>
        <translation>Emergency ticket %1</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Printing was cancelled.</translation>
    </message>
    <message>
        <source>The printer reported an error (offline, or out of paper?).</source>
        <translation>The printer reported an error (offline, or out of paper?).</translation>
    </message>
    <message>
        <source>The ticket was not printed, and nothing was counted. %1</source>
        <translation>The ticket was not printed, and nothing was counted. %1</translation>
    </message>
    <message>
        <source>Printed. Emergency print no. %1 is recorded.</source>
        <translation>Printed. Emergency print no. %1 is recorded.</translation>
    </message>
    <message>
        <source>Printed while the server is unreachable. The print is kept on this workstation and will be reported when the server is back.</source>
        <translation>Printed while the server is unreachable. The print is kept on this workstation and will be reported when the server is back.</translation>
    </message>
    <message>
        <source>The ticket was printed, but the server did not record it: %1 Tell the supervisor.</source>
        <translation>The ticket was printed, but the server did not record it: %1 Tell the supervisor.</translation>
    </message>
    <message>
        <source>Picture of a ticket</source>
        <translation>Picture of a ticket</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>The picture cannot be read: %1</source>
        <translation>The picture cannot be read: %1</translation>
    </message>
    <message>
        <source>OFFLINE — the server cannot be reached. Tickets are found and printed from this workstation&apos;s copy (last known status and ban flags).</source>
        <translation>OFFLINE — the server cannot be reached. Tickets are found and printed from this workstation&apos;s copy (last known status and ban flags).</translation>
    </message>
    <message>
        <source>Copy from %1.</source>
        <translation>Copy from %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n print(s) waiting to be reported.</source>
        <translation>
            <numerusform>%n print waiting to be reported.</numerusform>
            <numerusform>%n prints waiting to be reported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n print(s) made offline are still being reported to the server.</source>
        <translation>
            <numerusform>%n print made offline is still being reported to the server.</numerusform>
            <numerusform>%n prints made offline are still being reported to the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tribina::EmergencyService</name>
    <message>
        <source>The server cannot be reached and this workstation has no offline copy.</source>
        <translation>The server cannot be reached and this workstation has no offline copy.</translation>
    </message>
    <message>
        <source>The server cannot be reached and the ticket is not in the offline copy.</source>
        <translation>The server cannot be reached and the ticket is not in the offline copy.</translation>
    </message>
    <message>
        <source>The server cannot be reached and the print could not be kept for later.</source>
        <translation>The server cannot be reached and the print could not be kept for later.</translation>
    </message>
</context>
<context>
    <name>Tribina::FeesPanel</name>
    <message>
        <source>Default fee configuration</source>
        <translation>Default fee configuration</translation>
    </message>
    <message>
        <source>This match&apos;s own fee configuration</source>
        <translation>This match&apos;s own fee configuration</translation>
    </message>
    <message>
        <source>0–100</source>
        <translation>0–100</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Save fees</source>
        <translation>Save fees</translation>
    </message>
    <message>
        <source>home</source>
        <translation>home</translation>
    </message>
    <message>
        <source>away</source>
        <translation>away</translation>
    </message>
    <message>
        <source>% of the ticket amount</source>
        <translation>% of the ticket amount</translation>
    </message>
    <message>
        <source>In force:</source>
        <translation>In force:</translation>
    </message>
    <message>
        <source>Service fee:</source>
        <translation>Service fee:</translation>
    </message>
    <message>
        <source>VAT in the ticket:</source>
        <translation>VAT in the ticket:</translation>
    </message>
    <message>
        <source>VAT in the fee:</source>
        <translation>VAT in the fee:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>None: no fee configuration is in force on the match day.</source>
        <translation>None: no fee configuration is in force on the match day.</translation>
    </message>
    <message>
        <source>fee %1 %; VAT in the ticket %2 % (home) / %3 % (away); VAT in the fee %4 % / %5 %</source>
        <translation>fee %1 %; VAT in the ticket %2 % (home) / %3 % (away); VAT in the fee %4 % / %5 %</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>this match&apos;s own</source>
        <translation>this match&apos;s own</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>Set the configuration back to draft to change the fees.</source>
        <translation>Set the configuration back to draft to change the fees.</translation>
    </message>
    <message>
        <source>The match uses the default fee configuration.</source>
        <translation>The match uses the default fee configuration.</translation>
    </message>
    <message>
        <source>service fee</source>
        <translation>service fee</translation>
    </message>
    <message>
        <source>VAT in the ticket (home)</source>
        <translation>VAT in the ticket (home)</translation>
    </message>
    <message>
        <source>VAT in the ticket (away)</source>
        <translation>VAT in the ticket (away)</translation>
    </message>
    <message>
        <source>VAT in the fee (home)</source>
        <translation>VAT in the fee (home)</translation>
    </message>
    <message>
        <source>VAT in the fee (away)</source>
        <translation>VAT in the fee (away)</translation>
    </message>
    <message>
        <source>“%1” is not a percentage between 0 and 100 with at most two decimals (%2).</source>
        <translation>“%1” is not a percentage between 0 and 100 with at most two decimals (%2).</translation>
    </message>
    <message>
        <source>The match&apos;s fee configuration is saved.</source>
        <translation>The match&apos;s fee configuration is saved.</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
</context>
<context>
    <name>Tribina::FindingsPanel</name>
    <message>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tribina::HolderForm</name>
    <message>
        <source>Foreigner (passport)</source>
        <translation>Foreigner (passport)</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11 digits</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <source>Nationality:</source>
        <translation>Nationality:</translation>
    </message>
    <message>
        <source>OIB:</source>
        <translation>OIB:</translation>
    </message>
    <message>
        <source>Passport:</source>
        <translation>Passport:</translation>
    </message>
    <message>
        <source>Enter the holder&apos;s full name.</source>
        <translation>Enter the holder&apos;s full name.</translation>
    </message>
    <message>
        <source>Enter the date of birth as dd.mm.yyyy.</source>
        <translation>Enter the date of birth as dd.mm.yyyy.</translation>
    </message>
    <message>
        <source>Enter the nationality.</source>
        <translation>Enter the nationality.</translation>
    </message>
    <message>
        <source>Enter the passport number.</source>
        <translation>Enter the passport number.</translation>
    </message>
    <message>
        <source>This OIB fails its check digit: please check it.</source>
        <translation>This OIB fails its check digit: please check it.</translation>
    </message>
    <message>
        <source>Enter the 11-digit OIB.</source>
        <translation>Enter the 11-digit OIB.</translation>
    </message>
    <message>
        <source>✔ Ready — minor (under 18)</source>
        <translation>✔ Ready — minor (under 18)</translation>
    </message>
    <message>
        <source>✔ Ready</source>
        <translation>✔ Ready</translation>
    </message>
    <message>
        <source>(minor, under 18)</source>
        <translation>(minor, under 18)</translation>
    </message>
</context>
<context>
    <name>Tribina::IdentityCheckDialog</name>
    <message>
        <source>Confirm identity</source>
        <translation>Confirm identity</translation>
    </message>
    <message>
        <source>Check the fan&apos;s identity document against the ticket before printing.</source>
        <translation>Check the fan&apos;s identity document against the ticket before printing.</translation>
    </message>
    <message>
        <source>Document checked:</source>
        <translation>Document checked:</translation>
    </message>
    <message>
        <source>The name on the document is %1</source>
        <translation>The name on the document is %1</translation>
    </message>
    <message>
        <source>The document number matches the ticket holder&apos;s</source>
        <translation>The document number matches the ticket holder&apos;s</translation>
    </message>
    <message>
        <source>The OIB on the document ends in %1</source>
        <translation>The OIB on the document ends in %1</translation>
    </message>
    <message>
        <source>The document has not expired</source>
        <translation>The document has not expired</translation>
    </message>
    <message>
        <source>Phone battery dead</source>
        <translation>Phone battery dead</translation>
    </message>
    <message>
        <source>Phone lost or broken</source>
        <translation>Phone lost or broken</translation>
    </message>
    <message>
        <source>Printout lost or damaged</source>
        <translation>Printout lost or damaged</translation>
    </message>
    <message>
        <source>The ticket does not show in the app</source>
        <translation>The ticket does not show in the app</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>e.g. Gate 3, east stand</source>
        <translation>e.g. Gate 3, east stand</translation>
    </message>
    <message>
        <source>Print location:</source>
        <translation>Print location:</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>Tribina::LayoutEditorPage</name>
    <message>
        <source>Stadium layouts can be edited once the database connection is open.</source>
        <translation>Stadium layouts can be edited once the database connection is open.</translation>
    </message>
    <message>
        <source>Stadium layouts</source>
        <translation>Stadium layouts</translation>
    </message>
</context>
<context>
    <name>Tribina::LoginDialog</name>
    <message>
        <source>the connection attempt ended without an answer</source>
        <translation>the connection attempt ended without an answer</translation>
    </message>
    <message>
        <source>Tribina – Log in</source>
        <translation>Tribina – Log in</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation>Staff account</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Encryption:</translation>
    </message>
    <message>
        <source>your database login</source>
        <translation>your database login</translation>
    </message>
    <message>
        <source>server name, address or socket directory</source>
        <translation>server name, address or socket directory</translation>
    </message>
    <message>
        <source>&amp;Remember password</source>
        <translation>&amp;Remember password</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in a file.</source>
        <translation>The password is kept in the system keychain, never in a file.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>If the server offers it</source>
        <translation>If the server offers it</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Required, verify the server certificate</source>
        <translation>Required, verify the server certificate</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>The connection attempt was cancelled.</source>
        <translation>The connection attempt was cancelled.</translation>
    </message>
    <message>
        <source>Enter the address of the database server.</source>
        <translation>Enter the address of the database server.</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Enter your login.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <source>Close the connection and return to the login</source>
        <translation>Close the connection and return to the login</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About Tribina</source>
        <translation>&amp;About Tribina</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Your account has no Tribina role. Ask an administrator to add one.</source>
        <translation>Your account has no Tribina role. Ask an administrator to add one.</translation>
    </message>
    <message>
        <source>About Tribina</source>
        <translation>About Tribina</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tribina %1&lt;/h3&gt;&lt;p&gt;Box office and back office of the Croatian Football Federation&apos;s ticketing system.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tribina %1&lt;/h3&gt;&lt;p&gt;Box office and back office of the Croatian Football Federation&apos;s ticketing system.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Tribina::MatchInventory</name>
    <message>
        <source>Cannot read the match&apos;s layout: %1</source>
        <translation>Cannot read the match&apos;s layout: %1</translation>
    </message>
    <message>
        <source>Cannot read the match&apos;s sectors: %1</source>
        <translation>Cannot read the match&apos;s sectors: %1</translation>
    </message>
    <message>
        <source>The match has no sectors (is its stadium layout activated?).</source>
        <translation>The match has no sectors (is its stadium layout activated?).</translation>
    </message>
    <message>
        <source>Cannot read the match&apos;s seats: %1</source>
        <translation>Cannot read the match&apos;s seats: %1</translation>
    </message>
</context>
<context>
    <name>Tribina::MatchMapPanel</name>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Unblock (make available)</source>
        <translation>Unblock (make available)</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technical</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantine</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Price categories</source>
        <translation>Price categories</translation>
    </message>
    <message>
        <source>Paint the selection</source>
        <translation>Paint the selection</translation>
    </message>
    <message>
        <source>Sectors to configure; sectors of the seats selected on the map count too.</source>
        <translation>Sectors to configure; sectors of the seats selected on the map count too.</translation>
    </message>
    <message>
        <source>Sectors:</source>
        <translation>Sectors:</translation>
    </message>
    <message>
        <source>Paint seats</source>
        <translation>Paint seats</translation>
    </message>
    <message>
        <source>Give the selected seats this price category (“none” returns them to their sector&apos;s).</source>
        <translation>Give the selected seats this price category (“none” returns them to their sector&apos;s).</translation>
    </message>
    <message>
        <source>Paint sectors</source>
        <translation>Paint sectors</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <source>Sector status:</source>
        <translation>Sector status:</translation>
    </message>
    <message>
        <source>Seat operation</source>
        <translation>Seat operation</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>Seats:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Price (EUR)</source>
        <translation>Price (EUR)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Colour of the category on the seat map</source>
        <translation>Colour of the category on the seat map</translation>
    </message>
    <message>
        <source>Category colour</source>
        <translation>Category colour</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>no price</translation>
    </message>
    <message numerus="yes">
        <source>%n places</source>
        <translation>
            <numerusform>%n places</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message>
        <source>No price category</source>
        <translation>No price category</translation>
    </message>
    <message numerus="yes">
        <source>%n seats selected on the map</source>
        <translation>
            <numerusform>%n seats selected on the map</numerusform>
            <numerusform>%n seats selected on the map</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sectors</source>
        <translation>
            <numerusform>%n sectors</numerusform>
            <numerusform>%n sectors</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the category to update.</source>
        <translation>Select the category to update.</translation>
    </message>
    <message>
        <source>“%1” is not a price.</source>
        <translation>“%1” is not a price.</translation>
    </message>
    <message>
        <source>Price category saved.</source>
        <translation>Price category saved.</translation>
    </message>
    <message>
        <source>Generate the seat inventory before painting single seats.</source>
        <translation>Generate the seat inventory before painting single seats.</translation>
    </message>
    <message>
        <source>Select seats on the map first (click or drag a rectangle).</source>
        <translation>Select seats on the map first (click or drag a rectangle).</translation>
    </message>
    <message numerus="yes">
        <source>Painted %n seats.</source>
        <translation>
            <numerusform>Painted %n seats.</numerusform>
            <numerusform>Painted %n seats.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select sectors in the list or seats on the map first.</source>
        <translation>Select sectors in the list or seats on the map first.</translation>
    </message>
    <message numerus="yes">
        <source>Reason for this change of %n seats (recorded in the audit log):</source>
        <translation>
            <numerusform>Reason for this change of %n seats (recorded in the audit log):</numerusform>
            <numerusform>Reason for this change of %n seats (recorded in the audit log):</numerusform>
        </translation>
    </message>
    <message>
        <source>Every seat operation needs a reason.</source>
        <translation>Every seat operation needs a reason.</translation>
    </message>
    <message>
        <source>The selected seats have no inventory yet: generate it first.</source>
        <translation>The selected seats have no inventory yet: generate it first.</translation>
    </message>
    <message numerus="yes">
        <source>%n seats changed.</source>
        <translation>
            <numerusform>%n seats changed.</numerusform>
            <numerusform>%n seats changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seats were skipped:</source>
        <translation>
            <numerusform>%n seats was skipped:</numerusform>
            <numerusform>%n seats were skipped:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Match set-up</source>
        <translation>Match set-up</translation>
    </message>
</context>
<context>
    <name>Tribina::MatchSetupPage</name>
    <message>
        <source>New match</source>
        <translation>New match</translation>
    </message>
    <message>
        <source>Home match</source>
        <translation>Home match</translation>
    </message>
    <message>
        <source>Away match</source>
        <translation>Away match</translation>
    </message>
    <message>
        <source>Numbered seats</source>
        <translation>Numbered seats</translation>
    </message>
    <message>
        <source>Save match</source>
        <translation>Save match</translation>
    </message>
    <message>
        <source>Home team:</source>
        <translation>Home team:</translation>
    </message>
    <message>
        <source>Away team:</source>
        <translation>Away team:</translation>
    </message>
    <message>
        <source>Competition:</source>
        <translation>Competition:</translation>
    </message>
    <message>
        <source>Kick-off:</source>
        <translation>Kick-off:</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Venue:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Generate seat inventory…</source>
        <translation>Generate seat inventory…</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Validate</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Back to draft</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Cancel match…</source>
        <translation>Cancel match…</translation>
    </message>
    <message>
        <source>What stands between this match and sale:</source>
        <translation>What stands between this match and sale:</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Prices and seats</source>
        <translation>Prices and seats</translation>
    </message>
    <message>
        <source>Sales phases</source>
        <translation>Sales phases</translation>
    </message>
    <message>
        <source>Validate and publish</source>
        <translation>Validate and publish</translation>
    </message>
    <message numerus="yes">
        <source>%n seats in the inventory</source>
        <translation>
            <numerusform>%n seats in the inventory</numerusform>
            <numerusform>%n seats in the inventory</numerusform>
        </translation>
    </message>
    <message>
        <source>New match: fill in the details and save.</source>
        <translation>New match: fill in the details and save.</translation>
    </message>
    <message>
        <source>Match saved.</source>
        <translation>Match saved.</translation>
    </message>
    <message>
        <source>Generating the seat inventory…</source>
        <translation>Generating the seat inventory…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Inventory generation cancelled: nothing was written.</source>
        <translation>Inventory generation cancelled: nothing was written.</translation>
    </message>
    <message numerus="yes">
        <source>%n seats generated in %1 s.</source>
        <translation>
            <numerusform>%n seats generated in %1 s.</numerusform>
            <numerusform>%n seats generated in %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed:</source>
        <translation>Not changed:</translation>
    </message>
    <message>
        <source>The match is published.</source>
        <translation>The match is published.</translation>
    </message>
    <message>
        <source>Cancel match</source>
        <translation>Cancel match</translation>
    </message>
    <message>
        <source>Why is %1 cancelled? Its tickets are cancelled and refunded (ticket amount back, fee kept).</source>
        <translation>Why is %1 cancelled? Its tickets are cancelled and refunded (ticket amount back, fee kept).</translation>
    </message>
    <message>
        <source>Cancel %1 now? This cannot be undone.</source>
        <translation>Cancel %1 now? This cannot be undone.</translation>
    </message>
    <message numerus="yes">
        <source>Match cancelled: %n tickets cancelled</source>
        <translation>
            <numerusform>Match cancelled: %n tickets cancelled</numerusform>
            <numerusform>Match cancelled: %n tickets cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refunds recorded</source>
        <translation>
            <numerusform>%n refunds recorded</numerusform>
            <numerusform>%n refunds recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orders refunded.</source>
        <translation>
            <numerusform>%n orders refunded.</numerusform>
            <numerusform>%n orders refunded.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: the configuration can be validated and locked.</source>
        <translation>No problems: the configuration can be validated and locked.</translation>
    </message>
    <message>
        <source>Match set-up</source>
        <translation>Match set-up</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
</context>
<context>
    <name>Tribina::ModulePage</name>
    <message>
        <source>Sales, attendance and revenue reports with charts and exports will be here.</source>
        <translation>Sales, attendance and revenue reports with charts and exports will be here.</translation>
    </message>
    <message>
        <source>This module is being built.</source>
        <translation>This module is being built.</translation>
    </message>
    <message>
        <source>Stadium layouts, matches, price categories, sales phases and seat operations.</source>
        <translation>Stadium layouts, matches, price categories, sales phases and seat operations.</translation>
    </message>
    <message>
        <source>Counter sales on the live seat map: holds, ticket holders, payment, printing, refunds and the shift.</source>
        <translation>Counter sales on the live seat map: holds, ticket holders, payment, printing, refunds and the shift.</translation>
    </message>
    <message>
        <source>Redeem a fan&apos;s PIN: seats from the petrol allocation, identity check, payment and printed tickets.</source>
        <translation>Redeem a fan&apos;s PIN: seats from the petrol allocation, identity check, payment and printed tickets.</translation>
    </message>
    <message>
        <source>Find and reprint the ticket of a fan whose phone failed, even when the server cannot be reached.</source>
        <translation>Find and reprint the ticket of a fan whose phone failed, even when the server cannot be reached.</translation>
    </message>
    <message>
        <source>Seats set aside for partners and sponsors: best-seat and distributed allocation, CSV import, cancellation.</source>
        <translation>Seats set aside for partners and sponsors: best-seat and distributed allocation, CSV import, cancellation.</translation>
    </message>
</context>
<context>
    <name>Tribina::NavigationPanel</name>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
</context>
<context>
    <name>Tribina::PaymentDialog</name>
    <message>
        <source>&amp;Cash</source>
        <translation>&amp;Cash</translation>
    </message>
    <message>
        <source>Car&amp;d</source>
        <translation>Car&amp;d</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>To pay: %1</source>
        <translation>To pay: %1</translation>
    </message>
    <message>
        <source>Amount given:</source>
        <translation>Amount given:</translation>
    </message>
    <message>
        <source>Change due:</source>
        <translation>Change due:</translation>
    </message>
    <message>
        <source>Terminal reference:</source>
        <translation>Terminal reference:</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Sell</translation>
    </message>
    <message>
        <source>Enter the amount the customer gave.</source>
        <translation>Enter the amount the customer gave.</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>%1 short</translation>
    </message>
</context>
<context>
    <name>Tribina::PetrolAdminPanel</name>
    <message>
        <source>PIN look-up lockouts</source>
        <translation>PIN look-up lockouts</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Wrong PINs</source>
        <translation>Wrong PINs</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Lift lockout…</source>
        <translation>Lift lockout…</translation>
    </message>
    <message>
        <source>Petrol-station poster</source>
        <translation>Petrol-station poster</translation>
    </message>
    <message>
        <source>Create poster (PDF)…</source>
        <translation>Create poster (PDF)…</translation>
    </message>
    <message>
        <source>Whole station</source>
        <translation>Whole station</translation>
    </message>
    <message>
        <source>(no station)</source>
        <translation>(no station)</translation>
    </message>
    <message>
        <source>Nobody is locked out.</source>
        <translation>Nobody is locked out.</translation>
    </message>
    <message>
        <source>Lift lockout</source>
        <translation>Lift lockout</translation>
    </message>
    <message>
        <source>Why is it safe to lift it?</source>
        <translation>Why is it safe to lift it?</translation>
    </message>
    <message>
        <source>Lockout lifted.</source>
        <translation>Lockout lifted.</translation>
    </message>
    <message>
        <source>Save poster</source>
        <translation>Save poster</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Poster saved as %1. Link: %2</source>
        <translation>Poster saved as %1. Link: %2</translation>
    </message>
</context>
<context>
    <name>Tribina::PetrolPage</name>
    <message>
        <source>Enter the customer&apos;s PIN</source>
        <translation>Enter the customer&apos;s PIN</translation>
    </message>
    <message>
        <source>Check PIN</source>
        <translation>Check PIN</translation>
    </message>
    <message>
        <source>Decode picture…</source>
        <translation>Decode picture…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Type the 5 digits, or scan the QR code on the customer&apos;s phone (no need to click first).</source>
        <translation>Type the 5 digits, or scan the QR code on the customer&apos;s phone (no need to click first).</translation>
    </message>
    <message>
        <source>PIN found: seats are reserved</source>
        <translation>PIN found: seats are reserved</translation>
    </message>
    <message>
        <source>Ticket holder</source>
        <translation>Ticket holder</translation>
    </message>
    <message>
        <source>ID (last digits)</source>
        <translation>ID (last digits)</translation>
    </message>
    <message>
        <source>Show the seats</source>
        <translation>Show the seats</translation>
    </message>
    <message>
        <source>The customer&apos;s seats</source>
        <translation>The customer&apos;s seats</translation>
    </message>
    <message>
        <source>Next: check the ID</source>
        <translation>Next: check the ID</translation>
    </message>
    <message>
        <source>Check the customer&apos;s ID</source>
        <translation>Check the customer&apos;s ID</translation>
    </message>
    <message>
        <source>Compare the name and the last digits of the ID number with the document, then choose which document it is.</source>
        <translation>Compare the name and the last digits of the ID number with the document, then choose which document it is.</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>ID card</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Driving licence</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Identity confirmed</source>
        <translation>Identity confirmed</translation>
    </message>
    <message>
        <source>Next: payment</source>
        <translation>Next: payment</translation>
    </message>
    <message>
        <source>Take the payment</source>
        <translation>Take the payment</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Seat</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Total with fee</source>
        <translation>Total with fee</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Card terminal receipt no.:</source>
        <translation>Card terminal receipt no.:</translation>
    </message>
    <message>
        <source>Payment received: issue tickets</source>
        <translation>Payment received: issue tickets</translation>
    </message>
    <message>
        <source>Done: tickets issued</source>
        <translation>Done: tickets issued</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <source>Next customer</source>
        <translation>Next customer</translation>
    </message>
    <message>
        <source>Cancel redemption…</source>
        <translation>Cancel redemption…</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>No match is on sale at petrol stations right now.</source>
        <translation>No match is on sale at petrol stations right now.</translation>
    </message>
    <message>
        <source>The scanned code is not a petrol PIN.</source>
        <translation>The scanned code is not a petrol PIN.</translation>
    </message>
    <message>
        <source>No QR code was found in the picture.</source>
        <translation>No QR code was found in the picture.</translation>
    </message>
    <message>
        <source>Picture of the QR code</source>
        <translation>Picture of the QR code</translation>
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation>Pictures (%1)</translation>
    </message>
    <message>
        <source>The picture could not be opened.</source>
        <translation>The picture could not be opened.</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Tickets: &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;·&amp;nbsp; PIN valid until %3</source>
        <translation>%1&lt;br&gt;Tickets: &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;·&amp;nbsp; PIN valid until %3</translation>
    </message>
    <message>
        <source>Sector %1, row %2, seat %3</source>
        <translation>Sector %1, row %2, seat %3</translation>
    </message>
    <message>
        <source>OK: ticket will be issued</source>
        <translation>OK: ticket will be issued</translation>
    </message>
    <message>
        <source>Banned from matches: no ticket</source>
        <translation>Banned from matches: no ticket</translation>
    </message>
    <message>
        <source>Already has a ticket for this match: no ticket</source>
        <translation>Already has a ticket for this match: no ticket</translation>
    </message>
    <message>
        <source>Same person twice: one ticket only</source>
        <translation>Same person twice: one ticket only</translation>
    </message>
    <message>
        <source>Cancel the redemption.</source>
        <translation>Cancel the redemption.</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message numerus="yes">
        <source>Order &lt;b&gt;%1&lt;/b&gt; · %n ticket(s) · %2 paid.</source>
        <translation>
            <numerusform>Order &lt;b&gt;%1&lt;/b&gt; · %n ticket · %2 paid.</numerusform>
            <numerusform>Order &lt;b&gt;%1&lt;/b&gt; · %n tickets · %2 paid.</numerusform>
        </translation>
    </message>
    <message>
        <source>No printer is installed: the tickets were saved as %1.</source>
        <translation>No printer is installed: the tickets were saved as %1.</translation>
    </message>
    <message>
        <source>The tickets are printing. Hand them to the customer.</source>
        <translation>The tickets are printing. Hand them to the customer.</translation>
    </message>
    <message>
        <source>The customer changed their mind</source>
        <translation>The customer changed their mind</translation>
    </message>
    <message>
        <source>The ID does not match</source>
        <translation>The ID does not match</translation>
    </message>
    <message>
        <source>The customer could not pay</source>
        <translation>The customer could not pay</translation>
    </message>
    <message>
        <source>Wrong PIN entered</source>
        <translation>Wrong PIN entered</translation>
    </message>
    <message>
        <source>Cancel redemption</source>
        <translation>Cancel redemption</translation>
    </message>
    <message>
        <source>Why? The seats are released at once.</source>
        <translation>Why? The seats are released at once.</translation>
    </message>
    <message>
        <source>Redemption cancelled; the seats are free again. The PIN can be used later.</source>
        <translation>Redemption cancelled; the seats are free again. The PIN can be used later.</translation>
    </message>
    <message>
        <source>1 minute left! Finish now or the seats are released.</source>
        <translation>1 minute left! Finish now or the seats are released.</translation>
    </message>
    <message>
        <source>5 minutes left to finish this redemption.</source>
        <translation>5 minutes left to finish this redemption.</translation>
    </message>
    <message>
        <source>Time is up: the seats were released and the PIN has expired. The customer can create a new PIN in the app.</source>
        <translation>Time is up: the seats were released and the PIN has expired. The customer can create a new PIN in the app.</translation>
    </message>
    <message>
        <source>Seats held: %1</source>
        <translation>Seats held: %1</translation>
    </message>
    <message>
        <source>Redeem a PIN</source>
        <translation>Redeem a PIN</translation>
    </message>
    <message>
        <source>Lockouts and poster</source>
        <translation>Lockouts and poster</translation>
    </message>
</context>
<context>
    <name>Tribina::PetrolRepository</name>
    <message>
        <source>Cannot read the matches on sale: %1</source>
        <translation>Cannot read the matches on sale: %1</translation>
    </message>
    <message>
        <source>Cannot read the matches: %1</source>
        <translation>Cannot read the matches: %1</translation>
    </message>
    <message>
        <source>The PIN could not be checked: %1</source>
        <translation>The PIN could not be checked: %1</translation>
    </message>
    <message>
        <source>Cannot read the petrol seats: %1</source>
        <translation>Cannot read the petrol seats: %1</translation>
    </message>
    <message>
        <source>Cannot read the match&apos;s stadium: %1</source>
        <translation>Cannot read the match&apos;s stadium: %1</translation>
    </message>
    <message>
        <source>The match has no stadium layout.</source>
        <translation>The match has no stadium layout.</translation>
    </message>
    <message>
        <source>The seats could not be reserved: %1</source>
        <translation>The seats could not be reserved: %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Cannot start a transaction: %1</translation>
    </message>
    <message>
        <source>The identity could not be recorded: %1</source>
        <translation>The identity could not be recorded: %1</translation>
    </message>
    <message>
        <source>The price could not be calculated: %1</source>
        <translation>The price could not be calculated: %1</translation>
    </message>
    <message>
        <source>The sale could not be completed: %1</source>
        <translation>The sale could not be completed: %1</translation>
    </message>
    <message>
        <source>The reservation could not be cancelled: %1</source>
        <translation>The reservation could not be cancelled: %1</translation>
    </message>
    <message>
        <source>Cannot read the lockouts: %1</source>
        <translation>Cannot read the lockouts: %1</translation>
    </message>
    <message>
        <source>Cannot lift the lockout: %1</source>
        <translation>Cannot lift the lockout: %1</translation>
    </message>
    <message>
        <source>Cannot create the deep link: %1</source>
        <translation>Cannot create the deep link: %1</translation>
    </message>
</context>
<context>
    <name>Tribina::PrinterSettingsDialog</name>
    <message>
        <source>Ticket printer</source>
        <translation>Ticket printer</translation>
    </message>
    <message>
        <source>System default printer</source>
        <translation>System default printer</translation>
    </message>
    <message>
        <source>%1 (not available now)</source>
        <translation>%1 (not available now)</translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation>Printer:</translation>
    </message>
    <message>
        <source>Thermal receipt, 80 mm</source>
        <translation>Thermal receipt, 80 mm</translation>
    </message>
    <message>
        <source>A4 page</source>
        <translation>A4 page</translation>
    </message>
    <message>
        <source>Ticket layout:</source>
        <translation>Ticket layout:</translation>
    </message>
</context>
<context>
    <name>Tribina::QuantityPanel</name>
    <message>
        <source>Free seating: places per sector</source>
        <translation>Free seating: places per sector</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>&amp;Places:</translation>
    </message>
    <message>
        <source>Hold (Enter)</source>
        <translation>Hold (Enter)</translation>
    </message>
    <message>
        <source>Hold this many places of the chosen sector for you; the server picks free places.</source>
        <translation>Hold this many places of the chosen sector for you; the server picks free places.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, standing</source>
        <translation>%1, standing</translation>
    </message>
    <message>
        <source>sold out</source>
        <translation>sold out</translation>
    </message>
</context>
<context>
    <name>Tribina::QuotaAllocator</name>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>The quantity must be at least 1.</translation>
    </message>
    <message>
        <source>The quota has no allowed sectors.</source>
        <translation>The quota has no allowed sectors.</translation>
    </message>
    <message>
        <source>An allowed sector is not part of the match&apos;s inventory.</source>
        <translation>An allowed sector is not part of the match&apos;s inventory.</translation>
    </message>
    <message>
        <source>Not enough free seats: %1 needed, %2 free in the allowed sectors. Nothing was allocated.</source>
        <translation>Not enough free seats: %1 needed, %2 free in the allowed sectors. Nothing was allocated.</translation>
    </message>
</context>
<context>
    <name>Tribina::QuotaCsv</name>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The header lacks the required column(s) %1 (found: %2).</source>
        <translation>The header lacks the required column(s) %1 (found: %2).</translation>
    </message>
    <message>
        <source>Not an e-mail address: &quot;%1&quot;.</source>
        <translation>Not an e-mail address: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>The name is empty.</translation>
    </message>
    <message>
        <source>The quantity must be a whole number above 0, not &quot;%1&quot;.</source>
        <translation>The quantity must be a whole number above 0, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The discount must be 0 to 100, not &quot;%1&quot;.</source>
        <translation>The discount must be 0 to 100, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The same recipient as on line %1.</source>
        <translation>The same recipient as on line %1.</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>The file has a header but no rows.</translation>
    </message>
</context>
<context>
    <name>Tribina::QuotaDialog</name>
    <message>
        <source>New quota</source>
        <translation>New quota</translation>
    </message>
    <message>
        <source>partner@example.hr</source>
        <translation>partner@example.hr</translation>
    </message>
    <message>
        <source>Only administrators see this</source>
        <translation>Only administrators see this</translation>
    </message>
    <message>
        <source>%1 – %2 (%3 free)</source>
        <translation>%1 – %2 (%3 free)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>100 % = free tickets</source>
        <translation>100 % = free tickets</translation>
    </message>
    <message>
        <source>NM – best seats, together</source>
        <translation>NM – best seats, together</translation>
    </message>
    <message>
        <source>REDOM – spread over sectors and rows</source>
        <translation>REDOM – spread over sectors and rows</translation>
    </message>
    <message>
        <source>A reminder only: nothing expires by itself.</source>
        <translation>A reminder only: nothing expires by itself.</translation>
    </message>
    <message>
        <source>May create sub-quotas</source>
        <translation>May create sub-quotas</translation>
    </message>
    <message>
        <source>Tickets may be transferred</source>
        <translation>Tickets may be transferred</translation>
    </message>
    <message>
        <source>Deferred payment</source>
        <translation>Deferred payment</translation>
    </message>
    <message>
        <source>Send an e-mail to the recipient on creation</source>
        <translation>Send an e-mail to the recipient on creation</translation>
    </message>
    <message>
        <source>Recipient e-mail:</source>
        <translation>Recipient e-mail:</translation>
    </message>
    <message>
        <source>Recipient name:</source>
        <translation>Recipient name:</translation>
    </message>
    <message>
        <source>Internal note:</source>
        <translation>Internal note:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Quantity:</translation>
    </message>
    <message>
        <source>Allowed sectors:</source>
        <translation>Allowed sectors:</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>Discount:</translation>
    </message>
    <message>
        <source>Allocation:</source>
        <translation>Allocation:</translation>
    </message>
    <message>
        <source>Expiration date:</source>
        <translation>Expiration date:</translation>
    </message>
    <message>
        <source>Propose seats</source>
        <translation>Propose seats</translation>
    </message>
    <message>
        <source>Petrol station allocation (seats sold at petrol stations for this match)</source>
        <translation>Petrol station allocation (seats sold at petrol stations for this match)</translation>
    </message>
    <message>
        <source>PIN redemptions at petrol stations take their seats from this quota. A match has one petrol station allocation at a time.</source>
        <translation>PIN redemptions at petrol stations take their seats from this quota. A match has one petrol station allocation at a time.</translation>
    </message>
    <message>
        <source>This match already has a petrol station allocation (%1). A match has only one: cancel that quota first.</source>
        <translation>This match already has a petrol station allocation (%1). A match has only one: cancel that quota first.</translation>
    </message>
</context>
<context>
    <name>Tribina::QuotaExport</name>
    <message>
        <source>sector</source>
        <translation>sector</translation>
    </message>
    <message>
        <source>row</source>
        <translation>row</translation>
    </message>
    <message>
        <source>seat</source>
        <translation>seat</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Quota for %1</source>
        <translation>Quota for %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Ticket quota: %1</source>
        <translation>Ticket quota: %1</translation>
    </message>
    <message>
        <source>Match: %1</source>
        <translation>Match: %1</translation>
    </message>
    <message>
        <source>Recipient: %1 &lt;%2&gt;</source>
        <translation>Recipient: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Seats: %1 (allocated %2, reserved %3, sold %4)</source>
        <translation>Seats: %1 (allocated %2, reserved %3, sold %4)</translation>
    </message>
    <message>
        <source>Discount: %1 %</source>
        <translation>Discount: %1 %</translation>
    </message>
    <message>
        <source>Claim by: %1</source>
        <translation>Claim by: %1</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Seat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>Tribina::QuotaImport</name>
    <message>
        <source>Choose at least one match to import into.</source>
        <translation>Choose at least one match to import into.</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1 already has a quota for this match%2.</source>
        <translation>%1 already has a quota for this match%2.</translation>
    </message>
    <message>
        <source>Unknown sector code(s) %1%2.</source>
        <translation>Unknown sector code(s) %1%2.</translation>
    </message>
    <message>
        <source>%1 seats asked for, only %2 free in the sectors%3.</source>
        <translation>%1 seats asked for, only %2 free in the sectors%3.</translation>
    </message>
    <message>
        <source>Cannot record the import: %1</source>
        <translation>Cannot record the import: %1</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
</context>
<context>
    <name>Tribina::QuotaImportDialog</name>
    <message>
        <source>Import quotas from CSV</source>
        <translation>Import quotas from CSV</translation>
    </message>
    <message>
        <source>CSV file: email, name, quantity; optional sectors, discount</source>
        <translation>CSV file: email, name, quantity; optional sectors, discount</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Save template…</source>
        <translation>Save template…</translation>
    </message>
    <message>
        <source>NM – best seats</source>
        <translation>NM – best seats</translation>
    </message>
    <message>
        <source>REDOM – distributed</source>
        <translation>REDOM – distributed</translation>
    </message>
    <message>
        <source>Create each quota in these matches:</source>
        <translation>Create each quota in these matches:</translation>
    </message>
    <message>
        <source>Allocation:</source>
        <translation>Allocation:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Import valid rows</source>
        <translation>Import valid rows</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Import quotas</source>
        <translation>Import quotas</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Save the quota template</source>
        <translation>Save the quota template</translation>
    </message>
    <message>
        <source>quotas-template.csv</source>
        <translation>quotas-template.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>%1 rows read (%2). Check them against the matches before importing.</source>
        <translation>%1 rows read (%2). Check them against the matches before importing.</translation>
    </message>
    <message>
        <source>Choose at least one match.</source>
        <translation>Choose at least one match.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>%1 of %2 rows can be imported; %3 have problems (red).</source>
        <translation>%1 of %2 rows can be imported; %3 have problems (red).</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>Imported %1 rows (%2 quotas, %3 seats); %4 rows were rejected and are listed in the import&apos;s error report.</source>
        <translation>Imported %1 rows (%2 quotas, %3 seats); %4 rows were rejected and are listed in the import&apos;s error report.</translation>
    </message>
</context>
<context>
    <name>Tribina::QuotaManagerPage</name>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Past deadline</source>
        <translation>Past deadline</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Fully claimed</source>
        <translation>Fully claimed</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>New quota…</source>
        <translation>New quota…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>Cancel quota…</source>
        <translation>Cancel quota…</translation>
    </message>
    <message>
        <source>Export seats (CSV)…</source>
        <translation>Export seats (CSV)…</translation>
    </message>
    <message>
        <source>Summary (PDF)…</source>
        <translation>Summary (PDF)…</translation>
    </message>
    <message>
        <source>Match:</source>
        <translation>Match:</translation>
    </message>
    <message>
        <source>Filter by recipient or e-mail</source>
        <translation>Filter by recipient or e-mail</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Allocated</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Delegated</source>
        <translation>Delegated</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithm</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Sub-quotas of the selected quota:</source>
        <translation>Sub-quotas of the selected quota:</translation>
    </message>
    <message>
        <source>Allocate these seats</source>
        <translation>Allocate these seats</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>There are no matches with a stadium layout yet.</source>
        <translation>There are no matches with a stadium layout yet.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message numerus="yes">
        <source>%n quota(s).</source>
        <translation>
            <numerusform>%n quota.</numerusform>
            <numerusform>%n quotas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — quota: %2</source>
        <translation>%1 — quota: %2</translation>
    </message>
    <message>
        <source>%1 — proposed for %2</source>
        <translation>%1 — proposed for %2</translation>
    </message>
    <message>
        <source>Choose a match first.</source>
        <translation>Choose a match first.</translation>
    </message>
    <message numerus="yes">
        <source>Proposed %n seat(s) for %1: click seats to take them out or add free ones in the allowed sectors, then allocate.</source>
        <translation>
            <numerusform>Proposed %n seat for %1: click seats to take them out or add free ones in the allowed sectors, then allocate.</numerusform>
            <numerusform>Proposed %n seats for %1: click seats to take them out or add free ones in the allowed sectors, then allocate.</numerusform>
        </translation>
    </message>
    <message>
        <source>That seat is not free.</source>
        <translation>That seat is not free.</translation>
    </message>
    <message>
        <source>That seat is not in one of the quota&apos;s sectors.</source>
        <translation>That seat is not in one of the quota&apos;s sectors.</translation>
    </message>
    <message numerus="yes">
        <source>The quota has %n seat(s) already; take one out first.</source>
        <translation>
            <numerusform>The quota has %n seat already; take one out first.</numerusform>
            <numerusform>The quota has %n seats already; take one out first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposal for %1: %2 of %3 seats.</source>
        <translation>Proposal for %1: %2 of %3 seats.</translation>
    </message>
    <message>
        <source>Create a quota to see its proposed seats here.</source>
        <translation>Create a quota to see its proposed seats here.</translation>
    </message>
    <message numerus="yes">
        <source>Quota for %1 created with %n seat(s).</source>
        <translation>
            <numerusform>Quota for %1 created with %n seat.</numerusform>
            <numerusform>Quota for %1 created with %n seats.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a quota in the table first.</source>
        <translation>Select a quota in the table first.</translation>
    </message>
    <message>
        <source>Cancel quota</source>
        <translation>Cancel quota</translation>
    </message>
    <message>
        <source>Which seats go back on sale? Sold tickets are never touched.</source>
        <translation>Which seats go back on sale? Sold tickets are never touched.</translation>
    </message>
    <message>
        <source>All unused (allocated and reserved)</source>
        <translation>All unused (allocated and reserved)</translation>
    </message>
    <message>
        <source>Unfulfilled only (allocated; reservations stay)</source>
        <translation>Unfulfilled only (allocated; reservations stay)</translation>
    </message>
    <message numerus="yes">
        <source>Quota cancelled; %n seat(s) are on sale again.</source>
        <translation>
            <numerusform>Quota cancelled; %n seat is on sale again.</numerusform>
            <numerusform>Quota cancelled; %n seats are on sale again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quota summary</source>
        <translation>Quota summary</translation>
    </message>
    <message>
        <source>Quota seat list</source>
        <translation>Quota seat list</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>This match already has a petrol station allocation (%1). A match has only one: cancel that quota first.</source>
        <translation>This match already has a petrol station allocation (%1). A match has only one: cancel that quota first.</translation>
    </message>
    <message>
        <source>Use for petrol stations…</source>
        <translation>Use for petrol stations…</translation>
    </message>
    <message>
        <source>Make the selected quota this match&apos;s petrol station allocation: PIN redemptions at petrol stations take their seats from it.</source>
        <translation>Make the selected quota this match&apos;s petrol station allocation: PIN redemptions at petrol stations take their seats from it.</translation>
    </message>
    <message>
        <source>Petrol</source>
        <translation>Petrol</translation>
    </message>
    <message>
        <source>The match&apos;s petrol station allocation</source>
        <translation>The match&apos;s petrol station allocation</translation>
    </message>
    <message>
        <source>Petrol stations</source>
        <translation>Petrol stations</translation>
    </message>
    <message>
        <source>Petrol station allocation: PIN redemptions at petrol stations take their seats from this quota.</source>
        <translation>Petrol station allocation: PIN redemptions at petrol stations take their seats from this quota.</translation>
    </message>
    <message numerus="yes">
        <source>Quota for %1 created with %n seat(s) as the petrol station allocation.</source>
        <translation>
            <numerusform>Quota for %1 created with %n seat as the petrol station allocation.</numerusform>
            <numerusform>Quota for %1 created with %n seats as the petrol station allocation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Petrol station allocation</source>
        <translation>Petrol station allocation</translation>
    </message>
    <message>
        <source>Use the quota for %1 as this match&apos;s petrol station allocation? PIN redemptions at petrol stations will take its free seats. A match has only one; to stop using it, cancel the quota.</source>
        <translation>Use the quota for %1 as this match&apos;s petrol station allocation? PIN redemptions at petrol stations will take its free seats. A match has only one; to stop using it, cancel the quota.</translation>
    </message>
    <message>
        <source>The quota for %1 is now the petrol station allocation.</source>
        <translation>The quota for %1 is now the petrol station allocation.</translation>
    </message>
</context>
<context>
    <name>Tribina::QuotaMap</name>
    <message>
        <source>Free</source>
        <translation>Free</translation>
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
        <translation>Cannot read the matches</translation>
    </message>
    <message>
        <source>Cannot read the sectors</source>
        <translation>Cannot read the sectors</translation>
    </message>
    <message>
        <source>Cannot read the quotas</source>
        <translation>Cannot read the quotas</translation>
    </message>
    <message>
        <source>Cannot read the quota</source>
        <translation>Cannot read the quota</translation>
    </message>
    <message>
        <source>There is no quota %1.</source>
        <translation>There is no quota %1.</translation>
    </message>
    <message>
        <source>Cannot read the quota&apos;s seats</source>
        <translation>Cannot read the quota&apos;s seats</translation>
    </message>
    <message>
        <source>Cannot read the sub-quotas</source>
        <translation>Cannot read the sub-quotas</translation>
    </message>
    <message>
        <source>Cannot create the quota: %1</source>
        <translation>Cannot create the quota: %1</translation>
    </message>
    <message>
        <source>Cannot allocate the seats: %1</source>
        <translation>Cannot allocate the seats: %1</translation>
    </message>
    <message>
        <source>Cannot change the quota&apos;s seats: %1</source>
        <translation>Cannot change the quota&apos;s seats: %1</translation>
    </message>
    <message>
        <source>Cannot cancel the quota: %1</source>
        <translation>Cannot cancel the quota: %1</translation>
    </message>
    <message>
        <source>The quota for %1 is cancelled.</source>
        <translation>The quota for %1 is cancelled.</translation>
    </message>
    <message>
        <source>The quota for %1 has all its %2 seats already.</source>
        <translation>The quota for %1 has all its %2 seats already.</translation>
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
        <translation>The quota does not exist (any more).</translation>
    </message>
    <message>
        <source>The quota for %1 is cancelled; a cancelled quota cannot be the petrol station allocation.</source>
        <translation>The quota for %1 is cancelled; a cancelled quota cannot be the petrol station allocation.</translation>
    </message>
    <message>
        <source>This match already has a petrol station allocation (%1). A match has only one: cancel that quota first.</source>
        <translation>This match already has a petrol station allocation (%1). A match has only one: cancel that quota first.</translation>
    </message>
    <message>
        <source>marked meanwhile by another administrator</source>
        <translation>marked meanwhile by another administrator</translation>
    </message>
    <message>
        <source>Cannot mark the petrol station allocation</source>
        <translation>Cannot mark the petrol station allocation</translation>
    </message>
</context>
<context>
    <name>Tribina::RefundDialog</name>
    <message>
        <source>The whole order</source>
        <translation>The whole order</translation>
    </message>
    <message>
        <source>Cancel (no money back: the ticket was never paid)</source>
        <translation>Cancel (no money back: the ticket was never paid)</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Kick-off is less than 48 hours away: a reason is required. The ticket price is refunded; the service fee is kept.</source>
        <translation>Kick-off is less than 48 hours away: a reason is required. The ticket price is refunded; the service fee is kept.</translation>
    </message>
    <message>
        <source>The ticket price is refunded; the service fee is kept.</source>
        <translation>The ticket price is refunded; the service fee is kept.</translation>
    </message>
    <message>
        <source>Ticket or order:</source>
        <translation>Ticket or order:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Scan the ticket or type its barcode or the order number</source>
        <translation>Scan the ticket or type its barcode or the order number</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Looking up %1…</translation>
    </message>
    <message>
        <source>No ticket has the barcode %1.</source>
        <translation>No ticket has the barcode %1.</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>There is no order %1.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>sold</source>
        <translation>sold</translation>
    </message>
    <message>
        <source>not refundable (%1)</source>
        <translation>not refundable (%1)</translation>
    </message>
    <message>
        <source>%1 %2 — %3, %4 — %5</source>
        <translation>%1 %2 — %3, %4 — %5</translation>
    </message>
    <message>
        <source>The order has no ticket left to refund.</source>
        <translation>The order has no ticket left to refund.</translation>
    </message>
    <message>
        <source>This ticket cannot be refunded.</source>
        <translation>This ticket cannot be refunded.</translation>
    </message>
</context>
<context>
    <name>Tribina::RenumberDialog</name>
    <message>
        <source>Renumber rows: %1</source>
        <translation>Renumber rows: %1</translation>
    </message>
    <message>
        <source>A number (1, 2, 3, …) or capital letters (A, B, C, …)</source>
        <translation>A number (1, 2, 3, …) or capital letters (A, B, C, …)</translation>
    </message>
    <message>
        <source>Front row first</source>
        <translation>Front row first</translation>
    </message>
    <message>
        <source>Back row first</source>
        <translation>Back row first</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>Left to right</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>Right to left</translation>
    </message>
    <message>
        <source>Consecutive (1, 2, 3, …)</source>
        <translation>Consecutive (1, 2, 3, …)</translation>
    </message>
    <message>
        <source>Odd (1, 3, 5, …)</source>
        <translation>Odd (1, 3, 5, …)</translation>
    </message>
    <message>
        <source>Even (2, 4, 6, …)</source>
        <translation>Even (2, 4, 6, …)</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>First row</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>First seat number</source>
        <translation>First seat number</translation>
    </message>
    <message>
        <source>Seat direction</source>
        <translation>Seat direction</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
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
        <translation>Curved rows</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source>Row block</source>
        <translation>Row block</translation>
    </message>
    <message>
        <source>Add rows</source>
        <translation>Add rows</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Seats per row</source>
        <translation>Seats per row</translation>
    </message>
    <message>
        <source>Seat pitch</source>
        <translation>Seat pitch</translation>
    </message>
    <message>
        <source>Row depth</source>
        <translation>Row depth</translation>
    </message>
    <message>
        <source>Direction (straight)</source>
        <translation>Direction (straight)</translation>
    </message>
    <message>
        <source>Radius (curved)</source>
        <translation>Radius (curved)</translation>
    </message>
    <message>
        <source>Start angle (curved)</source>
        <translation>Start angle (curved)</translation>
    </message>
    <message>
        <source>Sweep (curved)</source>
        <translation>Sweep (curved)</translation>
    </message>
</context>
<context>
    <name>Tribina::RowBlockTool</name>
    <message>
        <source>New sector</source>
        <translation>New sector</translation>
    </message>
    <message>
        <source>Row block</source>
        <translation>Row block</translation>
    </message>
</context>
<context>
    <name>Tribina::SalesPhasesPanel</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Tickets per buyer</source>
        <translation>Tickets per buyer</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Until:</translation>
    </message>
    <message>
        <source>Tickets per buyer:</source>
        <translation>Tickets per buyer:</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Add phase</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <source>Select the phase to update.</source>
        <translation>Select the phase to update.</translation>
    </message>
    <message>
        <source>Sales phase saved.</source>
        <translation>Sales phase saved.</translation>
    </message>
    <message>
        <source>Sales phases</source>
        <translation>Sales phases</translation>
    </message>
</context>
<context>
    <name>Tribina::SeatMap</name>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Allocated to a quota</source>
        <translation>Allocated to a quota</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>Technical position</source>
        <translation>Technical position</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>Quarantined</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Sector %1 (%2), row %3, seat %4: %5</source>
        <translation>Sector %1 (%2), row %3, seat %4: %5</translation>
    </message>
    <message>
        <source>, held by this counter</source>
        <translation>, held by this counter</translation>
    </message>
    <message>
        <source>, wheelchair place</source>
        <translation>, wheelchair place</translation>
    </message>
    <message>
        <source>, companion seat</source>
        <translation>, companion seat</translation>
    </message>
    <message>
        <source> (selected)</source>
        <translation> (selected)</translation>
    </message>
    <message>
        <source>Sector %1 (%2): %3 places, no seat map</source>
        <translation>Sector %1 (%2): %3 places, no seat map</translation>
    </message>
    <message>
        <source>Sector %1 (%2): %3 of %4 available</source>
        <translation>Sector %1 (%2): %3 of %4 available</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Held by this counter</source>
        <translation>Held by this counter</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Selected</translation>
    </message>
    <message>
        <source>Available: %1</source>
        <translation>Available: %1</translation>
    </message>
</context>
<context>
    <name>Tribina::SeatMapMinimap</name>
    <message>
        <source>Overview: click or drag to move the seat map</source>
        <translation>Overview: click or drag to move the seat map</translation>
    </message>
</context>
<context>
    <name>Tribina::SeatProposer</name>
    <message>
        <source>Nothing to reserve.</source>
        <translation>Nothing to reserve.</translation>
    </message>
    <message numerus="yes">
        <source>The petrol allocation has only %n free seat(s) left.</source>
        <translation>
            <numerusform>The petrol allocation has only %n free seat left.</numerusform>
            <numerusform>The petrol allocation has only %n free seats left.</numerusform>
        </translation>
    </message>
    <message>
        <source>The petrol seats do not match the stadium layout.</source>
        <translation>The petrol seats do not match the stadium layout.</translation>
    </message>
</context>
<context>
    <name>Tribina::SeatTypeBrushTool</name>
    <message>
        <source>Remove seats</source>
        <translation>Remove seats</translation>
    </message>
    <message>
        <source>Seat type brush</source>
        <translation>Seat type brush</translation>
    </message>
</context>
<context>
    <name>Tribina::SectorOutlineTool</name>
    <message>
        <source>New sector</source>
        <translation>New sector</translation>
    </message>
    <message>
        <source>Draw outline</source>
        <translation>Draw outline</translation>
    </message>
</context>
<context>
    <name>Tribina::SectorPropertyPanel</name>
    <message>
        <source>Select a sector to edit its properties.</source>
        <translation>Select a sector to edit its properties.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Standing</translation>
    </message>
    <message>
        <source>Capacity of a sector without seats (standing, or sold by sector)</source>
        <translation>Capacity of a sector without seats (standing, or sold by sector)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Manual capacity</source>
        <translation>Manual capacity</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>%1 seats, %2 rows, capacity %3</source>
        <translation>%1 seats, %2 rows, capacity %3</translation>
    </message>
</context>
<context>
    <name>Tribina::SelectTool</name>
    <message>
        <source>Select</source>
        <translation>Select</translation>
    </message>
</context>
<context>
    <name>Tribina::ShiftCloseDialog</name>
    <message>
        <source>Close shift</source>
        <translation>Close shift</translation>
    </message>
    <message>
        <source>Float:</source>
        <translation>Float:</translation>
    </message>
    <message>
        <source>Cash sales:</source>
        <translation>Cash sales:</translation>
    </message>
    <message>
        <source>Card sales:</source>
        <translation>Card sales:</translation>
    </message>
    <message>
        <source>Refunds (cash / card):</source>
        <translation>Refunds (cash / card):</translation>
    </message>
    <message>
        <source>Expected cash:</source>
        <translation>Expected cash:</translation>
    </message>
    <message>
        <source>Counted cash:</source>
        <translation>Counted cash:</translation>
    </message>
    <message>
        <source>Discrepancy:</source>
        <translation>Discrepancy:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Close shift and print report</source>
        <translation>Close shift and print report</translation>
    </message>
    <message>
        <source>The counted cash differs: say why.</source>
        <translation>The counted cash differs: say why.</translation>
    </message>
</context>
<context>
    <name>Tribina::ShiftOpenDialog</name>
    <message>
        <source>Open shift</source>
        <translation>Open shift</translation>
    </message>
    <message>
        <source>Count the cash in the drawer before the first sale.</source>
        <translation>Count the cash in the drawer before the first sale.</translation>
    </message>
    <message>
        <source>Cash float:</source>
        <translation>Cash float:</translation>
    </message>
</context>
<context>
    <name>Tribina::SnakeConfigDialog</name>
    <message>
        <source>Sell this sector in snake order</source>
        <translation>Sell this sector in snake order</translation>
    </message>
    <message>
        <source>Snake order: %1</source>
        <translation>Snake order: %1</translation>
    </message>
    <message>
        <source>Best row, then the rows behind it</source>
        <translation>Best row, then the rows behind it</translation>
    </message>
    <message>
        <source>Best row, then the rows in front of it</source>
        <translation>Best row, then the rows in front of it</translation>
    </message>
    <message>
        <source>From the middle outwards</source>
        <translation>From the middle outwards</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>Left to right</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>Right to left</translation>
    </message>
    <message>
        <source>Best row</source>
        <translation>Best row</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Then</translation>
    </message>
    <message>
        <source>Within a row</source>
        <translation>Within a row</translation>
    </message>
</context>
<context>
    <name>Tribina::StadiumEditor</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The layout has unsaved changes. Save them as a draft before closing?</source>
        <translation>The layout has unsaved changes. Save them as a draft before closing?</translation>
    </message>
    <message>
        <source>New layout</source>
        <translation>New layout</translation>
    </message>
    <message>
        <source>Start an empty layout</source>
        <translation>Start an empty layout</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Open a stadium&apos;s layout from the database</source>
        <translation>Open a stadium&apos;s layout from the database</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Store the layout as the stadium&apos;s draft</source>
        <translation>Store the layout as the stadium&apos;s draft</translation>
    </message>
    <message>
        <source>Activate…</source>
        <translation>Activate…</translation>
    </message>
    <message>
        <source>Make the saved draft the stadium&apos;s active layout</source>
        <translation>Make the saved draft the stadium&apos;s active layout</translation>
    </message>
    <message>
        <source>Import JSON…</source>
        <translation>Import JSON…</translation>
    </message>
    <message>
        <source>Read a layout from a JSON file</source>
        <translation>Read a layout from a JSON file</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Export JSON…</translation>
    </message>
    <message>
        <source>Write the layout to a JSON file</source>
        <translation>Write the layout to a JSON file</translation>
    </message>
    <message>
        <source>Export map…</source>
        <translation>Export map…</translation>
    </message>
    <message>
        <source>Write the seat map to a PNG, SVG or PDF file</source>
        <translation>Write the seat map to a PNG, SVG or PDF file</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Select</translation>
    </message>
    <message>
        <source>Select, move (drag) and rotate (Ctrl+drag, R) sectors</source>
        <translation>Select, move (drag) and rotate (Ctrl+drag, R) sectors</translation>
    </message>
    <message>
        <source>Row block</source>
        <translation>Row block</translation>
    </message>
    <message>
        <source>Add a block of rows: click where the front row starts, Enter adds it</source>
        <translation>Add a block of rows: click where the front row starts, Enter adds it</translation>
    </message>
    <message>
        <source>Draw outline</source>
        <translation>Draw outline</translation>
    </message>
    <message>
        <source>Draw a sector outline: click its corners, double-click or Enter closes it, Esc cancels. Replaces the selected sector&apos;s outline or adds a new sector</source>
        <translation>Draw a sector outline: click its corners, double-click or Enter closes it, Esc cancels. Replaces the selected sector&apos;s outline or adds a new sector</translation>
    </message>
    <message>
        <source>Seat type</source>
        <translation>Seat type</translation>
    </message>
    <message>
        <source>Set the type of the seats you click or drag a rectangle over</source>
        <translation>Set the type of the seats you click or drag a rectangle over</translation>
    </message>
    <message>
        <source>Remove seats</source>
        <translation>Remove seats</translation>
    </message>
    <message>
        <source>Remove the seats you click or drag a rectangle over</source>
        <translation>Remove the seats you click or drag a rectangle over</translation>
    </message>
    <message>
        <source>Restore seats</source>
        <translation>Restore seats</translation>
    </message>
    <message>
        <source>Bring back every removed seat of the selected sector</source>
        <translation>Bring back every removed seat of the selected sector</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Copy the selected sector next to it</source>
        <translation>Copy the selected sector next to it</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Mirror</translation>
    </message>
    <message>
        <source>Copy the selected sector to the opposite stand</source>
        <translation>Copy the selected sector to the opposite stand</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotate</translation>
    </message>
    <message>
        <source>Rotate the selected sectors by 15°</source>
        <translation>Rotate the selected sectors by 15°</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Remove the selected sectors</source>
        <translation>Remove the selected sectors</translation>
    </message>
    <message>
        <source>Snake order…</source>
        <translation>Snake order…</translation>
    </message>
    <message>
        <source>How the best-seat allocator orders the selected sector&apos;s seats</source>
        <translation>How the best-seat allocator orders the selected sector&apos;s seats</translation>
    </message>
    <message>
        <source>Renumber rows…</source>
        <translation>Renumber rows…</translation>
    </message>
    <message>
        <source>Relabel the selected sector&apos;s rows and renumber their seats</source>
        <translation>Relabel the selected sector&apos;s rows and renumber their seats</translation>
    </message>
    <message>
        <source>Show ranking</source>
        <translation>Show ranking</translation>
    </message>
    <message>
        <source>Colour the seats by their snake rank (green: sold first)</source>
        <translation>Colour the seats by their snake rank (green: sold first)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Show the whole stadium</source>
        <translation>Show the whole stadium</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>The type the seat type brush sets</source>
        <translation>The type the seat type brush sets</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technical</translation>
    </message>
    <message>
        <source>Wheelchair</source>
        <translation>Wheelchair</translation>
    </message>
    <message>
        <source>Companion</source>
        <translation>Companion</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>&lt;opened layout&gt;</source>
        <translation>&lt;opened layout&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Autosave failed: %1</translation>
    </message>
    <message>
        <source>Draft autosaved to %1</source>
        <translation>Draft autosaved to %1</translation>
    </message>
    <message>
        <source>New stadium</source>
        <translation>New stadium</translation>
    </message>
    <message>
        <source>Loading the list of stadiums…</source>
        <translation>Loading the list of stadiums…</translation>
    </message>
    <message>
        <source>Open layout</source>
        <translation>Open layout</translation>
    </message>
    <message>
        <source>%1, %2 (draft %3)</source>
        <translation>%1, %2 (draft %3)</translation>
    </message>
    <message>
        <source>%1, %2 (version %3)</source>
        <translation>%1, %2 (version %3)</translation>
    </message>
    <message>
        <source>Stadium:</source>
        <translation>Stadium:</translation>
    </message>
    <message>
        <source>Opened %1, version %2</source>
        <translation>Opened %1, version %2</translation>
    </message>
    <message>
        <source>Saving the draft…</source>
        <translation>Saving the draft…</translation>
    </message>
    <message>
        <source>Draft saved as version %1</source>
        <translation>Draft saved as version %1</translation>
    </message>
    <message>
        <source>Activate layout</source>
        <translation>Activate layout</translation>
    </message>
    <message>
        <source>Make version %1 the active layout of %2? Matches configured from now on use it.</source>
        <translation>Make version %1 the active layout of %2? Matches configured from now on use it.</translation>
    </message>
    <message>
        <source>Activating…</source>
        <translation>Activating…</translation>
    </message>
    <message>
        <source>Version %1 is active: %2 places</source>
        <translation>Version %1 is active: %2 places</translation>
    </message>
    <message numerus="yes">
        <source>The layout cannot be activated: it has %n error(s).</source>
        <translation>
            <numerusform>The layout cannot be activated: it has %n error.</numerusform>
            <numerusform>The layout cannot be activated: it has %n errors.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the draft first: the saved draft is what is activated.</source>
        <translation>Save the draft first: the saved draft is what is activated.</translation>
    </message>
    <message>
        <source>Import layout</source>
        <translation>Import layout</translation>
    </message>
    <message>
        <source>Layouts (*.json)</source>
        <translation>Layouts (*.json)</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Imported %1</translation>
    </message>
    <message>
        <source>Export layout</source>
        <translation>Export layout</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>No removed seats in this sector.</source>
        <translation>No removed seats in this sector.</translation>
    </message>
    <message>
        <source>The sector has no rows to renumber.</source>
        <translation>The sector has no rows to renumber.</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Export map</translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .svg or .pdf.</source>
        <translation>Choose a file ending in .png, .svg or .pdf.</translation>
    </message>
    <message>
        <source>Exported the map to %1</source>
        <translation>Exported the map to %1</translation>
    </message>
    <message>
        <source>Images and documents (*.png *.svg *.pdf);;PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</source>
        <translation>Images and documents (*.png *.svg *.pdf);;PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Stadium properties…</source>
        <translation>Stadium properties…</translation>
    </message>
    <message>
        <source>Name, city, country, address and type of the stadium</source>
        <translation>Name, city, country, address and type of the stadium</translation>
    </message>
</context>
<context>
    <name>Tribina::StadiumPropertiesDialog</name>
    <message>
        <source>Seats are numbered (sold seat by seat)</source>
        <translation>Seats are numbered (sold seat by seat)</translation>
    </message>
    <message>
        <source>Stadium properties</source>
        <translation>Stadium properties</translation>
    </message>
    <message>
        <source>Home stadium (configured by the federation)</source>
        <translation>Home stadium (configured by the federation)</translation>
    </message>
    <message>
        <source>Away venue</source>
        <translation>Away venue</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country (ISO code)</source>
        <translation>Country (ISO code)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>The stadium needs a name.</source>
        <translation>The stadium needs a name.</translation>
    </message>
    <message>
        <source>The stadium needs a city.</source>
        <translation>The stadium needs a city.</translation>
    </message>
    <message>
        <source>The country is a two-letter ISO code such as HR.</source>
        <translation>The country is a two-letter ISO code such as HR.</translation>
    </message>
</context>
</TS>
