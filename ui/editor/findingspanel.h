#pragma once

#include "layout/layoutfinding.h"

#include <QList>
#include <QTimer>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace Tribina {

class LayoutDocument;

/// The validator's findings for the document's layout, errors first, refreshed shortly after
/// every change. Activating a finding selects what it is about (LayoutDocument::selectFinding())
/// and asks the view to centre on it.
class FindingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsPanel(LayoutDocument *document, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    const QList<LayoutFinding> &findings() const { return m_findings; }
    /// Re-validates now instead of after the short delay.
    void refreshNow();
    void activate(int row);

signals:
    void findingActivated(const LayoutFinding &finding);

private:
    LayoutDocument *m_document;
    QLabel *m_summary;
    QListWidget *m_list;
    QTimer m_timer;
    QList<LayoutFinding> m_findings;
};

} // namespace Tribina
