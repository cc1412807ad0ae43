"""The Learn section with pytest-qt: search, opening articles, links, tooltips, zoom, print."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QPageSize, QPdfWriter, QTextCursor

from tracker.services import learn
from tracker.ui.context import AppContext, Change
from tracker.ui.learn.models import TargetRole
from tracker.ui.learn.view import create_view

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def ctx(data_dir, journal, clock):
    return AppContext(data_dir=data_dir, journal=journal, clock=clock)


@pytest.fixture
def view(qtbot, ctx, settle):
    learn.reload()
    widget = create_view(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    settle()  # the notice's 24-hour line, read on the task runner
    return widget


def _text(view) -> str:
    return view.reader.toPlainText()


def test_opens_on_a_start_article_with_the_notice(view):
    assert view.current_target == "article:what-is-secondary-breast-cancer"
    text = _text(view)
    assert "does not replace advice from your own treatment team" in text
    assert "Settings → Care team" in text  # no urgent number saved yet


def test_search_faslodex_finds_and_opens_fulvestrant(view, qtbot):
    qtbot.keyClicks(view.search_box, "Faslodex")
    qtbot.waitUntil(lambda: view.results_model.rowCount() > 0, timeout=2000)
    assert view.side_stack.currentWidget() is view.results
    first = view.results_model.index(0)
    assert first.data(TargetRole) == "article:fulvestrant-and-oral-serds"
    qtbot.keyClick(view.search_box, Qt.Key.Key_Return)
    assert view.current_target == "article:fulvestrant-and-oral-serds"
    assert "Fulvestrant and the newer tablet SERDs" in _text(view)


def test_clicking_a_result_opens_it(view):
    view.search_box.setText("zoledronic")
    view.run_search()
    view.results.clicked.emit(view.results_model.index(0))
    assert view.current_target == "article:bisphosphonates"


def test_search_with_no_match_says_what_to_try(view):
    view.search_box.setText("qqzzxx")
    view.run_search()
    assert view.side_stack.currentWidget() is view.no_results
    assert "Try a drug name" in view.no_results.text()
    view.search_box.clear()
    view.run_search()
    assert view.side_stack.currentWidget() is view.topics


def test_open_target_shows_the_article_and_selects_it_in_the_tree(view):
    view.open_target("bisphosphonates")
    assert view.current_target == "article:bisphosphonates"
    assert "Bisphosphonates" in _text(view)
    selected = view.topics.selectionModel().currentIndex()
    assert selected.data(TargetRole) == "article:bisphosphonates"


def test_unknown_article_says_so(view):
    view.open_target("no-such-article")
    assert "There is no explanation called" in _text(view)


def test_internal_links_open_other_articles_and_history_goes_back(view, qtbot):
    view.open_target("bisphosphonates")
    view.reader.anchorClicked.emit(QUrl("article:jaw-osteonecrosis-and-dental-care"))
    assert view.current_target == "article:jaw-osteonecrosis-and-dental-care"
    assert view.back_button.isEnabled() and not view.forward_button.isEnabled()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.current_target == "article:bisphosphonates"
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert view.current_target == "article:jaw-osteonecrosis-and-dental-care"


def test_every_internal_link_in_an_article_resolves_in_the_view(view):
    view.open_target("symptoms-to-report-at-once")
    html = view.reader.toHtml()
    targets = {href for href in __import__("re").findall(r'href="(article:[^"]+)"', html)}
    assert len(targets) >= 3
    for target in targets:
        view.open_target(target)
        assert "There is no explanation called" not in _text(view), target


def _glossary_anchor_format(view, word: str):
    document = view.reader.document()
    cursor = document.find(word)
    assert not cursor.isNull(), word
    probe = QTextCursor(document)
    probe.setPosition(cursor.selectionStart() + 1)
    return probe.charFormat()


def test_glossary_terms_are_links_with_their_definition_as_tooltip(view):
    view.open_target("receptor-status")
    fmt = _glossary_anchor_format(view, "HER2-positive")
    assert fmt.isAnchor()
    href = fmt.anchorHref()
    assert href == "glossary:her2-positive"
    definition = learn.glossary_index().by_slug("her2-positive").definition
    assert definition in fmt.toolTip()
    assert definition in view.reader.definition_for(href)
    assert view.reader.definition_for("article:receptor-status") == ""


def test_glossary_link_opens_the_glossary_page_at_the_term(view):
    view.open_target("receptor-status")
    view.reader.anchorClicked.emit(QUrl("glossary:triple-negative"))
    assert view.current_target == "glossary:triple-negative"
    text = _text(view)
    assert "Glossary" in text and "triple negative" in text
    assert view.topics.selectionModel().currentIndex().data(TargetRole) == "page:glossary"


def test_sources_page_lists_titles_and_publishers(view):
    view.open_target("sources")
    text = _text(view)
    for source in learn.sources():
        assert source.title in text and source.publisher in text


def test_zoom_shortcuts_change_text_size_and_line_length_cap(view, qtbot):
    before_size = view.reader.font().pointSizeF()
    before_width = view.reader.maximumWidth()
    view.reader.setFocus()
    qtbot.keyClick(view.reader, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.reader.font().pointSizeF() > before_size
    assert view.reader.maximumWidth() > before_width
    qtbot.keyClick(view.reader, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.reader, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.reader.font().pointSizeF() < before_size
    view.reader.reset_zoom()
    assert view.reader.font().pointSizeF() == pytest.approx(before_size)


def test_line_length_stays_comfortable(view):
    metrics = view.reader.fontMetrics()
    chars = (view.reader.maximumWidth() - 2 * view.reader.document().documentMargin()) / metrics.averageCharWidth()
    assert 60 <= chars <= 85


def test_ctrl_f_focuses_search(view, qtbot):
    view.reader.setFocus()
    qtbot.keyClick(view.reader, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(view.search_box.hasFocus, timeout=1000)


def test_print_to_pdf_contains_the_article(view, tmp_path: Path):
    from pypdf import PdfReader

    view.open_target("denosumab")
    out = tmp_path / "article.pdf"
    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    view.reader.print_to(writer)
    del writer
    text = " ".join(page.extract_text() for page in PdfReader(str(out)).pages)
    assert "Denosumab" in text and "Xgeva" in text


def test_notice_shows_the_urgent_number_from_settings(view, ctx, settle):
    from tracker.services import care_team

    care_team.save_care_team(ctx.journal, care_team.CareTeam(urgent_name="Acute oncology line", urgent_phone="0800 123 456"))
    ctx.events.notify(Change.SETTINGS)
    settle()
    assert "Your Acute oncology line: 0800 123 456" in _text(view)


def test_notice_never_shows_a_wrong_line_while_the_care_team_is_read(qtbot, ctx, settle, hold_first_call):
    """Read on the task runner: until it lands the notice shows no line (not "add it in
    Settings" when a number is saved), and a slow first read never lands after a newer one."""
    from tracker.services import care_team
    from tracker.ui.learn import learn_data

    care_team.save_care_team(ctx.journal, care_team.CareTeam(urgent_name="Old line", urgent_phone="0800 000 000"))
    held = hold_first_call(learn_data, "load_care_team")
    view = create_view(ctx)
    qtbot.addWidget(view)
    assert held.started.wait(10)
    assert "does not replace advice" in _text(view)
    assert "Settings → Care team" not in _text(view) and "0800" not in _text(view)
    care_team.save_care_team(ctx.journal, care_team.CareTeam(urgent_name="Acute oncology line", urgent_phone="0800 123 456"))
    view.refresh()
    held.release.set()
    settle()
    assert len(held.calls) == 2
    assert "Your Acute oncology line: 0800 123 456" in _text(view) and "Old line" not in _text(view)


def test_what_is_this_link_from_a_drug_opens_its_article(view, ctx, qtbot):
    from tracker.ui.common.links import WhatIsThisLink

    # The plan shows a link like this beside each drug; the main window routes navigate to open_target.
    ctx.events.navigate.connect(lambda section, arg: view.open_target(arg) if section == "learn" else None)
    link = WhatIsThisLink(ctx, learn.article_for_drug("fulvestrant").id)
    qtbot.addWidget(link)
    link.linkActivated.emit(f"learn:{link.article_id}")
    assert view.current_target == "article:fulvestrant-and-oral-serds"


def test_keyboard_reaches_links_and_enter_opens_them(view, qtbot):
    view.open_target("bone-health")
    view.reader.setFocus()
    hrefs = []
    for _ in range(40):
        qtbot.keyClick(view.reader, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
        hrefs.append(view.reader.selected_link())
        if hrefs[-1].startswith("article:"):
            break
    assert hrefs[-1].startswith("article:"), hrefs
    target = hrefs[-1]
    qtbot.keyClick(view.reader, Qt.Key.Key_Return)
    assert view.current_target == target


def test_tab_leaves_the_article_instead_of_walking_its_links(view, qtbot):
    view.reader.setFocus()
    qtbot.keyClick(view.reader, Qt.Key.Key_Tab)
    assert not view.reader.hasFocus()


def test_qt_print_support_loads_only_to_print():
    """Qt's print support costs ~0.6 MB for the rest of the session (issue 17): the section
    loads it when an explanation is printed, not when it opens."""
    import subprocess
    import sys

    code = ("import sys\n"
            "import tracker.ui.learn.view\n"
            "assert 'PySide6.QtPrintSupport' not in sys.modules, 'loaded'\n")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
