"""`briefing extract --jsonl` keeps to the contract, and its accuracy on the gold never drops."""

from __future__ import annotations

import json
import re
import sys

import jsonschema
import pytest

from .conftest import FIXTURES, ROOT, briefing, run

pytestmark = pytest.mark.shared

# Stored minimums (like an evaluation gate): raise them as the extractors improve, never lower them.
SEED_MINIMUMS = {  # the bars of the extraction-accuracy issue; the seeds meet all of them
    "quotes_f1": 0.95,
    "speaker_acc": 0.90,
    "money_f1": 0.95,
    "money_usd_acc": 0.95,
    "dates_f1": 0.90,
    "date_value_acc": 0.90,
    "people_f1": 0.90,
    "boilerplate_removed": 0.95,
    "body_kept": 1.0,
    "published_acc": 1.0,
}
# Our own fixtures (other outlets' styles, hand-made gold) are held to the same bars.
FIXTURE_MINIMUMS = SEED_MINIMUMS
# The held-out set was written blind to the code and is scored apart. It meets the same bars but one:
# a page dated only "11/12/2024" keeps an unknown publication date, because the reader never guesses
# between day-first and month-first.
HELDOUT_MINIMUMS = SEED_MINIMUMS | {"published_acc": 0.96}


def extract(files, tmp_path) -> list[dict]:
    result = briefing("extract", "--jsonl", *files, cwd=ROOT)
    out = tmp_path / "extract.jsonl"
    out.write_text(result.stdout, encoding="utf-8")
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_extract_output_validates_against_the_contract_schema(shared, tmp_path):
    schema = json.loads((shared / "contract" / "extract.schema.json").read_text(encoding="utf-8"))
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    objects = extract(seeds, tmp_path)
    assert len(objects) == len(seeds)
    for obj, seed in zip(objects, seeds, strict=True):
        jsonschema.validate(obj, schema)
        assert obj["source_file"] == str(seed)


def score(shared, gold_dir, files, tmp_path, minimums) -> dict[str, float]:
    extract(files, tmp_path)
    bounds = [arg for key, value in minimums.items() for arg in ("--min", f"{key}={value}")]
    result = run(
        sys.executable,
        shared / "tools" / "score.py",
        gold_dir,
        tmp_path / "extract.jsonl",
        *bounds,
        cwd=ROOT,
        check=False,
    )
    total = result.stdout.strip().splitlines()[-1]
    print(total)
    assert result.returncode == 0, f"below the stored minimums:\n{result.stdout}"
    return {key: float(value) for key, value in re.findall(r"(\w+)=([\d.]+)", total)}


def test_seed_extraction_scores_at_least_the_stored_minimums(shared, tmp_path):
    figures = score(shared, shared / "gold", sorted((ROOT / "seeds").glob("*.txt")), tmp_path, SEED_MINIMUMS)
    assert set(SEED_MINIMUMS) <= set(figures)


def test_fixture_extraction_scores_at_least_the_stored_minimums(shared, tmp_path):
    articles = sorted((FIXTURES / "articles").glob("*.txt"))
    assert len(articles) >= 12
    score(shared, FIXTURES / "gold", articles, tmp_path, FIXTURE_MINIMUMS)


def test_heldout_extraction_scores_at_least_the_stored_minimums(shared, tmp_path):
    articles = sorted((FIXTURES / "heldout" / "articles").glob("*.txt"))
    assert len(articles) >= 8
    score(shared, FIXTURES / "heldout" / "gold", articles, tmp_path, HELDOUT_MINIMUMS)
