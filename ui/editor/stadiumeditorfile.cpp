// StadiumEditor, continued: the file and database actions and the sector actions.
#include "editor/stadiumeditor.h"

#include "editor/abstracttool.h"
#include "editor/editorview.h"
#include "editor/renumberdialog.h"
#include "editor/snakeconfigdialog.h"
#include "editor/stadiumpropertiesdialog.h"
#include "layout/commands/rowcommands.h"
#include "layout/commands/seatcommands.h"
#include "layout/commands/sectorcommands.h"
#include "layout/commands/snakecommands.h"
#include "layout/commands/venuecommands.h"
#include "layout/layoutdocument.h"
#include "layout/layoutjson.h"
#include "layout/layoutservice.h"
#include "layout/layoutvalidator.h"
#include "seatmap/layoutrenderer.h"

#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QStringList>

#include <cmath>

namespace Tribina {

void StadiumEditor::newLayout()
{
    if (!maybeClose())
        return;
    // A stadium cannot be stored without its name and city: ask for them first.
    VenueDetails venue;
    venue.name = tr("New stadium");
    StadiumPropertiesDialog dialog(venue, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    StadiumLayout layout;
    layout.setVenue(dialog.venue());
    setLayout(layout);
}

void StadiumEditor::editStadiumProperties()
{
    StadiumPropertiesDialog dialog(m_document->layout().venue(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.venue() == m_document->layout().venue())
        return;
    m_document->push(new SetVenueDetails(m_document, dialog.venue()));
}

void StadiumEditor::openFromDatabase()
{
    if (!m_service || !maybeClose())
        return;
    showMessage(tr("Loading the list of stadiums…"));
    m_service->listStadiums().then(this, [this](const LayoutService::StadiumList &list) {
        if (!list.outcome) {
            QMessageBox::warning(this, tr("Open layout"), list.outcome.error());
            return;
        }
        QStringList names;
        for (const LayoutService::Stadium &s : list.stadiums) {
            names.append(s.draftVersion > 0
                             ? tr("%1, %2 (draft %3)").arg(s.name, s.city).arg(s.draftVersion)
                             : tr("%1, %2 (version %3)").arg(s.name, s.city).arg(s.activeVersion));
        }
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Open layout"), tr("Stadium:"),
                                                     names, 0, false, &ok);
        const qsizetype index = names.indexOf(chosen);
        if (!ok || index < 0)
            return;
        const QUuid id = list.stadiums.at(index).id;
        m_service->loadLayout(id, LayoutService::LatestVersion)
            .then(this, [this, id](const LayoutService::Loaded &loaded) {
                if (!loaded.outcome) {
                    QMessageBox::warning(this, tr("Open layout"), loaded.outcome.error());
                    return;
                }
                setLayout(loaded.layout, id);
                m_draftVersion = loaded.version;
                showMessage(tr("Opened %1, version %2").arg(loaded.layout.name()).arg(loaded.version));
            });
    });
}

bool StadiumEditor::saveDraft()
{
    // The local draft file first: it is written at once, whatever the network does.
    const quint64 revision = m_document->revision();
    const Outcome local = m_document->saveDraft(autosaveFileName());
    if (local)
        m_autosavedRevision = revision;
    if (!m_service)
        return exportJson();
    showMessage(tr("Saving the draft…"));
    m_service->saveDraft(m_stadiumId, m_document->layout())
        .then(this, [this, revision](const LayoutService::Saved &saved) {
            if (!saved.outcome) {
                QMessageBox::warning(this, tr("Save draft"), saved.outcome.error());
                return;
            }
            m_stadiumId = saved.stadiumId;
            m_draftVersion = saved.version;
            if (m_document->revision() == revision)
                m_document->markSaved();
            showMessage(tr("Draft saved as version %1").arg(saved.version));
        });
    return local.ok();
}

void StadiumEditor::activateLayout()
{
    if (!m_service)
        return;
    const QString problem = activationProblem(m_document->validate(), m_document->isModified()
                                                  || m_stadiumId.isNull(),
                                              m_draftVersion);
    if (!problem.isEmpty()) {
        const qsizetype newline = problem.indexOf(QLatin1Char('\n'));
        QMessageBox box(QMessageBox::Warning, tr("Activate layout"), problem.left(newline),
                        QMessageBox::Ok, this);
        if (newline > 0) {
            box.setInformativeText(problem.mid(newline + 1).section(QLatin1Char('\n'), 0, 0));
            box.setDetailedText(problem.mid(newline + 1));
        }
        box.exec();
        return;
    }
    if (QMessageBox::question(this, tr("Activate layout"),
                              tr("Make version %1 the active layout of %2? Matches configured "
                                 "from now on use it.")
                                  .arg(m_draftVersion)
                                  .arg(m_document->layout().name()))
        != QMessageBox::Yes)
        return;
    showMessage(tr("Activating…"));
    m_service->activate(m_stadiumId, m_draftVersion)
        .then(this, [this](const LayoutService::Activated &activated) {
            if (!activated.outcome) {
                QMessageBox::warning(this, tr("Activate layout"), activated.outcome.error());
                return;
            }
            showMessage(tr("Version %1 is active: %2 places")
                            .arg(activated.version)
                            .arg(activated.capacity));
        });
}

QString StadiumEditor::activationProblem(const QList<LayoutFinding> &findings, bool modified,
                                         int draftVersion)
{
    QStringList errors;
    for (const LayoutFinding &finding : findings) {
        if (finding.isError())
            errors.append(finding.message);
    }
    if (!errors.isEmpty()) {
        return tr("The layout cannot be activated: it has %n error(s).", nullptr,
                  int(errors.size()))
               + QLatin1Char('\n') + errors.join(QLatin1Char('\n'));
    }
    if (modified || draftVersion <= 0)
        return tr("Save the draft first: the saved draft is what is activated.");
    return {};
}

void StadiumEditor::importJson()
{
    if (!maybeClose())
        return;
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Import layout"), QString(),
                                                          tr("Layouts (*.json)"));
    if (fileName.isEmpty())
        return;
    StadiumLayout layout;
    const Outcome outcome = LayoutJson::readFile(fileName, &layout);
    if (!outcome) {
        QMessageBox::warning(this, tr("Import layout"), outcome.error());
        return;
    }
    setLayout(layout);
    showMessage(tr("Imported %1").arg(fileName));
}

bool StadiumEditor::exportJson()
{
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export layout"), QString(),
                                                          tr("Layouts (*.json)"));
    if (fileName.isEmpty())
        return false;
    const Outcome outcome = LayoutJson::writeFile(fileName, m_document->layout());
    if (!outcome) {
        QMessageBox::warning(this, tr("Export layout"), outcome.error());
        return false;
    }
    if (!m_service)
        m_document->markSaved();
    showMessage(tr("Exported %1").arg(fileName));
    return true;
}

void StadiumEditor::duplicateSelected()
{
    const QList<int> &selection = m_document->selectedSectors();
    if (selection.size() != 1)
        return;
    auto *command = new DuplicateSector(m_document, selection.constFirst(), QPointF(4, 4));
    m_document->push(command);
    m_document->setSelection({command->sectorId()}, {});
}

void StadiumEditor::mirrorSelected()
{
    const QList<int> &selection = m_document->selectedSectors();
    if (selection.size() != 1)
        return;
    const LayoutSector *sector = m_document->sector(selection.constFirst());
    if (!sector)
        return;
    // A sector behind a goal goes to the other end, a sector along the pitch to the other side.
    const QPointF c = sector->outline().boundingRect().center();
    const MirrorAxis axis = std::abs(c.x()) > std::abs(c.y()) * 1.5 ? MirrorAxis::HalfwayLine
                                                                    : MirrorAxis::LongAxis;
    auto *command = new MirrorSector(m_document, selection.constFirst(), axis);
    m_document->push(command);
    m_document->setSelection({command->sectorId()}, {});
}

void StadiumEditor::restoreSeatsOfSelected()
{
    const QList<int> &selection = m_document->selectedSectors();
    const LayoutSector *sector = selection.size() == 1 ? m_document->sector(selection.constFirst())
                                                       : nullptr;
    if (!sector)
        return;
    QList<SeatRef> seats;
    for (int r = 0; r < sector->rows().size(); ++r) {
        for (int position : sector->rows().at(r).removedSeats())
            seats.append(SeatRef{sector->id(), SeatKey{r, position}});
    }
    if (seats.isEmpty()) {
        showMessage(tr("No removed seats in this sector."));
        return;
    }
    m_document->push(new RestoreSeats(m_document, seats));
}

void StadiumEditor::editSnakeConfig()
{
    const QList<int> &selection = m_document->selectedSectors();
    const LayoutSector *sector = selection.size() == 1 ? m_document->sector(selection.constFirst())
                                                       : nullptr;
    if (!sector)
        return;
    SnakeConfigDialog dialog(*sector, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const std::optional<SnakeConfig> config = dialog.config();
    if (config == sector->snakeConfig())
        return;
    m_document->push(new SetSnakeConfig(m_document, sector->id(), config));
    if (config)
        action(QStringLiteral("actionShowRanking"))->setChecked(true);
}

bool StadiumEditor::renumberSelected(const RowRenumbering &renumbering)
{
    const QList<int> &selection = m_document->selectedSectors();
    const LayoutSector *sector = selection.size() == 1 ? m_document->sector(selection.constFirst())
                                                       : nullptr;
    if (!sector || sector->rows().isEmpty())
        return false;
    m_document->push(new RenumberRows(m_document, sector->id(), {}, renumbering));
    return true;
}

void StadiumEditor::renumberRowsOfSelected()
{
    const QList<int> &selection = m_document->selectedSectors();
    const LayoutSector *sector = selection.size() == 1 ? m_document->sector(selection.constFirst())
                                                       : nullptr;
    if (!sector)
        return;
    if (sector->rows().isEmpty()) {
        showMessage(tr("The sector has no rows to renumber."));
        return;
    }
    RenumberDialog dialog(*sector, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    renumberSelected(dialog.renumbering());
}

bool StadiumEditor::exportMap(const QString &fileName)
{
    LayoutRenderer::Format format = LayoutRenderer::Format::Png;
    if (!LayoutRenderer::formatOf(fileName, &format)) {
        QMessageBox::warning(this, tr("Export map"),
                             tr("Choose a file ending in .png, .svg or .pdf."));
        return false;
    }
    const Outcome outcome = LayoutRenderer::render(m_document->layout(), fileName);
    if (!outcome) {
        QMessageBox::warning(this, tr("Export map"), outcome.error());
        return false;
    }
    showMessage(tr("Exported the map to %1").arg(QDir::toNativeSeparators(fileName)));
    return true;
}

void StadiumEditor::exportMapAs()
{
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export map"), QString(),
        tr("Images and documents (*.png *.svg *.pdf);;PNG (*.png);;SVG (*.svg);;PDF (*.pdf)"));
    if (!fileName.isEmpty())
        exportMap(fileName);
}

} // namespace Tribina
