"""`dsarbot classify`: JSON lines for scripts, a table for people, clear errors for unreadable files."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from typer.testing import CliRunner

from dsarbot.cli.classify import classify

MAILS = Path(__file__).parent / "mails"


def _app() -> typer.Typer:
    app = typer.Typer()
    app.command()(classify)
    return app


def test_json_prints_one_label_object_per_file():
    files = [str(MAILS / "fi-gmail-forward.eml"), str(MAILS / "de-ooo-no-headers.eml")]
    result = CliRunner().invoke(_app(), ["--json", *files])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["file"] for r in rows] == ["fi-gmail-forward.eml", "de-ooo-no-headers.eml"]
    assert rows[0]["category"] == "request"
    assert rows[0]["requester_email"] == "petteri.laine@kotimail.example.com"
    assert rows[1]["category"] == "automated"
    assert list(rows[0])[:9] == ["file", "category", "kinds", "language", "requester_email", "requester_name",
                                 "phone", "hetu", "business_id"]


def test_non_ascii_is_printed_as_is_in_json():
    result = CliRunner().invoke(_app(), ["--json", str(MAILS / "fi-unknown-charset-html.eml")])
    assert "Päivi Ahonen" in result.stdout


def test_directory_expands_to_its_eml_files_and_table_is_readable():
    result = CliRunner().invoke(_app(), [str(MAILS)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    for path in MAILS.glob("*.eml"):
        assert path.name in result.stdout
    assert "request" in result.stdout and "automated" in result.stdout


def test_unreadable_file_is_reported_and_the_rest_still_processed(tmp_path):
    missing = tmp_path / "missing.eml"
    result = CliRunner().invoke(_app(), ["--json", str(missing), str(MAILS / "fi-gmail-forward.eml")])
    assert result.exit_code == 1
    assert "missing.eml" in result.stderr
    assert json.loads(result.stdout.strip())["file"] == "fi-gmail-forward.eml"


def test_help_explains_output_and_gives_an_example():
    result = CliRunner().invoke(_app(), ["--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "--json" in result.stdout
    assert "dsarbot classify" in result.stdout


def test_reasons_quote_the_writer_with_umlauts_and_whole_words():
    # The mail says "…poistaa mun yhteystiedot teidän asiakasrekisteristä."; the classifier matches on
    # folded text and quotes its first 80 characters ("teidan asia").
    result = CliRunner().invoke(_app(), ["--json", str(MAILS / "fi-gmail-forward.eml")])
    [reason] = [r for r in json.loads(result.stdout)["reasons"] if r.startswith("erasure")]
    assert "“en oo enää teidän asiakas, joten voisitteko poistaa mun yhteystiedot teidän asiakasrekisteristä" \
        in reason
    assert "teidan" not in reason and "asia”" not in reason


def test_the_table_shows_why():
    result = CliRunner().invoke(_app(), [str(MAILS / "fi-webform-noreply.eml")], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "why" in result.stdout
    assert "Poistakaa minut listoiltanne." in " ".join(result.stdout.split())


def test_reasons_fall_back_to_the_classifiers_words_when_the_text_differs():
    from dsarbot.reasons import readable_reasons

    assert readable_reasons(["access: asks ('vill veta') in “not in the mail”"], "jag vill VETA mer") == \
        ["access: asks ('vill VETA') in “not in the mail”"]
    long = "pyydan etta poistatte kaikki tietoni teidan asiakasrekisteristanne ja myos kaikki laskut sek"
    text = "Hei! Pyydän että poistatte kaikki tietoni teidän asiakasrekisteristänne ja myös kaikki laskut sekä " \
           "yhteystiedot heti."
    [shown] = readable_reasons([f"erasure: in “{long[:80]}”"], text)
    assert shown == "erasure: in “Pyydän että poistatte kaikki tietoni teidän asiakasrekisteristänne ja myös " \
                    "kaikki…”"
