"""The folders under docs/ that the generator owns: nothing outside them is ever written or removed.

Apart from render/paths.py (where each page goes), so that writing, and a build that stops before
rendering, do not import the renderer and its libraries (Jinja, vl-convert)."""

OWNED_FOLDERS = (
    "briefings",
    "timeline",
    "quotes",
    "entities",
    "figures",
    "topics",
    "review",
    "new",
    "data",
    "_partials",
    "assets/briefing",
)
