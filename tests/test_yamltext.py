"""YAML is read with libyaml's parser where PyYAML has it, with the values and errors of `yaml.safe_load`."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from generator.yamltext import load_yaml


@pytest.mark.parametrize("name", ["gazetteer.yaml", "topics.yaml"])
def test_the_shipped_defaults_load_as_safe_load_gives_them(name):
    text = (resources.files("generator") / "defaults" / name).read_text(encoding="utf-8")
    assert load_yaml(text) == yaml.safe_load(text)


@pytest.mark.parametrize(
    "text", ["title: [unclosed", "a: 1\n a: 2\n", "date: 2024-02-30", "!!python/object:os.system x"]
)
def test_text_either_parser_refuses_raises_what_safe_load_raises(text):
    with pytest.raises(Exception) as expected:
        yaml.safe_load(text)
    with pytest.raises(type(expected.value)) as raised:
        load_yaml(text)
    assert str(raised.value) == str(expected.value)


def test_plain_values_and_dates_are_the_same():
    text = "title: 'A: b'\ndate: 2024-03-04\nn: 12\ntags: [cpec, trade]\nempty:\n"
    assert load_yaml(text) == yaml.safe_load(text)
