#include "boxoffice/salerepository.h"

#include "db/sqltext.h"
#include "pricing/feerepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace Tribina {

namespace {

QString uuidText(const QUuid &id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

QVariant uuidValue(const QUuid &id)
{
    return id.isNull() ? QVariant() : QVariant(uuidText(id));
}

/// numeric(10,2) → text with two decimals, exact (no floating point).
QString moneyText(Money m)
{
    const qint64 c = m.cents();
    const qint64 a = c < 0 ? -c : c;
    return QStringLiteral("%1%2.%3").arg(c < 0 ? QStringLiteral("-") : QString())
        .arg(a / 100).arg(a % 100, 2, 10, QLatin1Char('0'));
}

/// A JSON number of the receipts (numeric(10,2) from jsonb) as cents. JSON numbers arrive as
/// doubles; an amount below 10^8 with two decimals is recovered exactly by rounding.
Money moneyFrom(const QJsonValue &v)
{
    if (v.isString())
        return Money(qint64(std::llround(v.toString().toDouble() * 100.0)));
    return Money(qint64(std::llround(v.toDouble() * 100.0)));
}

QUuid uuidFrom(const QJsonValue &v)
{
    return QUuid::fromString(v.toString());
}

/// A numeric column read as text ("95.40"), to cents without floating point.
Money moneyFromText(const QString &text)
{
    if (text.isEmpty())
        return Money();
    const bool negative = text.startsWith(QLatin1Char('-'));
    const QString digits = negative ? text.mid(1) : text;
    const qsizetype dot = digits.indexOf(QLatin1Char('.'));
    const qint64 whole = (dot < 0 ? digits : digits.left(dot)).toLongLong();
    QString frac = dot < 0 ? QString() : digits.mid(dot + 1);
    frac = (frac + QStringLiteral("00")).left(2);
    const qint64 cents = whole * 100 + frac.toLongLong();
    return Money(negative ? -cents : cents);
}

} // namespace

QString SaleRepository::uuidArray(const QList<QUuid> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (const QUuid &id : ids)
        parts << uuidText(id);
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

SaleError SaleRepository::lastError(const QSqlQuery &q) const
{
    const QSqlError error = q.lastError();
    const QString state = error.nativeErrorCode();
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.driverText();
    const bool lost = state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01")
        || (state.isEmpty() && (error.type() == QSqlError::ConnectionError || !m_db.isOpen()
                                || text.contains(QLatin1String("connection"), Qt::CaseInsensitive)));
    // QPSQL's text may carry the severity prefix: keep the message only.
    for (const QString &prefix : {QStringLiteral("ERROR:"), QStringLiteral("FATAL:")}) {
        if (text.startsWith(prefix))
            text = text.mid(prefix.size()).trimmed();
    }
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    if (newline > 0)
        text = text.left(newline).trimmed();
    if (text.endsWith(QLatin1Char(')')) && text.contains(QStringLiteral("(") + state + QLatin1Char(')')))
        text = text.left(text.lastIndexOf(QStringLiteral("(") + state)).trimmed();
    return SaleError::fromDatabase(state, text, lost);
}

SaleError SaleRepository::exec(const QString &sql, const QVariantList &values, QVariant *value)
{
    QSqlQuery q(m_db);
    if (!q.exec(SqlText::withValues(m_db, sql, values)))
        return lastError(q);
    if (value)
        *value = q.next() ? q.value(0) : QVariant();
    return {};
}

SaleError SaleRepository::hold(const QUuid &matchId, const QList<QUuid> &inventoryIds, const QUuid &holdToken,
                               int minutes, HoldResult *result)
{
    QSqlQuery q(m_db);
    const QString sql = SqlText::withValues(
        m_db, QStringLiteral("SELECT inventory_id, seat_label FROM seats_hold(?::uuid, ?::uuid[], ?::uuid, ?)"),
        {uuidValue(matchId), uuidArray(inventoryIds), uuidValue(holdToken), minutes});
    if (!q.exec(sql))
        return lastError(q);
    HoldResult r;
    while (q.next())
        r.notHeld.append({QUuid::fromString(q.value(0).toString()), q.value(1).toString()});
    if (result)
        *result = r;
    return {};
}

SaleError SaleRepository::holdQuantity(const QUuid &matchId, const QUuid &sectorId, int quantity,
                                       const QUuid &holdToken, int minutes, QList<QUuid> *held)
{
    QVariant v;
    SaleError e = exec(QStringLiteral("SELECT seats_hold_quantity(?::uuid, ?::uuid, ?, ?::uuid, ?)::text"),
                       {uuidValue(matchId), uuidValue(sectorId), quantity, uuidValue(holdToken), minutes}, &v);
    if (held) {
        held->clear();
        // uuid[] as text: {a,b,c} (uuids need no quoting).
        QString text = v.toString();
        text.remove(QLatin1Char('{')).remove(QLatin1Char('}'));
        for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            held->append(QUuid::fromString(part.trimmed()));
    }
    return e;
}

SaleError SaleRepository::release(const QUuid &holdToken, int *released)
{
    QVariant v;
    SaleError e = exec(QStringLiteral("SELECT seats_release(?::uuid)"), {uuidValue(holdToken)}, &v);
    if (released)
        *released = v.toInt();
    return e;
}

SaleError SaleRepository::releaseMine(int *released)
{
    QVariant v;
    SaleError e = exec(QStringLiteral("SELECT seats_release_mine()"), {}, &v);
    if (released)
        *released = v.toInt();
    return e;
}

SaleError SaleRepository::releaseExpired(const QUuid &matchId, int *released)
{
    QVariant v;
    SaleError e = exec(QStringLiteral("SELECT seats_release_expired(?::uuid)"), {uuidValue(matchId)}, &v);
    if (released)
        *released = v.toInt();
    return e;
}

SaleError SaleRepository::sell(const SaleRequest &request, SaleReceipt *receipt)
{
    QJsonArray holders;
    for (const TicketHolder &h : request.holders)
        holders.append(h.toJson());
    QVariant v;
    SaleError e = exec(
        QStringLiteral("SELECT counter_sell(?::uuid, ?::uuid, ?::uuid, ?::uuid[], ?::jsonb, ?, ?::numeric, ?, ?::uuid)::text"),
        {uuidValue(request.key), uuidValue(request.matchId), uuidValue(request.holdToken),
         uuidArray(request.inventoryIds),
         QString::fromUtf8(QJsonDocument(holders).toJson(QJsonDocument::Compact)),
         QString(sqlValue(request.method)),
         request.method == PaymentMethod::Cash ? QVariant(moneyText(request.cashGiven)) : QVariant(),
         request.method == PaymentMethod::Card ? QVariant(request.terminalReference) : QVariant(),
         uuidValue(request.shiftId)},
        &v);
    if (!e.ok())
        return e;
    // counter_sell leaves telling the other counters to us, after its commit (0013). Should this
    // fail, their five-second poll catches up; the sale itself has committed either way.
    exec(QStringLiteral("SELECT changes_announce(?::uuid)"), {uuidValue(request.matchId)});
    const QJsonObject o = QJsonDocument::fromJson(v.toString().toUtf8()).object();
    SaleReceipt r;
    r.replayed = o.value(QStringLiteral("replayed")).toBool();
    if (o.value(QStringLiteral("status")).toString() == QLatin1String("BLOCKED")) {
        r.status = SaleReceipt::Status::Blocked;
        for (const QJsonValue &i : o.value(QStringLiteral("blocked_holders")).toArray())
            r.blockedHolders << i.toInt();
        if (receipt)
            *receipt = r;
        return {};
    }
    r.orderId = uuidFrom(o.value(QStringLiteral("order_id")));
    r.orderNumber = o.value(QStringLiteral("order_number")).toString();
    r.total.ticketAmount = moneyFrom(o.value(QStringLiteral("ticket_amount")));
    r.total.ticketVatAmount = moneyFrom(o.value(QStringLiteral("ticket_vat_amount")));
    r.total.feeAmount = moneyFrom(o.value(QStringLiteral("fee_amount")));
    r.total.feeVatAmount = moneyFrom(o.value(QStringLiteral("fee_vat_amount")));
    r.method = o.value(QStringLiteral("payment_method")).toString() == QLatin1String("CARD")
        ? PaymentMethod::Card : PaymentMethod::Cash;
    r.paymentId = uuidFrom(o.value(QStringLiteral("payment_id")));
    r.cashGiven = moneyFrom(o.value(QStringLiteral("cash_given")));
    r.change = moneyFrom(o.value(QStringLiteral("change")));
    for (const QJsonValue &tv : o.value(QStringLiteral("tickets")).toArray()) {
        const QJsonObject t = tv.toObject();
        PriceLine line;
        line.ticketId = uuidFrom(t.value(QStringLiteral("ticket_id")));
        line.inventoryId = uuidFrom(t.value(QStringLiteral("inventory_id")));
        line.barcode = t.value(QStringLiteral("barcode")).toString();
        line.qrPayload = t.value(QStringLiteral("qr_code_data")).toString();
        line.seatLabel = t.value(QStringLiteral("seat_label")).toString();
        line.holderName = t.value(QStringLiteral("holder_name")).toString();
        line.minor = t.value(QStringLiteral("is_minor")).toBool();
        line.price.ticketAmount = moneyFrom(t.value(QStringLiteral("price_amount")));
        line.price.ticketVatAmount = moneyFrom(t.value(QStringLiteral("ticket_vat_amount")));
        line.price.feeAmount = moneyFrom(t.value(QStringLiteral("fee_amount")));
        line.price.feeVatAmount = moneyFrom(t.value(QStringLiteral("fee_vat_amount")));
        r.tickets << line;
    }
    if (receipt)
        *receipt = r;
    return {};
}

SaleError SaleRepository::refund(const RefundRequest &request, RefundReceipt *receipt)
{
    QVariant v;
    SaleError e;
    if (request.ticketIds.isEmpty()) {
        e = exec(QStringLiteral("SELECT counter_refund_order(?::uuid, ?::uuid, ?, ?::uuid, ?)::text"),
                 {uuidValue(request.key), uuidValue(request.orderId),
                  request.reason.trimmed().isEmpty() ? QVariant() : QVariant(request.reason.trimmed()),
                  uuidValue(request.shiftId), request.cancel},
                 &v);
    } else {
        e = exec(QStringLiteral("SELECT counter_refund(?::uuid, ?::uuid[], ?, ?::uuid, ?)::text"),
                 {uuidValue(request.key), uuidArray(request.ticketIds),
                  request.reason.trimmed().isEmpty() ? QVariant() : QVariant(request.reason.trimmed()),
                  uuidValue(request.shiftId), request.cancel},
                 &v);
    }
    if (!e.ok())
        return e;
    const QJsonObject o = QJsonDocument::fromJson(v.toString().toUtf8()).object();
    RefundReceipt r;
    r.orderId = uuidFrom(o.value(QStringLiteral("order_id")));
    r.refunded = moneyFrom(o.value(QStringLiteral("refund_amount")));
    r.feeRetained = moneyFrom(o.value(QStringLiteral("fee_retained")));
    for (const QJsonValue &x : o.value(QStringLiteral("refunds")).toArray())
        r.refundIds << uuidFrom(x);
    for (const QJsonValue &x : o.value(QStringLiteral("tickets")).toArray())
        r.ticketIds << uuidFrom(x);
    r.replayed = o.value(QStringLiteral("replayed")).toBool();
    if (receipt)
        *receipt = r;
    return {};
}

SaleError SaleRepository::findByBarcode(const QString &barcode, TicketLookup *lookup)
{
    const QString code = barcode.trimmed();
    SaleError e = findOrder(QStringLiteral("d.order_id = (SELECT t.order_id FROM tickets t WHERE t.barcode = ?)"),
                            code, lookup);
    if (e.ok() && lookup) {
        for (const TicketInfo &t : std::as_const(lookup->tickets)) {
            if (t.barcode == code)
                lookup->scannedTicketId = t.ticketId;
        }
    }
    return e;
}

SaleError SaleRepository::findByOrderNumber(const QString &orderNumber, TicketLookup *lookup)
{
    return findOrder(QStringLiteral("d.order_id = (SELECT o.id FROM orders o WHERE o.order_number = ?)"),
                     orderNumber.trimmed().toUpper(), lookup);
}

SaleError SaleRepository::findOrder(const QString &where, const QString &value, TicketLookup *lookup)
{
    QSqlQuery q(m_db);
    const QString sql = QStringLiteral(
        "SELECT d.order_id, d.order_number, d.match_id, d.ticket_id, d.barcode, d.seat_label,"
        " d.holder_name, d.ticket_status::text, d.price_cents, d.fee_cents"
        " FROM ticket_print_data d WHERE ") + where + QStringLiteral(" ORDER BY d.seat_label, d.ticket_id");
    if (!q.exec(SqlText::withValues(m_db, sql, {value})))
        return lastError(q);
    TicketLookup r;
    while (q.next()) {
        r.orderId = QUuid::fromString(q.value(0).toString());
        r.orderNumber = q.value(1).toString();
        r.matchId = QUuid::fromString(q.value(2).toString());
        TicketInfo t;
        t.ticketId = QUuid::fromString(q.value(3).toString());
        t.barcode = q.value(4).toString();
        t.seatLabel = q.value(5).toString();
        t.holderName = q.value(6).toString();
        t.status = q.value(7).toString();
        t.price = Money(q.value(8).toLongLong());
        t.fee = Money(q.value(9).toLongLong());
        r.tickets << t;
    }
    if (lookup)
        *lookup = r;
    return {};
}

SaleError SaleRepository::openShift(Money cashFloat, const QString &workstation, QUuid *shiftId)
{
    QVariant v;
    SaleError e = exec(QStringLiteral("SELECT counter_shift_open(?::numeric, ?)"),
                       {moneyText(cashFloat), workstation.isEmpty() ? QVariant() : QVariant(workstation)}, &v);
    if (shiftId)
        *shiftId = QUuid::fromString(v.toString());
    return e;
}

SaleError SaleRepository::currentShift(QUuid *shiftId)
{
    QVariant v;
    SaleError e = exec(QStringLiteral("SELECT counter_shift_current()"), {}, &v);
    if (shiftId)
        *shiftId = v.isNull() ? QUuid() : QUuid::fromString(v.toString());
    return e;
}

SaleError SaleRepository::shiftTotals(const QUuid &shiftId, ShiftTotals *totals)
{
    QSqlQuery q(m_db);
    const QString sql = SqlText::withValues(
        m_db,
        QStringLiteral("SELECT shift_id, opened_at, closed_at, float_amount::text, cash_sales::text, card_sales::text,"
                       " cash_refunds::text, card_refunds::text, sale_count, refund_count, expected_cash::text,"
                       " counted_cash::text FROM counter_shift_totals(?::uuid)"),
        {uuidValue(shiftId)});
    if (!q.exec(sql))
        return lastError(q);
    if (!q.next()) {
        SaleError e;
        e.kind = SaleError::Kind::NoShift;
        e.message = SaleError::tr("The shift does not exist or is not yours.");
        return e;
    }
    ShiftTotals t;
    t.shiftId = QUuid::fromString(q.value(0).toString());
    t.openedAt = q.value(1).toDateTime();
    t.closedAt = q.value(2).isNull() ? QDateTime() : q.value(2).toDateTime();
    t.floatAmount = moneyFromText(q.value(3).toString());
    t.cashSales = moneyFromText(q.value(4).toString());
    t.cardSales = moneyFromText(q.value(5).toString());
    t.cashRefunds = moneyFromText(q.value(6).toString());
    t.cardRefunds = moneyFromText(q.value(7).toString());
    t.saleCount = q.value(8).toInt();
    t.refundCount = q.value(9).toInt();
    t.expectedCash = moneyFromText(q.value(10).toString());
    if (!q.value(11).isNull())
        t.countedCash = moneyFromText(q.value(11).toString());
    if (totals)
        *totals = t;
    return {};
}

SaleError SaleRepository::closeShift(const QUuid &shiftId, Money counted, const QString &note, Money *discrepancy)
{
    QVariant v;
    SaleError e = exec(QStringLiteral("SELECT counter_shift_close(?::uuid, ?::numeric, ?)::text"),
                       {uuidValue(shiftId), moneyText(counted), note.isEmpty() ? QVariant() : QVariant(note)}, &v);
    if (discrepancy)
        *discrepancy = moneyFromText(v.toString());
    return e;
}

SaleError SaleRepository::blacklisted(const QString &oib, const QString &passport, bool *banned)
{
    QVariant v;
    SaleError e = exec(QStringLiteral("SELECT blacklist_check(?, ?)"),
                       {oib.trimmed().isEmpty() ? QVariant() : QVariant(oib.trimmed()),
                        passport.trimmed().isEmpty() ? QVariant() : QVariant(passport.trimmed())},
                       &v);
    if (banned)
        *banned = v.toBool();
    return e;
}

SaleError SaleRepository::priceSeats(const QUuid &matchId, const QList<QUuid> &inventoryIds, QList<PriceLine> *lines)
{
    FeeRates rates;
    if (Outcome o = loadFeeRates(m_db, matchId, &rates); !o) {
        SaleError e;
        e.kind = SaleError::Kind::Other;
        e.message = o.error();
        return e;
    }
    QSqlQuery q(m_db);
    const QString sql = SqlText::withValues(
        m_db,
        QStringLiteral("SELECT x.id, sc.code || '-' || s.row_identifier || '-' || s.seat_number, (pc.price * 100)::bigint"
                       " FROM unnest(?::uuid[]) WITH ORDINALITY AS x(id, n)"
                       " JOIN match_seat_inventory i ON i.id = x.id AND i.match_id = ?::uuid"
                       " JOIN seats s ON s.id = i.seat_id JOIN sectors sc ON sc.id = s.sector_id"
                       " LEFT JOIN match_sectors ms ON ms.match_id = i.match_id AND ms.sector_id = sc.id"
                       // The seat's own category (painted in match set-up) before its sector's, as
                       // issue_tickets charges (0013).
                       " LEFT JOIN price_categories pc ON pc.id = coalesce(i.price_category_id, ms.price_category_id)"
                       " ORDER BY x.n"),
        {uuidArray(inventoryIds), uuidValue(matchId)});
    if (!q.exec(sql))
        return lastError(q);
    QList<PriceLine> out;
    while (q.next()) {
        PriceLine line;
        line.inventoryId = QUuid::fromString(q.value(0).toString());
        line.seatLabel = q.value(1).toString();
        line.price = PriceBreakdown::compute(Money(q.value(2).toLongLong()), rates.priceRates());
        line.ticketVatRate = rates.priceRates().ticketVat;
        out << line;
    }
    if (lines)
        *lines = out;
    return {};
}

} // namespace Tribina
