"""Dates and events on small texts in several outlets' styles."""

from datetime import date

from generator.article import make_article
from generator.extract.dates import extract_dates
from generator.model import DateMention

MONDAY = date(2024, 9, 16)  # a Monday
THURSDAY = date(2022, 11, 3)


def dates_of(paragraphs: list[str], published: date | None = None, year: int | None = None) -> list[DateMention]:
    return list(extract_dates(make_article("t.txt", paragraphs, published=published, published_year=year)))


def pairs(
    paragraphs: list[str], published: date | None = None, year: int | None = None
) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in dates_of(paragraphs, published, year)]


def test_full_date_with_abbreviated_month_in_dateline() -> None:
    found = dates_of(["BEIJING, Nov. 3, 2022 /PRNewswire/ — China and Pakistan signed a pact."])
    assert [(d.text, d.value, d.precision) for d in found] == [("Nov. 3, 2022", "2022-11-03", "day")]
    assert found[0].relative is False
    assert found[0].event == "dateline (Beijing)"


def test_month_day_before_a_colon_is_a_date_but_not_a_clock_time() -> None:
    found = pairs(
        [
            "Peshawar, April 22: The Chief Minister witnessed the signing of the MoU.",
            "Dec 3: the delegation arrived in Karachi.",
            "The session on May 9:30 am was cancelled.",
        ],
        published=date(2026, 4, 22),
    )
    assert found == [("April 22", "2026-04-22"), ("Dec 3", "2025-12-03")]


def test_a_date_opening_its_sentence_takes_the_tense_of_the_clause_after_its_comma() -> None:
    found = pairs(
        [
            "On Dec 3, the delegation arrived in Karachi.",
            "On Dec 9, the delegation will return to Beijing.",
        ],
        published=date(2026, 4, 22),
    )
    assert found == [("On Dec 3", "2025-12-03"), ("On Dec 9", "2026-12-09")]


def test_day_month_year_british_order() -> None:
    assert pairs(["The corridor was inaugurated on 5 July 2013 in Islamabad."]) == [("on 5 July 2013", "2013-07-05")]


def test_iso_date() -> None:
    assert pairs(["The notice was issued 2024-09-16 by the ministry."]) == [("2024-09-16", "2024-09-16")]


def test_month_and_year_has_month_precision() -> None:
    found = dates_of(["Exports fell sharply in March 2023, the bureau said."])
    assert [(d.text, d.value, d.precision) for d in found] == [("in March 2023", "2023-03", "month")]


def test_weekday_is_most_recent_such_day_on_or_before_publication() -> None:
    assert pairs(["Ambassador Hashmi said on Sunday that trade would grow."], MONDAY) == [("on Sunday", "2024-09-15")]


def test_weekday_naming_publication_day_is_that_day() -> None:
    assert pairs(["The talks ended on Monday in Beijing."], MONDAY) == [("on Monday", "2024-09-16")]


def test_weekday_in_future_clause_is_next_such_day() -> None:
    found = pairs(["The minister will visit Gwadar on Friday to inspect the port."], MONDAY)
    assert found == [("on Friday", "2024-09-20")]


def test_progressive_clause_counts_as_future() -> None:
    found = pairs(["He attended the fair, which is concluding on Wednesday in Beijing."], MONDAY)
    assert found == [("on Wednesday", "2024-09-18")]


def test_ap_style_bare_weekday_after_verb() -> None:
    assert pairs(["The prime minister told reporters Tuesday that talks went well."], THURSDAY) == [
        ("Tuesday", "2022-11-01")
    ]


def test_weekday_without_publication_date_stays_unresolved() -> None:
    found = dates_of(["Officials said on Monday that the loan was approved."])
    assert [(d.text, d.value, d.precision) for d in found] == [("on Monday", None, None)]


def test_last_and_next_weekday_skip_the_publication_day() -> None:
    found = pairs(["The deal, signed last Monday, takes effect next Monday."], MONDAY)
    assert found == [("last Monday", "2024-09-09"), ("next Monday", "2024-09-23")]


def test_weekday_named_holiday_is_not_a_date() -> None:
    assert pairs(["Markets were closed for Good Friday observances."], MONDAY) == []


def test_plural_weekday_is_habitual_not_a_date() -> None:
    assert pairs(["The market opens on Mondays and Thursdays."], MONDAY) == []


def test_year_after_preposition_is_a_date() -> None:
    assert pairs(["Launched in 2015, the corridor includes power plants."]) == [("in 2015", "2015")]


def test_since_year_is_a_date() -> None:
    assert pairs(["China has been the largest partner since 2015."]) == [("since 2015", "2015")]


def test_coordinated_years_are_two_dates() -> None:
    found = dates_of(["The GDI and the GSI, proposed in 2021 and 2022 respectively, seek cooperation."])
    assert [(d.text, d.value) for d in found] == [("in 2021", "2021"), ("2022", "2022")]
    assert "respectively" not in (found[0].event or "")


def test_year_in_names_is_not_a_date() -> None:
    text = "ITCN Asia 2025 and the 2024 CIFTIS support the UN 2030 Agenda and Vision 2025."
    assert pairs([text], MONDAY) == []


def test_year_followed_by_quantity_is_not_a_date() -> None:
    assert pairs(["The plant will add power for up to 2024 megawatts of demand."]) == []


def test_two_year_span_of_consecutive_years_is_a_fiscal_year() -> None:
    assert pairs(["The budget for 2024-25 was approved."], MONDAY) == []
    # "2023-24", "2025/26": a fiscal year (or a season) named by its years, listed with no value
    assert pairs(["Growth slowed in 2023-24 to two points."], MONDAY) == [("in 2023-24", None)]
    assert pairs(["Exports are projected at USD 300m in 2025/26."], MONDAY) == [("in 2025/26", None)]
    # a span of more years is a range, valued at its start
    assert pairs(["Growth slowed in 2015-18 to two points."], MONDAY) == [("in 2015-18", "2015")]
    assert pairs(["Growth slowed from 2023 to 2024."], MONDAY) == [("from 2023 to 2024", "2023")]


def test_month_day_without_year_takes_publication_year() -> None:
    assert pairs(["The summit was held on June 30 in Islamabad."], MONDAY) == [("on June 30", "2024-06-30")]
    assert pairs(["The summit will be held on Oct. 30 in Islamabad."], MONDAY) == [("on Oct. 30", "2024-10-30")]


def test_future_month_day_already_past_this_year_is_next_year() -> None:
    assert pairs(["The plant will open on Jan. 15 in Thar."], MONDAY) == [("on Jan. 15", "2025-01-15")]


def test_future_month_already_past_this_year_is_next_year() -> None:
    december = date(2023, 12, 14)
    found = pairs(["“Every camp will have cameras by March,” the minister said."], december)
    assert found == [("by March", "2024-03")]
    assert pairs(["Work was suspended in October after threats."], december) == [("in October", "2023-10")]


def test_last_week_is_listed_without_a_value() -> None:
    found = dates_of(["The expo closed in Shanghai last week."], MONDAY)
    assert [(d.text, d.value, d.precision, d.relative) for d in found] == [("last week", None, None, True)]


def test_end_of_the_year_is_its_last_month() -> None:
    found = pairs(["Lenders are expected to respond by the end of the year."], MONDAY)
    assert found == [("by the end of the year", "2024-12")]
    assert pairs(["Payments resume at the end of next month."], MONDAY) == [("at the end of next month", "2024-10")]


def test_decades_ago_resolves_to_a_year() -> None:
    assert pairs(["Shortages crippled Pakistan a decade ago."], MONDAY) == [("a decade ago", "2014")]
    assert pairs(["The road was built two decades ago."], None, 2024) == [("two decades ago", "2004")]


def test_today_inside_quote_is_the_day_of_the_lead_event() -> None:
    found = pairs(
        [
            "GILGIT (APP): The realigned road opened to traffic on Sunday.",
            "“From today, traders can reach the pass,” he said.",
        ],
        MONDAY,
    )
    assert found == [("on Sunday", "2024-09-15"), ("today", "2024-09-15")]


def test_today_inside_quote_ignores_future_lead_days() -> None:
    found = pairs(["Talks will resume on Friday.", "“Today we agree,” he said."], MONDAY)
    assert found == [("on Friday", "2024-09-20"), ("Today", "2024-09-16")]


def test_month_day_without_any_publication_year_is_unresolved() -> None:
    assert pairs(["Reserves must exceed the target on June 30."]) == [("on June 30", None)]


def test_day_range_takes_its_start_and_absorbs_this_year() -> None:
    found = dates_of(["The fair is scheduled to take place in Lahore from May 9-11 this year."], year=2025)
    # one mention: the absorbed "this year" is part of its text, as an annotator marks it
    assert [(d.text, d.value, d.precision) for d in found] == [("May 9-11 this year", "2025-05-09", "day")]


def test_month_after_preposition_takes_publication_year() -> None:
    assert pairs(["He has led the government since assuming office in April."], THURSDAY) == [("in April", "2022-04")]


def test_may_the_verb_is_not_a_month() -> None:
    assert pairs(["Prices may rise, and officials may 5 times review them. May God help."], THURSDAY) == []


def test_last_year_is_year_before_publication() -> None:
    found = dates_of(["Last year, trade between China and Pakistan reached $27.82 billion."], THURSDAY)
    assert [(d.text, d.value, d.precision, d.relative) for d in found] == [("Last year", "2021", "year", True)]
    assert found[0].event == "trade between China and Pakistan reached $27.82 billion"


def test_this_year_needs_only_the_publication_year() -> None:
    assert pairs(["Output rose this year, the ministry said."], year=2025) == [("this year", "2025")]


def test_durations_are_not_dates() -> None:
    text = "Funds have been held for the last three years, over the past year and for six consecutive fiscal years."
    assert pairs([text], MONDAY) == []


def test_months_ago_resolves_to_month() -> None:
    found = dates_of(["Islamabad had paid back the loan two months ago."], MONDAY)
    assert [(d.text, d.value, d.precision) for d in found] == [("two months ago", "2024-07", "month")]


def test_yesterday_and_tomorrow() -> None:
    assert pairs(["Talks began yesterday and end tomorrow."], MONDAY) == [
        ("yesterday", "2024-09-15"),
        ("tomorrow", "2024-09-17"),
    ]


def test_today_inside_quote_is_the_day_the_speaker_spoke() -> None:
    paragraphs = [
        "Ambassador Hashmi said on Sunday that trade would grow.",
        '"We hosted an investment conference today," he said.',
    ]
    assert pairs(paragraphs, MONDAY) == [("on Sunday", "2024-09-15"), ("today", "2024-09-15")]


def test_today_inside_quote_ignores_days_told_after_it_or_after_publication() -> None:
    # a live blog, newest entry first: the sign-off looks ahead, older entries tell earlier days
    found = pairs(
        [
            "The prime minister leaves for Shenzhen tomorrow morning.",
            '"What remained was a signature, and today we have it," the ambassador said.',
            "The finance minister met the governor of the central bank on Tuesday.",
        ],
        date(2026, 2, 19),
    )
    assert found == [("tomorrow", "2026-02-20"), ("today", "2026-02-19"), ("on Tuesday", "2026-02-17")]


def test_a_condition_s_subject_is_not_read_in_the_main_clause_s_future() -> None:
    text = "A cut cannot be ruled out if inflation of 4.1 percent in December proves durable."
    assert pairs([text], date(2026, 1, 22)) == [("in December", "2025-12")]
    # the date after the condition's verb: the condition looks ahead
    assert pairs(["The deal will be signed if talks go well in December."], date(2026, 1, 22)) == [
        ("in December", "2026-12")
    ]
    assert pairs(["The plant will close if the deal is not signed in March."], date(2026, 11, 2)) == [
        ("in March", "2027-03")
    ]


def test_today_outside_quote_is_publication_day() -> None:
    assert pairs(["The agreement was signed today in Karachi."], MONDAY) == [("today", "2024-09-16")]


def test_outlet_name_with_today_is_not_a_date() -> None:
    assert pairs(["The report first appeared in Pakistan Today and China Today."], MONDAY) == []


def test_times_and_money_are_not_dates() -> None:
    assert pairs(["At 10:30 the bank paid $2,024 million to 2,000 people."], MONDAY) == []


def test_weekday_before_full_date_is_one_mention() -> None:
    assert pairs(["The accord was signed on Monday, Sept. 16, 2024, in Beijing."]) == [("Sept. 16, 2024", "2024-09-16")]


def test_weekday_before_month_day_without_year_is_one_mention() -> None:
    text = "On Tuesday, October 15, the two countries signed eleven agreements."
    assert pairs([text], date(2024, 10, 21)) == [("October 15", "2024-10-15")]
    assert pairs(["The talks ended on Friday (13 September) in Beijing."], MONDAY) == [("13 September", "2024-09-13")]
    # a weekday then a year in its own phrase: two mentions
    assert pairs(["The plant opened on Monday, in 2015 the first."], MONDAY) == [
        ("on Monday", "2024-09-16"),
        ("in 2015", "2015"),
    ]


def test_event_is_the_clause_without_the_date_words() -> None:
    text = "On Monday, Prime Minister Shehbaz Sharif, who is on a visit, held talks with Chinese officials."
    found = dates_of([text])
    assert found[0].event == "Prime Minister Shehbaz Sharif held talks with Chinese officials"


def test_event_of_reporting_clause_says_what_was_reported() -> None:
    found = dates_of(["ISLAMABAD: Pakistan seeks a broader partnership with China, officials said on Monday."])
    assert found[0].event == "officials said: Pakistan seeks a broader partnership with China"


def test_xinhua_style_dateline_with_agency_in_brackets() -> None:
    found = dates_of(["ISLAMABAD, Jan. 5 (Xinhua) -- Pakistan's exports to China rose in December."], year=2024)
    assert [(d.text, d.value) for d in found] == [("Jan. 5", "2024-01-05"), ("in December", "2024-12")]
    assert found[0].event == "dateline (Islamabad)"


def test_between_years_is_one_range_valued_at_its_start() -> None:
    found = dates_of(["Output doubled between 2015 and 2020, the report said."])
    assert [(d.text, d.value) for d in found] == [("between 2015 and 2020", "2015")]
    assert "2015" not in (found[0].event or "")


def test_quarter_of_year_and_mid_year_are_that_year() -> None:
    found = pairs(["Exports rose in the first quarter of 2024 and should recover in mid-2025."])
    assert found == [("in the first quarter of 2024", "2024"), ("in mid-2025", "2025")]
    assert pairs(["Profits fell in Q3 2023."]) == [("in Q3 2023", "2023")]


def test_since_weekday_is_past_even_in_progressive_clause() -> None:
    assert pairs(["The premier is visiting China since Saturday."], MONDAY) == [("since Saturday", "2024-09-14")]


def test_since_a_month_is_the_last_such_month_whatever_the_tense() -> None:
    # published in September 2024: "since November" is November 2023, "since May" May 2024
    assert pairs(["The dams have been dry since November."], MONDAY) == [("since November", "2023-11")]
    assert pairs(["Prices are up since May."], MONDAY) == [("since May", "2024-05")]
    assert pairs(["Prices are up since November last year."], MONDAY) == [("since November last year", "2023-11")]
    # not "since": a present-tense month keeps the publication year
    assert pairs(["The plant opens in November."], MONDAY) == [("in November", "2024-11")]


def test_deadline_preposition_is_kept_with_an_absolute_date() -> None:
    found = dates_of(["The project will be completed by December 2026, officials said."], MONDAY)
    assert [(d.text, d.value, d.precision) for d in found] == [("by December 2026", "2026-12", "month")]


def test_ordinal_day_of_month_with_article() -> None:
    found = dates_of(["The delegation arrived on the 15th of August."], MONDAY)
    assert [(d.text, d.value) for d in found] == [("on the 15th of August", "2024-08-15")]
    assert found[0].event == "The delegation arrived"


WEDNESDAY = date(2024, 9, 18)


def test_iso_date_keeps_its_preposition() -> None:
    found = dates_of(["The memorandum was initialled on 2024-08-28 in Shenzhen."])
    assert [(d.text, d.value, d.precision) for d in found] == [("on 2024-08-28", "2024-08-28", "day")]
    assert found[0].event == "The memorandum was initialled in Shenzhen"


def test_numeric_date_is_read_day_first() -> None:
    assert pairs(["The accord was signed on 18.09.2024 in Islamabad."]) == [("on 18.09.2024", "2024-09-18")]
    assert pairs(["The accord was signed on 18/09/2024 in Islamabad."]) == [("on 18/09/2024", "2024-09-18")]
    assert pairs(["The notice is dated 05/06/2024."]) == [("05/06/2024", "2024-06-05")]


def test_numeric_date_is_month_first_only_when_day_first_is_impossible() -> None:
    assert pairs(["The filing is dated 09/16/2024."]) == [("09/16/2024", "2024-09-16")]
    assert pairs(["The filing is dated 31/31/2024."]) == []


def test_clock_times_scores_and_versions_are_not_dates() -> None:
    text = "The statement came at 14.02 BST; the score was 3.5/10 and version 1.2.2024 shipped at 1.9.20."
    assert pairs([text], MONDAY) == []


def test_fiscal_year_named_by_its_years_is_listed_without_a_value() -> None:
    for text, shown in (
        ("Growth is projected at 3.5 percent in FY24.", "in FY24"),
        ("The budget for FY2024-25 was approved.", "FY2024-25"),
        ("Exports rose in the fiscal year 2023-24 to $30 billion.", "in the fiscal year 2023-24"),
        ("Exports rose in the 2023-24 fiscal year.", "in the 2023-24 fiscal year"),
    ):
        assert [(d.text, d.value, d.precision) for d in dates_of([text], MONDAY)] == [(shown, None, None)], text


def test_relative_fiscal_year_is_not_listed() -> None:
    for text in (
        "Exports are expected to rise in the current fiscal year.",
        "Trade rose 4.3 percent in the last fiscal year.",
        "Loans maturing this fiscal year will be refinanced.",
    ):
        assert pairs([text], MONDAY) == [], text


def test_reported_future_with_would_is_the_coming_month() -> None:
    found = pairs(["Zhang said the first batch of students would start classes in March."], date(2024, 12, 10))
    assert found == [("in March", "2025-03")]


def test_tense_is_read_after_the_last_relative_pronoun() -> None:
    text = "Analysts said CPEC would not be derailed by the unrest that followed the arrest on Tuesday."
    assert pairs([text], date(2023, 5, 12)) == [("on Tuesday", "2023-05-09")]


def test_end_of_a_named_month_is_that_month() -> None:
    found = pairs(["The plant will supply water by the end of December, officials said."], date(2023, 10, 3))
    assert found == [("by the end of December", "2023-12")]


def test_fiscal_year_end_date_is_still_a_date() -> None:
    text = "Reserves must exceed $14 billion at the end of the current fiscal year on June 30."
    # "must": the coming June 30 (the current fiscal year, July 2024 to June 2025, ends in 2025)
    assert pairs([text], MONDAY) == [("on June 30", "2025-06-30")]


def test_from_to_range_in_one_month_is_one_mention_valued_at_its_start() -> None:
    found = dates_of(["The expo runs from Sept 20 to Sept 23 in Beijing."], MONDAY)
    assert [(d.text, d.value, d.precision) for d in found] == [("Sept 20 to Sept 23", "2024-09-20", "day")]
    assert found[0].event == "The expo runs in Beijing"


def test_between_and_range_is_one_mention() -> None:
    assert pairs(["The talks were held between Sept 20 and Sept 23."], date(2024, 9, 30)) == [
        ("Sept 20 and Sept 23", "2024-09-20")
    ]
    assert pairs(["The fair ran between 20 and 23 September."], MONDAY) == [("20 and 23 September", "2024-09-20")]


def test_range_across_months_with_dash_is_one_mention() -> None:
    assert pairs(["The expo ran from Sept. 28-Oct. 2 in Beijing."], MONDAY) == [("Sept. 28-Oct. 2", "2024-09-28")]
    assert pairs(["The expo ran Sept 28–Oct 2 in Beijing."], MONDAY) == [("Sept 28–Oct 2", "2024-09-28")]


def test_range_start_takes_the_year_of_its_end() -> None:
    assert pairs(["Talks were held Sept. 28 to Oct. 2, 2024."]) == [("Sept. 28 to Oct. 2, 2024", "2024-09-28")]
    assert pairs(["Talks ran from Dec. 28 to Jan. 2, 2024."]) == [("Dec. 28 to Jan. 2, 2024", "2023-12-28")]
    assert pairs(["Talks ran from Dec. 28, 2023 until Jan. 2, 2024."]) == [
        ("Dec. 28, 2023 until Jan. 2, 2024", "2023-12-28")
    ]


def test_range_of_day_numbers_is_one_mention() -> None:
    assert pairs(["The fair ran from 20 to 23 September in Karachi."], MONDAY) == [("20 to 23 September", "2024-09-20")]
    assert pairs(["The fair was held from May 9 to 11."], MONDAY) == [("May 9 to 11", "2024-05-09")]
    assert pairs(["It will be held from 20-23 September 2025."]) == [("20-23 September 2025", "2025-09-20")]


def test_range_of_months_is_one_mention() -> None:
    assert pairs(["Talks took place from June to August 2024."]) == [("June to August 2024", "2024-06")]
    assert pairs(["Talks took place between June and August."], MONDAY) == [("June and August", "2024-06")]
    assert pairs(["Rains fell from November to February 2025."]) == [("November to February 2025", "2024-11")]


def test_range_of_weekdays_is_one_mention() -> None:
    assert pairs(["The talks ran from Monday to Wednesday."], date(2024, 9, 19)) == [
        ("Monday to Wednesday", "2024-09-16")
    ]


def test_two_days_joined_by_and_are_two_mentions() -> None:
    assert pairs(["Talks were held on May 9 and 10."], MONDAY) == [("on May 9", "2024-05-09"), ("10", "2024-05-10")]
    assert pairs(["Talks were held on Monday and Tuesday."], WEDNESDAY) == [
        ("on Monday", "2024-09-16"),
        ("Tuesday", "2024-09-17"),
    ]


def test_moved_date_is_two_mentions() -> None:
    found = pairs(["The summit was postponed from Sept 20 to Sept 23."], MONDAY)
    assert found == [("Sept 20", "2024-09-20"), ("Sept 23", "2024-09-23")]
    found = pairs(["The deadline was extended from June 30 to December 31."], MONDAY)
    assert found == [("June 30", "2024-06-30"), ("December 31", "2024-12-31")]


def test_will_meet_on_weekday_is_the_coming_day() -> None:
    assert pairs(["The ministers will meet on Monday to finalise the deal."], THURSDAY) == [("on Monday", "2022-11-07")]


def test_concluding_on_weekday_is_the_coming_day() -> None:
    assert pairs(["He spoke at the fair concluding on Monday in Beijing."], THURSDAY) == [("on Monday", "2022-11-07")]


def test_relative_dates_without_publication_date_stay_null() -> None:
    text = "Officials said on Monday that trade rose last year, this year and two months ago, and will next month."
    found = dates_of([text])
    assert [d.text for d in found] == ["on Monday", "last year", "this year", "two months ago", "next month"]
    assert all(d.value is None and d.precision is None for d in found)


def test_next_and_last_month_from_publication() -> None:
    assert pairs(["Talks resume next month after a pause last month."], MONDAY) == [
        ("next month", "2024-10"),
        ("last month", "2024-08"),
    ]


def test_earlier_this_month_is_the_publication_month() -> None:
    assert pairs(["He visited Beijing earlier this month."], MONDAY) == [("earlier this month", "2024-09")]


def test_a_year_ago_is_the_year_before() -> None:
    assert pairs(["The plant opened a year ago."], MONDAY) == [("a year ago", "2023")]


def test_next_week_is_listed_without_a_value() -> None:
    found = dates_of(["The delegation will visit next week."], MONDAY)
    assert [(d.text, d.value, d.relative) for d in found] == [("next week", None, True)]


def test_since_and_by_a_year() -> None:
    assert pairs(["China has invested since 2013 and aims to double it by 2030."]) == [
        ("since 2013", "2013"),
        ("by 2030", "2030"),
    ]


def test_in_month_without_year_takes_publication_year() -> None:
    assert pairs(["Reuters reported in June that loans were rolled over."], MONDAY) == [("in June", "2024-06")]


def test_the_current_year_is_the_publication_year() -> None:
    assert pairs(["Exports should rise in the current year."], MONDAY) == [("in the current year", "2024")]


def test_decades_are_listed_without_a_value() -> None:
    assert pairs(["Ties have grown since the 1990s and in the early 2000s."], MONDAY) == [
        ("since the 1990s", None),
        ("in the early 2000s", None),
    ]
    assert pairs(["The 1990s were hard, and the 2000s-era plants are old."], MONDAY) == []


def test_thousands_and_hyphenated_numbers_are_not_years() -> None:
    text = "The 1,726-kilometre railway will serve 2,000 villages in 2,024 districts by 2,030 stations."
    assert pairs([text], MONDAY) == []


def test_may_the_modal_and_march_the_verb_are_not_months() -> None:
    assert pairs(["Prices may rise in May, and workers may march on Monday."], MONDAY) == [
        ("in May", "2024-05"),
        ("on Monday", "2024-09-16"),
    ]
    assert pairs(["Farmers will March on Islamabad to protest."], MONDAY) == []


def test_weekday_in_newspaper_name_is_not_a_date() -> None:
    assert pairs(["He told the Sunday Times and The Friday Times that talks went well."], MONDAY) == []


def test_long_march_rocket_is_not_a_date() -> None:
    assert pairs(["A Long March 5 rocket carried the satellite."], MONDAY) == []


def test_months_after_another_event_is_not_a_date() -> None:
    text = "The deal comes months after China rolled over loans, up from a year earlier."
    assert pairs([text], MONDAY) == []


def test_each_date_gets_the_clause_it_belongs_to() -> None:
    text = "China and Pakistan launched the economic corridor in 2015, and the new Gwadar airport opened on Sunday."
    found = dates_of([text], MONDAY)
    assert [(d.text, d.event) for d in found] == [
        ("in 2015", "China and Pakistan launched the economic corridor"),
        ("on Sunday", "the new Gwadar airport opened"),
    ]


def test_month_after_publication_in_a_past_clause_is_last_year() -> None:
    article = make_article(
        "t.txt",
        ["The previous meeting was held in Beijing in November.", "Prices had fallen sharply on Dec. 12."],
        published=date(2025, 5, 20),
    )
    assert [(d.text, d.value) for d in extract_dates(article)] == [
        ("in November", "2024-11"),
        ("on Dec. 12", "2024-12-12"),
    ]


def test_month_after_publication_in_a_present_or_future_clause_keeps_the_year() -> None:
    article = make_article(
        "t.txt",
        ["The next meeting will be held in November.", "The plant opens in December.", "It was extended to July 31."],
        published=date(2025, 5, 20),
    )
    assert [d.value for d in extract_dates(article)] == ["2025-11", "2025-12", "2025-07-31"]


def test_deadline_with_by_in_a_past_clause_keeps_the_year() -> None:
    article = make_article(
        "t.txt",
        ["The prime minister on Monday directed officials to finish the zone by June 30."],
        published=date(2025, 3, 3),
    )
    assert [d.value for d in extract_dates(article)] == ["2025-03-03", "2025-06-30"]


def test_due_on_a_weekday_is_the_coming_day() -> None:
    assert pairs(["The budget, due on Wednesday, will show whether reform is serious."], MONDAY) == [
        ("on Wednesday", "2024-09-18")
    ]


def test_the_previous_day_counts_from_the_day_the_story_named() -> None:
    text = "The pact was signed in Beijing on Sunday. Engineers had met in Islamabad the previous day."
    assert pairs([text], MONDAY) == [("on Sunday", "2024-09-15"), ("the previous day", "2024-09-14")]
    # no day named before it: publication is not the story's day
    assert pairs(["He spoke at a field day in Larkana the previous day."], MONDAY) == [("the previous day", None)]


def test_end_hyphen_year_is_that_year() -> None:
    assert pairs(["The first trains would run by end-2026."], MONDAY) == [("by end-2026", "2026")]


def test_crop_season_named_by_its_years_has_no_value() -> None:
    assert pairs(["Seed imports fell 18 percent in the 2023-24 season."], MONDAY) == [("in the 2023-24 season", None)]


def test_agreed_to_do_on_a_weekday_is_the_coming_day() -> None:
    assert pairs(["The ministers agreed to hold a trilateral meeting in Kabul on Friday."], MONDAY) == [
        ("on Friday", "2024-09-20")
    ]


def test_day_of_the_month_takes_the_month_by_tense() -> None:
    assert pairs(["The samples were taken on the 14th."], MONDAY) == [("on the 14th", "2024-09-14")]
    assert pairs(["The samples were taken on the 20th."], MONDAY) == [("on the 20th", "2024-08-20")]
    assert pairs(["The board will meet on the 9th."], MONDAY) == [("on the 9th", "2024-10-09")]
    assert pairs(["It ended on the 14th day of talks."], MONDAY) == []


MONDAY_DEC = date(2025, 12, 1)  # a Monday


def test_possessive_day_word_before_an_event_is_a_date() -> None:
    assert pairs(["At yesterday's meeting, the two sides agreed on a road map."], MONDAY_DEC) == [
        ("yesterday", "2025-11-30")
    ]
    assert pairs(["Tomorrow\u2019s signing ceremony will be held in Beijing."], MONDAY_DEC) == [
        ("Tomorrow", "2025-12-02")
    ]
    assert pairs(["Today's agreements show our friendship."], MONDAY_DEC) == [("Today", "2025-12-01")]


def test_possessive_day_word_before_other_nouns_is_figurative() -> None:
    text = "\u201cWe are rolling over yesterday\u2019s problems with tomorrow\u2019s money,\u201d he said."
    assert pairs([text], MONDAY_DEC) == []
    assert pairs(["Today's generation wants jobs, not slogans, in today's world."], MONDAY_DEC) == []
    assert pairs(["The officials met yesterday to discuss today's youth."], MONDAY_DEC) == [("yesterday", "2025-11-30")]


def test_month_span_with_a_dash_takes_its_start() -> None:
    found = pairs(["Textile exports rose 7.4% to $9.1 billion in the July-October period."], MONDAY_DEC)
    assert found == [("in the July-October period", "2025-07")]
    assert pairs(["Exports rose in July\u2013October 2024."], MONDAY_DEC) == [("in July\u2013October 2024", "2024-07")]
    assert pairs(["Sales rose from July to October."], MONDAY_DEC) == [("July to October", "2025-07")]


def test_month_span_traps() -> None:
    # a dash between a month and a day is a day range; a month and a non-month is no span
    assert pairs(["The fair ran on July 9-11."], MONDAY_DEC) == [("on July 9-11", "2025-07-09")]
    assert pairs(["The Sino-Pakistan talks resumed in June."], MONDAY_DEC) == [("in June", "2025-06")]


def test_month_range_takes_its_year_from_last_year() -> None:
    found = pairs(["Researchers interviewed 27 firms between September and November last year."], MONDAY_DEC)
    assert found == [("September and November last year", "2024-09")]
    assert pairs(["Work ran from June to August next year."], MONDAY_DEC) == [("June to August next year", "2026-06")]


def test_a_month_with_its_relative_year_is_one_mention() -> None:
    text = "She said the facility would be completed by December next year."
    assert pairs([text], date(2026, 5, 20)) == [("by December next year", "2027-12")]


def test_end_of_the_fiscal_year_is_listed_without_a_value() -> None:
    text = "He added that the bank expected inflation to settle at 12 per cent by the end of the fiscal year."
    assert pairs([text], MONDAY_DEC) == [("by the end of the fiscal year", None)]
    # relative fiscal years stay unlisted; one named by its years is read as a fiscal year
    assert pairs(["Reserves must exceed $14 billion at the end of the current fiscal year."], MONDAY_DEC) == []
    assert pairs(["Targets slip by the end of next fiscal year."], MONDAY_DEC) == []
    assert pairs(["Funds lapse by the end of the fiscal year 2023-24."], MONDAY_DEC) == [
        ("the fiscal year 2023-24", None)
    ]
    assert pairs(["Lenders respond by the end of the year."], MONDAY_DEC) == [("by the end of the year", "2025-12")]


def test_quarter_without_a_year() -> None:
    past = "Imports from China rose 14.8 per cent in the first quarter, while exports grew."
    assert pairs([past], MONDAY_DEC) == [("in the first quarter", None)]  # fiscal or calendar, which year: unsaid
    future = "Any agreement would be signed in the third quarter at the earliest."
    assert pairs([future], date(2024, 4, 16)) == [("in the third quarter", "2024")]
    assert pairs([future], MONDAY_DEC) == [("in the third quarter", "2026")]  # this year's is over
    assert pairs(["The bank refinanced a loan in the first half of the year."], MONDAY_DEC) == [
        ("in the first half of the year", "2025")
    ]
    assert pairs(["Exports grew in the first quarter of this year."], MONDAY_DEC) == [
        ("in the first quarter of this year", "2025")
    ]


def test_quarter_and_half_traps() -> None:
    assert pairs(["He scored twice in the first half of the match."], MONDAY_DEC) == []
    assert pairs(["Growth stalled in the last quarter century."], MONDAY_DEC) == []
    assert pairs(["Sales fell in the first quarter of 2024."], MONDAY_DEC) == [("in the first quarter of 2024", "2024")]


def test_weeks_ago_is_listed_without_a_value() -> None:
    found = dates_of(["A team had travelled to Beijing two weeks ago."], MONDAY_DEC)
    assert [(d.text, d.value, d.precision, d.relative) for d in found] == [("two weeks ago", None, None, True)]
    assert pairs(["The plant opened three days ago."], MONDAY_DEC) == [("three days ago", "2025-11-28")]


THURSDAY_OCT = date(2025, 10, 30)  # a Thursday
SUNDAY_NOV = date(2025, 11, 2)  # a Sunday


def test_the_next_day_counts_from_the_last_day_named_before_it() -> None:
    paragraphs = [
        "The finance minister said on Monday that no new guarantees will be issued this year.",
        "I spoke to him the next day, and the following day he signed. A day later the bank agreed.",
    ]
    assert pairs(paragraphs, date(2025, 12, 5)) == [
        ("on Monday", "2025-12-01"),
        ("this year", "2025"),
        ("the next day", "2025-12-02"),
        ("the following day", "2025-12-03"),  # counted from the day before it, itself counted
        ("A day later", "2025-12-04"),
    ]
    assert pairs(["The deal was signed on March 3, 2025. A day earlier, talks nearly collapsed."], MONDAY) == [
        ("on March 3, 2025", "2025-03-03"),
        ("A day earlier", "2025-03-02"),
    ]


def test_the_previous_day_skips_days_of_future_clauses() -> None:
    text = (
        "On Wednesday Pakistan and China agreed to reopen the pass on April 1. "
        "Technical teams had met the previous day to finalise the maps."
    )
    assert pairs([text], date(2025, 3, 12)) == [
        ("On Wednesday", "2025-03-12"),
        ("on April 1", "2025-04-01"),
        ("the previous day", "2025-03-11"),
    ]
    future = "The minister will arrive on Friday and visit Gwadar the next day."
    assert pairs([future], MONDAY) == [("on Friday", "2024-09-20"), ("the next day", "2024-09-21")]


def test_next_day_traps() -> None:
    assert pairs(["Rain is expected in the next day or two."], MONDAY) == []
    assert pairs(["The ruling was handed down on Monday. Within the next day, markets fell."], MONDAY) == [
        ("on Monday", "2024-09-16")
    ]
    assert pairs(["On Monday delegates met; the next day of talks was cancelled."], MONDAY) == [
        ("On Monday", "2024-09-16")
    ]
    assert pairs(["The ship docked on Monday, a day later than planned."], MONDAY) == [("on Monday", "2024-09-16")]
    assert pairs(["They rested for the following days."], MONDAY) == []


def test_last_weekend_is_the_saturday_of_the_weekend_before() -> None:
    assert pairs(["Last weekend I visited five of them."], THURSDAY_OCT) == [("Last weekend", "2025-10-25")]
    # published on a Sunday: the weekend before this one
    assert pairs(["Last weekend I visited five of them."], SUNDAY_NOV) == [("Last weekend", "2025-10-25")]


def test_this_next_and_over_the_weekend() -> None:
    assert pairs(["The fair opens this weekend in Lahore."], THURSDAY_OCT) == [("this weekend", "2025-11-01")]
    assert pairs(["Traders will return next weekend."], THURSDAY_OCT) == [("next weekend", "2025-11-01")]
    assert pairs(["Traders will return next weekend."], SUNDAY_NOV) == [("next weekend", "2025-11-08")]
    assert pairs(["Protesters gathered over the weekend."], MONDAY) == [("over the weekend", "2024-09-14")]
    assert pairs(["Protesters gathered over the weekend."], SUNDAY_NOV) == [("over the weekend", "2025-11-01")]
    assert pairs(["Officials will meet over the weekend."], THURSDAY_OCT) == [("over the weekend", "2025-11-01")]
    assert pairs(["Thousands rallied this weekend in Karachi."], MONDAY) == [("this weekend", "2024-09-14")]
    assert pairs(["Sales rose this past weekend."], THURSDAY_OCT) == [("this past weekend", "2025-10-25")]


def test_weekend_traps() -> None:
    assert pairs(["Markets close on weekends."], MONDAY) == []
    assert pairs(["On a cold weekend morning, students sit in rows."], MONDAY) == []
    assert pairs(["The UAE announced a 3-day weekend."], MONDAY) == []
    assert pairs(["It rained on the last weekend of October."], MONDAY) == []
    assert pairs(["A weekend-long sale began."], MONDAY) == []


DEC_1 = date(2025, 12, 1)  # a Monday


def test_roman_urdu_day_words() -> None:
    told = 'PMA ke MD ne mujhe kal raat phone pe bataya: "Hum ne Rs 9.5bn clear kar diye hain."'
    assert pairs([told], DEC_1) == [("kal raat", "2025-11-30")]
    assert pairs(["Minister ne aaj subah press conference mein kaha."], DEC_1) == [("aaj subah", "2025-12-01")]
    # "kal" with a future verb after it is tomorrow; an English "will" before it too
    assert pairs(["Minister kal Gwadar jayenge aur meeting hogi."], DEC_1) == [("kal", "2025-12-02")]
    assert pairs(["The board will meet kal shaam."], DEC_1) == [("kal shaam", "2025-12-02")]
    # without tense words: past, as in reported speech
    assert pairs(["Unhon ne kal bataya ke payment ho gayi."], DEC_1) == [("kal", "2025-11-30")]


def test_roman_urdu_day_word_traps() -> None:
    assert pairs(["Aaj kal sab kuch mehnga hai."], DEC_1) == []  # "aaj kal": nowadays
    assert pairs(["Aaj News ne report kiya."], DEC_1) == []  # an outlet
    assert pairs(["Kal Penn visited Lahore."], DEC_1) == []  # a name
    assert pairs(["Bhai aaj kal fares barh rahe hain."], DEC_1) == []


def test_roman_urdu_relative_years_months_weeks() -> None:
    assert pairs(["PMA ne pichlay saal se poori payments nahi ki."], DEC_1) == [("pichlay saal", "2024")]
    assert pairs(['Minister ne kaha ke fare "is saal nahi barhega".'], DEC_1) == [("is saal", "2025")]
    assert pairs(["Agle saal naya contract hoga."], DEC_1) == [("Agle saal", "2026")]
    assert pairs(["Is saal fare nahi barhega."], DEC_1) == [("Is saal", "2025")]
    assert pairs(["Payment pichle mahine hui."], DEC_1) == [("pichle mahine", "2025-11")]
    assert pairs(["Meeting agle hafte hogi."], DEC_1) == [("agle hafte", None)]
    assert pairs(["Subsidy pichlay fiscal year mein Rs 18 billion thi."], DEC_1) == [("pichlay fiscal year", None)]


def test_roman_urdu_relative_traps() -> None:
    assert pairs(["This is fiscal year-end for most firms."], DEC_1) == []  # English "is"
    assert pairs(["Orange Line pichlay 5 saal se chal rahi hai."], DEC_1) == []  # a duration
    assert pairs(["The last fiscal year was hard."], DEC_1) == []  # English relative fiscal year: unlisted


def test_roman_urdu_postpositions() -> None:
    assert pairs(["Orange Line ko 2020 se joint venture chala raha hai."], DEC_1) == [("2020", "2020")]
    assert pairs(["Fare shayad January tak same rahe."], DEC_1) == [("January", "2026-01")]
    assert pairs(["Payments March se ruki hui hain."], date(2025, 2, 10)) == [("March", "2024-03")]
    assert pairs(["Kaam 2028 tak mukammal hoga."], DEC_1) == [("2028", "2028")]


def test_roman_urdu_postposition_traps() -> None:
    assert pairs(["In 2020 several projects were approved."], DEC_1) == [("In 2020", "2020")]
    assert pairs(["The 2020 season was cancelled."], DEC_1) == []
    assert pairs(["He met Jan tak and Lee in March."], DEC_1) == [("in March", "2025-03")]


def test_modal_can_must_should_look_ahead() -> None:
    quote = '"If the payments are cleared, our engineers can finish the wall by the end of March," he said.'
    assert pairs([quote], date(2025, 11, 21)) == [("by the end of March", "2026-03")]
    assert pairs(["The dues must be paid by June."], MONDAY_DEC) == [("by June", "2026-06")]
    # "must have", "should have": no look ahead
    assert pairs(["The wall should have been finished by March."], MONDAY_DEC) == [("by March", "2025-03")]


# ---- held-out round 3: reading the tense ----------------------------------------------------------

WED_JAN22 = date(2025, 1, 22)


def test_to_before_a_determiner_is_a_preposition_not_an_infinitive() -> None:
    text = "Executives presented the plan to the ministry on Monday, officials said."
    assert pairs([text], WED_JAN22) == [("on Monday", "2025-01-20")]
    assert pairs(["The firm plans to open the plant on Monday."], WED_JAN22) == [("on Monday", "2025-01-27")]
    assert pairs(["Flights were cancelled due to the fog on Monday."], WED_JAN22) == [("on Monday", "2025-01-20")]


def test_was_due_looks_ahead_only_in_reported_speech() -> None:
    published = date(2025, 11, 21)
    assert pairs(["The berth was due to be handed over on the 14th."], published) == [("on the 14th", "2025-11-14")]
    text = "The official said the berth was due to be handed over on the 24th."
    assert pairs([text], date(2025, 11, 12)) == [("on the 24th", "2025-11-24")]
    text = "He conceded the samples were poor, adding that the results were due on April 10."
    assert pairs([text], date(2025, 3, 27)) == [("on April 10", "2025-04-10")]
    assert pairs(["The report is due on the 14th."], published) == [("on the 14th", "2025-12-14")]


def test_said_is_a_past_verb() -> None:
    text = "The spokesperson said in December, when India protested, that the road was no threat."
    assert pairs([text], date(2025, 1, 11)) == [("in December", "2024-12")]


def test_tense_read_after_the_date_when_none_before() -> None:
    text = "The request follows the bombing near the airport in October that killed two engineers."
    assert pairs([text], date(2025, 4, 10)) == [("in October", "2024-10")]
    assert pairs(["The summit in October is the next step."], date(2025, 4, 10)) == [("in October", "2025-10")]


def test_past_day_later_in_the_publication_month_is_last_year() -> None:
    text = "The company said it had paid Rs 3.6 billion in the fiscal year ended June 30."
    assert pairs([text], date(2025, 6, 17)) == [("June 30", "2024-06-30")]
    text = "The cash-strapped utility faces the end of its fiscal year on June 30."
    assert pairs([text], date(2024, 6, 5)) == [("on June 30", "2024-06-30")]


def test_until_in_a_present_clause_looks_ahead() -> None:
    friday = date(2024, 11, 8)
    text = "The expo opened on Tuesday and runs until Sunday."
    assert pairs([text], friday) == [("on Tuesday", "2024-11-05"), ("until Sunday", "2024-11-10")]
    assert pairs(["The talks lasted until Sunday."], friday) == [("until Sunday", "2024-11-03")]


def test_the_day_before_counts_from_the_story_s_last_day() -> None:
    friday = date(2025, 9, 5)
    text = ["The cabinet approved the extension last Tuesday. The day before, the company had agreed to the terms."]
    assert pairs(text, friday) == [("last Tuesday", "2025-09-02"), ("The day before", "2025-09-01")]
    text = ["The deal was signed on Tuesday. The spokeswoman said the cabinet had cleared it the day before."]
    assert pairs(text, date(2025, 6, 24))[1] == ("the day before", "2025-06-23")
    text = ["The two sides met on Monday and the ministers arrived the day after."]
    assert pairs(text, date(2025, 6, 24))[1] == ("the day after", "2025-06-24")


def test_the_day_before_with_no_day_named_or_before_an_event_is_not_resolved() -> None:
    assert pairs(["The cabinet had cleared the deal the day before."], date(2025, 6, 24)) == [("the day before", None)]
    assert pairs(["Prices rose the day before the vote and fell the day after signing."], date(2025, 6, 24)) == []


def test_month_before_a_noun_after_the_is_that_month() -> None:
    text = "Xu said at the December ceremony that the company was ready to build more units."
    assert pairs([text], date(2024, 8, 29)) == [("December", "2023-12")]
    text = "The director conceded that the March samples had been taken at high tide."
    assert pairs([text], date(2025, 3, 27)) == [("March", "2025-03")]
    assert pairs(["“Let us see the June cheque,” he said."], date(2025, 3, 4)) == [("June", "2025-06")]


def test_month_before_a_function_word_or_a_day_is_not_read_as_a_month_noun() -> None:
    assert pairs(["Thousands joined the March to Islamabad."], date(2025, 3, 4)) == []
    assert pairs(["He spoke at the May 9 talks."], date(2025, 5, 20)) == [("May 9", "2025-05-09")]


def test_mid_or_end_year_needs_no_preposition() -> None:
    text = "The company warned that completion could slip to mid-2026 without relief."
    assert pairs([text], date(2024, 7, 23)) == [("mid-2026", "2026")]
    assert pairs(["Output should recover by end-2025."], date(2024, 7, 23)) == [("by end-2025", "2025")]


def test_around_a_year_is_that_year_unless_a_noun_follows() -> None:
    text = "Demand for Mandarin speakers peaked around 2017 and fell after the attacks."
    assert pairs([text], date(2025, 3, 7)) == [("2017", "2017")]
    assert pairs(["The plant employs around 2000 workers."], date(2025, 3, 7)) == []


def test_year_after_a_before_a_singular_noun_is_that_year() -> None:
    text = "Protesters accused the authority of breaking promises made in a 2019 agreement."
    assert pairs([text], date(2025, 2, 26)) == [("2019", "2019")]
    assert pairs(["The 2020 season was cancelled.", "It hired a 2000 workers."], date(2025, 2, 26)) == []


def test_season_of_a_year_is_that_year() -> None:
    text = "She said vaccine stock-outs in the summer of 2023 had exposed the risk."
    assert pairs([text], date(2025, 10, 15)) == [("in the summer of 2023", "2023")]
    assert pairs(["Floods hit the south during the monsoon of 2022."], date(2025, 10, 15)) == [
        ("during the monsoon of 2022", "2022")
    ]


def test_mid_year_is_the_year() -> None:
    text = "Officials expect a decision on the tranche by mid-year."
    assert pairs([text], date(2025, 5, 14)) == [("by mid-year", "2025")]
    assert pairs(["The lender will decide by mid-year."], date(2025, 10, 1)) == [("by mid-year", "2026")]
    assert pairs(["The mid-year review is due."], date(2025, 5, 14)) == []
    assert pairs(["“We can finish by mid-year if the permit comes,” he said."], date(2026, 1, 14)) == [
        ("by mid-year", "2026")
    ]


def test_end_month_is_that_month() -> None:
    text = "It added that the purchaser had agreed to clear the remaining amount by end-June."
    assert pairs([text], date(2025, 3, 4)) == [("by end-June", "2025-06")]


def test_expect_looks_ahead_with_an_object_before_the_infinitive() -> None:
    monday = date(2025, 12, 22)
    text = 'Liu said it expected the first shipments to reach Shandong -- the centre -- "by February, if it moves".'
    assert pairs([text], monday) == [("by February", "2026-02")]
    assert pairs(["The firm expects approval in March."], monday) == [("in March", "2026-03")]
    assert pairs(["Exports grew faster than expected in November."], monday) == [("in November", "2025-11")]
    assert pairs(["As expected, the board met in March."], monday) == [("in March", "2025-03")]


def test_paid_until_a_month_is_a_period_already_covered() -> None:
    thursday = date(2026, 1, 15)
    assert pairs(['"They have been paid till December," he said.'], thursday) == [("till December", "2025-12")]
    assert pairs(["Salaries were cleared until June, the union said."], thursday) == [("until June", "2025-06")]
    # other targets still look ahead or stay unread: a plan, a state that still holds
    assert pairs(["The hearing has been adjourned till January 28."], thursday) == [("till January 28", "2026-01-28")]
    assert pairs(["The road has been closed until March."], thursday) == [("until March", "2026-03")]
    assert pairs(["Workers will be paid till December."], thursday) == [("till December", "2026-12")]


def test_festival_named_as_a_time_is_listed_without_a_value() -> None:
    thursday = date(2026, 1, 8)
    text = 'He promised the connections would be completed "before Ramazan".'
    assert pairs([text], thursday) == [("before Ramazan", None)]
    text = "Traffic rose ahead of Eid-ul-Adha, in the holy month of Ramazan and after Chinese New Year."
    assert pairs([text], thursday) == [
        ("ahead of Eid-ul-Adha", None),
        ("in the holy month of Ramazan", None),
        ("after Chinese New Year", None),
    ]
    text = "Sales peaked during the Spring Festival 2025."
    assert pairs([text], thursday) == [("during the Spring Festival 2025", "2025")]
    # not a time: no preposition, a purpose, a place
    assert pairs(["Eid shopping drew crowds.", "Goats were sold for Eid.", "They sailed to Easter Island."]) == []


def test_year_after_of_and_a_noun_is_that_year() -> None:
    text = "We will not allow a repeat of 2022, but we will not block investment."
    assert pairs([text], date(2025, 1, 14)) == [("2022", "2022")]
    # a title, a count, a count before its noun
    assert pairs(["The SEZ Act of 2012 was amended.", "A total of 2020 candidates applied, out of 2000."]) == []
    assert pairs(["It runs a fleet of 2000 buses."]) == []


def test_early_or_late_before_a_relative_year_is_kept_in_the_text() -> None:
    text = 'He said work would start "early next year", after talks late last month.'
    assert pairs([text], date(2025, 12, 16)) == [("early next year", "2026"), ("late last month", "2025-11")]


FEB11 = date(2026, 2, 11)  # a Wednesday
JAN22 = date(2026, 1, 22)  # a Thursday


def test_day_of_the_month_in_a_clause_with_no_tense_is_this_months() -> None:
    assert pairs(["The loan was due to mature on the 27th."], FEB11) == [("on the 27th", "2026-02-27")]
    text = "We expect the committee, which meets on the 26th, to hold rates."
    assert pairs([text], JAN22) == [("on the 26th", "2026-01-26")]
    assert pairs(["The loan matured on the 27th."], FEB11) == [("on the 27th", "2026-01-27")]


def test_day_of_next_month_is_one_mention() -> None:
    text = "He said a revenue court would begin hearing the cases on the 2nd of next month."
    assert pairs([text], date(2026, 1, 16)) == [("on the 2nd of next month", "2026-02-02")]
    text = "The levy was lifted on the 30th of last month."
    assert pairs([text], FEB11) == [("on the 30th of last month", "2026-01-30")]


def test_month_a_quarter_back_in_a_clause_with_no_tense_is_last_years() -> None:
    text = "The rollover follows a visit to Beijing by the finance minister in December."
    assert pairs([text], FEB11) == [("in December", "2025-12")]
    assert pairs(["The deal follows talks on Nov. 30 in Beijing."], FEB11) == [("on Nov. 30", "2025-11-30")]
    assert pairs(["The ministers will meet in December."], FEB11) == [("in December", "2026-12")]
    assert pairs(["The plant opens in August."], FEB11) == [("in August", "2026-08")]


def test_in_some_time_counts_forward_and_weeks_have_no_value() -> None:
    assert pairs(["Results are due in two weeks' time."], JAN22) == [("in two weeks' time", None)]
    assert pairs(["The JCC would meet \u201cin two weeks\u2019 time\u201d."], JAN22) == [
        ("in two weeks\u2019 time", None)
    ]
    assert pairs(["The berth opens in three days' time."], JAN22) == [("in three days' time", "2026-01-25")]
    assert pairs(["It will be finished in a year's time."], JAN22) == [("in a year's time", "2027")]
    assert pairs(["He had no time in two weeks of talks."], JAN22) == []


def test_the_year_before_an_event_noun_is_that_year() -> None:
    text = "Sediment flows dropped by a third after the 2022 floods."
    assert pairs([text], JAN22) == [("2022", "2022")]
    assert pairs(["Turnout fell in the 2018 elections."], JAN22) == [("2018", "2018")]
    assert pairs(["The 2000 workers of the plant and the 2024 CIFTIS were there."], JAN22) == []


def test_month_day_before_a_comma_and_a_count_is_a_date() -> None:
    text = "Under the protocol, signed in Beijing on Oct. 28, 12 more plants have been approved."
    assert pairs([text], date(2026, 1, 19)) == [("on Oct. 28", "2025-10-28")]
    assert pairs(["It was signed on Oct. 28, 2024."], JAN22) == [("on Oct. 28, 2024", "2024-10-28")]


THURSDAY_FEB = date(2026, 2, 19)  # a Thursday


def test_the_week_before_last_is_a_week_with_no_value() -> None:
    text = "Inspectors visited the site the week before last, and will return the week after next."
    assert pairs([text], THURSDAY_FEB) == [("the week before last", None), ("the week after next", None)]


def test_the_same_day_is_the_story_s_last_day() -> None:
    text = "The governor met the minister on Tuesday, and the loan was agreed the same day."
    assert pairs([text], THURSDAY_FEB) == [("on Tuesday", "2026-02-17"), ("the same day", "2026-02-17")]
    text = ["The deal was signed on Sunday.", "On the same day, the company donated a school."]
    assert pairs(text, THURSDAY_FEB) == [("on Sunday", "2026-02-15"), ("On the same day", "2026-02-15")]
    assert pairs(["Talks were held on the same day as the vote."], THURSDAY_FEB) == []
    assert pairs(["No day named: the pact was signed the same day."], THURSDAY_FEB) == [("the same day", None)]


def test_on_the_eve_of_the_event_named_with_the_story_s_last_day() -> None:
    text = [
        "The PM arrived in Beijing on Tuesday for a five-day visit.",
        "On the eve of the visit, the Foreign Office outlined the agenda.",
    ]
    assert pairs(text, THURSDAY_FEB) == [("on Tuesday", "2026-02-17"), ("On the eve of the visit", "2026-02-16")]
    text = ["Talks ended on Tuesday.", "On the eve of the elections, the party rallied."]
    assert pairs(text, THURSDAY_FEB) == [("on Tuesday", "2026-02-17"), ("On the eve of the elections", None)]
    assert pairs(["Rallies were held on the eve of Independence Day."], THURSDAY_FEB) == []


def test_a_quarter_or_half_without_a_calendar_year_has_no_value() -> None:
    text = "Loans of 1.8 billion yuan fall due in Q3, and exports rose in H1 FY26."
    assert pairs([text], THURSDAY_FEB) == [("in Q3", None), ("in H1 FY26", None)]
    assert pairs(["Output rose in Q3 2025."], THURSDAY_FEB) == [("in Q3 2025", "2025")]
    assert pairs(["The Q3 results and H1 figures were strong."], THURSDAY_FEB) == []


def test_a_season_without_a_year_has_no_value() -> None:
    text = "The official said the real test would come in the summer."
    assert pairs([text], THURSDAY_FEB) == [("in the summer", None)]
    assert pairs(["Schools close before the spring term."], THURSDAY_FEB) == []
    assert pairs(["Work would begin before the monsoon."], THURSDAY_FEB) == []
    assert pairs(["The road was patched over the winter."], THURSDAY_FEB) == []
    assert pairs(["Storms hit in the summer of 2023."], THURSDAY_FEB) == [("in the summer of 2023", "2023")]


def test_a_season_named_from_now_has_no_value() -> None:
    text = "Among the gem traders of the bazaar, the talk this winter is of China."
    assert pairs([text], THURSDAY_FEB) == [("this winter", None)]
    text = "Work was halted for the second time this summer; it resumes next spring."
    assert pairs([text], THURSDAY_FEB) == [("this summer", None), ("next spring", None)]
    assert pairs(["This summer's crop and the last winter wheat failed."], THURSDAY_FEB) == []


def test_the_next_decade_has_no_value_but_over_the_next_decade_is_a_span() -> None:
    text = "The scheme mostly pushes the problem into the next decade."
    assert pairs([text], THURSDAY_FEB) == [("the next decade", None)]
    assert pairs(["Demand will double over the next decade."], THURSDAY_FEB) == []
    assert pairs(["Loans are repaid within the coming decade."], THURSDAY_FEB) == []
    assert pairs(["The next decades will tell."], THURSDAY_FEB) == []


def test_the_end_of_a_named_year_is_its_last_month() -> None:
    text = "The secretary said production would begin by the end of 2027."
    assert pairs([text], THURSDAY_FEB) == [("by the end of 2027", "2027-12")]
    assert pairs(["Work starts at the beginning of 2027."], THURSDAY_FEB) == [("at the beginning of 2027", "2027-01")]
    assert pairs(["Output peaks by the middle of 2028."], THURSDAY_FEB) == [("by the middle of 2028", "2028-06")]
    assert pairs(["Output should recover by end-2027."], THURSDAY_FEB) == [("by end-2027", "2027")]
    assert pairs(["The line reached the end of 2000 kilometres."], THURSDAY_FEB) == []


def test_years_later_counts_from_the_story_s_year_when_it_dates_the_past() -> None:
    text = "Pakistan handed the port to the company in 2013. Two years later, the two countries launched CPEC."
    assert pairs([text], THURSDAY_FEB) == [("in 2013", "2013"), ("Two years later", "2015")]
    # landing on the publication year, it compares a past year with now and dates nothing
    text = "Lahore opened its command centre in 2016. Ten years later, the model has spread."
    assert pairs([text], THURSDAY_FEB) == [("in 2016", "2016")]
    assert pairs(["The quarry opened in 2019. Nearly two years later, only the road was built."], THURSDAY_FEB) == [
        ("in 2019", "2019")
    ]
    assert pairs(["Two years later, the line was extended."], THURSDAY_FEB) == []


def test_a_sign_off_dates_nothing() -> None:
    text = "That's all from us tonight. The prime minister leaves for Shenzhen tomorrow."
    assert pairs([text], THURSDAY_FEB) == [("tomorrow", "2026-02-20")]
    assert pairs(["That is it for today, and thanks for reading."], THURSDAY_FEB) == []
    assert pairs(["That's all the ministry would say tonight."], THURSDAY_FEB) == [("tonight", "2026-02-19")]


def test_a_weekday_that_recurs_is_no_date() -> None:
    text = "The feeder will call at Gwadar every Monday and each other Friday, and the minister will visit on Friday."
    found = dates_of([text], date(2026, 4, 8))
    assert [(d.text, d.value) for d in found] == [("on Friday", "2026-04-10")]


# ---- a month without a year at the year's turn (round 7) ---------------------------------------------

_MONTH_NAMES = tuple(date(2026, m, 1).strftime("%B") for m in range(1, 13))


def _months_apart(value: str, published: date) -> int:
    """How many months `value` (YYYY-MM or YYYY-MM-DD) lies after the publication month (negative: before)."""
    return (int(value[:4]) - published.year) * 12 + int(value[5:7]) - published.month


def test_a_future_month_is_never_before_publication_and_a_past_one_never_after() -> None:
    ahead = (
        "The plant will open in {m}.",
        "The arrears must be cleared by {m}.",
        "The regulator said the ministry could not release the subsidy by {m}.",
        "The mill would be sold by the end of {m}.",
        "The fund's review, due by the end of {m}, will test the budget.",
    )
    back = ("The plant opened in {m}.", "The mill had cleared its dues by {m}.", "By {m}, inflation had fallen.")
    for pub_month in range(1, 13):
        published = date(2026, pub_month, 15)
        for m in _MONTH_NAMES:
            for text in ahead:
                ((_, value),) = pairs([text.format(m=m)], published)
                assert 0 <= _months_apart(value, published) < 12, (text, m, published, value)
            for text in back:
                ((_, value),) = pairs([text.format(m=m)], published)
                assert -12 < _months_apart(value, published) <= 0, (text, m, published, value)


def test_a_future_day_is_never_before_publication_and_a_past_one_never_after() -> None:
    for published in (date(2026, 1, 2), date(2026, 6, 15), date(2026, 12, 30)):
        for month in ("Jan.", "June", "Dec.", "Nov."):
            for day in (1, 2, 15, 30):
                ((_, future),) = pairs([f"The minister will visit Gwadar on {month} {day}."], published)
                ((_, past),) = pairs([f"The minister visited Gwadar on {month} {day}."], published)
                a_year_on, a_year_back = published.replace(year=2027), published.replace(year=2025)
                assert published.isoformat() <= future < a_year_on.isoformat(), (month, day, published)
                assert a_year_back.isoformat() < past <= published.isoformat(), (month, day, published)


def test_a_deadline_looks_ahead_unless_its_own_verb_is_past() -> None:
    november = date(2026, 11, 18)
    text = "The regulator told the two refineries that the ministry could not release the subsidy by May."
    assert pairs([text], november) == [("by May", "2027-05")]
    assert pairs(["Officials said the canal could be finished by June."], november) == [("by June", "2027-06")]
    text = "The prime minister directed the authorities to finish the canal by June."
    assert pairs([text], november) == [("by June", "2027-06")]
    assert pairs(["The minister promised a new terminal by March."], november) == [("by March", "2027-03")]
    # told in the past: never after publication
    assert pairs(["By June, inflation had fallen to 9 percent."], date(2026, 2, 18)) == [("By June", "2025-06")]
    text = "By June, the contractor had removed the wreck, and by October the new piles were in place."
    assert pairs([text], date(2027, 4, 6)) == [("By June", "2026-06"), ("by October", "2026-10")]
    text = "The mill had cleared its dues by October, the union said."
    assert pairs([text], date(2026, 9, 18)) == [("by October", "2025-10")]


def test_a_past_auxiliary_hands_a_deadline_to_its_participle() -> None:
    october = date(2023, 10, 19)
    text = 'The official said the government had promised a processing unit "by December", but no funds came.'
    assert pairs([text], october) == [("by December", "2023-12")]
    assert pairs(["The contractor was ordered to finish the wall by March."], october) == [("by March", "2024-03")]
    # the participle is past itself: the deadline was met
    assert pairs(["The mill had already cleared its dues by December."], october) == [("by December", "2022-12")]
    assert pairs(["The arrears were settled by December, the union said."], october) == [("by December", "2022-12")]
    # no participle after it: the auxiliary is the verb
    assert pairs(["The funds had been released by December."], october) == [("by December", "2022-12")]


def test_a_promise_about_the_future_is_never_before_publication_in_any_tense() -> None:
    promises = (
        "The minister promised a new terminal by {m}.",
        "The minister has promised a new terminal by {m}.",
        "The minister had promised a new terminal by {m}.",
        "The minister had pledged to open the terminal by {m}.",
        "The contractor was directed to finish the wall by {m}.",
        "The minister promises a new terminal by {m}.",
        "The minister will promise a new terminal by {m}.",
    )
    for pub_month in (1, 6, 10, 12):
        published = date(2026, pub_month, 15)
        for m in _MONTH_NAMES:
            for text in promises:
                ((_, value),) = pairs([text.format(m=m)], published)
                assert 0 <= _months_apart(value, published) < 12, (text, m, published, value)


def test_a_past_hope_or_aim_before_an_infinitive_looks_ahead() -> None:
    july = date(2025, 7, 8)
    text = "The secretary said Pakistan hoped to conclude the talks before the IMF's next review in September."
    assert pairs([text], july) == [("in September", "2025-09")]
    assert pairs(["The board aimed to finish the audit by April, officials said."], july) == [("by April", "2026-04")]
    assert pairs(["The firm intended to list its shares in May."], july) == [("in May", "2026-05")]
    # a hope given up (past perfect) stays past
    text = "The ministry had hoped to open the line in March, but the rains came."
    assert pairs([text], july) == [("in March", "2025-03")]


def test_an_ed_word_after_a_determiner_is_no_past_verb_of_a_deadline() -> None:
    march = date(2026, 3, 3)
    text = "The provincial government has promised a dedicated grid station by June, officials said."
    assert pairs([text], march) == [("by June", "2026-06")]
    assert pairs(["The firm will hand over the revised plan by June."], march) == [("by June", "2026-06")]
    # a past verb still dates it
    assert pairs(["The firm had delivered the revised plan by June, officials said."], march) == [
        ("by June", "2025-06")
    ]


def test_a_present_passive_does_not_date_a_deadline() -> None:
    text = '"If this is not solved by March, nobody will send goods to Kashgar again," he said.'
    assert pairs([text], date(2026, 12, 31)) == [("by March", "2027-03")]
    assert pairs(["The permits are issued by June, officials say."], date(2026, 11, 2)) == [("by June", "2027-06")]
    # a past passive is past
    assert pairs(["The dues were cleared by October, the union said."], date(2026, 11, 2)) == [
        ("by October", "2026-10")
    ]


def test_a_perfect_does_not_date_its_verb() -> None:
    text = "The board has invited the two bidders to a final round in Lahore from Dec 15 to 17."
    assert pairs([text], date(2026, 11, 24)) == [("Dec 15 to 17", "2026-12-15")]
    assert pairs(["The deadline has been extended until January."], date(2026, 11, 24)) == [
        ("until January", "2027-01")
    ]
    # "since" a day is past whatever the tense, as "since" a month
    assert pairs(["The road has been closed since March 5."], date(2026, 2, 10)) == [("since March 5", "2025-03-05")]
    # a modal's perfect looks back
    assert pairs(["The wall should have been finished by March."], date(2026, 11, 24)) == [("by March", "2026-03")]


def test_a_coordinated_clause_without_its_own_verb_borrows_the_future() -> None:
    text = "The tender is expected to be awarded next month, and the contract signed by the end of February."
    assert pairs([text], date(2026, 11, 24)) == [("next month", "2026-12"), ("by the end of February", "2027-02")]
    text = (
        "The two sides agreed to finalise the rules by the end of June, and to hold the next round in Karachi in April."
    )
    assert pairs([text], date(2026, 12, 4)) == [("by the end of June", "2027-06"), ("in April", "2027-04")]
    # a clause with an auxiliary of its own keeps its own tense
    text = "The plant will open next year, and the deal was signed in March."
    assert pairs([text], date(2026, 11, 24)) == [("next year", "2027"), ("in March", "2026-03")]


def test_a_future_range_under_way_at_publication_is_this_year_s() -> None:
    text = "The envoy, who is leading a trade mission to Karachi from December 3 to 6, met traders."
    assert pairs([text], date(2026, 12, 4)) == [("December 3 to 6", "2026-12-03")]
    text = "The delegation will attend the fair from Nov 28 to Dec 2."
    assert pairs([text], date(2026, 12, 1)) == [("Nov 28 to Dec 2", "2026-11-28")]
    text = "The festival, which is running from Dec 28 to Jan 3, drew crowds."
    assert pairs([text], date(2026, 12, 30)) == [("Dec 28 to Jan 3", "2026-12-28")]
    # over before publication: the coming year's
    assert pairs(["Talks will run from January 10 to 12 in Beijing."], date(2026, 12, 20)) == [
        ("January 10 to 12", "2027-01-10")
    ]


TUESDAY_APR = date(2025, 4, 1)  # a Tuesday, the day after a month's end


def test_the_following_morning_is_the_day_after_the_story_s_last_day() -> None:
    text = "Talks ran until late last Friday, and the banks signed the following morning."
    assert pairs([text], TUESDAY_APR) == [("last Friday", "2025-03-28"), ("the following morning", "2025-03-29")]
    text = "The envoy landed on Monday. The previous evening, the embassy had cancelled the briefing."
    assert pairs([text], TUESDAY_APR)[-1] == ("The previous evening", "2025-03-30")
    # a span, not a day
    assert pairs(["Rain is forecast over the next morning or two."], TUESDAY_APR) == []


def test_the_week_before_and_the_following_week_are_weeks_with_no_value() -> None:
    text = "They came the week before with papers, and the crews returned the following week."
    assert pairs([text], TUESDAY_APR) == [("the week before", None), ("the following week", None)]
    # a week before another event, or a span: no date
    assert pairs(["Prices rose in the week before the vote."], TUESDAY_APR) == []
    assert pairs(["Prices rose the week before Parliament voted."], TUESDAY_APR) == []
    assert pairs(["Output will be cut over the following week."], TUESDAY_APR) == []


def test_before_the_year_is_out_is_the_year_s_last_month() -> None:
    text = 'The official said three more brands would announce plants "before the year is out".'
    assert pairs([text], date(2026, 2, 28)) == [("before the year is out", "2026-12")]
    text = "The ministry hopes to sign before the month is over."
    assert pairs([text], date(2026, 2, 28)) == [("before the month is over", "2026-02")]


def test_fell_due_is_past_not_a_look_ahead() -> None:
    text = "The banks refinanced the loans just hours before they fell due at the end of March."
    assert pairs([text], TUESDAY_APR) == [("at the end of March", "2025-03")]
    # "falls due" still looks ahead
    text = "The next tranche falls due at the end of March."
    assert pairs([text], TUESDAY_APR) == [("at the end of March", "2026-03")]


def test_past_participle_after_a_noun_dates_a_past_event_in_a_present_clause() -> None:
    published = date(2024, 10, 21)
    text = "Islamabad is counting on the IMF programme approved in September to reassure investors."
    assert pairs([text], published) == [("in September", "2024-09")]
    assert pairs(["Pakistan will build on the accord signed on Friday."], published) == [("on Friday", "2024-10-18")]
    assert pairs(["The loan will build on a framework agreed in November."], published) == [("in November", "2023-11")]
    assert pairs(["The talks will follow a visit proposed in March."], published) == [("in March", "2025-03")]
    # a participle after an auxiliary, a conjunction or an adverb, or one that looks ahead: still future
    assert pairs(["The programme will be approved in September."], published) == [("in September", "2025-09")]
    assert pairs(["The pact will be signed and ratified in March."], published) == [("in March", "2025-03")]
    assert pairs(["Pakistan is counting on a tranche expected in March."], published) == [("in March", "2025-03")]
    assert pairs(["The deal will be formally approved in May."], published) == [("in May", "2025-05")]


def test_the_year_before_an_event_noun_after_modifiers_or_a_named_season() -> None:
    text = "The account promised under the 2015 energy framework agreement is not yet open."
    assert pairs([text], JAN22) == [("2015", "2015")]
    assert pairs(["By the 2026 mango season, the hub should be ready."], JAN22) == [("2026", "2026")]
    assert pairs(["The 2020 season was cut short."], JAN22) == []  # a season unnamed: a label as often


def test_a_date_of_the_next_event_lies_ahead_whatever_the_tense() -> None:
    published = date(2026, 12, 2)
    text = "The committee directed the ministry to submit a schedule before its next meeting on January 7."
    assert pairs([text], published) == [("on January 7", "2027-01-07")]
    text = "Officials said the next round of talks in March would settle the tariff."
    assert pairs([text], published) == [("in March", "2027-03")]


def test_a_scheduled_event_told_in_the_present_looks_ahead() -> None:
    published = date(2024, 12, 30)
    text = "The real test comes in June, when another $4 billion in commercial debt falls due."
    assert pairs([text], published) == [("in June", "2025-06")]
    assert pairs(["The test came in June."], published) == [("in June", "2024-06")]
