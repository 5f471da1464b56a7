"""Generate resources/sounds/chime.wav: the soft two-tone phase-end chime.

The sound is synthesised here from nothing but sine waves, so it is ours to ship and
anyone can rebuild the identical file:

    python scripts/make_chime.py [OUTPUT]

Design: a 660 Hz tone, then an 880 Hz tone (a perfect fourth above, a doorbell-like
"ding-dong" rising gently), each with a 12 ms fade-in to avoid a click, a slow
exponential decay, and a faint octave partial for warmth. The whole sound is 1.2 s,
mono, 16-bit, 44.1 kHz, normalised to a peak of -12 dBFS and faded to exact silence at
the end. Standard library only (wave, math, array); the output is byte-for-byte stable.
"""

from __future__ import annotations

import array
import math
import sys
import wave
from pathlib import Path

SAMPLE_RATE = 44_100
DURATION_S = 1.2
PEAK_DBFS = -12.0
FADE_IN_S = 0.012
FADE_OUT_S = 0.08

# (frequency in Hz, start in s, relative level, decay time constant in s)
TONES = (
    (660.0, 0.00, 1.00, 0.30),
    (880.0, 0.28, 0.90, 0.38),
)
OCTAVE_LEVEL = 0.12  # the faint second partial, relative to each tone's fundamental

DEFAULT_OUTPUT = Path(__file__).resolve().parent.parent / "resources" / "sounds" / "chime.wav"


def tone_sample(t: float, frequency: float, level: float, decay: float) -> float:
    """One struck tone at time ``t`` after its start (``t`` >= 0)."""
    attack = min(1.0, t / FADE_IN_S)
    # A raised-cosine attack is smoother than a linear ramp.
    attack = 0.5 - 0.5 * math.cos(math.pi * attack)
    envelope = level * attack * math.exp(-t / decay)
    phase = 2.0 * math.pi * frequency * t
    # The octave partial dies away twice as fast, as it does on a real bell or bar.
    partial = OCTAVE_LEVEL * math.exp(-2.0 * t / decay) * math.sin(2.0 * phase)
    return envelope * math.sin(phase) + attack * level * partial


def synthesise() -> list[float]:
    """The chime as floats, before normalisation."""
    count = round(SAMPLE_RATE * DURATION_S)
    fade_out = round(SAMPLE_RATE * FADE_OUT_S)
    samples: list[float] = []
    for index in range(count):
        t = index / SAMPLE_RATE
        value = 0.0
        for frequency, start, level, decay in TONES:
            if t >= start:
                value += tone_sample(t - start, frequency, level, decay)
        remaining = count - 1 - index
        if remaining < fade_out:
            # End on exact silence, so the player never clicks when it stops.
            value *= 0.5 - 0.5 * math.cos(math.pi * remaining / fade_out)
        samples.append(value)
    return samples


def to_pcm16(samples: list[float], peak_dbfs: float = PEAK_DBFS) -> array.array[int]:
    """Normalise so the loudest sample sits at ``peak_dbfs`` and convert to int16."""
    loudest = max(abs(value) for value in samples) or 1.0
    scale = 32767.0 * 10.0 ** (peak_dbfs / 20.0) / loudest
    pcm = array.array("h", (round(value * scale) for value in samples))
    if sys.byteorder == "big":
        pcm.byteswap()  # WAV data is little-endian
    return pcm


def write_chime(output: Path) -> Path:
    output.parent.mkdir(parents=True, exist_ok=True)
    pcm = to_pcm16(synthesise())
    with wave.open(str(output), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(SAMPLE_RATE)
        wav.writeframes(pcm.tobytes())
    return output


def main(argv: list[str]) -> int:
    output = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUTPUT
    written = write_chime(output)
    print(f"wrote {written} ({written.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
