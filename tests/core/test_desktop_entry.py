"""The Linux desktop entry is valid, translated, and installs for one user beside the build."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "resources" / "linux"
ENTRY = LINUX / "filingassist.desktop"
LANGS = ("fr", "es", "ar", "zh_CN", "ru")


def _read(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_passes_desktop_file_validate() -> None:
    tool = shutil.which("desktop-file-validate")
    assert tool, "desktop-file-validate missing (Debian: desktop-file-utils; .ci/run installs it)"
    r = subprocess.run([tool, str(ENTRY)], capture_output=True, text=True)
    assert r.returncode == 0 and not r.stdout.strip(), r.stdout + r.stderr


def test_desktop_entry_names_the_app_in_six_languages_with_its_icon() -> None:
    entry = _read(ENTRY)
    assert entry["Type"] == "Application" and entry["Exec"] == "filingassist"
    assert (ROOT / "resources" / "icons" / f"{entry['Icon']}.svg").is_file()
    for key in ("Name", "GenericName", "Comment"):
        for lang in LANGS:
            assert entry.get(f"{key}[{lang}]", "").strip(), f"{key}[{lang}] missing"


def test_installer_points_the_menu_at_the_unpacked_build(tmp_path: Path) -> None:
    build = tmp_path / "Filing Assistant" / "filingassist"
    internal = build / "_internal"
    internal.mkdir(parents=True)
    (internal / "resources").symlink_to(ROOT / "resources")
    program = build / "filingassist"
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    shutil.copy(LINUX / "install-desktop-entry.sh", build)
    data = tmp_path / "xdg"
    env = {**os.environ, "XDG_DATA_HOME": str(data)}

    r = subprocess.run(
        [str(build / "install-desktop-entry.sh")], capture_output=True, text=True, env=env
    )
    assert r.returncode == 0, r.stderr
    installed = data / "applications" / "filingassist.desktop"
    entry = _read(installed)
    assert entry["Exec"] == f'"{program}"' and entry["TryExec"] == str(program)
    assert entry["Name[ar]"] == _read(ENTRY)["Name[ar]"]
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "filingassist.svg").is_file()
    check = subprocess.run(
        ["desktop-file-validate", str(installed)], capture_output=True, text=True
    )
    assert check.returncode == 0 and not check.stdout.strip(), check.stdout

    r = subprocess.run(
        [str(build / "install-desktop-entry.sh"), "--remove"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert r.returncode == 0 and not installed.exists()


def test_installer_refuses_a_folder_without_the_program(tmp_path: Path) -> None:
    shutil.copy(LINUX / "install-desktop-entry.sh", tmp_path)
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "xdg")}
    r = subprocess.run(
        [str(tmp_path / "install-desktop-entry.sh")], capture_output=True, text=True, env=env
    )
    assert r.returncode == 2 and "no filingassist program" in r.stderr
    assert not (tmp_path / "xdg").exists()
