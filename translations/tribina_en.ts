<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
Connection: PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD or ~/.pgpass, or --uri;
--demo connects to the embedded cluster as its superuser.
</translation>
    </message>
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
    <name>Tribina::ModulePage</name>
    <message>
        <source>Matches, price lists, stadium layouts, staff accounts and the blacklist will be managed here.</source>
        <translation>Matches, price lists, stadium layouts, staff accounts and the blacklist will be managed here.</translation>
    </message>
    <message>
        <source>Counter sales on the seat map, ticket holders, payments, refunds and the shift close will be here.</source>
        <translation>Counter sales on the seat map, ticket holders, payments, refunds and the shift close will be here.</translation>
    </message>
    <message>
        <source>Petrol station staff will redeem the PINs of pre-paid orders and print the tickets here.</source>
        <translation>Petrol station staff will redeem the PINs of pre-paid orders and print the tickets here.</translation>
    </message>
    <message>
        <source>Tickets of fans whose phone or printout failed will be found and reprinted here, even when the server cannot be reached.</source>
        <translation>Tickets of fans whose phone or printout failed will be found and reprinted here, even when the server cannot be reached.</translation>
    </message>
    <message>
        <source>Seats set aside for clubs, sponsors, media and away fans will be allocated and tracked here.</source>
        <translation>Seats set aside for clubs, sponsors, media and away fans will be allocated and tracked here.</translation>
    </message>
    <message>
        <source>Sales, attendance and revenue reports with charts and exports will be here.</source>
        <translation>Sales, attendance and revenue reports with charts and exports will be here.</translation>
    </message>
    <message>
        <source>This module is being built.</source>
        <translation>This module is being built.</translation>
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
</TS>
