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


def test_fiscal_year_range_takes_its_start() -> None:
    assert pairs(["The budget for 2024-25 was approved."], MONDAY) == []
    assert pairs(["Growth slowed in 2023-24 to two points."], MONDAY) == [("in 2023-24", "2023")]


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
    assert [(d.text, d.value, d.precision) for d in found] == [("May 9-11", "2025-05-09", "day")]


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


def test_today_outside_quote_is_publication_day() -> None:
    assert pairs(["The agreement was signed today in Karachi."], MONDAY) == [("today", "2024-09-16")]


def test_outlet_name_with_today_is_not_a_date() -> None:
    assert pairs(["The report first appeared in Pakistan Today and China Today."], MONDAY) == []


def test_times_and_money_are_not_dates() -> None:
    assert pairs(["At 10:30 the bank paid $2,024 million to 2,000 people."], MONDAY) == []


def test_weekday_before_full_date_is_one_mention() -> None:
    assert pairs(["The accord was signed on Monday, Sept. 16, 2024, in Beijing."]) == [("Sept. 16, 2024", "2024-09-16")]


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
    assert found[0].event == "Output doubled the report said"


def test_quarter_of_year_and_mid_year_are_that_year() -> None:
    found = pairs(["Exports rose in the first quarter of 2024 and should recover in mid-2025."])
    assert found == [("in the first quarter of 2024", "2024"), ("in mid-2025", "2025")]
    assert pairs(["Profits fell in Q3 2023."]) == [("in Q3 2023", "2023")]


def test_since_weekday_is_past_even_in_progressive_clause() -> None:
    assert pairs(["The premier is visiting China since Saturday."], MONDAY) == [("since Saturday", "2024-09-14")]


def test_deadline_preposition_is_kept_with_an_absolute_date() -> None:
    found = dates_of(["The project will be completed by December 2026, officials said."], MONDAY)
    assert [(d.text, d.value, d.precision) for d in found] == [("by December 2026", "2026-12", "month")]


def test_ordinal_day_of_month_with_article() -> None:
    found = dates_of(["The delegation arrived on the 15th of August."], MONDAY)
    assert [(d.text, d.value) for d in found] == [("on the 15th of August", "2024-08-15")]
    assert found[0].event == "The delegation arrived"
