"""Stage 1 — bytes → RawArticle (stub; owned by the read/clean helper)."""

from __future__ import annotations

from pathlib import Path

from .model import RawArticle


class SeedReadError(Exception):
    """A seed that cannot be read; `reason` says why in words a user understands."""

    def __init__(self, source_file: str, reason: str) -> None:
        super().__init__(f"{source_file}: {reason}")
        self.source_file = source_file
        self.reason = reason


def decode_seed(data: bytes, source_file: str) -> RawArticle:
    return RawArticle(source_file=source_file, text=data.decode("utf-8", "replace"))


def read_seed(path: Path, source_file: str, max_bytes: int = 5_000_000) -> RawArticle:
    return decode_seed(path.read_bytes(), source_file)
