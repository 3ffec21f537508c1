#pragma once

#include <QObject>
#include <QPointF>
#include <QRectF>
#include <QString>

class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace Tribina {

class EditorView;
class LayoutDocument;

/// A tool of the stadium editor (STYLE.md, "The editor"): it receives the view's mouse and key
/// events, changes the document only by pushing undo commands and may draw an overlay (a
/// preview, a rubber band) on top of the seat map. An event handler returns true when the tool
/// used the event; otherwise the view handles it (wheel zoom, middle-button pan, ...).
class AbstractTool : public QObject
{
    Q_OBJECT

public:
    AbstractTool(LayoutDocument *document, EditorView *view, QObject *parent = nullptr);

    virtual QString name() const = 0;
    virtual void activate() {}
    virtual void deactivate() {}

    virtual bool mousePress(QMouseEvent *event);
    virtual bool mouseMove(QMouseEvent *event);
    virtual bool mouseRelease(QMouseEvent *event);
    virtual bool keyPress(QKeyEvent *event);
    /// Draws the tool's overlay; the painter is in scene coordinates.
    virtual void paintOverlay(QPainter *painter, const QRectF &exposed);

    LayoutDocument *document() const { return m_document; }
    EditorView *view() const { return m_view; }

signals:
    /// The overlay changed: the view repaints.
    void overlayChanged();

protected:
    /// Layout coordinates (metres) of a viewport position.
    QPointF toLayout(QPointF viewportPos) const;
    /// The document id of the sector under a viewport position, 0 if none.
    int sectorIdAt(QPointF viewportPos) const;

private:
    LayoutDocument *m_document;
    EditorView *m_view;
};

} // namespace Tribina
