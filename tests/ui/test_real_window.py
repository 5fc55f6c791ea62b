"""A real window on a real X server (Xvfb): `filingassist` with no arguments opens the app.

The offscreen tests check behaviour; this one checks that the program a user starts maps
a window through the xcb platform plugin with the system's fonts and libraries (the
libxcb-* packages .ci/run installs), and saves what it shows to build/screenshots.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "build" / "screenshots"

GRAB = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv)
img = QGuiApplication.primaryScreen().grabWindow(0).toImage()
colours = {img.pixel(x, y) for x in range(0, img.width(), 23) for y in range(0, img.height(), 23)}
img.save(sys.argv[1])
print(len(colours))
"""


def _start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    xvfb = shutil.which("Xvfb")
    assert xvfb, "Xvfb is not installed (apt-get install xvfb; .ci/run does)"
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        [xvfb, "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    assert number, "Xvfb did not report a display number"
    return proc, f":{number}"


@pytest.mark.gui
@pytest.mark.slow
def test_the_desktop_app_opens_a_real_window(tmp_path: Path) -> None:
    xvfb, display = _start_xvfb()
    env = dict(
        os.environ,
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        FILINGASSIST_HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
    )
    app = subprocess.Popen(
        [sys.executable, "-m", "filingassist"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    shot = SHOTS / "xvfb_home_en.png"
    SHOTS.mkdir(parents=True, exist_ok=True)
    try:
        colours = 0
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and app.poll() is None:
            time.sleep(1.0)
            grab = subprocess.run(
                [sys.executable, "-c", GRAB, str(shot)],
                env=env,
                capture_output=True,
                text=True,
                timeout=30,
            )
            colours = int(grab.stdout.strip() or 0)
            if colours > 8:  # an empty X screen is one colour; the window has many
                break
        assert app.poll() is None, app.stdout.read().decode() if app.stdout else "app exited"
        assert colours > 8, "nothing but an empty screen after 60 s"
        time.sleep(1.0)  # let the first paint settle, then keep the picture
        subprocess.run([sys.executable, "-c", GRAB, str(shot)], env=env, timeout=30, check=True)
    finally:
        app.terminate()
        try:
            out = app.communicate(timeout=15)[0].decode(errors="replace")
        except subprocess.TimeoutExpired:
            app.kill()
            out = app.communicate()[0].decode(errors="replace")
        xvfb.terminate()
        xvfb.wait(timeout=15)
    assert "Traceback" not in out, out
