"""The plan's timeline keeps its words readable: no label runs under the Today line or into
the next treatment's label, and "Today" stays inside the widget (it was cut at the right
edge with large text)."""

from __future__ import annotations

from datetime import date, timedelta
from types import SimpleNamespace

import pytest

from tracker.ui.plan.timeline import TimelineWidget

TODAY = date(2026, 3, 10)


def _treatment(kind: str, site: str, first: date, days: int = 1):
    run = tuple(first + timedelta(days=i) for i in range(days))
    return SimpleNamespace(kind=kind, procedure_kind="drain" if kind == "procedure" else None, site=site,
                           days=run, first_day=run[0], last_day=run[-1])


@pytest.fixture(params=[1.0, 2.0], ids=["100%", "200%"])
def text_size(request, qapp):
    from tracker.ui.main import zoom

    zoom.apply(request.param)
    yield request.param
    zoom.apply(1.0)


@pytest.mark.parametrize("width", [520, 700, 1000])
def test_labels_keep_clear_of_the_today_line_and_each_other(qtbot, text_size, width):
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    lines = [SimpleNamespace(number=1, name="Letrozole + palbociclib", start=date(2025, 3, 10), end=None),
             SimpleNamespace(number=2, name="Fulvestrant and abemaciclib, then capecitabine", start=date(2026, 2, 20),
                             end=None)]
    treatments = [_treatment("radiotherapy", "lower spine", date(2025, 11, 3), days=5),
                  _treatment("procedure", "draining fluid from the chest", date(2026, 1, 20)),
                  _treatment("procedure", "draining fluid from the tummy", date(2026, 2, 28))]
    widget.set_lines(lines, TODAY, treatments)
    widget.resize(width, widget.sizeHint().height())
    widget.show()
    qtbot.waitExposed(widget)
    widget.grab()  # paints once: the layout below is what was drawn
    today_x = widget._scale()[2](TODAY)
    labels = widget.labels()
    assert any(on_bar for _t, _b, on_bar in labels)
    for text, box, _on_bar in labels:
        assert not box.left() < today_x < box.right(), f"{text!r} runs under Today at {width} px"
    for i, (a, box_a, _) in enumerate(labels):
        for b, box_b, _ in labels[i + 1:]:
            assert not box_a.intersects(box_b), f"{a!r} runs into {b!r} at {width} px"
    today = widget.today_box()
    assert widget.rect().toRectF().contains(today)  # not cut at the right edge or the top
    for _text, box, _on_bar in labels:  # the rows are as tall as their text
        assert box.height() <= widget._row() and box.top() >= today.bottom() - 1
    assert not today.left() < today_x < today.right()


def test_today_is_readable_in_both_schemes():
    from tracker.ui import theme
    from tracker.ui.plan import timeline

    for scheme, palette in (("light", theme.LIGHT), ("dark", theme.DARK)):
        colour = theme.colour("error", scheme)
        assert theme.contrast_ratio(colour, palette[theme.Role.Window]) >= 4.5, scheme
    assert timeline.today_colour() == theme.colour("error")
