"""Setting overrides (`crawl -s NAME=value`, sources.toml numbers) are checked before a crawl."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler.cli import main
from crawler.runner import SettingsError, check_overrides, project_settings
from crawler.sources import SourceError, load_sources


def _config(tmp_path: Path, extra: str = "") -> Path:
    # A portal on a private address: were a crawl to start, it would be refused at once.
    path = tmp_path / "sources.toml"
    path.write_text('[[source]]\nname = "x"\nfamily = "huecit"\nbase_url = "http://127.0.0.1:9"\n'
                    + extra, "utf-8")
    return path


def _crawl(tmp_path: Path, setting: str):
    archive = tmp_path / "archive"
    result = CliRunner().invoke(main, ["crawl", "x", "--config", str(_config(tmp_path)),
                                       "--archive", str(archive), "-s", setting])
    return result, archive


@pytest.mark.parametrize("setting,message", [
    ("PORTAL_RECHEK=known", "unknown setting PORTAL_RECHEK; did you mean PORTAL_RECHECK?"),
    ("PORTAL_NOPE=1", "unknown setting PORTAL_NOPE"),
    ("DOWNLOAD_DELAI=1", "did you mean DOWNLOAD_DELAY?"),
    ("PORTAL_RECHECK=bogus", "PORTAL_RECHECK='bogus': must be one of age, known, none"),
    ("DOWNLOAD_DELAY=abc", "DOWNLOAD_DELAY='abc': must be a number"),
    ("DOWNLOAD_DELAY=nan", "DOWNLOAD_DELAY='nan': must be a number"),
    ("DOWNLOAD_DELAY=-1", "DOWNLOAD_DELAY='-1': must be a number >= 0"),
    ("CONCURRENT_REQUESTS=0", "must be a whole number >= 1"),
    ("RETRY_TIMES=1.5", "RETRY_TIMES='1.5': must be a whole number"),
    ("PORTAL_PROGRESS=maybe", "must be true or false"),
    ("ARCHIVE_PATH=elsewhere", "use --archive"),
    ("PORTAL_SOURCES_FILE=other.toml", "use --config"),
])
def test_a_bad_setting_is_refused_before_the_crawl(tmp_path, setting, message):
    result, archive = _crawl(tmp_path, setting)
    assert result.exit_code == 2, result.output
    assert message in result.output and "Traceback" not in result.output
    assert not archive.exists() and not (tmp_path / "elsewhere").exists()


def test_good_settings_are_converted():
    assert check_overrides({"DOWNLOAD_DELAY": "0.5", "PORTAL_RECHECK": "known",
                            "PORTAL_PROGRESS": "false", "RETRY_TIMES": "3",
                            "DOWNLOAD_TIMEOUT": "2.5", "EXTRACT_WORKERS": "0",
                            "DEPTH_PRIORITY": "-1", "SOME_EXTENSION_OPTION": "x"}) == {
        "DOWNLOAD_DELAY": 0.5, "PORTAL_RECHECK": "known", "PORTAL_PROGRESS": False,
        "RETRY_TIMES": 3, "DOWNLOAD_TIMEOUT": 2.5, "EXTRACT_WORKERS": 0,
        "DEPTH_PRIORITY": -1, "SOME_EXTENSION_OPTION": "x"}


def test_the_library_keeps_the_crawl_in_its_archive(tmp_path):
    with pytest.raises(SettingsError, match="use --archive"):
        project_settings(tmp_path / "a", overrides={"ARCHIVE_PATH": str(tmp_path / "b")})
    settings = project_settings(tmp_path / "a", overrides={"DOWNLOAD_DELAY": "0.25"})
    assert settings.getfloat("DOWNLOAD_DELAY") == 0.25
    assert settings["ARCHIVE_PATH"] == str(tmp_path / "a")


@pytest.mark.parametrize("value", ["nan", "inf", "-inf"])
def test_a_download_delay_that_is_not_a_number_is_refused_in_sources_toml(tmp_path, value):
    with pytest.raises(SourceError, match=r"\(x\): 'download_delay' must be a number of seconds"):
        load_sources(_config(tmp_path, f"download_delay = {value}\n"))
