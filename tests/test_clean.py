"""Clean stage: page furniture, metadata lines, glued articles, paragraphs and metadata fields."""

from __future__ import annotations

import hashlib
import time
from datetime import date

import pytest

from generator.clean import clean_article, is_furniture
from generator.model import PUBLISHED_FROM_FRONT_MATTER, PUBLISHED_FROM_TEXT, FrontMatter, RawArticle
from generator.read import SeedReadError

P1 = "Pakistan and China agreed on Monday to expand cooperation at Gwadar port, officials said."
P2 = "The project is expected to attract $1.5 billion in investment over the next five years."
P3 = '"The port will become a hub for regional trade," Planning Minister Ahsan Iqbal told reporters.'


def clean(text: str, front_matter: FrontMatter | None = None):
    return clean_article(RawArticle("a.txt", text, front_matter or FrontMatter()))


def test_plain_paragraphs_are_kept_verbatim():
    article = clean(f"{P1}\n\n{P2}\n")
    assert article.paragraphs == (P1, P2)
    assert article.dropped == () and article.title is None and article.published is None


def test_navigation_and_video_player_lines_are_dropped():
    furniture = [
        "Skip to Content Facebook Feature Image",
        "Video Player is loading.",
        "Current Time 0:00",
        "Duration -:-",
        "Loaded: 0%",
        "Stream Type LIVE",
        "1x",
        "\u2022 Chapters",
        "\u2022 captions off, selected",
        "Playback Rate",
        "Captions",
        "\u00c2",
    ]
    article = clean("\n".join(furniture) + f"\n\n{P1}\n\n{P2}")
    assert article.paragraphs == (P1, P2)
    assert list(article.dropped) == furniture
    assert any("dropped 12 lines" in warning for warning in article.warnings)


@pytest.mark.parametrize(
    "line",
    [
        "Share this article",
        "Follow us on Twitter for the latest updates",
        "Subscribe to our newsletter",
        "Advertisement",
        "We use cookies to improve your experience. Accept all cookies",
        "Also Read: Pakistan, China sign twelve agreements",
        "\u00a9 2024 Dawn News. All rights reserved.",
        "Copyright 2024 Xinhua",
        "10:45 AM",
        "Breaking: markets fall on rate fears",
        "\u0645\u0632\u06cc\u062f \u067e\u0691\u06be\u06cc\u06ba",
        "\u5206\u4eab\u5230",
    ],
)
def test_share_ads_cookie_ticker_copyright_and_foreign_furniture_lines_are_dropped(line):
    article = clean(f"{P1}\n\n{line}\n\n{P2}")
    assert article.paragraphs == (P1, P2)
    assert line in article.dropped


def test_body_sentence_mentioning_furniture_words_is_kept():
    text = "Readers can subscribe to the ministry's newsletter, which will share updates on the project weekly."
    assert clean(f"{P1}\n\n{text}").paragraphs == (P1, text)


def test_headline_above_the_body_is_the_title_and_leaves_the_body():
    article = clean(f"Gwadar port expansion agreed\n\n{P1}\n\n{P2}")
    assert article.title == "Gwadar port expansion agreed"
    assert article.paragraphs == (P1, P2)


@pytest.mark.parametrize(
    "chrome",
    [
        "World News | Pakistan News",  # a breadcrumb: a row of short links
        "Real-time Pakistan Stock Exchange 12:10:05 pm PKT 2025-09-09",  # a quote stamp
        "212.40 PKR +6.10% 5-day change",  # a price and its change
    ],
)
def test_header_chrome_over_the_headline_is_neither_title_nor_its_standfirst(chrome):
    headline = "Indus Energy to buy Chinese partner's stake in Thar coal plant"
    article = clean(f"{chrome}\n{headline}\nPublished on 09/09/2025 at 02:45 am EDT\n\n{P1}\n\n{P2}")
    assert article.title == headline
    assert article.paragraphs == (P1, P2)


def test_section_label_above_the_headline_is_dropped():
    article = clean(f"China\n\nGwadar port expansion agreed\n\nChina\n\n{P1}")
    assert article.title == "Gwadar port expansion agreed"
    assert article.paragraphs == (P1,)
    assert article.dropped.count("China") == 2


def test_repeated_lines_are_dropped():
    article = clean(f"{P1}\n\n{P2}\n\n{P1}")
    assert article.paragraphs == (P1, P2)


def test_subheadings_inside_the_body_are_kept():
    article = clean(f"Headline of the piece here\n\n{P1}\n\nChina ready to provide new opportunities\n\n{P2}")
    assert article.paragraphs == (P1, "China ready to provide new opportunities", P2)


def test_timestamp_line_gives_published_and_leaves_the_body():
    article = clean(f"Gwadar port expansion agreed\n\n2024-09-16 17:31 Last Updated At:19:57\n\n{P1}")
    assert article.published == date(2024, 9, 16)
    assert article.published_how == PUBLISHED_FROM_TEXT
    assert article.paragraphs == (P1,)


def test_dateline_paragraph_is_kept_and_gives_date_and_source():
    first = f"BEIJING, Nov. 3, 2022 /PRNewswire/ \u2014 {P1}"
    article = clean(f"CGTN:China, Pakistan vow to deepen ties\n\n{first}\n\n{P2}")
    assert article.paragraphs == (first, P2)
    assert (article.published, article.source) == (date(2022, 11, 3), "PRNewswire")
    assert article.title == "CGTN:China, Pakistan vow to deepen ties"  # as written (pages leave the label out)


def test_agency_dateline_without_year_gives_source_but_no_date():
    article = clean(f"ISLAMABAD, Oct. 11 (Xinhua) -- {P1}\n\n{P2}")
    assert (article.source, article.published, article.published_year) == ("Xinhua", None, None)


def test_bare_byline_and_credit_lines_give_author_and_source():
    article = clean(f"Qudsia Bano\n{P1}\n{P2}\nCredit: INP-WealthPk")
    assert (article.author, article.source) == ("Qudsia Bano", "INP-WealthPk")
    assert article.paragraphs == (P1, P2)
    assert article.dropped == ("Qudsia Bano", "Credit: INP-WealthPk")


def test_by_line_with_agency_gives_author_and_source():
    article = clean(f"Gwadar port expansion agreed\nBy Jane Doe | Reuters\nPublished: 12 March 2023\n\n{P1}")
    assert (article.author, article.source, article.published) == ("Jane Doe", "Reuters", date(2023, 3, 12))


def test_one_paragraph_per_line_without_blank_lines():
    assert clean(f"{P1}\n{P2}\n{P3}").paragraphs == (P1, P2, P3)


def test_hard_wrapped_lines_inside_a_paragraph_are_joined():
    text = (
        "Pakistan and China agreed on Monday to expand\n"
        "cooperation at Gwadar port, officials said in a\n"
        "statement issued in Islamabad.\n\n"
        "The project is expected to attract investment\n"
        "over the next five years, the statement said."
    )
    assert clean(text).paragraphs == (
        "Pakistan and China agreed on Monday to expand cooperation at Gwadar port, officials said in a "
        "statement issued in Islamabad.",
        "The project is expected to attract investment over the next five years, the statement said.",
    )


def test_headline_repeated_after_the_body_cuts_the_glued_article():
    other = "An official with the World Economic Forum stressed the importance of dialogue on new technologies."
    head = "Gwadar port expansion agreed"
    text = f"{head}\n\n{P1}\n\n{P2}\n\n{head}\n\n{other}\n\nRecommended Articles"
    article = clean(text)
    assert article.paragraphs == (P1, P2)
    assert other in article.dropped
    assert any("cut what followed the story" in warning for warning in article.warnings)


def test_related_marker_ends_the_article():
    article = clean(
        f"{P1}\n\n{P2}\n\nMore from Business\n\nIran and Turkey sign a gas pipeline deal worth billions today."
    )
    assert article.paragraphs == (P1, P2)


def test_new_headline_with_its_own_byline_starts_another_article():
    other = "Tehran and Ankara held talks on the long delayed gas pipeline project on Tuesday."
    article = clean(f"{P1}\n\n{P2}\n\nIran and Turkey discuss gas pipeline\nBy John Roe\n\n{other}")
    assert article.paragraphs == (P1, P2)
    assert article.author is None


def test_headline_followed_by_an_unrelated_topic_is_cut():
    article = clean(
        f"{P1}\n\n{P2}\n\n{P3}\n\nBrazilian footballers celebrate World Cup\n\n"
        "Fans in Rio de Janeiro and Sao Paulo poured into the streets after Neymar scored twice for Brazil.\n\n"
        "Coach Tite praised Vinicius Junior and Casemiro for their defensive work against Serbia in Qatar."
    )
    assert article.paragraphs == (P1, P2, P3)


def test_nothing_left_after_cleaning_is_refused():
    with pytest.raises(SeedReadError) as caught:
        clean("Skip to Content\nRecommended Articles\nCurrent Time 0:00\n")
    assert caught.value.reason == "no article text left after cleaning"


def test_front_matter_wins_and_is_copied():
    front = FrontMatter(
        title="Given title",
        date=date(2024, 1, 2),
        source="Dawn",
        author="A B",
        url="https://example.com/x",
        tags=("trade",),
        added=date(2024, 1, 3),
    )
    article = clean(f"Gwadar port expansion agreed\n2024-09-16 17:31\nBy Jane Doe\n\n{P1}", front)
    assert (article.title, article.published, article.published_how) == (
        "Given title",
        date(2024, 1, 2),
        PUBLISHED_FROM_FRONT_MATTER,
    )
    assert (article.source, article.author, article.url, article.tags, article.added) == (
        "Dawn",
        "A B",
        "https://example.com/x",
        ("trade",),
        date(2024, 1, 3),
    )


def test_year_only_when_the_text_implies_it():
    text = f"{P1}\n\nThe fair ITCN Asia 2025 will be held in Lahore from May 9-11 this year, organisers said."
    article = clean(text)
    assert (article.published, article.published_year) == (None, 2025)


def test_content_hash_is_sha256_of_the_raw_text():
    text = f"Advertisement\n{P1}\n\n{P2}\n"
    assert clean(text).content_hash == hashlib.sha256(text.encode()).hexdigest()


def test_breadcrumb_line_is_furniture_not_the_title():
    article = clean(f"Home > World > Asia\n\nGwadar port expansion agreed\n\n{P1}")
    assert article.title == "Gwadar port expansion agreed"
    assert "Home > World > Asia" in article.dropped


def test_agency_line_and_desk_byline_in_the_header():
    article = clean(f"Gwadar port expansion agreed\nBy Our Correspondent\nAPP\nSeptember 16, 2024\n\n{P1}")
    assert (article.author, article.source, article.published) == (None, "APP", date(2024, 9, 16))
    assert article.paragraphs == (P1,)


def test_bar_separated_stamp_and_section_label_gives_the_date_and_leaves_the_body():
    article = clean(f"Sharif directs early completion of zone\nPosted on March 3, 2025 | Business\n\n{P1}\n\n{P2}")
    assert (article.title, article.published) == ("Sharif directs early completion of zone", date(2025, 3, 3))
    assert article.paragraphs == (P1, P2)
    assert "Posted on March 3, 2025 | Business" in article.dropped


def test_source_timestamp_and_editor_line_gives_source_and_date():
    article = clean(f"Gwadar airport opens to flights\nSource: Xinhua| 2024-10-11 21:03:12|Editor: huaxia\n\n{P1}")
    assert (article.source, article.published, article.paragraphs) == ("Xinhua", date(2024, 10, 11), (P1,))


def test_agency_and_date_line_gives_source_and_date():
    article = clean(f"Highway section opens to traffic\nAPP | July 31, 2023\n\n{P1}")
    assert (article.source, article.published) == ("APP", date(2023, 7, 31))


def test_chinese_date_and_source_line_gives_date_and_source():
    article = clean(f"首页 > 新闻 > 国际\nPakistan PM meets Chinese investors\n2024年10月11日 来源：新华网\n\n{P1}")
    assert (article.published, article.source, article.paragraphs) == (date(2024, 10, 11), "新华网", (P1,))


def test_title_is_the_headline_above_the_byline_not_an_earlier_tagline():
    tagline = "Exclusive news, data and analytics for financial market professionals"
    headline = "China rolls over loan to Pakistan as trade slows"
    article = clean(f"Skip to main content\n{tagline}\nWorld\n{headline}\nBy Kamran Haider\n\n{P1}")
    assert (article.title, article.author, article.paragraphs) == (headline, "Kamran Haider", (P1,))
    assert tagline in article.dropped


def test_timestamp_with_utc_offset_and_relative_update_is_metadata():
    article = clean(f"China rolls over loan to Pakistan\nJune 5, 2024 8:14 AM GMT+8 Updated 2 hours ago\n\n{P1}")
    assert (article.published, article.paragraphs) == (date(2024, 6, 5), (P1,))


def test_headline_followed_by_a_dateline_starts_a_glued_article():
    second = "COLOMBO, July 31 (Reuters) - Tea prices rose to a record at the Colombo auction, brokers said on Monday."
    article = clean(f"{P1}\n\n{P2}\n\nRead more\nSri Lanka's tea auction prices hit record high\n{second}\nMore text.")
    assert article.paragraphs == (P1, P2)
    assert second in article.dropped
    assert any("cut what followed the story" in warning for warning in article.warnings)


def test_writer_tagline_closing_an_opinion_piece_is_dropped():
    tagline = "The writer is a former trade officer and teaches economics in Lahore."
    article = clean(f"OPINION\nThe corridor needs more factories\nBy Farhan Siddiqui\n\n{P1}\n\n{P2}\n\n{tagline}")
    assert (article.title, article.author, article.paragraphs) == (
        "The corridor needs more factories",
        "Farhan Siddiqui",
        (P1, P2),
    )
    assert tagline in article.dropped


def test_byline_naming_the_outlet_is_the_source_and_no_author():
    article = clean(f"Experts upbeat on corridor prospects\nBy Global Times\nPublished: May 12, 2023 09:45 PM\n\n{P1}")
    assert (article.author, article.source, article.published) == (None, "Global Times", date(2023, 5, 12))


def test_byline_with_place_is_the_author():
    article = clean(
        f"Pakistan turns to China for relief\nHannah Whitfield in Islamabad\nThu 12 Sep 2024 14.02 BST\n\n{P1}"
    )
    assert (article.author, article.published, article.paragraphs) == ("Hannah Whitfield", date(2024, 9, 12), (P1,))


def test_short_page_with_a_headline_is_not_read_as_hard_wrapped_text():
    headline = "Pakistan, China hold talks on Gwadar"
    article = clean(f"{headline}\n2 hours ago\n\n{P1}\n\n{P2}")
    assert (article.title, article.paragraphs) == (headline, (P1, P2))


def test_headline_asking_a_question_is_the_title():
    article = clean(f"Is the corridor losing steam?\nBy Farhan Siddiqui\n\n{P1}")
    assert (article.title, article.author, article.paragraphs) == (
        "Is the corridor losing steam?",
        "Farhan Siddiqui",
        (P1,),
    )


def test_long_question_headline_above_a_byline_does_not_start_the_body():
    headline = "Is the China-Pakistan corridor really losing its steam?"
    article = clean(f"{headline}\nBy Farhan Siddiqui\n\n{P1}")
    assert (article.title, article.paragraphs) == (headline, (P1,))


@pytest.mark.parametrize(
    "line",
    [
        "Comments are closed on this story.",
        "Comments are closed.",
        "Associated Press writer Munir Khan in Islamabad contributed to this report.",
        "Additional reporting by Sara Khan in Karachi",
        "Pakistani farmers plant rice seedlings in Sindh province. Photo: Xinhua",
        "Load more",
        "Show key events only",
        "Refresh for latest updates",
        "Auto-refresh ON",
        "Subscribe | Sign in",
        "https://arab.news/p7x4k",
        "Link copied",
        "Public Relations Officer",
        "Ph: 051-9203456",
        "WORLD  U.S.  POLITICS  SPORTS  ENTERTAINMENT",
        "HOME >> CHINA >> DIPLOMACY",
        "جملہ حقوق بحق روزنامہ پاک چین محفوظ ہیں",
        "ٹیگز: چین، پاکستان، آئی ٹی",
    ],
)
def test_comment_contributor_caption_live_blog_login_contact_and_menu_lines_are_dropped(line):
    article = clean(f"{P1}\n\n{line}\n\n{P2}")
    assert article.paragraphs == (P1, P2)


def test_source_line_with_a_published_stamp_gives_source_and_date():
    article = clean(
        f"China, Pakistan sign farm aid package\nSource: Global Times Published: 2023/6/12 21:48:01\n\n{P1}"
    )
    assert (article.source, article.published, article.paragraphs) == ("Global Times", date(2023, 6, 12), (P1,))


def test_stamp_with_an_asian_time_zone_gives_the_date():
    article = clean(f"Chinese EV makers race into Pakistan\nJanuary 14, 2025 13:05 JST\n\n{P1}")
    assert (article.published, article.paragraphs) == (date(2025, 1, 14), (P1,))


def test_press_release_place_and_date_line_gives_the_date():
    article = clean(
        f"PRESS RELEASE\nIslamabad, 20th May, 2025\n\nPakistan, China agree to relocate industrial units\n\n{P1}"
    )
    assert (article.published, article.author, article.paragraphs) == (date(2025, 5, 20), None, (P1,))


def test_print_edition_footer_gives_source_and_leaves_the_body():
    article = clean(f"{P1}\n\n{P2}\n\nPublished in Dawn, October 3rd, 2023")
    assert (article.source, article.published, article.paragraphs) == ("Dawn", date(2023, 10, 3), (P1, P2))


def test_masthead_opening_the_page_is_the_source_not_the_title():
    headline = "Gwadar fishermen wary as desalination plant nears completion"
    article = clean(f"Dawn\n{headline}\nBy Our Correspondent\n\n{P1}\n\nCopyright © 2023, Dawn")
    assert (article.source, article.title, article.paragraphs) == ("Dawn", headline, (P1,))


def test_masthead_named_by_the_copyright_line_is_the_source_and_its_sign_off_leaves_the_body():
    article = clean(
        f"Nikkei Asia\nEV makers race into Pakistan\nJanuary 14, 2025\n\n{P1}\n\n{P2}\nNikkei Asia Pakistan\n"
        "Copyright © 2025 Nikkei Inc. All rights reserved."
    )
    assert (article.source, article.paragraphs) == ("Nikkei Asia", (P1, P2))


def test_section_label_opening_the_page_is_not_a_masthead():
    article = clean(
        f"LIVE\nLive updates: Chinese vice president in Islamabad for CPEC talks\nShow key events only\n\n{P1}"
    )
    assert (article.source, article.title) == (None, "Live updates: Chinese vice president in Islamabad for CPEC talks")


def test_bilingual_masthead_gives_the_english_name():
    article = clean(
        f"روزنامہ پاک چین | Daily Pak-Cheen\nChinese firm to train IT graduates\n\n{P1}\n"
        "جملہ حقوق بحق روزنامہ پاک چین محفوظ ہیں"
    )
    assert article.source == "Daily Pak-Cheen"


def test_letterhead_in_capitals_is_the_source_as_the_page_writes_it():
    article = clean(
        "GOVERNMENT OF PAKISTAN\nMINISTRY OF PLANNING, DEVELOPMENT & SPECIAL INITIATIVES\nPRESS RELEASE\n\n"
        f"Pakistan, China agree to relocate industrial units\n\n{P1}\n\n"
        "Ministry of Planning, Development & Special Initiatives"
    )
    assert article.source == "Ministry of Planning, Development & Special Initiatives"
    assert article.title == "Pakistan, China agree to relocate industrial units"


def test_outlet_and_place_under_a_byline_give_the_source():
    article = clean(
        f"Thar coal: the villagers next to a power plant\n7 August 2025\nImogen Hartley\nBBC News, Tharparkar\n\n{P1}"
    )
    assert (article.author, article.source, article.paragraphs) == ("Imogen Hartley", "BBC News", (P1,))


def test_headline_over_its_standfirst_is_the_title():
    headline = "Chinese EV makers race into Pakistan as tariffs bite elsewhere"
    standfirst = "BYD rival Lumina Auto to assemble 20,000 cars a year in Karachi"
    article = clean(f"{headline}\n{standfirst}\nKENJI WATANABE, Nikkei staff writer\n\n{P1}")
    assert (article.title, article.author, article.paragraphs) == (headline, "Kenji Watanabe", (P1,))


def test_byline_in_capitals_gives_the_author_in_title_case():
    article = clean(f"Pakistan arrests 3 suspects after bomb hits convoy\nBy NADIA HASSAN\n\n{P1}")
    assert article.author == "Nadia Hassan"


def test_dateline_opens_a_new_paragraph_after_a_glued_headline():
    text = (
        f"{P1}\n\n{P2}\n\n{P3}\nPakistan clinch T20I series against Zimbabwe\n"
        "BULAWAYO: Pakistan beat Zimbabwe by 10 wickets in the third Twenty20 international on Tuesday to clinch it.\n"
        "Captain Haris Jamil said the boys showed great character after losing the first game in Harare."
    )
    assert clean(text).paragraphs == (P1, P2, P3)


def test_summary_standfirst_between_headline_and_byline_is_not_the_body():
    standfirst = "The port was meant to showcase the corridor. Now it faces protests and a funding squeeze."
    text = f"Why a port has become a flashpoint\n{standfirst}\nBy Jane Doe\nPublished On 12 Aug 2024\n\n{P1}\n\n{P2}"
    article = clean(text)
    assert article.title == "Why a port has become a flashpoint"
    assert article.paragraphs == (P1, P2)
    assert standfirst in article.dropped
    assert article.author == "Jane Doe" and article.published == date(2024, 8, 12)


def test_explainer_question_subheadings_and_bullet_list_stay_in_the_body():
    bullets = ["- Capacity: 600MW, enough for 400,000 homes", "- Chinese financing: 85 percent of the cost"]
    text = f"Headline of the explainer here\nBy Jane Doe\n\n{P1}\n\nHere is what we know.\n\nWhat happened?\n\n{P2}\n\n"
    text += "\n".join(bullets) + f"\n\nWho is paying for it?\n\n{P3}"
    article = clean(text)
    assert article.paragraphs == (
        P1,
        "Here is what we know.",
        "What happened?",
        P2,
        *bullets,
        "Who is paying for it?",
        P3,
    )
    assert not any("cut what followed the story" in warning for warning in article.warnings)


def test_headline_over_two_standfirst_lines_is_the_title():
    headline = "China agrees to reprofile part of Pakistan's power-sector debt"
    lines = [
        headline,
        "Islamabad wants to stretch repayments owed to power producers",
        "Beijing links relief to security",
    ]
    article = clean("China\n" + "\n".join(lines) + f"\nWu Jiahui\nPublished: 6:00am, 18 Jun 2024\n\n{P1}")
    assert article.title == headline
    assert article.paragraphs == (P1,)
    assert article.author == "Wu Jiahui"


@pytest.mark.parametrize(
    "line",
    [
        "Business > Automobiles",
        "Home / Business",
        "Home Latest Pakistan Opinion Business Sport World",
        "Transcript:",
        "Story highlights",
        "Save articles to read later and create your own reading list.",
        "Like Business on Facebook, follow @Desk on Twitter to stay informed and join in the conversation.",
        "Follow Al Jazeera English:",
        "You must be logged in to post a comment.",
        "Leave a comment",
        "(With inputs from agencies)",
        "2",
        "A worker cleans solar panels at a plant [File: Getty Images]",
        "Also Watch | Gravitas: Is the corridor running out of money?",
    ],
)
def test_section_paths_nav_bars_social_calls_comment_logins_counts_and_bracketed_captions_are_dropped(line):
    article = clean(f"{P1}\n\n{line}\n\n{P2}")
    assert article.paragraphs == (P1, P2)
    assert line in article.dropped


def test_writer_tagline_above_closing_furniture_is_dropped():
    tagline = "The writer is an Islamabad-based correspondent covering public finance."
    article = clean(f"{P1}\n\n{P2}\n\n{tagline}\n\nShare on Facebook\nCOMMENTS (3)")
    assert article.paragraphs == (P1, P2)
    assert tagline in article.dropped


def test_labelled_byline_gives_the_author_and_leaves_the_body():
    article = clean(f"{P1}\n\n{P2}\n\nReporter: Aisha Fatima Qazi\n\nRelated Videos\nAnother story entirely here")
    assert article.paragraphs == (P1, P2)
    assert article.author == "Aisha Fatima Qazi"


def test_wire_stamp_with_sections_after_a_bar_gives_the_date():
    stamp = "GULF WIRE NEWS - Mar 3, 2025 - 09:15 | Asia, All"
    article = clean(f"GULF WIRE NEWS\nGwadar port expansion approved\n{stamp}\nPrint\n\n{P1}\n\n{P2}")
    assert article.paragraphs == (P1, P2)
    assert article.published == date(2025, 3, 3)
    assert stamp in article.dropped


def test_desk_under_the_headline_is_not_the_author_and_gives_the_title():
    article = clean(f"DAWN\nZones of delay\nEditorial\nPublished June 10, 2025\n\n{P1}\n\nOutlet Web Team\n\n{P2}")
    assert article.title == "Zones of delay"
    assert article.author is None


def test_print_edition_footer_after_related_links_gives_the_source():
    footer = "This article appeared in the South China Morning Post print edition as: Debt relief tied to security"
    article = clean(f"{P1}\n\n{P2}\n\nMore from South China Morning Post:\nAnother story here today\n{footer}")
    assert article.paragraphs == (P1, P2)
    assert article.source == "South China Morning Post"


def test_ticker_bullets_above_the_headline_are_dropped():
    ticker = ["BREAKING", "\u2022 Cotton prices rise in Multan market", "\u2022 Stocks close flat in thin trade"]
    article = clean("\n".join([*ticker, "Gwadar port expansion approved", "March 3, 2025", "", P1, "", P2]))
    assert article.paragraphs == (P1, P2)
    assert article.title == "Gwadar port expansion approved"
    assert all(line in article.dropped for line in ticker[1:])


def test_headline_over_a_second_place_dateline_opens_a_glued_story():
    glued = ["Lahore to see rain over the weekend, says weather office", "LAHORE: Light rain is expected on Saturday."]
    article = clean("\n\n".join([f"ISLAMABAD: {P1}", P2, *glued]))
    assert article.paragraphs == (f"ISLAMABAD: {P1}", P2)
    assert glued[1] in article.dropped


@pytest.mark.parametrize(
    "line",
    [
        "Enjoying this story? Subscribe to read everything we publish.",
        "Subscribe today for unlimited digital access. Only $3 per month.",
        "\u2014 With assistance from Zara Malik",
        "Farmers harvest wheat near Multan. (file photo)",
        "Facebook Twitter WhatsApp Email",
        "No. MOFA/PR/117/2025",
        "PRESS RELEASE",
        "Issued by: Media Wing, Ministry of Commerce",
        "Address: 12 Constitution Avenue, Islamabad",
        "Tel: +92-51-1234567 | Email: info@example.pk",
    ],
)
def test_subscribe_boxes_captions_share_runs_and_press_release_furniture_are_dropped(line):
    article = clean(f"{P1}\n\n{line}\n\n{P2}")
    assert article.paragraphs == (P1, P2)
    assert line in article.dropped


def test_most_read_from_outlet_ends_the_article():
    article = clean(f"{P1}\n\n{P2}\n\nMost Read from Outlet\nMarkets Rally as Oil Slides\nAnother Headline Here")
    assert article.paragraphs == (P1, P2)


def test_dated_line_of_a_press_release_is_its_date_and_leaves_the_body():
    article = clean(f"PRESS RELEASE\nDated: 20-03-2025\nGwadar port expansion approved\n\n{P1}\n\n{P2}")
    assert article.published == date(2025, 3, 20)
    assert article.paragraphs == (P1, P2)


def test_script_only_lines_on_a_latin_page_are_dropped():
    article = clean(
        f"\u0645\u0632\u06cc\u062f \u0627\u0637\u0644\u0627\u0639\u0627\u062a\n\u65b0\u95fb\u4e2d\u5fc3\n\n{P1}\n\n{P2}"
    )
    assert article.paragraphs == (P1, P2)


def test_title_case_letterhead_is_the_issuer_and_leaves_the_body():
    text = f"Sialkot Chamber of Commerce & Industry (SCCI)\nGwadar port expansion approved\n\n{P1}\n\n{P2}"
    article = clean(text)
    assert article.paragraphs == (P1, P2)
    assert article.source == "Sialkot Chamber of Commerce & Industry"


def test_closing_line_introducing_the_bylined_writer_is_dropped():
    tagline = "Nadia Rehman is a journalist who covers trade from Karachi."
    article = clean(f"Gwadar port expansion approved\nBy Nadia Rehman\n\n{P1}\n\n{P2}\n\n{tagline}\nShare")
    assert article.paragraphs == (P1, P2)
    assert article.author == "Nadia Rehman"
    assert tagline in article.dropped


def test_desk_byline_is_not_the_source_the_masthead_is():
    article = clean(f"Dawn\nGwadar port expansion approved\nBy Web Desk\nMarch 3, 2025\n\n{P1}\n\n{P2}")
    assert article.source == "Dawn" and article.author is None


@pytest.mark.parametrize(
    "line",
    [
        "Support independent journalism. Subscribe to The Weekly Review.",
        "Sign up for one of our free newsletters",
        "Start your day right with Asia Report's top stories",
        "Download our app to receive breaking news alerts and read the news on the go.",
        "Contact editor Wang Li (wangli@example.com)",
        "Note: Browsers with 1024*768 or higher resolution are suggested for this site.",
        "Copyright 1995 - . All rights reserved. The content (including but not limited to text, photo, "
        "multimedia information, etc) published in this site belongs to the publisher.",
    ],
)
def test_appeals_app_and_newsletter_promotions_and_long_copyright_lines_are_dropped(line):
    body = "Officials from both countries met in Islamabad on Monday to discuss the new rail link."
    assert clean(f"{body}\n\n{line}\n").paragraphs == (body,)


def test_named_writers_tagline_closing_the_page_is_dropped():
    body = "Officials from both countries met in Islamabad on Monday to discuss the new rail link."
    tagline = "Omer Kazmi is an Islamabad-based economic journalist."
    assert clean(f"{body}\n\n{tagline}\n").paragraphs == (body,)


@pytest.mark.parametrize(
    "line, published",
    [
        ("2024-06-21 10:47 ECNS", date(2024, 6, 21)),
        ("Source: SHINE   Editor: Zhang Long   19:05 UTC+8, 2024-11-08", date(2024, 11, 8)),
    ],
)
def test_stamp_lines_with_an_outlet_or_wide_gaps_give_the_date(line, published):
    body = "Officials from both countries met in Islamabad on Monday to discuss the new rail link."
    article = clean(f"Pakistan and China discuss rail link\n{line}\n\n{body}\n")
    assert article.published == published
    assert article.paragraphs == (body,)


# ---- archive banners, document numbers, PDF pages, hyphenated wraps, cuts that would lose the story ----------

BODY_LONG = " ".join([P1, P2, P3, P1.replace("Monday", "Tuesday"), P2.replace("five", "ten")])


@pytest.mark.parametrize(
    "line",
    [
        "This is Google's cache of https://www.example.pk/node/1/amp. It is a snapshot of the page as it appeared "
        "on 19 Feb 2026 06:12:44 GMT.",
        "The current page could have changed in the meantime. Learn more.",
        "Full version | Text-only version | View source",
        "Tip: To quickly find your search term on this page, press Ctrl+F or ⌘-F (Mac) and use the find bar.",
        "The Wayback Machine - https://web.archive.org/web/20260219061244/https://www.example.pk/story",
        "Saved 1,204 captures",
        "About this capture",
        "archive.today webpage capture",
        "Saved from https://www.example.pk/story search 19 Feb 2026 06:12:44 UTC",
        "All snapshots from host www.example.pk",
    ],
)
def test_archive_and_cache_banners_are_furniture(line):
    article = clean(f"{line}\n\n{P1}\n\n{P2}\n")
    assert article.paragraphs == (P1, P2)
    assert line in article.dropped


@pytest.mark.parametrize(
    "sentence",
    [
        "The current page of the treaty could have changed the region, he said.",
        "Officials said the archive was saved from a fire in 2019 by volunteers.",
        "The cache of weapons was found near Gwadar on Monday, police said.",
    ],
)
def test_sentences_about_caches_or_saving_are_not_banners(sentence):
    assert sentence in clean(f"{sentence}\n\n{P1}\n").paragraphs


def test_a_headline_repeated_before_the_body_never_cuts_the_story():
    # an unknown banner sentence reads as the body; the headline, byline and stamp under it must not end the
    # article there: the story after them is kept, with its title, date and author
    text = (
        "Snapshot saved by a reader service on 19 Feb 2026 for offline reading.\n"
        "Gwadar Port Gets New Terminal\n"
        "By Ayesha Rahman\n"
        "Published 17 February 2026\n\n"
        f"{P1}\n\n{P2}\n\n{P3}\n"
    )
    article = clean(text)
    assert P1 in article.paragraphs and P2 in article.paragraphs and P3 in article.paragraphs
    assert article.title == "Gwadar Port Gets New Terminal"
    assert article.published == date(2026, 2, 17) and article.author == "Ayesha Rahman"


def test_a_glued_article_after_a_real_body_is_still_cut():
    text = (
        f"{BODY_LONG}\n\n{P2}\n\n{P3}\n\n"
        "Karachi Stocks Close Higher\nBy Omar Sheikh\nPublished 18 February 2026\n\n"
        "The KSE-100 index closed 500 points higher on Wednesday as investors bought bank shares.\n"
    )
    article = clean(text)
    assert article.paragraphs == (BODY_LONG, P2, P3)
    assert any("cut what followed the story" in warning for warning in article.warnings)


def test_press_release_number_is_not_the_title_and_the_ministry_is_the_source():
    text = (
        "Ministry of Foreign Affairs\nGovernment of Pakistan\nPress Releases\nPress Release No. 412/2025\n"
        "Pakistan and China Hold Strategic Dialogue\nIslamabad, 28 November 2025\n\n"
        f"{P1}\n\n{P2}\n\n{P3}\n\nIslamabad\n28 November 2025\n\n"
        "Press Release No. 413/2025\nForeign Secretary Receives Ambassador of Japan\nIslamabad, 28 November 2025\n"
        "The Foreign Secretary received the Ambassador of Japan at the Ministry today.\n"
    )
    article = clean(text)
    assert article.title == "Pakistan and China Hold Strategic Dialogue"
    assert article.source == "Ministry of Foreign Affairs"
    assert article.published == date(2025, 11, 28)
    assert article.paragraphs == (P1, P2, P3)
    assert "The Foreign Secretary received the Ambassador of Japan at the Ministry today." in article.dropped


def test_a_government_alone_is_still_the_source():
    text = "Government of Pakistan\nPress Release No. 7\nGwadar Port Gets New Terminal\nIslamabad, 3 March 2025\n\n"
    text += f"{P1}\n"
    assert clean(text).source == "Government of Pakistan"


@pytest.mark.parametrize(
    "sentence",
    [
        "The press release No. 12 of the ministry was withdrawn on Monday, officials said.",
        "Policy brief number 14 was cited by the minister in the Senate.",
    ],
)
def test_sentences_naming_a_document_number_are_body(sentence):
    assert sentence in clean(f"{P1}\n\n{sentence}\n").paragraphs


WRAPPED = [
    "Centre for Policy Research (CPR), Islamabad",
    "POLICY BRIEF No. 3",
    "Power Before Plots: What the Zones Need",
    "Author: Nadia Hassan",
    "Published: 20 January 2026",
    "",
    "The nine zones were expected to attract around $3 billion of Chinese invest-",
    "ment within five years, but the most frequent complaint concerned elec-",
    "tricity and gas supply in the southern zones, and the grid connec-",
    "tion at Dhabeji has been delayed by a dispute over the right of way for",
    "the line, officials of the China-",
    "Pakistan round-",
    "table said on Monday in a statement issued to the press in Islamabad.",
    "",
    "1. Background",
    "",
    "Investors said they had been promised a one-window facility and a tax holiday",
    "of ten years, and that neither had arrived when they signed their leases over",
    "the next",
    "",
    "www.cpr.org.pk                                                      Page 1 of 2",
    "CPR Policy Brief No. 3 | Power Before Plots                       January 2026",
    "",
    "three years. By contrast, the government allocated only Rs 6.2bn for the zones",
    "in the current budget, the brief says in its closing section on funding needs.",
    "",
    "CPR Policy Briefs present research in progress. The views expressed are those of",
    "the author.",
    "",
    "www.cpr.org.pk                                                      Page 2 of 2",
]


def test_pdf_cover_lines_stay_apart_and_give_the_metadata():
    article = clean("\n".join(WRAPPED) + "\n")
    assert article.title == "Power Before Plots: What the Zones Need"
    assert article.published == date(2026, 1, 20)
    assert article.author == "Nadia Hassan"
    assert article.source == "Centre for Policy Research"
    assert article.paragraphs[0].startswith("The nine zones were expected")


def test_pdf_page_furniture_and_headings_leave_the_body_and_a_sentence_runs_on_over_the_page_break():
    article = clean("\n".join(WRAPPED) + "\n")
    body = " ".join(article.paragraphs)
    for furniture in ("Page 1 of 2", "Page 2 of 2", "CPR Policy Brief No. 3", "1. Background", "views expressed"):
        assert furniture not in body
    assert "leases over the next three years. By contrast" in body
    assert "1. Background" in article.dropped


def test_words_hyphenated_by_the_layout_are_mended_only_when_surely_one_word():
    body = " ".join(clean("\n".join(WRAPPED) + "\n").paragraphs)
    assert "investment within" in body and "connection at" in body  # suffixes that cannot open a word
    assert "elec-tricity" in body  # unsure: the hyphen stays, the line break goes
    assert "China-Pakistan round-table" in body  # real hyphens are never lost


def test_a_numbered_list_of_short_items_is_kept():
    text = f"{P1}\n\n1. Gwadar port\n\n2. Karachi port\n\n3. Port Qasim\n\n{P2}\n"
    article = clean(text)
    assert "1. Gwadar port" in article.paragraphs and "3. Port Qasim" in article.paragraphs


def test_page_in_a_sentence_and_a_lettered_list_item_are_body():
    sentence = "The report says on page 12 of its annex that Rs 45 billion is needed."
    item = "(c) Publish a quarterly dashboard showing land allotted and investment committed."
    article = clean(f"{P1}\n\n{sentence}\n\n{item}\n")
    assert sentence in article.paragraphs and item in article.paragraphs
    assert "(c) 2024 Dawn Media Group" in clean(f"{P1}\n\n(c) 2024 Dawn Media Group\n").dropped


def test_a_running_header_repeated_on_every_page_is_dropped_but_a_single_table_row_is_kept():
    head = "Gwadar Review   |   Spring 2025"
    row = "Table 1   Exports to China, 2021-2024"
    text = f"{head}\n\n{P1}\n\n{row}\n\n{P2}\n\n- 1 -\n\n{head}\n\n{P3}\n\nPage 2\n"
    article = clean(text)
    assert head not in " ".join(article.paragraphs) and article.dropped.count(head) == 2
    assert row in article.paragraphs
    # without page numbers the page is not a paginated document: a bar line repeated may be a stamp line
    stamp = "Posted on March 3, 2025 | Business"
    assert clean(f"{stamp}\n\n{P1}\n\n{stamp}\n").published == date(2025, 3, 3)


@pytest.mark.parametrize("footer", ["Page 3 of 6", "PAGE 3", "www.example.org.pk      Page 2 of 9", "Brief | Page 4"])
def test_page_number_footers_are_furniture(footer):
    article = clean(f"{P1}\n\n{footer}\n\n{P2}\n")
    assert article.paragraphs == (P1, P2) and footer in article.dropped


@pytest.mark.parametrize(
    "line",
    [
        "This is a rush transcript and may be updated.",
        "[00:01:12]",
        "[COMMERCIAL BREAK]",
        "(CROSSTALK)",
        "Capital Desk airs Monday to Thursday at 10pm on Geo News.",
        "(Corrects paragraph 4 to say the plant's capacity is 300 megawatts, not 330 megawatts)",
        "[Image: Fishing boats are seen at the harbour in Gwadar, Pakistan, March 3, 2025. REUTERS/File Photo]",
        "(Reporting by Mehwish Qadri in Islamabad; Editing by Rachel Okafor)",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Forwarded this email? Subscribe here.",
        "View this email in your browser",
        "In this issue:",
        "You are receiving this email because you subscribed at example.pk.",
        "Unsubscribe | Update preferences | View in browser",
        "Sponsored: Ship smarter to Kashgar with Indus Freight. Get a quote today.",
        "Thanks for reading! If you found this useful, clap and follow for more.",
        "2.3K Followers · 210 Following",
        "1.2K",
        "·",
        "See new posts",
        "Replying to @ammarsiddiqui_pk",
        "Reply | Repost | Like",
        "Photo by the author: a showroom on Shahrah-e-Faisal, Karachi.",
        "Related: KP cabinet approves Rs 4bn for small dams in Swat",
    ],
)
def test_transcript_wire_newsletter_and_platform_furniture_is_dropped(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "The minister said the rush to transcribe the talks had caused errors.",
        "The show, which airs on weekdays, drew complaints from viewers last month.",
        "He said the issue had been forwarded to the ministry for a decision.",
        "(The plant was approved in 2019.)",
        "Readers who unsubscribed from the service were refunded, the company said.",
        "The related project in Gwadar is due to open next year.",
        "Reply came from the ministry on Monday, officials said.",
    ],
)
def test_sentences_mentioning_those_words_stay(line):
    assert not is_furniture(line)


def test_a_headline_ending_like_a_sentence_over_its_standfirst_is_the_title():
    text = (
        "Medium\nOpen in app\n\n"
        "I Spent a Weekend in Karachi's Chinese EV Showrooms. Here's What the Hype Gets Wrong.\n"
        "Cheap batteries, nervous buyers and a policy nobody has read\nHira Baloch\nOct 30, 2025\n\n"
        f"{P1}\n\n{P2}\n\n{P3}\n"
    )
    article = clean(text)
    assert article.title == "I Spent a Weekend in Karachi's Chinese EV Showrooms. Here's What the Hype Gets Wrong."
    assert article.paragraphs == (P1, P2, P3)
    assert article.source == "Medium" and article.author == "Hira Baloch"


def test_a_platform_opening_the_page_is_the_source_not_a_label_under_it():
    text = "X\nHome | Explore | Notifications\nPost\nSee new posts\nAmmar Siddiqui\n\n" + f"{P1}\n\n{P2}\n"
    article = clean(text)
    assert article.source == "X" and article.title is None


def test_comments_and_the_author_box_end_the_story_but_the_box_names_the_writer():
    text = (
        f"{P1}\n\n{P2}\n\n{P3}\n\nEVs\nPakistan\nChina\n\nWritten by Hira Baloch\n"
        "Hira Baloch is an automotive analyst and writer based in Karachi who has written for Dawn since 2019.\n\n"
        "Responses (2)\nKamran S.\nOct 31, 2025\nGreat piece, my cousin paid Rs 5.9 million for one.\nReply\n"
    )
    article = clean(text)
    assert article.paragraphs == (P1, P2, P3)
    assert article.author == "Hira Baloch"
    text = f"{P1}\n\n{P2}\n\nComments (12)\nGreat piece. I paid Rs 5.9 million for one in March last year.\n"
    assert clean(text).paragraphs == (P1, P2)


def test_two_short_labels_in_a_row_are_tags_but_one_label_after_a_sentence_line_is_kept_in_a_list():
    text = f"{P1}\n\n{P2}\n\nEVs\nPakistan\nChina\n\n{P3}\n"
    assert clean(text).paragraphs == (P1, P2, P3)
    # a contact line with an address is no tag
    text = f"{P1}\n\n{P2}\n\nMedia:\npr@example.pk\n#Hashtags\n"
    assert "#Hashtags" in " ".join(clean(text).paragraphs)


def test_a_pull_quote_repeating_the_story_is_dropped_with_its_attribution_line():
    said = '"Nobody asks about the battery warranty, and that is the question they should ask," he said.'
    text = (
        f"{P1}\n\n{said}\n\n"
        '— "Nobody asks about the battery warranty." —\n\n'
        f"{P2}\n\n"
        '"The port will become a hub for regional trade."\n— Ahsan Iqbal, planning minister\n\n'
        f"{P3}\n"
    )
    article = clean(text)
    assert article.paragraphs == (P1, said, P2, P3)


def test_a_quote_said_once_or_a_short_paragraph_inside_a_longer_one_is_kept():
    own = '"We will not sign anything that adds to circular debt."'
    text = f"{P1}\n\n{own}\n\n{P2}\n"
    assert clean(text).paragraphs == (P1, own, P2)
    # not a display line: the attribution is part of it
    long = f"{P1} {P2} {P3}"
    assert clean(f"{long}\n\n{P3}\n\n{P1}\n").paragraphs[:2] == (long, P3)


def test_a_newsletter_issue_line_gives_the_date_and_its_name_the_source():
    text = (
        "THE SILK ROAD LEDGER\nWeekly briefing on China-Pakistan business | Issue No. 118 | Friday, 21 November 2025\n"
        "Forwarded this email? Subscribe here.\n\nBerth misses handover deadline\nBy Rabia Anwar, Editor\n\n"
        f"{P1}\n\n{P2}\n\nIN BRIEF\nHaier Pakistan opened a service hub in Lahore on Monday, creating 150 jobs.\n"
        "You are receiving this email because you subscribed at silkroadledger.pk.\n"
        "The Silk Road Ledger, 14-B Blue Area, Islamabad\n"
    )
    article = clean(text)
    assert article.published == date(2025, 11, 21)
    assert article.source == "The Silk Road Ledger" and article.author == "Rabia Anwar"
    assert article.paragraphs == (P1, P2)


def test_a_line_with_an_issue_number_but_no_date_or_bar_is_no_issue_line():
    text = "Issue No. 118 of the review\n\n" + f"{P1}\n\n{P2}\n"
    assert clean(text).published is None


def test_a_headline_shown_over_and_under_a_photo_never_cuts_the_story():
    # a syndicated page: consent banner, headline, provider and stamp, photo caption and credit, the headline
    # again, the byline, then the story: each too-thin reading before a repeated headline is read again from
    # it, and nothing read before the last one (the caption with its date) is kept
    caption = "A worker walks past cranes at Gwadar port on February 12, 2026 (Ali KHAN)"
    text = (
        "We, Example, are part of the Example family of brands. We and our partners use cookies to store and "
        "access information on your device.\n"
        "Accept all | Reject all | Manage privacy settings\n"
        "Gwadar port gets new terminal\n"
        "AFP\n"
        "Mon, February 16, 2026 at 4:12 AM PST\n"
        f"{caption}\n"
        "Ali KHAN/AFP/AFP\n"
        "Gwadar port gets new terminal\n"
        "by Sana RIAZ\n\n"
        f"{P1}\n\n{P2}\n\n{P3}\n\n"
        "Story continues\n\n"
        f"{P1.replace('Monday', 'Tuesday')}\n\n"
        "View comments (214)\n"
        "Terms and Privacy Policy | Privacy Dashboard\n"
    )
    article = clean(text)
    assert article.paragraphs == (P1, P2, P3, P1.replace("Monday", "Tuesday"))
    assert caption in article.dropped and "Ali KHAN/AFP/AFP" in article.dropped
    assert article.title == "Gwadar port gets new terminal" and article.published == date(2026, 2, 16)


@pytest.mark.parametrize(
    "line",
    [
        "We and our partners use cookies to store and access information on your device.",
        "Our partners use cookies to personalise ads. Click 'Accept all' to agree.",
        "Accept all | Reject all | Manage privacy settings",
        "Story continues",
        "View comments (214)",
        "Show all 12 comments",
        "Terms and Privacy Policy | Privacy Dashboard",
        "Privacy Policy | Terms of Use | Contact Us",
    ],
)
def test_consent_banners_comment_links_and_legal_rows_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Officials said Chinese firms use cookies and other trackers less than Western ones, the report found.",
        "The story continues to unfold in Gwadar, where fishermen say the port has cut them off | Analysis",
        "Pakistan | China",
    ],
)
def test_lines_with_a_bar_or_the_word_cookies_are_not_always_furniture(line):
    assert not is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "——————",
        "Disclaimer: This report is for information only and does not constitute legal advice.",
        "Disclaimer: The views and opinions expressed in this article are those of the author and do not "
        "necessarily reflect the editorial policy of Example Review.",
        "The English version of the transcript is for reference only. In case of any discrepancy, the Chinese "
        "version shall prevail.",
        "京ICP备06023345号",
        "Copyright 2026 Example | 京ICP备06023345号-1",
    ],
)
def test_disclaimers_licence_numbers_and_dash_rules_are_furniture(line):
    assert is_furniture(line)


def test_sentences_about_disclaimers_or_prevailing_are_not_furniture():
    for sentence in (
        "The ministry issued a disclaimer after the figures were questioned by the Senate committee on Monday.",
        "Officials said reason would prevail in the talks on the Gwadar port fees, a spokesman said.",
    ):
        assert not is_furniture(sentence)


def test_an_essays_sources_and_its_writers_tagline_end_the_story():
    text = (
        f"{P1}\n\n{P2}\n\n{P3}\n\n"
        "The author is a public health researcher in Islamabad. She can be reached at a@example.com\n\n"
        "References\n"
        '[1] CPEC Authority, "Progress Update," Government of Pakistan, 2025.\n'
        "[2] Interview with the author, Xi'an, 12 November 2025.\n\n"
        "Share this:\n"
    )
    article = clean(text)
    assert article.paragraphs == (P1, P2, P3)
    assert "[2] Interview with the author, Xi'an, 12 November 2025." in article.dropped
    assert any(line.startswith("The author is a public health researcher") for line in article.dropped)


def test_a_heading_like_notes_over_running_text_does_not_end_the_story():
    text = f"{P1}\n\nNotes\n\n{P2}\n\n{P3}\n"
    assert clean(text).paragraphs == (P1, P2, P3)


@pytest.mark.parametrize(
    "line",
    [
        "This story has not been edited by ANI staff and is auto-generated from a syndicated feed.",
        "(Except for the headline, this story has not been edited by NDTV staff and is published from a feed.)",
        "Get Dawn updates on WhatsApp: tap here",
        "Receive breaking news alerts via Telegram",
        "Track Latest News Live on Example.com and get news updates from around the world",
        "Article tags: Pakistan, China, Submarines",
        "Related Topics: CPEC / Gwadar",
        "Profit is Pakistan's leading business magazine. Subscribe to our newsletter.",
        "E-mail: webmaster@example.cn Tel: 86-10-88828000",
        "Media:",
        "Investor Contact:",
        "Send us your feedback",
    ],
)
def test_syndication_notes_app_promotions_tag_and_contact_lines_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "The story has not been edited since it first ran, the editor said.",
        "Farmers get updates on prices from a WhatsApp group run by the cooperative.",
        "Officials said the media would be kept away from the site.",
        "He said the plan had not been tracked closely. Subscribers complained.",
        "Feedback from traders was mixed, the chamber said.",
    ],
)
def test_sentences_with_those_words_are_not_furniture(line):
    assert not is_furniture(line)


def test_the_slogan_under_the_outlet_name_is_dropped_but_a_sentence_there_is_not_a_slogan():
    text = f"DW\nMade for minds.\nAsia\nFishers blame coal plant for ash in creeks\nMarch 27, 2025\n\n{P1}\n\n{P2}\n"
    article = clean(text)
    assert article.paragraphs == (P1, P2)
    assert "Made for minds." in article.dropped


def test_the_name_of_a_newsletter_offered_after_the_story_is_dropped():
    text = (
        f"{P1}\n\n{P2}\n\nSign up for one of our free newsletters\nThe Daily Report\n"
        "Start your day right with our top stories\n"
    )
    assert clean(text).paragraphs == (P1, P2)
    # a short line after a sentence that merely mentions newsletters stays
    text = f"{P1}\n\nThe ministry prints two newsletters a month.\nGwadar Port Authority\n\n{P2}\n"
    assert "Gwadar Port Authority" in clean(text).paragraphs


def test_explore_more_and_related_topics_end_the_story():
    text = f"{P1}\n\n{P2}\n\nSkip next section Explore more\nPakistan: Why investors want their own guards\n"
    assert clean(text).paragraphs == (P1, P2)
    text = f"{P1}\n\n{P2}\n\nRelated Topics\nIndia-China / China-Pakistan Economic Corridor\n"
    assert clean(text).paragraphs == (P1, P2)


def test_a_headline_over_a_place_in_capitals_alone_on_its_line_opens_a_glued_story():
    glued = [
        "Turkey, Azerbaijan agree to double gas pipeline capacity",
        "ANKARA",
        "Turkey and Azerbaijan on Tuesday signed an agreement to raise the capacity of the pipeline, officials said.",
        '"This line carries more than gas," the deputy minister said at the signing ceremony in Ankara.',
    ]
    article = clean(f"{P1}\n\n{P2}\n\n{P3}\n" + "\n".join(glued) + "\n")
    assert article.paragraphs == (P1, P2, P3)
    assert glued[2] in article.dropped
    assert any("cut what followed the story" in warning for warning in article.warnings)


def test_a_subheading_over_running_text_or_a_capitals_label_without_text_does_not_cut():
    text = f"{P1}\n\nWhat the port means for trade\n\n{P2}\n\n{P3}\n"
    assert clean(text).paragraphs == (P1, "What the port means for trade", P2, P3)
    # a place line with no running text after it is no dateline of another story
    text = f"{P1}\n\n{P2}\n\nPakistan and China sign port agreement\nGWADAR\n"
    assert P2 in clean(text).paragraphs


def test_a_headline_over_a_title_case_place_and_a_wire_agency_opens_a_glued_story():
    glued = [
        "Nepal signs framework deal on Belt and Road projects after years of delay",
        "Kathmandu (AFP) – Nepal and China signed a framework agreement on Wednesday, the foreign ministry said.",
        '"This is a new chapter," ministry spokesman Ramesh Bhattarai told reporters.',
    ]
    text = f"{P1}\n\n{P2}\n\n{P3}\n\n(FRANCE 24 with AFP and Reuters)\nRead more\n" + "\n".join(glued) + "\n"
    article = clean(text)
    assert article.paragraphs == (P1, P2, P3)
    assert article.source == "FRANCE 24"  # the outlet's credit line, not the agencies it drew on
    assert "(FRANCE 24 with AFP and Reuters)" in article.dropped


def test_a_bracketed_credit_needs_agencies_after_with():
    line = "(The plant was built with Chinese loans and Pakistani labour)"
    assert line in clean(f"{P1}\n\n{line}\n\n{P2}\n").paragraphs


def test_a_standfirst_opening_with_a_sum_under_the_headline_is_dropped():
    text = (
        "Business Wire\nTongli and Chenab Motors Open Battery Pack Plant in Faisalabad\n"
        "$38 million facility to supply 150,000 battery packs a year\n"
        "February 11, 2025 06:00 AM Eastern Standard Time\n\n"
        f"{P1}\n\n{P2}\n"
    )
    article = clean(text)
    assert article.paragraphs == (P1, P2)
    assert article.title == "Tongli and Chenab Motors Open Battery Pack Plant in Faisalabad"


def test_an_ambiguous_numeric_stamp_is_read_by_the_weekday_the_lead_names():
    lead = "Pakistan and China agreed on Wednesday to set up a joint centre to protect Chinese workers, officials said."
    text = f"Security centre agreed after Beijing talks\nIssued on: 11/12/2024 - 16:20\n\n{lead}\n\n{P2}\n"
    article = clean(text)
    assert article.published == date(2024, 12, 11)  # a Wednesday; 12 November 2024 was a Tuesday
    assert "Issued on: 11/12/2024 - 16:20" in article.dropped
    # without a weekday in the lead the stamp stays unread, only the year is implied
    assert clean(f"Security centre agreed\nIssued on: 11/12/2024 - 16:20\n\n{P2}\n\n{P3}\n").published is None


def test_a_subheading_over_a_speaker_in_capitals_naming_only_the_story_s_subjects_does_not_cut():
    said = "Thank you all for coming to Gwadar, and thank you to our Chinese partners for their patience."
    for heading in ("Gwadar Port Opening Remarks", "Opening remarks at the Gwadar port", "Remarks by the minister"):
        article = clean(f"{P1}\n\n{P2}\n\n{P3}\n{heading}\nTHE MINISTER\n{said}\n")
        assert said in " ".join(article.paragraphs) and not any("cut" in warning for warning in article.warnings)


@pytest.mark.parametrize("section", ["Asia - Pacific", "South & Central Asia", "Business › Economy"])
def test_a_section_path_over_the_headline_is_not_the_title(section):
    headline = "Pakistan, China hold first joint flood-forecasting drill on Indus"
    header = f"Outlet\nWorld | Business | Sport\n{section}\n{headline}\nBy Kamran Qadri\nSeptember 23, 2025"
    text = f"{header}\n\n{P1}\n\n{P2}\n"
    assert clean(text).title == headline
    # a short headline with a mark inside, over its standfirst, is still the title
    text = f"China & Pakistan: A Decade of CPEC Loans\nWhat the corridor cost\nBy Kamran Qadri\n\n{P1}\n\n{P2}\n"
    assert clean(text).title == "China & Pakistan: A Decade of CPEC Loans"


def test_hand_out_number_over_a_headline_in_capitals_is_not_the_title():
    """A provincial hand-out: letterhead lines, its number and a place-and-date line, then the headline in
    capitals after a blank line; the letterhead's office line is neither the title nor body text."""
    text = (
        "GOVERNMENT OF PUNJAB\nDirectorate General Public Relations (Press Wing)\nHAND-OUT NO. 42\n"
        "Lahore, March 3, 2025\n\nCHIEF MINISTER MEETS CHINESE INVESTORS ON TEXTILE PARK\n\n"
        f"{P1}\n\n{P2}\n\n{P3}\n"
    )
    article = clean(text)
    assert article.title == "CHIEF MINISTER MEETS CHINESE INVESTORS ON TEXTILE PARK"
    assert article.paragraphs == (P1, P2, P3)
    assert article.published == date(2025, 3, 3)
    assert article.author is None


def test_a_bare_name_masthead_named_by_the_copyright_line_is_the_source_not_the_author():
    text = (
        "Indus Compass\nHome | Commentary | Economy | Contribute\nOpinion\n"
        "Why Gwadar needs a water price\nBy Prof. Saima Jatoi\nMarch 12, 2025\n\n"
        f"{P1}\n\n{P2}\n\n© 2025 Indus Compass. All rights reserved.\n"
    )
    article = clean(text)
    assert (article.source, article.author) == ("Indus Compass", "Saima Jatoi")
    assert article.paragraphs == (P1, P2)


def test_a_name_over_the_menu_is_the_masthead_and_a_section_label_above_the_headline_is_no_byline():
    text = (
        "Karakoram Compass\nHome | Pakistan | Gilgit Baltistan | World\nGilgit Baltistan\n"
        "Chinese firm wins Hunza bridge contract\nMarch 12, 2025\n\n"
        f"{P1}\n\n{P2}\n"
    )
    article = clean(text)
    assert (article.source, article.author) == ("Karakoram Compass", None)


def test_the_copyright_holders_line_under_the_headline_is_the_outlet_not_a_byline():
    text = (
        "Lahore Ledger TV English\nHome | Pakistan | Business\nBusiness\n"
        "Chinese steelmaker eyes Karachi mill\nLahore Ledger\nPublished 22 Jan, 2025 07:18pm\n\n"
        f"{P1}\n\n{P2}\n\nCopyright © 2025 Lahore Ledger. All Rights Reserved\n"
    )
    article = clean(text)
    assert (article.source, article.author) == ("Lahore Ledger", None)


def test_a_masthead_in_capitals_takes_the_outlets_own_name_from_the_copyright_line():
    text = (
        "KARAVAN | Karavan TV English\nLatest | Pakistan | Business\n"
        "Peshawar to get Chinese electric buses\nKaravan Web Desk\nFeb 18, 2025 | 04:25 PM\n\n"
        f"{P1}\n\n{P2}\n\n© 2025 KARAVAN TV. All rights reserved.\n"
    )
    assert clean(text).source == "Karavan TV"


def test_the_publisher_line_under_the_masthead_is_not_the_source():
    text = (
        "Ledger\nby The Lahore Times\nHome | Business | Markets | Tech\nFeatures\n"
        "Too much sun: cheap Chinese panels and Pakistan's grid\nZainab Akhund\nAugust 26, 2024\n\n"
        f"{P1}\n\n{P2}\n\n© 2024 The Lahore Times. All rights reserved.\n"
    )
    article = clean(text)
    assert (article.source, article.author) == ("Ledger", "Zainab Akhund")


def test_two_capitals_over_the_menu_are_the_masthead():
    text = (
        "KN\nMade for minds.\nTOPICS | WORLD | BUSINESS | CULTURE\n"
        "Fishers blame Chinese-built coal plant for ash\nNimra Sohail in Karachi\n03/27/2025\n\n"
        f"{P1}\n\n{P2}\n"
    )
    assert clean(text).source == "KN"


def test_a_byline_naming_the_masthead_gives_no_author():
    text = (
        "Eurovista\nEurope | World | Business\nWorld\n"
        "Pakistan and China open a ground station\nBy Eurovista\nPublished on 09/10/2024 - 11:02 GMT+2\n\n"
        f"{P1}\n\n{P2}\n"
    )
    article = clean(text)
    assert (article.source, article.author) == ("Eurovista", None)


def test_the_writers_tagline_is_found_by_the_name_without_the_bylines_honorific():
    tagline = "Saima Jatoi teaches environmental economics in Quetta."
    text = f"Gwadar needs a water price\nBy Dr. Saima Jatoi\nMarch 12, 2025\n\n{P1}\n\n{P2}\n\n{P3}\n\n{tagline}\n"
    article = clean(text)
    assert article.paragraphs == (P1, P2, P3)
    assert tagline in article.dropped and article.author == "Saima Jatoi"


@pytest.mark.parametrize(
    "line",
    [
        "Home / Economy / News",
        "Premium",
        "Listen to This Article",
        "Key stories on example.com are available to premium subscribers only.",
        "Already a Daily Ledger Premium subscriber? Log in now",
        "Share: X Facebook LinkedIn WhatsApp",
        "Sign up for our newsletter – Get the best of the week in your inbox every Thursday. Subscribe",
        "(Web editor: Tian Yumei, Wu Chaolan)",
        "[Photo Gallery: 24 images]",
        "Download Press Release (PDF, 312 KB)",
        "Analyst Certification: The research analyst(s) named in this report certify that the views expressed "
        "accurately reflect their personal views about the subject securities.",
        "Republish this article: This article is published under a Creative Commons licence (CC BY-NC-ND 4.0).",
    ],
)
def test_paywall_breadcrumb_newsletter_and_republishing_lines_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "The new features are available only to paid subscribers, the company said.",
        "Premium exports of kinnow rose by a fifth, the ministry said.",
        "Readers may republish the report, he said.",
    ],
)
def test_sentences_about_subscribers_or_premium_goods_are_not_furniture(line):
    assert not is_furniture(line)


def test_paywall_label_under_the_headline_does_not_start_the_body():
    text = (
        "Home / Economy / News\nChina rolls over loan to Pakistan as dues mount\n"
        "The reprieve buys Islamabad time before its next review, analysts say\nPremium\n"
        "Shreya Nandan  New Delhi\nLast Updated : Feb 11 2026 | 11:48 PM IST\nListen to This Article\n\n"
        f"{P1}\n\n{P2}\n"
    )
    article = clean(text)
    assert article.title == "China rolls over loan to Pakistan as dues mount"
    assert article.author == "Shreya Nandan" and article.paragraphs == (P1, P2)


def test_byline_with_the_outlet_in_brackets_and_a_stamp_gives_author_and_date():
    text = (
        "Pakistani beef finds growing market in China\n"
        "By Ren Jiahui (People's Daily Online) 16:27, January 19, 2026\n\n"
        f"{P1}\n\n{P2}\n"
    )
    article = clean(text)
    assert (article.author, article.published) == ("Ren Jiahui", date(2026, 1, 19))
    assert article.paragraphs == (P1, P2)


def test_related_events_ends_the_story_and_a_rapporteur_line_names_the_author():
    text = (
        "Seminar urges shift to industry in the corridor's second phase\nJanuary 15, 2026\n\n"
        f"{P1}\n\n{P2}\n\nRapporteur: Hamna Tariq, Research Associate, CPSC\n"
        "Related Events\nRoundtable on “China’s 15th Five-Year Plan and South Asia” – December 18, 2025\n"
    )
    article = clean(text)
    assert article.author == "Hamna Tariq" and article.paragraphs == (P1, P2)


def test_research_note_headline_under_its_report_name_with_a_labelled_analyst_line():
    text = (
        "MARGALLA CAPITAL SECURITIES (PVT) LTD.\nResearch | Equities | Pakistan\nPAKISTAN MARKET DAILY\n"
        "Thursday, 22 January 2026\nPower: Chinese IPP dues cross Rs1.2trn as SBP seen on hold\n"
        "Analyst: Hira Aslam, CFA | hira.aslam@example.com.pk | +92-21-3524-1187\n\n"
        f"{P1}\n\n{P2}\n\nDisclaimer: This report has been prepared by Margalla Capital Securities (Pvt) Ltd.\n"
    )
    article = clean(text)
    assert article.title == "Power: Chinese IPP dues cross Rs1.2trn as SBP seen on hold"
    assert (article.author, article.source) == ("Hira Aslam", "Margalla Capital Securities")
    assert article.paragraphs == (P1, P2)


def test_live_blog_entry_times_are_stamps_not_a_glued_story():
    # a short entry over a bare time of day is no other story's headline over its timestamp
    text = (
        "LIVE: Pakistan and China sign port agreements\nLast updated: Feb 19, 2026 11:05 PM PKT\n\n"
        f"10:20 PM PKT\n{P1}\n\n{P3}\n\n9:40 PM PKT\nThe delegation visits the port\n\n8:50 PM PKT\n{P2}\n"
    )
    article = clean(text)
    assert article.paragraphs == (P1, P3, "The delegation visits the port", P2)
    assert {"10:20 PM PKT", "9:40 PM PKT", "8:50 PM PKT"} <= set(article.dropped)
    assert article.published == date(2026, 2, 19) and not any("cut" in w for w in article.warnings)


def test_a_headline_over_a_dated_stamp_still_ends_the_story():
    glued = "Floods hit Sindh villages\nFeb 18, 2026 9:40 PM"
    text = f"Port deal signed\nFeb 19, 2026\n\n{P1}\n\n{P3}\n\n{glued}\n\n{P2}\n"
    assert clean(text).paragraphs == (P1, P3)


def test_key_points_box_over_the_story_is_dropped():
    text = (
        "Pakistan and China sign port agreements\nFeb 19, 2026\nKey points:\n"
        "• 14 agreements signed in Beijing\n• Finance minister seeks a rollover\n\n"
        f"{P1}\n\n{P2}\n"
    )
    article = clean(text)
    assert article.paragraphs == (P1, P2)
    assert {"Key points:", "• 14 agreements signed in Beijing"} <= set(article.dropped)


def test_a_list_in_the_story_under_a_highlights_line_is_kept():
    items = "• Ten berths are planned\n• Two are built\n"
    text = f"Port deal signed\nFeb 19, 2026\n\n{P1}\n\nHighlights\n{items}\n{P2}\n"
    assert clean(text).paragraphs == (P1, "• Ten berths are planned", "• Two are built", P2)


def test_notification_from_pdf_keeps_its_paragraphs_and_takes_the_file_number_date():
    # a letterhead in capitals does not run on into its wing's line; the file-number line under it gives the
    # date, and the same number again over page 2 is its running header, not another document
    wrapped = "1. The Federal Government is pleased to constitute a committee to decide all pending cases of"
    text = (
        "GOVERNMENT OF PAKISTAN\r\nMINISTRY OF PLANNING, DEVELOPMENT & SPECIAL INITIATIVES\r\n(CPEC Wing)\r\n"
        "No. 2(14)/CPEC-II/2026-SEZ                Islamabad, the 12th March, 2026\r\n\r\n"
        "CONSTITUTION OF THE SEZ FAST-TRACK COMMITTEE\r\n\r\n"
        f"{wrapped}\r\nChinese enterprises in the special economic zones by the end of June this year.\r\n\r\n"
        "2. The Committee shall meet at least once a fortnight and report to the Cabinet every quarter on its\r\n"
        "work, and the Secretary of the Committee shall circulate the agenda three days in advance.\r\n\r\n"
        "Page 1 of 2\r\nNo. 2(14)/CPEC-II/2026-SEZ\r\n"
        "3. The Committee shall co-opt any other officer or expert as and when it is required to do so by\r\n"
        "the Convener, and its secretariat shall be housed in the Ministry of Planning in Islamabad.\r\n"
    ).replace("\r\n", "\n")
    article = clean(text)
    assert article.published == date(2026, 3, 12)
    assert article.title == "CONSTITUTION OF THE SEZ FAST-TRACK COMMITTEE"
    assert [paragraph[:2] for paragraph in article.paragraphs[-3:]] == ["1.", "2.", "3."]
    assert "No. 2(14)/CPEC-II/2026-SEZ" in article.dropped
    assert not any(paragraph.startswith("MINISTRY") for paragraph in article.paragraphs)


def test_office_unit_under_a_letterhead_is_part_of_it():
    text = f"Ministry of Planning, Development & Special Initiatives\n(CPEC Wing)\n\n{P1}\n\n{P2}\n"
    article = clean(text)
    assert article.paragraphs == (P1, P2) and "(CPEC Wing)" in article.dropped
    assert article.source == "Ministry of Planning, Development & Special Initiatives"


def test_bracketed_words_under_a_headline_are_not_an_office_unit():
    assert clean(f"Port deal signed\n(Updated)\n\n{P1}\n\n{P2}\n").paragraphs[-2:] == (P1, P2)


@pytest.mark.parametrize("marker", ["Sd/-", "Distribution:", "Copy for information to:", "Copy to:"])
def test_signature_and_distribution_list_end_an_official_letter(marker):
    tail = "(Muhammad Irfan)\nSection Officer (CPEC-II)\n1. All Members of the Committee.\n- Master file."
    article = clean(f"{P1}\n\n{P2}\n\n{marker}\n{tail}\n")
    assert article.paragraphs == (P1, P2)
    assert "1. All Members of the Committee." in article.dropped


def test_wing_under_a_department_letterhead_in_capitals_is_dropped():
    text = f"GOVERNMENT OF SINDH\nENERGY DEPARTMENT\n(Coal & Renewables Wing)\n\n{P1}\n\n{P2}\n"
    article = clean(text)
    assert article.paragraphs == (P1, P2) and "(Coal & Renewables Wing)" in article.dropped


def test_link_list_inserted_into_the_story_is_dropped_and_not_joined_to_a_paragraph():
    links = "Keep reading\nlist of 2 items\nlist 1 of 2\nCan Pakistan pay back China?\nlist 2 of 2\n"
    links += "Floods hit Sindh\nend of list"
    article = clean(f"{P1}\n{links}\n{P2}\n\n{P3}\n")
    assert article.paragraphs == (P1, P2, P3)
    assert {"Keep reading", "Can Pakistan pay back China?", "end of list"} <= set(article.dropped)


def test_a_sentence_starting_with_list_is_no_link_list():
    line = "List of 4 items shows what the port lacks, officials said."
    assert clean(f"{P1}\n\n{line}\n\n{P2}\n").paragraphs == (P1, line, P2)


@pytest.mark.parametrize(
    "line",
    [
        "Sign up",
        "Subscribe now",
        "Get the latest insights and analysis from our Global Impact newsletter on the big stories in Asia.",
        "By registering, you agree to our T&C and Privacy Policy",
        "Unlock unlimited access to award-winning journalism",
        "Why you can trust The Courier",
        "Font size: [Large] [Medium] [Small]",
        "Previous: Company Holds 2026 Work Conference",
        "Next: Company Wins Bid for Wind Farm in Uzbekistan",
        "[Image] The signing ceremony site. Photo by Wang Lei",
    ],
)
def test_paywall_newsletter_and_page_controls_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    ["Next, the minister said the port would open in May.", "Why trust China with the port, critics asked."],
)
def test_sentences_opening_like_page_controls_are_not_furniture(line):
    assert not is_furniture(line)


def test_paywall_and_newsletter_prompts_inside_the_story_are_dropped_and_not_joined():
    box = "Get the latest analysis from our Asia newsletter on the big stories.\nBy registering, you agree to our T&C"
    paywall = "Unlock unlimited access to award-winning journalism\nSubscribe now\nAlready a subscriber? Log in"
    article = clean(f"{P1}\n\n{box}\nSign up\n\n{P2}\n\n{paywall}\n\n{P3}\n")
    assert article.paragraphs == (P1, P2, P3)


def test_logo_name_without_spaces_is_the_copyright_holder_as_written():
    text = f"24NewsHD\nHome | Latest | Pakistan | World\n\n{P1}\n\n{P2}\n\n© 2026 24 News HD. All rights reserved.\n"
    article = clean(text)
    assert article.source == "24 News HD" and article.paragraphs == (P1, P2)


def test_section_label_over_the_headline_is_not_the_title():
    head = "Business and Economy\nWhy is the port still waiting for ships? The deal explained\n"
    head += "A decade after the promise, the port handles a fraction of its capacity. Here is why.\nBy Saadia Qureshi\n"
    article = clean(f"{head}\n{P1}\n\n{P2}\n")
    assert article.title == "Why is the port still waiting for ships? The deal explained"
    assert article.paragraphs == (P1, P2)


def test_digest_of_other_stories_under_its_label_is_dropped():
    digest = "KEY NEWS\n- Cement despatches rise 9% YoY (BR)\n- Govt raises Rs 420bn in T-bill auction (SBP)"
    article = clean(f"{P1}\n\n{P2}\n\n{digest}\n\n{P3}\n")
    assert article.paragraphs == (P1, P2, P3)
    assert "KEY NEWS" in article.dropped


def test_digest_label_without_list_items_is_left_to_the_other_rules():
    assert clean(f"{P1}\n\nOther news about the port was scarce this week.\n\n{P2}\n").paragraphs[1].startswith("Other")


def test_heading_in_capitals_between_paragraphs_is_dropped_but_not_a_dateline_opening_the_text():
    article = clean(f"{P1}\n\nMONETARY POLICY\n\n{P2}\n")
    assert article.paragraphs == (P1, P2) and "MONETARY POLICY" in article.dropped
    assert clean(f"NEW DELHI\n\n{P1}\n\n{P2}\n").paragraphs[-2:] == (P1, P2)


@pytest.mark.parametrize("line", ["Sort by: Best", "u/reader_name • 4h ago", "u/poster OP • 3h ago", "@reader · 2d"])
def test_forum_comment_controls_and_comment_headers_end_the_post(line):
    comment = "Rs 48 billion and 2,000 jobs. Same story in 2019."
    article = clean(f"{P1}\n\n{P2}\n\n{line}\n{comment}\n")
    assert article.paragraphs == (P1, P2) and comment in article.dropped


@pytest.mark.parametrize("line", ["Edit: formatting.", "EDIT 2: added the source link"])
def test_a_posters_edit_note_is_furniture(line):
    assert is_furniture(line)
    assert not is_furniture("Editors said the report was incomplete.")


@pytest.mark.parametrize(
    "line",
    [
        "Item 1 of 2 A worker walks past power lines at a grid station in Karachi, Pakistan, August 14, 2025.",
        "Item 3 of 12 Cranes at the port. REUTERS/Jane Roe/File Photo Purchase Licensing Rights",
        "Image 2 of 5 A customs official weighs a carton of apricots at Sost",
        "Trucks queue at the Sost dry port, Pakistan, May 2, 2026. REUTERS/Akhtar Soomro",
        "Purchase Licensing Rights",
        "A trader weighs rough stones at a market in Peshawar. (Sana Mirza/Frontier Courier)",
        "(Translated from Urdu. The original appeared in Daily Jang, Lahore, on 2 March 2026.)",
        "[Translation by the Desk from the Chinese original]",
        "This article was translated from Chinese by the foreign desk.",
        "Translated from Urdu by Ayesha Khan.",
        "Also on this page: Load-shedding schedule for Sehri and Iftar announced",
    ],
)
def test_carousel_captions_credited_captions_and_translation_notes_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "The coalition (PML-N/PPP) won the vote in the assembly after a long debate.",
        "The speed limit on the new road is 80 km/h, officials said.",
        "Item by item, the committee went through the list of 12 demands.",
        "Translated into Urdu, the slogan means the road belongs to everyone.",
        "The translation of the agreement (in Chinese and Urdu) was signed on Monday.",
    ],
)
def test_sentences_with_slashes_items_and_translations_are_not_furniture(line):
    assert not is_furniture(line)


def test_caption_and_translators_note_inside_the_story_are_dropped_with_their_dates():
    caption = "Item 1 of 2 Workers at the plant in Sahiwal, Pakistan, July 9, 2025. REUTERS/Jane Roe/File Photo"
    note = "(Translated from Urdu. The original appeared in Daily Jang on 2 March 2026.)"
    article = clean(f"{caption}\n{P1}\n{P2}\n{note}\nAlso on this page: Wheat prices fall\n")
    assert article.paragraphs == (P1, P2)
    assert caption in article.dropped and note in article.dropped


def test_a_units_name_with_its_acronym_above_the_headline_is_dropped():
    head = "Centre for Regional Studies Lahore\nHome | About | Events | Contact\nSouth Asia Trade Unit (SATU)\n"
    head += "Seminar Calls for Faster Work on Special Economic Zones\nJanuary 15, 2026\n"
    article = clean(f"{head}\n{P1}\n\n{P2}\n")
    assert article.paragraphs == (P1, P2) and "South Asia Trade Unit (SATU)" in article.dropped
    assert article.title == "Seminar Calls for Faster Work on Special Economic Zones"


def test_a_sentence_ending_with_an_acronym_above_the_headline_is_kept():
    standfirst = "Officials from both countries met the board of the port authority (GPA)"
    article = clean(f"{standfirst}\nSeminar Calls for Faster Work on Special Economic Zones\n\n{P1}\n\n{P2}\n")
    assert standfirst not in article.dropped


def test_a_headline_in_title_case_ending_with_an_acronym_is_still_the_title():
    head = "Pakistan Seeks Faster Work on the China-Pakistan Economic Corridor (CPEC)\nJanuary 15, 2026\n"
    article = clean(f"{head}\n{P1}\n\n{P2}\n")
    assert article.title == "Pakistan Seeks Faster Work on the China-Pakistan Economic Corridor (CPEC)"


def test_a_section_label_between_the_headline_and_its_byline_leaves_the_headline_the_title():
    head = "Karakoram Herald\nGilgit-Baltistan's independent daily\nBUSINESS\n"
    head += "First apricot consignment of the season crosses Khunjerab\nTrade\nWire Desk | April 2, 2026\n"
    article = clean(f"{head}{P1}\n{P2}\n")
    assert article.title == "First apricot consignment of the season crosses Khunjerab"
    assert article.paragraphs == (P1, P2) and article.published == date(2026, 4, 2)


def test_only_a_label_of_a_word_or_two_may_stand_between_a_headline_and_its_byline():
    from generator.clean import _followed_by_metadata

    def followed(middle: str) -> bool:
        lines = ["First apricot consignment of the season crosses Khunjerab", middle, "Wire Desk | April 2, 2026"]
        return _followed_by_metadata(lines, 0, len(lines))

    assert followed("Trade") and followed("Gilgit Baltistan")
    assert not followed("Trucks queue early") and not followed("Trade resumes.")


def test_a_body_in_capitals_over_its_parent_ministry_is_the_issuer():
    head = "PRESS RELEASE\nGWADAR PORT AUTHORITY\nMinistry of Maritime Affairs, Government of Pakistan\n"
    head += "Gwadar, 20 January 2026\n\nGPA SIGNS FEEDER SERVICE AGREEMENT\n\n"
    body = "Gwadar Port Authority (GPA) and a Chinese operator signed an agreement on Tuesday, officials said."
    article = clean(f"{head}{body}\n\n{P2}\n")
    assert article.source == "Gwadar Port Authority" and article.paragraphs == (body, P2)


def test_a_ministry_under_its_government_is_still_the_issuer():
    head = "GOVERNMENT OF PAKISTAN\nMinistry of Planning, Development & Special Initiatives\n\n"
    head += "CPEC REVIEW MEETING HELD\n\n"
    assert clean(f"{head}{P1}\n\n{P2}\n").source == "Ministry of Planning, Development & Special Initiatives"


def test_a_forum_posts_pasted_story_takes_its_source_from_the_posters_link():
    post = "Link: https://www.brecorder.com/news/40378812/copper-refinery\nPasting the full article:\n"
    quote = '"This is the project we waited for," Secretary BOI Jahangir Ali Shah told Business Recorder.'
    assert clean(f"{post}{P1}\n{quote}\n{P2}\n").source == "Business Recorder"
    assert clean(f"Pasting the full article:\n{P1}\n{quote}\n{P2}\n").source is None


def test_a_related_article_box_inside_the_story_is_dropped_and_the_story_goes_on():
    box = "Related article\nPakistan’s Chinese debt: How much does Islamabad really owe Beijing?"
    text = f"{P1}\n\n{P2}\n\n{box}\n\n{P3}\n\n"
    more = "Officials said the second phase of the port would be finished by the end of next year."
    article = clean(f"{text}{more}\n")
    assert article.paragraphs == (P1, P2, P3, more)
    assert "Related article" in article.dropped


@pytest.mark.parametrize(
    "after",
    [
        # a list of related links: more headlines under the label
        "Related articles\nGwadar port gets new cranes\nKarachi traders protest tax\nLahore metro fares rise\n",
        # one headline and its teaser, then the page's end
        "Related\nGwadar port gets new cranes\nThe port authority said the cranes would arrive in May.\n",
        # a story glued under the label: its dateline opens it
        "Related\nSri Lanka reopens Colombo terminal\nCOLOMBO, July 31 (Reuters) - Sri Lanka reopened the Jaya "
        "container terminal on Tuesday after dock workers ended a strike, the port authority said.\n"
        "Ships were berthing on Tuesday evening, port officials said.\n",
    ],
)
def test_related_links_teasers_and_glued_stories_under_a_label_still_end_the_story(after):
    article = clean(f"{P1}\n\n{P2}\n\n{P3}\n\n{after}")
    assert article.paragraphs == (P1, P2, P3)


@pytest.mark.parametrize(
    "line",
    [
        "—",
        "Ad Feedback",
        "Sign up for CNN’s Meanwhile in China newsletter which explores what you need to know about the country.",
        "Sign up to Global Dispatch",
        "Free newsletter",
        "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by others.",
        "after newsletter promotion",
        "Reuse this content",
        "Read 3 articles and stand to win rewards",
        "Spin the wheel now",
        "See more on: Pakistan, China, Electric and Hybrid Vehicles",
        "Share full article",
        "Related Content",
        "A version of this article appears in print on Dec. 1, 2026, Section B, Page 3 of the New York edition with "
        "the headline: Chinese Carmakers Bet on a Market. Order Reprints | Today’s Paper | Subscribe",
        "Rooftop panels in Lahore’s Johar Town. Pakistan imported solar panels last year. Photograph: Jane Roe/Reuters",
        "Workers at the site of the plant, where construction began this spring.Credit...Jane Roe for The Outlet",
        "Chinese workers walk past the spillway of the dam. Farooq Naeem/AFP/Getty Images",
        "Traders at the port in Karachi on Monday. Jane Roe/Bloomberg via Getty Images",
    ],
)
def test_newsletter_boxes_reward_prompts_print_lines_and_credited_captions_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Readers can sign up for the ministry's newsletter on its website, the spokesman said.",
        "Sign up to the scheme has been slow, officials said on Tuesday.",
        "The privacy notice was updated after complaints from traders, the authority said.",
        "Farmers who read 3 articles a week on prices stand to win more at market, the study found.",
        "Spin the wheel of fortune, he said, and you may lose everything in a year.",
        "A version of the bill was passed by the Senate on Monday, officials said.",
        "The credit line of $2 billion was approved by the board. Officials welcomed the move.",
        "The exporters said. Karachi and Lahore traders would meet again in May.",
        "Ad hoc arrangements will continue until the new board is named.",
    ],
)
def test_sentences_like_newsletter_prompts_credits_and_print_lines_are_not_furniture(line):
    assert not is_furniture(line)


def test_a_newsletter_box_inside_the_story_is_dropped_with_its_blurb_and_not_joined():
    box = "Sign up to Global Dispatch\nFree newsletter\nGet a different world view with a roundup of the best news, "
    box += "features and pictures, curated by our team\nPrivacy Notice: Newsletters may contain info about charities "
    box += "and online ads.\nafter newsletter promotion"
    article = clean(f"{P1}\n\n{P2}\n\n{box}\n\n{P3}\n")
    assert article.paragraphs == (P1, P2, P3)


def test_a_sentence_between_two_newsletter_lines_in_separate_blocks_is_kept():
    text = f"{P1}\n\nSign up for our free newsletters\n\n{P2}\n\nFree newsletter\n\n{P3}\n"
    assert clean(text).paragraphs == (P1, P2, P3)


def test_topic_tags_under_their_label_are_dropped_and_a_list_after_them_still_ends_the_story():
    tags = "Tags:\nPakistan China\nMoUs\nShahzad Akbar Cheema\nMore from Business\nGold price in Pakistan falls"
    article = clean(f"{P1}\n{P2}\n{P3}\n{tags}\nPSX crosses 190,000 points for first time\n")
    assert article.paragraphs == (P1, P2, P3)
    assert "Shahzad Akbar Cheema" in article.dropped


def test_a_paragraph_after_a_topics_label_is_not_a_tag():
    assert clean(f"{P1}\n\nTopics:\n{P2}\n\n{P3}\n").paragraphs == (P1, P2, P3)


def test_explore_more_on_these_topics_ends_the_story():
    text = f"{P1}\n\n{P2}\n\nExplore more on these topics\nPakistan\nChina\nSolar power\nReuse this content\n"
    assert clean(text).paragraphs == (P1, P2)


def test_a_bylines_outlet_after_its_comma_is_the_source_and_not_the_authors_name():
    head = "CNN\nMenu\nChinese engineers return to Pakistan’s biggest dam project\nBy Hamid Durrani, CNN\n"
    head += "Published 5:30 AM EST, Wed December 2, 2026\nIslamabad, Pakistan\nCNN\n—\n\n"
    article = clean(f"{head}{P1}\n\n{P2}\n")
    assert (article.author, article.source) == ("Hamid Durrani", "CNN")
    assert article.paragraphs == (P1, P2)


def test_a_translated_papers_masthead_with_its_city_and_note_is_the_source_not_the_title():
    head = "DAILY JANG (Lahore) — English translation\nروزنامہ جنگ\nMonday, March 2, 2026\n"
    head += "Front Page | Translated by Jang Translation Desk\n"
    head += "Chinese company to build tractor plant in Sheikhupura, Chief Minister assures support\n"
    article = clean(f"{head}{P1}\n{P2}\nThe story first appeared in Daily Jang.\n")
    assert article.source == "Daily Jang"
    assert article.title == "Chinese company to build tractor plant in Sheikhupura, Chief Minister assures support"


@pytest.mark.parametrize(
    ("footer", "source"),
    [
        ("© 2026 Information Department, Government of Sindh", "Information Department, Government of Sindh"),
        ("The Information Department will brief the press.", "Information Department"),
    ],
)
def test_a_department_under_its_government_letterhead_is_the_issuer_as_the_page_names_it(footer, source):
    head = "GOVERNMENT OF SINDH\nINFORMATION DEPARTMENT\n\nCM DISCUSSES THAR COAL WITH CHINESE CONSUL GENERAL\n\n"
    assert clean(f"{head}{P1}\n\n{P2}\n\n{footer}\n").source == source


@pytest.mark.parametrize("line", ["Front Page | Translated by Jang Translation Desk", "Translated by the Desk"])
def test_a_print_page_label_and_a_translators_credit_are_furniture(line):
    assert is_furniture(line)
    assert not is_furniture("Translated by volunteers, the report was published in Urdu on Monday.")


@pytest.mark.parametrize(
    "line",
    [
        "Like this:",
        "Like Loading...",
        "Be the first to like this.",
        "Next Story",
        "« Previous Post",
        "Next article →",
        "Join the Conversation",
        "Join the discussion below",
        "(5 min)",
        "Listen (7 min)",
        "Reading Time: 5 mins",
        "This article appears in the most recent edition of East Asia Forum Quarterly, ‘Belt and Road at a "
        "crossroads’, Vol 17, No 3.",
        "This article was originally published on The Conversation.",
        "Delivery riders swap batteries at a roadside kiosk in Lahore’s Gulberg district on May 12. (Saiyna "
        "Bashir for The Washington Post)",
        "Workers lay track near Rohri on Sunday. (Photo by Jane Roe for The Outlet via Getty Images)",
    ],
)
def test_like_widgets_post_navigation_reading_times_edition_lines_and_for_credits_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Like this one, the new plant will burn imported coal, the company said.",
        "The next story the channel ran was about the port, he said.",
        "Join the conversation, the minister told students, and shape the corridor's second phase.",
        "Loading a ship at Gwadar takes 5 minutes less than last year.",
        "The article appeared in Dawn on Monday and drew a reply from the embassy.",
        "This article appeared in the South China Morning Post print edition as: Deal signed",
        "The minister said the loans were repaid on time. (Ministry for Planning)",
        "He said the deal was signed. (He later denied it for the record.)",
    ],
)
def test_sentences_like_like_widgets_navigation_edition_lines_and_for_credits_are_not_furniture(line):
    assert not is_furniture(line)


def test_stock_ticker_chips_inside_the_story_are_dropped_and_the_paragraphs_stay_apart():
    chips = "Huaxin Energy\n600982.SS\n-2.31%\nIndus Power Generation\nIPG.KA\n112.00\n+10.00%"
    article = clean(f"{P1}\n\n{P2}\n{chips}\n{P3}\n")
    assert article.paragraphs == (P1, P2, P3)
    assert {"Huaxin Energy", "IPG.KA", "+10.00%", "112.00"} <= set(article.dropped)


def test_a_signed_percentage_without_a_ticker_symbol_over_it_is_left_alone():
    text = f"{P1}\n\nKSE-100 index\n+1.4%\n\n{P2}\n"
    assert "KSE-100 index" in " ".join(clean(text).paragraphs)


def test_a_summary_paragraph_under_an_in_brief_label_is_not_the_first_paragraph():
    head = "East Asia Forum\nPakistan’s China debt problem is made in Islamabad\n"
    head += "Author: Jane Doe, LUMS\n11 August 2025\n"
    summary = "Pakistan’s arrears to Chinese power producers are often cited as proof of a debt trap. The real trap is"
    summary += " a power sector that Pakistan has failed to reform."
    article = clean(f"{head}In Brief\n{summary}\n\n{P1}\n\n{P2}\n\n{P3}\n")
    assert article.paragraphs == (P1, P2, P3)
    assert summary in article.dropped


def test_a_summary_label_over_the_only_paragraph_leaves_it_the_body():
    text = "Pakistan’s China debt problem is made in Islamabad\n11 August 2025\nSummary\n" + P1 + "\n"
    assert clean(text).paragraphs == (P1,)


def test_a_capitals_masthead_with_a_logos_full_stop_is_the_source_and_not_body_text():
    head = "THE WALL STREET JOURNAL.\nWorld | Business | Markets | Opinion\nMARKETS\n"
    head += "Chinese Utility's $210 Million Bet on Pakistani Power Sends Karachi Stocks to Record\n"
    head += "By Fatima Zaidi Follow and Chen Yuwen Follow\nJan. 6, 2026 9:12 am ET\nListen\n(5 min)\n\n"
    article = clean(f"{head}{P1}\n\n{P2}\n")
    assert article.paragraphs == (P1, P2)
    assert (article.source, article.author) == ("The Wall Street Journal", "Fatima Zaidi and Chen Yuwen")


def test_a_blogs_date_and_author_line_gives_the_author_and_the_date():
    head = "Pamir Times\nSost dry port readies for Khunjerab trade season\nMarch 17, 2026 by Noor Muhammad Hunzai\n"
    article = clean(f"{head}Leave a comment\n{P1}\n{P2}\nShare this:\nLike this:\nLike Loading...\n")
    assert article.paragraphs == (P1, P2)
    assert (article.author, article.published) == ("Noor Muhammad Hunzai", date(2026, 3, 17))


def test_next_story_under_the_story_ends_it_before_the_next_headline():
    text = f"{P1}\n{P2}\nNext Story\nCement despatches rise 9% in October as northern mills restart kilns\n"
    article = clean(text)
    assert article.paragraphs == (P1, P2)
    assert "Cement despatches rise 9% in October as northern mills restart kilns" in article.dropped


@pytest.mark.parametrize(
    "line",
    [
        "[Editor: Liu Xin]",
        "[Web editor: Tian Yumei]",
        "captions settings, opens captions settings dialog",
        "descriptions settings, opens descriptions settings dialog",
        "/",
        "(Cover: Wind turbines at a wind farm in Sindh Province, Pakistan, November 19, 2024. /Hengfeng Clean Energy)",
        "(Cover image: A container ship at Gwadar port. /CFP)",
        "Print Friendly, PDF & Email",
        "Print Friendly",
        "1000 characters",
        "500 characters remaining",
        "Characters left: 1000",
        "Recommend 0",
        "Recommended (12)",
        "Search Trends",
        "Trending searches",
        "Federal Minister Faisal Qadir Sheikh meets a Chinese delegation in Islamabad. (APP Photo)",
        "Workers at the Gwadar fish harbour unload the morning catch. (Xinhua Photo)",
    ],
)
def test_editor_credits_player_settings_cover_captions_comment_controls_and_print_buttons_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "[Editor's note: the figures were revised on Monday.] The ministry said the loans were repaid.",
        "The captions settings of the broadcast were changed, opens a new debate on access.",
        "The cover of the report, released on Monday, shows wind turbines in Sindh.",
        "(Cover story continues on page 3, the editor said.) The ministry disagreed.",
        "The print-friendly version of the plan runs to 40 pages, the ministry said.",
        "The tweet ran to 1000 characters, the spokesman said.",
        "The committee will recommend 3 names to the cabinet next week.",
        "Search trends show rising interest in Gwadar, the survey found.",
        "The photo (APP Photo) was taken in Islamabad on Monday, the minister's office said",
        "He said the deal was signed in Beijing. (The minister later denied it.)",
    ],
)
def test_sentences_like_editor_credits_cover_captions_and_comment_controls_are_not_furniture(line):
    assert not is_furniture(line)


def test_a_comments_heading_over_a_comment_box_ends_the_story_with_the_comments():
    comments = "Comments\n1000 characters\nFaisal A. | Jul 08, 2025 08:12am\n"
    comments += "Rollover is not investment. We keep borrowing from one to pay the other since 2018.\nRecommend 0\n"
    article = clean(f"{P1}\n\n{P2}\n\n{P3}\n\n{comments}")
    assert article.paragraphs == (P1, P2, P3)
    assert "Rollover is not investment. We keep borrowing from one to pay the other since 2018." in article.dropped


@pytest.mark.parametrize(
    "header", ["Ayesha K. · 2 hours ago", "Jane Doe says:", "Bilal Ahmed | 12 March 2026, 10:40 PM", "Leave a Reply"]
)
def test_comment_headers_and_forms_under_a_comments_heading_open_the_comments(header):
    article = clean(f"{P1}\n\n{P2}\n\nReader comments\n{header}\nThe corridor needs better roads first.\n")
    assert article.paragraphs == (P1, P2)


def test_a_comments_heading_without_a_comment_box_under_it_does_not_end_the_story():
    article = clean(f"{P1}\n\n{P2}\n\nComments\n\n{P3}\n")
    assert article.paragraphs == (P1, P2, P3)


def test_a_video_players_lines_under_the_headline_name_no_author():
    head = "CGTN\nWind farm in Sindh starts powering homes\nVideo Player is loading.\nPlay Video\nMute\n"
    head += "Current Time 0:00\n/\nDuration 2:47\n1x\nPlayback Rate\nChapters\n"
    article = clean(f"{head}Wind farm in Sindh starts powering homes\n2024-11-20 16:05\n\n{P1}\n\n{P2}\n")
    assert article.paragraphs == (P1, P2)
    assert article.author is None


def test_a_bare_name_under_the_headline_is_still_the_author():
    article = clean(f"Dawn\nGwadar port deal signed\nAsim Kamal Dar\nPublished 08 Jul, 2025 05:58am\n\n{P1}\n\n{P2}\n")
    assert article.author == "Asim Kamal Dar"


@pytest.mark.parametrize(
    "line",
    [
        "(Edited by Sanya Mathur)",
        "Edited by Sanya Mathur",
        "Translated by Mihray Abdilim. Edited by Malika Rahimova and Jonah Clarke.",
        "Reporting by Asif Shahzad in Islamabad; Editing by Jane Doe and A. Richardson",
        "[Copy-edited by Lin Yue]",
        "Fact-checked by: Omar Farooq",
        "Reporting by Sana Jamal in Karachi. Translated from Urdu by Omar Farooq. Edited by Mark Potter.",
    ],
)
def test_the_desks_editing_and_translation_credits_are_furniture(line):
    assert is_furniture(line)
    article = clean(f"{P1}\n\n{P2}\n\n{line}\n")
    assert article.paragraphs == (P1, P2)


@pytest.mark.parametrize(
    "line",
    [
        "Edited by Malika Rahimova, the volume collects essays on the corridor's first decade.",
        "Edited by Ali Khan and published in 2020, the report was cited by the ministry.",
        "Edited by the Planning Commission, the annual plan was released on Monday.",
        "Reporting by Asif Shahzad",  # a reporter's credit alone may be the byline
        "Reporting by Editha Khan",
        "Edited by Mark Potter, the anthology was launched in Karachi on Monday.",
    ],
)
def test_sentences_and_reporter_credits_are_no_editing_credit(line):
    assert not is_furniture(line)


def test_an_editing_credit_is_read_in_linear_time():
    """Each credit opens with its 'by' phrase, so a long line of them is matched one way only."""
    line = "Edited by Abc Def; " * 40 + "x"
    started = time.perf_counter()
    assert not is_furniture(line)
    assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize(
    "line",
    [
        "#trade #Belt and Road #migrants",
        "#CPEC, #Gwadar, #energy",
        "(Header image: A street in a merchants’ district of Lahore, 2024. VCG)",
        "(Lead photo: Containers at Gwadar port, March 2025. Courtesy of the port authority)",
        "A trader checks a sample of toys at a market in Yiwu, Zhejiang province, Oct. 24, 2024. Xu Jing/Sixth Tone",
        "Workers at the Thar coal site in Sindh, May 2, 2025. Amna Siddiqui/Karachi Ledger",
    ],
)
def test_hashtag_lines_header_image_credits_and_title_case_photo_credits_are_furniture(line):
    assert is_furniture(line)
    article = clean(f"{P1}\n\n{line}\n\n{P2}\n")
    assert article.paragraphs == (P1, P2)


@pytest.mark.parametrize(
    "line",
    [
        "#1 on the list of the government's priorities is the corridor's second phase.",
        "#Pakistan",  # one tag alone: a label, perhaps (see the contact line test above)
        "The header image of the campaign showed the port at night, officials said.",
        "Trains now run twice a day between the two cities. Karachi/Lahore",  # no photographer's two names
        "The minister said the deal was signed in Islamabad. Officials declined/refused to comment",
    ],
)
def test_running_text_is_no_hashtag_line_or_photo_credit(line):
    assert not is_furniture(line)


@pytest.mark.parametrize(
    "heading",
    ["Latest news about Indus Energy Holdings Limited", "More stories on CPEC", "Most read news", "Most shared"],
)
def test_a_list_of_other_stories_under_the_story_ends_it(heading):
    other = "08/27 Indus Energy Holdings declares final cash dividend\nOil steadies as traders weigh output plan"
    article = clean(f"{P1}\n{P2}\n{heading}\n{other}\n")
    assert article.paragraphs == (P1, P2)


def test_a_sentence_opening_like_a_list_heading_does_not_end_the_story():
    line = "Latest news about the talks was expected on Monday, officials said."
    article = clean(f"{P1}\n\n{line}\n\n{P2}\n")
    assert article.paragraphs == (P1, line, P2)


_HANDOUT = (
    "Peshawar, April 22: The provincial cabinet on Wednesday approved a rebate on electricity tariffs for new "
    "industrial units in the province's economic zones, officials said."
)


def test_a_caption_over_the_paragraph_opening_with_the_dateline_is_no_body():
    caption = (
        "Chief Minister and a delegation of a Chinese ceramics company led by its chairman at the CM House, Peshawar."
    )
    article = clean(
        f"Press Releases\nCM meets Chinese investors\nPosted On: April 22, 2026\n\n{caption}\n\n{_HANDOUT}\n\n{P2}\n"
    )
    assert article.paragraphs == (_HANDOUT, P2)


@pytest.mark.parametrize(
    "first",
    [
        "Pakistan and China agreed on Monday to expand cooperation at Gwadar port.\nMore to follow",  # not alone
        '"We are open for business," the Chief Minister told the delegation at the CM House in Peshawar.',  # a quote
    ],
)
def test_a_paragraph_over_the_dateline_that_is_no_caption_is_kept(first):
    article = clean(f"CM meets Chinese investors\nPosted On: April 22, 2026\n\n{first}\n\n{_HANDOUT}\n\n{P2}\n")
    assert article.paragraphs[0].startswith(first.split("\n")[0][:30])


def test_related_press_releases_under_the_story_end_it():
    related = (
        "Related Press Releases\nCM chairs provincial cabinet meeting, approves tariff rebate\nGovernor meets traders"
    )
    article = clean(f"{P1}\n\n{P2}\n\n{related}\n")
    assert article.paragraphs == (P1, P2)


@pytest.mark.parametrize(
    "line",
    [
        "Image source, Getty Images",
        "Image caption, Protesters blocked the highway near the dam site for five days",
        "Media caption, Watch: residents describe the blasting",
        "+ Add to myFT",
        "+ Follow",
        "Add to reading list",
        "Follow Harbour Daily on",
        "Follow us on:",
        "Our economics editor picks the week's best reads in this weekly newsletter.",
    ],
)
def test_screen_reader_picture_labels_follow_buttons_and_newsletter_blurbs_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "He said the image caption, printed wrongly, had been corrected.",
        "Follow the money, the auditor told the committee on Tuesday.",
        "The ministry announced the plan in its monthly newsletter.",
        "Investors added to their holdings after the loan was rolled over.",
    ],
)
def test_sentences_about_captions_following_or_newsletters_are_not_furniture(line):
    assert not is_furniture(line)


def test_caption_ending_in_a_bare_agency_credit_is_dropped():
    caption = "Cranes stand idle at Gwadar port. The port handled a tenth of its capacity last year. Reuters"
    article = clean(f"{P1}\n\n{caption}\n\n{P2}\n")
    assert article.paragraphs == (P1, P2)
    assert caption in article.dropped
    assert clean(f"{P1}\n\n{caption.replace('Reuters', 'AFP via Getty Images')}\n\n{P2}\n").paragraphs == (P1, P2)
    photographer = "Workers unload cement at Port Qasim on Monday. Asim Hafeez/Bloomberg"
    assert clean(f"{P1}\n\n{photographer}\n\n{P2}\n").paragraphs == (P1, P2)
    # a line that only names an agency in its last sentence, or a sign-off closing the story, stays
    told = "The port handled a tenth of its capacity. The figures were confirmed to Reuters"
    assert told in clean(f"{P1}\n\n{told}\n\n{P2}\n").paragraphs
    last = "The port handled a tenth of its capacity last year. AFP"
    assert clean(f"{P1}\n\n{last}\n").paragraphs == (P1, last)


def test_related_links_label_over_headlines_and_the_footer_ends_the_story():
    text = (
        f"{P1}\n\n{P2}\n\n{P3}\n\nAlso read:\nTextiles: Pakistan, the other workshop of the world\n"
        "In Gwadar, the Chinese port that is waiting for its ships\n\n"
        "Les Echos – Economic and financial information\n© Les Echos 2024\n"
    )
    article = clean(text)
    assert article.paragraphs == (P1, P2, P3)
    assert "In Gwadar, the Chinese port that is waiting for its ships" in article.dropped
    assert "Les Echos – Economic and financial information" in article.dropped
    # running text under the headlines: the story may go on, the label alone is dropped
    going_on = f"{P1}\n\n{P2}\n\nRead more:\nGwadar port waits for its ships\n\n{P3}\n"
    assert clean(going_on).paragraphs[-1] == P3


@pytest.mark.parametrize(
    "heading",
    ["Jointly advancing global governance", 'A "more cautious" friendship', "What happens next?"],
)
def test_sub_headings_between_paragraphs_are_body(heading):
    # the seed gold's convention (seed 003): section heads inside the body are not boilerplate
    under = "Pakistan is too big to fail for Beijing, but too expensive to love. It is a more cautious friendship."
    assert clean(f"{P1}\n\n{heading}\n\n{under}\n\n{P2}\n").paragraphs == (P1, heading, under, P2)


def test_picture_credit_line_is_dropped_but_names_no_source():
    text = (
        "THE DAILY LEDGER\nPort talks resume in Karachi\nBy Jane Doe\n\n"
        f"{P1}\n\nA train waits at Karachi Cantonment station\nCredit: Rizwan Tabassum/AFP via Getty Images\n\n"
        f"{P2}\n\n© 2025 The Daily Ledger\n"
    )
    article = clean(text)
    assert "Credit: Rizwan Tabassum/AFP via Getty Images" in article.dropped
    assert article.source == "The Daily Ledger"


def test_masthead_is_no_byline_when_the_copyright_line_names_it_before_its_year():
    text = (
        "Show original\nLES ECHOS\nEconomy | Finance - Markets | World\nWorld › Asia-Pacific\n"
        "Pakistan: Beijing puts its hand back in its pocket\nReserved for subscribers\nBy Claire Vasseur\n\n"
        f"{P1}\n\n{P2}\n\n© Les Echos 2024\n"
    )
    article = clean(text, FrontMatter(title="In Pakistan, Beijing puts its hand back in its pocket"))
    assert article.author == "Claire Vasseur"


def test_press_release_trailer_is_dropped_but_about_sections_stay():
    # a wire release: the issuer's name under 'News provided by', then after the story its 'About …'
    # sections (part of the release), the forward-looking disclaimer, the contacts, the wire's 'SOURCE …'
    # line, link and sales prompt; a second 'About …' section after a contacts block is kept again
    disclaimer = (
        "This press release contains forward-looking statements. Further information is included in the "
        "Company's annual report for the fiscal year ended December 31, 2023."
    )
    about = "Indus Frost Logistics is a Karachi-based operator of refrigerated trucks."
    text = (
        "Cold chain firm signs Pakistan hub deal\nNews provided by\nLingyun Cold Chain Technology Inc.\n"
        f"Jan 09, 2025, 07:30 ET\n\n{P1}\n\n{P2}\n\n{P3}\n\nAbout Lingyun Cold Chain Technology Inc.\n{about}\n\n"
        f"Forward-Looking Statements\n{disclaimer}\n\nMedia Contacts\nLingyun Cold Chain Technology Inc.\n"
        "Investor Relations: Lily Fang\nEmail: ir@lingyuncc.example\n"
        "Omar Farooq Sheikh, Head of Communications\nSOURCE Lingyun Cold Chain Technology Inc.\n"
        "View original content to download multimedia: https://www.prnewswire.com/news-releases/x-302346781.html\n"
        "GET STARTED\n"
    )
    article = clean(text)
    assert article.paragraphs == (P1, P2, P3, "About Lingyun Cold Chain Technology Inc.", about)
    assert article.author is None
    contacts_first = (
        f"{P1}\n\n{P2}\n\nMedia Contact:\nLi Na, press@example.com\n\nAbout SunBridge Energy Co., Ltd.\n{about}\n"
    )
    assert clean(contacts_first).paragraphs == (P1, P2, "About SunBridge Energy Co., Ltd.", about)


def test_a_contacts_or_disclaimer_line_before_the_story_has_begun_is_no_trailer():
    assert clean(f"{P1}\n\nSOURCE Lingyun Cold Chain Technology Inc.\n\n{P2}\n").paragraphs[-1] == P2


@pytest.mark.parametrize(
    "line",
    ["☰ Menu | Search", "Tap to read more", "Story highlights: Hundreds of fishermen blocked the harbour on Monday.",
     "View original content: https://www.prnewswire.com/news-releases/x.html", "GET STARTED"],
)  # fmt: skip
def test_mobile_page_and_wire_link_furniture(line):
    assert is_furniture(line)


def test_tap_to_read_more_in_mid_story_does_not_end_it():
    assert clean(f"{P1}\n{P2}\nTap to read more\n{P3}\n").paragraphs == (P1, P2, P3)


def test_photographer_tagline_closing_a_feature_is_dropped():
    text = f"{P1}\n\n{P2}\n\n{P3}\n\nZara Hunzai is a photographer from Hunza.\n"
    assert clean(text).paragraphs == (P1, P2, P3)


def test_a_weeklys_volume_and_issue_line_dates_the_story_and_a_quoted_headline_is_the_title():
    # a magazine's interview page: issue line dated by its week, the headline in quote marks over the
    # 'Interview with NAME, ROLE' strap and the byline
    text = (
        "THE INDUS QUARTERLY REVIEW\nInterviews\nVol. 12, Issue 3 | December 29 – January 4, 2026\n"
        "‘Gwadar will not wait for anyone’\nInterview with Li Wen, Chairman, Gwadar Port Holdings\n"
        f"By Saima Khan | Senior Correspondent\n\n{P1}\n\n{P2}\n"
    )
    article = clean(text)
    assert article.published == date(2025, 12, 29)
    assert article.title == "‘Gwadar will not wait for anyone’"
    assert article.paragraphs == (P1, P2)


# ---- share sheets: page title with its site, pictographs, key points box, share footer --------------------

SHARED = (
    "Gwadar desalination plant opens to ships - Examplenews.com.pk\n"
    "https://www.examplenews.com.pk/a/2025/03/gwadar-plant.html\n\n"
    "🚢💧 Gwadar desalination plant opens to ships\n\n"
    "By Amna Tariq in Gwadar and Li Wen in Beijing | examplenews.com.pk | Updated: 2025-03-06 10:12\n\n"
    "📌 Key points\n"
    "🔹 Plant makes 5 million gallons a day\n"
    "🔹 Ships can refill at berth 3\n\n"
    f"{P1}\n\n"
    "The plan, officials said, covers three steps:\n"
    "✅ a second intake by June;\n"
    "✅ a pipeline to the old town.\n\n"
    f"{P2} The minister told Example News so on Monday.\n\n"
    "📲 Shared from the Example News app\n"
    "👉 Download: https://app.examplenews.com.pk/share\n"
)


def test_share_sheet_page_reads_as_its_story():
    article = clean(SHARED)
    assert article.title == "Gwadar desalination plant opens to ships"  # the site after the dash goes
    assert article.author == "Amna Tariq and Li Wen"
    assert article.published == date(2025, 3, 6)
    assert article.source == "Example News"  # the bare link's site, as the story writes it
    body = "\n".join(article.paragraphs)
    assert "🚢" not in body and "Key points" not in body and "🔹" not in body  # headline again, summary box
    assert "Shared from" not in body and "Download" not in body  # the share sheet's footer
    assert "✅ a second intake by June;" in body  # bullets in the story are the story


def test_pictographs_before_a_line_do_not_hide_a_repeated_line():
    from generator.clean import _key

    assert _key("🇵🇰🤝🇨🇳 Pakistan, China sign MoU") == _key("Pakistan, China sign MoU")
    assert _key("Pakistan, China sign MoU") == "pakistan, china sign mou"
    assert is_furniture("Shared from the China Daily app") and is_furniture("Download: https://app.x.com/share")
    assert not is_furniture("Officials shared data from the app with reporters.")


FORWARDED = (
    "Hi Omar,\n\nSee the port story below.\n\nThanks,\nRida\n\n"
    "---------- Forwarded message ---------\n"
    "From: Harbour Brief <news@harbourbrief.pk>\n"
    "Date: Tue, Apr 8, 2025 at 7:30 AM\n"
    "Subject: Fwd: Morning Brief | Gwadar berth opens\n"
    "To: Rida Shah <rida@example.org>, <desk@example.org>\n\n"
    "Gwadar opens fourth berth for bulk carriers\n"
    "By Saima Baloch, Harbour Brief\n\n"
    f"GWADAR, Apr. 8 (Harbour Brief) – {P1}\n\n{P2}\n\n"
    "Read the full story on harbourbrief.pk >>\n"
)


def test_forwarded_email_headers_are_no_headline_and_the_outlet_leaves_the_byline():
    article = clean(FORWARDED)
    assert article.title == "Gwadar opens fourth berth for bulk carriers"
    assert article.author == "Saima Baloch"  # ', Harbour Brief' is the outlet the dateline names
    body = "\n".join(article.paragraphs)
    assert "From:" not in body and "Subject:" not in body and "Forwarded" not in body
    assert "Read the full story" not in body
    for line in ("---------- Forwarded message ---------", "Begin forwarded message:", "Subject: Re: talks"):
        assert is_furniture(line)
    assert is_furniture("To: Rida Shah <rida@example.org>, <desk@example.org>")
    assert not is_furniture("From: the ministry's point of view, the talks went well.")


def test_share_label_with_a_colon_over_one_button_a_line_is_furniture():
    assert is_furniture("Share on:") and is_furniture("Share via")
    article = clean(f"{P1}\n{P2}\nShare on:\nFacebook\nX\nWhatsApp\n")
    assert article.paragraphs == (P1, P2)


COLUMN = """Gwadar Evening Star - ePaper
Gwadar | Monday, March 2, 2026 | Page 3
Port to double bulk berths,
dredging starts in April
Farah Naz Baloch
GWADAR: The Gwadar Port Authority will
double the number of its bulk berths and
begin dredging the approach channel in
April, its chairman said on Sunday, as
fertiliser and coal imports climb.
"We are running out of quay, not out of
ships," chairman Waqar Hussain told the
Evening Star.
He said the first new berth would open
by October, with the rest to follow in
stages over two years, and that the
channel would be dredged to 16 metres.
Importers said they had paid demurrage on
more than forty ships since January,
adding that waiting times had grown
Continued on page 6
Coastal highway repairs
begin after storm
PASNI: Work on the damaged stretch of the
coastal highway started on Saturday.
"""


def test_narrow_column_without_blank_lines_is_joined_into_paragraphs_and_cut_at_the_jump_line():
    article = clean(COLUMN)
    assert article.title == "Port to double bulk berths, dredging starts in April"
    assert article.author == "Farah Naz Baloch"
    assert article.paragraphs[0].startswith("GWADAR: The Gwadar Port Authority will double the number")
    assert article.paragraphs[0].endswith("as fertiliser and coal imports climb.")
    assert article.paragraphs[1] == (
        '"We are running out of quay, not out of ships," chairman Waqar Hussain told the Evening Star.'
    )
    assert article.paragraphs[-1].endswith("adding that waiting times had grown")
    assert "PASNI" not in "\n".join(article.paragraphs) and "Continued on page 6" in article.dropped


def test_short_paragraphs_one_a_line_are_not_joined_as_a_column():
    lines = [f"Officials said trade rose {n} percent in March." for n in range(14)]
    article = clean("\n".join(lines) + "\n")
    assert len(article.paragraphs) == 14


def test_jump_line_ends_the_story():
    from generator import boilerplate as bp

    for line in ("Continued on page 7", "(Continued on Page 7)", "Contd on P7", "Cont'd on page A12"):
        assert bp.END_OF_ARTICLE.fullmatch(line), line
    assert not bp.END_OF_ARTICLE.fullmatch("Talks continued on Monday")
