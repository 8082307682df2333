"""Topic taxonomy loading and keyword-evidence tagging."""

from pathlib import Path

import pytest

from generator.article import make_article
from generator.extract.topics import Taxonomy, extract_topics, load_taxonomy


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_taxonomy()


def topics_of(paragraphs: list[str], taxonomy: Taxonomy, title: str | None = None) -> tuple[str, ...]:
    return extract_topics(make_article("t.txt", paragraphs, title=title), taxonomy)


def test_defaults_ship_the_sector_names(taxonomy: Taxonomy) -> None:
    for name in ("energy", "infrastructure", "ports", "finance", "trade", "IT", "e-commerce", "agriculture"):
        assert name in taxonomy.names


def test_sectors_listed_as_cooperation_areas_are_tagged(taxonomy: Taxonomy) -> None:
    found = topics_of(["The two sides agreed to expand cooperation in agriculture, energy and e-commerce."], taxonomy)
    assert set(found) == {"agriculture", "energy", "e-commerce"}


def test_one_passing_mention_is_not_enough(taxonomy: Taxonomy) -> None:
    found = topics_of(["The country looks to boost tourism after the loan.", "Nothing else happened."], taxonomy)
    assert "tourism" not in found


def test_repeated_mentions_tag_a_topic(taxonomy: Taxonomy) -> None:
    found = topics_of(["Tourism is rising.", "Tourists came from China.", "Hotels were full."], taxonomy)
    assert "tourism" in found


def test_title_counts_double(taxonomy: Taxonomy) -> None:
    assert "health" in topics_of(["The delegation arrived."], taxonomy, title="China sends vaccines to Pakistan")


def test_topics_ranked_by_evidence(taxonomy: Taxonomy) -> None:
    paragraphs = [
        "Cooperation in banking and finance will deepen, with new loans and fintech.",
        "Cooperation in energy was also discussed.",
    ]
    assert topics_of(paragraphs, taxonomy)[:2] == ("finance", "energy")


def test_acronym_keyword_matches_only_as_written(taxonomy: Taxonomy) -> None:
    found = topics_of(["It is a sector where cooperation matters; it will grow."], taxonomy)
    assert "IT" not in found
    assert "IT" in topics_of(["Cooperation in IT and software exports was agreed."], taxonomy)


def test_longest_keyword_wins(taxonomy: Taxonomy) -> None:
    found = topics_of(["Cooperation in e-commerce and e-commerce platforms was agreed."], taxonomy)
    assert "e-commerce" in found
    assert "trade" not in found  # "commerce" inside "e-commerce" is not trade


def test_excluded_phrase_does_not_count(taxonomy: Taxonomy) -> None:
    found = topics_of(["Cooperation on food security and food security research was agreed."], taxonomy)
    assert "security" not in found


def test_user_file_adds_and_replaces_topics(tmp_path: Path) -> None:
    user = tmp_path / "topics.yaml"
    user.write_text("topics:\n  mining:\n    keywords: [mining, minerals]\n  ports: [harbour]\n", encoding="utf-8")
    taxonomy = load_taxonomy([user])
    assert "mining" in taxonomy.names
    assert next(t for t in taxonomy.topics if t.name == "ports").keywords == ("harbour",)
    assert "mining" in topics_of(["Cooperation in mining and minerals was agreed."], taxonomy)


def test_user_threshold_overrides_default(tmp_path: Path) -> None:
    user = tmp_path / "topics.yaml"
    user.write_text("threshold: 0.5\n", encoding="utf-8")
    assert "tourism" in topics_of(["The country looks to boost tourism."], load_taxonomy([user]))


def test_bad_yaml_names_the_file(tmp_path: Path) -> None:
    user = tmp_path / "broken.yaml"
    user.write_text("topics: [unclosed\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken\.yaml"):
        load_taxonomy([user])


def test_topic_without_keywords_is_an_error(tmp_path: Path) -> None:
    user = tmp_path / "empty.yaml"
    user.write_text("topics:\n  mining: []\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"empty\.yaml.*mining"):
        load_taxonomy([user])


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="missing"):
        load_taxonomy([tmp_path / "missing.yaml"])


def test_topic_threshold_overrides_the_global_one(tmp_path: Path) -> None:
    user = tmp_path / "topics.yaml"
    user.write_text("topics:\n  mining:\n    threshold: 2.5\n    keywords: [mining, minerals]\n", encoding="utf-8")
    taxonomy = load_taxonomy([user])
    listed = ["The two sides agreed to expand cooperation in agriculture and mining."]
    assert "mining" not in topics_of(listed, taxonomy)
    repeated = [*listed, "Mining licences were issued.", "Cooperation in minerals will grow, the minister said."]
    assert "mining" in topics_of(repeated, taxonomy)


def test_minor_sector_named_once_in_a_list_is_not_tagged(taxonomy: Taxonomy) -> None:
    found = topics_of(["Cooperation covers agriculture, mining, culture and energy."], taxonomy)
    assert set(found) == {"agriculture", "energy"}


def test_minor_sector_with_real_evidence_is_tagged(taxonomy: Taxonomy) -> None:
    found = topics_of(
        ["The new airline will run flights between Lahore and Urumqi.", "Cargo flights start next month."],
        taxonomy,
        title="Airline to link Lahore and Urumqi",
    )
    assert "transport" in found


def test_bad_topic_threshold_names_the_file(tmp_path: Path) -> None:
    user = tmp_path / "bad.yaml"
    user.write_text("topics:\n  mining:\n    threshold: -1\n    keywords: [mining]\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.yaml"):
        load_taxonomy([user])
