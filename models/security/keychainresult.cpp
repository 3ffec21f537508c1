#include "keychainresult.h"

#include <QCoreApplication>

namespace Tribina {

QString KeychainResult::message() const
{
    switch (status) {
    case Status::Ok:
    case Status::NotFound:
        return {};
    case Status::NoKeychain:
        return QCoreApplication::translate(
            "KeychainResult", "No system keychain is available; the password will not be remembered.");
    case Status::Failed:
        break;
    }
    return QCoreApplication::translate("KeychainResult",
                                       "The system keychain refused the request: %1")
        .arg(detail);
}

} // namespace Tribina
