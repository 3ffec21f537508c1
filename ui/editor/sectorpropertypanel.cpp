#include "editor/sectorpropertypanel.h"

#include "layout/commands/sectorcommands.h"
#include "layout/layoutdocument.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Tribina {

SectorPropertyPanel::SectorPropertyPanel(LayoutDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_hint(new QLabel(tr("Select a sector to edit its properties."), this))
    , m_form(new QWidget(this))
    , m_name(new QLineEdit(m_form))
    , m_code(new QLineEdit(m_form))
    , m_type(new QComboBox(m_form))
    , m_capacity(new QSpinBox(m_form))
    , m_seats(new QLabel(m_form))
{
    m_hint->setWordWrap(true);
    m_seats->setWordWrap(true);
    m_type->addItem(tr("Standard"), int(SectorType::Standard));
    m_type->addItem(tr("VIP"), int(SectorType::Vip));
    m_type->addItem(tr("Accessibility"), int(SectorType::Accessibility));
    m_type->addItem(tr("Standing"), int(SectorType::Standing));
    m_capacity->setRange(0, 200000);
    m_capacity->setToolTip(tr("Capacity of a sector without seats (standing, or sold by sector)"));

    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Code"), m_code);
    form->addRow(tr("Type"), m_type);
    form->addRow(tr("Manual capacity"), m_capacity);
    form->addRow(tr("Seats"), m_seats);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_form);
    layout->addStretch(1);

    connect(m_name, &QLineEdit::editingFinished, this, &SectorPropertyPanel::commit);
    connect(m_code, &QLineEdit::editingFinished, this, &SectorPropertyPanel::commit);
    connect(m_type, &QComboBox::activated, this, &SectorPropertyPanel::commit);
    connect(m_capacity, &QSpinBox::editingFinished, this, &SectorPropertyPanel::commit);
    connect(m_document, &LayoutDocument::selectionChanged, this, &SectorPropertyPanel::refresh);
    connect(m_document, &LayoutDocument::contentsChanged, this, &SectorPropertyPanel::refresh);
    connect(m_document, &LayoutDocument::layoutReset, this, &SectorPropertyPanel::refresh);
    refresh();
}

void SectorPropertyPanel::refresh()
{
    const QList<int> &selection = m_document->selectedSectors();
    m_sectorId = selection.size() == 1 ? selection.constFirst() : 0;
    const LayoutSector *sector = m_document->sector(m_sectorId);
    m_form->setVisible(sector != nullptr);
    m_hint->setVisible(sector == nullptr);
    if (!sector)
        return;
    m_updating = true;
    if (m_name->text() != sector->name())
        m_name->setText(sector->name());
    if (m_code->text() != sector->code())
        m_code->setText(sector->code());
    m_type->setCurrentIndex(m_type->findData(int(sector->type())));
    m_capacity->setValue(sector->manualCapacity());
    m_seats->setText(tr("%1 seats, %2 rows, capacity %3")
                         .arg(sector->seatCount())
                         .arg(sector->rows().size())
                         .arg(sector->capacity()));
    m_updating = false;
}

void SectorPropertyPanel::commit()
{
    if (m_updating)
        return;
    const LayoutSector *sector = m_document->sector(m_sectorId);
    if (!sector)
        return;
    SectorProperties properties = SectorProperties::of(*sector);
    properties.name = m_name->text().trimmed();
    properties.code = m_code->text().trimmed();
    properties.type = SectorType(m_type->currentData().toInt());
    properties.manualCapacity = m_capacity->value();
    if (properties == SectorProperties::of(*sector))
        return;
    m_document->push(new ChangeSectorProperties(m_document, m_sectorId, properties));
}

} // namespace Tribina
