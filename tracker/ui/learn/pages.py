"""The HTML the Learn reader shows: an article, the glossary page, the sources page.

Article text is English data from `resources/`; everything around it (the notice, the
headings of the reference pages, "Sources", the review status) goes through Qt translation.
Colours come from the widget's palette so the pages read well in light and dark themes.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QColor, QPalette

from tracker.domain.learn import body_html, term_key
from tracker.services import learn
from tracker.services.care_team import CareTeam
from tracker.ui.plan.words import count


@dataclass(frozen=True)
class PageColours:
    text: str
    muted: str
    box: str
    box_border: str

    @classmethod
    def from_palette(cls, palette: QPalette) -> PageColours:
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        # A soft tint of the highlight colour over the page background, readable in both themes.
        return cls(
            text=text.name(),
            muted=_mix(text, base, 0.35),
            box=_mix(base, highlight, 0.12),
            box_border=_mix(base, highlight, 0.45),
        )


def _mix(a: QColor, b: QColor, t: float) -> str:
    """`a` moved a fraction `t` towards `b`, as #rrggbb."""
    return QColor(
        round(a.red() * (1 - t) + b.red() * t),
        round(a.green() * (1 - t) + b.green() * t),
        round(a.blue() * (1 - t) + b.blue() * t),
    ).name()


def style_sheet(colours: PageColours) -> str:
    """Generous spacing for tired eyes; Qt rich text understands this CSS subset."""
    return f"""
    body {{ color: {colours.text}; }}
    h1 {{ font-size: x-large; margin-top: 4px; margin-bottom: 10px; }}
    h2 {{ font-size: large; margin-top: 20px; margin-bottom: 6px; }}
    h3 {{ font-size: medium; margin-top: 14px; margin-bottom: 4px; }}
    p {{ margin-top: 0px; margin-bottom: 12px; line-height: 140%; }}
    li {{ margin-bottom: 6px; line-height: 135%; }}
    ul, ol {{ margin-top: 0px; margin-bottom: 12px; }}
    a.term {{ text-decoration: none; border-bottom: 1px dotted; }}
    .summary {{ color: {colours.muted}; font-size: medium; }}
    .meta {{ color: {colours.muted}; font-size: small; }}
    """


def urgent_line(team: CareTeam | None) -> str:
    """The patient's urgent number from Settings, or how to add it there (translated)."""
    fallback = QCoreApplication.translate("LearnPages", "Add your team's 24-hour number in Settings → Care team, and it will show here.")
    if team is None or not team.urgent_phone.strip():
        return fallback
    if team.urgent_name.strip():
        return QCoreApplication.translate("LearnPages", "Your {name}: {phone}").format(name=team.urgent_name.strip(), phone=team.urgent_phone.strip())
    return QCoreApplication.translate("LearnPages", "Your 24-hour line: {phone}").format(phone=team.urgent_phone.strip())


def notice_html(urgent: str | None, colours: PageColours) -> str:
    """`urgent` is urgent_line()'s text, or None while the care team is still being read
    (then no line rather than a wrong one)."""
    general = QCoreApplication.translate("LearnPages", "This is general information. It does not replace advice from your own treatment team, who know your situation.")  # noqa: E501
    line = f"<br><b>{html.escape(urgent)}</b>" if urgent is not None else ""
    return (
        f'<table width="100%" cellpadding="10" cellspacing="0" '
        f'style="background-color: {colours.box}; border: 1px solid {colours.box_border}; margin-bottom: 14px;">'
        f"<tr><td>{html.escape(general)}{line}</td></tr></table>"
    )


def _date_text(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")  # no weekday: a review date


def _source_line(source: learn.Source) -> str:
    text = f"{source.title} — {source.publisher}"
    if source.kind == "reference":
        text += " " + QCoreApplication.translate("LearnPages", "(a source beyond our five documents)")
    return text


def review_text(item: learn.Article) -> tuple[str, str]:
    """(status, detail) in plain words: whether a clinician has reviewed the article, and
    who last checked it against which sources, when."""
    review = item.review
    known = {s.id: s for s in learn.sources()}
    against = "; ".join(known[s].title for s in review.against if s in known)
    if review.clinical:
        status = QCoreApplication.translate("LearnPages", "Reviewed by a clinician: {by}, {date}.").format(
            by=review.by, date=_date_text(review.date)
        )
    else:
        status = QCoreApplication.translate("LearnPages", "Not yet reviewed by a clinician.")
    detail = QCoreApplication.translate("LearnPages", "Checked by {by} on {date}, against: {sources}.").format(
        sources=against, by=review.by, date=_date_text(review.date)
    )
    return status, detail


def article_page(article_id: str, urgent: str | None, colours: PageColours) -> tuple[str, str] | None:
    """(title, html) for an article, or None when there is no such article; `urgent` as in notice_html."""
    item = learn.article(article_id)
    if item is None:
        return None
    index = learn.glossary_index()
    known = {s.id: s for s in learn.sources()}
    cited = [known[s] for s in item.sources if s in known]
    source_items = "".join(f"<li>{html.escape(_source_line(s))}</li>" for s in cited)
    status, detail = review_text(item)
    level = QCoreApplication.translate("LearnPages", "Reading level: {level}.").format(level=item.reading_level)
    where = QCoreApplication.translate("LearnPages", "Where this comes from")
    about = QCoreApplication.translate("LearnPages", "About our sources")
    parts = [
        notice_html(urgent, colours),
        f"<h1>{html.escape(item.title)}</h1>",
        f'<p class="summary">{html.escape(item.summary)}</p>',
        body_html(item.body, index.find),
        f"<h3>{html.escape(where)}</h3>",
        f'<ul class="meta">{source_items}</ul>' if source_items else "",
        f"<p><b>{html.escape(status)}</b><br>"
        f'<span class="meta">{html.escape(detail)} {html.escape(level)}</span> '
        f'<a href="page:sources">{html.escape(about)}</a></p>',
    ]
    return item.title, "\n".join(parts)


def glossary_page(colours: PageColours) -> tuple[str, str]:
    title = QCoreApplication.translate("LearnPages", "Glossary")
    intro = QCoreApplication.translate("LearnPages", "Plain meanings of words you may hear. In the articles, these words are shown in colour: point at one to see its meaning, or select it to come here.")
    read_more = QCoreApplication.translate("LearnPages", "Read more")
    rows = []
    for entry in learn.glossary():
        also = ""
        # Spelling variants ("HER2 low" for "HER2-low") add nothing for a reader.
        names = [a for a in entry.aliases if term_key(a) != entry.key]
        if names:
            also = '<br><span class="meta">' + html.escape(QCoreApplication.translate("LearnPages", "Also: {names}").format(names=", ".join(names))) + "</span>"
        more = ""
        if entry.article and learn.article(entry.article):
            more = f' <a href="article:{entry.article}">{html.escape(read_more)}</a>'
        rows.append(
            f'<p><a name="{entry.slug}"></a><b>{html.escape(entry.term)}</b><br>'
            f"{html.escape(entry.definition)}{more}{also}</p>"
        )
    return title, f"<h1>{html.escape(title)}</h1><p class=\"summary\">{html.escape(intro)}</p>" + "\n".join(rows)


def sources_page(colours: PageColours) -> tuple[str, str]:
    title = QCoreApplication.translate("LearnPages", "Sources")
    intro = QCoreApplication.translate("LearnPages", "Our explanations are written in our own words from these documents. Each article lists the ones it draws on.")  # noqa: E501
    counts: dict[str, int] = {}
    for item in learn.articles():
        for source_id in item.sources:
            counts[source_id] = counts.get(source_id, 0) + 1
    rows = []
    documents = [s for s in learn.sources() if s.kind == "document"]
    references = [s for s in learn.sources() if s.kind == "reference"]
    for group, heading in ((documents, None), (references, "beyond")):
        if heading and group:
            head = QCoreApplication.translate("LearnPages", "Sources beyond our five documents")
            why = QCoreApplication.translate("LearnPages", "Where our five documents give no figure or say nothing, an article names one of these instead: a medicine's official product information, a study or a guideline.")  # noqa: E501
            rows.append(f"<h2>{html.escape(head)}</h2><p>{html.escape(why)}</p>")
        for source in group:
            lines = [f"<b>{html.escape(source.title)}</b>", html.escape(source.publisher)]
            if source.date:
                lines.append(html.escape(source.date))
            if source.covers:
                lines.append(html.escape(QCoreApplication.translate("LearnPages", "Covers: {text}").format(text=source.covers)))
            if source.note:
                lines.append(f'<span class="meta">{html.escape(source.note)}</span>')
            if source.url:
                lines.append(f'<span class="meta">{html.escape(source.url)}</span>')
            n = counts.get(source.id, 0)
            used = count(QCoreApplication.translate("LearnPages", "Used in {n} article."),
                         QCoreApplication.translate("LearnPages", "Used in {n} articles."), n)
            lines.append(f'<span class="meta">{html.escape(used)}</span>')
            rows.append("<p>" + "<br>".join(lines) + "</p>")
    how = QCoreApplication.translate("LearnPages", "How these explanations were written")
    more = f'<p><a href="article:about-our-sources">{html.escape(how)}</a></p>'
    return title, f"<h1>{html.escape(title)}</h1><p class=\"summary\">{html.escape(intro)}</p>" + "\n".join(rows) + more


def missing_page(target: str) -> tuple[str, str]:
    title = QCoreApplication.translate("LearnPages", "Explanation not found")
    text = QCoreApplication.translate("LearnPages", "There is no explanation called “{name}”. Try searching for it, or pick a topic from the list.").format(name=target)
    return title, f"<h1>{html.escape(title)}</h1><p>{html.escape(text)}</p>"
