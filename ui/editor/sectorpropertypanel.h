#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Tribina {

class LayoutDocument;

/// The selected sector's name, code, type and manual capacity. Every edit pushes a
/// ChangeSectorProperties command, so it can be undone like any other change; the fields follow
/// the document (selection, undo, redo).
class SectorPropertyPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SectorPropertyPanel(LayoutDocument *document, QWidget *parent = nullptr);

    int sectorId() const { return m_sectorId; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *codeEdit() const { return m_code; }

private:
    void refresh();
    void commit();

    LayoutDocument *m_document;
    int m_sectorId = 0;
    bool m_updating = false;
    QLabel *m_hint;
    QWidget *m_form;
    QLineEdit *m_name;
    QLineEdit *m_code;
    QComboBox *m_type;
    QSpinBox *m_capacity;
    QLabel *m_seats;
};

} // namespace Tribina
