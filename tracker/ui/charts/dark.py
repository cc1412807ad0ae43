"""Dark mode for a chart: recolour a built matplotlib Figure with the theme's dark colours.

The chart builders (tracker/services/charts) draw for paper: white background, black text,
light treatment bands. On screen in dark mode that is a white block; this turns the same
figure dark (background, text, axes, grid, legend, bands, black or dark-blue lines) without
changing what it shows. Saved pictures and the PDF keep the paper colours.
"""

from __future__ import annotations

from matplotlib.colors import to_hex, to_rgba
from matplotlib.figure import Figure
from matplotlib.text import Text

from tracker.ui import theme


def _luminance(colour) -> float:
    return theme.relative_luminance(to_hex(colour, keep_alpha=False))


def darken_figure(fig: Figure) -> None:
    background = theme.DARK[theme.Role.Window]
    panel = theme.DARK[theme.Role.Base]
    text = theme.DARK[theme.Role.WindowText]
    grid = theme.TOKENS["dark"]["grid"]
    band = theme.TOKENS["dark"]["break_fill"]
    fig.patch.set_facecolor(background)
    for text_artist in fig.texts:
        text_artist.set_color(text)
    for ax in fig.axes:
        ax.set_facecolor(panel)
        for spine in ax.spines.values():
            spine.set_color(grid)
        ax.tick_params(colors=text, which="both")
        # Every dark text of the axes, whatever made it: axis labels, the tick labels, notes in the
        # plot, and the titles (`set_title(loc="left")` makes its own artist, not `ax.title`, and
        # stayed black on the dark panel). Coloured texts keep their colour.
        for text_artist in ax.findobj(Text):
            if _luminance(text_artist.get_color()) < 0.3:
                text_artist.set_color(text)
        for line in ax.get_xgridlines() + ax.get_ygridlines():
            line.set_color(grid)
        for line in ax.get_lines():
            # Black and very dark series would vanish on the dark panel.
            if _luminance(line.get_color()) < 0.08:
                line.set_color(text)
                line.set_markerfacecolor(text)
                line.set_markeredgecolor(text)
        for patch in ax.patches:
            face = to_rgba(patch.get_facecolor())
            if face[3] > 0 and _luminance(face) > 0.6:  # light treatment bands
                patch.set_facecolor(band)
        legend = ax.get_legend()
        if legend is not None:
            legend.get_frame().set_facecolor(panel)
            legend.get_frame().set_edgecolor(grid)
            for label in legend.get_texts():
                label.set_color(text)
    for legend in fig.legends:
        legend.get_frame().set_facecolor(panel)
        for label in legend.get_texts():
            label.set_color(text)
        # A legend draws copies of the lines, made when it was built: the cycle-start and
        # radiotherapy markers stayed dark grey there after their lines turned light.
        for handle in legend.legend_handles:
            if handle is not None and hasattr(handle, "get_markerfacecolor") and _luminance(handle.get_color()) < 0.08:
                handle.set_color(text)
                handle.set_markerfacecolor(text)
                handle.set_markeredgecolor(text)
