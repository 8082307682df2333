"""The gazetteer: shipped defaults, user files that extend or override them, errors that name the file."""

from pathlib import Path

import pytest

from generator.article import make_article
from generator.extract.entities import extract_places
from generator.extract.gazetteer import GazetteerEntry, load_gazetteer


def test_defaults_are_always_loaded() -> None:
    gazetteer = load_gazetteer()
    names = {entry.name for entry in gazetteer.entries}
    assert {"Shehbaz Sharif", "Xi Jinping", "People's Bank of China", "Islamabad", "Gwadar"} <= names


def test_defaults_hold_acronyms_as_aliases() -> None:
    orgs = {entry.name: entry.aliases for entry in load_gazetteer().of_kind("organization")}
    assert "PBOC" in orgs["People's Bank of China"]
    assert "SECP" in orgs["Securities and Exchange Commission of Pakistan"]


def test_programmes_are_kept_apart_from_organisations() -> None:
    other = {entry.name for entry in load_gazetteer().of_kind("other")}
    assert "China-Pakistan Economic Corridor" in other


def test_user_file_extends_defaults(tmp_path: Path) -> None:
    user = tmp_path / "mine.yaml"
    user.write_text("people:\n  - name: Jane Roe\n    aliases: [Roe]\nplaces: [Atlantis]\n", encoding="utf-8")
    gazetteer = load_gazetteer([user])
    assert GazetteerEntry("Jane Roe", "person", ("Roe",)) in gazetteer.entries
    assert GazetteerEntry("Atlantis", "place") in gazetteer.entries
    assert any(entry.name == "Xi Jinping" for entry in gazetteer.entries)


def test_user_entry_with_same_name_replaces_default(tmp_path: Path) -> None:
    user = tmp_path / "mine.yaml"
    user.write_text("organizations:\n  - name: people's bank of china\n    aliases: [PBC]\n", encoding="utf-8")
    orgs = [e for e in load_gazetteer([user]).of_kind("organization") if e.name.lower() == "people's bank of china"]
    assert orgs == [GazetteerEntry("people's bank of china", "organization", ("PBC",))]


def test_bad_yaml_names_the_file(tmp_path: Path) -> None:
    user = tmp_path / "broken.yaml"
    user.write_text("people: [unclosed\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken\.yaml"):
        load_gazetteer([user])


def test_entry_without_name_is_rejected(tmp_path: Path) -> None:
    user = tmp_path / "noname.yaml"
    user.write_text("people:\n  - aliases: [X]\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"noname\.yaml"):
        load_gazetteer([user])


def test_unknown_section_is_rejected(tmp_path: Path) -> None:
    user = tmp_path / "odd.yaml"
    user.write_text("animals: [cat]\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"odd\.yaml"):
        load_gazetteer([user])


def test_pakistani_towns_and_districts_are_known_places() -> None:
    text = (
        "Mills in Sahiwal, Okara and Toba Tek Singh sent cotton to Port Qasim, while quarries in Khuzdar, "
        "Chitral and D.I. Khan shipped stone through Torkham. Growers in Mirpurkhas, Larkana and Badin, "
        "and traders in Muzaffarabad, Abbottabad and Hunza, joined the talks."
    )
    found = [place.name for place in extract_places(make_article("t.txt", [text]), load_gazetteer())]
    assert found == [
        "Sahiwal",
        "Okara",
        "Toba Tek Singh",
        "Port Qasim",
        "Khuzdar",
        "Chitral",
        "Dera Ismail Khan",
        "Torkham",
        "Mirpurkhas",
        "Larkana",
        "Badin",
        "Muzaffarabad",
        "Abbottabad",
        "Hunza",
    ]


def test_places_left_out_of_the_gazetteer_are_names_or_words() -> None:
    places = {entry.name for entry in load_gazetteer().of_kind("place")}
    assert {"Sahiwal", "Dera Ghazi Khan", "Mirpur Khas", "Mirpurkhas", "Gilgit-Baltistan"} <= places
    assert not {"Mohmand", "Orakzai", "Tank", "Makran"} & places
