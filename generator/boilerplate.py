"""Patterns of page furniture and metadata lines in scraped news copy (data only, no logic).

Every pattern is matched against one stripped line with `fullmatch` unless said otherwise, so a
body sentence that merely mentions "subscribe" or "video" is never taken for furniture.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
WEEKDAYS = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday|rsday)?\.?"
TIME = (
    r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?"
    r"(?:\s*(?:PKT|PST|PDT|GMT|UTC|BST|CST|CDT|MST|MDT|IST|ET|EST|EDT|JST|KST|HKT|SGT|CET|CEST|EET|EEST|WET|AEST|AEDT|ICT|WIB|MSK|GST|AST"
    r"|(?:Eastern|Central|Pacific|Mountain|Pakistan|China|India|Greenwich\s+Mean)(?:\s+(?:Standard|Daylight))?\s+Time)"
    r"(?:\s*[+\-]\s*\d{1,2}(?::?\d{2})?)?)?"
)
# "Updated 2 hours ago", "5 mins ago": a relative age, part of a timestamp line.
AGE = r"(?:about\s+)?(?:an?|\d+)\s+(?:min(?:ute)?s?|hours?|hrs?|days?)\s+ago|just\s+now"

# A date as written on its own: 2024-09-16, 16/09/2024, 16-Sep-2024, Sept 16, 2024, 16 September 2024, and
# 2024.09.16 (Radio Free Asia, Korean and Chinese sites: year first, then month and day, never day first).
DATE = (
    rf"(?:(?:{WEEKDAYS},?\s+)?(?:\d{{4}}-\d{{1,2}}-\d{{1,2}}(?:T\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:Z|[+\-]\d{{2}}:?\d{{2}})?)?|\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|\d{{4}}/\d{{1,2}}/\d{{1,2}}|\d{{4}}\.\d{{1,2}}\.\d{{1,2}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{4}}|\d{{1,2}}-\d{{1,2}}-\d{{4}}|"
    rf"\d{{1,2}}-{MONTHS}-\d{{4}}|"
    rf"{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*,\s*|\s+)\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTHS}(?:\s*,\s*|\s+)\d{{4}}))"
)
STAMP_LABEL = (
    r"(?:Last\s+)?(?:Published|Posted|Issued|Updated?|Modified|First\s+published|Dated|Date|Time)(?:\s+(?:on|at))?"
)
_SEPARATOR = r"(?:on|at|[|·•,.:\-–—/()]|\s)"
# A line that is nothing but dates, times, labels and separators ("2024-09-16 17:31 Last Updated At:19:57").
TIMESTAMP_LINE = re.compile(rf"(?:{DATE}|{TIME}|{AGE}|{STAMP_LABEL}|{_SEPARATOR})+", _I)
TIMESTAMP_MAX_LENGTH = 120  # longer lines are never timestamps (and are not worth the regular expression)
ANY_DATE = re.compile(DATE, _I)
# "Published: 12 March 2023" / "Updated on Sept 16, 2024 10:00" — the label says which date it is.
PUBLISHED_LABEL = re.compile(r"(?:Published|Posted|Issued|First\s+published|Dated|Date)\b", _I)
UPDATED_LABEL = re.compile(r"(?:Last\s+)?(?:Updated?|Modified)\b", _I)
# "Recorder Report Published 16 Sep, 2024 05:34am": a byline or desk name, then a labelled stamp.
LABELLED_STAMP = re.compile(
    r"(?P<before>.{0,60}?)\s*[|·•,\-–—]?\s*\b(?P<label>(?:Last\s+)?(?:Published|Posted|Updated|Modified))\b(?P<stamp>.{4,80})",
    _I,
)
# The longest line (spaces single) LABELLED_STAMP can match: its before, separator, longest label, stamp.
LABELLED_STAMP_MAX_LENGTH = 60 + len(" | ") + len("Last Published") + 80
BARE_TIME_LINE = re.compile(
    rf"(?:{STAMP_LABEL}\s*:?\s*)?(?:{TIME}|{AGE})",
    _I,
)

# Agencies and desks whose name alone on a line (or after a byline) is the article's source.
AGENCIES = frozenset(
    ["reuters", "afp", "ap", "associated press", "app", "xinhua", "pti", "ians", "ani", "inp", "nni", "ppi",
     "online", "bloomberg", "prnewswire", "pr newswire", "business wire", "globe newswire", "anadolu", "kyodo",
     "yonhap", "tass", "bernama", "irna", "wam", "spa", "apa", "dpa", "efe", "ansa", "wealthpk", "inp-wealthpk",
     "agencies", "news agencies"]
)  # fmt: skip
# Bylines that name a desk, not a person: the author stays unknown.
GENERIC_BYLINES = frozenset(
    ["our correspondent", "a correspondent", "staff reporter", "staff correspondent", "special correspondent",
     "our staff reporter", "web desk", "news desk", "monitoring desk", "monitoring report", "online desk",
     "business desk", "sports desk", "desk report", "news report", "staff", "agencies", "newswire", "correspondent",
     "reporter", "our reporter", "editorial board", "the editorial board", "recorder report", "editorial",
     "web team", "news team", "digital desk", "digital team", "editorial team"]
)  # fmt: skip
AGENCY_LINE_SEPARATOR = re.compile(r"\s*(?:[|,/&+]|\band\b)\s*", _I)
# A reader-comment box's controls, each alone on its line: the character counter ('1000 characters',
# 'Characters left: 500') and a comment's vote button ('Recommend 0', 'Recommended (12)').
COMMENT_COUNTER = (
    r"\d{1,5}\s+characters?(?:\s+(?:left|remaining|max(?:imum)?))?|characters?\s+(?:left|remaining)\s*:?\s*\d{1,5}"
)
COMMENT_VOTE = r"recommend(?:s|ed)?\s*[:(]?\s*\d{1,6}\s*\)?"
# "Editor: huaxia", "(Web editor: Tian Yumei, Wu Chaolan)", "[Editor: Liu Xin]": the desk's credit under a story.
EDITOR_LINE = re.compile(
    r"[(\[]?\s*(?:(?:web|chief|managing|responsible|duty|news)\s+)?"
    r"(?:editor|edited\s+by|reporting\s+by|writing\s+by|compiled\s+by)\s*:.{0,80}",
    _I,
)

_CREDIT_NAME = r"(?-i:[A-Z](?:[\w'’\-]+|\.))(?:\s+(?-i:[A-Z](?:[\w'’\-]+|\.))){0,3}"
_CREDIT_NAMES = (
    rf"{_CREDIT_NAME}(?:\s+in\s+{_CREDIT_NAME})?(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*){_CREDIT_NAME}){{0,5}}"
)
_CREDIT = (
    r"(?:(?:copy-?|sub-?)?edit(?:ed|ing)|translat(?:ed|ion)(?:\s+from\s+(?-i:[A-Z])\w+)?|fact-?check(?:ed|ing)|"
    r"(?:additional\s+)?(?:reporting|writing|research(?:ed)?))\s+by(?:\s*:)?\s*"
)
# A line of the desk's credits, at least one of them an editor's or a translator's (a line crediting only the
# reporter may be the byline): "(Edited by Sanya Mathur)", "Reporting by A B; Editing by C D". The lookahead
# asks for the editor's word; the credits themselves match one way only (each opens with its 'by' phrase).
EDIT_CREDITS = (
    # the look for the editor's word only on a line opening with a credit: running text fails at once
    rf"[(\[]?\s*(?={_CREDIT})"
    r"(?=.{0,300}?\b(?:(?:copy-?|sub-?)?edit(?:ed|ing)|translat(?:ed|ion)|fact-?check(?:ed|ing))"
    r"\s+(?:from\s+\w+\s+)?by\b)"
    rf"{_CREDIT}{_CREDIT_NAMES}(?:\s*[.;,|]\s*{_CREDIT}{_CREDIT_NAMES})*\s*\.?\s*[)\]]?\.?"
)

_HASHTAG = r"#[^\W_][\w&'’\-]*(?:\s+[\w&'’\-]+){0,3}"  # a tag's next words hold no '#': one way to match

# Bylines: "By Jane Doe", "By Jane Doe and John Roe", "By Jane Doe | Reuters", "Jane Doe, Staff Reporter".
NAME = r"(?:[A-Z][\w'’\-]+\.?|[A-Z]\.)(?:\s+(?:[A-Z][\w'’\-]+\.?|[A-Z]\.|bin|ibn|ul|ud|al|de|van|von|der)){0,4}"
BYLINE = re.compile(
    rf"(?:[Ww]ritten\s+)?(?:By|BY|by):?\s+(?P<name>{NAME}(?:\s*(?:,|and|&)\s*{NAME})*)"
    # where the reporter is: "By YANG RUOXI in Chengdu"
    r"(?:\s+in\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})?"
    # the outlet in brackets and the stamp after it: "By Ren Jiahui (People's Daily Online) 16:27, January 19, 2026"
    rf"(?:\s*(?:[|,–—-]|for|(?=\())\s*(?P<rest>.{{0,60}}))?",
)
# A blog's date-and-author line: "March 17, 2026 by Noor Muhammad Hunzai", "Posted on 3 March 2025 by Jane Doe".
STAMP_BYLINE = re.compile(
    rf"(?:(?i:posted|published|updated)\s+(?:(?i:on)\s+)?)?(?P<date>{DATE})(?:\s*,?\s*(?:at\s+)?{TIME})?\s*[|·•,\-–—]?\s*"
    rf"by\s+(?P<name>{NAME}(?:\s*(?:,|and|&)\s*{NAME})*)"
)
STAMP_BYLINE_MAX_LENGTH = 140
# "Jane Doe, Staff Reporter" / "Jane Doe | Our Correspondent, Dawn".
BYLINE_ROLE = re.compile(
    rf"(?P<name>{NAME})\s*[,|–—-]\s*(?:[A-Z][\w&\-]*\s+)?(?i:our\s+|special\s+|senior\s+|staff\s+)?"
    r"(?i:reporter|correspondent|writer|bureau\s+chief|editor|contributor|staff)"
    # where the reporter is, in brackets: "Senior Correspondent (Beijing)"
    r"(?:\s*\([A-Z][\w'’\- ]{1,30}\))?"
    r"(?:\s*[,|–—-]\s*(?P<rest>.{1,40}))?",
)
# "Reporter: Jane Doe", "Reported by: Jane Doe", "Rapporteur: Jane Doe, Research Associate, CPSC",
# "Analyst: Jane Doe, CFA | jane@example.com | +92-21-000": a byline with a label (the writer's job, desk and
# contacts after commas or bars are no part of the name).
BYLINE_LABELLED = re.compile(
    rf"(?i:reporter|correspondent|reported\s+by|written\s+by|author|text|rapporteur|analysts?)\s*[:：]\s*(?P<name>{NAME})"
    r"(?P<rest>)(?:\s*,\s*[A-Z][\w&'’\-]*(?:\s+[\w&'’\-]+){0,4}){0,3}"
    r"(?:\s*\|\s*[^|]{1,60}){0,3}"  # a research note's analyst line: '| e-mail | phone'
)
BYLINE_STRICT_NAME = re.compile(NAME)
# Job titles a byline may give after the name: "By Rabia Anwar, Editor".
BYLINE_ROLE_TITLES = frozenset(
    ["editor", "senior editor", "managing editor", "deputy editor", "executive editor", "editor-in-chief",
     "reporter", "senior reporter", "staff reporter", "correspondent", "senior correspondent", "staff writer",
     "contributor", "columnist", "analyst", "founder", "publisher"]
)  # fmt: skip
# The last words of such job titles: "Legal Correspondent", "Senior Business Reporter".
BYLINE_ROLE_ENDINGS = frozenset(title.split()[-1] for title in BYLINE_ROLE_TITLES) | {"writer", "columnist"}
# Honorifics a byline may put before the writer's name ("By Dr. Sana Mirza"): not part of the author's name.
BYLINE_HONORIFICS = frozenset(["dr", "dr.", "prof", "prof.", "professor", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
                               "engr", "engr."])  # fmt: skip
# A wire's flag glued before its headline: "CORRECTED-", "UPDATE 2-", "REFILE-".
WIRE_FLAG = re.compile(r"(?:CORRECTED|CORRECTION|UPDATE\s?\d{0,2}|REFILE|RPT)-(?=\S)")
# A newsletter's issue number: "Weekly briefing | Issue No. 118 | Friday, 21 November 2025".
ISSUE_NUMBER = re.compile(r"(?:issue|edition|vol(?:ume)?\.?)\s*(?:no\.?|number|#)?\s*\d{1,5}", _I)
# Words that show a short capitalised line is a label, not a person's name.
NOT_NAME_WORDS = frozenset(
    [
        "news",
        "world",
        "business",
        "pakistan",
        "china",
        "chinese",
        "pakistani",
        "asia",
        "economy",
        "politics",
        "sports",
        "opinion",
        "editorial",
        "home",
        "latest",
        "top",
        "stories",
        "video",
        "videos",
        "photos",
        "live",
        "international",
        "national",
        "breaking",
        "local",
        "region",
        "regional",
        "technology",
        "tech",
        "science",
        "health",
        "lifestyle",
        "entertainment",
        "culture",
        "markets",
        "market",
        "trade",
        "finance",
        "investment",
        "report",
        "reports",
        "analysis",
        "feature",
        "features",
        "story",
        "stories",
        "section",
        "more",
        "related",
        "menu",
        "search",
        "login",
        "sign",
        "the",
        "of",
        "and",
        "in",
        "on",
        "for",
        "to",
        "with",
        "a",
        "an",
        "at",
        "by",
        "from",
        "islamabad",
        "beijing",
        "karachi",
        "lahore",
        "says",
        "said",
        "agreement",
        "talks",
        "deal",
        "minister",
        "ministry",
        "government",
        "ambassador",
        "president",
        "premier",
        "press",
        "release",
        "facebook",
        "twitter",
        "whatsapp",
        "email",
        "share",
        "print",
        "linkedin",
        "telegram",
    ]
)

# "Credit: INP-WealthPk", "Source: APP", "Courtesy: Dawn", "Photo credit: Xinhua".
CREDIT_LINE = re.compile(
    r"(?:Photo\s+|Image\s+|Picture\s+|News\s+)?(?:Credit|Credits|Source|Courtesy|Via|来源|ذریعہ)\s*[:：\-–]\s*(?P<source>.{2,60}?)\s*\.?",
    _I,
)
# A photo credit names a photographer or agency for the picture, not the article's source.
PHOTO_CREDIT = re.compile(r"(?:Photo|Image|Picture|File\s+photo)\b", _I)

# Datelines opening a body paragraph. The agency after the place is the source.
#   BEIJING, Nov. 3, 2022 /PRNewswire/ --     ISLAMABAD, Oct. 11 (Xinhua) --     KARACHI (Reuters) -
#   ISLAMABAD, March 4 (APP):                 LAHORE: ...
PLACE = r"[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,3}(?:,\s+[A-Z][a-zA-Z.]+){0,2}"
DATELINE = re.compile(
    rf"(?P<place>{PLACE})\s*(?:,\s*(?P<date>{MONTHS}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+{MONTHS}(?:,?\s*\d{{4}})?))?"
    r"\s*(?:/(?P<wire>[A-Za-z][\w .&\-]{1,30})/|\((?P<agency>[A-Za-z][\w .&\-]{1,30})\))?"
    r"\s*(?:--|[-–—:])\s+"
)
# "ANKARA", "NEW DELHI": a place in capitals alone on its line (no comma, date nor agency).
PLACE_LINE = re.compile(r"[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+){0,2}")
# "Islamabad, Oct. 11 (APP): …" — a place written in title case is a dateline only with an agency after it.
DATELINE_TITLE_CASE = re.compile(
    r"(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}(?:,\s+[A-Z][a-z]+)?)"
    rf"\s*(?:,\s*(?P<date>{MONTHS}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+{MONTHS}(?:,?\s*\d{{4}})?))?"
    r"\s*(?:/(?P<wire>[A-Z][\w .&\-]{1,30})/|\((?P<agency>[A-Z][\w .&\-]{1,30})\))"
    r"\s*(?:--|[-–—:])\s+"
)
# "Peshawar, April 22: …": a handout's dateline, the place in title case with the date (no agency). Only
# asked of the paragraph under a caption-like line (clean._is_caption_over_dateline).
DATED_DATELINE_TITLE_CASE = re.compile(
    rf"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}},\s*(?:{MONTHS}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTHS})(?:,?\s*\d{{4}})?"
    r"\s*(?:--|[-–—:])\s+"
)

# A document's series and number: "Press Release No. 412/2025", "POLICY BRIEF No. 14", "Working Paper No. 3".
DOCUMENT_NUMBER = (
    r"(?:(?:press|news|media)\s+release|press\s+statement|hand[\s\-]?out|(?:policy|issue|research)\s+brief|"
    r"(?:working|discussion|research|occasional|policy)\s+paper)\s+(?:no|number)\.?\s*[:#]?\s*\d{1,5}(?:[/\-.]\d{1,5})?"
)
DOCUMENT_NUMBER_LINE = re.compile(DOCUMENT_NUMBER, _I)
# The banner an archive or a search engine's cache puts over its saved copy of a page: never the story.
ARCHIVE_BANNERS = (
    r"this\s+is\s+google(?:'|’)?s\s+cache\s+of\s+\S+.{0,300}",
    r"the\s+current\s+page\s+could\s+have\s+changed\s+in\s+the\s+meantime\.?(?:\s+learn\s+more\.?)?",
    r"full\s+version\s*\|?\s*text-only\s+version(?:\s*\|?\s*view\s+source)?",
    r"tip\s*:\s*to\s+quickly\s+find\s+your\s+search\s+term\s+on\s+this\s+page\b.{0,120}",
    r"the\s+wayback\s+machine\s*[-–—:]\s*\S+",
    r"saved\s+\d[\d,]*\s+captures?(?:\s+.{0,60})?|\d[\d,]*\s+captures?|about\s+this\s+capture|collected\s+by",
    r"archive\.(?:today|ph|is|li|vn|fo|md)(?:\s+webpage\s+capture)?",
    r"saved\s+from\s+https?://\S+(?:\s+.{0,80})?|all\s+snapshots\s+from\s+host\s+\S+|webpage\s+screenshot",
)
# Endings that never open an English word: a line ending 'connec-' and the next starting 'tion' is one word
# hyphenated by the layout of a PDF, to be mended ('tricity' is not here: 'elec-tricity' keeps its hyphen).
WORD_ENDINGS = (
    "tion", "sion", "ment", "ness", "ity", "ities", "fied", "fies", "ture", "tures", "ing", "ings", "ance", "ence",
    "ible", "ical", "ally", "ously", "ized", "ised", "izing", "ising", "ation",
)  # fmt: skip
# "Page 3 of 6", "www.cecs.org.pk      Page 1 of 2": a page number of text converted from a PDF, alone or
# set off from a running footer by a bar or a run of spaces (never "page 3" inside a sentence).
PAGE_NUMBER_LINE = re.compile(
    r"(?:.{0,100}?(?:\s{3,}|\s*[|·•]\s*))?page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?"
    r"(?:(?:\s{3,}|\s*[|·•]\s*).{0,100})?",
    _I,
)
# A disclaimer closing a report: "The views expressed are those of the author." (any sentence before it).
DISCLAIMER = re.compile(
    r"(?:disclaimer\s*:\s*)?(?:.{0,200}?[.!?]\s+)?the\s+views\s+(?:and\s+opinions\s+)?expressed\s+(?:\w+\s+){0,4}?"
    r"(?:are\s+(?:those|solely|the\s+author)|do\s+not\s+necessarily)\b.{0,200}"
    # any labelled disclaimer ('Disclaimer: This report is for information only …')
    r"|disclaimer\s*[:\-–—]\s*.{0,300}"
    # a research note's analyst certification: 'Analyst Certification: The research analyst(s) named …'
    r"|(?:analysts?(?:'|’)?\s+)?certification\s*[:\-–—]\s*.{0,400}"
    # a translation's: 'The English version … is for reference only. … the Chinese version shall prevail.'
    r"|.{0,200}?\b(?:version|text|translation)\s+(?:shall|will)\s+prevail\b.{0,100}",
    _I,
)
DISCLAIMER_WORDS = ("expressed", "disclaimer", "prevail", "certification")
# A licence number under a Chinese site's footer: '京ICP备06023345号', 'ICP证 110101号'.
ICP_LICENCE = re.compile(r".{0,60}ICP\s*[备證证]\s*\d{6,}\s*号(?:\s*-\s*\d+)?.{0,80}")
# The heading over a list of sources under an article: the story ends above it.
REFERENCES_HEADING = re.compile(
    r"(?:references|notes|footnotes|endnotes|sources|bibliography|works\s+cited|notes\s+and\s+references)\s*:?", _I
)
# An entry of such a list: '[1] CPEC Authority, …', '1. CPEC Authority …', '¹ …'.
FOOTNOTE_ENTRY = re.compile(r"(?:\[\d{1,3}\]|\d{1,3}[.)]|[¹²³⁴⁵⁶⁷⁸⁹]|\^\d{1,3})\s*\S.*")

_CONTACT = (
    r"(?:(?:ph|tel|phone|fax|mobile|cell|uan)\s*[.:#]?\s*[+\d][\d()\-\s/]{5,30}"
    r"|(?:e-?mail|web(?:site)?)\s*[.:]?\s*\S+@?\S*)"
)
# Lines of page chrome: navigation, video player, sharing, ads, cookie banners, tickers, "Read more".
FURNITURE = tuple(
    re.compile(pattern, _I)
    for pattern in (
        r"[-=_*~#•·—–─]{3,}|[—–\-]",  # horizontal rules, and a dash alone on its line (a dateline block's)
        r"(?!by\s)(?:[^>»|]{1,30}(?:>>?|»|\|)\s*){2,}[^>»|]{0,30}",  # breadcrumbs and link bars: Home > World > Asia
        r"(?:[\w.&'’\-]+(?:\s[\w.&'’\-]+)?\s{2,}){3,}[\w.&'’\-]+",  # a menu spaced out: WORLD  U.S.  POLITICS  SPORTS
        # a section path of short labels: Business > Automobiles, Home / Economy / News
        r"[\w&'’\-]+(?:\s[\w&'’\-]+){0,2}(?:\s+[>»/]\s+[\w&'’\-]+(?:\s[\w&'’\-]+){0,2})+",
        # a navigation bar opening with Home: Home Latest Pakistan Opinion Business Sport World
        r"home(?:\s+(?-i:[A-Z][\w&'’\-]*)){3,}",
        r"transcript\s*:?|story\s+highlights\s*:?",
        r"save\s+(?:articles?|stories)\s+to\s+read\s+later\b.{0,80}",
        # a call to like or follow the outlet: "Like Business on Facebook, follow @Desk on Twitter to …"
        r"(?:like|follow)\s+.{1,60}?\s+on\s+(?:facebook|twitter|x|instagram|youtube|linkedin|whatsapp|telegram)\b.{0,120}",
        r"follow\s+(?-i:[A-Z@][\w@&'’\-]*)(?:\s+[\w@&'’\-]+){0,3}\s*:",  # Follow Outlet English:
        r"(?:you\s+must\s+be\s+)?(?:logged\s+in|log\s*in|sign\s*in|signed\s+in)\s+to\s+(?:post\s+)?(?:a\s+)?"
        r"(?:comments?|reply)\b.{0,40}|leave\s+a\s+(?:comment|reply)",
        r"(?:[—–\-]\s*)?\(?\s*with\s+(?:inputs?|additional\s+inputs?|(?:additional\s+)?assistance)"
        r"\s+from\s+[\w ,&'’\-]{2,60}\)?\.?",
        r"\d{1,4}",  # a bare number: a comment or share count, a page number
        # a caption whose bracketed credit closes it: "A worker cleans panels [File: Getty Images]"
        r".{10,250}?\s\[(?:file|photo|image|picture)(?:\s+photo)?\s*:\s*[^\]]{2,60}\]",
        r"skip\s+to\s+(?:main\s+)?(?:content|navigation|main).*",
        r"(?:toggle\s+)?(?:navigation|menu|main\s+menu|search|close|open|home|back\s+to\s+top|go\s+to\s+top)",
        r"video\s+player\s+is\s+loading\.?",
        r"(?:current\s+time|duration|remaining\s+time|stream\s+type|loaded|playback\s+rate|seek\s+to\s+live)"
        r"\s*:?\s*(?:-?\d{1,2}:\d{2}|-:-|live|\d{1,3}(?:\.\d+)?\s*%|\d+(?:\.\d+)?x)?\s*",
        r"\d(?:\.\d+)?x(?:,\s*selected)?",
        r"(?:[•·▪●\-*]\s*)?(?:chapters|descriptions?(?:\s+off)?|captions?(?:\s+(?:off|on|settings))?|subtitles?"
        r"(?:\s+(?:off|on|settings))?|audio\s+track|quality|fullscreen|mute|unmute|play|pause|replay|"
        r"picture-in-picture|playback\s+rate|text\s+track\s+settings|captions\s+and\s+subtitles\s+off)"
        r"(?:,\s*selected)?\s*",
        # the settings button as a screen reader reads it: "captions settings, opens captions settings dialog"
        r"(?:captions?|subtitles?|descriptions?|text\s+track|audio\s+track)\s+settings\s*,\s*opens\s+"
        r"[\w ]{0,40}?settings\s+dialog",
        # a caption set after a story, saying what its cover picture shows: "(Cover: Wind turbines … /Credit)"
        # or its header picture: "(Header image: A street in Yiwu’s merchants’ district, 2024. VCG)"
        r"\(\s*(?:cover(?:\s+(?:photo|image|picture|graphic))?|(?:header|lead|top|main|featured?|hero|banner)\s+"
        r"(?:photo|image|picture|graphic))\s*:\s*.{5,300}\)\.?",
        # a line of hashtags: "#trade #Belt and Road #migrants" (two tags or more, each of up to four words)
        rf"{_HASHTAG}(?:\s*[,·|]?\s*{_HASHTAG})+",
        r"print\s+friendly(?:\s*,?\s*pdf\s*(?:&|and)\s*e-?mail)?",  # a print button: "Print Friendly, PDF & Email"
        COMMENT_COUNTER,
        COMMENT_VOTE,
        r"search\s+trends|(?:trending|hot|top|popular)\s+searches",  # a sidebar's heading
        r"(?:this\s+is\s+a\s+modal\s+window\.?|beginning\s+of\s+dialog\s+window.*|end\s+of\s+dialog\s+window\.?)",
        r"(?:no\s+compatible\s+source\s+was\s+found\s+for\s+this\s+media\.?)",
        r"(?:recommended|related|more|latest|popular|trending|top|editor'?s?\s+picks?)"
        r"(?:\s+(?:articles?|stories|posts|news|reads?|videos?|content|coverage|reading|from\s+\w+.*))?\s*:?",
        r"hot\s*[·•|:\-]?\s*posts?",
        r"(?:also\s+(?:read|watch|see|on\s+this\s+page)|watch\s+also|read\s+more|read\s+also|see\s+also|read\s+next|more\s+on\s+this|you\s+may\s+also\s+like|"
        r"you\s+might\s+also\s+like|don'?t\s+miss)\b.{0,200}",
        r"(?:share|share\s+this(?:\s+(?:article|story|post))?|share\s+(?:the\s+)?full\s+(?:article|story)|share\s+(?:on|via)(?:\s+\w+)?|tweet|email|print|whatsapp|"
        r"facebook|twitter|linkedin|telegram|copy\s+link|comments?(?:\s*\(\d+\))?|\d+\s+comments?|"
        r"(?:view|show|see|read|load)\s+(?:all\s+)?(?:\d+\s+)?comments?(?:\s*\(\d+\))?)\s*:?",
        r"(?:follow|subscribe|sign\s+up|join)\b.{0,60}(?:newsletters?|channels?|updates|us|whatsapp|telegram|"
        r"twitter|facebook|instagram|youtube|google\s+news)\b.{0,40}",
        # a messaging-app promotion: "Get Gulf News updates on WhatsApp: tap here"
        r"(?:get|receive)\b.{0,60}\b(?:on|via)\s+(?:whatsapp|telegram|signal|viber|google\s+news)\b.{0,60}",
        # an outlet's call to follow it on its own site: "Track Latest News Live on NDTV.com and get news updates …"
        r"(?:track|follow|get|read|catch)\s+(?:the\s+)?(?:latest|live|breaking|all)\b.{0,60}?\b(?:on|at)\s+"
        r"[\w\-]+\.(?:com|net|org|in|pk|cn|co\.uk)\b.{0,120}",
        # a syndicated copy's note: "(Except for the headline, this story has not been edited by NDTV staff …)"
        r"\(?\s*(?:except\s+for\s+the\s+headline,?\s+)?this\s+(?:story|article|report|copy)\s+has\s+not\s+been"
        r"\s+edited\s+by\b.{0,200}",
        # a press release's contacts label: "Media:", "Investor Contact:"
        r"(?:media|press|investors?|sales)(?:\s+(?:contacts?|enquiries|inquiries|relations))?\s*:",
        r"(?:advertisement|sponsored(?:\s+content)?|ad|ads|ad\s+feedback|promoted|story\s+continues(?:\s+below(?:\s+advertisement)?)?|"
        r"continue\s+reading\s+below|scroll\s+to\s+continue(?:\s+with\s+content)?)\s*:?",
        # consent banners: "We and our partners use cookies to store …", "This website uses cookies"
        r".{0,80}\b(?:we(?:\s+and\s+our\s+(?:partners|vendors))?\s+use\s+cookies|(?:our\s+partners|this\s+(?:web)?site)"
        r"\s+uses?\s+cookies|accept\s+(?:all\s+)?cookies|cookie\s+(?:policy|settings|preferences))\b.{0,200}",
        r"(?:accept|reject|decline)(?:\s+all)?|got\s+it|i\s+agree|manage\s+(?:preferences|cookies|privacy\s+settings)",
        # ('(c) Publish a dashboard …' opens the third item of a lettered list, not a copyright line)
        r"(?:©|\(c\)(?!\s+[A-Z][a-z]+\s+[a-z])|copyright)\s*.{0,300}|.{0,80}all\s+rights\s+reserved\.?.{0,40}",
        r".{0,40}(?:جملہ\s+حقوق.{0,60}?محفوظ\s+ہیں|版权所有).{0,80}",  # "all rights reserved" in Urdu and Chinese
        r"(?:breaking(?:\s+news)?|ticker|live\s+updates?|just\s+in)\s*[:|].{0,200}",
        r"(?:(?:article|story|post|related)\s+)?(?:tags?|topics?|filed\s+under|categories|category|see\s+more\s+on)\s*:.{0,200}",
        r"(?:photo|image|picture|file\s+photo|video)\s*:\s*.{0,120}",
        # a picture's labels as a screen reader reads them: "Image source, AFP", "Image caption, Engineers at …"
        r"(?:image|photo|picture|media|video)\s+(?:source|caption|credit)\s*,\s*.{1,250}",
        # a button to follow a topic or save to a reading list: "+ Add to myFT", "+ Follow", "Add to myFT"
        r"\+\s*(?:add\s+to|follow|save)\b.{0,40}|add\s+to\s+(?:my\s*\w{1,20}|favou?rites|(?:my\s+)?reading\s+list|bookmarks)",
        # a call to follow the outlet whose platform icons were not scraped: "Follow Yicai Global on", "Follow us on:"
        r"follow\s+(?:us|(?-i:[A-Z@][\w@&'’\-]*)(?:\s+[\w@&'’\-]+){0,3})\s+on\s*:?",
        r"(?:click|tap)\s+here\b.{0,120}",
        # an AMP or app page's fold in mid-story, the text going on under it: "Tap to read more"
        r"(?:tap|click)\s+to\s+(?:read|see|view|load)\s+(?:more|(?:the\s+)?full\s+(?:story|article))\s*[.!]?",
        # a digest's link to the story's page: "Read the full story on gwadarpro.pk >>"
        r"(?:read|continue\s+reading)\s+(?:the\s+)?(?:full|whole|complete)\s+(?:story|article|report)\s+(?:on|at)\s+"
        r"(?:www\.)?[\w\-]+(?:\.[a-z]{2,6}){1,2}(?:/\S*)?\s*(?:>>|»|→|›)?",
        # a mobile page's menu button, its glyph with or without a label: "☰ Menu", "Search" (in a row of them)
        r"[☰≡]\s*(?:menu)?|menu|search",
        # a mobile page's one-line summary over the story: "Story highlights: Hundreds of fishermen blocked …"
        r"story\s+highlights?\s*:\s*.{0,400}",
        # a wire's link to the release on its own site: "View original content to download multimedia: https://…"
        r"view\s+original\s+content\b[^:]{0,60}:\s*(?:https?://|www\.)\S+",
        r"(?:send\s+us\s+|give\s+us\s+|leave\s+)?(?:your\s+)?feedback",
        r"(?:feature\s+image|facebook\s+feature\s+image)",
        r"(?:[•·▪●]\s*)?(?:privacy\s+(?:policy|dashboard)|terms\s+(?:of\s+(?:use|service)|and\s+(?:conditions|privacy\s+policy))|"
        r"contact\s+us|about\s+us|"
        r"advertise(?:\s+with\s+us)?|careers|sitemap|rss|e-?paper)\s*",
        r"(?:print|e-?mail|share)\s*(?:[|·•]\s*(?:print|e-?mail|share|facebook|twitter|whatsapp)\s*)+",
        r"(?:\d+\s*)?(?:views?|reads?|likes?|shares?)\s*",
        r"(?:\d+\s+)?min(?:ute)?s?\s+read",
        # a reading or listening time alone: "(5 min)" under an audio player's 'Listen', "Reading Time: 5 mins"
        r"(?:(?:reading|listening|read|listen)(?:\s+time)?\s*:?\s*)?\(?\s*\d{1,3}\s*(?:min|mins|minutes?)"
        r"(?:\s+(?:read|listen))?\s*\)?",
        r"(?:subscribe|sign\s+in|sign\s+out|log\s*in|log\s*out|register|my\s+account)"
        r"(?:\s*[|/·•]\s*(?:subscribe|sign\s+in|sign\s+out|log\s*in|log\s*out|register|my\s+account))*",
        # a sign-up or paywall box's button: "Sign up", "Subscribe now"
        r"(?:sign\s+up|subscribe|register|join)(?:\s+(?:now|today|for\s+free|free))?\s*[.!]?|get\s+started",
        # a newsletter prompt: "Get the latest insights and analysis from our Global Impact newsletter on …"
        r"(?:get|receive)\s+(?:the\s+latest|our|the\s+best)\b.{0,80}?\bnewsletters?\b.{0,150}",
        # its consent line: "By registering, you agree to our T&C and Privacy Policy"
        r"by\s+(?:registering|signing\s+up|subscribing|clicking|continuing)\b.{0,40}?\byou\s+(?:agree|accept)\b.{0,150}",
        # a paywall's offer: "Unlock unlimited access to award-winning journalism"
        r"unlock\s+(?:unlimited\s+|full\s+|premium\s+|digital\s+)+access\b.{0,120}",
        # a trust badge under the headline: "Why you can trust The Outlet", "Why trust us"
        r"why\s+(?:you\s+can\s+trust\s+(?:us|[\w.&'’\-]+(?:\s+[\w.&'’\-]+){0,3})|trust\s+us)\??",
        # a page's reading controls and post navigation: "Font size: [Large] [Small]", "Previous: …", "Next: …"
        r"(?:font|text)\s+size\s*[:：]?(?:\s*\[?[\w+\-]{1,10}\]?){0,5}",
        r"(?:previous|prev|next)(?:\s+(?:article|story|post|news|item))?\s*[:：]\s*.{5,200}",
        # the post navigation alone on its line: "Next Story", "« Previous Post", "Next article →"
        r"[«‹←<]?\s*(?:previous|prev|next|up\s+next)\s+(?:article|story|post)\s*[»›→>]?",
        # a WordPress like widget: "Like this:", "Like Loading...", "Be the first to like this."
        r"like\s+this\s*:|(?:like\s+)?loading\s*(?:\.{3}|…)|be\s+the\s+first\s+to\s+like\s+this\.?",
        # the call over a comment section: "Join the Conversation", "Join the discussion below"
        r"join\s+the\s+(?:conversation|discussion|debate)(?:\s+(?:below|here))?\s*[.!:]?",
        # a line under a column naming the issue it was printed in: "This article appears in the most recent
        # edition of East Asia Forum Quarterly, ‘…’, Vol 17, No 3." (the print-edition footer naming the
        # outlet is read as metadata: not here)
        r"this\s+(?:article|story|piece|essay|column|commentary|analysis)\s+(?:(?:first|originally)\s+)?"
        r"(?:appears|appeared|was\s+(?:(?:first|originally)\s+)?published|(?:is|was)\s+republished)\s+(?:in|on)\s+"
        r"(?!.*\bprint\s+edition\b)\S.{0,250}",
        # a picture marker opening its caption: "[Image] The signing ceremony site. Photo by Wang Lei"
        r"\[(?:image|photo|picture|video|graphic)\]\s*.{0,250}",
        r"(?:comments?\s+(?:are|is)\s+(?:now\s+)?closed|commenting\s+(?:is\s+)?(?:closed|disabled))"
        r"(?:\s+(?:on|for)\s+this\s+(?:story|article|post))?\.?",
        # "Associated Press writer Jane Doe in Islamabad contributed to this report."
        r"(?:[\w.,'’\- ]{0,150}\s)?contributed\s+(?:reporting(?:\s+(?:to|for)\s+this\s+(?:report|story|article))?"
        r"|to\s+this\s+(?:report|story|article))(?:\s+from\s+[\w ,.]{1,60})?\.?",
        r"additional\s+reporting\s+by\s+.{1,120}",
        # a photo caption ending with its credit: "Farmers plant rice in Sindh. Photo: Xinhua"
        r".{10,250}?\s[(\[]?(?:photo(?:graph)?|image|picture|file\s+photo)(?:\s+credit)?\s*[:/]\s*"
        r"[A-Z][\w .&/\-]{1,40}[)\]]?",
        # a caption glued to its credit: "… where construction began this spring.Credit...Asim Hafeez for The Outlet"
        r".{10,300}?[.!?]\s*credit\s*(?:\.{2,3}|…|:)\s*(?-i:[A-Z])[\w .&'’/\-]{1,80}",
        # live-blog controls
        r"live(?:\s+now)?|load\s+more(?:\s+(?:posts|updates|stories|entries))?|key\s+events|"
        r"show\s+(?:more|less|all(?:\s+updates)?|key\s+events(?:\s+only)?)|"
        r"refresh\s+for\s+(?:the\s+)?latest(?:\s+updates)?|auto-?refresh(?:\s*:?\s*(?:on|off))?|pinned(?:\s+post)?",
        r"(?:https?://|www\.)\S+|short\s+url|link\s+copied|copy(?:\s+link)?|save|follow",
        # the contact block closing a press release
        r"(?:issued|released|distributed)\s+by\s*[:：]\s*.{2,120}",
        # a broadcast transcript's furniture: the disclaimer, time codes, stage directions, the show's air times
        r"(?:this\s+is\s+an?\s+)?rush\s+transcript\b.{0,150}",
        r"\[\d{1,2}:\d{2}(?::\d{2})?\]",
        r"[\[(](?:commercial\s+break|crosstalk|break|inaudible|unintelligible|laughter|applause|music|"
        r"(?:begin|end)\s+video(?:\s+clip)?|video\s+clip|end\s+of\s+transcript|technical\s+difficulties)[\])]",
        r"[A-Z][\w'’&\-]*(?:\s+[\w'’&\-]+){0,5}\s+airs\s+(?:every\s+|on\s+)?"
        r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|daily|weekdays|weeknights|nightly)\b.{0,100}",
        # a wire story's correction or update note, its bracketed picture line and its credits trailer
        r"\((?:corrects|updates|adds|refiles|recasts|changes|removes|fixes)\s[^)]{3,250}\)",
        r"\[(?:image|photo|picture|video|file\s+photo|graphic|(?:photo\s+|image\s+|video\s+)?gallery|slideshow)"
        r"\s*:[^\]]{2,300}\]",
        # a link to the document itself: "Download Press Release (PDF, 312 KB)"
        r"download\b.{0,80}\((?:pdf|docx?|xlsx?|pptx?|zip)\b[^)]{0,30}\)",
        r"\(\s*(?:additional\s+)?(?:reporting|writing|editing)\s+by\s[^)]{2,300}\)",
        # the desk's credits closing a story, one of them an editor's or translator's: "(Edited by Sanya Mathur)",
        # "Translated by Mihray Abdilim. Edited by Malika Rahimova and Jonah Clarke.", "Reporting by Asif
        # Shahzad in Islamabad; Editing by Jane Doe" (only names after each 'by': never running text)
        EDIT_CREDITS,
        r"our\s+standards\s*:.{0,80}",
        # an e-mail newsletter's furniture: forwarding and browser links, contents, the mailing-list footer
        r"forwarded\s+this\s+(?:e-?mail|newsletter|message)\?.{0,100}",
        r"view\s+this\s+(?:e-?mail|newsletter|message)\s+(?:in|on)\s+(?:your\s+|a\s+)?(?:web\s+)?browser\.?",
        r"in\s+this\s+(?:issue|edition|newsletter|email)\s*:?",
        r"you\s+(?:are\s+)?receiv(?:ing|ed)\s+this\s+(?:e-?mail|newsletter|message)\b.{0,200}",
        r"unsubscribe\b.{0,120}",
        r"sponsored\s*(?:by\s+[^:]{2,60})?\s*:.{2,200}",
        # a caption naming its photographer first: "Photo by the author: a showroom on Shahrah-e-Faisal"
        r"(?:photo|image|picture)\s+(?:by|courtesy(?:\s+of)?)\s+[^:]{2,60}:.{0,200}",
        # a link to another story: "Related: KP cabinet approves Rs 4bn for small dams in Swat"
        r"related(?:\s+(?:articles?|stories|reading|coverage|news))?\s*:\s*.{5,200}",
        # a blog or social platform's chrome: sign-offs, follower counts, reply threads
        r"thanks?\s+(?:you\s+)?for\s+reading\b.{0,200}",
        r"[\d.,]+[KkMm]?\s+followers?(?:\s*[·•|]\s*[\d.,]+[KkMm]?\s+following)?",
        r"\d{1,3}(?:[.,]\d)?[KkMm]",  # a count of claps, views or likes: '1.2K'
        r"[·•▪●|/]",  # a lone bar or slash (the player's 'Current Time 0:00 / Duration 2:47', line by line)
        r"see\s+new\s+posts|show\s+(?:more\s+)?replies|replying\s+to\s+@\w+.{0,60}|(?:reply|repost|like)"
        r"(?:\s*[|·•]\s*(?:reply|repost|like|share))*",
        r"address\s*[:：]\s*.{5,150}",
        # contact details joined by bars: "Tel: +92-41-0000000 | Email: pr@example.pk"
        rf"{_CONTACT}(?:(?:\s*[|·•,;]\s*|\s+){_CONTACT})*",
        # a document's series and number over its headline: "Press Release No. 412/2025", "POLICY BRIEF No. 14"
        DOCUMENT_NUMBER,
        # archive and cache banners over a saved copy of the page (Google cache, Wayback Machine, archive.today)
        *ARCHIVE_BANNERS,
        # a press release's reference number: "No. PR/214/2024", "Ref: MOFA-2024/117"
        r"(?:no|ref(?:erence)?(?:\s+no)?)\s*[.:#]?\s*[A-Z0-9][\w.\-]*(?:/[\w.\-]+)+",
        # the "press release" label, alone or beside its translation: "پریس ریلیز | PRESS RELEASE"
        r"(?:[^\x00-\x7f][^|]{0,40}[|/]\s*)?(?:press\s+release|press\s+statement|news\s+release|handout)"
        r"(?:\s*[|/][^\x00-\x7f].{0,40})?",
        # a run of share buttons: "Facebook Twitter WhatsApp Email"
        r"(?:(?:facebook|twitter|x|whatsapp|e-?mail|linkedin|telegram|pinterest|reddit|print|share|copy\s+link)"
        r"\s*[|·•,:]?\s*){2,}",
        # a newsletter prompt and a republishing licence closing a page
        r"sign\s+up\s+(?:for|to)\s+(?:our|the)\b.{0,40}?\bnewsletters?\b.{0,200}",
        # ... or the outlet's by name: "Sign up for CNN’s Meanwhile in China newsletter which explores …"
        r"sign\s+up\s+(?:for|to)\s+(?-i:[A-Z])[^.!?]{0,60}?\bnewsletters?\b.{0,200}",
        # a newsletter box's title, label, privacy notice and closing marker: "Sign up to Global Dispatch",
        # "Free newsletter", "Privacy Notice: Newsletters may contain …", "after newsletter promotion"
        r"sign\s+up\s+(?:for|to)\s+(?-i:[A-Z])[\w&'’\-]*(?:\s+[\w&'’\-]+){0,4}",
        r"(?:free|daily|weekly|our)\s+(?:e-?mail\s+)?newsletters?",
        # a newsletter box's blurb: "The Editor of the FT selects her favourite stories in this weekly newsletter."
        r".{0,150}?\b(?:in|from|with|via)\s+(?:this|our)\s+(?:free\s+)?(?:(?:daily|weekly|monthly|fortnightly)\s+)?"
        r"newsletters?\s*[.!]?",
        r"privacy\s+notice\s*:\s*(?:newsletters?|this\s+newsletter|we|by)\b.{0,300}",
        r"(?:after|skip\s+past)\s+newsletter\s+promotion",
        # a forum poster's note on their own post: "Edit: formatting.", "EDIT 2: source added"
        r"edit(?:\s*\d{1,2})?\s*:\s*.{0,250}",
        r"republish\s+this\s+(?:article|story|piece)\b.{0,250}|reuse\s+this\s+content",
        # a reading-rewards prompt: "Read 3 articles and stand to win rewards", "Spin the wheel now"
        r"read\s+\d{1,2}\s+(?:articles|stories)\b[^.]{0,60}\b(?:win|rewards?|prizes?|points)\b[^.]{0,40}",
        r"spin\s+the\s+wheel(?:\s+(?:now|today|to\s+win\b[^.]{0,40}))?\s*[.!]?",
        # the print line under a story: "A version of this article appears in print on Dec. 1, 2026, Section B, …"
        r"a\s+version\s+of\s+this\s+(?:article|story|review|essay|column)\s+appear(?:s|ed)\s+in\s+print\b.{0,400}",
        # appeals and app or newsletter promotions closing a page
        r"support\s+(?:independent|quality|our|local)\s+journalism\b.{0,150}",
        r"start\s+your\s+day\b.{0,120}|download\s+(?:our|the)\s+(?:[\w-]+\s+)?app\b.{0,150}",
        # a forwarded e-mail's marker and headers: "---------- Forwarded message ---------", "From: Name <a@b.pk>"
        r"-{2,}\s*(?:forwarded|original)\s+message\s*-{2,}|begin\s+forwarded\s+message\s*:",
        r"(?:from|to|cc|bcc|reply-to|sent\s+by)\s*:\s*[^<>\n]{0,80}<[^<>@\s]{1,64}@[^<>\s]{1,255}>"
        r"(?:\s*,\s*[^<>\n]{0,80}<[^<>@\s]{1,64}@[^<>\s]{1,255}>){0,20}|subject\s*:\s*(?:(?:fwd?|re)\s*:\s*)*\S.{0,250}",
        # a share sheet's footer: "Shared from the China Daily app", "Download: https://…"
        r"(?:shared|sent)\s+(?:from|via|with)\s+(?:the\s+)?[\w.&'’\- ]{1,40}?\s+app\.?|download\s*:\s*https?://\S+",
        r"note\s*:\s*(?:this\s+site\s+is\s+best\s+viewed|browsers?)\b.{0,150}",
        r"contact\s+(?:the\s+)?(?:editor|reporter|author|writer)s?\b.{0,120}",
        # a subscribe or paywall box: "Enjoying this article? Click here to subscribe … Just $5 a month."
        r"enjoying\s+this\s+(?:article|story)\?.{0,200}|already\s+an?\s+(?:[\w.&\-]+\s+){0,3}subscriber\?.{0,120}",
        # a paywall's notice: "Key stories on example.com are available to premium subscribers only."
        r".{0,80}?\b(?:this\s+(?:article|story)|stories|articles|content)\b.{0,60}?\b(?:is|are)\s+(?:only\s+)?available\s+"
        r"(?:only\s+)?(?:to|for)\s+(?:our\s+)?(?:premium|paid|digital)\s+subscribers(?:\s+only)?\s*[.!]?",
        # a paywall's label over the byline, and the audio player's prompt
        r"premium(?:\s+(?:content|story|article))?|subscribers?\s+only|listen\s+to\s+(?:this|the)\s+(?:article|story)",
        # the outlet's promotion closing a page: "Profit is Pakistan's leading … Subscribe to our newsletter."
        r".{0,150}?[.!?]\s+subscribe\s+(?:to|for)\s+(?:our|the)\b.{0,80}",
        r".{0,80}\bsubscri(?:be|ption|bers?)\b.{0,80}(?:\b(?:full|unlimited|digital|premium)\s+access\b|"
        r"[$£€]\s?\d[\d.,]*\s*(?:a|per|/)\s*(?:month|week|year)).{0,80}",
        # a caption that says it is a file or stock picture: "Workers load blocks in Chitral. (file photo)"
        r".{10,250}?\s\((?:file(?:\s+photo)?|photo|(?-i:[A-Z][\w&.'’\-]*)(?:\s+(?-i:[A-Z][\w&.'’\-]*))?\s+photo|representational\s+(?:image|photo)|illustrative\s+(?:image|photo)|"
        r"stock\s+(?:image|photo))\)",
        r"(?:public\s+relations|press|media|information)\s+(?:officer|office|section|wing|desk|secretary|"
        r"liaison(?:\s+officer)?|contacts?)",
        r"(?:ph|tel|phone|fax|mobile|cell)\s*[.:#]?\s*[+\d][\d()\-\s/,]{5,40}",
        # Urdu and Chinese page furniture: "مزید پڑھیں" (read more), "اشتہار" (advertisement),
        # "شیئر کریں" (share), "相关新闻" (related news), "责任编辑" (editor), "分享到" (share to).
        r"(?:مزید\s+پڑھیں|مزید\s+خبریں|اشتہار|شیئر\s+کریں|متعلقہ\s+خبریں|تازہ\s+ترین|ہوم|صفحہ\s+اول|ٹیگز|ٹیگ)\s*[:：|]?.{0,80}",
        r"(?:相关新闻|相关阅读|相关文章|责任编辑|编辑|来源|分享到|推荐阅读|更多|点击查看|广告|返回顶部|首页)\s*[:：]?.{0,60}",
        # a photo carousel's caption: "Item 1 of 2 A worker walks past power lines …", "Image 2 of 5 …"
        r"(?-i:Item|Image|Photo|Picture|Slide)\s+\d{1,2}\s+of\s+\d{1,2}\b.{0,600}",
        r"purchase\s+licensing\s+rights",
        # a translator's note: "(Translated from Urdu. The original appeared in Daily Jang on 2 March 2026.)",
        # "This article was translated from Chinese by …", "Translated from Urdu by the Desk."
        r"[(\[]\s*(?:this\s+(?:[\w\-]+\s+){1,3}(?:was|has\s+been|is)\s+)?(?:translated|translation)\b[^()\[\]]{0,300}[)\]]\.?",
        r"this\s+(?:article|story|report|piece|column|interview|editorial)\s+(?:was|has\s+been|is)\s+(?:originally\s+)?"
        r"(?:translated|written\s+in\s+(?-i:[A-Z])\w+\s+and\s+translated)\b.{0,250}",
        r"translated\s+from\s+(?:the\s+)?(?-i:[A-Z])\w+(?:\s+(?:by|into)\s+[^.]{2,60})?\.?",
        # the translator's credit and the print page over a translated story: "Front Page | Translated by … Desk"
        r"translated\s+by\s+(?:the\s+)?(?-i:[A-Z])[\w&'’\-]*(?:\s+[\w&'’\-]+){0,5}|(?:front|back|last)\s+page",
    )
)
# Photo captions closing with their credit after a slash, tried only on lines holding one ('/'):
# "… August 14, 2025. REUTERS/Akhtar Soomro/File Photo Purchase Licensing Rights" (an agency in capitals,
# then the photographer), "… Namak Mandi, Peshawar. (Izhar Ullah Yousafzai/Independent Urdu)" (the
# photographer and the outlet in brackets). A sentence end before the credit: never running text.
_CREDIT_CAPTIONS = (
    r".{10,300}?[.!?]\s+(?-i:[A-Z]{2,12})/(?-i:[A-Z][\w.'’\-]*)(?:\s+(?-i:[A-Z][\w.'’\-]*)){0,3}"
    r"(?:\s*/\s*(?:file\s+photo|pool|handout|illustration|via\s+[\w .&\-]{2,40}))*"
    r"(?:\s+purchase\s+licensing\s+rights)?\.?",
    r".{10,300}?[.!?]\s*\((?-i:[A-Z][\w.'’\-]*)(?:\s+(?-i:[A-Z][\w.'’\-]*)){0,4}\s*/\s*"
    r"(?-i:[A-Z][\w.&'’\-]*)(?:\s+(?-i:[A-Z][\w.&'’\-]*)){0,4}\)\.?",
    # the photographer first, then the agency: "… Khyber Pakhtunkhwa province. Farooq Naeem/AFP/Getty Images"
    r".{10,300}?[.!?]\s+(?-i:[A-Z][\w'’\-]+)(?:\s+(?-i:[A-Z][\w'’\-]+)){1,3}/"
    r"(?:(?-i:[A-Z]{2,8})|getty\s+images|bloomberg|reuters|shutterstock"
    # or the outlet in title case: "… Zhejiang province, Oct. 24, 2024. Xu Jing/Sixth Tone"
    r"|(?-i:[A-Z][\w'’\-]+)(?:\s+(?-i:[A-Z][\w'’\-]+)){0,2})"
    r"(?:\s*/\s*(?:getty\s+images|shutterstock)|\s+via\s+getty\s+images)?\.?",
)
FURNITURE = (*FURNITURE, *(re.compile(pattern, _I) for pattern in _CREDIT_CAPTIONS))
_CREDITED = FURNITURE[-len(_CREDIT_CAPTIONS) :]
FURNITURE_CREDITED = re.compile("|".join(f"(?:{pattern})" for pattern in _CREDIT_CAPTIONS), _I)
FURNITURE_CREDIT_MARK = "/"  # every match of FURNITURE_CREDITED holds one
# A photo caption closing with the photographer's credit for the outlet in brackets: "… in Lahore’s Gulberg
# district on May 12. (Saiyna Bashir for The Washington Post)", "(Photo by Jane Doe for The Outlet via Getty
# Images)". A sentence end before the bracket, capitalised names on both sides of 'for': never running text.
# Tried only on lines ending with ')' or ').' that hold 'for' (every match does).
_FOR_CREDIT_CAPTION = (
    r".{10,300}?[.!?]\s*\((?:(?:photo(?:graph)?|image|picture)s?\s+(?:by\s+)?)?"
    r"(?-i:[A-Z][\w.'’\-]*)(?:\s+(?-i:[A-Z][\w.'’\-]*)){1,3}\s+for\s+"
    r"(?-i:[A-Z][\w.&'’\-]*)(?:\s+(?-i:[A-Z][\w.&'’\-]*)){0,4}(?:\s+via\s+getty\s+images)?\)\.?"
)
FURNITURE = (*FURNITURE, re.compile(_FOR_CREDIT_CAPTION, _I))
_CREDITED_FOR = FURNITURE[-1:]
FURNITURE_CREDITED_FOR = FURNITURE[-1]
FURNITURE_CREDITED_FOR_WORD = "for"
FURNITURE_CREDITED_FOR_ENDS = (")", ").")

# All of FURNITURE in one expression: one match per line instead of one per pattern.
# The patterns that scan up to hundreds of characters before their key words ('.{10,250}?\s(photo…'),
# tried only on lines holding one of their key words (every match of each holds one: see the tests);
# the others, as one expression, on every line.
FURNITURE_CUES = re.compile(r"file|photo|image|picture|cookie|contributed|subscri|credit|newsletter|محفوظ|版权所有", _I)
FURNITURE_CUE_WORDS = ("file", "photo", "image", "picture", "cookie", "contributed", "subscri", "credit", "newsletter")
FURNITURE_CUES_OTHER_SCRIPTS = ("محفوظ", "版权所有")  # words above that have no case
_SCANNING = tuple(
    p
    for p in FURNITURE
    if p not in _CREDITED
    and p not in _CREDITED_FOR
    and p.pattern.startswith((".{", r"(?:[\w.,'’\- ]{0,150}\s)?contributed"))
)
FURNITURE_SCANNING = re.compile("|".join(f"(?:{pattern.pattern})" for pattern in _SCANNING), _I)
# The patterns that read far into a line of running text before they fail, each needing a mark running
# text seldom has: breadcrumbs and section paths a '>', '»', '|' or '/', a spaced-out menu two white-space
# characters in a row, the copyright line '©', '(c)', 'copyright' or 'reserved'. Tried only on lines
# holding one (clean.is_furniture; see the tests).
_MARKED = tuple(
    p for p in FURNITURE if p.pattern.startswith(("(?!by\\s)", "(?:[\\w.&'’\\-]+(?:\\s", "[\\w&'’\\-]+(?:\\s", "(?:©|"))
)
FURNITURE_MARKED = re.compile("|".join(f"(?:{pattern.pattern})" for pattern in _MARKED), _I)
FURNITURE_MARKS = (">", "»", "|", "/", "  ", "©")
FURNITURE_MARK_WORDS = ("(c)", "copyright", "reserved")
FURNITURE_OTHER = re.compile(
    "|".join(
        f"(?:{p.pattern})"
        for p in FURNITURE
        if p not in _SCANNING and p not in _MARKED and p not in _CREDITED and p not in _CREDITED_FOR
    ),
    _I,
)

# The heading opening a press release's trailer (see `clean._release_trailer`): the disclaimer on
# forward-looking statements, the contacts, or the wire's 'SOURCE Company Name' line.
RELEASE_TRAILER_HEADING = re.compile(
    r"(?:(?:cautionary\s+(?:note|statement|language)s?\s+(?:regarding|on|about|concerning)\s+)?"
    r"forward[-\s]looking\s+(?:statements?|information)"
    r"|safe\s+harbou?r(?:\s+statement)?(?:\s+(?:under|regarding)\s+.{0,100})?"
    r"|(?:(?:media|press|investors?|ir)(?:\s+(?:and|&)\s+(?:media|press|investors?))?(?:\s+relations)?\s+)?contacts?"
    r"|for\s+(?:further|more)\s+information,?\s+(?:please\s+)?contact)\s*:?"
    r"|(?-i:SOURCE)\s+(?-i:[A-Z])[\w.,&'’()\- ]{1,100}",
    _I,
)
# A wire page's label over the issuer's name: "News provided by" (the name on the next line).
PROVIDER_LABEL = re.compile(r"(?:news\s+|content\s+)?(?:provided|distributed|issued)\s+by\s*:?", _I)
RELEASE_TRAILER_WORDS = ("forward", "harbo", "contact")  # a heading holds one, or opens with 'SOURCE '
RELEASE_TRAILER_MAX_LENGTH = 160

# A line (after the body has begun) after which only other pages' content follows.
END_OF_ARTICLE = re.compile(
    r"(?:(?:recommended|related|popular|trending|latest|hot|top)\s*[·•|:\-]?\s*"
    r"(?:articles?|stories|posts|news|reads?|videos?|topics|events|content|coverage|reading|"
    r"(?:press\s+|news\s+)?releases|handouts)?"  # a government site's 'Related Press Releases'
    r"|more\s+(?:from|on|in)\s+.{1,40}|more\s+(?:stories|news|articles)"
    # the post navigation under a story ('Next Story' over the next story's headline and teaser)
    r"|[«‹←<]?\s*(?:previous|prev|next|up\s+next)\s+(?:article|story|post)\s*[»›→>]?"
    r"|most\s+(?:read|popular|viewed|shared)(?:\s+(?:news|stories|articles))?(?:\s+(?:from|on|in)\s+.{1,40})?"
    # a list of the company's or the topic's other stories: "Latest news about Indus Energy Holdings Limited"
    r"|(?:latest|more|recent|other|related)\s+(?:news|stories|articles|headlines|updates)\s+(?:about|on|for)\s+"
    r"[^.!?]{1,80}"
    r"|you\s+(?:may|might)\s+also\s+like|read\s+next|editor'?s?\s+picks?|(?:skip\s+next\s+section\s+)?explore\s+more"
    r"(?:\s+(?:on|about)\s+(?:these|this|related)\s+(?:topics?|subjects?|stories))?"
    # a newsletter's items after its top story, and a post's reader comments
    r"|in\s+brief|(?:upcoming\s+)?events(?:\s+calendar)?|event\s+calendar|about\s+the\s+author"
    r"|search\s+trends|(?:trending|hot|top|popular)\s+searches"
    r"|(?:responses|comments|replies)\s*\(\d+\)|\d+\s+(?:responses|comments|replies)|show\s+(?:more\s+)?replies"
    r"|see\s+all\s+(?:responses|comments|replies)|related\s+links(?:\s*:.{0,300})?"
    # a forum thread's comment controls, and a comment's header: 'Sort by: Best', 'u/reader_name • 4h ago'
    r"|sort\s+by\s*:?\s*(?:best|top|new|newest|oldest|old|controversial|q&a)"
    r"|(?:u/|@)[\w\-]{2,40}(?:\s+OP)?\s*[•·|]\s*\d{1,3}\s*(?:s|m|mins?|h|hrs?|d|w|mo|y)\.?(?:\s+ago)?"
    # an official letter's signature ('Sd/-') and distribution list: the signatory and addressees follow
    r"|\(?sd/-?\)?|distribution(?:\s+list)?\s*:|copy\s+(?:\w+\s+){0,3}to\s*:"
    # a printed page's jump line: the story goes on on a page the capture does not hold
    r"|\(?\s*(?:continued|cont(?:['’]?d)?\.?)\s+(?:on\s+)?(?:page|p\.?)\s*[A-Z]?\d{1,3}[A-Z]?\s*\)?)\s*:?"
    r"|相关新闻|相关阅读|相关文章|推荐阅读|متعلقہ\s+خبریں",
    _I,
)

# The heading over reader comments: "Comments", "Readers' comments" (the story ends there when comment-box
# lines follow it: a bare "Comments" may be a share button).
COMMENTS_HEADING = re.compile(r"(?:(?:readers?(?:'|’)?|your|user|latest|recent|top)\s+)?comments?\s*:?", _I)
COMMENTS_HEADING_MAX_LENGTH = 20
COMMENTS_LOOKAHEAD = 3  # non-empty lines under the heading looked at for the comment box
# A line of a comment box: its counter or vote button, the comment form's prompts, or a comment's header
# (the commenter, then when: "Faisal A. | Jul 08, 2025 08:12am", "Jane Doe says:", "Ali R. · 2 hours ago").
COMMENT_BOX_LINE = re.compile(
    rf"{COMMENT_COUNTER}|{COMMENT_VOTE}"
    r"|(?:leave|post|add|write|submit)\s+(?:a\s+|your\s+)?(?:comment|reply)\b.{0,40}|be\s+the\s+first\s+to\s+comment\b.{0,40}"
    r"|comments?\s+(?:are|is)\s+(?:now\s+)?closed\b.{0,40}|sort\s+by\s*:?.{0,20}"
    rf"|[^|·•]{{2,40}}?\s*[|·•]\s*(?:{DATE}(?:\s*,?\s*(?:at\s+)?{TIME})?|{TIME}|{AGE})"
    rf"|(?-i:{NAME})\s+says\s*:",
    _I,
)

# The label of a box linking to another story set inside the story ('Related article' over one headline, the
# story going on under it): compared after the cheap length and first-letter tests of clean._inline_link_box.
INLINE_LINK_LABEL = re.compile(
    r"(?:related|recommended|read\s+more|read\s+also|also\s+read|see\s+also|more\s+on\s+this(?:\s+story)?)"
    r"(?:\s+(?:articles?|stories|story|coverage|reading|content))?\s*:?",
    _I,
)
INLINE_LINK_LABEL_MAX_LENGTH = 30
INLINE_LINK_HEADLINES = 2  # the box links to one story, or two
RELATED_HEADLINES_MAX = 6  # headlines under a related-links label that closes the story

# A picture's credit after the caption's last sentence, no mark between: "… capacity last year. Reuters",
# "… in Karachi. AFP via Getty Images", "… on Monday. Asim Hafeez/Bloomberg". A wire or a picture agency, maybe
# after a photographer's name and a slash.
CAPTION_CREDIT = re.compile(
    r"(?:(?-i:[A-Z][\w'’\-]+)(?:\s+(?-i:[A-Z][\w'’\-]+)){0,2}\s*/\s*)?"
    r"(?:reuters|afp|ap(?:\s+photo)?|epa(?:-efe)?|xinhua|bloomberg|getty\s+images|shutterstock|alamy|anadolu(?:\s+agency)?"
    r"|app|ppi|inp|nni|online|wam|ians|pti|ani|file(?:\s+photo)?|supplied|handout)"
    r"(?:\s*(?:/|via|and)\s*(?:reuters|afp|ap|epa(?:-efe)?|xinhua|bloomberg|getty\s+images))?",
    _I,
)
CAPTION_CREDIT_MAX_LENGTH = 40

# The label over a story's topic tags ('Tags:', 'Topics', 'Filed under'), each tag a line of its own under it.
TAG_LABEL = re.compile(
    r"(?:(?:article|story|post|related)\s+)?(?:tags?|topics?|keywords?|filed\s+under|categories|category)\s*:?", _I
)
TAG_LABEL_MAX_LENGTH = 20
TAG_MAX_WORDS = 4  # a tag is a name or a short phrase ('Shahzad Akbar Cheema', 'Electric and Hybrid Vehicles')
TAG_LIST_MAX_LINES = 15
# A stock-ticker chip set inside a markets story, each part on its own line: the company's name, its symbol
# with the exchange ('IPG.KA', '600982.SS', 'NASDAQ: BABA'), maybe the price, and the day's signed change
# ('+10.00%', '-2.31%'). The symbol and the change together make the chip; the name before them goes with it.
TICKER_SYMBOL = re.compile(r"[A-Z]{2,8}\s?:\s?[A-Z0-9]{1,8}(?:\.[A-Z]{1,4})?|[A-Z0-9]{1,8}\.[A-Z]{1,4}")
TICKER_PRICE = re.compile(r"[$€£¥]?\s?\d{1,6}(?:,\d{3})*(?:\.\d{1,4})?")
TICKER_CHANGE = re.compile(r"[+\-−–]\s?\d{1,4}(?:[.,]\d{1,3})?\s?%|0(?:\.0{1,3})?\s?%")
TICKER_CHANGE_MAX_LENGTH = 10  # '+1234.567%'
TICKER_SYMBOL_MAX_LENGTH = 24  # 'NASDAQ : ABCDEFGH.ABCD'
TICKER_NAME_MAX_WORDS = 6
# Words of a newsletter box's lines ('Sign up to Global Dispatch', 'Free newsletter', 'Privacy Notice: …').
NEWSLETTER_WORDS = ("newsletter", "sign up", "subscri")
NEWSLETTER_BOX_MAX_LINES = 4  # a box's blurb between two of its marked lines is a line or two

# The author's box under a blog post: "Written by Hira Baloch" (the bio and reader comments follow).
AUTHOR_BOX = re.compile(rf"(?:[Ww]ritten|[Pp]osted|[Pp]ublished)\s+by\s+{NAME}")
# A display line holding only a quotation, maybe set off by dashes: '— "Nobody asks about the warranty." —'.
DISPLAY_QUOTE = re.compile(r"[—–\-]{0,2}\s*[\"“‘][^\"“”]{10,300}[\"”’][.,]?\s*[—–\-]{0,2}")
# The line naming the speaker under a pull-quote: "— Faisal Mirza, KPT chairman".
PULL_QUOTE_ATTRIBUTION = re.compile(r"[—–\-]{1,2}\s*[A-Z][^.!?\n]{1,80}")

# "this year" / "earlier this year" next to a four-digit year lets the year of publication be read.
THIS_YEAR = re.compile(r"\bthis\s+year\b", _I)
YEAR = re.compile(r"(?<![\d/.\-])(?:19[5-9]\d|20\d\d)(?![\d/\-]|\s*(?:crore|million|billion|MW|km|people|tons?)\b)")
# A year after one of these words is a past or future reference point ("since 2015", "compared with 2023"),
# not the edition of an event the text says happens "this year".
YEAR_REFERENCE_WORDS = frozenset(
    ["since", "in", "from", "than", "of", "to", "until", "till", "before", "after", "between", "by", "with",
     "through", "during", "for", "and", "or", "vs", "versus", "against"]
)  # fmt: skip

# An item of a bulleted or numbered list: each item is a paragraph of its own.
LIST_ITEM = re.compile(r"(?:[-*•·▪●–]|\d{1,2}[.)])\s+\S")
# A list of links a page inserts into the story, as a screen reader announces it: 'list of 4 items' opens
# it, 'end of list' closes it ('list 1 of 4' before each link).
LINK_LIST_START = re.compile(r"list\s+of\s+\d{1,2}\s+items?", _I)
LINK_LIST_END = re.compile(r"end\s+of\s+list", _I)
# The label of a digest of other stories, one a list item ('KEY NEWS' / '- Cement despatches rise 9% (BR)').
DIGEST_LABEL = re.compile(
    r"(?:key|other|top|more|corporate|market|business|world)\s+(?:news|stories|headlines)(?:\s+in\s+brief)?\s*:?"
    r"|(?:news\s+)?(?:in\s+brief|digest|round-?up)\s*:?|in\s+other\s+news\s*:?",
    _I,
)
DIGEST_LABEL_MAX_LENGTH = 30
LINK_LIST_MAX_LINES = 40  # a list of a few links with their position lines; no end within reach: no list
# The label of a summary box over a story ('Key points', then its bullets): compared casefolded, colon dropped.
SUMMARY_BOX_LABELS = frozenset(
    ["key points", "key takeaways", "takeaways", "highlights", "story highlights", "at a glance", "in short",
     "summary", "tl;dr", "quick read", "the gist", "what you need to know", "in brief"]
)  # fmt: skip
# Those of them that may stand over one paragraph summing up the story instead of a list ('In Brief' over a
# column's two-sentence summary, then the column): the paragraph is the box's, not the story's first.
SUMMARY_PARAGRAPH_LABELS = frozenset(["in brief", "in short", "summary", "at a glance", "the gist", "tl;dr"])

# A numbered section heading: "1. Background", "2. What investors told us" (no sentence end).
SECTION_HEADING = re.compile(r"\d{1,2}\.\s+[A-Z][\w'’,&()\- ]{0,60}[\w)]")

# Sentence-ending characters: a line ending with one of these is a sentence, not a headline.
SENTENCE_END = '.!?:;"”’)]…。！？'
SENTENCE_ENDS = tuple(SENTENCE_END)  # for str.endswith, built once

# A line of a few short parts joined by bars ("Posted on March 3, 2025 | Business", "APP | July 31, 2023",
# "Source: Xinhua| 2024-10-11 21:03:12|Editor: huaxia"): each part is read on its own.
SEGMENT_SEPARATOR = re.compile(
    r"\s*[|｜]\s*|\s{3,}|\s+(?=(?:Source|Credit|Courtesy|来源|Published|Posted|(?:Last\s+)?Updated|Editor)\s*[:：])"
    r"|(?<=\d)\s+(?=(?-i:[A-Z]{2,8})\s*$)",  # "2024-06-21 10:47 ECNS": a stamp, then the outlet
    _I,
)
MAX_SEGMENT_WORDS = 6

# The writer's tagline closing an opinion piece: "The writer is a former trade officer …".
WRITER_TAGLINE = re.compile(
    r"(?:The\s+)?(?:writer|author|columnist|contributor)s?\s+(?:is|are|was|has|heads|teaches|works|can\s+be)\b.{0,250}"
    # "Omer Kazmi is an Islamabad-based economic journalist.": a named writer's tagline
    r"|(?-i:[A-Z][\w'’\-]+)(?:\s+(?-i:[A-Z][\w'’\-]+)){1,3}\s+is\s+an?\s+.{0,80}?"
    r"\b(?:journalist|reporter|correspondent|writer|columnist|editor|freelancer|photographer|photojournalist"
    r"|illustrator|filmmaker|videographer)\b.{0,150}",
    _I,
)

# Last words of a byline name that make it an outlet, not a person ("By Global Times", "By China Daily").
OUTLET_WORDS = frozenset(
    ["times", "daily", "news", "post", "tribune", "herald", "journal", "gazette", "express", "observer", "nation",
     "telegraph", "guardian", "chronicle", "standard", "review", "network", "net", "agency", "press", "media",
     "tv", "radio", "online", "wire", "newswire", "today", "weekly", "monitor", "recorder", "dawn", "cgtn",
     "xinhua", "reuters", "bloomberg", "desk", "bureau", "service", "channel", "magazine", "report", "insider"]
)  # fmt: skip

# "Hannah Whitfield in Islamabad", "Hannah Whitfield  Islamabad" (the place set off by a run of spaces):
# a byline without "By" that says where the reporter is.
BYLINE_IN_PLACE = re.compile(
    r"(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3})(?:\s+in\s+|\s{2,})(?P<place>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})"
)

# "Live updates: Chinese vice president in Islamabad": a live blog's headline (furniture as a ticker line).
LIVE_HEADLINE = re.compile(r"(?:live(?:\s+updates?|\s+blog)?|as\s+it\s+happened)\s*:\s*\S.{10,200}", _I)

# "Published in Dawn, October 3rd, 2023": the print-edition footer names the outlet and the date.
PRINT_EDITION = re.compile(
    r"(?i:published|printed|appeared)\s+(?i:in)\s+(?:the\s+)?(?P<outlet>[A-Z][\w&.’'\-]*(?:\s+[A-Z][\w&.’'\-]*){0,3})"
    r"\s*,?\s+(?:on\s+)?(?P<date>[\w ,./\-]{6,40}?)\.?",
)
# "This article appeared in the South China Morning Post print edition as: …": the outlet, no date.
PRINT_EDITION_AS = re.compile(
    r"(?i:this\s+article\s+)?(?i:appeared|appears|was\s+published)\s+(?i:in)\s+(?:the\s+)?"
    r"(?P<outlet>[A-Z][\w&.’'\-]*(?:\s+[A-Z][\w&.’'\-]*){0,4})\s+(?i:print\s+edition)\b.{0,200}"
)
# "Islamabad, 20th May, 2025": a press release's place-and-date line.
PLACE_DATE_LINE = re.compile(
    r"(?P<place>[A-Z][A-Za-z.'’\-]+(?:\s+[A-Z][A-Za-z.'’\-]+){0,2})\s*[,:\-–—]\s*(?:dated\s+)?(?:the\s+)?(?P<date>.{6,60})"
)
# The file number of a government letter or notification, maybe with its place and date after it
# ('No. 2(14)/CPEC-II/2026-SEZ   Islamabad, the 12th March, 2026', 'F. No. 1-3/2025-Admin'): a reference
# with a slash and a digit, never a sentence.
FILE_NUMBER_LINE = re.compile(
    r"(?:F\.\s*)?No\.\s*(?P<number>[\w().&\-]+(?:/[\w().&\-]+)+)(?:\s*[,;]?\s+(?P<rest>\S.{0,80}))?"
)
# "BBC News, Tharparkar": the outlet and where the reporter is, under a byline.
OUTLET_PLACE = re.compile(
    r"(?P<outlet>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3}),\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})"
)
# A poster's link to the story pasted under it: "Link: https://www.brecorder.com/news/…" (the site's name).
LINK_LINE = re.compile(
    r"(?:link|original(?:\s+(?:story|article|link))?|full\s+(?:story|article))\s*:\s*https?://(?:www\d?\.)?"
    r"(?P<site>[a-z0-9\-]{2,40})\.[a-z.]{2,12}(?:/\S*)?",
    _I,
)
# A line holding only the story's address, as a share sheet pastes it under the page title.
# A subdomain ('app.', 'e.', 'epaper.') before the site's name is no part of it.
BARE_LINK_LINE = re.compile(
    r"https?://(?:www\d?\.|[a-z0-9\-]{1,20}\.(?=[a-z0-9\-]{2,40}\.[a-z]{2,12}\b)(?!(?:com|co|org|net|gov|edu|ac)\.))?"
    r"(?P<site>[a-z0-9\-]{2,40})\.[a-z.]{2,12}(?:/\S*)?",
    _I,
)
# A run of capitalised words, where an outlet's name may stand: "told Business Recorder".
CAPITALISED_RUN = re.compile(r"[A-Z][\w&'’\-]*(?:\s+[A-Z][\w&'’\-]*){0,4}")
# Blog and social platforms whose name alone opens the page: the page's source as the platform spells it.
_PLATFORM_NAMES = ("Medium", "Substack", "X", "Twitter", "LinkedIn", "Facebook", "Threads", "Bluesky", "Mastodon",
                   "Tumblr", "WordPress", "Blogger")  # fmt: skip
PLATFORMS = {name.casefold(): name for name in _PLATFORM_NAMES}
COPYRIGHT = re.compile(r"©|\(c\)|\bcopyright\b|all\s+rights\s+reserved|جملہ\s+حقوق", _I)
MASTHEAD_MAX_WORDS = 4
# The letterhead of an issuing body, written in capitals: "MINISTRY OF PLANNING, DEVELOPMENT & SPECIAL INITIATIVES".
ORGANISATION_LINE = re.compile(
    r"(?:[\w’'\-]+\s+){0,3}(?:government|ministry|department|embassy|consulate(?:\s+general)?|high\s+commission|"
    r"office|bureau|division|bank|commission|authority|board|council|chamber|federation|association|institute|"
    r"centre|center)"
    r"\s+(?:of|for)\s+[\w ,&'’\-]{2,80}",
    _I,
)
# A government as a whole ("Government of Pakistan"): less specific than a ministry named with it.
GOVERNMENT_NAME = re.compile(r"(?:the\s+)?(?:federal\s+)?government\s+of\b", _I)
# A letterhead naming its body with the government it belongs to:
# "Ministry of Maritime Affairs, Government of Pakistan".
PARENT_AFFILIATION = re.compile(r",\s*(?:the\s+)?(?:federal\s+)?government\s+of\b", _I)
# The same name in title case at the top of the page, with its acronym: "Karachi Chamber of Commerce & Industry (KCCI)".
# (a city may follow: "Centre for Economic Corridor Studies (CECS), Islamabad")
LETTERHEAD_ACRONYM = re.compile(
    r"\s*\((?P<acronym>[A-Z][A-Za-z&\-]{1,10})\)(?:\s*,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?\s*$"
)
LETTERHEAD_MAX_WORDS = 16
# Last words of the name of a body or one of its units: 'China-Pakistan Study Centre (CPSC)' is a name,
# 'China-Pakistan Economic Corridor (CPEC)' over a story may be a headline's end.
UNIT_NOUNS = frozenset(
    ["centre", "center", "institute", "council", "unit", "wing", "cell", "department", "division", "bureau",
     "authority", "commission", "board", "forum", "foundation", "secretariat", "office", "chamber", "association",
     "agency", "corporation", "society", "academy", "university", "college", "trust", "ministry", "committee",
     "directorate", "network", "programme", "program", "initiative", "federation", "organisation", "organization"]
)  # fmt: skip
# A company's legal form closing its letterhead: "MARGALLA CAPITAL SECURITIES (PVT) LTD.", "Indus Motors Limited".
COMPANY_FORM = re.compile(
    r"\s*,?\s*(?:\((?:pvt|private)\.?\)\s*|private\s+|pvt\.?\s+)?(?:ltd|limited|llc|inc|plc)\.?$", _I
)
COMPANY_MAX_WORDS = 6
LETTERHEAD_TOP_LINES = 3  # a letterhead stands among the first lines of a page
# A page is in Latin script when this share of its letters are; its lines in another script alone are
# navigation or a translation of the letterhead, not the story.
LATIN_PAGE_SHARE = 0.8
# "Mehreen Qazilbash is a journalist based in Islamabad.": the byline's writer introduced after the story.
TAGLINE_VERBS = re.compile(r"\s+(?:is|was|has|heads|teaches|works|writes|covers|can\s+be)\b.{0,250}")
# Words kept in lower case when a name written in capitals is shown in title case.
SMALL_WORDS = frozenset(["of", "and", "for", "the", "in", "on", "at", "to", "a", "an", "&"])
