"""Make a synthetic corpus of China–Pakistan news articles for benchmarking the pipeline.

    python bench/make_corpus.py 1000 /tmp/corpus [--seed 7]

Articles are recombined from sentence templates and perturbed with a fixed random seed, so the same
(n, seed) always gives the same files. People, organisations and places are drawn from pools of
invented names with a skewed (Zipf-like) distribution: a few recur often, a long tail appears once,
so entity counts grow with the corpus the way they do in real news. Each article mixes an outlet's
dateline or byline, a headline, quotes (some over several paragraphs, some attributed by pronoun),
absolute and relative dates, money, percentages, and scraped-page boilerplate; some carry YAML front
matter. Publication dates are spread over five years.
"""

from __future__ import annotations

import argparse
import hashlib
import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from itertools import accumulate
from pathlib import Path

START = date(2020, 1, 1)
SPAN_DAYS = 5 * 365

MALE_FIRST = (
    "Ahsan",
    "Bilal",
    "Faisal",
    "Hamid",
    "Imran",
    "Junaid",
    "Kamran",
    "Khurram",
    "Naveed",
    "Omer",
    "Rashid",
    "Saad",
    "Shahid",
    "Tariq",
    "Usman",
    "Waqas",
    "Zahid",
    "Arif",
    "Babar",
    "Danish",
    "Ehsan",
    "Farhan",
    "Ghulam",
    "Haris",
    "Irfan",
    "Jawad",
    "Kashif",
    "Mohsin",
    "Nadeem",
    "Qasim",
)
FEMALE_FIRST = (
    "Ayesha",
    "Bushra",
    "Fatima",
    "Hina",
    "Javeria",
    "Mahnoor",
    "Nadia",
    "Rabia",
    "Saima",
    "Sana",
    "Uzma",
    "Zainab",
    "Amna",
    "Farah",
    "Mehwish",
    "Naila",
    "Samina",
    "Shazia",
)
PK_LAST = (
    "Abbasi",
    "Akhtar",
    "Baig",
    "Bhatti",
    "Chaudhry",
    "Durrani",
    "Farooqi",
    "Gilani",
    "Hashmi",
    "Jatoi",
    "Kazmi",
    "Khattak",
    "Lodhi",
    "Malik",
    "Mirza",
    "Nawaz",
    "Niazi",
    "Qureshi",
    "Rana",
    "Rizvi",
    "Siddiqui",
    "Soomro",
    "Tareen",
    "Usmani",
    "Wattoo",
    "Yousafzai",
    "Zaidi",
    "Awan",
    "Cheema",
    "Dogar",
    "Effendi",
    "Gondal",
    "Hayat",
    "Iqbal",
    "Janjua",
    "Kiani",
    "Leghari",
    "Mengal",
    "Noon",
    "Paracha",
)
CN_GIVEN = (
    "Wei",
    "Jianguo",
    "Xiaoming",
    "Haitao",
    "Lihua",
    "Yunfei",
    "Zhiqiang",
    "Mingyu",
    "Jing",
    "Xin",
    "Hongwei",
    "Guoqing",
    "Yanping",
    "Chen",
    "Lei",
    "Tao",
    "Fang",
    "Qiang",
    "Bo",
    "Hui",
)
CN_FEMALE = ("Lihua", "Jing", "Yanping", "Fang", "Hui")
CN_FAMILY = (
    "Zhang",
    "Wang",
    "Li",
    "Zhao",
    "Liu",
    "Chen",
    "Yang",
    "Huang",
    "Zhou",
    "Wu",
    "Xu",
    "Sun",
    "Ma",
    "Zhu",
    "Hu",
    "Guo",
    "He",
    "Gao",
    "Lin",
    "Luo",
    "Zheng",
    "Liang",
    "Xie",
    "Song",
    "Tang",
    "Han",
    "Feng",
    "Deng",
)
PK_ROLES = (
    "Federal Minister for Planning and Development",
    "Minister of State for Finance",
    "Commerce Minister",
    "Pakistani Ambassador to China",
    "Chairman of the Board of Investment",
    "Special Assistant to the Prime Minister",
    "Senator",
    "Federal Secretary for Commerce",
    "Chief Minister of Balochistan",
    "Governor of the State Bank",
    "Chairman of the Gwadar Port Authority",
    "Consul General of Pakistan in Shanghai",
    "Pakistan's Minister for Maritime Affairs",
    "Adviser on Industries",
    "President of the Lahore Chamber",
)
CN_ROLES = (
    "Chinese Ambassador to Pakistan",
    "Vice Minister of Commerce",
    "Chinese Consul General in Karachi",
    "Chairman of the China Overseas Ports Holding Company",
    "spokesperson of the Chinese Foreign Ministry",
    "Deputy Director of the National Development and Reform Commission",
    "Vice Governor of Xinjiang",
    "President of the Silk Road Fund",
    "Chinese Charge d'Affaires",
    "head of the China Energy Cooperation Office",
)
ORG_PREFIX = (
    "Indus",
    "Karakoram",
    "Silk Route",
    "Sino-Pak",
    "Thar",
    "Pamir",
    "Makran",
    "Ravi",
    "Jhelum",
    "Kunlun",
    "Tarim",
    "Sutlej",
    "Chenab",
    "Hunza",
    "Golden Crescent",
    "Arabian Sea",
    "Margalla",
    "Taxila",
)
ORG_SUFFIX = (
    "Power Company",
    "Holdings",
    "Textile Mills",
    "Logistics Group",
    "Engineering Corporation",
    "Mining Limited",
    "Solar Energy",
    "Agro Industries",
    "Investment Bank",
    "Telecom",
    "Cement",
    "Shipping Company",
    "Steel Works",
    "Technologies",
    "Development Authority",
    "Chamber of Commerce and Industry",
)
FIXED_ORGS = (
    "China-Pakistan Economic Corridor Authority",
    "Board of Investment",
    "State Bank of Pakistan",
    "Federation of Pakistan Chambers of Commerce and Industry",
    "China Development Bank",
    "Asian Infrastructure Investment Bank",
    "Export-Import Bank of China",
    "Pakistan Business Council",
    "Joint Cooperation Committee",
    "National Highway Authority",
    "Special Investment Facilitation Council",
)
PK_PLACES = (
    "Islamabad",
    "Karachi",
    "Lahore",
    "Gwadar",
    "Peshawar",
    "Quetta",
    "Faisalabad",
    "Multan",
    "Sialkot",
    "Gilgit",
    "Hyderabad",
    "Rawalpindi",
    "Thar",
    "Sukkur",
    "Dera Ismail Khan",
    "Hub",
    "Port Qasim",
    "Khunjerab",
)
CN_PLACES = (
    "Beijing",
    "Shanghai",
    "Guangzhou",
    "Urumqi",
    "Kashgar",
    "Shenzhen",
    "Xi'an",
    "Chengdu",
    "Tianjin",
    "Hangzhou",
    "Kunming",
    "Wuhan",
    "Xiamen",
    "Nanjing",
)
PROJECTS = (
    "Gwadar East Bay Expressway",
    "ML-1 railway upgrade",
    "Karakoram Highway realignment",
    "Thar coal block",
    "Suki Kinari hydropower project",
    "Rashakai Special Economic Zone",
    "Karachi Circular Railway",
    "Dhabeji Special Economic Zone",
    "Gwadar New International Airport",
    "Kohala hydropower project",
    "Orange Line metro",
    "Azad Pattan hydropower project",
    "Gwadar desalination plant",
)
SECTORS = (
    "agriculture",
    "information technology",
    "energy",
    "textiles",
    "mining",
    "ports and shipping",
    "health",
    "education",
    "tourism",
    "railways",
    "renewable energy",
    "e-commerce",
    "banking",
    "fisheries",
    "steel",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")

HEADLINES = (
    "Pakistan, China agree to expand cooperation in {sector}",
    "{place} to host China-Pakistan {sector} forum",
    "China pledges {money} for {project}",
    "CPEC: work on {project} to begin {when}",
    "Pakistan-China trade rises {pct} in {year}",
    "{surname} meets Chinese delegation, discusses {sector} investment",
    "Chinese firms eye {sector} opportunities in {place}",
    "Pakistan, China sign {count} MoUs worth {money}",
    "{org} inks deal with Chinese partner for {project}",
    "China, Pakistan vow to deepen all-weather strategic partnership",
    "Gwadar port sees {pct} jump in cargo handling",
    "Pakistani students head to {cn_place} under new scholarship scheme",
)
OPENINGS = (
    "Pakistan and China on {weekday} agreed to expand cooperation in {sector} and {sector2}, officials said.",
    "China has pledged {money} for the {project}, {title_person} said on {weekday}.",
    "A Chinese delegation led by {title_person} arrived in {place} on {weekday} for talks on {sector}.",
    "Pakistan and China signed {count} memorandums of understanding worth {money} at a ceremony in {place}.",
    "Bilateral trade between Pakistan and China grew {pct} in the {period}, according to official figures.",
    "Work on the {project} will begin {when}, the {org} announced here on {weekday}.",
    "{title_person} has said that Chinese investment in {sector} will create thousands of jobs in {place}.",
    "More than {small} Chinese and Pakistani business leaders gathered in {place} to explore new avenues of "
    "cooperation in {sector}.",
)
BODY = (
    "The agreement covers cooperation in {sector}, {sector2} and {sector3}.",
    "Officials said the {project} would cost {money} and be completed by {month} {future_year}.",
    "Exports to China rose to {money} in the {period}, up {pct} from a year earlier.",
    "The {org} said it had received proposals worth {money} from Chinese companies.",
    "The two sides also agreed to set up a joint working group on {sector}, which will meet in {cn_place} {when}.",
    "Under the plan, {count} industrial units will be set up in {place}, creating an estimated {thousands},000 jobs.",
    "The meeting was attended by {title_person} and {title_person2}.",
    "Pakistan's imports from China stood at {money} during the {period}, a decline of {pct}.",
    "The project is being financed by the {org} at an interest rate of {rate} percent.",
    "According to the {org}, {pct} of the work on the {project} has been completed.",
    "Earlier, on {abs_date}, the federal cabinet had approved the framework agreement.",
    "The next round of talks is scheduled for {month} {future_year} in {cn_place}.",
    "Last week, a delegation from {cn_place} visited {place} to review progress on the {project}.",
    "{surname_prev} noted that the {org} had disbursed {money} since {past_year}.",
    "Representatives of the {org} and the {org2} were also present.",
    "The government has allocated Rs{rs} billion for the {project} in the budget for {fiscal}.",
    "Remittances and Chinese loans helped lift the foreign exchange reserves by {pct} to {money}.",
    "The {project} is expected to add {mw} megawatts to the national grid.",
)
QUOTES = (
    "This partnership will create opportunities for local businesses and strengthen bilateral trade relations.",
    "China is Pakistan's most reliable friend, and this project is a testament to our iron-clad brotherhood.",
    "We are ready to explore new horizons in our economic partnership.",
    "The {project} will transform the economy of the whole region.",
    "Chinese companies are welcome to invest in {sector}, and we will provide them every facility.",
    "We expect trade to cross {money} within the next {small} years.",
    "Security of Chinese nationals working in Pakistan is our top priority.",
    "Our aim is to make {place} a hub of regional connectivity.",
    "The second phase of CPEC will focus on {sector}, {sector2} and job creation.",
    "Both countries have agreed to fast-track the {project}.",
)
CONTINUATIONS = (
    "We have already identified {count} projects and the work will start {when}.",
    "This is not just about roads and power plants; it is about people.",
    "I am confident that the momentum will continue in the coming years.",
    "The private sector on both sides has a big role to play.",
)
VERBS = ("said", "added", "told reporters", "remarked", "stated", "noted", "said while addressing the ceremony")
BOILER_TOP = (
    ("Skip to Content",),
    ("Home", "News", "Business", "World"),
    ("Video Player is loading.", "Current Time 0:00", "Duration -:-", "Loaded: 0%", "Stream Type LIVE"),
    ("Share this article", "Facebook", "Twitter", "WhatsApp"),
    ("Advertisement",),
)
BOILER_BOTTOM = (
    ("Recommended Articles", "Hot · Posts"),
    ("Follow us on Twitter and Facebook for the latest news.",),
    ("Related Stories",),
    ("Copyright © {year} All rights reserved.",),
    ("Credit: INP-WealthPk",),
    ("Editor: {cn_given}",),
    ("Tags: CPEC, China, Pakistan, {sector}",),
)
OUTLETS = ("xinhua", "app", "prnewswire", "byline", "city_colon", "plain", "datestamp")
SOURCES = ("Xinhua", "APP", "PRNewswire", "Daily Frontier", "The Corridor Times", "Business Recorder Online")


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    role: str
    female: bool
    family_first: bool = False  # Chinese names: the family name comes first and is the one repeated

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def surname(self) -> str:
        return self.first if self.family_first else self.last

    @property
    def pronoun(self) -> str:
        return "she" if self.female else "he"


@cache
def _zipf_cumulative(size: int, s: float = 1.1) -> tuple[float, ...]:
    return tuple(accumulate(1.0 / (rank**s) for rank in range(1, size + 1)))


def _zipf_index(rng: random.Random, size: int) -> int:
    """An index in [0, size) drawn with probability ∝ 1/rank^1.1: a few items recur, most are rare."""
    return rng.choices(range(size), cum_weights=_zipf_cumulative(size))[0]


def _people(rng: random.Random) -> list[Person]:
    """All invented people in a fixed shuffled order (rank = how often they recur)."""
    people: list[Person] = []
    for last in PK_LAST:
        for first in (*MALE_FIRST, *FEMALE_FIRST):
            people.append(Person(first, last, rng.choice(PK_ROLES), first in FEMALE_FIRST))
    for family in CN_FAMILY:
        for given in CN_GIVEN:
            people.append(Person(family, given, rng.choice(CN_ROLES), given in CN_FEMALE, family_first=True))
    rng.shuffle(people)
    return people


def _orgs(rng: random.Random) -> list[str]:
    orgs = [f"{p} {s}" for p in ORG_PREFIX for s in ORG_SUFFIX]
    rng.shuffle(orgs)
    return [*FIXED_ORGS, *orgs]


class _Writer:
    """Fills the templates of one article, keeping who was named last (for pronoun quotes)."""

    def __init__(self, rng: random.Random, people: list[Person], orgs: list[str], published: date) -> None:
        self.rng = rng
        self.people = people
        self.orgs = orgs
        self.published = published
        self.named: list[Person] = []

    def person(self) -> Person:
        person = self.people[_zipf_index(self.rng, len(self.people))] if self.rng.random() < 0.7 else None
        if person is None:
            person = self.rng.choice(self.people)
        self.named.append(person)
        return person

    def title_person(self) -> str:
        person = self.person()
        if self.rng.random() < 0.5:
            return f"{person.role} {person.name}"
        return f"{person.name}, {person.role.removeprefix('the ')},"

    def money(self) -> str:
        rng = self.rng
        amount = rng.choice((1.2, 2.5, 4.6, 11, 58, 62, 300, 450, 750, 1.8, 3, 6.3, 25, 120))
        unit = rng.choice(("million", "billion"))
        form = rng.randrange(6)
        if form == 0:
            return f"${amount} {unit}"
        if form == 1:
            return f"US${amount} {unit}"
        if form == 2:
            return f"{amount} {unit} U.S. dollars"
        if form == 3:
            return f"{amount} {unit} yuan"
        if form == 4:
            return f"Rs{amount} {unit}"
        return f"RMB {amount} {unit}"

    def pct(self) -> str:
        value = self.rng.choice(("3.5", "7", "12.4", "18", "23.6", "41", "9.8", "0.6", "15"))
        return f"{value}{self.rng.choice((' percent', ' per cent', '%'))}"

    def abs_date(self) -> str:
        day = self.published - timedelta(days=self.rng.randrange(3, 200))
        if self.rng.random() < 0.5:
            return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"

    def when(self) -> str:
        return self.rng.choice(
            (
                "next month",
                "early next year",
                "by the end of this year",
                "in the coming weeks",
                "next week",
                f"in {MONTHS[(self.published.month + 1) % 12]}",
                "after Eid",
            )
        )

    def fill(self, template: str) -> str:
        rng = self.rng
        sectors = rng.sample(SECTORS, 3)
        values = {
            "sector": sectors[0],
            "sector2": sectors[1],
            "sector3": sectors[2],
            "place": rng.choice(PK_PLACES),
            "cn_place": rng.choice(CN_PLACES),
            "project": rng.choice(PROJECTS),
            "org": self.orgs[_zipf_index(rng, len(self.orgs))],
            "org2": rng.choice(self.orgs),
            "count": rng.choice(("two", "three", "five", "seven", "12", "20")),
            "small": rng.choice(("200", "50", "30", "five", "10")),
            "thousands": str(rng.randrange(2, 90)),
            "weekday": rng.choice(WEEKDAYS),
            "period": rng.choice(
                (
                    "first quarter",
                    "first half of the fiscal year",
                    "July-March period",
                    "last fiscal year",
                    f"first {rng.randrange(2, 11)} months of {self.published.year}",
                )
            ),
            "month": rng.choice(MONTHS),
            "year": str(self.published.year),
            "future_year": str(self.published.year + rng.randrange(1, 4)),
            "past_year": str(self.published.year - rng.randrange(1, 8)),
            "fiscal": f"{self.published.year}-{(self.published.year + 1) % 100:02d}",
            "rate": rng.choice(("1.5", "2", "3.2", "0.8")),
            "rs": str(rng.randrange(5, 400)),
            "mw": str(rng.choice((300, 660, 884, 1100, 1320))),
            "cn_given": rng.choice(CN_GIVEN),
        }
        text = template
        for key in ("money", "money"):
            text = text.replace("{" + key + "}", self.money(), 1)
        while "{pct}" in text:
            text = text.replace("{pct}", self.pct(), 1)
        text = text.replace("{abs_date}", self.abs_date()).replace("{when}", self.when())
        if "{title_person}" in text:
            text = text.replace("{title_person}", self.title_person())
        if "{title_person2}" in text:
            text = text.replace("{title_person2}", self.title_person())
        if "{surname_prev}" in text:
            text = text.replace("{surname_prev}", self.named[-1].surname if self.named else self.person().name)
        if "{surname}" in text:
            text = text.replace("{surname}", self.person().surname)
        return text.format(**values).replace(",.", ".").replace(",,", ",")

    def quote(self, open_q: str, close_q: str) -> list[str]:
        """One or two paragraphs of quotation, attributed by name, title, or a pronoun after a mention."""
        rng = self.rng
        named = bool(self.named) and rng.random() < 0.6
        speaker = self.named[-1] if named else self.person()
        said = rng.choice(VERBS)
        body = self.fill(rng.choice(QUOTES))
        more = self.fill(rng.choice(CONTINUATIONS))
        form = rng.randrange(5)
        if form == 0 and named:  # pronoun attribution: the speaker was named in an earlier paragraph
            return [f"{open_q}{body[:-1]},{close_q} {speaker.pronoun} {said}."]
        if form == 1:  # run-on quote: the first paragraph has no closing mark
            return [f"{speaker.surname if named else speaker.name} {said}: {open_q}{body}", f"{open_q}{more}{close_q}"]
        if form == 3:
            return [
                f"{speaker.name} said that {body[0].lower()}{body[1:]}",
                f"{open_q}{more[:-1]},{close_q} {speaker.pronoun} added.",
            ]
        if form == 4 and named:
            return [f"According to {speaker.surname}, {open_q}{body[0].lower()}{body[1:]}{close_q}"]
        return [f"{open_q}{body[:-1]},{close_q} said {speaker.role} {speaker.name}."]


def _dateline(rng: random.Random, outlet: str, published: date) -> tuple[list[str], str]:
    """Lines before the lead, and a prefix for the lead paragraph."""
    city = rng.choice((*PK_PLACES[:6], *CN_PLACES[:5])).upper()
    ap = f"{AP_MONTHS[published.month - 1]} {published.day}"
    if outlet == "xinhua":
        return [], f"{city}, {ap} (Xinhua) -- "
    if outlet == "app":
        return [], f"{city.title()}, {MONTHS[published.month - 1]} {published.day} (APP): "
    if outlet == "prnewswire":
        return [], f"{city}, {ap}, {published.year} /PRNewswire/ — "
    if outlet == "byline":
        person = f"{rng.choice(MALE_FIRST + FEMALE_FIRST)} {rng.choice(PK_LAST)}"
        return [rng.choice((person, f"By {person}", f"{person} | Staff Reporter"))], ""
    if outlet == "city_colon":
        return [], f"{city}: "
    if outlet == "datestamp":
        return [
            f"{published.isoformat()} {rng.randrange(7, 23)}:{rng.randrange(60):02d} Last Updated At:"
            f"{rng.randrange(7, 23)}:{rng.randrange(60):02d}"
        ], ""
    return [], ""


def make_article(rng: random.Random, people: list[Person], orgs: list[str], index: int) -> str:
    """The text of one synthetic article (with front matter for some)."""
    published = START + timedelta(days=rng.randrange(SPAN_DAYS))
    writer = _Writer(rng, people, orgs, published)
    curly = rng.random() < 0.6
    open_q, close_q = ("\u201c", "\u201d") if curly else ('"', '"')
    outlet = rng.choice(OUTLETS)
    pre, lead_prefix = _dateline(rng, outlet, published)
    headline = writer.fill(rng.choice(HEADLINES))
    headline = headline[0].upper() + headline[1:]

    paragraphs = [lead_prefix + writer.fill(rng.choice(OPENINGS))]
    body = rng.sample(BODY, rng.randrange(4, 10))
    for template in body:
        if rng.random() < 0.35:
            paragraphs.extend(writer.quote(open_q, close_q))
        sentences = [writer.fill(template)]
        if rng.random() < 0.4:
            sentences.append(writer.fill(rng.choice(BODY)))
        paragraphs.append(" ".join(sentences))
    paragraphs.extend(writer.quote(open_q, close_q))
    if rng.random() < 0.3:
        paragraphs.insert(rng.randrange(2, len(paragraphs)), rng.choice(("Trade ties", "Way forward", "Security")))

    lines: list[str] = []
    if rng.random() < 0.3:
        for block in rng.sample(BOILER_TOP, rng.randrange(1, 3)):
            lines.extend(block)
    with_headline = rng.random() < 0.75
    front_matter = rng.random() < 0.2
    if with_headline and not front_matter:
        lines.append(headline)
    lines.extend(pre)
    lines.extend(paragraphs)
    if rng.random() < 0.4:
        for block in rng.sample(BOILER_BOTTOM, rng.randrange(1, 3)):
            lines.extend(
                line.format(year=published.year, cn_given=rng.choice(CN_GIVEN), sector=rng.choice(SECTORS))
                for line in block
            )
    separator = rng.choice(("\n\n", "\n\n", "\n"))
    indent = "      " if rng.random() < 0.1 else ""
    text = separator.join(indent + line for line in lines) + rng.choice(("\n", "", "\n\n"))
    if front_matter:
        header = [
            "---",
            f'title: "{headline}"',
            f"date: {published.isoformat()}",
            f"source: {rng.choice(SOURCES)}",
            f"url: https://news.example.com/{published.year}/story-{index}",
        ]
        if rng.random() < 0.5:
            header.append(f"tags: [cpec, {rng.choice(SECTORS).split()[0]}]")
        text = "\n".join((*header, "---", "")) + text
    return text


def make_corpus(n: int, out_dir: Path | str, seed: int = 7) -> list[Path]:
    """Write `n` articles into `out_dir` (created if needed); return their paths in name order."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    people = _people(random.Random(seed + 1))
    orgs = _orgs(random.Random(seed + 2))
    width = max(3, len(str(n - 1)))
    paths: list[Path] = []
    for index in range(n):
        text = make_article(rng, people, orgs, index)
        digest = hashlib.sha256(f"{index}\0{text}".encode()).hexdigest()[:16]
        path = out / f"{index:0{width}d}_{digest}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="how many articles")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    options = parser.parse_args(argv)
    paths = make_corpus(options.n, options.out_dir, seed=options.seed)
    print(f"{len(paths)} articles written to {options.out_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
