#include "WrappedLabel.h"

#include <algorithm>

WrappedLabel::WrappedLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

WrappedLabel::Inputs WrappedLabel::currentInputs() const
{
    return {text(), font(), contentsMargins(), margin(), indent(), textFormat(), logicalDpiY()};
}

int WrappedLabel::heightForWidth(int width) const
{
    Inputs inputs = currentInputs();
    if (!(inputs == m_inputs)) {
        m_inputs = std::move(inputs);
        m_heights.fill({});
        m_next = 0;
    }
    const auto known = std::find_if(m_heights.begin(), m_heights.end(),
                                    [width](const Height &entry) { return entry.width == width; });
    if (known != m_heights.end())
        return known->height;
    const int height = QLabel::heightForWidth(width);
    m_heights[m_next] = {width, height};
    m_next = (m_next + 1) % m_heights.size();
    return height;
}
