"""Read stage: bytes → RawArticle (encodings, mojibake, binaries, front matter, HTML)."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import pytest

from generator.read import SeedReadError, decode_seed, read_seed

TEXT = "Gwadar talks open\n\nPakistan and China agreed on Monday to expand the port, officials said.\n"


def reason_for(data: bytes, name: str = "seed.txt") -> str:
    with pytest.raises(SeedReadError) as caught:
        decode_seed(data, name)
    assert caught.value.source_file == name
    return caught.value.reason


def test_utf8_is_read_as_is():
    assert decode_seed(TEXT.encode(), "a.txt").text == TEXT


def test_utf8_bom_is_removed():
    assert decode_seed(b"\xef\xbb\xbf" + TEXT.encode(), "a.txt").text == TEXT


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_or_without_bom_is_decoded(encoding):
    assert decode_seed(TEXT.encode(encoding), "a.txt").text == TEXT


def test_utf16_be_with_bom_is_decoded():
    assert decode_seed(b"\xfe\xff" + TEXT.encode("utf-16-be"), "a.txt").text == TEXT


def test_cp1252_smart_quotes_and_euro_are_decoded():
    text = decode_seed("\u201cQuoted\u201d \u2013 caf\u00e9 \u20ac5m.".encode("cp1252"), "a.txt").text
    assert text == "\u201cQuoted\u201d \u2013 caf\u00e9 \u20ac5m."


def test_stray_invalid_bytes_in_utf8_do_not_spoil_the_valid_characters():
    text = decode_seed("Pakistan\u2019s port.".encode() + b" Bad \xff byte.", "a.txt").text
    assert text.startswith("Pakistan\u2019s port.") and "Bad" in text


def test_mojibake_is_repaired_and_curly_quotes_kept():
    text = decode_seed("officials\u00e2\u20ac\u2122 plan and \u201cquoted\u201d".encode(), "a.txt").text
    assert text == "officials\u2019 plan and \u201cquoted\u201d"


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_endings_become_newlines(newline):
    assert decode_seed(TEXT.replace("\n", newline).encode(), "a.txt").text == TEXT


def test_no_break_and_en_spaces_become_plain_spaces():
    assert (
        decode_seed("mutual\u2002support and Mirek\u00a0Dusek".encode(), "a.txt").text
        == "mutual support and Mirek Dusek"
    )


@pytest.mark.parametrize("data", [b"", b"  \n\t\r\n  "])
def test_empty_or_whitespace_only_file_is_refused(data):
    assert "empty" in reason_for(data) or "whitespace" in reason_for(data)


def test_nul_bytes_mark_a_binary_file():
    assert "binary" in reason_for(b"abc\x00def\x00" * 100)


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", TEXT)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "word"),
    [(b"\x89PNG\r\n\x1a\n" + bytes(64), "PNG"), (b"%PDF-1.4\n" + bytes(range(256)), "PDF"), (_zip_bytes(), "ZIP")],
)
def test_image_archive_and_pdf_are_refused_by_their_magic_number(data, word):
    assert word in reason_for(data)


def test_many_control_characters_mark_a_binary_file():
    assert "control characters" in reason_for(bytes(range(1, 32)) * 20)


def test_a_few_control_characters_are_removed():
    assert decode_seed(b"Bell\x07 and escape\x1b[31m red.", "a.txt").text == "Bell and escape red."


def test_front_matter_is_split_off_and_validated():
    raw = decode_seed(
        b"---\ntitle: Port deal\ndate: 2024-09-16\nsource: Dawn\nurl: https://example.com/a\n"
        b"author: Jane Doe\ntags: [trade, energy]\nadded: '2024-09-17'\n---\n" + TEXT.encode(),
        "a.md",
    )
    fm = raw.front_matter
    assert (fm.title, fm.date, fm.source, fm.author, fm.tags, fm.added) == (
        "Port deal",
        date(2024, 9, 16),
        "Dawn",
        "Jane Doe",
        ("trade", "energy"),
        date(2024, 9, 17),
    )
    assert fm.url == "https://example.com/a" and raw.text.strip() == TEXT.strip()


def test_front_matter_date_that_is_not_a_date_names_the_key():
    assert reason_for(b"---\ndate: tomorrow\n---\n" + TEXT.encode()) == (
        "front matter: 'date' must be a date like 2024-09-16, got 'tomorrow'"
    )


@pytest.mark.parametrize(
    ("front", "words"),
    [
        (b"title: [unclosed", "not valid YAML"),
        (b"- a\n- b", "mapping"),
        (b"title: [1, 2]", "'title'"),
        (b"tags: 5", "'tags'"),
        (b"date: 2024-02-30", "day is out of range"),
        (b"added: '2024-13-01'", "'added'"),
        (b"title: !!python/object:os.system x", "not valid YAML"),
    ],
)
def test_bad_front_matter_is_refused_with_a_reason(front, words):
    assert words in reason_for(b"---\n" + front + b"\n---\n" + TEXT.encode())


def test_unknown_front_matter_key_is_a_warning():
    raw = decode_seed(b"---\ncolour: blue\n---\n" + TEXT.encode(), "a.txt")
    assert any("colour" in warning for warning in raw.warnings)


def test_unclosed_front_matter_is_read_as_text_with_a_warning():
    raw = decode_seed(b"---\ntitle: x\n" + TEXT.encode(), "a.txt")
    assert "Pakistan and China" in raw.text and raw.warnings


def test_front_matter_without_text_is_refused():
    assert "no article text" in reason_for(b"---\ntitle: Nothing else\n---\n")


def test_html_page_gives_main_text_without_script_or_style():
    page = (
        "<!doctype html><html><head><title>Gwadar talks</title><style>body{color:red}</style>"
        "<script>alert('x')</script></head><body><nav>Home | News</nav><article><h1>Gwadar talks</h1>"
        "<p>Pakistan and China agreed on Monday to expand the port at Gwadar, officials said in Islamabad.</p>"
        "<p>The project is expected to attract $1.5 billion in investment over the next five years.</p>"
        "</article></body></html>"
    )
    raw = decode_seed(page.encode(), "page.html")
    assert "alert" not in raw.text and "color" not in raw.text
    assert "\n\n" in raw.text and "expand the port at Gwadar" in raw.text
    assert raw.front_matter.title == "Gwadar talks"


def test_html_with_only_script_is_refused():
    assert "no readable" in reason_for(b"<html><body><script>alert(1)</script></body></html>", "s.html")


def test_read_seed_refuses_a_file_over_the_size_limit(tmp_path: Path):
    path = tmp_path / "big.txt"
    path.write_bytes(TEXT.encode() * 100)
    with pytest.raises(SeedReadError) as caught:
        read_seed(path, "big.txt", max_bytes=100)
    assert "limit" in caught.value.reason
    assert read_seed(path, "big.txt").text.startswith("Gwadar talks open")


MARKDOWN_CLIP = (
    "[Skip to content](#main)\n"
    "- [Energy](https://example.org/energy/)\n"
    "- [Water](https://example.org/water/)\n\n"
    "# Dam villagers wait for payments\n\n"
    "By [Amna Qureshi](https://example.org/author/amna/)\n\n"
    "![A dam site](https://example.org/dam.jpg)\n\n"
    "Villagers near the [Kohala Power Company](https://example.org/tag/kpc/) dam site said on Monday that\n"
    "they had been paid only part of the compensation promised to them three years ago.\n\n"
    "## Paid in full, says company\n\n"
    "The **company** said it had deposited the full amount with the district land collector in 2022.\n"
)


def test_markdown_seed_keeps_link_text_in_sentences_and_drops_the_markup():
    text = decode_seed(MARKDOWN_CLIP.encode(), "clip.md").text
    assert "near the Kohala Power Company dam site said on Monday that\nthey had been" in text
    assert "The company said it had deposited" in text
    assert "](" not in text and "**" not in text and "dam.jpg" not in text and "# " not in text
    assert "Dam villagers wait for payments" in text and "By Amna Qureshi" in text  # headline and byline stay


def test_markdown_sub_heading_under_running_text_goes_but_no_sentence_does():
    text = decode_seed(MARKDOWN_CLIP.encode(), "clip.md").text
    assert "Paid in full, says company" not in text
    assert text.count("\n\n") >= 4  # blocks stay paragraphs


def test_txt_seed_is_read_as_markdown_only_when_its_lines_plainly_are():
    assert "](" not in decode_seed(MARKDOWN_CLIP.encode(), "clip.txt").text
    prose = "Officials [who asked not to be named](said) the talks went well.\n\n# Not a heading\n" + TEXT
    assert decode_seed(prose.encode(), "a.txt").text.startswith("Officials [who")  # one link: plain text
    # links to scripts or data are no web clip's: such text stays as written, however many lines show them
    hostile = "".join(f"Line {n} [click me](javascript:alert('link')) here.\n\n" for n in range(4)) + TEXT
    assert "[click me](javascript:alert('link'))" in decode_seed(hostile.encode(), "a.txt").text


CHAT = (
    "[14/03/2024, 12:01:33] Media Group: \u200eMessages and calls are end-to-end encrypted.\n"
    "[20/01/2026, 11:07:02] Reporter One: 👍\n"
    "[20/01/2026, 18:47:58] PRO Office: *PRESS RELEASE*\n"
    "*PORT AUTHORITY*\n\n"
    "*PORT SIGNS FEEDER DEAL*\n\n"
    "The port authority today signed an agreement with a shipping line for a weekly feeder service between\n"
    "the two ports, officials said. The first vessel is due on the 25th, and the snake_case word stays.\n\n"
    "_Issued by: Public Relations Officer_\n"
    "[20/01/2026, 18:55:31] Reporter Two: This message was deleted\n"
    "20/01/2026, 19:02 - Reporter Three: Thanks sir\n"
)


def test_chat_export_gives_its_longest_message_without_stamps_names_or_emphasis_marks():
    text = decode_seed(CHAT.encode(), "chat.txt").text
    assert text.startswith("PRESS RELEASE\nPORT AUTHORITY\n\nPORT SIGNS FEEDER DEAL\n\nThe port authority today")
    assert "snake_case" in text and "Issued by: Public Relations Officer" in text
    assert "[20/01/2026" not in text and "deleted" not in text and "Thanks sir" not in text


def test_text_with_a_few_stamped_lines_is_no_chat_export():
    text = "[20/01/2026, 18:47:58] Note: first\n" + TEXT
    assert decode_seed(text.encode(), "a.txt").text.startswith("[20/01/2026")


def test_android_chat_export_with_a_system_line_gives_the_story_message():
    chat = (
        "10/03/2025, 08:55 - Messages and calls are end-to-end encrypted. Tap to learn more.\n"
        "10/03/2025, 09:12 - Desk: Good morning all\n"
        "10/03/2025, 09:14 - Desk: *Chinese firm to build cold store*\n\n" + TEXT + "10/03/2025, 09:20 - Reporter: 👍\n"
    )
    assert decode_seed(chat.encode(), "chat.txt").text == "Chinese firm to build cold store\n\n" + TEXT


def test_raw_script_and_style_in_a_markdown_seed_give_no_text():
    page = (
        "# Title\n\nSome text <script>alert(1)</script> and <img src=x onerror=alert(2)> more.\n\n"
        "<style>p{}</style>\n\n" + TEXT
    )
    text = decode_seed(page.encode(), "a.md").text
    assert "alert" not in text and "p{}" not in text and "onerror" not in text
    assert "Some text  and  more." in text or "Some text and more." in " ".join(text.split())


# ---- feed items and entities ----------------------------------------------------------------------

RSS_ITEM = """<item>
<title>Port deal signed &amp; sealed</title>
<link>https://www.example-news.com/story/1</link>
<pubDate>Thu, 19 Jun 2025 02:14:07 +0500</pubDate>
<dc:creator><![CDATA[Sara Khan]]></dc:creator>
<description><![CDATA[<p>A summary over the story.</p>]]></description>
<content:encoded><![CDATA[
<p>GWADAR: Officials signed the deal on Wednesday, China&#8217;s envoy said.</p>
<p>&quot;It is done,&quot; Mr&nbsp;Ali said.<br />&quot;Work starts now.&quot;</p>
<script>alert(1)</script>
]]></content:encoded>
<media:description><![CDATA[A caption on Wednesday]]></media:description>
</item>
<item>
<title>Another story</title>
<description>Glued after the first.</description>
</item>
"""


def test_rss_item_is_read_as_its_story_with_tags_dropped_and_entities_decoded():
    raw = decode_seed(RSS_ITEM.encode(), "feed.txt")
    assert raw.text.split("\n\n") == [
        "GWADAR: Officials signed the deal on Wednesday, China’s envoy said.",
        '"It is done," Mr Ali said.\n"Work starts now."\n',
    ]
    assert "<" not in raw.text and "&" not in raw.text and "alert" not in raw.text
    assert raw.front_matter.title == "Port deal signed & sealed"
    assert raw.front_matter.date == date(2025, 6, 19)  # the day as the stamp writes it, not UTC
    assert raw.front_matter.author == "Sara Khan"
    assert raw.front_matter.url == "https://www.example-news.com/story/1"


def test_atom_entry_gives_its_fields_and_front_matter_wins():
    entry = (
        "---\ntitle: Chosen title\n---\n"
        '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<entry>\n'
        '<title type="html">Feed title</title>\n'
        '<link rel="alternate" href="https://site.example.org/a/2"/>\n'
        "<published>2024-11-03T08:00:00Z</published>\n"
        "<author><name>Ali Raza</name><email>ali@site.example.org</email></author>\n"
        '<content type="html">&lt;p&gt;KARACHI: Trade rose 5pc, data showed.&lt;/p&gt;</content>\n'
        "</entry>\n</feed>\n"
    )
    raw = decode_seed(entry.encode(), "atom.txt")
    assert raw.text == "KARACHI: Trade rose 5pc, data showed.\n"
    assert raw.front_matter.title == "Chosen title"
    assert raw.front_matter.date == date(2024, 11, 3)
    assert raw.front_matter.author == "Ali Raza"
    assert raw.front_matter.url == "https://site.example.org/a/2"


def test_rss_author_as_address_and_name_gives_the_name():
    item = "<item><title>T</title><author>desk@x.com (Nadia Gul)</author><description>Body.</description></item>"
    assert decode_seed(item.encode(), "a.txt").front_matter.author == "Nadia Gul"


def test_a_whole_feed_gives_its_first_item_not_the_channel():
    feed = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n<title>Site feed</title>\n'
        "<link>https://site.example.org/</link>\n<item>\n<title>Story</title>\n"
        "<description>&lt;p&gt;LAHORE: Text of the story.&lt;/p&gt;</description>\n</item>\n</channel>\n</rss>\n"
    )
    raw = decode_seed(feed.encode(), "feed.xml.txt")
    assert raw.text == "LAHORE: Text of the story.\n"
    assert raw.front_matter.title == "Story" and raw.front_matter.url is None


def test_text_that_only_mentions_an_item_tag_is_not_a_feed():
    text = "Gwadar talks\n\nThe <item> tag was discussed on Monday, officials said.\n"
    assert decode_seed(text.encode(), "a.txt").text == text


def test_entities_in_a_plain_text_page_are_decoded_even_after_markup():
    text = "Gwadar talks\n\nA <b>bold</b> claim &amp; China&#8217;s reply&nbsp;came &mdash; on Monday. &bogus; stays.\n"
    assert decode_seed(text.encode(), "a.txt").text == (
        "Gwadar talks\n\nA <b>bold</b> claim & China’s reply came — on Monday. &bogus; stays.\n"
    )


def test_a_feed_item_of_unclosed_tags_is_read_in_linear_time():
    import time

    data = ("<item>" + "<title><description><![CDATA[x " * 60_000).encode()
    started = time.perf_counter()
    raw = decode_seed(data, "hostile.txt")
    assert time.perf_counter() - started < 5 and raw.text.strip()
