"""Long listings are split into part pages: by year, then month, then numbered pages."""

from __future__ import annotations

from generator.render.split import by_initial, by_period, is_split, part_page, split_listing

# (name, year, month)
ITEMS = [
    ("a", 2024, 9),
    ("b", 2024, 9),
    ("c", 2024, 8),
    ("d", 2024, None),
    ("e", 2023, 5),
    ("f", None, None),
]


def when(item):
    return item[1], item[2]


def names(part):
    return [item[0] for item in part.items]


def test_a_listing_within_the_limit_stays_one_unsplit_page():
    parts = split_listing(ITEMS, lambda _: 1, by_period(when), limit=6)
    assert [(p.key, names(p)) for p in parts] == [("", ["a", "b", "c", "d", "e", "f"])]
    assert not is_split(parts)


def test_a_long_listing_is_split_by_year_with_undated_items_apart():
    parts = split_listing(ITEMS, lambda _: 1, by_period(when), limit=4)
    assert [(p.key, p.label, names(p)) for p in parts] == [
        ("2024", "2024", ["a", "b", "c", "d"]),
        ("2023", "2023", ["e"]),
        ("undated", "Date unknown", ["f"]),
    ]
    assert is_split(parts)


def test_a_year_over_the_limit_is_split_by_month_and_month_unknown_items_keep_the_year():
    parts = split_listing(ITEMS, lambda _: 1, by_period(when), limit=2)
    assert [(p.key, p.label, names(p)) for p in parts] == [
        ("2024-09", "September 2024", ["a", "b"]),
        ("2024-08", "August 2024", ["c"]),
        ("2024", "2024 (month unknown)", ["d"]),
        ("2023", "2023", ["e"]),
        ("undated", "Date unknown", ["f"]),
    ]


def test_a_month_over_the_limit_becomes_numbered_pages_of_at_most_the_limit():
    items = [(str(n), 2024, 9) for n in range(7)] + [("x", 2023, 1)]
    parts = split_listing(items, lambda _: 1, by_period(when), limit=3)
    assert [(p.key, p.label, len(p.items)) for p in parts] == [
        ("2024-09-1", "September 2024 (1)", 3),
        ("2024-09-2", "September 2024 (2)", 3),
        ("2024-09-3", "September 2024 (3)", 1),
        ("2023", "2023", 1),
    ]


def test_rows_are_counted_by_weight_and_an_item_heavier_than_the_limit_gets_a_page_of_its_own():
    items = [("big", 2024, 1), ("small", 2024, 1), ("other", 2024, 1)]
    weights = {"big": 10, "small": 1, "other": 1}
    parts = split_listing(items, lambda item: weights[item[0]], by_period(when), limit=3)
    assert [(names(p), p.rows) for p in parts] == [(["big"], 10), (["small", "other"], 2)]


def test_without_dates_a_long_listing_is_numbered_parts():
    items = [(str(n), None, None) for n in range(5)]
    parts = split_listing(items, lambda _: 1, by_period(when), limit=2)
    assert [(p.key, p.label) for p in parts] == [
        ("undated-1", "Date unknown (1)"),
        ("undated-2", "Date unknown (2)"),
        ("undated-3", "Date unknown (3)"),
    ]


def test_names_are_split_by_initial_letter():
    items = ["Ahmad", "abbas", "Bilal", "Zhou", "Émile", "3M"]
    parts = split_listing(items, lambda _: 1, by_initial(lambda name: name), limit=3)
    assert [(p.key, p.label, list(p.items)) for p in parts] == [
        ("a", "A", ["Ahmad", "abbas"]),
        ("b", "B", ["Bilal"]),
        ("z", "Z", ["Zhou"]),
        ("other", "#", ["Émile", "3M"]),
    ]


def test_part_pages_live_beside_or_under_their_listing():
    assert part_page("figures/index.md", "2024-09") == "figures/2024-09.md"
    assert part_page("topics/energy.md", "2024") == "topics/energy/2024.md"
    assert part_page("entities/people/zhang-wei.md", "undated-2") == "entities/people/zhang-wei/undated-2.md"
