"""Word lists and patterns for names, roles, organisations and attribution (no logic)."""

from __future__ import annotations

import re

# Honorifics written before a name; dropped from canonical names.
HONORIFICS = frozenset(
    "dr dr. mr mr. mrs mrs. ms ms. prof prof. sir dame madam mian sheikh engr engr. hon hon.".split()
)

# Title words that can stand right before a name ("Senator Aurangzeb", "PM Sharif").
TITLE_HEADS = frozenset(
    """
    minister ministers president premier pm chairman chairwoman chairperson chair secretary governor senator
    ambassador envoy consul counsellor counselor attache attaché economist director ceo cfo coo cto
    spokesperson spokesman spokeswoman mayor commissioner adviser advisor assistant chief head founder
    professor analyst expert specialist official representative deputy general admiral commander
    leader speaker justice judge king queen prince emir sultan captain lieutenant colonel major marshal
    executive officer manager partner president-elect vice-president mna mpa mp lawmaker legislator
    councillor councilor editor researcher scholar economist strategist fellow lecturer dean rector
    chancellor principal inspector superintendent governor-general consul-general organizer organiser
    """.split()
)

# Words that may come before a title head inside a role ("Caretaker Federal Minister").
TITLE_MODIFIERS = frozenset(
    """
    caretaker acting former ex interim federal provincial state vice deputy senior junior chief prime
    foreign finance interior defence defense commerce trade planning energy information
    executive managing special additional joint assistant first second permanent general
    communist party principal lead associate
    """.split()
)

# Nationality adjectives that open roles ("Chinese President", "Pakistani Ambassador").
NATIONALITIES = frozenset(
    """
    chinese pakistani american british indian afghan iranian saudi emirati russian japanese korean
    turkish french german italian bangladeshi sri lankan nepalese qatari kuwaiti omani malaysian
    indonesian thai vietnamese singaporean uzbek kazakh kyrgyz tajik turkmen european african
    """.split()
)

# Lower-case role nouns that can head an apposition ("Dr Asad Qureshi, a digital transformation specialist").
ROLE_NOUNS = TITLE_HEADS | frozenset(
    """
    governor chairman director economist specialist expert analyst official spokesperson professor
    researcher consultant entrepreneur businessman businesswoman investor diplomat journalist
    member president secretary head founder owner scientist engineer adviser advisor coordinator
    directors members officials experts analysts economists
    """.split()
)

# Role nouns used as anaphors for a person ("the ambassador said").
PERSON_ANAPHORS = frozenset(
    """
    ambassador diplomat envoy minister premier president official spokesperson spokesman spokeswoman
    governor chairman chairwoman chairperson secretary consul counsellor economist expert analyst
    specialist director chief leader senator mayor commissioner adviser advisor professor officer
    """.split()
)

# Heads of organisation names ("People's Bank of China", "CZK Group").
ORG_HEADS = frozenset(
    """
    bank fund network party committee group association ministry limited ltd company corporation corp
    commission council authority agency administration organisation organization forum institute
    university office department unit consulate embassy bureau board federation chamber union nations
    exchange holdings industries inc llc plc co. trust foundation society academy assembly parliament
    senate cabinet government court army navy force forces police services service news agency media
    television radio times post tribune gazette daily herald express airlines airways railways
    secretariat directorate division college school hospital centre center club league alliance
    consortium enterprises enterprise partners cooperation coalition
    """.split()
)

# Lower-case bodies that speak ("the finance ministry said").
BODY_NOUNS = frozenset(
    """
    ministry embassy consulate office government council committee commission bank company
    department agency authority board bureau foreign-office secretariat spokesperson's
    """.split()
)

# Heads of place names ("Gwadar Port", "Tianhe District", "Port Qasim").
PLACE_HEADS = frozenset(
    "port district province region city county prefecture sea ocean island islands valley area "
    "bay gulf river lake mountains desert zone state territory".split()
)
PLACE_PREFIXES = frozenset("port lake mount gulf bay".split())

# Capitalised words that are never part of a person's name.
NOT_NAME_WORDS = frozenset(
    """
    the a an this that these those his her their its our we he she they it i you both all some many most
    experts officials sources meanwhile however moreover furthermore also while when after before since
    during under over in on at by for with from to of and or but as if so yet
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december
    energy power petroleum commerce industry development planning special initiatives trade investment
    affairs finance foreign interior defence defense information technology economic economy affairs
    corridor initiative belt road global international national federal provincial new area
    cooperation partnership business security development agriculture infrastructure communications
    phase prime minister president chairman governor ambassador secretary senator dr mr mrs ms
    caretaker acting former chinese pakistani consulate general embassy ministry bank group party
    chapters video player current time duration stream type loaded remaining recommended articles
    credit source photo file reporting editing read more related
    """.split()
)

# Particles that may sit inside a name ("Moin ul Haque", "Ahmed bin Ali").
NAME_PARTICLES = frozenset("ul al el bin bint ibn van von der de da di du la le".split())

# Words that link the parts of a role or organisation name.
CONNECTORS = frozenset("of for to and & the at in on".split())

# Verbs that attribute speech (any tense form listed explicitly).
ATTRIBUTION_VERBS = frozenset(
    """
    said says say told tells added adds stated states remarked remarks noted notes emphasised emphasized
    emphasises emphasizes explained explains stressed stresses highlighted highlights underlined
    underlines underscored underscores observed observes asserted asserts insisted insists maintained
    maintains argued argues commented comments announced announces declared declares warned warns
    urged urges acknowledged acknowledges reiterated reiterates affirmed affirms reaffirmed reaffirms
    confirmed confirms claimed claims wrote writes recalled recalls continued continues concluded
    concludes replied replies responded responds answered answers suggested suggests predicted
    predicts believes believed pointed expressed expresses conveyed conveys hoped hopes agreed agrees
    mentioned mentions revealed reveals disclosed discloses described describes called calls
    """.split()
)

# Participles that attribute speech to the clause's subject ("…, adding, “We are ready…”").
ATTRIBUTION_PARTICIPLES = frozenset(
    "adding saying stating noting stressing emphasising emphasizing explaining remarking observing "
    "declaring warning insisting arguing asserting telling highlighting underlining".split()
)

PRONOUNS = frozenset("he she they it we".split())

# Cues before a quoted span that mark a name or title rather than speech.
NAMING_CUES = re.compile(
    r"(?:\b(?:theme|themed|titled|entitled|dubbed|known as|called|named|slogan|motto|label|"
    r"billed as|branded|nicknamed|hashtag|banner|headlined|campaign)\s*(?:of|as|was|is)?\s*[,:]?\s*)$",
    re.IGNORECASE,
)

# Characters folded to one form before matching (same length, so offsets stay valid).
FOLD = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u00a0": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2013": "-",
        "\u2014": "-",
    }
)

OPEN_QUOTES = "\u201c\u201e"
CLOSE_QUOTES = "\u201d"
STRAIGHT_QUOTE = '"'
