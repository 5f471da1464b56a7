"""The optional phase-end cue: off by default, a chime when asked, a flash otherwise.

No test here plays a sound: the cue policy runs against a fake chime, and SystemChime's
players are replaced by a recorder before anything could start.
"""

from __future__ import annotations

import importlib.util
import math
import sys
import types
import wave
from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from reflectdesk.resources import resource_path
from reflectdesk.ui.room import chime as chime_module
from reflectdesk.ui.room.chime import FlashOverlay, PhaseEndCue, SilentChime, SystemChime

ROOT = Path(__file__).resolve().parents[3]


class FakeChime:
    """A chime that records what it was asked to do and never makes a sound."""

    def __init__(self, *, available: bool = True, starts: bool = True) -> None:
        self.is_available = available
        self.starts = starts
        self.played = 0

    def available(self) -> bool:
        return self.is_available

    def play(self) -> bool:
        self.played += 1
        return self.starts


class Recorder:
    """Stands in for the process launcher: records each command line."""

    def __init__(self, result: bool = True) -> None:
        self.result = result
        self.calls: list[list[str]] = []

    def __call__(self, argv: Sequence[str]) -> bool:
        self.calls.append(list(argv))
        return self.result


def make_cue(chime: object) -> tuple[PhaseEndCue, list[None]]:
    flashes: list[None] = []
    cue = PhaseEndCue(chime, lambda: flashes.append(None))  # type: ignore[arg-type]
    return cue, flashes


# --- the policy -------------------------------------------------------------------------


def test_cue_is_off_by_default_and_does_nothing(qtbot: QtBot) -> None:
    fake = FakeChime()
    cue, flashes = make_cue(fake)
    assert cue.enabled is False
    assert cue.quiet is False
    with qtbot.assertNotEmitted(cue.played), qtbot.assertNotEmitted(cue.flashed):
        cue.phase_ended()
    assert fake.played == 0
    assert flashes == []


def test_enabled_with_a_chime_plays_and_does_not_flash(qtbot: QtBot) -> None:
    fake = FakeChime()
    cue, flashes = make_cue(fake)
    cue.enabled = True
    with qtbot.waitSignal(cue.played, timeout=1000), qtbot.assertNotEmitted(cue.flashed):
        cue.phase_ended()
    assert fake.played == 1
    assert flashes == []


def test_enabled_without_audio_flashes_instead(qtbot: QtBot) -> None:
    fake = FakeChime(available=False)
    cue, flashes = make_cue(fake)
    cue.enabled = True
    with qtbot.waitSignal(cue.flashed, timeout=1000), qtbot.assertNotEmitted(cue.played):
        cue.phase_ended()
    assert flashes == [None]
    assert fake.played == 0


def test_quiet_mode_flashes_even_with_a_working_chime(qtbot: QtBot) -> None:
    fake = FakeChime()
    cue, flashes = make_cue(fake)
    cue.enabled = True
    cue.quiet = True
    with qtbot.waitSignal(cue.flashed, timeout=1000), qtbot.assertNotEmitted(cue.played):
        cue.phase_ended()
    assert flashes == [None]
    assert fake.played == 0


def test_a_chime_that_fails_to_start_falls_back_to_the_flash(qtbot: QtBot) -> None:
    fake = FakeChime(starts=False)
    cue, flashes = make_cue(fake)
    cue.enabled = True
    with qtbot.waitSignal(cue.flashed, timeout=1000), qtbot.assertNotEmitted(cue.played):
        cue.phase_ended()
    assert fake.played == 1
    assert flashes == [None]


def test_the_silent_chime_always_falls_back(qtbot: QtBot) -> None:
    silent = SilentChime()
    assert silent.available() is False
    assert silent.play() is False
    cue, flashes = make_cue(silent)
    cue.enabled = True
    cue.phase_ended()
    assert flashes == [None]


def test_turning_the_cue_off_again_silences_it(qtbot: QtBot) -> None:
    fake = FakeChime()
    cue, flashes = make_cue(fake)
    cue.enabled = True
    cue.phase_ended()
    cue.enabled = False
    with qtbot.assertNotEmitted(cue.played), qtbot.assertNotEmitted(cue.flashed):
        cue.phase_ended()
    assert fake.played == 1
    assert flashes == []


# --- the system chime, with every player replaced ---------------------------------------


@pytest.fixture
def no_audio_backends(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A Linux box with no sound server and no ALSA devices; returns the runtime dir."""
    runtime = tmp_path / "run-user"
    runtime.mkdir()
    monkeypatch.delenv("PULSE_SERVER", raising=False)
    monkeypatch.delenv("PIPEWIRE_REMOTE", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setattr(chime_module, "ALSA_DEVICES", tmp_path / "no-dev-snd")
    return runtime


def which_only(*names: str) -> object:
    return lambda name: f"/usr/bin/{name}" if name in names else None


@pytest.fixture
def wav() -> Path:
    return resource_path("sounds", "chime.wav")


def test_linux_without_a_player_is_unavailable(
    monkeypatch: pytest.MonkeyPatch, no_audio_backends: Path
) -> None:
    monkeypatch.setenv("PULSE_SERVER", "unix:/run/pulse/native")
    monkeypatch.setattr(chime_module.shutil, "which", lambda name: None)
    launch = Recorder()
    system = SystemChime(platform="linux", launch=launch)
    assert system.available() is False
    assert system.play() is False
    assert launch.calls == []


def test_linux_with_a_player_but_no_audio_device_is_unavailable(
    monkeypatch: pytest.MonkeyPatch, no_audio_backends: Path
) -> None:
    monkeypatch.setattr(chime_module.shutil, "which", which_only("pw-play", "paplay", "aplay"))
    launch = Recorder()
    system = SystemChime(platform="linux", launch=launch)
    assert system.available() is False
    assert system.play() is False
    assert launch.calls == []


def test_linux_plays_the_shipped_wav_with_paplay(
    monkeypatch: pytest.MonkeyPatch, no_audio_backends: Path, wav: Path
) -> None:
    (no_audio_backends / "pulse").mkdir()
    (no_audio_backends / "pulse" / "native").touch()
    monkeypatch.setattr(chime_module.shutil, "which", which_only("paplay", "aplay"))
    launch = Recorder()
    system = SystemChime(platform="linux", launch=launch)
    assert system.available() is True
    assert system.play() is True
    assert launch.calls == [["/usr/bin/paplay", str(wav)]]
    assert Path(launch.calls[0][-1]).is_file()


def test_linux_prefers_pw_play_when_pipewire_runs(
    monkeypatch: pytest.MonkeyPatch, no_audio_backends: Path, wav: Path
) -> None:
    (no_audio_backends / "pipewire-0").touch()
    monkeypatch.setenv("PULSE_SERVER", "unix:/run/pulse/native")
    monkeypatch.setattr(chime_module.shutil, "which", which_only("pw-play", "paplay", "aplay"))
    launch = Recorder()
    assert SystemChime(platform="linux", launch=launch).play() is True
    assert launch.calls == [["/usr/bin/pw-play", str(wav)]]


def test_linux_falls_back_to_quiet_aplay_on_bare_alsa(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_audio_backends: Path, wav: Path
) -> None:
    dev_snd = tmp_path / "dev-snd"
    dev_snd.mkdir()
    monkeypatch.setattr(chime_module, "ALSA_DEVICES", dev_snd)
    monkeypatch.setattr(chime_module.shutil, "which", which_only("pw-play", "paplay", "aplay"))
    launch = Recorder()
    assert SystemChime(platform="linux", launch=launch).play() is True
    assert launch.calls == [["/usr/bin/aplay", "-q", str(wav)]]


def test_the_default_launcher_is_the_detached_starter(
    monkeypatch: pytest.MonkeyPatch, wav: Path
) -> None:
    monkeypatch.setenv("PULSE_SERVER", "unix:/run/pulse/native")
    monkeypatch.setattr(chime_module.shutil, "which", which_only("paplay"))
    launch = Recorder()
    monkeypatch.setattr(chime_module, "start_detached", launch)
    assert SystemChime(platform="linux").play() is True
    assert launch.calls == [["/usr/bin/paplay", str(wav)]]
    assert wav.is_file()


@pytest.mark.parametrize("failure", ["returns False", "raises OSError"])
def test_a_player_that_fails_to_start_reads_as_no_sound(
    monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    monkeypatch.setenv("PULSE_SERVER", "unix:/run/pulse/native")
    monkeypatch.setattr(chime_module.shutil, "which", which_only("paplay"))

    def launch(argv: Sequence[str]) -> bool:
        if failure == "raises OSError":
            raise OSError("no such file")
        return False

    assert SystemChime(platform="linux", launch=launch).play() is False


def test_a_missing_sound_file_is_unavailable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PULSE_SERVER", "unix:/run/pulse/native")
    monkeypatch.setattr(chime_module.shutil, "which", which_only("paplay"))
    launch = Recorder()
    system = SystemChime(tmp_path / "gone.wav", platform="linux", launch=launch)
    assert system.available() is False
    assert system.play() is False
    assert launch.calls == []


def test_macos_uses_afplay(monkeypatch: pytest.MonkeyPatch, wav: Path) -> None:
    monkeypatch.setattr(chime_module.shutil, "which", which_only("afplay"))
    launch = Recorder()
    system = SystemChime(platform="darwin", launch=launch)
    assert system.available() is True
    assert system.play() is True
    assert launch.calls == [["/usr/bin/afplay", str(wav)]]


def fake_winsound(fail: bool = False) -> tuple[types.ModuleType, list[tuple[str, int]]]:
    calls: list[tuple[str, int]] = []
    module = types.ModuleType("winsound")

    def play_sound(sound: str, flags: int) -> None:
        if fail:
            raise RuntimeError("Failed to play sound")
        calls.append((sound, flags))

    module.PlaySound = play_sound  # type: ignore[attr-defined]
    module.SND_FILENAME = 0x20000  # type: ignore[attr-defined]
    module.SND_ASYNC = 0x1  # type: ignore[attr-defined]
    module.SND_NODEFAULT = 0x2  # type: ignore[attr-defined]
    return module, calls


def test_windows_plays_asynchronously_through_winsound(
    monkeypatch: pytest.MonkeyPatch, wav: Path
) -> None:
    module, calls = fake_winsound()
    monkeypatch.setitem(sys.modules, "winsound", module)
    launch = Recorder()
    system = SystemChime(platform="win32", launch=launch)
    assert system.available() is True
    assert system.play() is True
    assert calls == [(str(wav), 0x20000 | 0x1 | 0x2)]
    assert launch.calls == []


def test_windows_failure_or_missing_winsound_reads_as_no_sound(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    module, _ = fake_winsound(fail=True)
    monkeypatch.setitem(sys.modules, "winsound", module)
    assert SystemChime(platform="win32").play() is False

    monkeypatch.setitem(sys.modules, "winsound", None)  # import raises ImportError
    system = SystemChime(platform="win32")
    assert system.available() is False
    assert system.play() is False


def test_start_detached_runs_a_harmless_command(qapp: QApplication) -> None:
    # Not a player: the Python running the tests, told to do nothing.
    assert chime_module.start_detached([sys.executable, "-c", "pass"]) is True
    assert chime_module.start_detached([str(ROOT / "no-such-program")]) is False


# --- the visual cue ---------------------------------------------------------------------


@pytest.fixture
def host(qtbot: QtBot) -> tuple[QWidget, QLineEdit]:
    parent = QWidget()
    qtbot.addWidget(parent)
    layout = QVBoxLayout(parent)
    edit = QLineEdit(parent)
    layout.addWidget(edit)
    parent.resize(320, 200)
    parent.show()
    parent.activateWindow()
    qtbot.waitExposed(parent)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is parent)
    edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
    return parent, edit


def test_overlay_is_hidden_until_flashed_and_hides_after_fading(
    qtbot: QtBot, host: tuple[QWidget, QLineEdit]
) -> None:
    parent, _ = host
    overlay = FlashOverlay(parent, duration_ms=200)
    assert not overlay.isVisible()

    overlay.flash()
    assert overlay.isVisible()
    assert overlay.is_flashing()
    assert overlay.geometry() == parent.rect()

    with qtbot.waitSignal(overlay.animation.finished, timeout=3000):
        pass
    assert not overlay.isVisible()
    assert not overlay.is_flashing()


def test_overlay_fades_over_about_a_second(host: tuple[QWidget, QLineEdit]) -> None:
    parent, _ = host
    overlay = FlashOverlay(parent)
    assert 1000 <= overlay.animation.duration() <= 1500
    assert overlay.animation.startValue() == 1.0
    assert overlay.animation.endValue() == 0.0


def test_overlay_follows_the_parent_size(qtbot: QtBot, host: tuple[QWidget, QLineEdit]) -> None:
    parent, _ = host
    overlay = FlashOverlay(parent, duration_ms=5000)
    overlay.flash()
    parent.resize(480, 300)
    qtbot.waitUntil(lambda: overlay.geometry() == parent.rect())
    assert overlay.size().width() == 480

    # A resize while hidden is picked up too.
    overlay.animation.stop()
    overlay.hide()
    parent.resize(360, 240)
    qtbot.waitUntil(lambda: overlay.geometry() == parent.rect())


def test_overlay_takes_no_focus_no_clicks_and_opens_no_window(
    qtbot: QtBot, host: tuple[QWidget, QLineEdit]
) -> None:
    parent, edit = host
    overlay = FlashOverlay(parent, duration_ms=5000)
    windows_before = set(QApplication.topLevelWidgets())

    overlay.flash()
    qtbot.waitUntil(overlay.isVisible)
    assert QApplication.focusWidget() is edit
    assert QApplication.activeWindow() is parent
    assert set(QApplication.topLevelWidgets()) == windows_before
    assert overlay.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert overlay.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    # Hit-testing looks straight through the overlay to the field below.
    assert parent.childAt(edit.geometry().center()) is edit


def distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


def test_overlay_draws_a_highlight_frame_that_fades(
    qtbot: QtBot, host: tuple[QWidget, QLineEdit]
) -> None:
    parent, _ = host
    overlay = FlashOverlay(parent, duration_ms=5000)
    highlight = parent.palette().color(QPalette.ColorRole.Highlight)
    window_colour = parent.palette().color(QPalette.ColorRole.Window)
    border = QPoint(2, parent.height() // 2)

    overlay.flash()
    overlay.animation.pause()
    overlay.animation.setCurrentTime(0)  # full opacity
    drawn = QColor(parent.grab().toImage().pixel(border))
    assert distance(drawn, highlight) < distance(drawn, window_colour)

    overlay.animation.setCurrentTime(4950)  # nearly faded out
    faded = QColor(parent.grab().toImage().pixel(border))
    assert distance(faded, window_colour) < distance(faded, highlight)
    assert distance(faded, window_colour) < distance(drawn, window_colour)


# --- the sound file ---------------------------------------------------------------------


def test_the_chime_is_a_small_soft_mono_wav(wav: Path) -> None:
    data = wav.read_bytes()
    assert data[:4] == b"RIFF"
    assert data[8:12] == b"WAVE"
    assert len(data) < 120_000
    with wave.open(str(wav), "rb") as reader:
        assert reader.getframerate() == 44_100
        assert reader.getnchannels() == 1
        assert reader.getsampwidth() == 2
        assert reader.getcomptype() == "NONE"
        frames = reader.getnframes()
        pcm = memoryview(reader.readframes(frames)).cast("h")
    assert 0.8 <= frames / 44_100 <= 1.6
    peak = max(abs(sample) for sample in pcm)
    peak_dbfs = 20 * math.log10(peak / 32768)
    assert -18.0 < peak_dbfs < -6.0
    # Starts and ends in silence: no click when the player opens or closes the device.
    assert abs(pcm[0]) < 50
    assert abs(pcm[-1]) < 50


def test_the_shipped_chime_is_what_the_script_makes(tmp_path: Path, wav: Path) -> None:
    spec = importlib.util.spec_from_file_location("make_chime", ROOT / "scripts" / "make_chime.py")
    assert spec is not None
    assert spec.loader is not None
    make_chime = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_chime)
    rebuilt = make_chime.write_chime(tmp_path / "chime.wav")
    assert rebuilt.read_bytes() == wav.read_bytes()
