"""The Jinja2 environment for page templates: every `{{ value }}` is escaped for Markdown
unless the code marked it as already safe (`Markup`), so article text cannot become markup.
Inside the HTML blocks of a page (render/rawhtml.py) values go through the `html` filter instead
(`attr` in an attribute)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from markupsafe import Markup

from .escape import html_attr, html_text, md_inline, page_title, yaml_string
from .fulltext import render_full_text

_EMPTY = Markup("")


def _html(value: object) -> Markup:
    return _EMPTY if value is None else html_text(value)


def _or_else(value: object, missing: str) -> Markup:
    """`value` as HTML text, or when it is empty the template's `missing` in italics. A filter, not a
    macro: it is in the rows of most listings, and a macro call costs Jinja many times more."""
    return html_text(value) if value else Markup(f"<em>{html_text(missing)}</em>")


def _finalize(value: object) -> Markup:
    """What `{{ value }}` prints: Markup as it is, anything else escaped for Markdown. Always Markup,
    so that Jinja's own escaping after it would have nothing to do (see `_CodeGenerator`)."""
    if isinstance(value, Markup):
        return value
    if value is None:
        return _EMPTY
    return md_inline(value)


class _CodeGenerator(CodeGenerator):
    """Compiles `{{ value }}` to `environment.finalize(value)` where Jinja writes
    `escape(environment.finalize(value))`: `_finalize` returns Markup, which escape() only copies, for
    every value printed on every page. (Only where autoescaping is on throughout the template, as it is;
    elsewhere Jinja's code is kept.)"""

    def _output_child_pre(self, node: nodes.Expr, frame: Frame, finalize: Any) -> None:
        if frame.eval_ctx.autoescape and not frame.eval_ctx.volatile and finalize.src is not None:
            self.write("(" + finalize.src)  # the parentheses Jinja closes after the value
        else:
            super()._output_child_pre(node, frame, finalize)


# The attributes every dict has (methods such as `items`): `{{ d.items }}` is the method, not the key.
_DICT_ATTRIBUTES = frozenset(dir(dict))


class _Environment(jinja2.Environment):
    """Jinja's environment, with `item.name` on a dict (what most template values are) looked up as the
    key at once. Jinja tries the attribute first and the key only when that fails, and the failure (an
    exception) costs more than the lookup; the result is the same."""

    code_generator_class = _CodeGenerator

    def getattr(self, obj: object, attribute: str) -> object:
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


@cache
def environment() -> jinja2.Environment:
    env = _Environment(
        loader=jinja2.PackageLoader("generator.render", "templates"),
        autoescape=True,  # macro results come back as Markup; values are escaped by _finalize
        finalize=_finalize,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        md=md_inline,
        html=_html,  # text in the HTML blocks of a page (render/rawhtml.py)
        or_else=_or_else,
        attr=lambda value: _EMPTY if value is None else html_attr(value),
        title=lambda value: Markup(page_title(value)),
        yaml=lambda value: Markup(yaml_string(value)),
        # a filter, not a value in the context: the article is in the context already, so the page key
        # (a hash of the context) need not pickle the text twice
        full_text=render_full_text,
    )
    return env


def use_bytecode_cache(folder: Path | None) -> None:
    """Keep the compiled templates in `folder` for the next build (Jinja checks each against its
    template's source before using it), or (None) compile them in every process."""
    cache = None
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
        # apart from templates compiled by Jinja's own code generator (which a bytecode cache does not tell apart)
        cache = jinja2.FileSystemBytecodeCache(str(folder), pattern="__jinja2_%s.finalized.cache")
    environment().bytecode_cache = cache


def render_template(template_name: str, /, **context: object) -> str:
    return environment().get_template(template_name).render(**context)
