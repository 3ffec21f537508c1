#include "brandheader.h"

#include "brandmark.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLinearGradient>
#include <QPainter>
#include <QVBoxLayout>

namespace Tribina {

namespace {
/// Paints the brand mark at a fixed size; a QLabel with a pixmap would blur on HiDPI.
class MarkWidget : public QWidget
{
public:
    MarkWidget(int side, QWidget *parent) : QWidget(parent) { setFixedSize(side, side); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        BrandMark::paint(&painter, rect());
    }
};
} // namespace

BrandHeader::BrandHeader(Size size, QWidget *parent)
    : QWidget(parent)
    , m_size(size)
{
    setObjectName(QStringLiteral("brandHeader"));
    const bool large = size == Size::Large;

    auto *mark = new MarkWidget(large ? 56 : 40, this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("brandTitle"));
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("brandSubtitle"));
    m_subtitle->setWordWrap(true);

    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * (large ? 2.0 : 1.45));
    titleFont.setWeight(QFont::DemiBold);
    titleFont.setLetterSpacing(QFont::PercentageSpacing, 102);
    m_title->setFont(titleFont);
    QFont subtitleFont = font();
    subtitleFont.setPointSizeF(subtitleFont.pointSizeF() * (large ? 1.0 : 0.9));
    m_subtitle->setFont(subtitleFont);

    // The band is always navy, whatever the palette: fixed light text on it.
    m_title->setStyleSheet(QStringLiteral("color: white;"));
    m_subtitle->setStyleSheet(QStringLiteral("color: rgba(255, 255, 255, 190);"));

    auto *text = new QVBoxLayout;
    text->setSpacing(large ? 2 : 0);
    text->addWidget(m_title);
    text->addWidget(m_subtitle);

    auto *layout = new QHBoxLayout(this);
    const int margin = large ? 24 : 14;
    layout->setContentsMargins(margin, large ? 20 : 14, margin, large ? 20 : 14);
    layout->setSpacing(large ? 16 : 10);
    layout->addWidget(mark, 0, Qt::AlignVCenter);
    layout->addLayout(text, 1);

    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    retranslateUi();
}

QSize BrandHeader::sizeHint() const
{
    return QWidget::sizeHint().expandedTo(QSize(0, m_size == Size::Large ? 96 : 68));
}

void BrandHeader::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QLinearGradient band(rect().topLeft(), rect().bottomRight());
    band.setColorAt(0, QColor(QRgb(BrandMark::kNavy)));
    band.setColorAt(1, QColor(QRgb(BrandMark::kNavy)).lighter(135));
    painter.fillRect(rect(), band);
    // A thin red rule underneath, the federation's second colour.
    painter.fillRect(QRect(0, height() - 3, width(), 3), QColor(QRgb(BrandMark::kRed)));
}

void BrandHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BrandHeader::retranslateUi()
{
    // The product name is a brand: not translated.
    m_title->setText(QStringLiteral("Tribina"));
    m_subtitle->setText(m_size == Size::Large ? tr("HNS tickets · box office and back office")
                                              : tr("HNS tickets"));
}

} // namespace Tribina
