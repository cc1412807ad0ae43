"""Learn articles: the front matter format, the Markdown subset and its HTML (pure stdlib).

An article file looks like this::

    ---
    id: fulvestrant-and-oral-serds
    title: Fulvestrant and the newer tablet SERDs
    related_drugs: fulvestrant, elacestrant
    ---
    Body in a small Markdown subset.

Front matter is `key: value` lines; list fields are comma separated. The body knows
headings (`#`, `##`, `###`), paragraphs, bullet lists (`- `), numbered lists (`1. `),
**bold**, links to other articles `[text](article:other-id)`, web links
`[text](https://…)` and glossary terms `[[HER2]]` or `[[shown text|glossary term]]`.
We parse it ourselves so the format stays small and no YAML/Markdown package is needed.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field

LIST_FIELDS = ("sources", "related_drugs", "related_symptoms", "aliases")
REQUIRED_FIELDS = ("id", "title", "summary", "topic", "reading_level", "sources", "last_reviewed")

LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
GLOSSARY = re.compile(r"\[\[([^\]|]+)(?:\|([^\]]+))?\]\]")
BOLD = re.compile(r"\*\*(.+?)\*\*")
HEADING = re.compile(r"^(#{1,3})\s+(.*)$")
BULLET = re.compile(r"^[-*]\s+(.*)$")
NUMBERED = re.compile(r"^\d+[.)]\s+(.*)$")


class ArticleFormatError(ValueError):
    """An article file does not follow the format; a bug in our resources, not a user error."""


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    summary: str
    topic: str
    reading_level: str
    sources: tuple[str, ...]
    last_reviewed: str
    body: str
    related_drugs: tuple[str, ...] = ()
    related_symptoms: tuple[str, ...] = ()
    #: Other names people search for: brand names, older names, everyday words.
    aliases: tuple[str, ...] = ()
    order: int = 100


@dataclass(frozen=True)
class GlossaryTerm:
    term: str
    definition: str
    aliases: tuple[str, ...] = ()
    #: An article that explains the term at length, if there is one.
    article: str | None = None

    @property
    def key(self) -> str:
        return term_key(self.term)

    @property
    def slug(self) -> str:
        """A URL-safe id for links and anchors ("HER2-low" -> "her2-low")."""
        return re.sub(r"[^a-z0-9]+", "-", self.key).strip("-")


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    publisher: str
    date: str
    covers: str
    note: str = ""


@dataclass
class GlossaryIndex:
    """Finds a glossary entry by its term or any alias, ignoring case and spacing."""

    terms: list[GlossaryTerm] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_key: dict[str, GlossaryTerm] = {}
        self._by_slug = {entry.slug: entry for entry in self.terms}
        for entry in self.terms:
            for name in (entry.term, *entry.aliases):
                self._by_key.setdefault(term_key(name), entry)

    def find(self, name: str) -> GlossaryTerm | None:
        return self._by_key.get(term_key(name))

    def by_slug(self, slug: str) -> GlossaryTerm | None:
        return self._by_slug.get(slug)


def term_key(name: str) -> str:
    """Glossary lookups ignore case, spaces, hyphens and the difference between ’ and '."""
    return re.sub(r"[\s\-‐–/]+", " ", name.strip().lower().replace("’", "'"))


def parse_article(text: str, *, origin: str = "article") -> Article:
    lines = text.replace("\r\n", "\n").split("\n")
    if not lines or lines[0].strip() != "---":
        raise ArticleFormatError(f"{origin}: must start with a '---' front matter line")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise ArticleFormatError(f"{origin}: front matter is not closed with '---'") from None
    meta: dict[str, str] = {}
    for number, line in enumerate(lines[1:end], start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise ArticleFormatError(f"{origin}:{number}: expected 'key: value'")
        meta[key.strip()] = value.strip()
    missing = [name for name in REQUIRED_FIELDS if not meta.get(name)]
    if missing:
        raise ArticleFormatError(f"{origin}: missing {', '.join(missing)}")

    def as_list(name: str) -> tuple[str, ...]:
        return tuple(part.strip() for part in meta.get(name, "").split(",") if part.strip())

    try:
        order = int(meta.get("order", "100"))
    except ValueError:
        raise ArticleFormatError(f"{origin}: order must be a whole number") from None
    return Article(
        id=meta["id"],
        title=meta["title"],
        summary=meta["summary"],
        topic=meta["topic"],
        reading_level=meta["reading_level"],
        sources=as_list("sources"),
        last_reviewed=meta["last_reviewed"],
        body="\n".join(lines[end + 1 :]).strip() + "\n",
        related_drugs=as_list("related_drugs"),
        related_symptoms=as_list("related_symptoms"),
        aliases=as_list("aliases"),
        order=order,
    )


def article_links(body: str) -> list[str]:
    """Ids of the other articles this body links to."""
    return [target.removeprefix("article:") for _text, target in LINK.findall(body) if target.startswith("article:")]


def glossary_uses(body: str) -> list[str]:
    """Glossary terms this body marks with [[…]] (the term, not the shown text)."""
    return [(term or shown).strip() for shown, term in GLOSSARY.findall(body)]


def plain_text(body: str) -> str:
    """The words a reader sees, without markup: for search, snippets and reading grade."""
    text = GLOSSARY.sub(lambda m: m.group(1), body)
    text = LINK.sub(lambda m: m.group(1), text)
    text = BOLD.sub(lambda m: m.group(1), text)
    out = []
    for line in text.split("\n"):
        line = line.strip()
        for pattern in (HEADING, BULLET, NUMBERED):
            match = pattern.match(line)
            if match:
                line = match.group(match.lastindex or 1)
                break
        out.append(line)
    return "\n".join(out)


def reading_text(body: str) -> str:
    """All visible text, headings included, each line ending like a sentence (for snippets)."""
    lines = [line.strip() for line in plain_text(body).split("\n") if line.strip()]
    return " ".join(line if line[-1] in ".!?:" else line + "." for line in lines)


def prose_for_grading(body: str) -> str:
    """Body text as the grader should see it: paragraphs and list items, without headings.

    Headings are left out because counting them as very short sentences would flatter
    the grade. A list item without end punctuation gets a full stop.
    """
    kept = [line for line in body.split("\n") if not HEADING.match(line.strip())]
    sentences = []
    for line in plain_text("\n".join(kept)).split("\n"):
        line = line.strip()
        if line:
            sentences.append(line if line[-1] in ".!?:" else line + ".")
    return " ".join(sentences)


# --- HTML -----------------------------------------------------------------------------

GlossaryLookup = Callable[[str], GlossaryTerm | None]


def _inline(text: str, lookup: GlossaryLookup) -> str:
    """Escape the text and turn links, glossary terms and **bold** into HTML.

    Links and terms are swapped for placeholders first, so bold can wrap them.
    """
    rendered: list[str] = []

    def keep(piece: str) -> str:
        rendered.append(piece)
        return f"\x00{len(rendered) - 1}\x00"

    def term(match: re.Match[str]) -> str:
        shown, name = match.group(1).strip(), (match.group(2) or match.group(1)).strip()
        entry = lookup(name)
        label = html.escape(shown, quote=False)
        if entry is None:
            return keep(label)
        return keep(
            f'<a class="term" href="glossary:{entry.slug}" '
            f'title="{html.escape(entry.term + ": " + entry.definition)}">{label}</a>'
        )

    def link(match: re.Match[str]) -> str:
        return keep(f'<a href="{html.escape(match.group(2))}">{html.escape(match.group(1), quote=False)}</a>')

    text = GLOSSARY.sub(term, text)
    text = LINK.sub(link, text)
    text = BOLD.sub(lambda m: f"\x01{m.group(1)}\x02", text)
    text = html.escape(text, quote=False).replace("\x01", "<b>").replace("\x02", "</b>")
    return re.sub("\x00(\\d+)\x00", lambda m: rendered[int(m.group(1))], text)


def body_html(body: str, lookup: GlossaryLookup) -> str:
    """The Markdown subset as simple HTML that Qt's rich text engine renders well."""
    out: list[str] = []
    paragraph: list[str] = []
    list_tag: str | None = None

    def flush_paragraph() -> None:
        if paragraph:
            out.append(f"<p>{_inline(' '.join(paragraph), lookup)}</p>")
            paragraph.clear()

    def close_list() -> None:
        nonlocal list_tag
        if list_tag:
            out.append(f"</{list_tag}>")
            list_tag = None

    for raw in body.split("\n"):
        line = raw.strip()
        heading = HEADING.match(line)
        bullet = BULLET.match(line)
        numbered = NUMBERED.match(line)
        if not line:
            flush_paragraph()
            close_list()
        elif heading:
            flush_paragraph()
            close_list()
            level = len(heading.group(1)) + 1  # the article title is the page's h1
            out.append(f"<h{level}>{_inline(heading.group(2), lookup)}</h{level}>")
        elif (item := bullet or numbered) is not None:
            flush_paragraph()
            tag = "ul" if bullet else "ol"
            if list_tag != tag:
                close_list()
                out.append(f"<{tag}>")
                list_tag = tag
            out.append(f"<li>{_inline(item.group(1), lookup)}</li>")
        elif list_tag and raw.startswith("  "):
            # A wrapped list item continues on an indented line.
            out[-1] = out[-1][: -len("</li>")] + " " + _inline(line, lookup) + "</li>"
        else:
            close_list()
            paragraph.append(line)
    flush_paragraph()
    close_list()
    return "\n".join(out)


def snippet(text: str, words: list[str], width: int = 160) -> str:
    """A short piece of `text` around the first of `words` it contains (plain text)."""
    flat = " ".join(text.split())
    lowered = flat.lower()
    # The whole phrase if it is there, else the longest word: the most telling place.
    candidates = [" ".join(words), *sorted(words, key=len, reverse=True)]
    hit = next((lowered.find(w.lower()) for w in candidates if w and lowered.find(w.lower()) >= 0), -1)
    if hit < 0:
        return flat[:width].rsplit(" ", 1)[0] + ("…" if len(flat) > width else "")
    start = max(0, hit - width // 3)
    if start:
        start = flat.find(" ", start) + 1 or start
    piece = flat[start : start + width]
    if start + width < len(flat):
        piece = piece.rsplit(" ", 1)[0] + "…"
    return ("…" if start else "") + piece
