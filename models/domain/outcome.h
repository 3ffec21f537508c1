#pragma once

#include <QString>

namespace Tribina {

/// The result of an operation that either succeeds or fails with a message meant for people.
/// Services return this instead of showing dialogs; the message is already translated.
class [[nodiscard]] Outcome
{
public:
    Outcome() = default;
    static Outcome failure(QString message) { return Outcome(std::move(message)); }

    bool ok() const { return m_error.isNull(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    explicit Outcome(QString message)
        : m_error(message.isNull() ? QStringLiteral("") : std::move(message)) {}
    QString m_error;
};

} // namespace Tribina
