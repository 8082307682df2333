"""Settings for a build: where things are and which user files extend the shipped defaults.

A project may hold `briefing.yml` at its root:

    site_title: China–Pakistan Briefing
    gazetteer: config/gazetteer.yaml   # known people/organisations/places, extends the defaults
    topics: config/topics.yaml         # topic taxonomy, extends the defaults
    rows_per_page: 300                 # a longer listing page is split by year, month, then number

Every key is optional. Paths are relative to the project root.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .yamltext import load_yaml

CONFIG_FILE = "briefing.yml"
SEED_SUFFIXES = (".txt", ".md", ".html", ".htm")
MAX_SEED_BYTES = 5_000_000
ROWS_PER_PAGE = 300  # rows on a listing page before it is split (render/split.py)


class ConfigError(Exception):
    """The project's configuration file cannot be used."""


@dataclass(frozen=True)
class Settings:
    root: Path
    seeds_dir: Path
    docs_dir: Path
    site_title: str = "China–Pakistan Briefing"
    gazetteer_files: tuple[Path, ...] = ()
    taxonomy_files: tuple[Path, ...] = ()
    max_seed_bytes: int = MAX_SEED_BYTES
    rows_per_page: int = ROWS_PER_PAGE

    @property
    def cache_dir(self) -> Path:
        return self.root / ".briefing-cache"


def load_settings(root: Path) -> Settings:
    """Read `briefing.yml` under `root` when it exists; defaults otherwise."""
    root = root.resolve()
    options: dict = {}
    config_path = root / CONFIG_FILE
    if config_path.exists():
        try:
            loaded = load_yaml(config_path.read_text(encoding="utf-8"))
        except (yaml.YAMLError, UnicodeDecodeError) as error:
            raise ConfigError(f"{config_path}: not valid YAML ({error})") from error
        if loaded is not None and not isinstance(loaded, dict):
            raise ConfigError(f"{config_path}: expected a mapping of settings")
        options = loaded or {}
    unknown = sorted(set(options) - {"site_title", "gazetteer", "topics", "seeds", "docs", "rows_per_page"})
    if unknown:
        raise ConfigError(f"{config_path}: unknown setting(s) {', '.join(unknown)}")
    return Settings(
        root=root,
        seeds_dir=root / _string(options, "seeds", "seeds", config_path),
        docs_dir=root / _string(options, "docs", "docs", config_path),
        site_title=_string(options, "site_title", Settings.site_title, config_path),
        gazetteer_files=_paths(root, options.get("gazetteer"), "gazetteer", config_path),
        taxonomy_files=_paths(root, options.get("topics"), "topics", config_path),
        rows_per_page=_positive_int(options, "rows_per_page", ROWS_PER_PAGE, config_path),
    )


def _positive_int(options: dict, key: str, default: int, config_path: Path) -> int:
    value = options.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(f"{config_path}: '{key}' must be a whole number of at least 1")
    return value


def _string(options: dict, key: str, default: str, config_path: Path) -> str:
    value = options.get(key, default)
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{config_path}: '{key}' must be a non-empty string")
    return value


def _paths(root: Path, value: object, key: str, config_path: Path) -> tuple[Path, ...]:
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
        raise ConfigError(f"{config_path}: '{key}' must be a path or a list of paths")
    paths = tuple(root / item for item in items)
    for path in paths:
        if not path.is_file():
            raise ConfigError(f"{config_path}: '{key}' file {path} does not exist")
    return paths
