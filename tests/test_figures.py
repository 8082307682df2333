"""Money and percentages on small texts in several outlets' styles."""

import pytest

from generator.article import make_article
from generator.extract.figures import extract_money, extract_percentages, refers_to
from generator.model import Money, Percentage


def money_of(text: str) -> list[Money]:
    return list(extract_money(make_article("t.txt", [text])))


def money(text: str) -> list[tuple[str, float, str, float | None]]:
    return [(m.text, m.amount, m.currency, m.usd) for m in money_of(text)]


def percentages_of(text: str) -> list[Percentage]:
    return list(extract_percentages(make_article("t.txt", [text])))


def test_dollar_sign_with_billion() -> None:
    assert money("Trade reached $27.82 billion last year.") == [("$27.82 billion", 27.82e9, "USD", 27.82e9)]


def test_dollars_written_after_the_number() -> None:
    assert money("The MoU was worth 350 million dollars.") == [("350 million dollars", 350e6, "USD", 350e6)]


def test_us_dollars_with_dotted_abbreviation() -> None:
    assert money("Investment hit 22 billion U.S. dollars in a decade.") == [
        ("22 billion U.S. dollars", 22e9, "USD", 22e9)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports were $1.3bn in June.", ("$1.3bn", 1.3e9, "USD", 1.3e9)),
        ("The firm raised US$5m from backers.", ("US$5m", 5e6, "USD", 5e6)),
        ("A grant of €3m was approved.", ("€3m", 3e6, "EUR", None)),
        ("The deal is worth £40m to the club.", ("£40m", 40e6, "GBP", None)),
    ],
)
def test_abbreviated_multipliers_attached_to_the_number(text: str, expected: tuple) -> None:
    assert money(text) == [expected]


def test_pakistani_rupees_in_dawn_style() -> None:
    assert money("The cabinet released Rs10bn and Rs 250 million for the dam.") == [
        ("Rs10bn", 10e9, "PKR", None),
        ("Rs 250 million", 250e6, "PKR", None),
    ]


def test_crore_and_lakh() -> None:
    assert money("The project costs PKR 5,000 crore, with Rs 50 lakh for surveys.") == [
        ("PKR 5,000 crore", 5e10, "PKR", None),
        ("Rs 50 lakh", 5e6, "PKR", None),
    ]


def test_renminbi_prefix_and_yuan_suffix() -> None:
    assert money("Banks lent RMB 2 billion, or 2 billion yuan.") == [
        ("RMB 2 billion", 2e9, "CNY", None),
        ("2 billion yuan", 2e9, "CNY", None),
    ]


def test_rupees_word_after_number() -> None:
    assert money("Farmers received 3,500 rupees per acre.") == [("3,500 rupees", 3500.0, "PKR", None)]


def test_range_takes_lower_bound_and_keeps_whole_text() -> None:
    assert money("Analysts expect $2-3 billion in new loans.") == [("$2-3 billion", 2e9, "USD", 2e9)]


def test_hedge_word_is_not_part_of_the_figure() -> None:
    found = money_of("Reserves must be over $14 billion, and more than $3 billion came from China.")
    assert [m.text for m in found] == ["$14 billion", "$3 billion"]


def test_counts_and_units_are_not_money() -> None:
    assert money("More than 200 leaders, 8,000 megawatts and a 3,000-kilometer road.") == []


def test_refers_to_noun_after_in() -> None:
    assert money_of("China rolled over $3.4 billion in loans to Islamabad.")[0].refers_to == "loans to Islamabad"


def test_refers_to_noun_the_figure_modifies() -> None:
    found = money_of("Beijing refinanced another $1.3 billion commercial loan, which was repaid.")
    assert found[0].refers_to == "commercial loan"


def test_refers_to_subject_of_linking_verb() -> None:
    found = money_of("Last year, trade between China and Pakistan reached $27.82 billion.")
    assert found[0].refers_to == "trade between China and Pakistan"


def test_refers_to_subject_after_while() -> None:
    found = money_of("Exports rose, while imports from Pakistan were $3.59 billion.")
    assert found[0].refers_to == "imports from Pakistan"


def test_percent_word_and_sign() -> None:
    found = percentages_of("Trade rose 59.1 percent, exports 15% and imports 7.5 per cent; margins 2 pc.")
    assert [(p.text, p.value) for p in found] == [
        ("59.1 percent", 59.1),
        ("15%", 15.0),
        ("7.5 per cent", 7.5),
        ("2 pc", 2.0),
    ]


def test_percentage_points() -> None:
    assert [p.value for p in percentages_of("The policy rate was cut by 1.5 percentage points.")] == [1.5]


def test_change_percentage_names_what_changed() -> None:
    found = percentages_of("Trade reached $27.82 billion, a year-on-year increase of 59.1 percent.")
    assert found[0].refers_to == "year-on-year increase in Trade"


def test_percentage_refers_to_subject() -> None:
    assert percentages_of("Pakistan's inflation rate stood at 9.6 percent.")[0].refers_to == "Pakistan's inflation rate"


def test_percent_abbreviation_attached_to_number() -> None:
    assert [(p.text, p.value) for p in percentages_of("Remittances rose 15.5pc in July.")] == [("15.5pc", 15.5)]


def test_change_verb_before_percentage_names_what_changed() -> None:
    found = percentages_of("BEIJING, March 5 (Reuters) - China's economy grew 5.2% in 2023.")
    assert found[0].refers_to == "change in China's economy"


def test_up_after_money_figure_is_an_increase_in_it() -> None:
    found = percentages_of("Remittances reached $7.4bn, up 12.5pc from a year earlier.")
    assert found[0].refers_to == "increase in Remittances"


def test_apposition_names_what_money_is_worth() -> None:
    assert money_of("The project, worth Rs 1.2 trillion, was approved.")[0].refers_to == "project"


def test_other_dollars_are_not_usd() -> None:
    assert money("The fund holds HK$8 billion and C$2m.") == [
        ("HK$8 billion", 8e9, "HKD", None),
        ("C$2m", 2e6, "CAD", None),
    ]


def test_abbreviated_multiplier_after_a_space() -> None:
    assert money("China rolled over a $1.3 bln loan.") == [("$1.3 bln", 1.3e9, "USD", 1.3e9)]
    assert money("Exports hit USD 2.5 mn.") == [("USD 2.5 mn", 2.5e6, "USD", 2.5e6)]


def test_lakh_crore_multiplies_both_words() -> None:
    assert money("Pakistan received Rs 3.5 lakh crore in investment.") == [("Rs 3.5 lakh crore", 3.5e12, "PKR", None)]


def test_refers_to_subject_keeps_numbers_with_thousands_separators() -> None:
    found = money_of("The 1,000 MW plant cost 2.4 billion dollars.")
    assert [m.refers_to for m in found] == ["1,000 MW plant"]


def test_refers_to_object_of_verb_before_of() -> None:
    found = money_of("The bank approved a loan of $1.5 billion for the ML-1 railway.")
    assert [m.refers_to for m in found] == ["loan"]


def test_percentage_after_eased_to_names_its_subject() -> None:
    found = percentages_of("Inflation eased to 10-12 percent in March.")
    assert [(p.text, p.value, p.refers_to) for p in found] == [("10-12 percent", 10.0, "Inflation")]


def test_rupee_abbreviation_with_a_full_stop_does_not_split_the_sentence_or_lose_the_amount():
    from generator.article import make_article
    from generator.extract.figures import extract_money

    article = make_article("rs.txt", ["Workers earn Rs. 25,000 per month under the new scheme."])
    money = extract_money(article)
    assert [m.currency for m in money] == ["PKR"] and money[0].amount == 25000


def test_range_with_a_multiplier_on_both_ends_is_one_figure() -> None:
    found = money_of("The debt is estimated at $26 billion to $30 billion.")
    assert [(m.text, m.amount, m.usd) for m in found] == [("$26 billion to $30 billion", 26e9, 26e9)]


def test_amount_written_in_words() -> None:
    found = money_of("They spent two billion dollars on the chimney.")
    assert [(m.text, m.amount, m.currency, m.usd) for m in found] == [("two billion dollars", 2e9, "USD", 2e9)]


def test_a_change_from_one_amount_to_another_is_two_figures() -> None:
    found = money_of("Exports rose from $12 million to $19 million, and receivables fell from Rs38.9bn to Rs17.3bn.")
    assert [m.text for m in found] == ["$12 million", "$19 million", "Rs38.9bn", "Rs17.3bn"]


def test_dirhams_written_dh() -> None:
    found = money_of("The terminal will cost Dh1.5 billion.")
    assert [(m.text, m.currency, m.usd) for m in found] == [("Dh1.5 billion", "AED", None)]


def test_between_two_amounts_is_one_range() -> None:
    found = money_of("Most pieces sell for between 300 yuan and 1,200 yuan, lamps for between Rs 450 and Rs 700.")
    assert [(m.text, m.amount) for m in found] == [("300 yuan and 1,200 yuan", 300.0), ("Rs 450 and Rs 700", 450.0)]


def test_cents_are_hundredths_of_a_us_dollar() -> None:
    assert money("Industrial electricity costs about 13 cents per kilowatt-hour.") == [("13 cents", 0.13, "USD", 0.13)]
    assert money("a concessional tariff of 9 US cents to industry") == [("9 US cents", 0.09, "USD", 0.09)]
    assert money("a fare of 50 euro cents") == [("50 euro cents", 0.5, "EUR", None)]


def test_per_cent_is_not_cents() -> None:
    assert money("Inflation eased to 4 per cent in November.") == []
    assert [p.text for p in percentages_of("Inflation eased to 4 per cent in November.")] == ["4 per cent"]


def test_percentage_range_between_is_one_item_at_its_lower_bound() -> None:
    found = percentages_of("Yuan borrowing costs between 3.5 per cent and 4 per cent a year.")
    assert [(p.text, p.value) for p in found] == [("3.5 per cent and 4 per cent", 3.5)]
    assert [(p.text, p.value) for p in percentages_of("Rates are between 10% and 12%.")] == [("10% and 12%", 10.0)]


def test_percentages_not_joined_without_between() -> None:
    found = percentages_of("Exports rose 3 per cent and imports 4 per cent.")
    assert [(p.text, p.value) for p in found] == [("3 per cent", 3.0), ("4 per cent", 4.0)]
    found = percentages_of("The rate rose from 3 per cent to 4 per cent.")
    assert [(p.text, p.value) for p in found] == [("3 per cent", 3.0), ("4 per cent", 4.0)]


def test_percentage_range_with_a_bare_lower_bound() -> None:
    found = percentages_of("Between 30 and 40 percent of hospital equipment is out of order.")
    assert [(p.text, p.value, p.refers_to) for p in found] == [("30 and 40 percent", 30.0, "hospital equipment")]
    assert [(p.text, p.value) for p in percentages_of("Rates rose between 2 and 3%, then 5 percent.")] == [
        ("2 and 3%", 2.0),
        ("5 percent", 5.0),
    ]


def test_decimal_amount_times_a_multiplier_is_exact() -> None:
    assert money("It is worth about US$16.4 million.") == [("US$16.4 million", 16_400_000, "USD", 16_400_000)]
    assert money("A bonus of 1.15 lakh rupees.") == [("1.15 lakh rupees", 115_000, "PKR", None)]


def test_amount_before_a_count_is_no_range() -> None:
    assert money("Her firm has advanced about Rs 35 million to 120 growers.") == [("Rs 35 million", 35e6, "PKR", None)]
    assert money("It costs $2 billion to 3 billion.") == [("$2 billion to 3 billion", 2e9, "USD", 2e9)]


def test_percentage_range_with_both_signs() -> None:
    found = percentages_of("Options include cutting principal by 10% to 15%, or extending maturities.")
    assert [(p.text, p.value) for p in found] == [("10% to 15%", 10.0)]
    found = percentages_of("The rate rose from 3% to 4%.")
    assert [(p.text, p.value) for p in found] == [("3%", 3.0), ("4%", 4.0)]


def test_percentage_spelled_out() -> None:
    found = percentages_of("“Eighty percent of our workers are Pakistani,” he said.")
    assert [(p.text, p.value, p.refers_to) for p in found] == [("Eighty percent", 80.0, "our workers")]
    found = percentages_of("Some twenty-five per cent of loans; exports rose 12 percent.")
    assert [(p.text, p.value) for p in found] == [("twenty-five per cent", 25.0), ("12 percent", 12.0)]
    assert percentages_of("In recent years the centre grew by a third.") == []


def test_yen_sign_is_the_yen_in_a_story_naming_the_yen_only() -> None:
    text = "Japan offered a yen loan for the study, at a cost of about ¥1.4 billion."
    assert money(text) == [("¥1.4 billion", 1.4e9, "JPY", None)]
    text = "A ¥1.2 billion fund remains, and the yen weakened against the yuan."
    assert money(text) == [("¥1.2 billion", 1.2e9, "CNY", None)]
    assert money("A ¥1.2 billion trade facility remains open.") == [("¥1.2 billion", 1.2e9, "CNY", None)]


@pytest.mark.parametrize(
    ("sentence", "figure", "about"),
    [
        ("Seventy percent of the mill's workers are women, the company said.", "Seventy percent", "mill's workers"),
        ("About 40% of the output went to China last year.", "40%", "output"),
        ("The firm holds 30 percent of its shares.", "30 percent", "its shares"),
        ("It raised $2 billion in the first half.", "$2 billion", "It raised in the first half"),
        # a count after the determiner or a possessive stays in the phrase; a present verb ends it
        ("Some 40 percent of the 2,000 workers are local.", "40 percent", "2,000 workers"),
        ("Nearly 30 percent of the company's 1,200 staff were laid off.", "30 percent", "company's 1,200 staff"),
        ("Around 60 percent of the country's exports go to China.", "60 percent", "country's exports"),
        ("It sold 25 percent of its shares 2,000 times.", "25 percent", "its shares"),
        (
            "About 35 percent of the district's 2,400 registered farms already sell milk.",
            "35 percent",
            "district's 2,400 registered farms",
        ),
    ],
)
def test_a_share_of_something_refers_to_the_noun_after_its_determiner(sentence, figure, about):
    start = sentence.index(figure)
    assert refers_to(sentence, start, start + len(figure)) == about


def test_trn_is_trillion() -> None:
    assert money("Overdue payments had crossed Rs1.2trn.") == [("Rs1.2trn", 1.2e12, "PKR", None)]
    assert money("The bill came to Rs 2.4 trln.") == [("Rs 2.4 trln", 2.4e12, "PKR", None)]


def test_rupee_sign_and_bare_rs_on_an_indian_page_are_inr() -> None:
    text = "Imports touched ₹9.8 lakh crore, more than Rs 5 lakh crore, while Pakistan owes PKR 480 billion."
    assert money(text) == [
        ("₹9.8 lakh crore", 9.8e12, "INR", None),
        ("Rs 5 lakh crore", 5e12, "INR", None),
        ("PKR 480 billion", 480e9, "PKR", None),
    ]
    assert money("Pakistan received Rs 3.5 lakh crore in investment.") == [("Rs 3.5 lakh crore", 3.5e12, "PKR", None)]


def test_a_change_in_points_to_a_percentage_is_two_figures() -> None:
    found = [(p.text, p.value) for p in percentages_of("Its share slipped 2.5 percentage points to 41 percent.")]
    assert found == [("2.5 percentage points", 2.5), ("41 percent", 41.0)]
    assert [(p.text, p.value) for p in percentages_of("Growth of 3 to 4 percentage points is expected.")] == [
        ("3 to 4 percentage points", 3.0)
    ]
