"""The clean stage's cheap pre-checks give the same answers as the plain computations they skip.

Each gated function is compared with a copy of its plain (ungated) version, on lines built from pieces
that reach every gate (key words in any case, the case-folding traps, digits in other scripts, odd white
space, separators) and on every line of the test fixtures and seeds; the facts about characters the
gates rest on are checked over all of Unicode.
"""

from __future__ import annotations

import re
import string
import sys

from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator import boilerplate as bp
from generator import clean, sentences
from generator import metadata as md

from .conftest import FIXTURES, ROOT

_ALL_CHARACTERS = [chr(code) for code in range(sys.maxunicode + 1)]
_TRAPS = {"\u0130", "\u0131", "\u017f"}


# ---- facts about characters --------------------------------------------------------------------------


def test_only_the_traps_match_an_ascii_letter_without_lowering_to_it() -> None:
    """`md.lowered`: a character IGNORECASE matches to an ASCII letter lowers to that letter, or is a trap."""
    letter = re.compile("[a-z]", re.IGNORECASE)
    for ch in _ALL_CHARACTERS:
        if letter.fullmatch(ch):
            assert ch.lower() in string.ascii_lowercase or ch in _TRAPS, hex(ord(ch))
    assert all(re.fullmatch("[a-z]", trap, re.IGNORECASE) for trap in _TRAPS)


def test_cue_characters_without_case_match_only_themselves() -> None:
    """The Urdu and Chinese cue words and the marks are looked for as they are: IGNORECASE adds nothing."""
    marks = "".join(bp.FURNITURE_CUES_OTHER_SCRIPTS) + "".join(bp.FURNITURE_MARKS).strip() + "()"
    pattern = re.compile(f"[{re.escape(marks)}]", re.IGNORECASE)
    assert [ch for ch in _ALL_CHARACTERS if pattern.fullmatch(ch) and ch not in marks] == []


def test_white_space_facts() -> None:
    """`\\s` is str.isspace; the space is the only printable white space; casefold keeps white space as it is."""
    space = re.compile(r"\s")
    for ch in _ALL_CHARACTERS:
        assert bool(space.fullmatch(ch)) == ch.isspace(), hex(ord(ch))
        if ch.isspace():
            assert ch.casefold() == ch and (ch == " " or not ch.isprintable()), hex(ord(ch))
        else:
            assert len(ch.casefold()) >= 1 and not any(c.isspace() for c in ch.casefold()), hex(ord(ch))


def test_word_characters_are_alphanumerics_and_underscore() -> None:
    word = re.compile(r"\w")
    assert [ch for ch in _ALL_CHARACTERS if bool(word.fullmatch(ch)) != (ch.isalnum() or ch == "_")] == []


# ---- plain versions of the gated functions ---------------------------------------------------------------


def _plain_timestamp(line: str):
    line = " ".join(line.split())
    if len(line) > bp.TIMESTAMP_MAX_LENGTH:
        return None
    if bp.BARE_TIME_LINE.fullmatch(line):
        return None, False
    if not bp.TIMESTAMP_LINE.fullmatch(line) or not bp.ANY_DATE.search(line):
        return None
    update_only = bool(bp.UPDATED_LABEL.match(line)) and not bp.PUBLISHED_LABEL.match(line)
    return md.parse_date(line), update_only


def _plain_labelled(line: str):
    line = " ".join(line.split())
    match = bp.LABELLED_STAMP.fullmatch(line) if len(line) <= bp.LABELLED_STAMP_MAX_LENGTH else None
    before = match.group("before") if match else ""
    if not match or md.word_count(before) > 6 or any(word[:1].islower() for word in before.split()):
        return None
    stamp = _plain_timestamp(match.group("stamp").strip(" :"))
    if stamp is None or stamp[0] is None:
        return None
    return stamp[0], bool(bp.UPDATED_LABEL.match(match.group("label"))), before.strip(" |·•,-–—")


def _plain_byline(line: str):
    by = re.match(r"[Bb][Yy] (.*)", line)  # 'By A in P and B in Q | site': two writers, each with a place
    if by:
        located = md._byline_pair_in_place(by.group(1).partition(" | ")[0])
        if located and " in " in line and " and " in line and line[:3] in ("By ", "BY ", "by "):
            return located, md._agency_in(by.group(1).partition(" | ")[2].strip(" .") or None)
    match = bp.BYLINE.fullmatch(line) or bp.BYLINE_ROLE.fullmatch(line) or bp.BYLINE_LABELLED.fullmatch(line)
    if match:
        rest = (match.group("rest") or "").strip(" .") or None
        name = re.sub(r"\s+Follow(?=\s*(?:,|and\b|&|$))", "", match.group("name").strip())
        head, _, last = name.rpartition(",")
        if head.strip() and last.strip():  # 'Hamid Durrani, CNN': the outlet after the writers
            acronym = re.fullmatch("[A-Z]{2,6}", last.strip()) and not head.strip().isupper()
            if acronym or md.is_outlet_name(last.strip()):
                name, rest = head.strip(), last.strip()
        if name.casefold() in bp.GENERIC_BYLINES:
            return None, md._agency_in(rest)
        if md.is_outlet_name(name):
            return None, name
        return (None if name.casefold() in bp.GENERIC_BYLINES else md._without_role(name)), md._agency_in(rest)
    if line.casefold().strip(" .") in bp.GENERIC_BYLINES:
        return None, None
    if md._is_desk_of_outlet(line):
        return None, None
    located = md._byline_in_place(line)
    if located and re.search(r"\S {2,}\S", line):  # 'Shreya Nandan  New Delhi': the name before the place
        return located, None
    if md.is_bare_name(line):
        return (None, line.strip()) if md.is_outlet_name(line) else (line.strip(), None)
    located = located or md._byline_pair_in_place(line) or md._byline_with_place_or_outlet(line)
    return (located, None) if located else None


def _plain_agency(line: str):
    parts = [part.strip(" .") for part in bp.AGENCY_LINE_SEPARATOR.split(line) if part.strip(" .")]
    if parts and len(parts) <= 4 and all(part.casefold() in bp.AGENCIES for part in parts):
        return parts[0]
    return None


def _plain_place_date(line: str):
    match = bp.PLACE_DATE_LINE.fullmatch(" ".join(line.split()))
    if not match or md.word_count(match.group("place")) > 3:
        return None
    stamp = _plain_timestamp(match.group("date"))
    return stamp[0] if stamp else None


def _plain_dateline_only(line: str):
    found = md.parse_dateline(line + " ")
    if found is None or not (found[0] or found[1]):
        return None
    match = bp.DATELINE.match(line + " ")
    return found if match and not line[match.end() :].strip() else None


def _plain_segments(line: str):
    parts = [part for part in bp.SEGMENT_SEPARATOR.split(line.strip()) if part]
    long_parts = [part for part in parts if md.word_count(part) > bp.MAX_SEGMENT_WORDS]
    if len(parts) < 2 or any(_plain_outlet_stamp(part) is None for part in long_parts):
        return None
    if not all(
        clean._is_metadata_part(part) or clean._is_label(part) or bp.EDITOR_LINE.fullmatch(part) for part in parts
    ):
        return None
    return tuple(parts) if any(clean._is_anchor_part(part) for part in parts) else None


_EVERY_FURNITURE = re.compile("|".join(f"(?:{pattern.pattern})" for pattern in bp.FURNITURE), re.IGNORECASE)


def _plain_furniture(line: str) -> bool:
    if len(line) <= 2 and any(ch.isalpha() for ch in line):
        return True
    parts = [part.strip() for part in line.split("|")]
    return bool(
        _EVERY_FURNITURE.fullmatch(line)
        or bp.EDITOR_LINE.fullmatch(line)
        or bp.PAGE_NUMBER_LINE.fullmatch(line)
        or bp.DISCLAIMER.fullmatch(line)
        or bp.ICP_LICENCE.fullmatch(line)
        or (len(parts) > 1 and all(parts) and all(map(_plain_furniture, parts)))
    )


def _plain_latin_page(text: str) -> bool:
    latin = len(re.findall("[A-Za-z]", text))
    others = sum(ch.isalpha() for ch in re.findall("[^\x00-\x7f]", text))
    return latin + others > 0 and latin >= bp.LATIN_PAGE_SHARE * (latin + others)


def _plain_last_token(before: str) -> str:
    match = re.search(r"([\w.]+)$", before)
    return match.group(1) if match else ""


def _plain_dateline(paragraph: str):
    match = bp.DATELINE.match(paragraph)
    if not match or not md._looks_like_place(match.group("place")):
        match = bp.DATELINE_TITLE_CASE.match(paragraph)
        if not match or not (match.group("date") or match.group("wire")):
            return None
        if not md._is_agency((match.group("wire") or match.group("agency")).strip()):
            return None
    written = match.group("date")
    published = md.parse_date(written) if written else None
    agency = (match.group("wire") or match.group("agency") or "").strip() or None
    return published, agency


def _plain_outlet_stamp(line: str):
    """`parse_outlet_stamp` without its gates (the length and the first capital are the rule's own)."""
    match = re.search(r"\s+[-–—]\s+", line)
    if len(line) > 100 or not "A" <= line[:1] <= "Z" or match is None:
        return None
    outlet = line[: match.start()].strip()
    if md.word_count(outlet) > 4 or not md.is_outlet_name(outlet) or not all(w[:1].isupper() for w in outlet.split()):
        return None
    stamp = _plain_timestamp(line[match.end() :].strip())
    return (stamp[0], outlet) if stamp and stamp[0] else None


def _plain_other_script(line: str) -> bool:
    return not line.isascii() and any(ch.isalpha() for ch in line) and not re.search("[A-Za-z]", line)


def _check(line: str) -> None:
    """Every gated function gives the plain version's answer for `line`."""
    assert md.parse_timestamp_line(line) == _plain_timestamp(line)
    assert md.parse_labelled_stamp(line) == _plain_labelled(line)
    assert md.parse_outlet_stamp(line) == _plain_outlet_stamp(line)
    assert md.parse_byline(line) == _plain_byline(line)
    assert md.parse_agency_line(line) == _plain_agency(line)
    assert md.parse_place_date(line) == _plain_place_date(line)
    assert clean._dateline_only(line) == _plain_dateline_only(line)
    assert clean._segments.__wrapped__(line) == _plain_segments(line)
    assert clean.is_furniture.__wrapped__(line) == _plain_furniture(line)
    assert clean._is_latin_page(line) == _plain_latin_page(line)
    assert sentences._last_token(line) == _plain_last_token(line)
    assert md.parse_dateline(line) == _plain_dateline(line)
    assert md.parse_dateline(line + " ") == _plain_dateline(line + " ")
    latin = clean._Lines(latin_page=True)
    assert clean._other_script(line, latin) == _plain_other_script(line)


# ---- lines built from pieces that reach every gate ---------------------------------------------------------

_PIECES = [" ", "  ", "   ", "\t", "\u00a0", "\u2003", "\n", "|", "｜", ":", "：", ",", ".", "-", "–", "—", "--", "/"]
_PIECES += ["&", "+", ">", "»", "©", "(c)", "(C)", "(", ")", "and", "AND", "And", "the", "in", "on", "at", "of"]
_PIECES += ["İ", "ı", "ſ", "K", "é", "Ü", "٣", "۲۰۲۴", "２", "_", "'", "’", "\x85", "\x1f"]
_PIECES += ["By", "BY", "by", "Written", "written", "Jane", "Doe", "Hannah Whitfield", "Mehreen", "J.", "Dr"]
_PIECES += ["Staff Reporter", "Correspondent", "correſpondent", "Bureau Chief", "EDITOR", "ſtaff", "Writer"]
_PIECES += ["Reporter", "Author", "Text", "Web Desk", "News Desk", "Dawn", "Global Times", "WION Web Team"]
_PIECES += ["Reuters", "AFP", "APP", "ap", "Xinhua", "Associated Press", "associated  press", "Pakistani"]
_PIECES += ["news agencies", "INP-WealthPk", "agencies", "Online", "pr newswire", "AGENCIES"]
_PIECES += ["Published", "POSTED", "updated", "Modified", "Last", "poſted", "publiſhed", "Updated:", "on"]
_PIECES += ["2024", "16", "3", "2024-09-16", "16/09/2024", "Sep", "Sept.", "March 3, 2025", "20th May, 2025"]
_PIECES += ["10:30", "05:34am", "PKT", "ago", "AGO", "just now", "an hour ago", "5 mins ago", "now"]
_PIECES += ["Islamabad", "ISLAMABAD", "Lahore", "BEIJING", "(Xinhua)", "/PRNewswire/", "Oct. 11", "ECNS"]
_PIECES += ["Credit", "Source", "Via", "Courtesy", "来源", "ذریعہ", "Editor: huaxia", "print edition"]
_PIECES += ["Published in Dawn", "appeared in the", "MINISTRY OF FOREIGN AFFAIRS", "Home > World > Asia"]
_PIECES += ["all rights reserved", "ALL RIGHTS RESERVED", "reſerved", "copyright", "COPYRİGHT", "© 2024"]
_PIECES += ["World  U.S.  Politics  Sports", "Business / Economy", "Business > Automobiles", "Photo", "photo"]
_PIECES += ["FILE", "file photo", "İmage", "pıcture", "cookies", "contributed", "ſubſcribe", "版权所有", "محفوظ"]
_PIECES += ["لاہور", "北京", "ISLAMABAD, March 4 (APP):", "Islamabad, Oct. 11 (APP): ", "KARACHI (Reuters) - "]
_PIECES += ["Gwadar port was inaugurated", "The minister said", "x" * 40, "U.S", "e.g"]
_PIECES += ["for", "FOR", "fOr", "(Jane Roe for The Outlet)", ").", "Like this:", "Next Story", "(5 min)", "IPG.KA"]
_PIECES += ["March 17, 2026 by Jane Doe", " by ", "Follow", "THE WALL STREET JOURNAL."]
_PIECES += ["KYODO NEWS", " - ", " – ", "Oct 31, 2025", "18:42", "World, All"]
_PIECES += ["Page", "PAGE", "pAge", "page 3 of 6", "www.cecs.org.pk", "The views expressed", "EXPRESSED", "are those"]

_LINES = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)


@settings(max_examples=3000, deadline=None)
@given(_LINES)
@example("Reuters . . . . . . . . . . . . . .")
@example("Reuters |\t ")
@example("Reuters and.")
@example("By Jane Doe | Reuters | Updated: 2024-09-16")
@example("Recorder Report Published 16 Sep, 2024 05:34am")
@example("ISLAMABAD, Oct. 11 (Xinhua) --")
@example("Islamabad, 20th May, 2025")
@example("Source: Xinhua| 2024-10-11 21:03:12|Editor: huaxia")
@example("2024-06-21 10:47 ECNS")
@example("KYODO NEWS - Oct 31, 2025 - 18:42 | World, All")
@example("Updated just now")
@example("Published 16 Sep, 2024")
@example("Dr\n")
@example("A worker cleans panels [File: Getty Images]")
@example("Riders swap batteries in Lahore on May 12. (Saiyna Bashir for The Washington Post)")
@example("Riders swap batteries in Lahore on May 12. (Saiyna Bashir\tFOR The Washington Post).")
def test_gated_functions_agree_with_the_plain_ones(line: str) -> None:
    _check(line)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_gated_functions_agree_on_any_text(line: str) -> None:
    _check(line)


def test_gated_functions_agree_on_every_line_of_the_fixtures_and_seeds() -> None:
    files = [p for p in sorted(FIXTURES.rglob("*")) if p.is_file() and p.suffix in (".txt", ".md", ".html")]
    files += sorted(p for p in (ROOT / "seeds").iterdir() if p.is_file())
    count = 0
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert clean._is_latin_page(text) == _plain_latin_page(text)
        for line in {line.strip() for line in text.split("\n")}:
            _check(line)
            count += 1
    assert count > 1000


def test_segments_gate_needs_a_separator() -> None:
    """Lines that SEGMENT_SEPARATOR can split pass the gate, whatever white space they hold."""
    for line in ("a | b", "a ｜ b", "a   b", "a\u00a0\u00a0\u00a0b", "a Source: b", "2024-06-21 10:47 ECNS"):
        assert len(bp.SEGMENT_SEPARATOR.split(line.strip())) > 1
        assert clean._may_have_separator(line.strip())
    assert not clean._may_have_separator("The minister said the port would open next year.")


def test_last_token_before_a_final_newline() -> None:
    for before in ("Dr", "Mr. J", "U.S", "Dr\n", "Dr\n\n", " \n", "", "x_y.z", "٣٤", "a\nb"):
        assert sentences._last_token(before) == _plain_last_token(before)


# ---- lookaheads that stop at the first lines they need ------------------------------------------------------


def _plain_followed_by_metadata(lines: list[str], number: int, end: int) -> bool:
    following = [
        other
        for other in lines[number + 1 : end]
        if other and (not clean.is_furniture(other) or (bp.BYLINE_LABELLED.fullmatch(other) and "|" in other))
    ][:2]
    if following and not clean._is_metadata_line(following[0]):
        # a section label of a word or two between the headline and its byline
        label = md.word_count(following[0]) <= clean._LABEL_UNDER_HEADLINE_WORDS and clean._is_label(following[0])
        following = following[1:] if label else []
    return bool(following) and clean._is_metadata_line(following[0])


def _plain_summary_standfirst(lines: list[str], number: int) -> bool:
    line = lines[number]
    if not line or not md.is_body_line(line) or md.word_count(line) > clean._STANDFIRST_MAX_WORDS:
        return False
    above = [other for other in lines[:number] if other and not clean.is_furniture(other)][-1:]
    if not above or not clean._is_mixed_case_headline(above[0]) or clean._is_metadata_line(above[0]):
        return False
    return _plain_followed_by_metadata(lines, number, len(lines)) and any(
        md.is_body_line(other) for other in lines[number + 1 :]
    )


def _plain_over_standfirst(lines: list[str], number: int, end: int) -> bool:
    if not clean._is_mixed_case_headline(lines[number]) or clean._is_section_path(lines[number]):
        return False
    below = [i for i in range(number + 1, end) if lines[i] and not clean.is_furniture(lines[i])][:3]
    if not below or below[0] != number + 1:
        return False
    for count, i in enumerate(below):
        if clean._is_metadata_line(lines[i]):
            return count >= 1
        if not (clean._is_mixed_case_headline(lines[i]) or _plain_summary_standfirst(lines, i)):
            return False
    return False


def test_lookaheads_agree_with_the_plain_ones_on_the_fixtures_and_seeds() -> None:
    files = [p for p in sorted(FIXTURES.rglob("*")) if p.is_file() and p.suffix in (".txt", ".md")]
    files += sorted(p for p in (ROOT / "seeds").iterdir() if p.is_file())
    for path in files:
        lines = clean._unwrap([line.strip() for line in path.read_text(encoding="utf-8", errors="replace").split("\n")])
        for number in range(len(lines)):
            for end in (len(lines), min(len(lines), number + 4)):
                assert clean._followed_by_metadata(lines, number, end) == _plain_followed_by_metadata(
                    lines, number, end
                )
                assert clean._over_standfirst(lines, number, end) == _plain_over_standfirst(lines, number, end)
            assert clean._is_summary_standfirst(lines, number) == _plain_summary_standfirst(lines, number)
