"""People, organisations and places found by rules over small texts written for the tests."""

from dataclasses import replace

import pytest

from generator.article import make_article
from generator.extract.entities import extract_entities
from generator.extract.gazetteer import Gazetteer, load_gazetteer
from generator.model import Entities


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def entities_of(paragraphs: list[str], gazetteer: Gazetteer) -> Entities:
    return extract_entities(make_article("t.txt", paragraphs), gazetteer)


def people(found: Entities) -> dict[str, object]:
    return {person.name: person for person in found.people}


def test_title_before_name_gives_role(gazetteer: Gazetteer) -> None:
    found = entities_of(["Federal Minister for Railways Hamid Tariq visited the new station on Friday."], gazetteer)
    assert people(found)["Hamid Tariq"].role == "Federal Minister for Railways"


def test_title_with_country_before_name(gazetteer: Gazetteer) -> None:
    found = entities_of(["Chinese Ambassador to Pakistan Wei Dongsheng met traders in Lahore."], gazetteer)
    assert people(found)["Wei Dongsheng"].role == "Chinese Ambassador to Pakistan"


def test_roles_before_commas_in_a_list_of_officials(gazetteer: Gazetteer) -> None:
    text = (
        "The forum was attended by Minister for Maritime Affairs, Faisal Rauf, Minister of Water, Power and "
        "Irrigation, Nadia Karim and Adviser to the Prime Minister on Trade, Omar Zaidi."
    )
    found = people(entities_of([text], gazetteer))
    assert found["Faisal Rauf"].role == "Minister for Maritime Affairs"
    assert found["Nadia Karim"].role == "Minister of Water, Power and Irrigation"
    assert found["Omar Zaidi"].role.startswith("Adviser to the Prime Minister")


def test_apposition_after_name_gives_role(gazetteer: Gazetteer) -> None:
    text = "Zhang Wei, vice president of the China Machinery Engineering Corporation (CMEC), signed the deal."
    found = entities_of([text], gazetteer)
    assert people(found)["Zhang Wei"].role == "vice president of the China Machinery Engineering Corporation"


def test_unknown_name_before_attribution_verb_is_a_person(gazetteer: Gazetteer) -> None:
    found = entities_of(["Sadia Noor told the conference that exports would grow."], gazetteer)
    assert "Sadia Noor" in people(found)


def test_honorific_is_dropped_and_kept_as_alias(gazetteer: Gazetteer) -> None:
    found = entities_of(["Dr Kamran Aziz, an energy analyst, praised the plan.", "Dr. Aziz said more."], gazetteer)
    person = people(found)["Kamran Aziz"]
    assert person.role == "energy analyst"
    assert {"Dr Kamran Aziz", "Dr. Aziz"} <= set(person.aliases)


def test_surname_alone_becomes_alias(gazetteer: Gazetteer) -> None:
    found = entities_of(["Trade Minister Bilal Haider spoke first.", "Haider later visited Gwadar."], gazetteer)
    assert list(people(found)) == ["Bilal Haider"]
    assert "Haider" in people(found)["Bilal Haider"].aliases


def test_gazetteer_person_found_without_context(gazetteer: Gazetteer) -> None:
    found = entities_of(["Delegates later met Xi Jinping in the Great Hall."], gazetteer)
    assert "Xi Jinping" in people(found)


def test_people_in_order_of_first_mention(gazetteer: Gazetteer) -> None:
    found = entities_of(["Senator Rabia Khan spoke.", "Governor Tariq Mehmood agreed."], gazetteer)
    assert [p.name for p in found.people] == ["Rabia Khan", "Tariq Mehmood"]


def test_places_and_organisations_are_not_people(gazetteer: Gazetteer) -> None:
    found = entities_of(["The Punjab Board of Investment said Karachi Port would expand."], gazetteer)
    assert found.people == ()


def test_acronym_ties_to_its_expansion(gazetteer: Gazetteer) -> None:
    found = entities_of(["The Pakistan Business Council (PBC) welcomed the step. The PBC said more."], gazetteer)
    orgs = {org.name: org.aliases for org in found.organizations}
    assert orgs["Pakistan Business Council"] == ("PBC",)


def test_a_name_written_with_an_acronym_joins_the_organisation_named_in_full(gazetteer: Gazetteer) -> None:
    # the acronym from the gazetteer (CPEC), or from the article's own "Name (ACRONYM)"
    found = entities_of(
        [
            "The Joint Cooperation Committee of the China-Pakistan Economic Corridor met in Beijing.",
            "The Joint Cooperation Committee of CPEC will meet again in May.",
            "The Pakistan Business Council (PBC) welcomed it, and the PBC Trade Desk Committee wrote to the "
            "Pakistan Business Council Trade Desk Committee.",
        ],
        gazetteer,
    )
    orgs = {org.name: org.aliases for org in found.organizations}
    assert orgs["Joint Cooperation Committee of the China-Pakistan Economic Corridor"] == (
        "Joint Cooperation Committee of CPEC",
    )
    assert "Joint Cooperation Committee of CPEC" not in orgs
    assert "PBC Trade Desk Committee" in orgs["Pakistan Business Council Trade Desk Committee"]
    # an acronym with nothing spelled out to join stays as written
    alone = entities_of(["The Joint Cooperation Committee of CPEC will meet in May."], gazetteer)
    assert [org.name for org in alone.organizations] == ["Joint Cooperation Committee of CPEC"]


def test_gazetteer_acronym_gives_canonical_organisation(gazetteer: Gazetteer) -> None:
    # named only by its acronym: the organisation goes by it, the gazetteer's full name an alias
    found = entities_of(["The SECP issued new rules."], gazetteer)
    assert [(org.name, org.aliases) for org in found.organizations] == [
        ("SECP", ("Securities and Exchange Commission of Pakistan",))
    ]
    # spelled out anywhere in the article: the full name, the acronym its alias
    found = entities_of(["The IMF issued new rules.", "The International Monetary Fund said more."], gazetteer)
    assert [(org.name, org.aliases) for org in found.organizations] == [("International Monetary Fund", ("IMF",))]


def test_programmes_are_not_organisations(gazetteer: Gazetteer) -> None:
    found = entities_of(
        ["The China-Pakistan Economic Corridor (CPEC) and the Belt and Road Initiative grew."], gazetteer
    )
    assert found.organizations == ()


def test_two_organisations_joined_by_and_are_split(gazetteer: Gazetteer) -> None:
    found = entities_of(
        ["A deal between Lahore Chamber of Commerce and Shenzhen Tech Association was signed."], gazetteer
    )
    assert [org.name for org in found.organizations] == ["Lahore Chamber of Commerce", "Shenzhen Tech Association"]


def test_speaking_body_is_an_organisation_as_written(gazetteer: Gazetteer) -> None:
    found = entities_of(["Talks went well, the Chinese foreign ministry said."], gazetteer)
    assert "Chinese foreign ministry" in [org.name for org in found.organizations]


@pytest.mark.parametrize(
    ("first", "place"),
    [
        ("QUETTA: The provincial cabinet approved the plan on Monday.", "Quetta"),
        ("KARACHI, March 3 (APP): The port handled more cargo.", "Karachi"),
        ("DERA GHAZI KHAN (Reuters) - The plant opened.", "Dera Ghazi Khan"),
        ("BEIJING, Nov. 3, 2022 /PRNewswire/ -- China and Pakistan vowed to cooperate.", "Beijing"),
    ],
)
def test_the_dateline_in_capitals_names_a_place(gazetteer: Gazetteer, first: str, place: str) -> None:
    found = entities_of([first, "Officials said more talks would follow."], gazetteer)
    assert [p.name for p in found.places][:1] == [place]


def test_capitals_that_are_no_known_place_give_no_dateline_place(gazetteer: Gazetteer) -> None:
    assert entities_of(["OPINION: The corridor needs a reset."], gazetteer).places == ()
    assert entities_of(["CPEC: a decade on, the projects slowed."], gazetteer).places == ()


def test_places_from_gazetteer_and_place_heads(gazetteer: Gazetteer) -> None:
    found = entities_of(["Ships from Gwadar Port reached Port Qasim and Beijing's Chaoyang District."], gazetteer)
    assert [place.name for place in found.places] == ["Gwadar Port", "Port Qasim", "Beijing", "Chaoyang District"]


def test_a_company_word_as_a_surname_after_a_title_or_a_given_name(gazetteer: Gazetteer) -> None:
    paragraphs = [
        "US envoy Samantha Power said on Monday that talks had gone well. Ambassador Samantha Power met him.",
        "Former Ambassador Rick Energy came too. Ayesha Power said talks went well.",
        "Ravi Power said profits rose. Minister for Energy Ali Shah spoke. The Hub Energy said it would invest.",
    ]
    found = entities_of(paragraphs, gazetteer)
    assert [(person.name, person.role) for person in found.people] == [
        ("Samantha Power", "envoy"),
        ("Rick Energy", "Former Ambassador"),
        ("Ayesha Power", None),
        ("Ali Shah", "Minister for Energy"),
    ]
    assert [org.name for org in found.organizations] == ["Ravi Power", "Hub Energy"]


def test_no_place_is_cut_out_of_a_longer_name(gazetteer: Gazetteer) -> None:
    found = entities_of(["Work on the Gwadar East Bay Expressway is complete."], gazetteer)
    assert [place.name for place in found.places] == ["Gwadar"]
    # A gazetteer place that opens a body's name names the body (see the next test)
    found = entities_of(['"Berths are ready," Gwadar Port Authority Chairman Naseer Baloch said.'], gazetteer)
    assert [place.name for place in found.places] == []
    found = entities_of(["The China Overseas Port Holding Company runs it."], gazetteer)
    assert [place.name for place in found.places] == []
    found = entities_of(["The Port Qasim Authority and the Tianhe District Government agreed."], gazetteer)
    assert [place.name for place in found.places] == []


def test_a_place_in_a_body_name_is_no_place_but_one_after_in_is(gazetteer: Gazetteer) -> None:
    # The gold lists no place for "China" of "China Overseas Port Holding Company" or "Sindh" of "Sindh
    # Coal Authority" when the article names neither elsewhere; it does for "the Chinese embassy in
    # Islamabad" and "the Sindh government" (a body in lower case).
    paragraphs = [
        "The China Overseas Port Holding Company and the Sindh Coal Authority signed.",
        "The Export-Import Bank of China and the University of the Punjab were named.",
    ]
    assert [place.name for place in entities_of(paragraphs, gazetteer).places] == []
    paragraphs = [
        "The Chinese embassy in Islamabad said the Sindh government had agreed.",
        "Flights to the New Gwadar International Airport began. China's Ministry of Foreign Affairs welcomed it.",
        "The China Overseas Port Holding Company runs the port for China.",
    ]
    found = entities_of(paragraphs, gazetteer)
    assert [place.name for place in found.places] == ["Islamabad", "Sindh", "Gwadar", "China"]


def test_a_portfolio_before_a_portfolio_title_is_no_organisation(gazetteer: Gazetteer) -> None:
    paragraphs = [
        "Local Government Minister Ghulam Murtaza Chandio signed the deal.",
        "Sindh Local Government Minister Abid Rind and Water and Power Secretary Amna Baig attended.",
    ]
    found = entities_of(paragraphs, gazetteer)
    assert found.organizations == ()
    assert people(found)["Ghulam Murtaza Chandio"].role == "Local Government Minister"
    assert set(people(found)) == {"Ghulam Murtaza Chandio", "Abid Rind", "Amna Baig"}
    # A body's own head keeps it a body, before a title or not
    paragraphs = [
        "Local Government Department Secretary Sana Baig said the plan was ready.",
        "The Ministry of Local Government agreed. CPEC Authority Chairman Khalid Mansoor spoke.",
        "Chairman of the Sindh Coal Authority Tariq Rind and Local Government Minister Abid Rind met.",
    ]
    orgs = [org.name for org in entities_of(paragraphs, gazetteer).organizations]
    assert orgs == [
        "Local Government Department",
        "Ministry of Local Government",
        "CPEC Authority",
        "Sindh Coal Authority",
    ]


def test_a_title_its_portfolio_and_a_name(gazetteer: Gazetteer) -> None:
    paragraphs = [
        "Secretary Communications and Works Ali Shah said the road was ready.",
        "The meeting was chaired by Secretary Housing & Works Nadia Rind.",
    ]
    found = entities_of(paragraphs, gazetteer)
    assert [(person.name, person.role) for person in found.people] == [
        ("Ali Shah", "Secretary Communications and Works"),
        ("Nadia Rind", "Secretary Housing & Works"),
    ]
    assert found.organizations == ()
    # Not a portfolio: a title and a name before "and", or a body after it
    paragraphs = [
        "Prime Minister Shehbaz Sharif and Planning Minister Ahsan Iqbal met.",
        "Secretary Communications and Works Department officials met.",
    ]
    found = entities_of(paragraphs, gazetteer)
    assert [(person.name, person.role) for person in found.people] == [
        ("Shehbaz Sharif", "Prime Minister"),
        ("Ahsan Iqbal", "Planning Minister"),
    ]


def test_a_company_word_as_a_surname_where_only_a_person_stands(gazetteer: Gazetteer) -> None:
    paragraphs = [
        "Rick Power said profits rose.",  # a common given name
        "\u201cCosts are falling,\u201d said Nate Power, chief executive of the firm.",
        "Dale Power, 52, runs the plant. Kurt Power, who heads the board, said so.",
    ]
    found = entities_of(paragraphs, gazetteer)
    assert [person.name for person in found.people] == ["Rick Power", "Nate Power", "Dale Power", "Kurt Power"]
    assert found.organizations == ()
    # Companies say things too, are listed, and have chief executives
    paragraphs = [
        "Kot Addu Power said in a statement that output rose. \u201cWe are ready,\u201d it said.",
        "Sahiwal Power, which is listed in Karachi, said profits rose.",
        "Hub Power\u2019s chief executive said he was pleased. Nate Power said profits rose.",
    ]
    found = entities_of(paragraphs, gazetteer)
    assert found.people == ()
    assert [org.name for org in found.organizations] == ["Kot Addu Power", "Sahiwal Power", "Hub Power", "Nate Power"]


def test_a_place_before_a_title_or_a_plain_word_stands(gazetteer: Gazetteer) -> None:
    paragraphs = [
        "Ships from Gwadar Port reached Port Qasim. Sindh Province Chief Minister Murad Ali Shah came.",
        "The Gwadar Port expressway opened; the Port Qasim road too.",
    ]
    found = entities_of(paragraphs, gazetteer)
    assert [place.name for place in found.places] == ["Gwadar Port", "Port Qasim", "Sindh Province"]


def test_a_currency_names_no_place(gazetteer: Gazetteer) -> None:
    moneys = (
        *("3 billion U.S. dollars", "US$120 million", "$5 billion in US dollars", "2 billion Hong Kong dollars"),
        *("9 US cents", "13 U.S. cents a unit"),
    )
    for money in moneys:
        found = entities_of([f"Exports from Lahore rose to {money} last year."], gazetteer)
        assert [place.name for place in found.places] == ["Lahore"], money
    found = entities_of(["The loan of 300 million Chinese yuan was signed in Lahore."], gazetteer)
    assert [place.name for place in found.places] == ["Lahore"]


def test_a_place_named_elsewhere_counts_beside_its_currency(gazetteer: Gazetteer) -> None:
    found = entities_of(["Trade reached 3 billion U.S. dollars.", "The U.S. and China met in Hong Kong."], gazetteer)
    assert [place.name for place in found.places] == ["United States", "China", "Hong Kong"]
    found = entities_of(["Hong Kong raised 2 billion Hong Kong dollars."], gazetteer)
    assert [place.name for place in found.places] == ["Hong Kong"]


def test_unseen_style_article_people_and_roles(gazetteer: Gazetteer) -> None:
    paragraphs = [
        "Federal Minister for Maritime Affairs Qaiser Ahmed Sheikh, who chaired the ceremony, spoke first.",
        "Chinese Consul General in Karachi Yang Yundong said the projects were on track.",
        '"Financing matters most," said Sakib Sherani, a former economic adviser to the finance ministry.',
        "Mr Sherani and Sheikh later met the press.",
    ]
    found = people(entities_of(paragraphs, gazetteer))
    assert list(found) == ["Qaiser Ahmed Sheikh", "Yang Yundong", "Sakib Sherani"]
    assert found["Qaiser Ahmed Sheikh"].role == "Federal Minister for Maritime Affairs"
    assert found["Sakib Sherani"].role == "former economic adviser to the finance ministry"
    assert "Mr Sherani" in found["Sakib Sherani"].aliases


def test_lowercase_title_before_name_is_part_of_role(gazetteer: Gazetteer) -> None:
    found = entities_of(["Foreign Office spokesperson Mumtaz Zahra Baloch told a weekly briefing."], gazetteer)
    assert people(found)["Mumtaz Zahra Baloch"].role == "Foreign Office spokesperson"


def test_surname_that_is_also_a_title_stays_in_the_name(gazetteer: Gazetteer) -> None:
    found = people(entities_of(["Federal Minister for Railways Hamid Sultan said the line would reopen."], gazetteer))
    assert list(found) == ["Hamid Sultan"]
    assert found["Hamid Sultan"].role == "Federal Minister for Railways"


def test_title_object_with_and_before_the_name(gazetteer: Gazetteer) -> None:
    found = people(
        entities_of(
            ["Pakistani Minister for Planning and Development Imran Baig told reporters it was on time."], gazetteer
        )
    )
    assert list(found) == ["Imran Baig"]


def test_apposition_between_name_and_speech_verb_makes_a_person(gazetteer: Gazetteer) -> None:
    found = people(entities_of(["Zeeshan Haider, a medical student, said rents had doubled."], gazetteer))
    assert list(found) == ["Zeeshan Haider"]


def test_of_institution_between_name_and_speech_verb_makes_a_person(gazetteer: Gazetteer) -> None:
    found = people(
        entities_of(["Another analyst, Lu Yiming of Fudan University, said firms were confident."], gazetteer)
    )
    assert list(found) == ["Lu Yiming"]


def test_surname_used_as_speaker_makes_the_full_name_a_person(gazetteer: Gazetteer) -> None:
    found = people(
        entities_of(["Nimra Qazi grew up in Sukkur.", '"I came back to build dams at home," said Qazi, 29.'], gazetteer)
    )
    assert list(found) == ["Nimra Qazi"]
    assert "Qazi" in found["Nimra Qazi"].aliases


def test_sentence_opening_word_is_not_part_of_a_name(gazetteer: Gazetteer) -> None:
    found = people(entities_of(["When Ayesha Rana first landed in Wuhan, she could not read Chinese."], gazetteer))
    assert list(found) == ["Ayesha Rana"]


def test_role_of_the_second_of_two_titled_people_joined_by_and(gazetteer: Gazetteer) -> None:
    text = "The deal was signed in the presence of President Arif Zaman and Chinese Vice Premier Gao Lin."
    found = people(entities_of([text], gazetteer))
    assert found["Gao Lin"].role == "Chinese Vice Premier"
    assert found["Arif Zaman"].role == "President"


def test_possessive_name_before_a_kinship_word_is_a_person(gazetteer: Gazetteer) -> None:
    found = people(
        entities_of(["For three generations, Parveen Bheel\u2019s family grazed goats on the dunes."], gazetteer)
    )
    assert list(found) == ["Parveen Bheel"]


def test_single_name_after_a_kinship_word_or_with_an_age_is_a_person(gazetteer: Gazetteer) -> None:
    found = people(entities_of(["Back in the village, her daughter Sita, 19, works in the laboratory."], gazetteer))
    assert list(found) == ["Sita"]


def test_name_in_apposition_to_a_lowercase_noun_is_a_person(gazetteer: Gazetteer) -> None:
    found = people(entities_of(["The village elder, Ramzan Bheel, wanted a new school."], gazetteer))
    assert list(found) == ["Ramzan Bheel"]


def test_capitalised_words_after_manager_of_or_academy_of_are_not_people(gazetteer: Gazetteer) -> None:
    text = (
        "Wang Jun, the country manager of Jinhua Cement Pakistan, said the plant would reopen. Haiyan Qian, "
        "a researcher at the Chinese Academy of Agricultural Sciences, said yields held up."
    )
    assert sorted(people(entities_of([text], gazetteer))) == ["Haiyan Qian", "Wang Jun"]


def test_long_title_with_an_organisation_before_the_name(gazetteer: Gazetteer) -> None:
    text = "It was signed by Vice Chairman of the China International Development Cooperation Agency Zhou Wen."
    found = people(entities_of([text], gazetteer))
    assert list(found) == ["Zhou Wen"]


def test_engineer_title_with_a_full_stop_does_not_split_the_name(gazetteer: Gazetteer) -> None:
    text = "The plant was inspected by the Authority's Director General Engr. Naveed Akhtar Zehri."
    found = people(entities_of([text], gazetteer))
    assert list(found) == ["Naveed Akhtar Zehri"]


def test_name_particles_do_not_count_towards_a_names_length(gazetteer: Gazetteer) -> None:
    found = people(entities_of(["Planning Minister Muhammad Zubair ud Din Chaudhry tweeted the plan."], gazetteer))
    assert list(found) == ["Muhammad Zubair ud Din Chaudhry"]


def test_lowercase_title_before_a_name_is_evidence_and_role(gazetteer: Gazetteer) -> None:
    found = people(entities_of(["Pakistan\u2019s former planning minister Iqbal Hussain Sheikh disagreed."], gazetteer))
    assert list(found) == ["Iqbal Hussain Sheikh"]
    assert found["Iqbal Hussain Sheikh"].role == "former planning minister"


def test_organisation_name_ends_at_its_possessive(gazetteer: Gazetteer) -> None:
    found = entities_of(["The Planning Commission\u2019s Annual Plan was tabled on Monday."], gazetteer)
    assert [org.name for org in found.organizations] == ["Planning Commission"]


def test_portfolio_after_a_title_is_not_part_of_the_name(gazetteer: Gazetteer) -> None:
    found = people(entities_of(["Secretary Communications Kamran Latif then presented the survey."], gazetteer))
    assert list(found) == ["Kamran Latif"]


def test_two_word_name_after_a_relationship_word_is_a_person(gazetteer: Gazetteer) -> None:
    text = "Sadaf Iqbal, who teaches economics, and her colleague Rabia Ghauri have surveyed 60 firms."
    assert sorted(people(entities_of([text], gazetteer))) == ["Rabia Ghauri", "Sadaf Iqbal"]


def test_capitalised_particle_later_is_the_same_person(gazetteer: Gazetteer) -> None:
    text = ["Haris bin Qasim, a senior fellow at a think tank, said debt was the issue.", "Bin Qasim said more."]
    found = people(entities_of(text, gazetteer))
    assert list(found) == ["Haris bin Qasim"]


def test_the_listener_after_told_is_not_a_person(gazetteer: Gazetteer) -> None:
    text = '"They took our land," Naseeb Mengal, a tribal elder, told Al Jazeera.'
    assert list(people(entities_of([text], gazetteer))) == ["Naseeb Mengal"]


def test_portfolio_words_inside_a_title_are_not_a_person(gazetteer: Gazetteer) -> None:
    text = "The Minister for Transport and Mass Transit, Shahid Wazir Khattak, opened the depot."
    assert list(people(entities_of([text], gazetteer))) == ["Shahid Wazir Khattak"]


def test_title_word_at_the_end_is_a_surname_only_when_surnames_use_it(gazetteer: Gazetteer) -> None:
    text = "Engr. Rukhsana Bibi, Project Director of the zone, informed that power would arrive next month."
    assert list(people(entities_of([text], gazetteer))) == ["Rukhsana Bibi"]


def test_honorific_and_surname_later_make_the_full_name_a_person(gazetteer: Gazetteer) -> None:
    text = ["Mian Adnan Rauf runs a recruitment agency in Gulberg.", "Mr Rauf says demand peaked in 2017."]
    assert list(people(entities_of(text, gazetteer))) == ["Mian Adnan Rauf"]


def test_age_after_a_full_name_makes_a_person(gazetteer: Gazetteer) -> None:
    text = "Among her students is Hamza Tirmizi, 24, an engineering graduate."
    assert list(people(entities_of([text], gazetteer))) == ["Hamza Tirmizi"]


def test_dash_apposition_after_a_name_makes_a_person(gazetteer: Gazetteer) -> None:
    text = "Zulfiqar Ali Chen \u2014 a Pakistani of Chinese descent \u2014 heads the manufacturers' association."
    assert list(people(entities_of([text], gazetteer))) == ["Zulfiqar Ali Chen"]


def test_a_second_person_after_a_titled_one_joined_by_and(gazetteer: Gazetteer) -> None:
    text = (
        "It was signed in the presence of Provincial Minister for Industries Sajjad Ali Bangash and "
        "Zhang Heping, economic and commercial counsellor at the Chinese embassy."
    )
    assert list(people(entities_of([text], gazetteer))) == ["Sajjad Ali Bangash", "Zhang Heping"]


def test_a_name_that_heads_or_runs_something_is_a_person(gazetteer: Gazetteer) -> None:
    text = "Takeshi Ogura heads the agency's Pakistan office, and Zhang Yulin runs a supplier's branch."
    assert sorted(people(entities_of([text], gazetteer))) == ["Takeshi Ogura", "Zhang Yulin"]


def test_a_sentence_subject_taken_up_by_he_or_she_is_a_person(gazetteer: Gazetteer) -> None:
    text = [
        "Rehmat Baloch has been polishing onyx in Quetta since he was 12.",
        "A few stalls away, Khalid Paracha is selling salt lamps. He first came to the expo in 2018.",
        "Gao Shufen turned a lamp over and put it back. \u201c680 yuan for a rock?\u201d she said.",
        '"The Khyber Pass is difficult, but it is not new for us," he said.',
    ]
    assert sorted(people(entities_of(text, gazetteer))) == ["Gao Shufen", "Khalid Paracha", "Rehmat Baloch"]


def test_of_institution_then_a_speech_verb_without_a_comma(gazetteer: Gazetteer) -> None:
    text = "Priyanka Deshmukh of the Observer Research Foundation wrote that the fleet would grow."
    assert list(people(entities_of([text], gazetteer))) == ["Priyanka Deshmukh"]


# ---- a title, "of the" and its organisation, then the holder's name ----------------------------------


def organisations(found: Entities) -> list[str]:
    return [org.name for org in found.organizations]


def test_capitalised_title_of_an_organisation_with_of_in_its_name_then_a_name(gazetteer: Gazetteer) -> None:
    text = '"We are ready," said Chairman of the Board of Investment Irfan Soomro.'
    found = entities_of([text], gazetteer)
    assert list(people(found)) == ["Irfan Soomro"]
    assert people(found)["Irfan Soomro"].role == "Chairman of the Board of Investment"
    assert "Board of Investment" in organisations(found)


def test_lowercase_title_of_an_organisation_then_a_name(gazetteer: Gazetteer) -> None:
    text = '"The line is agreed," said head of the China Energy Cooperation Office Liang Bo.'
    found = entities_of([text], gazetteer)
    assert list(people(found)) == ["Liang Bo"]
    assert people(found)["Liang Bo"].role == "head of the China Energy Cooperation Office"
    assert organisations(found) == ["China Energy Cooperation Office"]


def test_title_of_an_organisation_with_title_words_in_its_name(gazetteer: Gazetteer) -> None:
    text = '"We object," said spokesperson of the Chinese Foreign Ministry Huang Yanping.'
    found = entities_of([text], gazetteer)
    assert people(found)["Huang Yanping"].role == "spokesperson of the Chinese Foreign Ministry"
    assert organisations(found) == ["Chinese Foreign Ministry"]


def test_title_on_a_portfolio_then_a_name(gazetteer: Gazetteer) -> None:
    text = "Adviser on Industries Bilal Nawaz and Adviser to the Prime Minister on Commerce Razak Dawood spoke."
    found = entities_of([text], gazetteer)
    assert people(found)["Bilal Nawaz"].role == "Adviser on Industries"
    assert people(found)["Razak Dawood"].role == "Adviser to the Prime Minister on Commerce"
    assert organisations(found) == []


def test_lowercase_title_of_an_organisation_then_a_comma_and_a_name(gazetteer: Gazetteer) -> None:
    text = '"Trade will grow," said the chairman of the Pakistan Business Council, Ehsan Malik.'
    found = entities_of([text], gazetteer)
    assert list(people(found)) == ["Ehsan Malik"]
    assert people(found)["Ehsan Malik"].role == "chairman of the Pakistan Business Council"
    assert organisations(found) == ["Pakistan Business Council"]
    text = '"Costs are falling," said the chief executive of the Pakistan Business Council, Saadia Qureshi.'
    assert people(entities_of([text], gazetteer))["Saadia Qureshi"].role == (
        "chief executive of the Pakistan Business Council"
    )


def test_organisation_and_title_before_a_name_make_the_role(gazetteer: Gazetteer) -> None:
    text = '"We welcome it," said Gwadar Port Authority Chairman Naveed Baloch.'
    found = entities_of([text], gazetteer)
    assert people(found)["Naveed Baloch"].role == "Gwadar Port Authority Chairman"
    assert organisations(found) == ["Gwadar Port Authority"]


def test_organisation_ending_the_sentence_after_a_title_is_no_person(gazetteer: Gazetteer) -> None:
    for text in (
        '"We will hold the tariff," said the chairman of the Board of Investment.',
        '"We will hold the tariff," said Chairman of the Sindh Revenue Board.',
        '"We will hold the tariff," said the Board of Investment.',
    ):
        assert list(people(entities_of([text], gazetteer))) == [], text


def test_a_surname_after_a_title_and_a_two_word_organisation_joins_the_full_name(gazetteer: Gazetteer) -> None:
    text = [
        "Planning Minister Ahsan Iqbal opened the session.",
        '"The plan holds," said head of the Planning Commission Iqbal.',
    ]
    found = people(entities_of(text, gazetteer))
    assert list(found) == ["Ahsan Iqbal"]
    assert "Iqbal" in found["Ahsan Iqbal"].aliases


def test_one_word_after_a_title_and_its_organisation(gazetteer: Gazetteer) -> None:
    found = people(entities_of(['"The plan holds," said head of the Punjab Board Nadeem.'], gazetteer))
    assert found["Nadeem"].role == "head of the Punjab Board"
    for text in (  # the organisation's own last word, after a word no name holds
        "Tian Hao is regional director of Jiangnan Zhongtong New Energy Vehicles, the bus maker.",
        "The deal was signed by the general manager of Ningxia Lvyuan Drip Irrigation Technology Co.",
        "Zhuang Wei, chairman of Jebel Ali-based Hengtai Gulf Logistics, told reporters it was on time.",
    ):
        assert "Vehicles" not in people(entities_of([text], gazetteer)), text
        assert not {"Co", "Logistics", "Gulf Logistics"} & set(people(entities_of([text], gazetteer))), text


def test_a_title_in_apposition_after_a_name_keeps_its_organisation_whole(gazetteer: Gazetteer) -> None:
    text = "Tian Haoming, regional director of Jiangnan Zhongtong New Energy Vehicles Co, signed the deal."
    assert list(people(entities_of([text], gazetteer))) == ["Tian Haoming"]


def test_a_place_between_the_organisation_and_the_name(gazetteer: Gazetteer) -> None:
    for place in ("Beijing", "Urumqi"):
        text = f'"The line is agreed," said head of the China Energy Cooperation Office in {place} Liang Bo.'
        found = people(entities_of([text], gazetteer))
        assert list(found) == ["Liang Bo"], place
        assert found["Liang Bo"].role == f"head of the China Energy Cooperation Office in {place}"


def test_a_chinese_surname_written_like_a_pronoun_after_an_organisation(gazetteer: Gazetteer) -> None:
    text = '"Gwadar will grow," said Chairman of the China Overseas Ports Holding Company He Xiaoming.'
    found = entities_of([text], gazetteer)
    assert list(people(found)) == ["He Xiaoming"]
    assert organisations(found) == ["China Overseas Ports Holding Company"]
    assert list(people(entities_of(["He said the port would grow."], gazetteer))) == []


def test_a_lowercase_title_whose_organisation_name_goes_on_is_no_evidence(gazetteer: Gazetteer) -> None:
    text = "Ayaz Leghari, a security analyst at the Islamabad-based Centre for Peace and Conflict Studies, spoke."
    assert list(people(entities_of([text], gazetteer))) == ["Ayaz Leghari"]


def test_organisations_are_read_around_the_people_a_run_names(gazetteer: Gazetteer) -> None:
    text = (
        "The meeting was attended by Chairman of the Board of Investment Tariq Mirza and Adviser on "
        "Industries Javeria Hayat, and by CPEC Authority Chairman Khalid Mansoor."
    )
    found = entities_of([text], gazetteer)
    assert list(people(found)) == ["Tariq Mirza", "Javeria Hayat", "Khalid Mansoor"]
    assert organisations(found) == ["Board of Investment", "CPEC Authority"]


def test_an_organisation_named_after_a_person_stays_whole(gazetteer: Gazetteer) -> None:
    text = [
        "Zulfikar Ali Bhutto founded the party in 1967.",
        "The Shaheed Zulfikar Ali Bhutto Institute of Science and Technology hosted the talks.",
    ]
    found = entities_of(text, gazetteer)
    assert organisations(found) == ["Shaheed Zulfikar Ali Bhutto Institute of Science and Technology"]


# ---- lower-case particles in titles and names; companies after "the" --------------------------


def test_charge_d_affaires_is_a_title_before_a_name(gazetteer: Gazetteer) -> None:
    for title in ("Charge d'Affaires", "Chargé d'Affaires", "Charge d\u2019Affaires"):
        found = people(entities_of([f"Chinese {title} Wang Hongwei visited Gwadar on Monday."], gazetteer))
        assert list(found) == ["Wang Hongwei"]
        assert found["Wang Hongwei"].role == f"Chinese {title}".replace("\u2019", "'")


def test_a_surname_written_like_a_word_after_a_title(gazetteer: Gazetteer) -> None:
    found = people(entities_of(["Chinese Charge d'Affaires He Hui met traders in Karachi."], gazetteer))
    assert found["He Hui"].role == "Chinese Charge d'Affaires"


def test_names_with_particles(gazetteer: Gazetteer) -> None:
    text = (
        "European Commission President Ursula von der Leyen met French Foreign Minister Jean-Yves Le Drian, "
        "while Abu al-Hassan, a trader, spoke to Crown Prince Mohamed bin Zayed."
    )
    found = people(entities_of([text], gazetteer))
    assert found["Ursula von der Leyen"].role == "European Commission President"
    assert found["Jean-Yves Le Drian"].role == "French Foreign Minister"
    assert "Abu al-Hassan" in found and "Mohamed bin Zayed" in found


def test_ordinary_lower_case_words_join_no_name(gazetteer: Gazetteer) -> None:
    found = people(
        entities_of(["Rana Tanveer met pro-China traders and Ayesha Malik of the al-Qadir trust."], gazetteer)
    )
    assert not any("pro-China" in name or "al-Qadir" in name for name in found)


def test_a_company_after_the_is_an_organisation_not_a_person(gazetteer: Gazetteer) -> None:
    found = entities_of(
        [
            "The Jhelum Steel Works said it had received proposals worth $300 million from Chinese companies.",
            "The project is being financed by the Hunza Technologies at an interest rate of 1.5 percent.",
            "The Sutlej Telecom signed deals with Indus Cement and Tarim Textile Mills.",
        ],
        gazetteer,
    )
    assert people(found) == {}
    orgs = [org.name for org in found.organizations]
    for name in ("Jhelum Steel Works", "Hunza Technologies", "Sutlej Telecom", "Indus Cement", "Tarim Textile Mills"):
        assert name in orgs


def test_organisations_after_representatives_of_the(gazetteer: Gazetteer) -> None:
    found = entities_of(
        [
            "Representatives of the Hunza Technologies and the Makran Technologies were also present.",
            "Officials of the Federation of Pakistan Chambers of Commerce and Industry and the Ravi Power Company "
            "attended.",
        ],
        gazetteer,
    )
    assert [org.name for org in found.organizations] == [
        "Hunza Technologies",
        "Makran Technologies",
        "Federation of Pakistan Chambers of Commerce and Industry",
        "Ravi Power Company",
    ]


def test_a_person_after_the_and_an_adjective_or_an_organisation(gazetteer: Gazetteer) -> None:
    found = entities_of(
        [
            "The late Zhou Enlai visited Karachi in 1964.",
            "The deal was signed by the Chairman of the Gwadar Port Authority Sana Dogar.",
            "The Shahid Khan Group said it would invest $5 million.",
        ],
        gazetteer,
    )
    assert set(people(found)) == {"Zhou Enlai", "Sana Dogar"}
    assert "Shahid Khan Group" in [org.name for org in found.organizations]


def test_a_title_and_its_portfolio_name_no_company(gazetteer: Gazetteer) -> None:
    found = entities_of(
        [
            "Minister of State for Petroleum Musadik Malik and Adviser on Industries Bilal Nawaz visited Thar.",
            "Federal Minister for IT and Telecom Syed Aun Abbas Bukhari met Secretary Communications and Works "
            "Kamran Latif.",
            "General Motors and the Jebel Ali-based Hengtai Gulf Logistics were named.",
        ],
        gazetteer,
    )
    orgs = [org.name for org in found.organizations]
    assert "General Motors" in orgs and "Hengtai Gulf Logistics" in orgs
    assert not any(word in name for name in orgs for word in ("Petroleum", "Industries", "Telecom", "Works", "-based"))
    assert people(found)["Syed Aun Abbas Bukhari"].role == "Federal Minister for IT and Telecom"


def test_no_role_from_before_and(gazetteer: Gazetteer) -> None:
    text = (
        "The meeting was attended by Chairman of the China Overseas Ports Holding Company Deng Hui and "
        "Omer Effendi, Pakistani Ambassador to China."
    )
    found = people(entities_of([text], gazetteer))
    assert found["Deng Hui"].role == "Chairman of the China Overseas Ports Holding Company"
    assert found["Omer Effendi"].role == "Pakistani Ambassador to China"


def test_a_name_after_the_late_is_a_person(gazetteer: Gazetteer) -> None:
    found = people(
        entities_of(["Recalling the visit of the late Zhou Enlai to Lahore, Pang spoke of steel."], gazetteer)
    )
    assert "Zhou Enlai" in found


def test_two_titled_people_joined_by_and_keep_their_own_titles(gazetteer: Gazetteer) -> None:
    text = (
        "Deputy Prime Minister and Foreign Minister Senator Tariq Mehmood Rana and Member of the State Council"
        " and Foreign Minister of China, Zhang Wei, co-chaired the dialogue in Beijing."
    )
    found = people(entities_of([text], gazetteer))
    assert found["Tariq Mehmood Rana"].role.startswith("Deputy Prime Minister and Foreign Minister")
    assert "Rana" not in found["Zhang Wei"].role and "Deputy" not in found["Zhang Wei"].role
    assert found["Zhang Wei"].role.endswith("Foreign Minister of China")


def test_one_persons_two_titles_joined_by_and_stay_one_role(gazetteer: Gazetteer) -> None:
    text = "Deputy Prime Minister and Foreign Minister Tariq Mehmood Rana arrived in Beijing on Monday."
    found = people(entities_of([text], gazetteer))
    assert found["Tariq Mehmood Rana"].role == "Deputy Prime Minister and Foreign Minister"


def test_a_portfolio_with_and_is_not_cut(gazetteer: Gazetteer) -> None:
    text = "Minister for Planning and Development Sadia Jatoi and Finance Secretary Kashif Memon met the lenders."
    found = people(entities_of([text], gazetteer))
    assert found["Kashif Memon"].role == "Finance Secretary"
    assert found["Sadia Jatoi"].role == "Minister for Planning and Development"


def test_a_name_after_a_portfolio_ends_the_first_persons_titles(gazetteer: Gazetteer) -> None:
    text = (
        "Federal Minister for Planning and Development Ahsan Nadeem Kazmi and Vice Minister of Commerce of China,"
        " Liu Jianhua, co-chaired the dialogue."
    )
    found = people(entities_of([text], gazetteer))
    assert found["Liu Jianhua"].role == "Vice Minister of Commerce of China"
    assert found["Ahsan Nadeem Kazmi"].role == "Federal Minister for Planning and Development"


def test_roman_urdu_subject_marker_and_speech_verb_show_a_person(gazetteer: Gazetteer) -> None:
    found = entities_of(
        ['PMA ke MD, Syed Azmat Hussain Bukhari, ne mujhe kal raat phone pe bataya: "Hum ne kar diya."'], gazetteer
    )
    assert "Syed Azmat Hussain Bukhari" in people(found)
    assert people(entities_of(["Mian Rashid Ahmed ne ek din tak intezar kiya."], gazetteer)) == {}


def test_military_rank_with_retired_mark_is_no_person(gazetteer: Gazetteer) -> None:
    text = '"We will use it," said Lt Gen (retd) Asim Bajwa, the chairman of the authority.'
    assert list(people(entities_of([text], gazetteer))) == ["Asim Bajwa"]


def test_lower_case_title_before_an_honorific_gives_the_role(gazetteer: Gazetteer) -> None:
    found = entities_of(["Earlier, former finance secretary Dr Waqar Masood Khan said the cost had risen."], gazetteer)
    assert people(found)["Waqar Masood Khan"].role == "former finance secretary"  # type: ignore[attr-defined]
    assert (
        people(entities_of(["Earlier, Dr Hafiz Pasha said the cost had risen."], gazetteer))["Hafiz Pasha"].role is None
    )  # type: ignore[attr-defined]


def test_a_title_modifier_alone_is_no_role(gazetteer: Gazetteer) -> None:
    """The portfolio's comma hides "Federal Minister"; its last words' "Special" is no office."""
    text = "Federal Minister for Planning, Development and Special Initiatives Ahsan Iqbal said the line was delayed."
    assert people(entities_of([text], gazetteer))["Ahsan Iqbal"].role != "Special"  # type: ignore[attr-defined]
    found = entities_of(["Special Assistant Tariq Fatemi said the line was delayed."], gazetteer)
    assert people(found)["Tariq Fatemi"].role == "Special Assistant"  # type: ignore[attr-defined]


def org_names(found: Entities) -> dict[str, tuple[str, ...]]:
    return {org.name: org.aliases for org in found.organizations}


def test_body_owned_by_a_country_is_read_after_its_possessive(gazetteer: Gazetteer) -> None:
    found = org_names(entities_of(["Officials of Pakistan's Power Division met on Monday."], gazetteer))
    assert "Power Division" in found
    assert not any(name.startswith("Pakistan") for name in found)
    # the owner's own name is kept when it names a body, and the words it owns are read on their own
    text = "The Planning Commission's Annual Plan was approved by the Senate's Defence Committee."
    found = org_names(entities_of([text], gazetteer))
    assert "Planning Commission" in found and "Defence Committee" in found
    assert "Annual Plan" not in found
    # "People's" is a word of a name, no owner
    found = org_names(entities_of(["A People's Liberation Army Navy frigate docked at Karachi."], gazetteer))
    assert "People's Liberation Army Navy" in found and "Liberation Army Navy" not in found


def test_committee_on_its_remit_is_an_organisation(gazetteer: Gazetteer) -> None:
    text = "The Interior Ministry wrote to the Senate Standing Committee on Interior about the upgrade."
    assert "Senate Standing Committee on Interior" in org_names(entities_of([text], gazetteer))
    found = org_names(entities_of(["She heads the Islamabad Centre for Strategic Studies."], gazetteer))
    assert "Islamabad Centre for Strategic Studies" in found
    # a day after "on" is no remit
    found = org_names(entities_of(["The Standing Committee on Tuesday approved the plans."], gazetteer))
    assert not any("Tuesday" in name for name in found)
    # a phrase that runs on with "in" is no name
    text = "The Joint Working Group on Transport Infrastructure in Beijing met twice."
    assert not any("Beijing" in name for name in org_names(entities_of([text], gazetteer)))


def test_company_acronym_may_leave_out_its_suffix(gazetteer: Gazetteer) -> None:
    text = "The sponsor, China Haiyang Power Investment Co (CHPI), did not respond."
    assert org_names(entities_of([text], gazetteer)).get("China Haiyang Power Investment Co") == ("CHPI",)


def test_state_owned_name_with_its_acronym_is_an_organisation(gazetteer: Gazetteer) -> None:
    text = "Imports fell, leaving state-owned Pakistan State Oil (PSO) with surplus cargoes."
    assert org_names(entities_of([text], gazetteer)).get("Pakistan State Oil") == ("PSO",)
    # without the cue an acronym's expansion is no organisation by itself
    text = "Prices of Liquefied Natural Gas (LNG) and Pakistan State Oil (PSO) fell."
    found = org_names(entities_of([text], gazetteer))
    assert "Pakistan State Oil" not in found and "Liquefied Natural Gas" not in found


def test_about_opens_no_company_name(gazetteer: Gazetteer) -> None:
    found = org_names(entities_of(["About Zhuhai Tongli New Energy Co"], gazetteer))
    assert "Zhuhai Tongli New Energy Co" in found and not any(n.startswith("About") for n in found)


def test_legislature_named_by_one_word(gazetteer: Gazetteer) -> None:
    text = "The Senate on Tuesday passed a resolution, and Parliament will debate it."
    found = org_names(entities_of([text], gazetteer))
    assert "Senate" in found and "Parliament" in found
    # a capitalised word after or before it makes another name; "the committee" alone is none
    text = "Reporters waited outside Parliament House while the committee met; the US Senate was told."
    found = org_names(entities_of([text], gazetteer))
    assert "Parliament" not in found and "Senate" not in found
    assert not any(name.lower() == "committee" for name in found)


def test_party_acronym_after_a_members_name(gazetteer: Gazetteer) -> None:
    text = (
        "The resolution, moved by Senator Zeeshan Baig of the PPP, was opposed by Senator Palwasha Gul Afridi "
        "of the PTI."
    )
    found = org_names(entities_of([text], gazetteer))
    assert "PPP" in found and "PTI" in found
    # after no person's name the acronym is left alone ("the costs of the KKH", an acronym already defined)
    text = "The Special Security Division (SSD) guards the road; the costs of the KKH and of the SSD rose."
    found = org_names(entities_of([text], gazetteer))
    assert "KKH" not in found and "SSD" not in found


def test_places_added_to_the_gazetteer_and_before_based(gazetteer: Gazetteer) -> None:
    text = (
        "Engineers were attacked near Besham; the line from Karachi to Rohri is first. A dealer in "
        "Clifton sells cars from Chongqing-based Velan Motors."
    )
    places = [place.name for place in entities_of([text], gazetteer).places]
    for name in ("Besham", "Rohri", "Clifton", "Chongqing", "Karachi"):
        assert name in places
    # any other hyphenated word keeps the place's name out: "Karachi-Lahore" motorway is no "Karachi" alone
    places = [place.name for place in entities_of(["The Karachi-Lahore motorway was opened."], gazetteer).places]
    assert "Karachi" not in places and "Lahore" not in places


def test_two_owners_bodies_joined_by_and_are_two_organisations(gazetteer: Gazetteer) -> None:
    text = "Officials of China's Ministry of Commerce and Pakistan's Board of Investment met in Beijing."
    found = org_names(entities_of([text], gazetteer))
    assert "China's Ministry of Commerce" in found and "Board of Investment" in found
    assert not any("and Pakistan" in name for name in found)


def test_a_countrys_ministry_keeps_the_country(gazetteer: Gazetteer) -> None:
    text = (
        "China's Ministry of Foreign Affairs said the talks were useful. Pakistan's Ministry of Foreign "
        "Affairs said the same, and so did Pakistan's Foreign Ministry."
    )
    found = org_names(entities_of([text], gazetteer))
    assert "China's Ministry of Foreign Affairs" in found and "Pakistan's Ministry of Foreign Affairs" in found
    assert "Ministry of Foreign Affairs" not in found
    assert "Pakistan's Foreign Ministry" in found
    # a body no other country has by that name is read without its owner
    assert "Power Division" in org_names(entities_of(["Pakistan's Power Division said so."], gazetteer))


def test_body_named_inside_the_subjects_apposition_does_not_speak(gazetteer: Gazetteer) -> None:
    from generator.extract.quotes import extract_quotes

    text = (
        "The statement, issued after a meeting of the Joint Working Group on Energy, said a loan would "
        "be signed \u201cin the first half of next year\u201d."
    )
    article = make_article("t.txt", [text])
    found = extract_quotes(article, extract_entities(article, gazetteer))
    assert [(q.text, q.speaker) for q in found] == [("in the first half of next year", None)]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Communications Minister Raja Sikandar Hayat said so.", "Raja Sikandar Hayat", "Communications Minister"),
        ("Punjab Transport Minister Bilal Akbar Khan said so.", "Bilal Akbar Khan", "Punjab Transport Minister"),
        ("Sindh Energy Minister Rafiq Ahmed Jamali said so.", "Rafiq Ahmed Jamali", "Sindh Energy Minister"),
        ("Maritime Affairs Minister Junaid Chaudhry said so.", "Junaid Chaudhry", "Maritime Affairs Minister"),
        ("NEPRA Chairman Ghulam Sarwar Bhutta said so.", "Ghulam Sarwar Bhutta", "NEPRA Chairman"),
        ("Board of Investment Secretary Fariha Naqvi said so.", "Fariha Naqvi", "Board of Investment Secretary"),
        ("On Monday Railways Minister Hanif Abbasi said so.", "Hanif Abbasi", "Railways Minister"),
    ],
)
def test_portfolio_region_or_acronym_before_a_title_is_kept(
    gazetteer: Gazetteer, text: str, name: str, role: str
) -> None:
    assert people(entities_of([text], gazetteer))[name].role == role


def test_portfolio_listed_with_commas_before_a_name(gazetteer: Gazetteer) -> None:
    text = "Federal Minister for Planning, Development and Special Initiatives Ahsan Iqbal said it was good."
    role = people(entities_of([text], gazetteer))["Ahsan Iqbal"].role
    assert role == "Federal Minister for Planning, Development and Special Initiatives"
    # a list of places before a name is no portfolio
    found = people(entities_of(["Traders from Karachi, Lahore and Quetta said so."], gazetteer))
    assert all(person.role is None for person in found.values())


def test_body_after_a_name_completes_a_bare_role(gazetteer: Gazetteer) -> None:
    found = people(entities_of(["Senator Zeeshan Baig of the PPP said so."], gazetteer))
    assert found["Zeeshan Baig"].role == "Senator of the PPP"
    text = "Another analyst, Babar Latif Chughtai of Indus Ridge Capital, was more cautious."
    found = entities_of([text], gazetteer)
    assert people(found)["Babar Latif Chughtai"].role == "analyst of Indus Ridge Capital"
    assert "Indus Ridge Capital" in org_names(found)
    # no role: the body is the person's affiliation; a place after "of" is none
    found = people(entities_of(["Zubeda Talpur of the Sindh Clean Air Network said so."], gazetteer))
    assert found["Zubeda Talpur"].role == "Sindh Clean Air Network"
    assert people(entities_of(["Minister Ali Khan of Pakistan said so."], gazetteer))["Ali Khan"].role == "Minister"


def test_name_labelling_transcript_paragraphs_is_a_persons(gazetteer: Gazetteer) -> None:
    paragraphs = [
        "Speaking to host Mehreen Qazi on Geo News programme Capital Desk, the minister defended the plan.",
        "MEHREEN QAZI: Minister, welcome. What went wrong?",
        "AHSAN IQBAL: Nothing went wrong.",
    ]
    found = entities_of(paragraphs, gazetteer)
    assert "Mehreen Qazi" in people(found)
    assert not any("Qazi" in name for name in org_names(found))


def test_one_name_given_as_is_a_persons(gazetteer: Gazetteer) -> None:
    text = "A fisherman in the old town, who gave his name as Karim, said his family was poor."
    assert "Karim" in people(entities_of([text], gazetteer))
    assert "Sakina" in people(entities_of(["A picker, identified only as Sakina, said so."], gazetteer))


def test_place_or_time_after_in_ends_an_organisation(gazetteer: Gazetteer) -> None:
    text = "Tahira Jabeen, head of research at Crestline Capital in Karachi, said the National Assembly in May agreed."
    found = org_names(entities_of([text], gazetteer))
    assert "Crestline Capital" in found and "National Assembly" in found
    assert not any(" in " in name for name in found)
    # a diplomatic post is named by its place, a body of one country by the country
    text = "The Chinese Embassy in Islamabad and the Association of Chinese Power Producers in Pakistan agreed."
    found = org_names(entities_of([text], gazetteer))
    assert "Chinese Embassy in Islamabad" in found and "Association of Chinese Power Producers in Pakistan" in found


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Chairman Lt. Gen. Retd. Asim Saleem Bajwa said it was good.", "Asim Saleem Bajwa", "Chairman"),
        ("Lt Gen (retd) Asim Saleem Bajwa said so.", "Asim Saleem Bajwa", "Lt Gen (retd)"),
        ("Brig. (R) Saad Muhammad said so.", "Saad Muhammad", "Brig. (R)"),
        ("Lt-Gen Asim Bajwa said so.", "Asim Bajwa", "Lt-Gen"),
        (
            "Lt. Gen. Retd. Asim Saleem Bajwa, chairman of the CPEC Authority, said so.",
            "Asim Saleem Bajwa",
            "chairman of the CPEC Authority",
        ),
    ],
)
def test_rank_before_a_name_is_a_title(gazetteer: Gazetteer, text: str, name: str, role: str) -> None:
    found = people(entities_of([text], gazetteer))
    assert list(found) == [name]
    assert found[name].role == role


def test_portfolios_joined_by_and_are_no_company(gazetteer: Gazetteer) -> None:
    text = "Federal Minister for Maritime Affairs, Ports and Shipping Saleem Akhtar Bhatti said so."
    found = entities_of([text], gazetteer)
    assert people(found)["Saleem Akhtar Bhatti"].role == "Federal Minister for Maritime Affairs, Ports and Shipping"
    assert "Ports and Shipping" not in org_names(found)
    assert "Hub Power" in org_names(entities_of(["Hub Power and Engro Energy said so."], gazetteer))


def test_lower_case_role_starts_after_a_verb_or_preposition(gazetteer: Gazetteer) -> None:
    found = people(entities_of(["Also on the programme was economist Kamran Aziz Lodhi."], gazetteer))
    assert found["Kamran Aziz Lodhi"].role == "economist"
    found = people(entities_of(["He sat alongside economist Kamran Aziz Lodhi."], gazetteer))
    assert found["Kamran Aziz Lodhi"].role == "economist"
    found = people(entities_of(["Earlier, former finance secretary Dr Waqar Masood Khan said so."], gazetteer))
    assert found["Waqar Masood Khan"].role == "former finance secretary"


def test_participle_opening_a_sentence_opens_no_organisation(gazetteer: Gazetteer) -> None:
    found = org_names(entities_of(["Appearing on Dunya News programme Policy Matters, he said so."], gazetteer))
    assert not any(name.startswith("Appearing") for name in found)


def test_title_in_quotation_marks_is_no_organisation(gazetteer: Gazetteer) -> None:
    found = org_names(entities_of(['He said a "CPEC Business Forum" would be held in May.'], gazetteer))
    assert "CPEC Business Forum" not in found
    assert "Pakistan Business Forum" in org_names(entities_of(["The Pakistan Business Forum said so."], gazetteer))


def test_country_or_province_before_a_name_is_the_title_s_object(gazetteer: Gazetteer) -> None:
    text = "Foreign Minister of the Republic of Uzbekistan Bakhtiyor Saidov will visit Islamabad."
    found = people(entities_of([text], gazetteer))
    assert list(found) == ["Bakhtiyor Saidov"]
    assert found["Bakhtiyor Saidov"].role == "Foreign Minister of the Republic of Uzbekistan"
    found = people(entities_of(["The deal was signed by Secretary Irrigation Sindh Aslam Raza Jatoi."], gazetteer))
    assert list(found) == ["Aslam Raza Jatoi"]
    assert found["Aslam Raza Jatoi"].role == "Secretary Irrigation Sindh"


def test_a_body_s_field_ending_in_services_is_no_name(gazetteer: Gazetteer) -> None:
    text = "An official at the Ministry of National Health Services, who asked not to be named, said so."
    found = entities_of([text], gazetteer)
    assert not people(found)
    assert "Ministry of National Health Services" in org_names(found)


def test_places_and_times_after_each_in_leave_an_organisation(gazetteer: Gazetteer) -> None:
    text = "The Joint Working Committee in Karachi in June approved it. The Chinese Embassy in Islamabad in May agreed."
    found = org_names(entities_of([text], gazetteer))
    assert "Joint Working Committee" in found
    assert "Chinese Embassy in Islamabad" in found


def test_title_case_transcript_labels_are_speakers(gazetteer: Gazetteer) -> None:
    paragraphs = [
        "Daily Mirror of Colombo: Minister Rauf said the talks went well. Do you agree? He also said more.",
        "Lin Haoyu: We welcome the talks.",
        "Xinhua: What about the port?",
        "Lin Haoyu: The port is open.",
    ]
    found = entities_of(paragraphs, gazetteer)
    assert "Lin Haoyu" in people(found)
    assert "Daily Mirror" not in people(found)
    once = entities_of(["Lin Haoyu: We welcome the talks.", "Xinhua: What about the port?"], gazetteer)
    assert "Lin Haoyu" not in people(once)  # one label is no transcript's turn


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Pakistan's Minister for Energy, Javed Akbar Baig, said so.",
            "Javed Akbar Baig",
            "Pakistan's Minister for Energy",
        ),
        ("Pakistan's Ambassador to Japan, Moin ul Haque said so.", "Moin ul Haque", "Pakistan's Ambassador to Japan"),
        (
            "Federal Minister for Industries and Production Nusrat Kamal Siddiqui told reporters so.",
            "Nusrat Kamal Siddiqui",
            "Federal Minister for Industries and Production",
        ),
        (
            "Pakistani Ambassador to Japan Syed Murtaza Ali Gardezi was there.",
            "Syed Murtaza Ali Gardezi",
            "Pakistani Ambassador to Japan",
        ),
    ],
)
def test_a_title_s_object_ends_at_a_comma_or_a_given_name(
    gazetteer: Gazetteer, text: str, name: str, role: str
) -> None:
    found = people(entities_of([text], gazetteer))
    assert list(found) == [name]
    assert found[name].role == role


def test_a_clause_after_a_name_gives_no_role_and_a_rank_is_evidence(gazetteer: Gazetteer) -> None:
    text = (
        "The lease was signed by its chairman, Rear Admiral (retd) Kamran Aziz Lodhi, while Pakistan's Consul "
        "General in Doha, Nasir Iqbal Tarar, hosted the ceremony."
    )
    found = people(entities_of([text], gazetteer))
    assert list(found) == ["Kamran Aziz Lodhi", "Nasir Iqbal Tarar"]
    assert found["Kamran Aziz Lodhi"].role == "Rear Admiral (retd)"
    assert found["Nasir Iqbal Tarar"].role == "Pakistan's Consul General in Doha"


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        (
            "Appearing for the petitioner, Barrister Hamza Rehan Warraich argued so.",
            "Hamza Rehan Warraich",
            "Barrister",
        ),
        ("Engineer Sohail Akhtar Rana, chairman of the agency, said so.", "Sohail Akhtar Rana", "Engineer"),
        ('"We gave our land," said Maulana Sher Zaman Diamiri.', "Sher Zaman Diamiri", "Maulana"),
        ("Engr. Imran Ali Mangi said so.", "Imran Ali Mangi", "Engr."),
        ("Haji Sher Alam Afridi, a gem trader, said so.", "Sher Alam Afridi", "Haji"),
    ],
)
def test_professional_and_religious_titles_are_honorifics(
    gazetteer: Gazetteer, text: str, name: str, alias: str
) -> None:
    found = people(entities_of([text], gazetteer))
    assert list(found) == [name]
    assert f"{alias} {name}" in found[name].aliases


@pytest.mark.parametrize(
    "text",
    [
        "Speaker Sardar Ayaz Sadiq said so.",
        "Chief Minister Sindh Syed Murad Ali Shah said so.",
        "Provincial Minister for Energy Mir Ghulam Qadir Talpur said so.",
        "Makhdoom Shah Mahmood Qureshi said so.",
        "Pir Sadaruddin Shah Rashidi said so.",
    ],
)
def test_south_asian_name_prefixes_stay_in_the_name(gazetteer: Gazetteer, text: str) -> None:
    (name,) = people(entities_of([text], gazetteer))
    assert name.split()[0] in {"Sardar", "Syed", "Mir", "Makhdoom", "Pir"}


def test_board_member_and_diplomatic_rank_are_titles(gazetteer: Gazetteer) -> None:
    found = people(entities_of(["Member Technical Amina Riaz pointed out that it was late."], gazetteer))
    assert found["Amina Riaz"].role == "Member Technical"
    found = people(entities_of(["Minister-Counsellor Pang Chunxue said the embassy had simplified visas."], gazetteer))
    assert list(found) == ["Pang Chunxue"]


def test_a_question_s_first_word_opens_no_organisation(gazetteer: Gazetteer) -> None:
    text = "Is the Planning Commission part of these talks? Has the Board of Investment replied?"
    found = org_names(entities_of([text], gazetteer))
    assert "Planning Commission" in found
    assert "Board of Investment" in found
    assert not any(name.startswith(("Is ", "Has ")) for name in found)


def test_will_before_the_opens_a_question_not_a_name(gazetteer: Gazetteer) -> None:
    found = org_names(entities_of(["Will the Board of Investment in Islamabad do the same?"], gazetteer))
    assert "Board of Investment" in found
    assert not any(name.startswith("Will") for name in found)


def test_an_outlet_label_in_a_transcript_is_an_organisation(gazetteer: Gazetteer) -> None:
    paragraphs = [
        "Lin Haoyu: Good afternoon.",
        "Sarhad Chronicle of Peshawar: Minister Rauf said the talks went well. She also said more.",
        "Lin Haoyu: We welcome the talks.",
    ]
    found = entities_of(paragraphs, gazetteer)
    assert "Sarhad Chronicle of Peshawar" in org_names(found)
    assert "Sarhad Chronicle" not in people(found)
    once = entities_of(paragraphs[1:], gazetteer)  # no label repeated: no transcript
    assert "Sarhad Chronicle of Peshawar" not in org_names(once)
    titled = entities_of(["Minister of State for Finance: We agree.", "Minister of State for Finance: Yes."], gazetteer)
    assert "Minister of State for Finance" not in org_names(titled)


def test_a_clause_opener_is_no_first_name(gazetteer: Gazetteer) -> None:
    paragraphs = [
        "Liu Wenjie runs the firm's Pakistan office.",
        "The trade runs both ways. Because Punjab's canals run dry in April, the company ships its seedlings "
        "from Xinjiang, Liu said. He called it \u201ca second home\u201d.",
        "Although Multan growers were sceptical, Nadia Baloch said the trial had worked.",
    ]
    found = people(entities_of(paragraphs, gazetteer))
    assert not any(name.split()[0] in ("Because", "Although") for name in found)
    assert {"Liu Wenjie", "Nadia Baloch"} <= set(found)


@pytest.mark.parametrize("company", ["Ravi Agri Ventures", "Chagai Minerals", "Thar Renewables", "Indus Resources"])
def test_a_plural_company_word_ends_no_persons_name(gazetteer: Gazetteer, company: str) -> None:
    text = f"The refinery will be run with its local partner {company}, said Umar Daraz, the project director."
    found = people(entities_of([text], gazetteer))
    assert company not in found
    assert "Umar Daraz" in found


def test_a_place_after_in_before_a_speech_verb_is_no_person(gazetteer: Gazetteer) -> None:
    text = (
        "Prof Saima Khoso, an agronomist at the Mehran University campus in Mirpur Khas, warned that the canals "
        "would silt up. Chinese Consul General in Karachi Yang Yundong, who opened the lab, said more would come."
    )
    found = people(entities_of([text], gazetteer))
    assert "Mirpur Khas" not in found
    assert {"Saima Khoso", "Yang Yundong"} <= set(found)


def test_a_bodys_acronym_between_title_and_name_is_no_part_of_the_name(gazetteer: Gazetteer) -> None:
    text = "\u201cThe land is ready,\u201d Chairman CDA Tariq Hussain Bhatti told the reporters on Friday."
    found = people(entities_of([text], gazetteer))
    assert "Tariq Hussain Bhatti" in found
    assert "Chairman CDA" in (found["Tariq Hussain Bhatti"].role or "")


def test_a_committee_lists_member_column_is_no_name(gazetteer: Gazetteer) -> None:
    paragraphs = [
        "(i) Mr. Adnan Khalid Rana, Secretary, Ministry of Industries and Production Convener",
        "(ii) A nominee of the Consulate General of the People's Republic of China in Lahore Co-opted Member",
        "(iii) Ms. Sadia Noreen Qazi, Joint Secretary (Industries) Member/Secretary",
    ]
    found = people(entities_of(paragraphs, gazetteer))
    assert set(found) == {"Adnan Khalid Rana", "Sadia Noreen Qazi"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Farmers met the 61-year-old Abdul Sattar Khoso at his farm near Thatta.", "Abdul Sattar Khoso"),
        ("Now the thirty-year-old Sana Baloch runs the school alone.", "Sana Baloch"),
        # an age compound opening the sentence is capitalised, but it is no part of the name
        ("Twenty-two-year-old Bilal Khan earns Rs 1,500 a day cutting stones.", "Bilal Khan"),
        ("Sixty-year-old Noor Jahan Bibi still weaves the mats by hand.", "Noor Jahan Bibi"),
    ],
)
def test_an_age_before_a_name_shows_a_person(gazetteer: Gazetteer, text: str, name: str) -> None:
    assert list(people(entities_of([text], gazetteer))) == [name]


def test_an_age_before_a_place_or_a_body_names_no_person(gazetteer: Gazetteer) -> None:
    assert people(entities_of(["The 30-year-old Gwadar Port Authority has new cranes."], gazetteer)) == {}


def test_an_age_opening_a_sentence_is_cut_off_the_name_before_a_quote(gazetteer: Gazetteer) -> None:
    found = people(
        entities_of(["Forty-five-year-old Gul Zaman sells tea at the border. He said trade was slow."], gazetteer)
    )
    assert list(found) == ["Gul Zaman"]


@pytest.mark.parametrize(
    "text",
    [
        "Weifang Harvest Machinery said it would open an assembly line in Multan next year.",
        "Indus Valley Solar said the plant would be ready in June.",
        "Haixin Dredging said work at the berth would begin in March.",
        "Lahore Pharma warned of shortages of insulin.",
    ],
)
def test_a_name_ending_in_an_industry_is_no_person(gazetteer: Gazetteer, text: str) -> None:
    assert people(entities_of([text], gazetteer)) == {}


@pytest.mark.parametrize(
    "text",
    [
        "The company, Tianjin Haixin, first worked in Pakistan in 2015.",
        "The Chinese firm, Jinan Huarun, said it would hire 200 workers.",
    ],
)
def test_a_name_in_apposition_after_a_firm_is_no_person(gazetteer: Gazetteer, text: str) -> None:
    assert people(entities_of([text], gazetteer)) == {}


def test_a_person_in_apposition_after_a_role_of_a_firm_stays_a_person(gazetteer: Gazetteer) -> None:
    paragraphs = [
        "A spokesperson for the company, Chen Yuming, said the firm had two quarries.",
        "The governor of the central bank, Jameel Ahmad, told a seminar that reserves would grow.",
    ]
    assert set(people(entities_of(paragraphs, gazetteer))) == {"Chen Yuming", "Jameel Ahmad"}


@pytest.mark.parametrize(
    "text",
    [
        "But Lin Haoran, the chief executive of Qilu Power, which runs a coal plant near Sahiwal, said he was owed.",
        "Yet Farzana Gill said the bank had not answered.",
        "Although Tariq Jamil told reporters the deal was signed, the board held it back.",
    ],
)
def test_a_conjunction_opening_a_sentence_is_no_part_of_a_name(gazetteer: Gazetteer, text: str) -> None:
    found = set(people(entities_of([text], gazetteer)))
    assert len(found) == 1 and not any(name.split()[0] in {"But", "Yet", "Although"} for name in found)


@pytest.mark.parametrize("given", ["Rao", "Khwaja", "Nawabzada"])
def test_a_clan_name_written_first_stays_in_the_name_after_a_title(gazetteer: Gazetteer, given: str) -> None:
    found = entities_of([f"Federal Minister for Food {given} Tanvir Aslam said yields had risen."], gazetteer)
    assert people(found)[f"{given} Tanvir Aslam"].role == "Federal Minister for Food"


def test_a_name_after_a_title_and_its_object_is_a_title_holder_and_the_next_title_is_the_next_ones(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The deal was reached at a meeting between Federal Minister for Science and Research Rao Kashif Nawaz "
        "and China's Vice Minister of Science and Technology Zhou Bin, who led the delegation."
    )
    found = people(entities_of([text], gazetteer))
    assert found["Rao Kashif Nawaz"].role == "Federal Minister for Science and Research"
    assert found["Zhou Bin"].role == "China's Vice Minister of Science and Technology"


def test_a_surname_written_like_a_pronoun_after_a_title_is_an_alias_of_the_full_name(gazetteer: Gazetteer) -> None:
    paragraphs = [
        "Chinese State Councillor He Lifang arrived in Lahore on Monday with Minister Sadia Noor.",
        "State Councillor He said trade would grow. He later met students.",
    ]
    found = people(entities_of(paragraphs, gazetteer))
    assert set(found) == {"He Lifang", "Sadia Noor"}
    assert found["He Lifang"].aliases == ("State Councillor He",)  # never "He" alone: that is the pronoun
    # no one named in full with that surname: nothing is made of "Minister He"
    assert set(people(entities_of(["Minister He said trade would grow."], gazetteer))) == set()


def test_a_name_after_a_title_its_body_and_the_body_s_acronym_is_the_title_holder(gazetteer: Gazetteer) -> None:
    text = (
        "The deal was signed by Deputy Director of the State Administration of Foreign Exchange (SAFE) "
        "Qiao Mingde and Chairman of the Board of Investment (BOI) Irfan Soomro."
    )
    found = people(entities_of([text], gazetteer))
    assert found["Qiao Mingde"].role == "Deputy Director of the State Administration of Foreign Exchange"
    assert found["Irfan Soomro"].role == "Chairman of the Board of Investment"
    # no title before the body: the words after its acronym are another body's or a place's
    for other in (
        "The loan was approved by the Board of Investment (BOI) Gwadar Port Authority.",
        "Officials of the Ministry of Planning (MoPDSI) Karachi Office attended.",
    ):
        assert people(entities_of([other], gazetteer)) == {}, other


def test_minister_of_state_for_portfolio_before_name(gazetteer: Gazetteer) -> None:
    text = "Minister of State for Housing Rana Tahir Mehmood said the scheme would go ahead."
    found = people(entities_of([text], gazetteer))
    assert found["Rana Tahir Mehmood"].role == "Minister of State for Housing"


def test_title_modifier_opening_the_sentence_joins_a_lower_case_role(gazetteer: Gazetteer) -> None:
    text = "Profits fell. Chief operating officer Danish Raza said costs rose."
    assert people(entities_of([text], gazetteer))["Danish Raza"].role == "Chief operating officer"


def test_a_speech_verb_after_the_name_is_no_apposition(gazetteer: Gazetteer) -> None:
    text = "Its chairman, Tahir Nadeem Gill, said at least 50 members had lost orders since March."
    assert people(entities_of([text], gazetteer))["Tahir Nadeem Gill"].role == "chairman"


def test_materials_ends_a_company_name_not_a_person(gazetteer: Gazetteer) -> None:
    found = entities_of(["Hunan Jiantou Building Materials said it would sell its Pakistani unit."], gazetteer)
    assert "Hunan Jiantou Building Materials" not in people(found)
    assert "Hunan Jiantou Building Materials" in [org.name for org in found.organizations]


# ---- organisations as the article writes them ----------------------------------------------


def test_an_organisation_keeps_its_curly_apostrophe(gazetteer: Gazetteer) -> None:
    found = entities_of(["The People\u2019s Bank of China cut rates, the Pakistan\u2019s Board said."], gazetteer)
    assert "People\u2019s Bank of China" in organisations(found)


def test_a_company_keeps_its_legal_form(gazetteer: Gazetteer) -> None:
    text = (
        "Qingdao Haiyue Food Co., Ltd. signed with Lasbela Minerals (Private) Limited and Mehran Renewables "
        "(Pvt.) Ltd. on Monday. Yunnan Tongda Nonferrous Metals Co. will ship the ore."
    )
    assert organisations(entities_of([text], gazetteer)) == [
        "Qingdao Haiyue Food Co., Ltd.",
        "Lasbela Minerals (Private) Limited",
        "Mehran Renewables (Pvt.) Ltd.",
        "Yunnan Tongda Nonferrous Metals Co.",
    ]


def test_a_company_s_short_forms_join_its_name_with_the_legal_form(gazetteer: Gazetteer) -> None:
    text = [
        "Zhuhai Tongli New Energy Co., Ltd. and Chenab Motors Limited signed the deal.",
        "Tongli New Energy will build the plant; Chenab Motors will sell the batteries.",
    ]
    found = entities_of(text, gazetteer)
    orgs = {org.name: org.aliases for org in found.organizations}
    assert orgs == {
        "Zhuhai Tongli New Energy Co., Ltd.": ("Tongli New Energy",),
        "Chenab Motors Limited": ("Chenab Motors",),
    }


def test_a_ministry_s_portfolios_after_a_comma(gazetteer: Gazetteer) -> None:
    text = [
        "The Ministry of Planning, Development and Special Initiatives wrote to the Ministry of Maritime "
        "Affairs, Ports & Shipping.",
        "The Ministry of Commerce, Board of Investment and Pakistan Business Council met.",
    ]
    found = organisations(entities_of(text, gazetteer))
    assert "Ministry of Planning, Development and Special Initiatives" in found
    assert "Ministry of Maritime Affairs, Ports & Shipping" in found
    assert "Ministry of Commerce" in found  # bodies after the comma are other bodies
    assert "Board of Investment" in found


def test_an_organisation_ends_before_a_day_or_month(gazetteer: Gazetteer) -> None:
    text = ["The People's Bank of China on Tuesday cut rates, and the UAE Ministry of Economy in March agreed."]
    found = organisations(entities_of(text, gazetteer))
    assert "People's Bank of China" in found
    assert "UAE Ministry of Economy" in found


def test_a_column_gap_ends_an_organisation(gazetteer: Gazetteer) -> None:
    text = ["Representative, Board of Investment              Member"]
    assert organisations(entities_of(text, gazetteer)) == ["Board of Investment"]


def test_bodies_named_in_lower_case(gazetteer: Gazetteer) -> None:
    text = [
        "The loan was approved by the finance ministry and the Chinese foreign ministry welcomed it.",
        "Pakistan's maritime affairs ministry and the Sindh government agreed; the ministry did not say more.",
        "The Punjab cabinet approved the lease.",
        "An adviser to the interior ministry's security committee spoke.",
    ]
    assert organisations(entities_of(text, gazetteer)) == [
        "finance ministry",
        "Chinese foreign ministry",
        "Pakistan's maritime affairs ministry",  # the country tells them apart
        "Sindh government",
        "Punjab cabinet",
    ]  # not "the ministry" alone, nor a ministry before "'s" (what it owns is named)
    # one the article names in capitals, or with a nationality, is not listed again
    text = [
        "The Ministry of Finance and the Ministry of National Health Services said so.",
        "A Pakistani finance ministry official said the finance ministry and the health ministry agreed.",
        "Pakistan's finance ministry did not comment.",
    ]
    assert organisations(entities_of(text, gazetteer)) == [
        "Ministry of Finance",
        "Ministry of National Health Services",
    ]


def test_the_home_country_s_ministry_goes_by_its_name(gazetteer: Gazetteer) -> None:
    text = ["Pakistan's Ministry of Commerce said exports grew.", "The Ministry of Commerce did not say more."]
    found = entities_of(text, gazetteer)
    assert [(org.name, org.aliases) for org in found.organizations] == [
        ("Ministry of Commerce", ("Pakistan's Ministry of Commerce",))
    ]
    # another country's by that name: the owners tell them apart
    text = ["Pakistan's Ministry of Commerce met China's Ministry of Commerce in Beijing."]
    assert organisations(entities_of(text, gazetteer)) == [
        "Pakistan's Ministry of Commerce",
        "China's Ministry of Commerce",
    ]


def test_the_article_s_own_outlet_is_no_organisation(gazetteer: Gazetteer) -> None:
    from generator.article import make_article

    text = ["The Foreign Office told Geo News that talks would go on, and Dawn News reported it."]
    article = make_article("t.txt", text)
    outlet = extract_entities(replace(article, source="Geo News"), gazetteer)
    assert organisations(outlet) == ["Foreign Office", "Dawn News"]
    # a body that issued the text acts in it: it stays
    body = extract_entities(replace(article, source="Foreign Office"), gazetteer)
    assert organisations(body) == ["Foreign Office", "Geo News", "Dawn News"]


def test_companies_known_by_a_noun_next_to_their_name(gazetteer: Gazetteer) -> None:
    text = [
        "The engineers, employed by the Chinese state contractor Gezhouba, travel to the dam.",
        "The quarry is operated by Tianshan Stone Pakistan, a subsidiary of a Xinjiang-based company.",
        "Lumora Mobile, the Shenzhen-based smartphone brand that entered the market last year, will export.",
        "Its bid for the Karachi utility K-Electric collapsed.",
    ]
    assert organisations(entities_of(text, gazetteer)) == [
        "Gezhouba",
        "Tianshan Stone Pakistan",
        "Lumora Mobile",
        "K-Electric",
    ]
    # no company: a title or a day after the noun, a person's name, a noun that goes on ("a firm believer")
    text = [
        "The company Chairman Ali Raza said so, and the firm on Monday agreed.",
        "Sana Mir, a firm believer in the plan, spoke.",
    ]
    assert organisations(entities_of(text, gazetteer)) == []


def test_a_company_named_by_an_officer_s_title(gazetteer: Gazetteer) -> None:
    text = [
        "Rachna Denim signed with Hengli Textiles.",
        "Usman Tariq, chief executive of Rachna Denim, said the plant would export.",
        "Hasan Afridi, chief executive of KP-BOIT, agreed.",  # an acronym: a body named in full elsewhere
    ]
    found = organisations(entities_of(text, gazetteer))
    assert "Rachna Denim" in found
    assert "KP-BOIT" not in found


def test_a_shorter_name_less_a_place_joins_the_full_name(gazetteer: Gazetteer) -> None:
    text = [
        "The Khyber Pakhtunkhwa Minerals Department and the State Bank of Pakistan's (SBP) governor met.",
        "The Minerals Department said the State Bank had agreed, as had the Export-Import Bank of China.",
        "Bank of China did not comment. Shanghai-listed Huaxin Energy will buy the plant.",
    ]
    found = {org.name: org.aliases for org in entities_of(text, gazetteer).organizations}
    assert found["Khyber Pakhtunkhwa Minerals Department"] == ("Minerals Department",)
    assert set(found["State Bank of Pakistan"]) == {"SBP", "State Bank"}  # no "Pakistan's" in the name
    assert "Bank of China" in found and "Export-Import Bank of China" in found  # "Export-Import" is no place
    assert "Huaxin Energy" in found  # where it is listed opens no name


def test_a_place_opening_a_company_name_is_no_place_of_the_story(gazetteer: Gazetteer) -> None:
    text = [
        "Weifang Harvest Machinery will build tractors in Sheikhupura.",
        "Weifang Harvest's country manager said the plant would open in March.",
    ]
    places = [place.name for place in entities_of(text, gazetteer).places]
    assert "Weifang" not in places and "Sheikhupura" in places
    # named on its own as well, the place is one
    also = [*text, "The engines will be shipped from Weifang."]
    assert "Weifang" in [place.name for place in entities_of(also, gazetteer).places]


def test_a_name_ending_in_a_company_word_after_a_role_firms_hold_is_no_person(gazetteer: Gazetteer) -> None:
    found = entities_of(
        [
            "The Chinese battery maker has signed a deal with its local partner, Margalla Batteries, in Lahore.",
            "Nadeem Akhtar Chaudhry, chief executive of Margalla Batteries, said output would double.",
        ],
        gazetteer,
    )
    assert set(people(found)) == {"Nadeem Akhtar Chaudhry"}


def test_a_name_ending_in_a_company_word_after_a_persons_role_stays_a_person(gazetteer: Gazetteer) -> None:
    found = entities_of(["The embassy's new press attaché, Sohail Power, said the visit would go ahead."], gazetteer)
    assert "Sohail Power" in people(found)


def test_a_name_whose_first_word_is_quoted_alone_is_written_family_name_first(gazetteer: Gazetteer) -> None:
    paragraphs = [
        "In Urumqi, Liu Haochen is counting containers at the depot his firm opened last year.",
        "\u201cThe road is the easy part,\u201d Liu said. \u201cThe paperwork is not.\u201d",
    ]
    person = people(entities_of(paragraphs, gazetteer))["Liu Haochen"]
    assert "Liu" in person.aliases


def test_a_brand_said_to_do_something_is_no_family_name_first(gazetteer: Gazetteer) -> None:
    paragraphs = [
        "Qorvana Phones, the Shenzhen-based handset brand, will add a second line in Lahore.",
        "Qorvana said it would begin exporting handsets next year.",
    ]
    assert "Qorvana Phones" not in people(entities_of(paragraphs, gazetteer))


def test_a_surname_alone_names_the_person_named_most_recently_not_a_namesake_named_later(
    gazetteer: Gazetteer,
) -> None:
    paragraphs = [
        "The man who keeps the depot running is Tariq Durrani.",
        "Durrani, 52, runs a weighbridge outside Chaman.",
        "Sadia Durrani, who is no relation, keeps a tea stall across the road. She said business was slow.",
    ]
    found = people(entities_of(paragraphs, gazetteer))
    assert "Durrani" in found["Tariq Durrani"].aliases
    assert "Durrani" not in found["Sadia Durrani"].aliases


def test_a_known_surname_after_a_namesake_named_in_full_is_that_namesake(gazetteer: Gazetteer) -> None:
    paragraphs = [
        "Senator Gul Muhammad Kakar said the Quetta water scheme was two years late.",
        "Responding to Senator Kakar, the secretary said the contractor had been paid.",
    ]
    found = people(entities_of(paragraphs, gazetteer))
    assert set(found) == {"Gul Muhammad Kakar"}
    assert "Kakar" in found["Gul Muhammad Kakar"].aliases


def test_a_company_word_ending_the_object_of_a_title_is_no_surname(gazetteer: Gazetteer) -> None:
    paragraphs = [
        "\u201cCold storage is the gap,\u201d said Nadia Rahim Baloch, Managing Director of Thar Peak Logistics."
    ]
    found = people(entities_of(paragraphs, gazetteer))
    assert set(found) == {"Nadia Rahim Baloch"}


@pytest.mark.parametrize(
    "title",
    ["Vice-Minister of Public Security", "Deputy-Governor of the State Bank", "Ex-Minister", "Vice-Chairman"],
)
def test_a_rank_hyphenated_to_its_office_is_a_title(gazetteer: Gazetteer, title: str) -> None:
    text = f"The MoU was signed by Bilal Haider and {title} Lin Qiaoyun after talks in Beijing."
    found = people(entities_of([text], gazetteer))
    assert found["Lin Qiaoyun"].role == title


@pytest.mark.parametrize("body", ["School Education De-partment", "Planning Min-istry", "Gwadar Port Au-thority"])
def test_a_body_s_word_split_at_a_line_end_is_no_name(gazetteer: Gazetteer, body: str) -> None:
    text = f"A spokesperson for the {body} said online classes would continue, Minister Bilal Haider said."
    assert list(people(entities_of([text], gazetteer))) == ["Bilal Haider"]
