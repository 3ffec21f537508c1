#pragma once

#include <QStringList>

namespace Tribina::CliArguments {

/// Removes "--name VALUE" from args and returns VALUE (empty when absent).
inline QString takeOption(QStringList &args, const QString &name)
{
    const qsizetype i = args.indexOf(name);
    if (i < 0 || i + 1 >= args.size())
        return {};
    const QString value = args.at(i + 1);
    args.remove(i, 2);
    return value;
}

/// Removes every "--name" from args; true when there was one.
inline bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

} // namespace Tribina::CliArguments
