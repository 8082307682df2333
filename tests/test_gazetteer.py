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


def _places_in(text: str) -> list[str]:
    return [place.name for place in extract_places(make_article("t.txt", [text]), load_gazetteer())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # countries, with the short forms news copy uses
        ("Exports to Vietnam, Thailand and Brazil rose.", ["Vietnam", "Thailand", "Brazil"]),
        ("Nigeria and Australia bought more rice.", ["Nigeria", "Australia"]),
        ("Ships from the UAE and KSA docked.", ["United Arab Emirates", "Saudi Arabia"]),
        ("Holland and Türkiye signed too.", ["Netherlands", "Turkey"]),
        ("Observers from the DPRK and the ROK attended.", ["North Korea", "South Korea"]),
        ("Cargo left Côte d'Ivoire for Papua New Guinea.", ["Côte d'Ivoire", "Papua New Guinea"]),
        ("Kosovo and Palestine sent envoys.", ["Kosovo", "Palestine"]),
    ],
)
def test_countries_of_the_world_are_known_places(text: str, expected: list[str]) -> None:
    assert _places_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Flights to Dubai, Abu Dhabi and Jebel Ali resumed.", ["Dubai", "Abu Dhabi", "Jebel Ali"]),
        ("Talks in New Delhi, Mumbai and Kabul stalled.", ["New Delhi", "Mumbai", "Kabul"]),
        ("Envoys met in Washington and Tokyo.", ["Washington", "Tokyo"]),
        ("Delegations from Tashkent, Almaty and Baku arrived.", ["Tashkent", "Almaty", "Baku"]),
        ("Traders in Riyadh, Doha and Tehran watched.", ["Riyadh", "Doha", "Tehran"]),
        ("Bankers in London, Geneva and Kuala Lumpur agreed.", ["London", "Geneva", "Kuala Lumpur"]),
        ("Offices in Nairobi, Cairo and Fremantle opened.", ["Nairobi", "Cairo", "Fremantle"]),
    ],
)
def test_world_capitals_and_cities_are_known_places(text: str, expected: list[str]) -> None:
    assert _places_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seed from Changsha in Hunan reached Gansu.", ["Changsha", "Hunan", "Gansu"]),
        ("Researchers in Yangling, Shaanxi, bred the wheat.", ["Yangling", "Shaanxi"]),
        ("Trucks from Nanning in Guangxi and Hefei left.", ["Nanning", "Guangxi", "Hefei"]),
        ("Yinchuan, Ningxia, and Hohhot, Inner Mongolia.", ["Yinchuan", "Ningxia", "Hohhot", "Inner Mongolia"]),
        ("Goods from Yiwu and Xian crossed at Khorgos.", ["Yiwu", "Xian", "Khorgos"]),
        ("Karamay, Tashkurgan and Kashgar lie in Xinjiang.", ["Karamay", "Tashkurgan", "Kashgar", "Xinjiang"]),
        ("The Xinjiang Uygur Autonomous region sent fruit.", ["Xinjiang Uygur Autonomous Region"]),
        ("Macao and Qingdao were next.", ["Macao", "Qingdao"]),
    ],
)
def test_chinese_provinces_regions_and_cities_are_known_places(text: str, expected: list[str]) -> None:
    assert _places_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tankers cross the Strait of Hormuz and the Strait of Malacca.", ["Strait of Hormuz", "Strait of Malacca"]),
        ("Patrols in the South China Sea and the Persian Gulf grew.", ["South China Sea", "Persian Gulf"]),
        ("Floods on the Indus hit the Karakoram.", ["Indus", "Karakoram"]),
        ("Trade through Khunjerab and the Wakhan Corridor rose.", ["Khunjerab", "Wakhan Corridor"]),
        ("Water from Tarbela Dam and Shadi Kaur Dam fell short.", ["Tarbela Dam", "Shadi Kaur Dam"]),
    ],
)
def test_seas_straits_rivers_and_passes_are_known_places(text: str, expected: list[str]) -> None:
    assert _places_in(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Plants in Azad Jammu and Kashmir and AJK towns.", ["Azad Jammu and Kashmir"]),
        ("Tourists left Attabad, Passu and Kalam.", ["Attabad", "Passu", "Kalam"]),
        ("Markets in Keamari, Korangi and Latifabad shut.", ["Keamari", "Korangi", "Latifabad"]),
        ("The line runs through Pakistan-occupied Kashmir.", ["Kashmir"]),
        ("Growers in South Punjab and Baluchistan gained.", ["South Punjab", "Baluchistan"]),
    ],
)
def test_kashmir_and_more_pakistani_places_are_known_places(text: str, expected: list[str]) -> None:
    assert _places_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Jordan Peterson and Chad Smith spoke to Georgia Brown.",
        "Victoria Khan said it was a Nice idea; Reading the Mobile data, Split the Bath.",
        "Investors eyed Gulf markets and Gulf money.",
        "The Gulf News report cited Hope and Independence.",
        "Officials said a model town would rise, as Muhammad bin Qasim once did.",
        "Santiago and Sofia joined Ravi at the Male ward.",
    ],
)
def test_names_that_are_as_often_people_or_words_are_no_places(text: str) -> None:
    assert _places_in(text) == []


def test_ambiguous_names_are_left_out_of_the_gazetteer() -> None:
    places = {form for entry in load_gazetteer().of_kind("place") for form in (entry.name, *entry.aliases)}
    left_out = {"Jordan", "Chad", "Georgia", "Victoria", "Nice", "Reading", "Mobile", "Split", "Bath", "Gulf"}
    left_out |= {"Male", "Santiago", "Sofia", "Kingston", "Ravi", "Paras", "Bin Qasim", "Model Town", "Khyber"}
    assert not left_out & places


def test_place_forms_are_not_listed_twice() -> None:
    forms = [form for entry in load_gazetteer().entries for form in (entry.name, *entry.aliases)]
    assert len(forms) == len(set(forms))
