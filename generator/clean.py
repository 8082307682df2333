"""Stage 2 — RawArticle → Article: drop page furniture, pull metadata lines out, cut glued articles.

The text is read as lines. Lines above the first running-text line form the header (headline,
section labels, player UI, byline, timestamp); lines from there on form the body zone, which ends
early when the page's own headline comes back, an end-of-article marker ("Recommended Articles",
"More from …") appears, or a new headline with its own byline/timestamp starts another article.
Kept lines become paragraphs: blank lines separate paragraphs, a line that ends like a sentence
ends its paragraph (so one-paragraph-per-line files work), hard-wrapped lines are joined.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache, reduce
from itertools import islice, pairwise, takewhile

from . import boilerplate as bp
from . import metadata as md
from .article import make_article
from .model import Article, FrontMatter, RawArticle
from .read import SeedReadError

_MIN_PARAGRAPHS_BEFORE_CUT = 2  # the page's headline coming back only ends an article that has begun
_MIN_WORDS_BEFORE_CUT = 80  # fewer words kept before a cut (and more after it): the cut lost the story
_TOPIC_OVERLAP_CUT = 0.15  # below this share of shared key terms, text after a headline is another article
_METADATA_MAX_LENGTH = 200  # bylines, stamps, credits and datelines are short lines
_MAX_TOPIC_CHECKS = 20  # bounds the work on pathological files with thousands of headline-shaped lines
_WRAP_MIN, _WRAP_MAX = 45, 100
_MAX_STANDFIRST_LINES = 2  # a standfirst (or a list of highlights) under a headline is a line or two
_STANDFIRST_MAX_WORDS = 60  # lengths of lines in hard-wrapped text (headlines are usually shorter)
_KEY_TERM = re.compile(r"\b[A-Z][A-Za-z\-]{2,}\b")
_COMMON_CAPITALS = frozenset(
    [
        "The",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "Their",
        "They",
        "His",
        "Her",
        "Its",
        "And",
        "But",
        "For",
        "With",
        "From",
        "Into",
        "After",
        "Before",
        "When",
        "While",
        "Where",
        "What",
        "Which",
        "Who",
        "Why",
        "How",
        "Also",
        "Both",
        "Some",
        "Many",
        "Most",
        "More",
        "Such",
        "Other",
        "Last",
        "Next",
        "First",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "In",
        "On",
        "At",
        "As",
        "It",
        "He",
        "She",
        "We",
        "Our",
        "You",
    ]
)


@dataclass
class _Lines:
    """Work state of one cleaning pass (local to `clean_article`, never shared)."""

    kept: list[tuple[int, str]] = field(default_factory=list)  # (line number, stripped line)
    dropped: list[str] = field(default_factory=list)
    stamps: list[tuple[date | None, bool]] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)
    byline_agencies: list[str] = field(default_factory=list)
    issuers: list[str] = field(default_factory=list)  # letterheads of the issuing body, general to specific
    masthead: str | None = None
    holder: str | None = None  # whom the page's copyright line names
    ambiguous_stamp: tuple[date, date] | None = None  # the readings of a stamp like '11/12/2024'
    slogan_line: int | None = None  # the line under the masthead, where the outlet's slogan stands
    dateline: tuple[date | None, str | None] = (None, None)
    title: str | None = None
    seen: set[str] = field(default_factory=set)
    body_lines: int = 0  # kept lines that read as running text
    standfirsts: set[int] = field(default_factory=set)  # line numbers of the summary under the headline
    summary_box: set[int] = field(default_factory=set)  # line numbers of a 'Key points' box over the story
    link_lists: set[int] = field(default_factory=set)  # line numbers of link lists inserted into the story
    boxes: set[int] = field(default_factory=set)  # line numbers of tag lists and newsletter boxes (never an end)
    letterheads: set[int] = field(default_factory=set)  # line numbers of the issuing body's name at the top
    latin_page: bool = False  # the story is in Latin script: a line in another script alone is furniture
    datelined: bool = False  # a kept body line opened with a place dateline
    trailer: bool = False  # inside a press release's closing disclaimer and contacts (see `_release_trailer`)
    cut: bool = False
    cut_at: int | None = None  # the line where a glued second article was cut
    words_after_cut: int = 0  # words of running text in the lines cut away


def clean_article(raw: RawArticle) -> Article:
    lines = _unwrap([line.strip() for line in raw.text.split("\n")])
    latin_page = _is_latin_page(raw.text)
    running_heads = _drop_running_heads(lines)
    state, paragraphs = _read_zones(raw, lines, _Lines(latin_page=latin_page, dropped=list(running_heads)), 0)
    searched_from = 0
    while state.cut_at is not None and state.cut_at > searched_from and _is_thin_body(state, paragraphs):
        # what came before the glued-article cut was a banner or furniture, not a story: the story starts
        # after the cut (the repeated headline, then its byline or timestamp), never lost. Again while
        # the same holds: a page may show its headline more than once (over a photo and under it)
        searched_from = state.cut_at
        retry = _Lines(latin_page=latin_page, dropped=list(running_heads))
        state, paragraphs = _read_zones(raw, lines, retry, searched_from)
    if not paragraphs:
        raise SeedReadError(raw.source_file, "no article text left after cleaning")
    first_dateline = next(filter(None, (md.parse_dateline(paragraph) for paragraph in paragraphs[:2])), None)
    if first_dateline:
        state.dateline = first_dateline
    published, year, how = md.extract_published(
        raw.front_matter, state.stamps, state.dateline[0], paragraphs, state.ambiguous_stamp
    )
    front = raw.front_matter
    return make_article(
        raw.source_file,
        paragraphs,
        title=md.display_title(state.title),
        published=published,
        published_year=year,
        published_how=how,
        source=_source(front, lines, state),
        author=md.extract_author(front, _writers(state)),
        url=front.url,
        tags=front.tags,
        dropped=tuple(state.dropped),
        warnings=(*raw.warnings, *_warnings(state)),
        added=front.added,
        content_hash=hashlib.sha256(raw.text.encode("utf-8")).hexdigest(),
    )


def _writers(state: _Lines) -> list[str]:
    """The byline names but the outlet's own ('By Euronews' under the masthead 'Euronews'), each without
    the outlet the page names elsewhere after a comma ('By Zhang Yiwen, Gwadar Pro' over 'BEIJING, Mar. 10
    (Gwadar Pro) –')."""
    outlets = {_key(name) for name in (state.masthead, state.holder) if name}
    writers = [name for name in state.bylines if _key(name) not in outlets] if outlets else state.bylines
    if not any("," in name for name in writers):
        return writers
    outlets.update(_key(name) for name in (state.dateline[1], *state.credits, *state.byline_agencies) if name)
    return [_without_outlet(name, outlets) for name in writers]


def _without_outlet(name: str, outlets: set[str]) -> str:
    head, _, tail = name.rpartition(",")
    return head.strip() if head.strip() and _key(tail) in outlets else name


def _source(front: FrontMatter, lines: list[str], state: _Lines) -> str | None:
    source = md.extract_source(front, state.dateline[1], state.credits, state.byline_agencies, _issuers(lines, state))
    if not source:
        # a pasted story's outlet, named by the poster's link to it (or the link of its front matter or feed
        # item) and written in the story
        return md.outlet_from_link([f"Link: {front.url}", *lines] if front.url else lines)
    # 'HUM NEWS', 'FRANCE 24': the outlet's name as the page writes it in running text or its copyright line
    return md.outlet_as_written(source, lines) if source and not front.source else source


def _read_zones(raw: RawArticle, lines: list[str], state: _Lines, search_from: int) -> tuple[_Lines, list[str]]:
    """Header and body zones of the page (the body starting at or after `search_from`) → its paragraphs."""
    _read_letterheads(lines, state)
    body_start = next(
        (i for i in range(search_from, len(lines)) if i not in state.letterheads and _starts_body(lines[i], lines, i)),
        len(lines),
    )
    _read_masthead(lines, body_start, state)
    state.standfirsts = {i for i in range(body_start) if _is_summary_standfirst(lines, i)}
    state.summary_box = _summary_box(lines, search_from, body_start)
    state.link_lists = _link_lists(lines) | _digest_lists(lines)
    state.boxes = _tag_lists(lines) | _newsletter_boxes(lines, raw.text) | _ticker_chips(lines)
    if body_start < len(lines) and _is_caption_over_dateline(lines, body_start):
        state.boxes.add(body_start)
    state.title = md.extract_title(raw.front_matter, _title_candidates(lines, body_start, state))
    title_line = next((i for i in range(body_start) if state.title and _key(lines[i]) == _key(state.title)), -1)
    if state.title and not raw.front_matter.title:
        state.title = md.without_site_suffix(state.title)  # the page title's ' - Chinadaily.com.cn'

    numbered = _numbered_top(lines, body_start) if state.title and title_line > 0 else -1
    for number in range(body_start):
        if number < numbered and lines[number] and not _metadata(lines[number], state, bare_names=False):
            _drop(state, lines[number])  # the issuing office's letterhead over the release's number
            continue
        if (
            number in state.standfirsts
            or number in state.summary_box
            or (number and _under_provider_label(lines[number - 1]))
            or (number < title_line and (bp.LIST_ITEM.match(lines[number]) or _is_acronym_name(lines[number])))
        ):
            # the standfirst under the headline; ticker bullets ('• Rupee gains 12 paisa') and a unit's name
            # with its acronym ('China-Pakistan Study Centre (CPSC)') above it
            _drop(state, lines[number])
            continue
        # before `search_from` lay what a first reading found too thin to be the story (clean_article):
        # its metadata counts, none of its text is kept
        # a bare name above the headline is the outlet's or a section's ('Khyber Pakhtunkhwa'), not the byline
        bare_names = number > title_line
        _header_line(
            lines[number],
            number,
            state,
            drop_headlines=body_start < len(lines),
            keep=number >= search_from,
            bare_names=bare_names,
        )
    _body_lines(lines, body_start, state)
    return state, _cut_topic_switch(_drop_pull_quotes(_paragraphs(lines, state.kept), state), state)


def _under_provider_label(above: str) -> bool:
    """Whether the line above is a wire page's 'News provided by' label: the line under it names the issuer,
    no headline nor story text."""
    return " by" in above and bp.PROVIDER_LABEL.fullmatch(above) is not None


def _is_caption_over_dateline(lines: list[str], number: int) -> bool:
    """A one-line block set over the paragraph that opens with the dateline ('Peshawar, April 22: …'): the
    caption of the photo above the story ('Chief Minister … and a delegation … at the Chief Minister’s House,
    Peshawar.'), not its first paragraph: a story's dateline opens its first paragraph."""
    line = lines[number]
    if md.word_count(line) > _CAPTION_MAX_WORDS or any(mark in line for mark in _QUOTE_MARKS):
        return False
    if number + 1 < len(lines) and lines[number + 1]:
        return False  # not a block of its own
    following = next((other for other in lines[number + 1 :] if other), "")
    if not md.is_body_line(following) or md.parse_dateline(line) is not None:
        return False
    return _opens_with_dateline(following) or bp.DATED_DATELINE_TITLE_CASE.match(following) is not None


_CAPTION_MAX_WORDS = 45
_QUOTE_MARKS = ('"', "“", "”")


def _summary_box(lines: list[str], start: int, body_start: int) -> set[int]:
    """A box summing up the story above its first paragraph: its label ('Key points', 'Highlights') in the
    header and the list items right under it (blank lines between them allowed); empty when there is none."""
    for number in range(start, body_start):
        line = lines[number]
        label = _undecorated(line)  # '📌 Key points'
        if len(label) > _SUMMARY_LABEL_MAX_LENGTH or label.rstrip(":").strip().casefold() not in bp.SUMMARY_BOX_LABELS:
            continue
        items = takewhile(lambda i: not lines[i] or _is_list_item(lines[i]), range(number + 1, len(lines)))
        box = {i for i in items if lines[i]} or _summary_paragraph(lines, number)
        return {number, *box} if box else set()
    return set()


def _is_list_item(line: str) -> bool:
    """A bulleted or numbered line, or one behind a pictograph standing for the bullet ('🔹 Rs 45 billion …')."""
    return bp.LIST_ITEM.match(line) is not None or (_undecorated(line) is not line and md.word_count(line) > 1)


def _summary_paragraph(lines: list[str], label: int) -> set[int]:
    """The one paragraph under a summary label ('In Brief') when more running text follows it: the box's
    summary of the story (a paragraph of a standfirst's length), not its first paragraph; else empty."""
    if lines[label].rstrip(":").strip().casefold() not in bp.SUMMARY_PARAGRAPH_LABELS:
        return set()
    under = next((i for i in range(label + 1, len(lines)) if lines[i]), None)
    if under is None or not md.is_body_line(lines[under]) or md.word_count(lines[under]) > _STANDFIRST_MAX_WORDS:
        return set()
    after = islice((line for line in lines[under + 1 :] if line and md.is_body_line(line)), _SUMMARY_STORY_LINES)
    return {under} if sum(1 for _ in after) == _SUMMARY_STORY_LINES else set()


_SUMMARY_STORY_LINES = 2  # running text under the summary: the story it sums up


_SUMMARY_LABEL_MAX_LENGTH = 25


def _link_lists(lines: list[str]) -> set[int]:
    """Line numbers of each list of links inserted into the story ('Keep reading' / 'list of 4 items' /
    'list 1 of 4' / a headline … 'end of list'), its label line above it included."""
    found: set[int] = set()
    for number, line in enumerate(lines):
        # cheap first: the opening line starts with 'list'
        if line[:4].casefold() != "list" or not bp.LINK_LIST_START.fullmatch(line):
            continue
        window = range(number + 1, min(len(lines), number + bp.LINK_LIST_MAX_LINES))
        end = next((i for i in window if bp.LINK_LIST_END.fullmatch(lines[i])), None)
        if end is None:
            continue
        label = number - 1 if number and lines[number - 1] and _is_label(lines[number - 1]) else number
        found.update(range(label, end + 1))
    return found


def _digest_lists(lines: list[str]) -> set[int]:
    """Line numbers of each digest of other stories ('KEY NEWS' over list items, blank lines between them
    allowed), its label included; a label with no list item under it is left alone."""
    found: set[int] = set()
    for number, line in enumerate(lines):
        # cheap first: a short line opening with a letter
        if not line[:1].isalpha() or len(line) > bp.DIGEST_LABEL_MAX_LENGTH or not bp.DIGEST_LABEL.fullmatch(line):
            continue
        items = []
        for other in range(number + 1, len(lines)):
            if not lines[other]:
                continue
            if not bp.LIST_ITEM.match(lines[other]):
                break
            items.append(other)
        if items:
            found.update((number, *items))
    return found


def _tag_lists(lines: list[str]) -> set[int]:
    """Line numbers of each list of topic tags under its label ('Tags:' over 'Pakistan China' / 'CPEC' /
    'Shahzad Akbar Cheema'): the label and the short lines under it that end no sentence (blank lines
    between them allowed)."""
    found: set[int] = set()
    for number, line in enumerate(lines):
        # cheap first: a short line opening with a letter
        if not line[:1].isalpha() or len(line) > bp.TAG_LABEL_MAX_LENGTH or not bp.TAG_LABEL.fullmatch(line):
            continue
        tags = []
        for other in range(number + 1, min(len(lines), number + bp.TAG_LIST_MAX_LINES)):
            tag = lines[other]
            if tag and (md.word_count(tag) > bp.TAG_MAX_WORDS or tag.endswith(bp.SENTENCE_ENDS)):
                break
            if tag:
                tags.append(other)
        if tags:
            found.update((number, *tags))
    return found


def _ticker_chips(lines: list[str]) -> set[int]:
    """Line numbers of the stock-ticker chips set inside a markets story ('Indus Power Generation' /
    'IPG.KA' / '+10.00%'): a signed change line (cheap first: a short line ending with '%') under a
    ticker symbol (maybe with a price line between), and the company's name line right above the symbol."""
    found: set[int] = set()
    for number, line in enumerate(lines):
        if line[-1:] != "%" or len(line) > bp.TICKER_CHANGE_MAX_LENGTH or not bp.TICKER_CHANGE.fullmatch(line):
            continue
        symbol = number - 1
        if symbol > 0 and bp.TICKER_PRICE.fullmatch(lines[symbol]):
            symbol -= 1  # the price between the symbol and the change
        if symbol < 0 or not _is_ticker_symbol(lines[symbol]):
            continue
        found.update(range(symbol, number + 1))
        if symbol and _is_ticker_name(lines[symbol - 1]):
            found.add(symbol - 1)
    return found


def _is_ticker_symbol(line: str) -> bool:
    return len(line) <= bp.TICKER_SYMBOL_MAX_LENGTH and bp.TICKER_SYMBOL.fullmatch(line) is not None


def _is_ticker_name(line: str) -> bool:
    """'Huaxin Energy': a company's name over its ticker symbol, a few words ending no sentence."""
    return (
        line[:1].isupper() and md.word_count(line) <= bp.TICKER_NAME_MAX_WORDS and not line.endswith(bp.SENTENCE_ENDS)
    )


def _newsletter_boxes(lines: list[str], text: str) -> set[int]:
    """Line numbers of a newsletter box set inside the story: its blurb ('Get a different world view with
    …') between two of its marked lines ('Free newsletter' / 'Privacy Notice: Newsletters may …'), all in
    one block; the marked lines are furniture on their own."""
    if "newsletter" not in text.casefold():  # cheap first: most pages have no newsletter box
        return set()
    marked = [
        i for i, line in enumerate(lines) if line and md.may_contain(line, bp.NEWSLETTER_WORDS) and is_furniture(line)
    ]
    found: set[int] = set()
    for first, last in pairwise(marked):
        if 1 < last - first <= bp.NEWSLETTER_BOX_MAX_LINES and all(lines[first:last]):
            found.update(range(first + 1, last))
    return found


def _is_capitals_heading(line: str, previous: str, state: _Lines) -> bool:
    """'MONETARY POLICY': a heading in capitals in a block of its own between paragraphs of the story (a
    place in capitals opening the text is its dateline: only after a paragraph has been kept)."""
    return (
        not previous
        and state.body_lines >= 1
        and line.isupper()
        and _is_label(line)
        and state.kept[-1][1].endswith(bp.SENTENCE_ENDS)
    )


def _is_thin_body(state: _Lines, paragraphs: list[str]) -> bool:
    """Too little running text kept before a glued-article cut to be a story, and a story after the cut."""
    words = sum(md.word_count(paragraph) for paragraph in paragraphs)
    return words < _MIN_WORDS_BEFORE_CUT and state.words_after_cut > words


def _drop_running_heads(lines: list[str]) -> list[str]:
    """Blank the running header or footer of a PDF's pages: a line set off by bars or runs of spaces
    ('CECS Policy Brief No. 14 | Empty Plots … January 2026') next to a page-number line, or repeated on a
    page with page numbers."""
    # substring tests first: the regular expression only runs on the rare lines with a bar or three spaces
    marked = [i for i, line in enumerate(lines) if _is_running_line(line)]
    dropped: list[str] = []
    if not marked:
        return dropped
    pages = {
        i
        for i, line in enumerate(lines)
        if md.may_contain(line, ("page",)) and bp.PAGE_NUMBER_LINE.fullmatch(line) and is_furniture(line)
    }
    if not pages:
        return dropped  # not a paginated document: a repeated bar line may be a stamp ('Posted on … | Business')
    counts: dict[str, int] = {}
    for i in marked:
        counts[_DIGITS.sub("#", _key(lines[i]))] = counts.get(_DIGITS.sub("#", _key(lines[i])), 0) + 1
    for i in marked:
        line = lines[i]
        if i in pages or len(line) > _RUNNING_HEAD_MAX_LENGTH or line.endswith(bp.SENTENCE_ENDS):
            continue
        if (i - 1 in pages or i + 1 in pages) or counts[_DIGITS.sub("#", _key(line))] > 1:
            dropped.append(line)
            lines[i] = ""
    return dropped


_RUNNING_MARK = re.compile(r"\s\|\s|\S {3,}\S")  # a bar or a run of spaces between parts of one line


def _is_running_line(line: str) -> bool:
    """A line in parts set off by a bar or a run of spaces (substring tests first: the expression seldom runs)."""
    return ("|" in line or "   " in line) and _RUNNING_MARK.search(line) is not None


_RUNNING_HEAD_MAX_LENGTH = 160
_DIGITS = re.compile(r"\d+")


def _read_masthead(lines: list[str], body_start: int, state: _Lines) -> None:
    """The outlet's name opening the page: a source of last resort, never the title nor body text."""
    # the first line that is not furniture (an archive's banner may stand above the page)
    top = next((i for i in range(body_start) if lines[i]), None)
    opening = lines[top] if top is not None else None
    if opening and md.word_count(opening) <= bp.MASTHEAD_MAX_WORDS and not opening.endswith(bp.SENTENCE_ENDS):
        state.slogan_line = top + 1  # an outlet's name (maybe one the page does not repeat), then its slogan
    if opening and _key(opening) in bp.PLATFORMS:  # 'Medium', 'X': the platform's chrome opens the page
        state.masthead = bp.PLATFORMS[_key(opening)]
        state.seen.add(_key(opening))
        return
    holder = state.holder = _copyright_holder(lines)
    # 'Global Village Space' above the story, '© Global Village Space.' under it; a logo's name written
    # without spaces ('24NewsHD' over '© 2026 24 News HD.') is the holder's name as the copyright line writes it
    compact = holder.replace(" ", "").casefold() if holder else None
    first = next((i for i in range(body_start) if compact and lines[i].replace(" ", "").casefold() == compact), None)
    if first is not None:
        state.masthead = lines[first] if holder and _key(lines[first]) == _key(holder) else holder
    else:
        first = _opening_name(lines, top, body_start, holder, state)
    if first is None or not state.masthead:
        return
    state.seen.add(_key(lines[first]))
    state.masthead = md.english_outlet_name(state.masthead, lines)
    publisher = next((line for line in lines[first + 1 : body_start] if line), "")
    if publisher[:3].casefold() == "by " and md.parse_byline(publisher) == (None, publisher[3:].strip()):
        state.seen.add(_key(publisher))  # 'Profit' / 'by Pakistan Today': the masthead's publisher


def _opening_name(lines: list[str], top: int | None, body_start: int, holder: str | None, state: _Lines) -> int | None:
    """The line of the outlet's name opening the page (set as `state.masthead`), or None."""
    first = next((i for i in range(body_start) if lines[i] and not is_furniture(lines[i])), None)
    if top is not None and top != first and _is_initials(lines[top]):
        first = top  # 'DW' over the menu: two capitals are furniture elsewhere, a masthead here
    # a bare name opening the page ('Paradigm Shift') is the outlet's, not the writer's: a byline is under the headline
    if first is None or (_is_metadata_line(lines[first]) and not md.is_bare_name(lines[first])):
        return None
    menu = _menu_follows(lines, first, body_start)
    name = md.masthead_name(lines[first], lines, menu_follows=menu) or _newsletter_name(lines, first, body_start)
    if name and holder and _key(name).startswith(_key(holder) + " "):
        name = holder  # 'Samaa TV English' over '© 2025 SAMAA TV.': the outlet's own name
    state.masthead = name
    return first


def _is_initials(line: str) -> bool:
    return len(line) == 2 and line.isalpha() and line.isupper()


def _copyright_holder(lines: list[str]) -> str | None:
    """Whom the page's last copyright line names ('© 2026 Paradigm Shift.' → 'Paradigm Shift')."""
    for line in reversed(lines):
        if line and ("©" in line or "opyright" in line or "OPYRIGHT" in line):
            holder = md.copyright_holder(line)
            if holder:
                return holder
    return None


def _menu_follows(lines: list[str], number: int, end: int) -> bool:
    """One of the next two lines is the page's navigation bar ('Home | World | Business | Opinion')."""
    following = [line for line in lines[number + 1 : end] if line][:2]
    return any(line.count("|") >= 2 and is_furniture(line) for line in following)


def _newsletter_name(lines: list[str], first: int, body_start: int) -> str | None:
    """'THE SILK ROAD LEDGER' over its issue line ('… | Issue No. 118 | 21 November 2025'): the newsletter's
    name, written as the page writes it elsewhere ('The Silk Road Ledger, 14-B Blue Area')."""
    following = next((line for line in lines[first + 1 : body_start] if line), "")
    line = lines[first]
    if _issue_date(following) is None or md.word_count(line) > bp.MASTHEAD_MAX_WORDS + 2:
        return None
    return md.display_name(line, (other for other in lines if other != line))


def _issue_date(line: str) -> date | None:
    """The date of a newsletter's issue line: a part naming the issue number beside a part that is a date."""
    if "|" not in line or not bp.ISSUE_NUMBER.search(line):
        return None
    parts = [part for part in bp.SEGMENT_SEPARATOR.split(line.strip()) if part]
    # 'Issue No. 118', or volume and issue: 'Vol. 45, Issue 01'
    if not any(all(bp.ISSUE_NUMBER.fullmatch(piece.strip()) for piece in part.split(",")) for part in parts):
        return None
    stamps = (md.parse_timestamp_line(part) for part in parts)
    day = next((stamp[0] for stamp in stamps if stamp and stamp[0]), None)
    # a weekly's issue dated by its week: 'January 05 – January 11, 2026' → its first day
    return day or next(filter(None, map(md.parse_span_start, parts)), None)


def _read_letterheads(lines: list[str], state: _Lines) -> None:
    """The issuing body's name in title case among the first lines ('Lahore Chamber of Commerce (LCCI)')."""
    top = [i for i, line in enumerate(lines) if line][: bp.LETTERHEAD_TOP_LINES + 1]
    for number, below in zip(top[: bp.LETTERHEAD_TOP_LINES], [*top[1:], None], strict=False):
        name = md.parse_letterhead(lines[number])
        if name:
            state.letterheads.add(number)
            state.issuers.append(name)
            _drop(state, lines[number])
        # under the body's name, or a department's in capitals the name parsers do not know ('ENERGY DEPARTMENT')
        if (
            below is not None
            and (number in state.letterheads or lines[number].isupper())
            and _is_office_unit(lines[below])
        ):
            state.letterheads.add(below)  # '(CPEC Wing)' under the ministry: part of its letterhead
            _drop(state, lines[below])
        elif below is not None and name and bp.GOVERNMENT_NAME.match(name) and _is_body_in_capitals(lines[below]):
            # 'GOVERNMENT OF SINDH' over 'INFORMATION DEPARTMENT': the department issues, named with its
            # government where the page does so ('© 2026 Information Department, Government of Sindh')
            state.letterheads.add(below)
            combined = f"{lines[below]}, {name}"
            named = any(combined.casefold() in line.casefold() for line in lines[below + 1 :] if "," in line)
            state.issuers.append(combined if named else lines[below])
            _drop(state, lines[below])
    # 'GWADAR PORT AUTHORITY' over 'Ministry of Maritime Affairs, Government of Pakistan': a body in capitals
    # over its parent's letterhead is the issuer
    for above, number in pairwise(top[: bp.LETTERHEAD_TOP_LINES]):
        if number in state.letterheads and above not in state.letterheads and _is_body_in_capitals(lines[above]):
            state.letterheads.add(above)
            state.issuers.insert(0, lines[above])
            _drop(state, lines[above])


def _is_body_in_capitals(line: str) -> bool:
    """'GWADAR PORT AUTHORITY': a few words in capitals ending with a body's noun (no sentence)."""
    words = line.split()
    return (
        0 < len(words) <= bp.COMPANY_MAX_WORDS
        and line.isupper()
        and words[-1].casefold() in bp.UNIT_NOUNS
        and all(word[:1].isalpha() or word == "&" for word in words)
    )


def _is_office_unit(line: str) -> bool:
    """'(CPEC Wing)', '(Media Wing)': a unit of the issuing body in brackets under its name, a few capitalised
    words and no sentence."""
    words = line[1:-1].split()
    return (
        line[:1] == "("
        and line[-1:] == ")"
        and 0 < len(words) <= _OFFICE_UNIT_MAX_WORDS
        and all(word[:1].isupper() or word in bp.SMALL_WORDS for word in words)
    )


_OFFICE_UNIT_MAX_WORDS = 5


def _is_acronym_name(line: str) -> bool:
    """'China-Pakistan Study Centre (CPSC)': a body's or unit's name in title case with its acronym in
    brackets, never a headline ('… Economic Corridor (CPEC)' does not end with such a noun; the bracket at
    the end first: cheap)."""
    if line[-1:] != ")":
        return False
    found = bp.LETTERHEAD_ACRONYM.search(line)
    words = line[: found.start()].split() if found else []
    return (
        0 < len(words) <= bp.LETTERHEAD_MAX_WORDS
        and words[-1].casefold() in bp.UNIT_NOUNS
        and all(word[:1].isupper() or word in bp.SMALL_WORDS for word in words)
    )


def _is_latin_page(text: str) -> bool:
    latin = _count_ascii_letters(text)
    # few, even on pages with some Urdu or Chinese
    others = 0 if text.isascii() else sum(ch.isalpha() for ch in _NOT_ASCII.findall(text))
    return latin + others > 0 and latin >= bp.LATIN_PAGE_SHARE * (latin + others)


_ASCII_LETTER = re.compile("[A-Za-z]")  # exactly the ASCII characters for which str.isalpha holds
_NOT_ASCII = re.compile("[^\x00-\x7f]")
_ASCII_LETTER_BYTES = bytes(range(ord("A"), ord("Z") + 1)) + bytes(range(ord("a"), ord("z") + 1))


def _count_ascii_letters(text: str) -> int:
    """How many characters of `text` are ASCII letters, counted in its UTF-8 bytes: every byte of a
    character outside ASCII is 0x80 or more, so a letter's byte stands only for that letter.
    ('surrogatepass' writes a lone surrogate as three such bytes too.)"""
    data = text.encode("utf-8", "surrogatepass")
    return len(data) - len(data.translate(None, _ASCII_LETTER_BYTES))


def _other_script(line: str, state: _Lines) -> bool:
    """A line with letters but none in Latin script on a page in Latin script: navigation or translation."""
    if not state.latin_page or line.isascii():
        return False  # an ASCII line has no letters or has Latin ones
    # an ASCII letter, usually among the first characters, settles it before the letters are looked at
    return not _ASCII_LETTER.search(line) and any(ch.isalpha() for ch in line)


def _issuers(lines: list[str], state: _Lines) -> tuple[str | None, str | None]:
    """(issuing body, masthead), each written as the page writes it in lower case if it does."""
    # the most specific body: 'Ministry of Foreign Affairs' over the 'Government of Pakistan' under or above it
    specific = [name for name in state.issuers if not bp.GOVERNMENT_NAME.match(name)] or state.issuers
    # 'GWADAR PORT AUTHORITY' over 'Ministry of Maritime Affairs, Government of Pakistan': the body, not the
    # parent that line names with its government
    specific = [name for name in specific if not bp.PARENT_AFFILIATION.search(name)] or specific
    issuer = md.display_name(specific[-1], lines) if specific else None
    return issuer, state.masthead


def _title_candidates(lines: list[str], body_start: int, state: _Lines) -> list[tuple[str, bool, bool]]:
    """Header lines that may be the headline: (line, followed by a byline/timestamp, repeated on the page)."""
    counts: dict[str, int] = {}
    for line in lines:
        if line:
            key = _key(line)
            counts[key] = counts.get(key, 0) + 1
    candidates = []
    # 'Press Release No. 412' / 'HAND OUT NO. 117' stands between the letterhead and the headline
    numbered = _numbered_top(lines, body_start)
    for number, line in enumerate(lines[:body_start]):
        if not line or number < numbered or _key(line) in state.seen or _is_metadata_line(line):
            continue
        if (is_furniture(line) and not bp.LIVE_HEADLINE.fullmatch(line)) or _is_acronym_name(line):
            continue
        if _never_headline(line):
            continue
        followed = _followed_by_metadata(lines, number, body_start) or _heads_standfirst(lines, number, body_start)
        if number and not _never_headline(lines[number - 1]) and _heads_standfirst(lines, number - 1, body_start):
            followed = False  # the standfirst under the headline
        candidates.append((line, followed, counts[_key(line)] > 1))
    return candidates


def _never_headline(line: str) -> bool:
    """A header line no headline is shaped like: a row of short links ('World News | Pakistan News',
    'IEHL | PK0119201017': a headline written with its outlet, 'Headline here | Outlet', has a long part)
    or a magazine's issue line, or a quote stamp with a clock time and a date ('Real-time Pakistan Stock
    Exchange 12:10:05 pm PKT 2025-09-09'), or a price with its signed change ('212.40 PKR +6.10% 5-day change')."""
    if "|" in line and all(md.word_count(part) <= _LINK_WORDS for part in line.split("|")):
        return True
    if "|" in line and _issue_date(line) is not None:
        return True  # an issue line: 'Vol. 45, Issue 01 | January 05 – January 11, 2026'
    if "%" in line and _SIGNED_CHANGE.search(line):
        return True
    return _CLOCK_TIME.search(line) is not None and md.parse_date(line) is not None


_LINK_WORDS = 3  # the most words of one link in a row of them
_CLOCK_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
_SIGNED_CHANGE = re.compile(r"(?<![\w.])[+\u2212-]\d+(?:\.\d+)?\s?%")


def _numbered_top(lines: list[str], body_start: int) -> int:
    """The line of 'Press Release No. 412' / 'HAND OUT NO. 117' between a letterhead and the headline under
    it (-1 when there is none): the lines above it are the issuing office's, none is the headline."""
    numbered = next((i for i in range(body_start) if _is_document_number(lines[i])), -1)
    if numbered >= 0 and not any(_is_headline_after(lines, i) for i in range(numbered + 1, body_start)):
        return -1  # no headline under it: the lines above may hold it
    return numbered


def _is_headline_after(lines: list[str], number: int) -> bool:
    line = lines[number]
    return bool(line) and md.is_headline(line, question=True) and not is_furniture(line)


def _is_mixed_case_headline(line: str) -> bool:
    """A headline-shaped line that is not furniture nor in capitals (menus and letterheads often are)."""
    return (md.is_headline(line) or md.is_title_case_headline(line)) and not is_furniture(line) and not line.isupper()


def _over_standfirst(lines: list[str], number: int, end: int) -> bool:
    """A headline over its standfirst: one or two headline-shaped lines (or a summary sentence) right under
    it, then a byline or timestamp."""
    if not _is_mixed_case_headline(lines[number]) or _is_section_path(lines[number]):
        return False
    below = list(
        islice(
            (i for i in range(number + 1, end) if lines[i] and not is_furniture(lines[i])), _MAX_STANDFIRST_LINES + 1
        )
    )
    if not below or below[0] != number + 1:
        return False
    for count, i in enumerate(below):
        if _is_metadata_line(lines[i]):
            return count >= 1
        if not (_is_mixed_case_headline(lines[i]) or _is_summary_standfirst(lines, i)):
            return False
    return False


def _heads_standfirst(lines: list[str], number: int, end: int) -> bool:
    """`_over_standfirst`, but not a section's label right over the headline ('Business and Economy' over
    'Why is Gwadar still waiting for ships? …', its standfirst and byline): a few words over a longer line
    that is itself over a standfirst."""
    if not _over_standfirst(lines, number, end):
        return False
    words = md.word_count(lines[number])
    return not (
        words <= _SECTION_LABEL_MAX_WORDS
        and md.word_count(lines[number + 1]) > words + _SECTION_LABEL_MAX_WORDS
        and _over_standfirst(lines, number + 1, end)
    )


_SECTION_LABEL_MAX_WORDS = 3


def _is_section_path(line: str) -> bool:
    """'Asia - Pacific', 'South & Central Asia', 'Business › Economy': a section's name over the headline,
    a few capitalised words joined by a mark standing alone, not a headline over its standfirst."""
    words = line.split()
    return (
        len(words) <= _SECTION_PATH_MAX_WORDS
        and any(word in _SECTION_MARKS for word in words)
        and all(word in _SECTION_MARKS or word[:1].isupper() for word in words)
    )


_SECTION_PATH_MAX_WORDS = 4
_SECTION_MARKS = frozenset("-–—›»>/&|·")


def _is_summary_standfirst(lines: list[str], number: int) -> bool:
    """A sentence or two right under the headline and above the byline or timestamp: the standfirst.

    It reads as running text but is the page's summary of the story, not its first paragraph.
    """
    line = lines[number]
    if not line or not md.is_body_line(line) or md.word_count(line) > _STANDFIRST_MAX_WORDS:
        return False
    # the nearest line above that is not blank nor furniture (is_furniture has no side effects: asking
    # fewer lines, nearest first, gives the same line)
    above = next((other for other in reversed(lines[:number]) if other and not is_furniture(other)), None)
    if above is None or not _is_mixed_case_headline(above) or _is_metadata_line(above):
        return False
    return _followed_by_metadata(lines, number, len(lines)) and any(
        md.is_body_line(other) for other in lines[number + 1 :]
    )


def _unwrap(lines: list[str]) -> list[str]:
    """Join the lines of each blank-line separated block when the file is hard-wrapped.

    A file is hard-wrapped when most lines followed by another line in the same block are of
    wrapping length and end mid-sentence; joined blocks keep their first line number (the
    others become blank), so paragraph boundaries stay where they were.
    """
    followed = [i for i in range(len(lines) - 1) if lines[i] and lines[i + 1]]
    wrapped = [
        i
        for i in followed
        if _WRAP_MIN <= len(lines[i]) <= _WRAP_MAX
        and not lines[i].endswith(bp.SENTENCE_ENDS)
        and not is_furniture(lines[i + 1])
        and not _is_metadata_line(lines[i + 1])
    ]
    if len(wrapped) < 3 or len(wrapped) < 0.5 * len(followed):
        return _unwrap_column(lines, followed)
    joined = list(lines)
    for i in followed:
        if joined[i] and _wraps_into(lines[i], lines[i + 1]):
            joined[i + 1], joined[i] = _join_wrapped(joined[i], joined[i + 1]), ""
    return joined


def _unwrap_column(lines: list[str], followed: list[int]) -> list[str]:
    """Join the lines of a narrow column with no blank line between its paragraphs (a newspaper page printed
    to text): most lines are of about the column's width and end mid-sentence. A line runs on into the
    next unless it ends like a sentence well short of the width (a paragraph's last line), is short (a
    headline's end, a byline), is metadata or furniture, or the next line ends the story ('Continued on
    page 7'). Joined lines keep the last line's number, the others become blank."""
    if len(followed) < _COLUMN_MIN_LINES:
        return lines
    lengths = sorted(len(lines[i]) for i in followed)
    width = lengths[len(lengths) * 9 // 10]
    if not _COLUMN_MIN_WIDTH <= width <= _COLUMN_MAX_WIDTH or lengths[len(lengths) // 2] < 0.6 * width:
        return lines
    mid_sentence = sum(1 for i in followed if not lines[i].endswith(bp.SENTENCE_ENDS))
    if mid_sentence < 0.6 * len(followed):
        return lines  # one paragraph (or sentence) a line: nothing is wrapped
    joined = list(lines)
    for i in followed:
        if _column_runs_on(lines[i], lines[i + 1], width):
            joined[i + 1], joined[i] = _join_wrapped(joined[i], joined[i + 1]), ""
    return joined


_COLUMN_MIN_LINES = 12
_ENDS_SENTENCE = re.compile(r"[.!?…][\"”’)\]]?$")  # not ',"': the quote goes on to its speaker
# a newspaper's column is 30 to 60 characters wide (wider lines without blank lines between them are
# paragraphs, one a line)
_COLUMN_MIN_WIDTH, _COLUMN_MAX_WIDTH = 30, 60


def _column_runs_on(line: str, following: str, width: int) -> bool:
    if len(line) < width / 2 or " " not in line:
        return False  # a short line (a headline's end, a byline) or an address
    if _ENDS_SENTENCE.search(line):
        return False  # a paragraph's last line (or a sentence ending at the line's end: a paragraph split
        # there loses less than two run together)
    # a line going on in lower case or ending a sentence is the paragraph's, whatever it looks like alone
    # ('Evening Star.' after 'told the', 'by October, with …'); else a byline or stamp stops the run
    running = following[:1].islower() or _ENDS_SENTENCE.search(following) is not None
    return (
        not is_furniture(line)
        and not _is_metadata_line(line)
        and not is_furniture(following)
        and (running or not _is_metadata_line(following))
        and not bp.END_OF_ARTICLE.fullmatch(following)
    )


def _wraps_into(line: str, following: str) -> bool:
    """In a hard-wrapped file, `line` runs on into `following`: it is of wrapping length (a short line ends
    a cover or title block: 'POLICY BRIEF No. 14'), and the next line is not a byline, stamp or furniture."""
    return (
        len(line) >= _WRAP_MIN
        and not _is_running_line(line)  # a page's running footer
        and not (line.isupper() and not following.isupper())  # a letterhead or heading over a line in mixed case
        and not is_furniture(following)
        and not _is_metadata_line(following)
    )


def _join_wrapped(line: str, following: str) -> str:
    """Join a wrapped line to the next; a word hyphenated by the layout ('elec-' + 'tricity') is mended.

    The hyphen goes only when both halves are in lower case and the second starts with a suffix that
    cannot open a word ('connec-tion', 'identi-fied'); otherwise it stays without the line break
    ('round-table', 'China-Pakistan', 'infra-structure'): a real hyphen is never lost.
    """
    if not (line.endswith("-") and line[-2:-1].isalpha() and following[:1].isalpha()):
        return f"{line} {following}"
    if line[-2:-1].islower() and following[:1].islower() and following.startswith(bp.WORD_ENDINGS):
        return line[:-1] + following
    return line + following


# ---- line classes --------------------------------------------------------------------------------


@lru_cache(maxsize=1024)  # asked several times per line (closing lines, lookahead, body), and costly
def is_furniture(line: str) -> bool:
    """Page chrome: navigation, player UI, sharing, ads, cookie banners, copyright, stray characters."""
    if len(line) <= 2 and any(ch.isalpha() for ch in line):
        return True  # '1x', a lone mojibake 'Â'
    if bp.FURNITURE_OTHER.fullmatch(line) or bp.EDITOR_LINE.fullmatch(line):
        return True
    lowered = md.lowered(line)
    if _is_page_furniture(line, lowered) or ("|" in line and _is_furniture_row(line)):
        return True
    return bool(
        (_has_furniture_mark(line, lowered) and bp.FURNITURE_MARKED.fullmatch(line))
        or (bp.FURNITURE_CREDIT_MARK in line and bp.FURNITURE_CREDITED.fullmatch(line))
        or (
            line.endswith(bp.FURNITURE_CREDITED_FOR_ENDS)
            and md.holds_any(lowered, (bp.FURNITURE_CREDITED_FOR_WORD,))
            and bp.FURNITURE_CREDITED_FOR.fullmatch(line)
        )
        or (
            _may_hold_furniture_cue(line, lowered)
            and bp.FURNITURE_CUES.search(line)
            and bp.FURNITURE_SCANNING.fullmatch(line)
        )
    )


def _is_furniture_row(line: str) -> bool:
    """'Terms and Privacy Policy | Privacy Dashboard': links side by side, each of them page chrome."""
    parts = [part.strip() for part in line.split("|")]
    return len(parts) > 1 and all(parts) and all(map(is_furniture, parts))


def _is_page_furniture(line: str, lowered: str | None) -> bool:
    """A page number of a PDF's running footer, or the disclaimer closing a report (key words first: cheap)."""
    return bool(
        (md.holds_any(lowered, ("page",)) and bp.PAGE_NUMBER_LINE.fullmatch(line))
        or (md.holds_any(lowered, bp.DISCLAIMER_WORDS) and bp.DISCLAIMER.fullmatch(line))
        or ("ICP" in line and bp.ICP_LICENCE.fullmatch(line))
    )


def _has_furniture_mark(line: str, lowered: str | None) -> bool:
    """False only when no pattern of FURNITURE_MARKED can match: the line has none of their marks.

    Two white-space characters in a row are two spaces in a printable line (every other white-space
    character is not printable).
    """
    return (
        any(map(line.__contains__, bp.FURNITURE_MARKS))
        or md.holds_any(lowered, bp.FURNITURE_MARK_WORDS)
        or not line.isprintable()
    )


def _may_hold_furniture_cue(line: str, lowered: str | None) -> bool:
    """False only when FURNITURE_CUES cannot match: a cheap check before its case-insensitive search."""
    return md.holds_any(lowered, bp.FURNITURE_CUE_WORDS) or any(map(line.__contains__, bp.FURNITURE_CUES_OTHER_SCRIPTS))


def _starts_body(line: str, lines: list[str], number: int) -> bool:
    if not line or not md.is_body_line(line) or is_furniture(line) or _is_metadata_line(line):
        return False
    if _is_summary_standfirst(lines, number):
        return False
    title_case = md.is_title_case_headline(line)
    if (title_case or md.is_headline(line)) and _over_standfirst(lines, number, len(lines)):
        return False  # a headline ending like a sentence or a quote mark, over its standfirst and byline
    return not (
        (md.is_headline(line, question=True) or title_case) and _followed_by_metadata(lines, number, len(lines))
    )


def _followed_by_metadata(lines: list[str], number: int, end: int) -> bool:
    """The next line that is not furniture is a byline, timestamp or credit: `lines[number]` is a headline.

    A section label of a word or two may stand between them ('Trade' under the headline, over 'Wire Desk |
    April 2, 2026')."""
    # a byline set out like a link bar ('Analyst: NAME, CFA | e-mail | phone') is still the byline
    rest = (other for other in lines[number + 1 : end] if other and (not is_furniture(other) or _is_byline_row(other)))
    following = next(rest, None)
    if following is None or _is_metadata_line(following):
        return following is not None
    if md.word_count(following) > _LABEL_UNDER_HEADLINE_WORDS or not _is_label(following):
        return False
    following = next(rest, None)
    return following is not None and _is_metadata_line(following)


_LABEL_UNDER_HEADLINE_WORDS = 2


def _is_byline_row(line: str) -> bool:
    """A labelled byline with its contacts after bars (a bar first: cheap)."""
    return "|" in line and ":" in line and bp.BYLINE_LABELLED.fullmatch(line) is not None


@lru_cache(maxsize=1024)  # asked of the same header lines by several checks
def _is_metadata_line(line: str) -> bool:
    return len(line) <= _METADATA_MAX_LENGTH and (
        _segments(line) is not None
        or md.parse_timestamp_line(line) is not None
        or md.parse_credit(line) is not None
        or md.parse_byline(line) is not None
        or md.parse_agency_line(line) is not None
        or md.parse_labelled_stamp(line) is not None
        or md.parse_stamp_byline(line) is not None
        or md.parse_outlet_stamp(line) is not None
        or _dateline_only(line) is not None
        or md.parse_place_date(line) is not None
        or md.parse_print_edition(line) is not None
        or md.parse_print_edition_as(line) is not None
        or md.parse_outlet_place(line) is not None
        or md.parse_organisation(line) is not None
        or md.parse_file_number(line) is not None
    )


def _dateline_only(line: str) -> tuple[date | None, str | None] | None:
    """A line holding only a dateline ('ISLAMABAD, Oct. 11 (Xinhua) --') with the text on the next line."""
    if not line.rstrip().endswith(_DATELINE_ENDS):
        return None  # DATELINE ends with one of these, then white space, and nothing may follow it
    found = md.parse_dateline(line + " ")
    if found is None or not (found[0] or found[1]):
        return None
    match = bp.DATELINE.match(line + " ")
    return found if match and not line[match.end() :].strip() else None


_DATELINE_ENDS = ("-", "–", "—", ":")


@lru_cache(maxsize=1024)  # each line's key is asked for several times
def _key(line: str) -> str:
    """A line as compared with the lines seen before: spacing, case and the pictographs opening it ignored
    ('🇵🇰🤝🇨🇳 Pakistan, China sign …' under the headline of a shared page is that headline)."""
    return " ".join(_undecorated(line).split()).casefold()


# Pictographs a share sheet or a social post sets at the start of a line: flags, hands, pins, arrows, check
# marks, diamonds ('📌 Key points', '🔹 Joint working group …', '📲 Shared from …').
_DECORATION = re.compile("[\U0001f000-\U0001faff\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff\ufe0f\u200d]+\\s*")
_DECORATION_FROM = "\u2190"  # the lowest character `_DECORATION` matches: a cheap first-character test


def _undecorated(line: str) -> str:
    """`line` without the pictographs opening it."""
    if line[:1] < _DECORATION_FROM:
        return line
    match = _DECORATION.match(line)
    return line[match.end() :] if match else line


def _is_decorated_furniture(line: str) -> bool:
    """'📲 Shared from the … app', '👉 Download: URL': page chrome behind pictographs."""
    rest = _undecorated(line)
    return rest is not line and bool(rest) and is_furniture(rest)


def _is_label(line: str) -> bool:
    """A short line of words not ending like a sentence: a section label ('China', 'World News')."""
    return md.word_count(line) <= 3 and any(ch.isalpha() for ch in line) and not line.endswith(bp.SENTENCE_ENDS)


@lru_cache(maxsize=1024)
def _segments(line: str) -> tuple[str, ...] | None:
    """The parts of a bar-separated metadata line ('Posted on March 3, 2025 | Business'), or None.

    Every part must be metadata, an editor credit or a short label, and one part must be a stamp,
    a credit or an agency (so a navigation bar of labels alone is not metadata).
    """
    if not _may_have_separator(line.strip()):
        return None
    parts = [part for part in bp.SEGMENT_SEPARATOR.split(line.strip()) if part]
    if len(parts) < 2 or any(_is_long_part(part) for part in parts):
        return None
    if not all(_is_metadata_part(part) or _is_label(part) or bp.EDITOR_LINE.fullmatch(part) for part in parts):
        return None
    return tuple(parts) if any(_is_anchor_part(part) for part in parts) else None


def _is_long_part(part: str) -> bool:
    """A part of too many words for metadata, unless it is a wire's stamp ('KYODO NEWS - Oct 31, 2025 - 18:42')."""
    return md.word_count(part) > bp.MAX_SEGMENT_WORDS and md.parse_outlet_stamp(part) is None


def _may_have_separator(line: str) -> bool:
    """False only when SEGMENT_SEPARATOR cannot match in the stripped `line`, so it is one part.

    Its alternatives need a bar, three white-space characters (only spaces in a printable line: every
    other white-space character is not printable), a colon after a label, or capitals ending the line.
    """
    return (
        "|" in line
        or "｜" in line
        or ":" in line
        or "：" in line
        or "A" <= line[-1:] <= "Z"
        or "   " in line
        or not line.isprintable()
    )


def _is_metadata_part(part: str) -> bool:
    return (
        md.parse_timestamp_line(part) is not None
        or md.parse_credit(part) is not None
        or md.parse_byline(part) is not None
        or md.parse_agency_line(part) is not None
        or md.parse_labelled_stamp(part) is not None
        or md.parse_outlet_stamp(part) is not None
    )


def _is_anchor_part(part: str) -> bool:
    stamp = md.parse_timestamp_line(part)
    return bool(
        (stamp and stamp[0])
        or md.parse_credit(part)
        or md.parse_agency_line(part)
        or md.parse_labelled_stamp(part)
        or md.parse_outlet_stamp(part)
    )


# ---- header and body zones -------------------------------------------------------------------------


def _drop(state: _Lines, line: str) -> None:
    state.dropped.append(line)
    state.seen.add(_key(line))


def _metadata(line: str, state: _Lines, *, bare_names: bool) -> bool:
    """Record a metadata line (timestamp, credit, byline, dateline); True when it was one."""
    if len(line) > _METADATA_MAX_LENGTH:
        return False
    parts = _segments(line)
    if parts:
        for part in parts:
            _metadata(part, state, bare_names=bare_names)
        return True
    stamp = md.parse_timestamp_line(line)
    if stamp is not None:
        state.stamps.append(stamp)
        if stamp[0] is None and not stamp[1] and state.ambiguous_stamp is None:
            state.ambiguous_stamp = md.ambiguous_readings(line)  # 'Issued on: 11/12/2024 - 16:20'
        return True
    credit = md.parse_credit(line)
    if credit:
        if not md.is_picture_credit(credit):
            state.credits.append(credit)  # a picture's credit names no source of the article
        return True
    labelled = md.parse_labelled_stamp(line)
    if labelled:
        state.stamps.append(labelled[:2])
        if labelled[2]:
            _metadata(labelled[2], state, bare_names=True)  # the byline or desk before the stamp
        return True
    outlet_stamp = md.parse_outlet_stamp(line)  # 'KYODO NEWS - Oct 31, 2025 - 18:42': the wire's stamp
    if outlet_stamp:
        state.stamps.append((outlet_stamp[0], False))
        return True
    agency = md.parse_agency_line(line)
    if agency:
        state.byline_agencies.append(agency)
        return True
    stamped = md.parse_stamp_byline(line)
    if stamped:
        state.stamps.append((stamped[0], False))
        state.bylines.append(stamped[1])
        return True
    byline = md.parse_byline(line)
    # a bare name must also not be page chrome: 'Playback Rate' in a video player's lines is no writer
    if byline and (not md.is_bare_byline(line) or (bare_names and not is_furniture(line))):
        if byline[0]:
            state.bylines.append(byline[0])
        if byline[1]:
            state.byline_agencies.append(byline[1])
        written = md.parse_date(line)  # "By Zhao Lei | China Daily | Updated: 2024-09-16"
        if written:
            state.stamps.append((written, bool(bp.UPDATED_LABEL.search(line))))
        return True
    dateline = _dateline_only(line)
    if dateline:
        state.dateline = dateline
        return True
    return _release_metadata(line, state)


def _release_metadata(line: str, state: _Lines) -> bool:
    """Place-and-date lines, file numbers, print-edition footers, 'Outlet, Place' credits and letterheads."""
    numbered = md.parse_file_number(line)
    if numbered:
        if numbered[1]:
            state.stamps.append((numbered[1], False))
        return True
    issued = _issue_date(line)
    if issued:
        state.stamps.append((issued, False))
        return True
    placed = md.parse_place_date(line)
    if placed:
        state.stamps.append((placed, False))
        return True
    footer = md.parse_print_edition_as(line)
    if footer:
        state.credits.append(footer)
        return True
    edition = md.parse_print_edition(line)
    if edition:
        state.credits.append(edition[0])
        state.stamps.append((edition[1], False))
        return True
    outlet = md.parse_outlet_place(line)
    if outlet:
        state.byline_agencies.append(outlet)
        return True
    outlet = md.parse_agencies_credit(line) if line[:1] == "(" else None
    if outlet:
        state.credits.append(outlet)
        return True
    organisation = md.parse_organisation(line)
    if organisation:
        state.issuers.append(organisation)
        return True
    return False


def _header_line(
    line: str, number: int, state: _Lines, *, drop_headlines: bool, keep: bool = True, bare_names: bool = True
) -> None:
    """Above the first running-text line: headlines, labels, furniture and metadata all leave the body
    (and with `keep` False, every other line too)."""
    if not line:
        return
    if _key(line) in state.seen:
        _drop(state, line)
        return
    repeated = (state.title and _key(line) == _key(state.title)) or _key(line) in state.seen
    if (
        _metadata(line, state, bare_names=bare_names)
        or is_furniture(line)
        or _is_decorated_furniture(line)
        or _other_script(line, state)
        or repeated
        or _is_label(line)
        or (drop_headlines and md.is_headline(line, question=True))
        or not keep
        or (number == state.slogan_line and _is_slogan(line))
    ):
        _drop(state, line)
    else:
        state.kept.append((number, line))
        state.seen.add(_key(line))


def _is_slogan(line: str) -> bool:
    """'Made for minds.': a phrase of a few words under the masthead, ending like a sentence but no sentence."""
    return md.word_count(line) <= _SLOGAN_MAX_WORDS and line.endswith((".", "!")) and not line[:1].isdigit()


_SLOGAN_MAX_WORDS = 4


def _body_lines(lines: list[str], start: int, state: _Lines) -> None:
    last = max((i for i, line in enumerate(lines) if line), default=-1)
    # where a writer's tagline may stand: the last two lines that are not page furniture
    closing = list(islice((i for i in reversed(range(len(lines))) if lines[i] and not is_furniture(lines[i])), 2))
    # the title does not change here; `_key` of a non-empty stripped line is never empty nor None
    title_key = _key(state.title) if state.title else None
    for number in range(start, len(lines)):
        line = lines[number]
        if not line:
            continue
        key = _key(line)
        if line[:1] in _INLINE_LABEL_FIRSTS and len(line) <= bp.INLINE_LINK_LABEL_MAX_LENGTH:
            box = _inline_link_box(lines, number)
            if box:
                state.link_lists.update(box)  # the box's label and headline go, the story goes on under them
        if number not in state.link_lists and _ends_article(lines, number, state, key == title_key):
            state.cut, state.cut_at = True, number
            state.words_after_cut = sum(md.word_count(rest) for rest in lines[number:] if md.is_body_line(rest))
            _drop_closing_tagline(state)
            state.dropped.extend(rest for rest in lines[number:] if rest)
            if bp.AUTHOR_BOX.fullmatch(line):
                _metadata(line, state, bare_names=True)  # the box still names the writer
            # the page's print-edition footer still names its outlet after the glued content
            state.credits.extend(filter(None, (md.parse_print_edition_as(rest) for rest in lines[number:] if rest)))
            return
        if _release_trailer(line, state):
            _drop(state, line)
            continue
        previous = lines[number - 1] if number else ""
        if (
            key in state.seen
            or number in state.summary_box
            or number in state.link_lists
            or is_furniture(line)
            or _is_decorated_furniture(line)
            or _other_script(line, state)
            or (
                number in closing
                and (bp.WRITER_TAGLINE.fullmatch(line) or _is_sign_off(line, state) or _is_author_tagline(line, state))
            )
            or key == title_key
            or _metadata(line, state, bare_names=number == last)
            or (md.word_count(line) == 1 and _is_label(line) and (not previous or previous.endswith(bp.SENTENCE_ENDS)))
            or (line[:2].isupper() and _is_capitals_heading(line, previous, state))
            or _in_tag_list(line, previous)
            or _names_newsletter(line, previous)
            or number in state.boxes
            or (state.body_lines >= _MIN_PARAGRAPHS_BEFORE_CUT and _is_author_tagline(line, state))
            or (line[:1].isdigit() and _is_section_heading(lines, number))
            or _is_credited_caption(lines, number)
        ):
            _drop(state, line)
        else:
            state.kept.append((number, line))
            state.seen.add(key)
            state.body_lines += md.is_body_line(line)
            state.datelined = state.datelined or _opens_with_place_dateline(line)


_INLINE_LABEL_FIRSTS = frozenset("RrAaSsMm")  # what INLINE_LINK_LABEL may open with


def _release_trailer(line: str, state: _Lines) -> bool:
    """Whether a body line lies in a press release's trailer: from a 'Forward-Looking Statements' or 'Media
    Contacts' heading or the wire's 'SOURCE …' line on, the disclaimer, contacts and wire links under it, up
    to an 'About …' section (part of the release, kept) or the page's end."""
    if state.trailer:
        state.trailer = not _is_about_heading(line)
        return state.trailer
    if state.body_lines < _MIN_PARAGRAPHS_BEFORE_CUT or len(line) > bp.RELEASE_TRAILER_MAX_LENGTH:
        return False
    if not (line.startswith("SOURCE ") or md.may_contain(line, bp.RELEASE_TRAILER_WORDS)):
        return False
    state.trailer = bp.RELEASE_TRAILER_HEADING.fullmatch(line) is not None
    return state.trailer


def _is_about_heading(line: str) -> bool:
    """'About Lingyun Cold Chain Technology Inc.': the heading of a release's section on a party to it."""
    return (
        line.startswith("About ")
        and md.word_count(line) <= _ABOUT_HEADING_MAX_WORDS
        and line[6:7].isupper()
        and not line.endswith(("?", "!", ":"))
    )


_ABOUT_HEADING_MAX_WORDS = 12


def _inline_link_box(lines: list[str], number: int) -> set[int]:
    """'Related article' over one or two linked headlines, then two paragraphs of running text: a box
    inside the story linking to another one, not the end of the story (a list of related links under
    it has more headlines, or a teaser under each; a story glued under it opens with its dateline, or has
    a byline or stamp under its headline); the line numbers of label and headlines, else empty."""
    if not bp.INLINE_LINK_LABEL.fullmatch(lines[number]):
        return set()
    following = [i for i in range(number + 1, min(len(lines), number + _INLINE_BOX_WINDOW)) if lines[i]]
    headlines = list(takewhile(lambda i: md.is_headline(lines[i], question=True), following))
    after = following[len(headlines) : len(headlines) + 2]
    if not 1 <= len(headlines) <= bp.INLINE_LINK_HEADLINES or len(after) < 2:
        return set()
    if not all(md.is_body_line(lines[i]) and not is_furniture(lines[i]) for i in after):
        return set()
    if md.parse_dateline(lines[after[0]]) or md.parse_agency_dateline(lines[after[0]]):
        return set()  # 'COLOMBO, July 31 (Reuters) - …': another story under its headline
    if any(_is_story_stamp(lines[i]) or _is_byline(lines[i]) for i in following[: len(headlines) + 2]):
        return set()
    return {number, *headlines}


_INLINE_BOX_WINDOW = 12  # lines looked at under a box's label: its headlines and two paragraphs


def _is_credited_caption(lines: list[str], number: int) -> bool:
    """'Cranes stand idle at Gwadar port. The port handled … last year. Reuters': a photo caption, its credit
    (see `boilerplate.CAPTION_CREDIT`) after its last sentence with no mark between, above running text (a
    wire's sign-off closes the story instead)."""
    line = lines[number]
    if line.endswith(bp.SENTENCE_ENDS):
        return False  # cheap: running text ends like a sentence
    cut = line.rfind(". ", max(0, len(line) - bp.CAPTION_CREDIT_MAX_LENGTH))
    if cut < 0 or md.word_count(line) > _CAPTION_MAX_WORDS or not bp.CAPTION_CREDIT.fullmatch(line[cut + 2 :]):
        return False
    return md.is_body_line(next((other for other in lines[number + 1 :] if other), ""))


def _in_tag_list(line: str, previous: str) -> bool:
    """'EVs' / 'Pakistan' / 'China': a list of one- or two-word topic tags, a label right under another one."""
    return bool(_TAG.fullmatch(line) and _TAG.fullmatch(previous))


def _names_newsletter(line: str, previous: str) -> bool:
    """'The Daily Report' under 'Sign up for one of our free newsletters': the name of the newsletter offered."""
    return (
        _is_label(line)
        and md.word_count(line) > 1
        and md.may_contain(previous, ("newsletter",))
        and is_furniture(previous)
    )


_TAG = re.compile(r"#?[A-Za-z][\w&'’\-]*(?:\s#?[A-Za-z][\w&'’\-]*)?")  # a tag of one or two words, no sentence


def _is_section_heading(lines: list[str], number: int) -> bool:
    """'2. What investors told us': a numbered heading standing alone between paragraphs of running text.

    Not an item of a numbered list: the blocks before and after it are not list items, and the one after
    reads as running text."""
    line = lines[number]
    if not bp.SECTION_HEADING.fullmatch(line) or md.word_count(line) > _HEADING_MAX_WORDS:
        return False
    if (number + 1 < len(lines) and lines[number + 1]) or (number and lines[number - 1]):
        return False  # not a block of its own
    after = next((other for other in lines[number + 1 :] if other), "")
    before = next((other for other in reversed(lines[:number]) if other), "")
    return md.is_body_line(after) and not bp.LIST_ITEM.match(after) and not bp.LIST_ITEM.match(before)


_HEADING_MAX_WORDS = 7


def _is_sign_off(line: str, state: _Lines) -> bool:
    """'Arab News Pakistan' closing the page: the outlet's name again, not a sentence."""
    if not state.masthead or line.endswith(bp.SENTENCE_ENDS) or not _key(line).startswith(_key(state.masthead)):
        return False
    # with its postal address after a comma: 'The Silk Road Ledger, 14-B Blue Area, Islamabad'
    addressed = line[len(state.masthead) : len(state.masthead) + 1] == ","
    return md.word_count(line) <= bp.MASTHEAD_MAX_WORDS + (_ADDRESS_MAX_WORDS if addressed else 2)


_ADDRESS_MAX_WORDS = 8


def _is_author_tagline(line: str, state: _Lines) -> bool:
    """'Mehreen Qazilbash is a journalist based in Islamabad.': the byline's writer, after the story."""
    return any(
        line.startswith(name) and bp.TAGLINE_VERBS.fullmatch(line[len(name) :])
        for byline in state.bylines
        if byline
        # 'By Prof. Saima Jatoi' over 'Saima Jatoi teaches …': the name without its honorific
        for name in {byline, md.author_name(byline)}
    )


def _ends_article(lines: list[str], number: int, state: _Lines, is_title: bool) -> bool:
    """The page's headline again, an end-of-article marker, or a new headline with its own byline/timestamp.

    `is_title`: the line is the page's headline (`state.title and _key(line) == _key(state.title)`).
    """
    body_so_far = state.body_lines
    line = lines[number]
    if body_so_far >= _MIN_PARAGRAPHS_BEFORE_CUT and (is_title or _is_document_number(line)):
        return True  # the headline again, or the number line of the next press release
    if body_so_far >= 1 and (bp.END_OF_ARTICLE.fullmatch(line) or _opens_references(lines, number)):
        return True
    if (
        body_so_far >= _MIN_PARAGRAPHS_BEFORE_CUT
        and len(line) <= bp.COMMENTS_HEADING_MAX_LENGTH
        and _opens_comments(lines, number)
    ):
        return True  # 'Comments' over a comment box: the readers' comments follow
    if body_so_far >= _MIN_PARAGRAPHS_BEFORE_CUT and line[:1] in "WwPp" and bp.AUTHOR_BOX.fullmatch(line):
        return True  # 'Written by Hira Baloch' under the story: the author's box, then the reader comments
    if (
        body_so_far >= _MIN_PARAGRAPHS_BEFORE_CUT
        and line[:1] in _INLINE_LABEL_FIRSTS
        and len(line) <= bp.INLINE_LINK_LABEL_MAX_LENGTH
        and _closes_with_related_links(lines, number)
    ):
        return True  # 'Also read:' over related headlines, then only the page's footer
    if body_so_far >= 1 and md.is_headline(line):
        following = [other for other in lines[number + 1 : number + 8] if other][:2]
        if following and (_opens_with_dateline(following[0]) or md.parse_agency_dateline(following[0])):
            return True  # 'Kathmandu (AFP) – …' under it: another agency story
        if (
            len(following) == 2
            and _is_place_line(following[0])
            and md.is_body_line(following[1])
            and _names_something_new(line, state)
        ):
            return True  # 'ANKARA' alone on the line under it, then running text: another story's dateline
        if following and state.datelined and _opens_with_place_dateline(following[0]):
            return True  # a story has one dateline: a headline over a second one opens another story
        return any(
            _is_story_stamp(other) or _is_byline(other) or md.parse_place_date(other) is not None for other in following
        )
    return False


def _closes_with_related_links(lines: list[str], number: int) -> bool:
    """'Also read:' over one or more linked headlines with no running text anywhere under them: the list of
    related stories closing the page (its headlines and the footer under it are no part of the story)."""
    if not bp.INLINE_LINK_LABEL.fullmatch(lines[number]):
        return False
    following = [i for i in range(number + 1, len(lines)) if lines[i]]
    headlines = list(takewhile(lambda i: md.is_headline(lines[i], question=True), following))
    if not 1 <= len(headlines) <= bp.RELATED_HEADLINES_MAX:
        return False
    return not any(md.is_body_line(lines[i]) for i in following[len(headlines) :])


def _is_story_stamp(line: str) -> bool:
    """A timestamp that may date another story: a time of day alone ('10:20 PM PKT') is no story's stamp but
    a live blog's entry time (`(None, False)` first: the expression runs only on stamps without a date)."""
    stamp = md.parse_timestamp_line(line)
    return stamp is not None and (stamp != (None, False) or not bp.BARE_TIME_LINE.fullmatch(" ".join(line.split())))


def _drop_closing_tagline(state: _Lines) -> None:
    """'The author is a researcher at …' as the last line kept above where the story ends (its sources,
    related links, comments follow): the writer's tagline, not the story's."""
    if state.kept and bp.WRITER_TAGLINE.fullmatch(state.kept[-1][1]):
        state.dropped.append(state.kept.pop()[1])


def _opens_comments(lines: list[str], number: int) -> bool:
    """'Comments' over '1000 characters' or 'Faisal A. | Jul 08, 2025 08:12am': the readers' comments."""
    if "omment" not in lines[number] or not bp.COMMENTS_HEADING.fullmatch(lines[number]):
        return False
    following = islice((other for other in lines[number + 1 :] if other), bp.COMMENTS_LOOKAHEAD)
    return any(bp.COMMENT_BOX_LINE.fullmatch(other) for other in following)


def _opens_references(lines: list[str], number: int) -> bool:
    """'References' over '[1] CPEC Authority, …': the sources of an essay, under its text."""
    if len(lines[number]) > 30 or not bp.REFERENCES_HEADING.fullmatch(lines[number]):
        return False
    following = next((other for other in lines[number + 1 : number + 4] if other), "")
    return bp.FOOTNOTE_ENTRY.fullmatch(following) is not None


def _names_something_new(headline: str, state: _Lines) -> bool:
    """A headline in sentence case naming something the story kept so far never did: another story's
    subject, not a subheading of this one (over a speaker's name in capitals, say).

    The names are its capitalised words after the first; a headline in title case shows none."""
    words = [word for word in headline.split() if word.casefold() not in bp.SMALL_WORDS]
    if all(word[:1].isupper() or not word[:1].isalpha() for word in words):
        return False  # title case: every word a capital, names cannot be told
    names = {term.casefold() for term in _KEY_TERM.findall(" ".join(words[1:]))}
    told = {word.casefold() for _, line in state.kept for word in _WORD.findall(line)}
    return bool(names - told)


def _is_place_line(line: str) -> bool:
    """'ANKARA', 'NEW DELHI': a place in capitals alone on its line, as a dateline set above the text."""
    return (
        len(line) <= _PLACE_LINE_MAX_LENGTH
        and line.isupper()
        and bp.PLACE_LINE.fullmatch(line) is not None
        and md.word_count(line) <= _PLACE_LINE_MAX_WORDS
    )


_PLACE_LINE_MAX_LENGTH, _PLACE_LINE_MAX_WORDS = 30, 3


def _is_document_number(line: str) -> bool:
    """'Press Release No. 413/2025': the series and number over a document's headline (a digit first: cheap)."""
    return any(map(str.isdigit, line[-12:])) and bp.DOCUMENT_NUMBER_LINE.fullmatch(line) is not None


def _opens_with_dateline(line: str) -> bool:
    """'COLOMBO, July 31 (Reuters) - …': a dateline naming a date or an agency opens another story."""
    found = md.parse_dateline(line)
    return found is not None and (found[0] is not None or found[1] is not None)


def _is_byline(line: str) -> bool:
    return bool(bp.BYLINE.fullmatch(line)) or md.is_bare_byline(line)


# ---- paragraphs ------------------------------------------------------------------------------------


def _paragraphs(lines: list[str], kept: list[tuple[int, str]]) -> list[str]:
    """Blank or dropped lines separate paragraphs; a line ending like a sentence ends one; wraps are joined."""
    paragraphs: list[list[str]] = []
    previous_number = -2
    for number, line in kept:
        if paragraphs and (
            (number == previous_number + 1 and _continues(paragraphs[-1][-1], line))
            or (line[:1].islower() and not paragraphs[-1][-1].endswith(bp.SENTENCE_ENDS))
        ):  # a sentence running on over a page break (and the page's footer) goes on in lower case
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
        previous_number = number
    joined = (reduce(_join_wrapped, parts).strip() for parts in paragraphs)
    return [paragraph for paragraph in joined if paragraph]


def _continues(paragraph: str, line: str) -> bool:
    """A line goes on the paragraph unless that ended like a sentence; a dateline or a list item opens a new one."""
    if _opens_with_place_dateline(line) or bp.LIST_ITEM.match(line):
        return False
    return not paragraph.endswith(bp.SENTENCE_ENDS) or line[:1].islower()


def _opens_with_place_dateline(line: str) -> bool:
    """'BULAWAYO: Pakistan beat …': a place in capitals and a colon or dash open a story's first paragraph."""
    return md.parse_dateline(line) is not None and md.is_body_line(line)


def _drop_pull_quotes(paragraphs: list[str], state: _Lines) -> list[str]:
    """Drop a pull-quote: a short display line whose words the story says again inside a longer paragraph
    ('— "Nobody asks about the battery warranty." —'), with the attribution line under it ('— Faisal Mirza')."""
    if not 3 <= len(paragraphs) <= _PULL_QUOTE_MAX_PARAGRAPHS:
        return paragraphs
    # cheap first: only a line that is a quotation alone may be a pull-quote, and most pages have none
    displays = [
        i
        for i, paragraph in enumerate(paragraphs)
        if paragraph[:1] in _DISPLAY_OPENERS and bp.DISPLAY_QUOTE.fullmatch(paragraph)
    ]
    if not displays:
        return paragraphs
    words = [" ".join(_WORD.findall(paragraph.casefold())) for paragraph in paragraphs]
    pulled = {i for i in displays if _repeats_another(i, words)}
    pulled |= {
        i + 1 for i in pulled if i + 1 < len(paragraphs) and bp.PULL_QUOTE_ATTRIBUTION.fullmatch(paragraphs[i + 1])
    }
    state.dropped.extend(paragraphs[i] for i in sorted(pulled))
    return [paragraph for i, paragraph in enumerate(paragraphs) if i not in pulled]


def _repeats_another(index: int, words: list[str]) -> bool:
    """The words of paragraph `index` (a short one) stand in that order inside a longer paragraph."""
    own = words[index]
    count = own.count(" ") + 1
    if not _PULL_QUOTE_MIN_WORDS <= count <= _PULL_QUOTE_MAX_WORDS:
        return False
    padded = f" {own} "
    return any(len(other) > len(own) and padded in f" {other} " for i, other in enumerate(words) if i != index)


_WORD = re.compile(r"\w+")
_DISPLAY_OPENERS = '"“‘—–-'
_PULL_QUOTE_MIN_WORDS, _PULL_QUOTE_MAX_WORDS = 6, 40
_PULL_QUOTE_MAX_PARAGRAPHS = 300  # bounds the pairwise comparison on pathological files


def _cut_topic_switch(paragraphs: list[str], state: _Lines) -> list[str]:
    """Cut at a headline-shaped line after which the text shares almost no key terms with what came before."""
    candidates = [i for i in range(_MIN_PARAGRAPHS_BEFORE_CUT, len(paragraphs) - 1) if md.is_headline(paragraphs[i])]
    for index in candidates[:_MAX_TOPIC_CHECKS]:
        before, after = _terms(paragraphs[:index]), _terms(paragraphs[index:])
        if len(after) >= 5 and len(after & before) / len(after) < _TOPIC_OVERLAP_CUT:
            state.cut = True
            state.dropped.extend(paragraphs[index:])
            return paragraphs[:index]
    return paragraphs


def _terms(paragraphs: list[str]) -> set[str]:
    return {term for paragraph in paragraphs for term in _KEY_TERM.findall(paragraph)} - _COMMON_CAPITALS


def _warnings(state: _Lines) -> list[str]:
    warnings = []
    if state.cut:
        warnings.append("cut what followed the story: a second article, related links or reader comments")
    if state.dropped:
        count = len(state.dropped)
        warnings.append(f"dropped {count} line{'s' if count != 1 else ''} of page furniture and metadata")
    return warnings
