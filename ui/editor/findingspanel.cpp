#include "editor/findingspanel.h"

#include "layout/layoutdocument.h"

#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace Tribina {

FindingsPanel::FindingsPanel(LayoutDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this))
{
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);

    m_timer.setSingleShot(true);
    m_timer.setInterval(300);
    connect(&m_timer, &QTimer::timeout, this, &FindingsPanel::refreshNow);
    connect(m_document, &LayoutDocument::contentsChanged, &m_timer, qOverload<>(&QTimer::start));
    connect(m_document, &LayoutDocument::layoutReset, this, &FindingsPanel::refreshNow);
    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { activate(m_list->row(item)); });
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { activate(m_list->row(item)); });
    refreshNow();
}

void FindingsPanel::refreshNow()
{
    m_timer.stop();
    m_findings = m_document->validate();
    std::stable_sort(m_findings.begin(), m_findings.end(),
                     [](const LayoutFinding &a, const LayoutFinding &b) {
                         return a.isError() && !b.isError();
                     });
    const QIcon error = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    m_list->clear();
    int errors = 0;
    for (const LayoutFinding &finding : std::as_const(m_findings)) {
        errors += finding.isError() ? 1 : 0;
        const QString where = finding.sectorCode.isEmpty()
                                  ? QString()
                                  : QStringLiteral("[%1] ").arg(finding.sectorCode);
        auto *item = new QListWidgetItem(finding.isError() ? error : warning,
                                         where + finding.message, m_list);
        item->setToolTip(finding.message);
    }
    if (m_findings.isEmpty())
        m_summary->setText(tr("No problems found."));
    else
        m_summary->setText(tr("%n error(s)", nullptr, errors) + QStringLiteral(", ")
                           + tr("%n warning(s)", nullptr, int(m_findings.size()) - errors));
}

void FindingsPanel::activate(int row)
{
    if (row < 0 || row >= m_findings.size())
        return;
    const LayoutFinding finding = m_findings.at(row);
    m_document->selectFinding(finding);
    emit findingActivated(finding);
}

} // namespace Tribina
