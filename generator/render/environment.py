"""The Jinja2 environment for page templates: every `{{ value }}` is escaped for Markdown
unless the code marked it as already safe (`Markup`), so article text cannot become markup.
Inside the HTML blocks of a page (render/rawhtml.py) values go through the `html` filter instead
(`attr` in an attribute)."""

from __future__ import annotations

import io
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from markupsafe import Markup

from .escape import _SHORT, _markup, _short_html_text, html_attr, html_text, md_inline, page_title, yaml_string
from .fulltext import render_full_text

_EMPTY = Markup("")


def _html(value: object) -> Markup:
    if type(value) is str and len(value) <= _SHORT:  # html_text's own first step, without its call
        return _short_html_text(value)
    return _EMPTY if value is None else html_text(value)


def _or_else(value: object, missing: str) -> Markup:
    """`value` as HTML text, or when it is empty the template's `missing` in italics. A filter, not a
    macro: it is in the rows of most listings, and a macro call costs Jinja many times more."""
    if value:
        return _html(value)  # html_text(value), as value is not None
    return _missing(missing) if type(missing) is str else Markup(f"<em>{html_text(missing)}</em>")


@lru_cache(maxsize=64)
def _missing(missing: str) -> Markup:
    """What `_or_else` prints for an empty value: a few texts (the templates' own), each on many rows."""
    return Markup(f"<em>{html_text(missing)}</em>")


def _attr(value: object) -> Markup:
    return _EMPTY if value is None else html_attr(value)


def _title(value: object) -> Markup:
    return Markup(page_title(value))


def _yaml(value: object) -> Markup:
    return Markup(yaml_string(value))


# The filters that return Markup whatever they are given: `_finalize` returns what they print as it is.
_MARKUP_FILTERS = frozenset({md_inline, _html, _or_else, _attr, _title, _yaml, render_full_text})


def _finalize(value: object) -> Markup:
    """What `{{ value }}` prints: Markup as it is, anything else escaped for Markdown. Always Markup,
    so that Jinja's own escaping after it would have nothing to do (see `_CodeGenerator`)."""
    if isinstance(value, Markup):
        return value
    if value is None:
        return _EMPTY
    if type(value) is int and value >= 0:  # "¶ 3", counts: md_inline leaves the digits as they are
        return _markup(str(value))
    return md_inline(value)


class _CodeGenerator(CodeGenerator):
    """Jinja's code generator, writing cheaper code for what every page does thousands of times. Only where
    autoescaping is on throughout the template, as it is (elsewhere Jinja's code is kept):

    - `{{ value }}` compiles to `environment.finalize(value)` where Jinja writes
      `escape(environment.finalize(value))`: `_finalize` returns Markup, which escape() only copies;
    - `{{ value | html }}` (and the other filters in `_MARKUP_FILTERS`, which always return Markup) to the
      filter's call alone: `_finalize` returns Markup as it is;
    - the pieces of one output (text and values between two tags, say a table row) are yielded as one
      string, joined in the order Jinja would yield them one by one (all of them are str: text, or the
      Markup above), instead of a resumption of the page's generator per piece;
    - `item.name` on a local variable (a loop's, a macro's parameter) compiles to the dict lookup itself when
      the value is a dict holding the key (what `_Environment.getattr` returns then), and to
      `environment.getattr` otherwise; reading the variable again has no effect.
    """

    def _fast_output(self, frame: Frame) -> bool:
        return bool(frame.eval_ctx.autoescape) and not frame.eval_ctx.volatile

    def _output_child_pre(self, node: nodes.Expr, frame: Frame, finalize: Any) -> None:
        if self._fast_output(frame) and finalize.src is not None:
            # the parentheses Jinja closes after the value
            self.write("((" if self._returns_markup(node) else "(" + finalize.src)
        else:
            super()._output_child_pre(node, frame, finalize)

    def _returns_markup(self, node: nodes.Expr) -> bool:
        """Whether `node` is a call of one of our filters that always return Markup."""
        return (
            isinstance(node, nodes.Filter)
            and node.node is not None
            and self.environment.filters.get(node.name) in _MARKUP_FILTERS
        )

    def visit_Output(self, node: nodes.Output, frame: Frame) -> None:
        """Jinja's `visit_Output` (jinja2 3.1), writing `yield ''.join((piece, ...))` for an output of several
        pieces where Jinja writes a `yield` per piece (outside blocks of a template that extends another,
        in a function that yields rather than appending to a buffer)."""
        if frame.require_output_check or frame.buffer is not None or not self._fast_output(frame):
            super().visit_Output(node, frame)
            return
        finalize = self._make_finalize()
        body: list[list[Any] | nodes.Expr] = []
        for child in node.nodes:  # constants evaluated at compile time, as Jinja does
            try:
                if not (finalize.const or isinstance(child, nodes.TemplateData)):
                    raise nodes.Impossible()
                const = self._output_child_to_const(child, frame, finalize)
            except (nodes.Impossible, Exception):
                body.append(child)
                continue
            if body and isinstance(body[-1], list):
                body[-1].append(const)
            else:
                body.append([const])
        if len(body) == 1:
            super().visit_Output(node, frame)  # one piece: Jinja's `yield piece`
            return
        self.writeline("yield ''.join((")
        self.indent()
        for item in body:
            if isinstance(item, list):
                self.writeline(self._output_const_repr(item) + ",")
            else:
                self.newline(item)
                self._output_child_pre(item, frame, finalize)
                self.visit(item, frame)
                self._output_child_post(item, frame, finalize)
                self.write(",")
        self.outdent()
        self.writeline("))")

    def visit_Getattr(self, node: nodes.Getattr, frame: Frame) -> None:
        if self.environment.is_async or node.attr in _DICT_ATTRIBUTES or not isinstance(node.node, nodes.Name):
            super().visit_Getattr(node, frame)
            return
        stream, self.stream = self.stream, io.StringIO()
        try:
            self.visit(node.node, frame)
            name = self.stream.getvalue()
        finally:
            self.stream = stream
        if not name.isidentifier():  # a name that may be missing: Jinja's code
            super().visit_Getattr(node, frame)
            return
        key = repr(node.attr)
        self.write(f"({name}[{key}] if type({name}) is dict and {key} in {name} ")
        self.write(f"else environment.getattr({name}, {key}))")


# Names the templates compiled by this code generator in a bytecode cache (see use_bytecode_cache): a new one for
# every change of the code it writes.
_GENERATOR_VERSION = "joined"

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
        # jinja2.Environment.getattr (jinja2 3.1), here rather than called: one call fewer per lookup
        try:
            return getattr(obj, attribute)
        except AttributeError:
            pass
        try:
            return obj[attribute]  # type: ignore[index]
        except (TypeError, LookupError, AttributeError):
            return self.undefined(obj=obj, name=attribute)


@cache
def environment() -> jinja2.Environment:
    env = _Environment(
        loader=jinja2.PackageLoader("generator.render", "templates"),
        autoescape=True,  # macro results come back as Markup; values are escaped by _finalize
        finalize=_finalize,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        auto_reload=False,  # the templates are the package's: not changed while a process runs (no stat per page)
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        md=md_inline,
        html=_html,  # text in the HTML blocks of a page (render/rawhtml.py)
        or_else=_or_else,
        attr=_attr,
        title=_title,
        yaml=_yaml,
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
        # apart from templates compiled by Jinja's own code generator or an earlier version of ours (which a
        # bytecode cache does not tell apart: it checks the template's source only)
        cache = jinja2.FileSystemBytecodeCache(str(folder), pattern=f"__jinja2_%s.{_GENERATOR_VERSION}.cache")
    environment().bytecode_cache = cache


def render_template(template_name: str, /, **context: object) -> str:
    return environment().get_template(template_name).render(**context)
