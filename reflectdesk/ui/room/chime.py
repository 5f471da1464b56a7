"""The optional phase-end cue: a soft chime, or a visual flash when sound is off or absent.

Product rule: nothing makes a sound or a pop-up unless asked for. So the cue is off by
default (:class:`PhaseEndCue`), "quiet" mode forces the visual cue, and when no audio
player or device is found the flash stands in for the chime. The sound goes through the
small :class:`Chime` interface, so tests use a fake and never play anything.

No new dependencies: QtMultimedia is in PySide6-Addons, which ReflectDesk does not ship.
:class:`SystemChime` hands the shipped WAV to the platform's own player instead.
"""

from __future__ import annotations

import importlib
import os
import shutil
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Protocol

from PySide6.QtCore import (
    QAbstractAnimation,
    QEasingCurve,
    QEvent,
    QObject,
    QProcess,
    QPropertyAnimation,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QGraphicsOpacityEffect, QWidget

from reflectdesk.resources import resource_path

CHIME_PARTS = ("sounds", "chime.wav")

# Where ALSA exposes sound cards on Linux; a module constant so tests can point it away.
ALSA_DEVICES = Path("/dev/snd")

Launcher = Callable[[Sequence[str]], bool]


class Chime(Protocol):
    """Something that can make the phase-end sound. Implementations never raise."""

    def available(self) -> bool:
        """True when a sound could be played right now (a player and a device exist)."""
        ...

    def play(self) -> bool:
        """Start the sound without blocking; True when a sound was started."""
        ...


class SilentChime:
    """A chime that never sounds: for builds, settings or tests that want none."""

    def available(self) -> bool:
        return False

    def play(self) -> bool:
        return False


def start_detached(argv: Sequence[str]) -> bool:
    """Start ``argv`` as a detached process with no shell and all output discarded.

    Detached, so the player neither blocks the UI nor lingers as a zombie child.
    """
    process = QProcess()
    process.setProgram(argv[0])
    process.setArguments(list(argv[1:]))
    process.setStandardInputFile(QProcess.nullDevice())
    process.setStandardOutputFile(QProcess.nullDevice())
    process.setStandardErrorFile(QProcess.nullDevice())
    started = process.startDetached()
    # PySide6 returns a bool for the instance overload, (bool, pid) for the static one.
    if isinstance(started, tuple):
        return bool(started[0])
    return bool(started)


def _pulse_running() -> bool:
    """A PulseAudio server (or PipeWire's pulse replacement) is reachable."""
    if os.environ.get("PULSE_SERVER"):
        return True
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    return runtime is not None and (Path(runtime) / "pulse" / "native").exists()


def _pipewire_running() -> bool:
    if os.environ.get("PIPEWIRE_REMOTE"):
        return True
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    return runtime is not None and (Path(runtime) / "pipewire-0").exists()


def _alsa_device() -> bool:
    return ALSA_DEVICES.exists()


# Each Linux player, in order of preference, with the audio back end it needs. A player
# whose back end is absent would start, fail silently and leave the facilitator with no
# cue at all, so it is skipped and the visual fallback takes over.
_LINUX_PLAYERS: tuple[tuple[str, tuple[str, ...], Callable[[], bool]], ...] = (
    ("pw-play", (), _pipewire_running),
    ("paplay", (), _pulse_running),
    ("aplay", ("-q",), lambda: _alsa_device() or _pulse_running()),
)


class SystemChime:
    """Plays the shipped chime through the operating system's own player.

    Windows: ``winsound`` (asynchronous). macOS: ``afplay``. Linux: the first of
    ``pw-play``, ``paplay`` and ``aplay -q`` that is installed and whose audio back end
    is present. Never blocks and never raises; any failure reads as "no sound", so the
    caller shows the visual cue instead.
    """

    def __init__(
        self,
        path: Path | None = None,
        *,
        platform: str | None = None,
        launch: Launcher | None = None,
    ) -> None:
        self._path = path
        self._platform = platform if platform is not None else sys.platform
        self._launch = launch

    @property
    def path(self) -> Path:
        if self._path is None:
            self._path = resource_path(*CHIME_PARTS)
        return self._path

    def available(self) -> bool:
        try:
            if not self.path.is_file():
                return False
            if self._platform == "win32":
                return self._winsound() is not None
            return self._command() is not None
        except OSError:
            return False

    def play(self) -> bool:
        try:
            if not self.path.is_file():
                return False
            if self._platform == "win32":
                return self._play_windows()
            command = self._command()
            if command is None:
                return False
            launch = self._launch if self._launch is not None else start_detached
            return bool(launch(command))
        except OSError:
            return False

    def _command(self) -> list[str] | None:
        """The player command line for this platform, or None when there is none."""
        wav = str(self.path)
        if self._platform == "darwin":
            player = shutil.which("afplay")
            return [player, wav] if player else None
        for name, options, backend_present in _LINUX_PLAYERS:
            player = shutil.which(name)
            if player and backend_present():
                return [player, *options, wav]
        return None

    @staticmethod
    def _winsound() -> ModuleType | None:
        try:
            return importlib.import_module("winsound")
        except ImportError:
            return None

    def _play_windows(self) -> bool:
        winsound = self._winsound()
        if winsound is None:
            return False
        flags = (
            winsound.SND_FILENAME
            | winsound.SND_ASYNC
            # Without this, a missing file plays the system's default beep instead.
            | winsound.SND_NODEFAULT
        )
        try:
            winsound.PlaySound(str(self.path), flags)
        except RuntimeError:  # "Failed to play sound": e.g. no output device
            return False
        return True


class PhaseEndCue(QObject):
    """Decides what happens when a phase ends: nothing, the chime, or the flash.

    Off by default. When enabled it sounds the chime unless ``quiet`` is on, the chime
    is unavailable or it fails to start; in each of those cases the visual ``flash``
    callback runs instead. Exactly one of ``played`` and ``flashed`` is emitted per
    enabled phase end.
    """

    played = Signal()
    flashed = Signal()

    def __init__(
        self,
        chime: Chime,
        flash: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._chime = chime
        self._flash = flash
        self.enabled = False
        self.quiet = False  # quiet mode: never sound; the visual cue only

    @property
    def chime(self) -> Chime:
        return self._chime

    def phase_ended(self) -> None:
        if not self.enabled:
            return
        if not self.quiet and self._chime.available() and self._chime.play():
            self.played.emit()
            return
        self._flash()
        self.flashed.emit()


class FlashOverlay(QWidget):
    """A brief coloured frame over its parent that fades away: the silent phase-end cue.

    It draws a translucent border in the palette's Highlight colour, lets every mouse
    event through, never takes focus, and keeps to the parent's size. It is hidden
    except while flashing.
    """

    BORDER_PX = 6
    DURATION_MS = 1200

    def __init__(self, parent: QWidget, duration_ms: int = DURATION_MS) -> None:
        super().__init__(parent)
        self.setObjectName("flashOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Phase ended"))

        self._effect = QGraphicsOpacityEffect(self)
        self._effect.setOpacity(0.0)
        self.setGraphicsEffect(self._effect)

        self._animation = QPropertyAnimation(self._effect, b"opacity", self)
        self._animation.setDuration(duration_ms)
        self._animation.setStartValue(1.0)
        self._animation.setEndValue(0.0)
        self._animation.setEasingCurve(QEasingCurve.Type.InQuad)
        self._animation.finished.connect(self.hide)

        self.setGeometry(parent.rect())
        parent.installEventFilter(self)
        self.hide()

    @property
    def animation(self) -> QPropertyAnimation:
        return self._animation

    def is_flashing(self) -> bool:
        return self._animation.state() == QAbstractAnimation.State.Running

    def flash(self) -> None:
        """Show the frame over the parent and fade it out; restarts if already running."""
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self._animation.stop()
        self._effect.setOpacity(1.0)
        self.raise_()
        self.show()
        self._animation.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if parent is not None and watched is parent and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
        return super().eventFilter(watched, event)

    def paintEvent(self, event: QPaintEvent) -> None:
        colour = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        fill = QColor(colour)
        fill.setAlpha(28)
        painter.fillRect(self.rect(), fill)
        colour.setAlpha(200)
        pen = QPen(colour, self.BORDER_PX)
        painter.setPen(pen)
        inset = self.BORDER_PX / 2
        painter.drawRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset))
        painter.end()
