"""Hostile and broken seeds for the bad-input and injection tests (data only)."""

from __future__ import annotations

import io
import zipfile

GOOD = (
    "Pakistan and China agree on Gwadar port expansion\n\n"
    "ISLAMABAD: Pakistan and China on Monday agreed to expand cooperation at Gwadar port, officials said.\n\n"
    '"The port will become a hub for regional trade," Planning Minister Ahsan Iqbal told reporters.\n\n'
    "The project is expected to attract $1.5 billion in investment over five years.\n"
)


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", GOOD)
    return buffer.getvalue()


PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    + bytes(range(256))
)

# name → (file name, bytes, "error" if the seed must be refused with a reason, "ok" if it must build)
BAD_INPUT: dict[str, tuple[str, bytes, str]] = {
    "empty": ("empty.txt", b"", "error"),
    "whitespace only": ("blank.txt", b"  \n\t\n  \r\n", "error"),
    "newlines only": ("newlines.txt", b"\n" * 500, "error"),
    "png image": ("image.txt", PNG, "error"),
    "png named html": ("image.html", PNG, "error"),
    "zip archive": ("archive.txt", _zip(), "error"),
    "pdf": ("doc.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n" + bytes(range(256)) * 4, "error"),
    "nul bytes": ("nul.txt", b"abc\x00def\x00" * 100, "error"),
    "random binary": ("random.txt", bytes((i * 7919) % 256 for i in range(4000)), "error"),
    "huge 20 MB": ("huge.txt", (GOOD * 60_000).encode()[:20_000_000], "error"),
    "utf-8 with bom": ("bom.txt", "\ufeff".encode() + GOOD.encode(), "ok"),
    "utf-16 le bom": ("u16le.txt", GOOD.encode("utf-16"), "ok"),
    "utf-16 be bom": ("u16be.txt", b"\xfe\xff" + GOOD.encode("utf-16-be"), "ok"),
    "utf-16 le no bom": ("u16le-nobom.txt", GOOD.encode("utf-16-le"), "ok"),
    "utf-16 be no bom": ("u16be-nobom.txt", GOOD.encode("utf-16-be"), "ok"),
    "cp1252": ("cp1252.txt", (GOOD + "\n\u201cQuoted\u201d \u2013 caf\u00e9 \u20ac5m.\n").encode("cp1252"), "ok"),
    "invalid utf-8 bytes": ("invalid.txt", GOOD.encode() + b"\n\nBad bytes \xff\xfe\xc3 here.\n", "ok"),
    "mojibake": ("mojibake.txt", GOOD.replace("officials", "officialsâ€™").encode(), "ok"),
    "cr line endings": ("cr.txt", GOOD.replace("\n", "\r").encode(), "ok"),
    "crlf line endings": ("crlf.txt", GOOD.replace("\n", "\r\n").encode(), "ok"),
    "mixed line endings": ("mixed.txt", GOOD.replace("\n\n", "\r\n\n", 1).replace("\n\n", "\r\r", 1).encode(), "ok"),
    "front matter not yaml": ("fm-bad.txt", b"---\ntitle: [unclosed\n---\n" + GOOD.encode(), "error"),
    "front matter a list": ("fm-list.txt", b"---\n- a\n- b\n---\n" + GOOD.encode(), "error"),
    "front matter a string": ("fm-string.txt", b"---\njust words\n---\n" + GOOD.encode(), "error"),
    "front matter date tomorrow": ("fm-date.txt", b"---\ndate: tomorrow\n---\n" + GOOD.encode(), "error"),
    "front matter title list": ("fm-title.txt", b"---\ntitle: [1, 2]\n---\n" + GOOD.encode(), "error"),
    "front matter impossible date": ("fm-feb30.txt", b"---\ndate: 2024-02-30\n---\n" + GOOD.encode(), "error"),
    "front matter tags not list": ("fm-tags.txt", b"---\ntags: 5\n---\n" + GOOD.encode(), "error"),
    "front matter unclosed": ("fm-open.txt", b"---\ntitle: x\n" + GOOD.encode(), "ok"),
    "front matter yaml tag": ("fm-tag.txt", b"---\ntitle: !!python/object:os.system x\n---\n" + GOOD.encode(), "error"),
    "front matter only": ("fm-only.txt", b"---\ntitle: Nothing else\n---\n", "error"),
    "front matter unknown key": ("fm-extra.txt", b"---\ncolour: blue\n---\n" + GOOD.encode(), "ok"),
    "no paragraphs just furniture": (
        "furniture.txt",
        b"Skip to Content\nRecommended Articles\nCurrent Time 0:00\n",
        "error",
    ),
    "single line": ("one-line.txt", b"Pakistan and China signed an agreement on Monday in Islamabad.", "ok"),
    "100 kB line": ("long-line.txt", ("Pakistan and China agreed. " * 4000).encode(), "ok"),
    "5000 quotes": (
        "many-quotes.txt",
        ("\n\n".join(f'"Quote number {i} is here," he said.' for i in range(5000))).encode(),
        "ok",
    ),
    "unbalanced quotes": (
        "unbalanced.txt",
        (GOOD + '\n\n"This never closes.\n\nNor “this one.\n\n” Stray.\n').encode(),
        "ok",
    ),
    "only quotation marks": ("marks.txt", ('"' * 3000 + "\n\n" + "“”" * 1000).encode(), "ok"),
    "deep nesting brackets": ("nesting.txt", (GOOD + "\n\n" + "(" * 5000 + "x" + ")" * 5000).encode(), "ok"),
    "control characters": ("control.txt", (GOOD + "\n\nBell\x07 and escape\x1b[31m red.\n").encode(), "ok"),
    "right to left text": ("rtl.txt", (GOOD + "\n\nپاکستان اور چین نے معاہدہ کیا۔\n").encode(), "ok"),
    "chinese text": ("zh.txt", (GOOD + "\n\n中国和巴基斯坦签署了协议。\n").encode(), "ok"),
    "emoji and astral": ("emoji.txt", (GOOD + "\n\nFlags 🇵🇰🇨🇳 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢.\n").encode(), "ok"),
    "zero width characters": ("zw.txt", GOOD.replace("Gwadar", "Gwa\u200bdar\u200d").encode(), "ok"),
    "html document": (
        "page.html",
        (
            "<!doctype html><html><head><title>Gwadar talks</title><style>body{color:red}</style>"
            "<script>alert('x')</script></head><body><nav>Home | News</nav><article><h1>Gwadar talks</h1>"
            + "".join(f"<p>{line}</p>" for line in GOOD.split("\n\n"))
            + "</article></body></html>"
        ).encode(),
        "ok",
    ),
    "html with only script": ("script-only.html", b"<html><body><script>alert(1)</script></body></html>", "error"),
    "markdown seed": ("note.md", ("---\ntitle: A note\ndate: 2024-01-02\n---\n\n" + GOOD).encode(), "ok"),
    "name with spaces": ("my article (copy).txt", GOOD.encode(), "ok"),
    "non latin name": ("پاکستان-چین.txt", GOOD.encode(), "ok"),
    "chinese name": ("中巴经济走廊.txt", GOOD.encode(), "ok"),
    "leading dot": (".hidden.txt", GOOD.encode(), "error"),
    "wrong extension": ("notes.docx", GOOD.encode(), "error"),
    "upper case extension": ("SHOUT.TXT", GOOD.encode(), "ok"),
    "very many paragraphs": (
        "paragraphs.txt",
        "\n\n".join(["Pakistan and China agreed on trade."] * 3000).encode(),
        "ok",
    ),
    "date far future": ("fm-2999.txt", b"---\ndate: 2999-01-01\n---\n" + GOOD.encode(), "ok"),
    "tabs and nbsp": ("tabs.txt", GOOD.replace(" ", "\t", 5).replace(" ", "\u00a0", 5).encode(), "ok"),
    "bom then front matter": ("bom-fm.txt", "\ufeff---\ntitle: With BOM\n---\n".encode() + GOOD.encode(), "ok"),
    "windows-1252 smart quotes": ("smart.txt", b"\x93Hello,\x94 he said. " + GOOD.encode("cp1252"), "ok"),
    "latin-1 only": ("latin1.txt", ("Caf\u00e9 na\u00efve. " + GOOD).encode("latin-1"), "ok"),
    "surrogate escapes": ("surrogate.txt", GOOD.encode() + b"\xed\xa0\x80 lone surrogate.", "ok"),
}

# Payloads that must show as text and never execute, load or change the page.
INJECTION: dict[str, str] = {
    "script": "<script>alert('script')</script>",
    "img onerror": "<img src=x onerror=alert('img')>",
    "svg onload": "<svg onload=alert('svg')></svg>",
    "iframe": '<iframe src="http://example.com/"></iframe>',
    "javascript link": "[click me](javascript:alert('link'))",
    "data link": "[open](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "raw html block": '<div style="position:fixed;inset:0;background:red">overlay</div>',
    "jinja": "{{ config.site_name }} {% for x in range(3) %}loop{% endfor %}",
    "snippet": '--8<-- "/etc/passwd"',
    "admonition": '!!! danger "Injected"',
    "attribute list": "Paragraph text {: .md-button onclick=\"alert('attr')\" }",
    "emoji": ":smile: :material-alert: shortcodes",
    "html comment": "<!-- the rest of the page disappears",
    "heading": "# Injected heading",
    "table": "| a | b |\n|---|---|\n| c | d |",
    "link reference": "[ref]: http://example.com/\n[x][ref]",
    "autolink": "<http://example.com/track>",
    "style": "<style>body{display:none}</style>",
    "object": '<object data="http://example.com/x.swf"></object>',
    "meta refresh": '<meta http-equiv="refresh" content="0;url=http://example.com/">',
}


def injection_seed(name: str, payload: str) -> str:
    """An ordinary article carrying `payload` in its body and in a quote."""
    return (
        f"Gwadar briefing {name}\n\n"
        f"ISLAMABAD: Officials met on Monday. {payload}\n\n"
        f'"We reject {payload} entirely," Planning Minister Ahsan Iqbal told reporters.\n\n'
        f"{payload}\n"
    )


FRONT_MATTER_INJECTION = (
    "---\n"
    "title: \"</title><script>alert('title')</script><img src=x onerror=alert('t2')>\"\n"
    "source: \"<svg onload=alert('source')>\"\n"
    "author: \"[x](javascript:alert('author'))\"\n"
    "url: \"javascript:alert('url')\"\n"
    "tags: [\"<script>alert('tag')</script>\"]\n"
    "date: 2024-05-01\n"
    "---\n\n" + GOOD
)
