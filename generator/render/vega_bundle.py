"""The script the charts run on: Vega, Vega-Lite and vega-embed, bundled by vl-convert.

Bundling takes vl-convert seconds, and what it makes depends on vl-convert's version alone: it is an
asset of the installed library, like a theme's scripts, not a result of a build. So it is made once per
machine and vl-convert version and kept in the user's cache folder (`$XDG_CACHE_HOME/briefing`, else
`~/.cache/briefing`), where every project and every build finds it, `--no-cache` builds included
(they ignore what earlier builds extracted and rendered; this is neither). Where that folder cannot
be written, each build bundles again.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import vl_convert

STORE_FOLDER = "briefing"


def store() -> Path | None:
    """The folder the bundle is kept in, or None when the user has no cache folder to name."""
    base = os.environ.get("XDG_CACHE_HOME") or ""
    if not os.path.isabs(base):  # the XDG rule: a relative path is ignored
        try:
            base = str(Path.home() / ".cache")
        except RuntimeError:  # no home folder to be found
            return None
    return Path(base) / STORE_FOLDER


def bundle_path() -> Path | None:
    folder = store()
    return folder / f"vega-{vl_convert.__version__}.js" if folder is not None else None


def stored_bundle() -> bytes | None:
    """The bundle made earlier for this vl-convert version, or None."""
    path = bundle_path()
    if path is None:
        return None
    try:
        bundle = path.read_bytes()
    except OSError:
        return None
    return bundle or None  # an empty file is no bundle (the file is written whole, but be safe)


def keep(bundle: bytes) -> None:
    """Keep `bundle` for later builds, if the cache folder can be written (else nothing is kept)."""
    path = bundle_path()
    if path is None:
        return
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")  # builds running at once each write their own
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(bundle)
        temporary.replace(path)
    except OSError:
        with contextlib.suppress(OSError):  # also when the folder itself could not be made
            temporary.unlink(missing_ok=True)
