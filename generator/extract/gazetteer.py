"""Known people, organisations, places and programmes, with aliases, from YAML.

The shipped defaults (`generator/defaults/gazetteer.yaml`) are always loaded first; user
files given to `load_gazetteer` extend them, and an entry whose name (any case) matches a
default entry of the same kind replaces it. Programmes and events ("other") are listed so
that they are never reported as organisations or places.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

from ..yamltext import load_yaml

KINDS = ("people", "organizations", "places", "other")
_KIND_OF_SECTION = {"people": "person", "organizations": "organization", "places": "place", "other": "other"}


@dataclass(frozen=True)
class GazetteerEntry:
    name: str
    kind: str  # "person" | "organization" | "place" | "other"
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Gazetteer:
    entries: tuple[GazetteerEntry, ...] = ()

    def of_kind(self, kind: str) -> tuple[GazetteerEntry, ...]:
        return tuple(entry for entry in self.entries if entry.kind == kind)


def load_gazetteer(paths: Sequence[Path] = ()) -> Gazetteer:
    """Shipped defaults, then each user file in order (later entries override earlier ones)."""
    text = resources.files("generator").joinpath("defaults/gazetteer.yaml").read_text(encoding="utf-8")
    entries = _parse(text, "generator/defaults/gazetteer.yaml")
    for path in paths:
        try:
            user_text = Path(path).read_text(encoding="utf-8")
        except OSError as err:
            raise ValueError(f"{path}: cannot read gazetteer file ({err})") from err
        entries = _merge(entries, _parse(user_text, str(path)))
    return Gazetteer(tuple(entries))


def _merge(base: list[GazetteerEntry], extra: list[GazetteerEntry]) -> list[GazetteerEntry]:
    replaced = {(entry.kind, entry.name.casefold()): entry for entry in extra}
    merged = [replaced.pop((entry.kind, entry.name.casefold()), entry) for entry in base]
    merged.extend(entry for entry in extra if (entry.kind, entry.name.casefold()) in replaced)
    return merged


def _parse(text: str, where: str) -> list[GazetteerEntry]:
    try:
        data = load_yaml(text)
    except yaml.YAMLError as err:
        raise ValueError(f"{where}: not valid YAML ({err})") from err
    if data is None:
        return []
    if not isinstance(data, dict):
        raise ValueError(f"{where}: a gazetteer is a mapping with keys {', '.join(KINDS)}")
    entries: list[GazetteerEntry] = []
    for section in sorted(data, key=str):
        if section not in _KIND_OF_SECTION:
            raise ValueError(f"{where}: unknown section {section!r}; expected one of {', '.join(KINDS)}")
        items = data[section] or []
        if not isinstance(items, list):
            raise ValueError(f"{where}: section {section!r} must be a list")
        entries.extend(_entry(item, _KIND_OF_SECTION[section], where, section) for item in items)
    return entries


def _entry(item: object, kind: str, where: str, section: str) -> GazetteerEntry:
    if isinstance(item, str):
        return GazetteerEntry(item.strip(), kind)
    if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
        raise ValueError(f"{where}: every entry of {section!r} needs a 'name' (got {item!r})")
    aliases = item.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [aliases]
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise ValueError(f"{where}: 'aliases' of {item['name']!r} must be a list of strings")
    return GazetteerEntry(item["name"].strip(), kind, tuple(a.strip() for a in aliases if a.strip()))
