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
    <name>Tribina::LayoutEditorPage</name>
    <message>
        <source>Stadium layouts can be edited once the database connection is open.</source>
        <translation>Stadium layouts can be edited once the database connection is open.</translation>
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
</context>
</TS>
