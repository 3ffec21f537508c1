#include "editor/layouteditorpage.h"

#include "db/dbsession.h"
#include "editor/stadiumeditor.h"
#include "layout/layoutservice.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Tribina {

LayoutEditorPage::LayoutEditorPage(DbSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_service(std::make_unique<LayoutService>(session))
    , m_layout(new QVBoxLayout(this))
    , m_placeholder(new QLabel(tr("Stadium layouts can be edited once the database connection "
                                  "is open."),
                               this))
{
    setObjectName(QStringLiteral("layoutEditorPage"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_placeholder->setObjectName(QStringLiteral("layoutEditorPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_layout->addWidget(m_placeholder);
    connect(&m_session, &DbSession::connectedChanged, this, &LayoutEditorPage::connectedChanged);
    connectedChanged(m_session.isOpen());
}

LayoutEditorPage::~LayoutEditorPage()
{
    // The editor uses the service: it goes first.
    delete m_editor;
}

bool LayoutEditorPage::maybeClose()
{
    return !m_editor || m_editor->maybeClose();
}

void LayoutEditorPage::connectedChanged(bool connected)
{
    if (connected && !m_editor) {
        m_editor = new StadiumEditor(m_service.get(), this);
        m_layout->addWidget(m_editor, 1);
        m_placeholder->hide();
    }
}

} // namespace Tribina
