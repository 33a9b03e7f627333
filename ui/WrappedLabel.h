#pragma once

#include <QFont>
#include <QLabel>
#include <QMargins>
#include <QString>

#include <array>

// A word-wrapped label that remembers its height for the widths it was asked about. Layouts
// ask a label's height for a width twice per pass, and again in each pass while a window finds
// its size; QLabel lays its whole text out for every answer. Before the welcome page's first
// frame its three paragraphs were laid out 37 times for 11 widths, about 5 M instructions of
// a cold start. The heights are kept only while everything they depend on
// (text, font, margins, indent, format, screen resolution) stays as it was.
class WrappedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappedLabel(QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

private:
    // What a height depends on besides the width.
    struct Inputs
    {
        QString text;
        QFont font;
        QMargins contentsMargins;
        int margin = 0;
        int indent = 0;
        Qt::TextFormat format = Qt::AutoText;
        int dpi = 0;

        bool operator==(const Inputs &other) const = default;
    };
    struct Height
    {
        int width = -1;
        int height = 0;
    };

    Inputs currentInputs() const;

    mutable Inputs m_inputs;
    mutable std::array<Height, 8> m_heights;
    mutable std::size_t m_next = 0; // the entry the next new width replaces
};
