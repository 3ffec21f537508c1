#pragma once

#include <QWidget>

class QLabel;

namespace Tribina {

/// "Tribina" with its mark and a subtitle on a navy band: the top of the login dialog and of the
/// main window's navigation panel, so both read as one product.
class BrandHeader : public QWidget
{
    Q_OBJECT
public:
    enum class Size { Large, Compact };
    explicit BrandHeader(Size size, QWidget *parent = nullptr);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Size m_size;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
};

} // namespace Tribina
