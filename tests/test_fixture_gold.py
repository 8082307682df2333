"""Consistency checks for the hand-annotated fixture articles in tests/fixtures/.

The gold files are the truth the extractor is scored against (``score.py tests/fixtures/gold OUT.jsonl``), so
every quoted text, date and amount they name must really occur in the article it annotates.
"""

import datetime as dt
import json
import re
import unicodedata
from pathlib import Path

import ftfy
import pytest

FIXTURES = Path(__file__).parent / "fixtures"
# The scored fixtures, and a held-out set written blind to the code and scored apart (tests/test_contract.py).
SETS = (FIXTURES, FIXTURES / "heldout")
ARTICLES = sorted(path for folder in SETS for path in (folder / "articles").glob("*.txt"))
GOLDS = sorted(path for folder in SETS for path in (folder / "gold").glob("*.json"))

KEYS = {
    "file",
    "title",
    "published",
    "published_year",
    "source",
    "author",
    "quotes",
    "money",
    "percentages",
    "dates",
    "people",
    "organizations",
    "places",
    "topics",
    "boilerplate_lines",
    "notes",
}
QUOTE_MARKS = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u00a0": " "})
ISO_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _read(path: Path) -> str:
    """The article text as a reader would see it: mojibake repaired, CRLF folded."""
    text = path.read_bytes().decode("utf-8")
    return ftfy.fix_text(text, uncurl_quotes=False).replace("\r\n", "\n")


def _flat(text: str) -> str:
    """Straight quotes, no double-quote marks at all, single spaces: quotes over paragraphs become one run."""
    text = unicodedata.normalize("NFKC", text).translate(QUOTE_MARKS).replace('"', " ")
    return " ".join(text.split())


def _gold(stem: str) -> dict:
    path = next(folder / "gold" / f"{stem}.json" for folder in SETS if (folder / "gold" / f"{stem}.json").exists())
    return json.loads(path.read_text(encoding="utf-8"))


def test_there_are_at_least_fourteen_fixtures():
    assert len(ARTICLES) >= 14


def test_every_fixture_article_has_a_gold_file_and_vice_versa():
    assert [p.stem for p in ARTICLES] == [p.stem for p in GOLDS]


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.stem)
def test_gold_has_exactly_the_contract_keys_with_the_right_types(gold_path: Path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    assert set(gold) == KEYS
    assert gold["file"] == gold_path.stem + ".txt"
    assert gold["published"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", gold["published"])
    if gold["published"]:
        assert gold["published_year"] == int(gold["published"][:4])
    for q in gold["quotes"]:
        assert set(q) == {"text", "speaker", "speaker_role"} and q["text"].strip()
    for m in gold["money"]:
        assert set(m) == {"text", "amount", "currency", "usd", "refers_to"}
        assert re.fullmatch(r"[A-Z]{3}", m["currency"])
        assert (m["usd"] is not None) == (m["currency"] == "USD")
    for d in gold["dates"]:
        assert set(d) == {"text", "value", "event"}
        assert d["value"] is None or ISO_VALUE.match(d["value"])
    for pc in gold["percentages"]:
        assert set(pc) == {"text", "value", "refers_to"}
    for person in gold["people"]:
        assert set(person) == {"name", "role", "aliases"}
    for key in ("organizations", "places", "topics"):
        assert all(isinstance(x, str) and x for x in gold[key])


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_gold_quote_texts_occur_in_the_article(article: Path):
    text = _flat(_read(article))
    for q in _gold(article.stem)["quotes"]:
        assert _flat(q["text"]) in text, q["text"]


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_gold_date_money_and_percentage_texts_occur_in_the_article(article: Path):
    text = _flat(_read(article))
    gold = _gold(article.stem)
    for item in gold["dates"] + gold["money"] + gold["percentages"]:
        assert _flat(item["text"]) in text, item["text"]


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_gold_boilerplate_lines_are_whole_lines_of_the_article(article: Path):
    lines = [_flat(line) for line in _read(article).splitlines()]
    for item in _gold(article.stem)["boilerplate_lines"]:
        line = item["line"] if isinstance(item, dict) else item
        assert _flat(line) in lines, line


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_gold_people_names_occur_in_the_article(article: Path):
    text = _flat(_read(article))
    for person in _gold(article.stem)["people"]:
        assert _flat(person["name"]) in text, person["name"]


WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.stem)
def test_gold_weekday_dates_fall_within_a_week_of_publication_on_the_named_day(gold_path: Path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    for d in gold["dates"]:
        words = d["text"].lower().split()
        if not (words and words[-1] in WEEKDAYS):
            continue
        if gold["published"] is None:
            assert d["value"] is None, d
            continue
        value, published = dt.date.fromisoformat(d["value"]), dt.date.fromisoformat(gold["published"])
        assert WEEKDAYS[value.weekday()] == words[-1], d
        # "last Tuesday" in a Tuesday's paper is the Tuesday a week before
        assert abs((value - published).days) <= (7 if "last" in words else 6), d
