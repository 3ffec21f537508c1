#pragma once

#include <QPointer>
#include <QWidget>

namespace Tribina {

class SeatMapScene;

/// The key to the seat map's colours and signs: one swatch per status (with its glyph), held
/// and selected seats, and the price categories, laid out in as many columns as fit. Swatches
/// are drawn by the same palette code as the seats.
class SeatMapLegend : public QWidget
{
    Q_OBJECT

public:
    explicit SeatMapLegend(SeatMapScene *scene, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int columnWidth() const;
    int rowHeight() const;
    int entryCount() const;

    QPointer<SeatMapScene> m_scene;
};

} // namespace Tribina
