#include "demotickets.h"

#include "db/bulkinsert.h"
#include "db/sqlerrors.h"
#include "db/sqltext.h"
#include "domain/oib.h"
#include "pricing/feerepository.h"
#include "printing/barcodegenerator.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Tribina {

namespace {

QString uuidText(const QUuid &id) { return id.toString(QUuid::WithoutBraces); }

QString numeric(qint64 cents)
{
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

QString arrayLiteral(const QStringList &values)
{
    QString literal = QStringLiteral("{");
    for (const QString &v : values) {
        if (literal.size() > 1)
            literal += QLatin1Char(',');
        BulkInsert::appendElement(literal, v);
    }
    return literal + QLatin1Char('}');
}

// Croatian first names and surnames, diacritics included; foreign fans of the visiting side.
const char16_t *const kMaleNames[] = {u"Ivan", u"Luka", u"Marko", u"Josip", u"Matej", u"Petar", u"Ante", u"Tomislav",
                                      u"Dario", u"Krešimir", u"Zvonimir", u"Domagoj", u"Filip", u"Nikola", u"Stjepan",
                                      u"Mario", u"Hrvoje", u"Goran", u"Dražen", u"Željko", u"Borna", u"Jakov", u"Šime",
                                      u"Frano", u"Đuro", u"Vedran", u"Bruno", u"Karlo", u"Lovro", u"Toni"};
const char16_t *const kFemaleNames[] = {u"Ana", u"Ivana", u"Marija", u"Petra", u"Lucija", u"Mia", u"Ema", u"Sara",
                                        u"Katarina", u"Nikolina", u"Maja", u"Martina", u"Željka", u"Snježana",
                                        u"Gordana", u"Dubravka", u"Tena", u"Lana", u"Klara", u"Đurđica", u"Vesna",
                                        u"Mirjana", u"Dora", u"Nika", u"Iva"};
const char16_t *const kSurnames[] = {u"Horvat", u"Kovačević", u"Babić", u"Marić", u"Jurić", u"Novak", u"Kovačić",
                                     u"Knežević", u"Vuković", u"Marković", u"Petrović", u"Matić", u"Tomić", u"Pavlović",
                                     u"Božić", u"Blažević", u"Grgić", u"Pavić", u"Radić", u"Perić", u"Šarić", u"Lovrić",
                                     u"Vidović", u"Perković", u"Popović", u"Bošnjak", u"Jukić", u"Barišić", u"Filipović",
                                     u"Šimić", u"Čačić", u"Žužić", u"Đurić", u"Mikulić", u"Ćosić", u"Rukavina",
                                     u"Brajković", u"Galić", u"Lončar", u"Zorić", u"Šimunović", u"Mandžukić",
                                     u"Modrić", u"Perišić", u"Vrsaljko", u"Čorluka", u"Šuker", u"Prosinečki"};
const char16_t *const kForeignFirst[] = {u"João", u"Rui", u"Tiago", u"Inês", u"Beatriz", u"Gonçalo", u"Miguel",
                                         u"Sofia", u"Emma", u"Lukas", u"Anna", u"Jonas", u"Lena"};
const char16_t *const kForeignLast[] = {u"Silva", u"Santos", u"Ferreira", u"Pereira", u"Oliveira", u"Gonçalves",
                                        u"Rodrigues", u"Müller", u"Schmidt", u"Fischer", u"Weber", u"Bauer"};

template<typename T, size_t N>
QString pick(QRandomGenerator &random, T (&list)[N])
{
    return QString::fromUtf16(list[random.bounded(int(N))]);
}

/// "Šimić" → "simic", "Đurđica" → "djurdjica": the local part of an e-mail address.
QString asciiName(const QString &name)
{
    QString out;
    for (const QChar c : name.toLower()) {
        switch (c.unicode()) {
        case u'č': case u'ć': out += QLatin1Char('c'); break;
        case u'đ': out += QLatin1String("dj"); break;
        case u'š': out += QLatin1Char('s'); break;
        case u'ž': out += QLatin1Char('z'); break;
        case u'ã': case u'á': out += QLatin1Char('a'); break;
        case u'ç': out += QLatin1Char('c'); break;
        case u'ê': case u'é': out += QLatin1Char('e'); break;
        case u'ü': out += QLatin1String("ue"); break;
        case u' ': case u'-': out += QLatin1Char('.'); break;
        default:
            if (c.unicode() < 128)
                out += c;
        }
    }
    return out;
}

struct Seat
{
    QString inventoryId;
    QString sectorAndRow;
    qint64 priceCents = 0;
};

struct Person
{
    QString fullName, firstName, lastName, email, phone, oib, passport, nationality, birthDate;
    bool minor = false;
};

} // namespace

QString DemoTickets::randomOib(QRandomGenerator &random)
{
    QString digits = QString::number(random.bounded(1, 10));
    for (int i = 0; i < 9; ++i)
        digits += QString::number(random.bounded(10));
    return digits + QString::number(Oib::checkDigit(digits));
}

Outcome DemoTickets::seed(const QUuid &matchId, const QString &adminUserId,
                          const std::function<void(const QString &)> &say, Summary *summary)
{
    QString error;
    const auto failed = [&error](const QString &what) {
        return Outcome::failure(tr("Seeding the demo tickets failed (%1): %2").arg(what, error));
    };
    const auto exec = [&](const QString &sql, const QVariantList &values, QVariant *first = nullptr) {
        return SqlText::exec(m_db, sql, values, &error, first);
    };
    const QString match = uuidText(matchId);
    if (say)
        say(tr("Selling %n demo ticket(s) through the online shop…", nullptr, kTickets));
    QRandomGenerator random(m_seed);

    FeeRates rates;
    if (Outcome o = loadFeeRates(m_db, matchId, &rates); !o)
        return o;

    // Seats on sale, in row order so that an order can take neighbouring seats.
    QList<Seat> seats;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(SqlText::withValues(m_db, QStringLiteral(
                "SELECT i.id, c.code || '/' || s.row_identifier, (pc.price * 100)::bigint"
                " FROM match_seat_inventory i"
                " JOIN seats s ON s.id = i.seat_id JOIN sectors c ON c.id = s.sector_id"
                " JOIN match_sectors ms ON ms.match_id = i.match_id AND ms.sector_id = c.id"
                " JOIN price_categories pc ON pc.id = ms.price_category_id"
                " WHERE i.match_id = ?::uuid AND i.status = 'AVAILABLE' AND s.seat_type = 'STANDARD'"
                "   AND ms.purpose IN ('GENERAL', 'VIP') AND pc.price > 0"
                " ORDER BY c.code, s.row_identifier, lpad(s.seat_number, 10, '0')"), {match}))) {
            error = describe(q.lastError());
            return failed(QStringLiteral("seats"));
        }
        while (q.next())
            seats.append(Seat{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    }
    if (seats.size() < kTickets * 2) {
        error = QStringLiteral("%1 seats on sale").arg(seats.size());
        return failed(QStringLiteral("seats"));
    }

    // Orders of 1–4 neighbouring seats (mostly pairs) scattered over the stadium.
    QList<QList<int>> orders;
    QList<bool> taken(seats.size(), false);
    int sold = 0;
    for (int attempt = 0; sold < kTickets && attempt < kTickets * 100; ++attempt) {
        const int roll = random.bounded(100);
        int size = roll < 30 ? 1 : roll < 70 ? 2 : roll < 85 ? 3 : 4;
        size = qMin(size, kTickets - sold);
        const int start = random.bounded(int(seats.size()) - size);
        bool fits = true;
        for (int i = start; i < start + size && fits; ++i)
            fits = !taken[i] && seats[i].sectorAndRow == seats[start].sectorAndRow;
        if (!fits)
            continue;
        QList<int> order;
        for (int i = start; i < start + size; ++i) {
            taken[i] = true;
            order << i;
        }
        orders << order;
        sold += size;
    }
    if (sold != kTickets) {
        error = QStringLiteral("only %1 seats placed").arg(sold);
        return failed(QStringLiteral("seats"));
    }

    // Barcodes: fresh random ones, none used before (a clash is drawn again, never reported).
    BarcodeGenerator barcodes;
    QStringList codes;
    {
        QSet<QString> drawn;
        while (codes.size() < kTickets) {
            const QString code = barcodes.next();
            if (!drawn.contains(code)) {
                drawn.insert(code);
                codes << code;
            }
        }
        QSqlQuery q(m_db);
        if (!q.exec(SqlText::withValues(m_db, QStringLiteral("SELECT barcode FROM tickets WHERE barcode = ANY (?::text[])"),
                                        {arrayLiteral(codes)}))) {
            error = describe(q.lastError());
            return failed(QStringLiteral("barcodes"));
        }
        while (q.next()) {
            QString fresh;
            do
                fresh = barcodes.next();
            while (drawn.contains(fresh));
            drawn.insert(fresh);
            codes[codes.indexOf(q.value(0).toString())] = fresh;
        }
    }

    QVariant phase;
    if (!exec(QStringLiteral("SELECT id FROM sales_phases WHERE match_id = ?::uuid ORDER BY start_at LIMIT 1"), {match}, &phase))
        return failed(QStringLiteral("sales_phases"));

    using C = BulkInsert::Column;
    const auto col = [](const char *name, const char *type) { return C{QLatin1String(name), QLatin1String(type)}; };
    BulkInsert users(m_db, QStringLiteral("users"), {col("id", "uuid"), col("drupal_user_id", "text"), col("email", "text"),
                                                     col("created_at", "timestamptz")});
    BulkInsert orderRows(m_db, QStringLiteral("orders"),
                         {col("id", "uuid"), col("user_id", "uuid"), col("match_id", "uuid"), col("order_number", "text"),
                          col("status", "order_status"), col("ticket_amount", "numeric"), col("ticket_vat_amount", "numeric"),
                          col("fee_amount", "numeric"), col("fee_vat_amount", "numeric"), col("total_amount", "numeric"),
                          col("sales_phase_id", "uuid"), col("created_at", "timestamptz"), col("completed_at", "timestamptz")});
    BulkInsert payments(m_db, QStringLiteral("payments"),
                        {col("order_id", "uuid"), col("stripe_payment_intent_id", "text"), col("stripe_charge_id", "text"),
                         col("amount", "numeric"), col("status", "payment_status"), col("method", "text"),
                         col("created_at", "timestamptz"), col("completed_at", "timestamptz")});
    BulkInsert tickets(m_db, QStringLiteral("tickets"),
                       {col("id", "uuid"), col("order_id", "uuid"), col("match_id", "uuid"),
                        col("match_seat_inventory_id", "uuid"), col("barcode", "text"), col("qr_code_data", "text"),
                        col("price_amount", "numeric"), col("fee_amount", "numeric"), col("created_at", "timestamptz")});
    // Holders go through a temporary table: IDs are encrypted and hashed by the database.
    if (!exec(QStringLiteral("CREATE TEMPORARY TABLE demo_holders (ticket_id uuid, full_name text, date_of_birth date,"
                             " nationality text, oib text, passport text, email text, phone text, is_minor boolean,"
                             " source holder_source) ON COMMIT DROP"), {}))
        return failed(QStringLiteral("demo_holders"));
    BulkInsert holders(m_db, QStringLiteral("demo_holders"),
                       {col("ticket_id", "uuid"), col("full_name", "text"), col("date_of_birth", "date"),
                        col("nationality", "text"), col("oib", "text"), col("passport", "text"), col("email", "text"),
                        col("phone", "text"), col("is_minor", "boolean"), col("source", "holder_source")});

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int year = now.date().year();
    QSet<QString> oibs;
    QSet<QString> emails;
    const auto person = [&]() {
        Person p;
        const bool foreign = random.bounded(100) < 6;
        const bool female = random.bounded(100) < 35;
        p.firstName = foreign ? pick(random, kForeignFirst) : female ? pick(random, kFemaleNames) : pick(random, kMaleNames);
        p.lastName = foreign ? pick(random, kForeignLast) : pick(random, kSurnames);
        if (!foreign && random.bounded(100) < 4) // double-barrelled surnames
            p.lastName += QLatin1Char('-') + pick(random, kSurnames);
        p.fullName = p.firstName + QLatin1Char(' ') + p.lastName;
        const int age = random.bounded(100) < 8 ? random.bounded(8, 18) : random.bounded(18, 80);
        p.minor = age < 18;
        p.birthDate = QDate(year - age - 1, random.bounded(1, 13), random.bounded(1, 29)).toString(Qt::ISODate);
        if (foreign) {
            p.nationality = random.bounded(100) < 70 ? QStringLiteral("PT") : QStringLiteral("DE");
            p.passport = QStringLiteral("%1%2").arg(p.nationality == QLatin1String("PT") ? QLatin1Char('P') : QLatin1Char('C'))
                             .arg(random.bounded(1000000, 9999999));
        } else {
            p.nationality = QStringLiteral("HR");
            do
                p.oib = randomOib(random);
            while (oibs.contains(p.oib));
            oibs.insert(p.oib);
        }
        QString email;
        do
            email = QStringLiteral("%1.%2%3@example.com").arg(asciiName(p.firstName), asciiName(p.lastName))
                        .arg(random.bounded(1, 1000));
        while (emails.contains(email));
        emails.insert(email);
        p.email = email;
        p.phone = foreign ? QStringLiteral("+351 9%1 %2 %3").arg(random.bounded(10, 100)).arg(random.bounded(100, 1000)).arg(random.bounded(100, 1000))
                          : QStringLiteral("+385 9%1 %2 %3").arg(QChar(u"125789"[random.bounded(6)]))
                                .arg(random.bounded(100, 1000)).arg(random.bounded(1000, 10000));
        return p;
    };

    Summary result;
    int ticketIndex = 0;
    const QString phaseId = phase.toString();
    QStringList singleTicketOrders; // ticket ids of orders with one ticket: cancelled or refunded later
    QStringList ticketIds;
    for (int n = 0; n < orders.size(); ++n) {
        const QList<int> &order = orders[n];
        const QString orderId = uuidText(QUuid::createUuid());
        const QString userId = uuidText(QUuid::createUuid());
        const Person buyer = person();
        const QDateTime createdAt = now.addSecs(-random.bounded(3600, 7 * 24 * 3600));
        const QString created = createdAt.toString(Qt::ISODateWithMs);
        const QString completed = createdAt.addSecs(random.bounded(20, 240)).toString(Qt::ISODateWithMs);
        users.add({userId, QStringLiteral("shop-%1").arg(n + 1, 6, 10, QLatin1Char('0')), buyer.email, created});

        PriceBreakdown total;
        for (int k = 0; k < order.size(); ++k) {
            const Seat &seat = seats[order[k]];
            const PriceBreakdown b = PriceBreakdown::compute(Money(seat.priceCents), rates.priceRates());
            total.add(b);
            const QString ticketId = uuidText(QUuid::createUuid());
            ticketIds << ticketId;
            if (order.size() == 1)
                singleTicketOrders << ticketId;
            tickets.add({ticketId, orderId, match, seat.inventoryId, codes[ticketIndex++], QStringLiteral("PENDING"),
                         numeric(b.ticketAmount.cents()), numeric(b.feeAmount.cents()), completed});
            // The buyer usually holds the first ticket; the others are family and friends.
            const Person holder = k == 0 && !buyer.minor ? buyer : person();
            if (!holder.passport.isEmpty())
                ++result.passports;
            holders.add({ticketId, holder.fullName, holder.birthDate, holder.nationality, holder.oib.isEmpty() ? QString() : holder.oib,
                         holder.passport.isEmpty() ? QString() : holder.passport, holder.email, holder.phone,
                         holder.minor ? QStringLiteral("t") : QStringLiteral("f"),
                         k == 0 ? QStringLiteral("DEFAULT_PROFILE") : QStringLiteral("SAVED_PROFILE")});
        }
        orderRows.add({orderId, userId, match, QStringLiteral("WEB-%1-%2").arg(year).arg(n + 1, 6, 10, QLatin1Char('0')),
                       QStringLiteral("COMPLETED"), numeric(total.ticketAmount.cents()), numeric(total.ticketVatAmount.cents()),
                       numeric(total.feeAmount.cents()), numeric(total.feeVatAmount.cents()), numeric(total.total().cents()),
                       phaseId.isEmpty() ? QString() : phaseId, created, completed});
        const QString intent = QStringLiteral("pi_demo_%1").arg(QString::fromLatin1(QUuid::createUuid().toRfc4122().toHex().left(24)));
        payments.add({orderId, intent, QStringLiteral("ch_demo_%1").arg(intent.mid(8)), numeric(total.total().cents()),
                      QStringLiteral("SUCCEEDED"), QStringLiteral("CARD"), created, completed});
    }
    for (BulkInsert *insert : {&users, &orderRows, &payments, &tickets, &holders}) {
        if (!insert->finish()) {
            error = insert->error();
            return failed(QStringLiteral("bulk insert"));
        }
    }
    result.orders = int(orders.size());
    result.tickets = int(ticketIds.size());

    QVariant count;
    const QString ids = arrayLiteral(ticketIds);
    // The seats are sold, by the buyer (a shop user, not staff). Conditional, so a seat that is
    // not AVAILABLE any more fails the seed.
    if (!exec(QStringLiteral("WITH s AS (UPDATE match_seat_inventory i SET status = 'SOLD', version = i.version + 1,"
                             " last_modified_by = o.user_id, last_modified_at = t.created_at"
                             " FROM tickets t JOIN orders o ON o.id = t.order_id"
                             " WHERE t.id = ANY (?::uuid[]) AND i.id = t.match_seat_inventory_id"
                             " AND i.status = 'AVAILABLE' RETURNING 1) SELECT count(*) FROM s"),
              {ids}, &count))
        return failed(QStringLiteral("match_seat_inventory"));
    if (count.toInt() != result.tickets) {
        error = QStringLiteral("%1 of %2 seats were still available").arg(count.toInt()).arg(result.tickets);
        return failed(QStringLiteral("match_seat_inventory"));
    }
    if (!exec(QStringLiteral("INSERT INTO ticket_holders (ticket_id, full_name, date_of_birth, nationality, oib_encrypted,"
                             " passport_encrypted, oib_hash, passport_hash, email, phone, is_minor, source)"
                             " SELECT ticket_id, full_name, date_of_birth, nationality, pii_encrypt(oib), pii_encrypt(passport),"
                             " pii_hash(oib), pii_hash(passport), email, phone, is_minor, source FROM demo_holders"), {}))
        return failed(QStringLiteral("ticket_holders"));
    // The database signs each ticket's QR payload (ticket_qr_sign stores it).
    if (!exec(QStringLiteral("SELECT count(ticket_qr_sign(id)) FROM tickets WHERE id = ANY (?::uuid[])"), {ids}, &count)
        || count.toInt() != result.tickets)
        return failed(QStringLiteral("ticket_qr_sign"));
    // One sale event per order, when it happened.
    if (!exec(QStringLiteral("INSERT INTO audit_outbox (audit_type, occurred_at, match_id, entity_id, payload)"
                             " SELECT 'sale', o.completed_at, o.match_id, o.id, jsonb_build_object('channel', 'ONLINE',"
                             " 'order_number', o.order_number, 'tickets', (SELECT count(*) FROM tickets t WHERE t.order_id = o.id),"
                             " 'total', o.total_amount, 'payment', 'CARD')"
                             " FROM orders o WHERE o.id IN (SELECT order_id FROM tickets WHERE id = ANY (?::uuid[])) ORDER BY o.completed_at"),
              {ids}))
        return failed(QStringLiteral("audit_outbox"));

    // A few tickets that emergency printing must refuse: cancelled by the fan in the shop, and
    // refunded at the fan's request through support (the seat is on sale again, the fee is
    // kept), and attended.
    if (singleTicketOrders.size() < kCancelled + kRefunded) {
        error = QStringLiteral("too few single-ticket orders");
        return failed(QStringLiteral("states"));
    }
    const struct { QString status; QString orderStatus; QString source; QStringList ids; } reversals[] = {
        {QStringLiteral("CANCELLED"), QStringLiteral("CANCELLED"), QStringLiteral("SELF_SERVICE"), singleTicketOrders.mid(0, kCancelled)},
        {QStringLiteral("REFUNDED"), QStringLiteral("REFUNDED"), QStringLiteral("SUPPORT"), singleTicketOrders.mid(kCancelled, kRefunded)},
    };
    for (const auto &r : reversals) {
        const QString list = arrayLiteral(r.ids);
        if (!exec(QStringLiteral("UPDATE tickets t SET status = ?::ticket_status, cancelled_at = now() - interval '1 day',"
                                 " cancelled_by = o.user_id, cancellation_reason = ?::ticket_cancel_reason"
                                 " FROM orders o WHERE o.id = t.order_id AND t.id = ANY (?::uuid[])"),
                  {r.status, r.source == QLatin1String("SUPPORT") ? QStringLiteral("SUPPORT_REQUEST") : QStringLiteral("SELF_SERVICE"), list})
            || !exec(QStringLiteral("UPDATE orders o SET status = ?::order_status, cancelled_at = now() - interval '1 day',"
                                    " cancelled_by = o.user_id, cancellation_reason = 'Demo: the fan could not come'"
                                    " FROM tickets t WHERE t.order_id = o.id AND t.id = ANY (?::uuid[])"),
                     {r.orderStatus, list})
            || !exec(QStringLiteral("UPDATE match_seat_inventory i SET status = 'AVAILABLE', version = i.version + 1,"
                                    " last_modified_by = o.user_id, last_modified_at = now() - interval '1 day'"
                                    " FROM tickets t JOIN orders o ON o.id = t.order_id"
                                    " WHERE t.id = ANY (?::uuid[]) AND i.id = t.match_seat_inventory_id"),
                     {list})
            || !exec(QStringLiteral("INSERT INTO refunds (order_id, ticket_id, payment_id, refund_amount, fee_retained, source, reason,"
                                    " status, requested_by, approved_by, created_at, completed_at)"
                                    " SELECT t.order_id, t.id, p.id, t.price_amount, t.fee_amount, ?::refund_source,"
                                    " 'Demo: the fan could not come', 'COMPLETED', o.user_id, ?::uuid,"
                                    " now() - interval '1 day', now() - interval '1 day'"
                                    " FROM tickets t JOIN orders o ON o.id = t.order_id JOIN payments p ON p.order_id = t.order_id"
                                    " WHERE t.id = ANY (?::uuid[])"),
                     {r.source, adminUserId, list})
            || !exec(QStringLiteral("INSERT INTO audit_outbox (audit_type, match_id, entity_id, payload)"
                                    " SELECT 'refund', t.match_id, t.id, jsonb_build_object('ticket_status', t.status,"
                                    " 'refund_amount', t.price_amount, 'fee_retained', t.fee_amount)"
                                    " FROM tickets t WHERE t.id = ANY (?::uuid[])"), {list}))
            return failed(r.status);
    }
    // Attended: multi-ticket orders only, so the single-ticket ones above stay distinct.
    if (!exec(QStringLiteral("UPDATE tickets SET status = 'ATTENDED', attended_at = now() - interval '2 hours'"
                             " WHERE id IN (SELECT t.id FROM tickets t WHERE t.id = ANY (?::uuid[]) AND t.status = 'SOLD'"
                             " AND (SELECT count(*) FROM tickets u WHERE u.order_id = t.order_id) > 1"
                             " ORDER BY t.barcode LIMIT ?)"), {ids, kAttended}))
        return failed(QStringLiteral("ATTENDED"));

    // One adult holder of a sold ticket is banned from stadiums.
    QSqlQuery banned(m_db);
    if (!banned.exec(SqlText::withValues(m_db, QStringLiteral(
            "SELECT pii_decrypt(x.oib_encrypted), x.full_name, x.date_of_birth FROM ("
            " SELECT h.oib_encrypted, h.full_name, h.date_of_birth FROM ticket_holders h"
            " JOIN tickets t ON t.id = h.ticket_id WHERE t.id = ANY (?::uuid[]) AND t.status = 'SOLD'"
            " AND h.oib_encrypted IS NOT NULL AND NOT h.is_minor AND h.full_name NOT LIKE '%-%'"
            " ORDER BY t.barcode LIMIT 1) x"), {ids}))
        || !banned.next()) {
        error = describe(banned.lastError());
        return failed(QStringLiteral("blacklist"));
    }
    result.blacklistedOib = banned.value(0).toString();
    const QString bannedName = banned.value(1).toString();
    const qsizetype space = bannedName.indexOf(QLatin1Char(' '));
    if (!exec(QStringLiteral("INSERT INTO blacklist (oib, first_name, last_name, date_of_birth, status, source, notes, created_by)"
                             " VALUES (?, ?, ?, ?::date, 'ACTIVE', 'Demo', 'Zabrana prisustvovanja sportskim natjecanjima (demo)',"
                             " ?::uuid)"),
              {result.blacklistedOib, bannedName.left(space), bannedName.mid(space + 1),
               banned.value(2).toDate().toString(Qt::ISODate), adminUserId}))
        return failed(QStringLiteral("blacklist"));

    if (summary)
        *summary = result;
    return {};
}

} // namespace Tribina
