"""Metadata line parsers and the extract_<field> fallback chains."""

from __future__ import annotations

from datetime import date

import pytest

from generator import metadata as md
from generator.model import PUBLISHED_FROM_FRONT_MATTER, PUBLISHED_FROM_TEXT, PUBLISHED_INFERRED, FrontMatter


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-09-16 17:31", date(2024, 9, 16)),
        ("Sept. 16, 2024", date(2024, 9, 16)),
        ("16 September 2024", date(2024, 9, 16)),
        ("16/09/2024", date(2024, 9, 16)),
        ("09/16/2024", date(2024, 9, 16)),
        ("16-09-2024", date(2024, 9, 16)),
        ("2024-02-30", None),
    ],
)
def test_parse_date_reads_common_written_dates(text, expected):
    assert md.parse_date(text) == expected


def test_parse_date_never_guesses_an_ambiguous_numeric_date():
    assert md.parse_date("03/04/2024") is None


@pytest.mark.parametrize(
    "line",
    [
        "2024-09-16 17:31 Last Updated At:19:57",
        "Published: 12 March 2023",
        "Monday, 16 September 2024 | 10:31 AM",
        "Sep 16, 2024 10:00 PKT",
    ],
)
def test_timestamp_only_lines_are_recognised(line):
    stamp = md.parse_timestamp_line(line)
    assert stamp is not None and stamp[0] is not None


def test_updated_stamp_is_marked_as_update_only():
    assert md.parse_timestamp_line("Updated on Sept 16, 2024 10:00") == (date(2024, 9, 16), True)


def test_sentence_with_a_date_is_not_a_timestamp_line():
    assert md.parse_timestamp_line("The deal was signed on 16 September 2024 in Beijing.") is None


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "BEIJING, Nov. 3, 2022 /PRNewswire/ \u2014 China and Pakistan on Wednesday vowed",
            (date(2022, 11, 3), "PRNewswire"),
        ),
        ("ISLAMABAD, Oct. 11 (Xinhua) -- Pakistan said", (None, "Xinhua")),
        ("KARACHI (Reuters) - Pakistan's central bank", (None, "Reuters")),
        ("ISLAMABAD, March 4 (APP): The minister said", (None, "APP")),
        ("ISLAMABAD: Pakistan is seeking to broaden", (None, None)),
    ],
)
def test_dateline_gives_date_and_agency(paragraph, expected):
    assert md.parse_dateline(paragraph) == expected


def test_sentence_starting_with_a_capitalised_word_is_not_a_dateline():
    assert md.parse_dateline("Pakistan and China - old friends - met again.") is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Jane Doe", ("Jane Doe", None)),
        ("By Jane Doe | Reuters", ("Jane Doe", "Reuters")),
        ("Qudsia Bano", ("Qudsia Bano", None)),
        ("By News Desk", (None, None)),
        ("Shreya Nandan  New Delhi", ("Shreya Nandan", None)),  # the place set off by a run of spaces
        ("By Ren Jiahui (People's Daily Online) 16:27, January 19, 2026", ("Ren Jiahui", None)),
        ("Rapporteur: Hamna Tariq, Research Associate, CPSC", ("Hamna Tariq", None)),
        ("Analyst: Hira Aslam, CFA | hira@example.com | +92-21-000", ("Hira Aslam", None)),
        ("Izhar Ullah Yousafzai | Peshawar", ("Izhar Ullah Yousafzai", None)),  # where the reporter is
        ("Nadia Al-Faour, Al Arabiya English", ("Nadia Al-Faour", None)),  # the outlet after a comma
    ],
)
def test_bylines_with_or_without_by(line, expected):
    assert md.parse_byline(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "World News",
        "China",
        "Pakistan Business",
        "Pakistan and China agreed.",
        "World News | Pakistan News",
        "New Delhi, India",
    ],
)
def test_section_labels_are_not_bylines(line):
    assert md.parse_byline(line) is None


def test_credit_line_names_the_source_but_a_photo_credit_does_not():
    assert md.parse_credit("Credit: INP-WealthPk") == "INP-WealthPk"
    assert md.parse_credit("Photo credit: Xinhua") is None


def test_headline_shape():
    assert md.is_headline("CGTN:China, Pakistan vow to inject new impetus into partnership")
    assert not md.is_headline("Pakistan and China signed an agreement on Monday.")
    assert not md.is_headline("China")


def test_implied_year_from_this_year_next_to_a_named_year():
    text = ["The fair ITCN Asia 2025 takes place in Lahore from May 9-11 this year."]
    assert md.implied_year(text) == 2025


def test_no_implied_year_without_this_year_or_with_two_years():
    assert md.implied_year(["Launched in 2015, the programme grew."]) is None
    assert md.implied_year(["Between 2015 and 2020 this year's plan changed."]) is None


def test_front_matter_wins_for_every_field():
    front = FrontMatter(title="T", date=date(2024, 1, 2), source="Dawn", author="A B")
    assert md.extract_title(front, [("Other headline here", True, True)]) == "T"
    assert md.extract_published(front, [(date(2023, 1, 1), False)], None, []) == (
        date(2024, 1, 2),
        2024,
        PUBLISHED_FROM_FRONT_MATTER,
    )
    assert md.extract_source(front, "Xinhua", [], []) == "Dawn"
    assert md.extract_author(front, ["C D"]) == "A B"


def test_published_prefers_publication_stamp_then_dateline_then_update_stamp():
    stamps = [(date(2024, 9, 20), True), (date(2024, 9, 16), False)]
    assert md.extract_published(FrontMatter(), stamps, date(2024, 9, 1), [])[0] == date(2024, 9, 16)
    assert md.extract_published(FrontMatter(), [(date(2024, 9, 20), True)], date(2024, 9, 1), [])[0] == date(2024, 9, 1)
    assert md.extract_published(FrontMatter(), [(date(2024, 9, 20), True)], None, [])[2] == PUBLISHED_FROM_TEXT


def test_published_is_never_invented_only_the_implied_year():
    assert md.extract_published(FrontMatter(), [], None, ["The 2025 fair is due this year."]) == (
        None,
        2025,
        PUBLISHED_INFERRED,
    )
    assert md.extract_published(FrontMatter(), [], None, ["Nothing dated."]) == (None, None, None)


def test_source_prefers_dateline_over_credit_over_byline_agency():
    assert md.extract_source(FrontMatter(), "PRNewswire", ["INP"], ["Reuters"]) == "PRNewswire"
    assert md.extract_source(FrontMatter(), None, ["INP"], ["Reuters"]) == "INP"
    assert md.extract_source(FrontMatter(), None, [], ["Reuters"]) == "Reuters"


def test_byline_with_a_role_gives_the_name():
    assert md.parse_byline("Jane Doe, Staff Reporter") == ("Jane Doe", None)


def test_sentence_starting_with_by_is_not_a_byline():
    assert md.parse_byline("By contrast, the ministry said the plan would fail.") is None


def test_year_after_since_or_compared_with_is_not_the_year_of_publication():
    assert md.implied_year(["Exports rose 10% this year compared with 2023."]) is None
    assert md.implied_year(["This year marks a decade since 2015."]) is None


def test_agency_only_line_names_the_source():
    assert md.parse_agency_line("Reuters | AFP") == "Reuters"
    assert md.parse_agency_line("APP") == "APP"
    assert md.parse_agency_line("China") is None


def test_desk_byline_has_no_author():
    assert md.parse_byline("By Our Correspondent") == (None, None)
    assert md.parse_byline("Web Desk") == (None, None)


def test_labelled_stamp_after_a_byline():
    assert md.parse_labelled_stamp("Jane Doe | Published September 16, 2024") == (date(2024, 9, 16), False, "Jane Doe")
    assert md.parse_labelled_stamp("Updated 17:31, 16-Sep-2024") == (date(2024, 9, 16), True, "")


def test_wire_stamp_names_the_outlet_then_the_date():
    assert md.parse_outlet_stamp("KYODO NEWS - Oct 31, 2025 - 18:42") == (date(2025, 10, 31), "KYODO NEWS")
    assert md.parse_outlet_stamp("Gulf Times – 12 March 2024") == (date(2024, 3, 12), "Gulf Times")


def test_name_or_sentence_before_a_dated_dash_is_no_wire_stamp():
    assert md.parse_outlet_stamp("Imran Khan - Oct 31, 2025") is None  # a person, not an outlet
    assert md.parse_outlet_stamp("The News - a look back at Oct 31, 2025") is None  # no stamp after the dash
    assert md.parse_outlet_stamp("the news - Oct 31, 2025") is None


def test_sentence_saying_published_is_not_a_stamp():
    assert md.parse_labelled_stamp("The report was published on 16 Sep 2024") is None


def test_extract_title_prefers_the_headline_followed_by_a_byline_over_an_earlier_tagline():
    candidates = [
        ("Exclusive news and analytics for market professionals", False, False),
        ("China rolls over loan to Pakistan", True, False),
    ]
    assert md.extract_title(FrontMatter(), candidates) == "China rolls over loan to Pakistan"


def test_extract_title_falls_back_to_a_headline_the_page_repeats_then_the_first():
    assert md.extract_title(
        FrontMatter(), [("Section of the site here", False, False), ("Gwadar port opens now", False, True)]
    ) == ("Gwadar port opens now")
    assert md.extract_title(
        FrontMatter(), [("Gwadar port opens now", False, False), ("Another line here", False, False)]
    ) == ("Gwadar port opens now")


@pytest.mark.parametrize("line", ["By Global Times", "By China Daily", "Global Times"])
def test_byline_naming_an_outlet_gives_a_source_not_an_author(line):
    assert md.parse_byline(line) == (None, line.removeprefix("By "))


def test_byline_with_the_reporters_place_gives_the_author():
    assert md.parse_byline("Hannah Whitfield in Islamabad") == ("Hannah Whitfield", None)
    assert md.parse_byline("Trade talks in Islamabad") is None  # a headline, not a name


def test_parse_date_reads_chinese_dates():
    assert md.parse_date("2024年10月11日 10:31") == date(2024, 10, 11)


def test_timestamp_line_with_utc_offset_and_relative_update():
    assert md.parse_timestamp_line("June 5, 2024 8:14 AM GMT+8 Updated 2 hours ago") == (date(2024, 6, 5), False)


def test_title_case_dateline_needs_a_date_or_a_wire():
    assert md.parse_dateline("Islamabad, Oct. 11 (APP): Pakistan said on Friday") == (None, "APP")
    assert md.parse_dateline("Beijing, Nov. 3, 2022 /PRNewswire/ -- CGTN") == (date(2022, 11, 3), "PRNewswire")
    assert md.parse_dateline("Imran Khan (PTI) - the former premier said") is None


def test_iso_datetime_stamp_is_a_timestamp():
    assert md.parse_timestamp_line("2024-09-16T17:31:00+05:00") == (date(2024, 9, 16), False)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Islamabad, 20th May, 2025", date(2025, 5, 20)),
        ("BEIJING, May 20, 2025", date(2025, 5, 20)),
        ("Islamabad, the 12th March, 2026", date(2026, 3, 12)),
        ("Islamabad, the capital", None),
        ("The talks were held on 20th May, 2025 in Islamabad.", None),
    ],
)
def test_parse_place_date_reads_a_press_release_date_line(line, expected):
    assert md.parse_place_date(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "No. 2(14)/CPEC-II/2026-SEZ        Islamabad, the 12th March, 2026",
            ("2(14)/CPEC-II/2026-SEZ", date(2026, 3, 12)),
        ),
        ("F. No. 1-3/2025-Admin, dated 4 May 2025", ("1-3/2025-Admin", date(2025, 5, 4))),
        ("No. 2(14)/CPEC-II/2026-SEZ", ("2(14)/CPEC-II/2026-SEZ", None)),
        ("No. 2(14)/CPEC-II/2026 was issued by the ministry on Monday.", None),
        (
            "No. SO(C&R)/ED/4-11/2026   Karachi, dated the 9th February, 2026",
            ("SO(C&R)/ED/4-11/2026", date(2026, 2, 9)),
        ),
        ("No. 5 in the rankings", None),
        ("No. and/or yes", None),
        ("Notification 12/2026", None),
    ],
)
def test_parse_file_number_reads_a_government_letters_number_and_date(line, expected):
    assert md.parse_file_number(line) == expected


def test_parse_print_edition_gives_outlet_and_date():
    assert md.parse_print_edition("Published in Dawn, October 3rd, 2023") == ("Dawn", date(2023, 10, 3))
    assert md.parse_print_edition("Published in a hurry, the report drew criticism.") is None


def test_parse_timestamp_line_reads_labelled_slash_dates_and_asian_time_zones():
    assert md.parse_timestamp_line("Published: 2023/6/12 21:48:01") == (date(2023, 6, 12), False)
    assert md.parse_timestamp_line("January 14, 2025 13:05 JST") == (date(2025, 1, 14), False)
    assert md.parse_timestamp_line("Updated 21 November 2024") == (date(2024, 11, 21), True)
    assert md.parse_timestamp_line("Sun 7 Aug 2025 14.02 BST") == (date(2025, 8, 7), False)


def test_credit_naming_a_date_is_not_a_source():
    assert md.parse_credit("Source: Global Times Published: 2023/6/12 21:48:01") is None
    assert md.parse_credit("Source: Global Times") == "Global Times"


def test_parse_outlet_place_needs_an_outlet_name():
    assert md.parse_outlet_place("BBC News, Tharparkar") == "BBC News"
    assert md.parse_outlet_place("Imran Khan, Lahore") is None


def test_parse_organisation_reads_letterheads_in_capitals_only():
    assert md.parse_organisation("MINISTRY OF FOREIGN AFFAIRS") == "MINISTRY OF FOREIGN AFFAIRS"
    assert md.parse_organisation("Ministry of Finance denies reports of a new loan") is None


def test_masthead_name_needs_an_outlet_word_or_the_copyright_line():
    assert md.masthead_name("Business Recorder", []) == "Business Recorder"
    assert md.masthead_name("BBC", ["Copyright 2025 BBC. All rights reserved."]) == "BBC"
    assert md.masthead_name("LIVE", ["Copyright 2025 BBC."]) is None
    assert md.masthead_name("OPINION", []) is None


def test_display_name_uses_the_page_spelling_else_title_case():
    assert md.display_name("NADIA HASSAN") == "Nadia Hassan"
    assert md.display_name("MINISTRY OF FOREIGN AFFAIRS") == "Ministry of Foreign Affairs"
    assert md.display_name("PBC") == "PBC"


def test_press_release_label_is_not_a_bare_byline():
    assert md.parse_byline("PRESS RELEASE") is None


@pytest.mark.parametrize("line", ["WION Web Team", "Dawn News Desk", "Editorial"])
def test_desk_of_an_outlet_is_a_byline_without_an_author(line):
    assert md.parse_byline(line) == (None, None)


def test_labelled_byline_names_the_author():
    assert md.parse_byline("Reporter: Aisha Fatima Qazi") == ("Aisha Fatima Qazi", None)


def test_print_edition_footer_without_a_date_names_the_outlet():
    line = "This article appeared in the South China Morning Post print edition as: Beijing ties relief to security"
    assert md.parse_print_edition_as(line) == "South China Morning Post"
    assert md.parse_print_edition_as("The plan appeared in the budget print edition of the paper") is None


def test_share_button_run_is_not_a_bare_name_byline():
    assert md.parse_byline("Facebook Twitter WhatsApp Email") is None


def test_title_case_letterhead_gives_the_body_without_its_acronym():
    assert (
        md.parse_letterhead("Sialkot Chamber of Commerce & Industry (SCCI)") == "Sialkot Chamber of Commerce & Industry"
    )
    assert (
        md.parse_letterhead("Embassy of the Republic of Korea in Pakistan")
        == "Embassy of the Republic of Korea in Pakistan"
    )
    assert md.parse_letterhead("Ministry of Finance says revenue grew by a tenth.") is None


def test_masthead_with_a_possessive_is_named_by_the_copyright_line():
    lines = ["Radio Network’s Service", "Copyright (c) 2024. Radio Network, Inc."]
    assert md.masthead_name(lines[0], lines) == "Radio Network’s Service"


def test_parse_date_reads_a_date_whose_comma_lacks_its_space():
    assert md.parse_date("Last Updated On 23 July,2024 06:14 pm") == date(2024, 7, 23)


def test_timestamp_with_a_full_stop_after_the_year_is_a_timestamp_line():
    assert md.parse_timestamp_line("24th Jun, 2025. 07:15 pm")[0] == date(2025, 6, 24)


@pytest.mark.parametrize(
    "line, published",
    [
        ("23.09.2025 - Update : 23.09.2025", date(2025, 9, 23)),
        ("14:05 GMT 20.11.2025 (Updated: 15:12 GMT 20.11.2025)", date(2025, 11, 20)),
        ("February 11, 2025 06:00 AM Eastern Standard Time", date(2025, 2, 11)),
    ],
)
def test_stamps_with_update_labels_brackets_and_spelled_out_time_zones(line, published):
    assert md.parse_timestamp_line(line)[0] == published


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Centre for Economic Corridor Studies (CECS), Islamabad", "Centre for Economic Corridor Studies"),
        ("Center for Strategic Studies (CSS)", "Center for Strategic Studies"),
        ("Karachi Chamber of Commerce & Industry (KCCI)", "Karachi Chamber of Commerce & Industry"),
        ("Centre for Economic Corridor Studies (CECS), Islamabad, Pakistan today", None),
        ("Centre for the next match is Babar", None),
        ("Ministers met at the Centre for Studies.", None),
    ],
)
def test_letterheads_name_a_centre_and_may_end_with_its_city(line, expected):
    assert md.parse_letterhead(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "I Spent a Weekend in Karachi's Chinese EV Showrooms. Here's What the Hype Gets Wrong.",
        "Why Gwadar Still Waits for Its Airport.",
    ],
)
def test_a_title_case_line_ending_like_a_sentence_is_headline_shaped(line):
    assert md.is_title_case_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        "Last weekend I visited five of them. I went in as a customer.",
        "Pakistan and China agreed on Monday to expand cooperation at Gwadar port.",
        "Open in App",  # too few words for a headline
    ],
)
def test_running_text_is_not_a_title_case_headline(line):
    assert not md.is_title_case_headline(line)


def test_a_job_title_after_the_byline_name_is_not_part_of_the_author():
    assert md.parse_byline("By Rabia Anwar, Editor") == ("Rabia Anwar", None)
    assert md.parse_byline("By Rabia Anwar, Senior Editor") == ("Rabia Anwar", None)
    # two writers are kept whole
    assert md.parse_byline("By Mehwish Qadri and Zhou Xinyi") == ("Mehwish Qadri and Zhou Xinyi", None)


def test_a_wire_flag_is_cut_from_the_title_but_a_hyphenated_word_is_not():
    assert md.display_title("CORRECTED-Pakistan, China agree on LNG") == "Pakistan, China agree on LNG"
    assert md.display_title("UPDATE 2-Pakistan rupee firms") == "Pakistan rupee firms"
    assert md.display_title("China-Pakistan corridor enters phase two") == "China-Pakistan corridor enters phase two"
    assert md.display_title("CPEC-linked SEZ opens") == "CPEC-linked SEZ opens"
    assert md.display_title(None) is None


def test_pages_name_a_story_without_an_outlet_or_kind_label_before_a_colon_but_keep_a_subject():
    assert (
        md.headline_without_label("CGTN:China, Pakistan vow to inject impetus")
        == "China, Pakistan vow to inject impetus"
    )
    assert (
        md.headline_without_label("EXCLUSIVE: Pakistan seeks $2 billion rollover")
        == "Pakistan seeks $2 billion rollover"
    )
    assert (
        md.headline_without_label("XINHUA: Gwadar port handles first LNG cargo")
        == "Gwadar port handles first LNG cargo"
    )
    assert (
        md.headline_without_label("EXCLUSIVE-Pakistan seeks rollover") == "EXCLUSIVE-Pakistan seeks rollover"
    )  # no flag
    # the subject of the story, or a label too short to leave a headline behind, stays
    assert md.headline_without_label("CPEC: a decade on, what has changed") == "CPEC: a decade on, what has changed"
    assert md.headline_without_label("SEZs: Pakistan offers tax holiday") == "SEZs: Pakistan offers tax holiday"
    assert md.headline_without_label("ANALYSIS: Debt") == "ANALYSIS: Debt"
    assert md.headline_without_label("Explainer: why Gwadar matters") == "Explainer: why Gwadar matters"  # not capitals


def test_a_story_without_a_headline_is_named_by_its_first_sentence_without_the_dateline():
    assert md.headline_from_sentence("ISLAMABAD: Pakistan is seeking to broaden ties.") == (
        "Pakistan is seeking to broaden ties."
    )
    assert md.headline_from_sentence("BEIJING, Nov. 3, 2022 /PRNewswire/ -- China and Pakistan vowed …") == (
        "China and Pakistan vowed …"
    )
    assert md.headline_from_sentence("Islamabad, Oct. 11 (APP): the minister said …") == "The minister said …"
    # no dateline: the sentence as written
    assert md.headline_from_sentence("More than 200 business leaders met.") == "More than 200 business leaders met."
    assert md.headline_from_sentence("Imran Khan (PTI) - the former premier said") == (
        "Imran Khan (PTI) - the former premier said"
    )


def test_ambiguous_readings_and_the_weekday_that_picks_one():
    assert md.ambiguous_readings("Issued on: 11/12/2024 - 16:20") == (date(2024, 12, 11), date(2024, 11, 12))
    assert md.ambiguous_readings("27/03/2025") is None  # the numbers decide
    assert md.ambiguous_readings("05/05/2025") is None  # one date either way
    readings = (date(2024, 12, 11), date(2024, 11, 12))  # a Wednesday, a Tuesday
    assert md.read_by_weekday(readings, ["The talks ended on Wednesday."]) == date(2024, 12, 11)
    # the lead may name the day before publication: Tuesday fits both (the 11th's eve, the 12th itself)
    assert md.read_by_weekday(readings, ["The talks ended on Tuesday."]) is None
    assert md.read_by_weekday(readings, ["The talks ended."]) is None


def test_parse_agency_dateline_needs_a_wire_agency_in_brackets():
    assert md.parse_agency_dateline("Kathmandu (AFP) – Nepal signed a deal.") == "AFP"
    assert md.parse_agency_dateline("Imran Khan (Chairman) - said the deal was signed.") is None
    assert md.parse_agency_dateline("Kathmandu, Dec 11 (AFP) – Nepal signed a deal.") is None  # parse_dateline's


def test_parse_agencies_credit_gives_the_outlet():
    assert md.parse_agencies_credit("(FRANCE 24 with AFP and Reuters)") == "FRANCE 24"
    assert md.parse_agencies_credit("(Dawn with inputs from APP)") is None
    assert md.parse_agencies_credit("FRANCE 24 with AFP") is None


def test_a_headline_may_open_with_a_sum():
    assert md.is_headline("$38 million facility to supply 150,000 battery packs a year")
    assert not md.is_headline("$ signs and more")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Farah Iqbal, Legal Correspondent", ("Farah Iqbal", None)),
        ("By Farah Iqbal, Senior Business Reporter", ("Farah Iqbal", None)),
        ("By Farah Iqbal, Islamabad", ("Farah Iqbal, Islamabad", None)),  # a place is no job title
    ],
)
def test_a_job_title_ending_in_a_role_word_is_cut_from_the_byline(line, expected):
    assert md.parse_byline(line) == expected


def test_a_by_byline_with_the_reporters_place_gives_the_name():
    assert md.parse_byline("By ZHOU MEILIN in Urumqi") == ("ZHOU MEILIN", None)
    assert md.parse_byline("By Jane Doe in Islamabad | Reuters") == ("Jane Doe", "Reuters")


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Dr. Hina Baloch", "Hina Baloch"),  # the honorific is no part of the name
        ("Prof Hina Baloch", "Hina Baloch"),
        ("Tariq NAQVI", "Tariq Naqvi"),  # a wire's surname in capitals
        ("Tariq AL-NAQVI", "Tariq Al-Naqvi"),
        ("ZHOU MEILIN", "Zhou Meilin"),
        ("Tariq Naqvi", "Tariq Naqvi"),
        ("Dr. Who", "Dr. Who"),  # an honorific before a single word is kept
    ],
)
def test_author_is_written_without_honorific_and_in_the_names_case(byline, author):
    assert md.extract_author(FrontMatter(), [byline]) == author


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("© 2025 Indus Compass. All rights reserved.", "Indus Compass"),
        ("Copyright © 2024 Lahore Ledger", "Lahore Ledger"),
        ("© Karakoram Review. All rights reserved.", "Karakoram Review"),
        ("© 2024 Copyright Radio 92 - All rights reserved.", "Radio 92"),
        ("Copyright© 2025, MERIDIAN PUBLISHING PVT LTD. or its affiliates.", "MERIDIAN PUBLISHING PVT LTD"),
        ("Â© 2025 Deutsche Welle | Privacy Policy", "Deutsche Welle"),
        ("Copyright 1995 - . All rights reserved.", None),  # the year left out, no name
        ("The copyright of Dawn is reserved.", None),  # the mark must open the line
    ],
)
def test_copyright_holder(line, holder):
    assert md.copyright_holder(line) == holder


def test_masthead_over_the_menu_is_the_outlet_unless_it_is_a_section_label():
    assert md.masthead_name("Indus Compass", [], menu_follows=True) == "Indus Compass"
    assert md.masthead_name("Indus Compass", []) is None  # no menu, no copyright line, no outlet word
    assert md.masthead_name("Latest Stories", [], menu_follows=True) is None
    assert md.masthead_name("Opinion", [], menu_follows=True) is None


def test_a_domain_masthead_is_named_as_the_page_writes_it_with_spaces():
    lines = ["Content belongs to Karakoram Herald Media Group."]
    assert md.masthead_name("karakoramherald.com.pk", lines, menu_follows=True) == "Karakoram Herald"
    assert md.masthead_name("Gandhara.org.pk", [], menu_follows=True) == "Gandhara.org.pk"


def test_a_masthead_in_another_language_takes_the_english_name_the_page_gives():
    lines = ["Karavan Haber Ajansı", "Karavan News Agency website carries a part of its stories."]
    assert md.english_outlet_name("Karavan Haber Ajansı", lines) == "Karavan News Agency"
    assert md.english_outlet_name("Karavan Haber Ajansı", ["No English name here."]) == "Karavan Haber Ajansı"
    assert md.english_outlet_name("Lahore Ledger", lines) == "Lahore Ledger"


def test_an_outlet_in_capitals_is_written_as_the_page_writes_it():
    lines = ["HUM TV", "Follow Hum Tv on WhatsApp", "© 2024 DAWN MEDIA"]
    assert md.outlet_as_written("HUM TV", lines) == "Hum Tv"
    assert md.outlet_as_written("APP", ["Download our App today"]) == "APP"  # an agency stays
    assert md.outlet_as_written("KTN", ["Watch KTNews live"]) == "KTN"  # not a whole word
    assert md.outlet_as_written("Dawn", lines) == "Dawn"


@pytest.mark.parametrize(
    ("masthead", "expected"),
    [
        ("人民网 People's Daily Online", "People's Daily Online"),  # bilingual: the Latin-script half
        ("RFE/RL’s Gandhara", "RFE/RL’s Gandhara"),  # a curly apostrophe is no other script
        ("新华网", "新华网"),
    ],
)
def test_bilingual_masthead_gives_its_name_in_latin_script(masthead, expected):
    assert md.english_outlet_name(masthead, []) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("MARGALLA CAPITAL SECURITIES (PVT) LTD.", "MARGALLA CAPITAL SECURITIES"),
        ("Indus Motor Company Limited", "Indus Motor Company"),
        ("The company said profits rose, Ltd.", None),
    ],
)
def test_company_letterhead_is_named_without_its_legal_form(line, expected):
    assert md.parse_letterhead(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("24 February ,2026: 02:15 PM GST", (date(2026, 2, 24), False)),  # a space before the comma, Gulf time
        ("Last Update: 02:32 PM GST, 24 February ,2026", (date(2026, 2, 24), True)),
        ("Updated: March 3 ,2025 10:00 PDT", (date(2025, 3, 3), True)),
    ],
)
def test_stamps_with_a_space_before_the_comma_and_more_time_zones(line, expected):
    assert md.parse_timestamp_line(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Liang Xiaoyu in Beijing and Saira Khalid in Karachi", ("Liang Xiaoyu and Saira Khalid", None)),
        ("Hamza Tariq, Senior Correspondent (Beijing) | Web Desk", ("Hamza Tariq", None)),
        ("Workers in Gwadar and farmers in Sindh protested on Monday", None),
    ],
)
def test_bylines_with_places_and_desks(line, expected):
    assert md.parse_byline(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [("© 2026 24 News HD. All rights reserved.", "24 News HD"), ("© 2024 All rights reserved", None)],
)
def test_copyright_holder_may_open_with_a_channel_number(line, expected):
    assert md.copyright_holder(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Source: Al Jazeera and news agencies", "Al Jazeera"),
        ("Source: Dawn with agency inputs", "Dawn"),
        ("Source: Reuters", "Reuters"),
    ],
)
def test_credit_naming_agencies_beside_the_outlet_gives_the_outlet(line, expected):
    assert md.parse_credit(line) == expected


def test_a_pasted_storys_outlet_is_the_name_its_link_spells():
    story = ['"It uses our ore," the secretary told Business Recorder.', "Pakistan exported copper to China."]
    assert (
        md.outlet_from_link(["Link: https://www.brecorder.com/news/4037/chinese-firm", *story]) == "Business Recorder"
    )
    assert md.outlet_from_link(["Original story: https://thenews.com.pk/print/1", "The News reported it first."]) == (
        "The News"
    )
    assert md.outlet_from_link(["Link: https://www.example.org/x", *story]) is None
    assert md.outlet_from_link(story) is None  # no link: the page names no outlet


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Hamid Durrani, CNN", ("Hamid Durrani", "CNN")),
        ("By Jane Doe and John Roe, CNN", ("Jane Doe and John Roe", "CNN")),
        ("By Jane Doe, Reuters", ("Jane Doe", "Reuters")),
        ("By Sana Mirza, The Express Tribune", ("Sana Mirza", "The Express Tribune")),
        # two writers, never an outlet
        ("By Ren Jiahui, Li Wei", ("Ren Jiahui, Li Wei", None)),
        ("By JANE DOE, JOHN ROE", ("JANE DOE, JOHN ROE", None)),
        ("By Jane Doe, Staff Reporter", ("Jane Doe", None)),
    ],
)
def test_the_outlet_after_a_bylines_comma_is_the_source_not_part_of_the_name(line, expected):
    assert md.parse_byline(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("DAILY JANG (Lahore) — English translation", "DAILY JANG"),
        ("Dawn (Karachi)", "Dawn"),
        ("Daily Courier — English edition", "Daily Courier"),
        ("Pakistan (Lahore) — English edition", None),
    ],
)
def test_a_mastheads_city_and_edition_note_are_no_part_of_the_outlets_name(line, expected):
    assert md.masthead_name(line, []) == expected


def test_a_paper_named_after_its_kind_first_is_an_outlet():
    assert md.is_outlet_name("Daily Jang") and md.is_outlet_name("Weekly Pulse")
    assert not md.is_outlet_name("Sana Mirza") and not md.is_outlet_name("Dailyn Roe")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("March 17, 2026 by Noor Muhammad Hunzai", (date(2026, 3, 17), "Noor Muhammad Hunzai")),
        ("Posted on 3 March 2025 by Jane Doe", (date(2025, 3, 3), "Jane Doe")),
        ("17/03/2026 at 10:30 by Jane Doe and John Roe", (date(2026, 3, 17), "Jane Doe and John Roe")),
        ("March 17, 2026 by Dawn News", None),  # the outlet, not a writer
        ("Sept. 16, 2024 by Web Desk", None),  # a desk
        ("March 17, 2026 by the ministry", None),
        ("The deal was signed on March 17, 2026 by Ahsan Iqbal", None),  # a sentence
    ],
)
def test_a_blogs_date_and_author_line(line, expected):
    assert md.parse_stamp_byline(line) == expected


def test_follow_buttons_after_the_writers_names_are_no_part_of_them():
    assert md.parse_byline("By Fatima Zaidi Follow and Chen Yuwen Follow") == ("Fatima Zaidi and Chen Yuwen", None)
    assert md.parse_byline("By Jane Doe Follow") == ("Jane Doe", None)
    assert md.without_follow_buttons("Jane Followes") == "Jane Followes"


def test_a_masthead_in_capitals_with_a_logos_full_stop_is_the_outlet_in_title_case():
    assert md.masthead_name("THE WALL STREET JOURNAL.", []) == "The Wall Street Journal"
    assert md.masthead_name("U.S. NEWS.", []) is None  # stops inside: not a logo's full stop
    assert md.masthead_name("The Wall Street Journal.", []) is None  # a sentence's end in mixed case


def test_a_dotted_year_first_stamp_is_the_date_it_reads():
    """'2026.12.31' (Radio Free Asia, Korean and Chinese sites): year, month, day; never day before month."""
    assert md.parse_timestamp_line("2026.12.31") == (date(2026, 12, 31), False)
    assert md.parse_timestamp_line("2025.03.04") == (date(2025, 3, 4), False)  # not 3 April: year first
    assert md.parse_timestamp_line("Updated 2025.3.4 16:20") == (date(2025, 3, 4), True)
    assert md.parse_date("2026.13.31") is None  # no thirteenth month
    assert md.parse_timestamp_line("Exports rose to 2024.5 tonnes.") is None
    assert md.parse_timestamp_line("Version 2026.12.31 of the software was released on Monday.") is None


def test_a_byline_for_the_outlets_own_desk_credits_the_outlet():
    """'By NAME for RFA Uyghur' under 'RADIO FREE ASIA': the desk is the outlet's, the source the outlet."""
    assert md.is_desk_of("RFA Uyghur", "Radio Free Asia") and md.is_desk_of("VOA Urdu", "Voice of America")
    assert not md.is_desk_of("Reuters", "Radio Free Asia")  # another outlet's copy
    assert not md.is_desk_of("RFA", "Radio Free Asia")  # no desk named
    assert not md.is_desk_of("AFP Islamabad", "Radio Free Asia")
    front = FrontMatter()
    assert md.extract_source(front, None, [], ["RFA Uyghur"], (None, "RADIO FREE ASIA")) == "RADIO FREE ASIA"
    assert md.extract_source(front, None, [], ["Reuters"], (None, "RADIO FREE ASIA")) == "Reuters"


def test_a_job_title_after_a_bylines_dash_is_no_source():
    assert md.parse_byline("By Bilal Ahmed Chaudhry – Islamabad Bureau Chief") == ("Bilal Ahmed Chaudhry", None)
    assert md.parse_byline("By Jane Doe – Senior Business Reporter") == ("Jane Doe", None)
    assert md.parse_byline("By Jane Doe | Reuters") == ("Jane Doe", "Reuters")


def test_a_picture_credit_names_a_photographer_or_a_picture_library():
    assert md.is_picture_credit("Rizwan Tabassum/AFP via Getty Images")
    assert md.is_picture_credit("Getty Images")
    assert not md.is_picture_credit("INP-WealthPk")
    assert not md.is_picture_credit("Reuters")


def test_copyright_holder_before_its_year_and_an_outlet_name_opening_with_a_number():
    assert md.copyright_holder("© Les Echos 2024") == "Les Echos"
    assert md.copyright_holder("© 2026 Paradigm Shift. All Rights Reserved.") == "Paradigm Shift"
    lines = ["92 NEWS HD", "Copyright © 2026 92 News HD. All Rights Reserved."]
    assert md.outlet_as_written("92 NEWS HD", lines) == "92 News HD"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("January 05 – January 11, 2026", date(2026, 1, 5)),
        ("Jan. 5-11, 2026", date(2026, 1, 5)),
        ("5-11 January 2026", date(2026, 1, 5)),
        ("December 29 – January 4, 2026", date(2025, 12, 29)),  # over New Year: the year written is the end's
        ("29 December - 4 January 2026", date(2025, 12, 29)),
        ("January 5, 2026", None),  # one day, no span
        ("Issue 5", None),
    ],
)
def test_parse_span_start_reads_a_weeks_first_day(text, expected):
    assert md.parse_span_start(text) == expected


def test_a_headline_wholly_in_quote_marks_is_headline_shaped():
    assert md.is_headline("‘The yuan is no longer an experiment in Pakistan’")
    assert md.is_headline("“We will not be rushed”")
    assert not md.is_headline("“We will not be rushed.”")  # a sentence inside the marks
    assert not md.is_headline("“Fine,” he said, “we will not be rushed”")  # two quotes, not one


def test_by_two_reporters_each_with_a_place_and_a_bar():
    line = "By Hu Xiaomeng in Beijing and Nadia Gul in Islamabad | chinadaily.com.cn | Updated: 2024-07-18 09:41"
    assert md.parse_byline(line)[0] == "Hu Xiaomeng and Nadia Gul"
    assert md.parse_byline("By Hu Xiaomeng in Beijing and Nadia Gul in Islamabad")[0] == "Hu Xiaomeng and Nadia Gul"


def test_site_suffix_of_a_page_title_goes():
    assert md.without_site_suffix("Pakistan, China sign MoU - Chinadaily.com.cn") == "Pakistan, China sign MoU"
    assert md.without_site_suffix("Trade with China rises | www.dawn.com") == "Trade with China rises"
    assert md.without_site_suffix("Rupee hits 280 vs. U.S.") == "Rupee hits 280 vs. U.S."
    assert md.without_site_suffix("Pakistan - China.org.cn") == "Pakistan - China.org.cn"  # too short a headline


def test_outlet_from_a_bare_link_prefers_the_name_as_the_story_writes_it():
    lines = ["Headline - Chinadaily.com.cn", "https://www.chinadaily.com.cn/a/1.html", "He told China Daily."]
    assert md.outlet_from_link(lines) == "China Daily"
    assert md.outlet_from_link(["https://www.dawn.com/news/1", "According to Dawn, the deal"]) == "Dawn"
