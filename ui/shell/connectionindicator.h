#pragma once

#include <QWidget>

class QLabel;

namespace Tribina {

/// The status bar's connection state: a green or red dot with "Connected" / "Disconnected".
/// The word is always there, so the state never depends on seeing colour.
class ConnectionIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionIndicator(QWidget *parent = nullptr);

    bool isConnected() const { return m_connected; }
    QString text() const;

public slots:
    void setConnected(bool connected);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    bool m_connected = false;
    QWidget *m_dot = nullptr;
    QLabel *m_label = nullptr;
};

} // namespace Tribina
