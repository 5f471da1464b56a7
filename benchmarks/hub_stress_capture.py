"""The packet capture of benchmarks/hub_stress.py: tcpdump on the loopback interface
for the hub's TCP port, and the capture read back as byte streams (each direction of
each connection reassembled in sequence order), so that a text split over two
segments is still found."""

from __future__ import annotations

import shutil
import signal
import struct
import subprocess
from collections import defaultdict
from pathlib import Path

# Link-layer header lengths by pcap link type: BSD loopback, Ethernet (Linux's "lo"),
# Linux cooked v1 and v2.
LINK_HEADER = {0: 4, 1: 14, 113: 16, 276: 20}


class Capture:
    def __init__(self, path: Path, port: int) -> None:
        self.path, self.port = path, port
        self.process: subprocess.Popen[bytes] | None = None
        self.problem = ""

    def start(self) -> bool:
        """Start tcpdump; False (and ``problem`` says why) when it cannot run here."""
        tcpdump = shutil.which("tcpdump")
        if tcpdump is None:
            self.problem = "tcpdump is not installed (apt-get install -y tcpdump)"
            return False
        command = [tcpdump, "-i", "lo", "-s", "0", "-U", "-n", "-Z", "root", "-w"]
        self.process = subprocess.Popen(
            [*command, str(self.path), f"tcp port {self.port}"],
            stderr=subprocess.PIPE,
        )
        assert self.process.stderr is not None
        line = self.process.stderr.readline().decode(errors="replace")  # "listening on lo"
        if "listening" not in line:
            self.process.wait(timeout=10)
            self.problem = f"tcpdump did not start: {line.strip()}"
            self.process = None
            return False
        return True

    def stop(self) -> None:
        if self.process is not None:
            self.process.send_signal(signal.SIGINT)  # flushes the file and exits
            self.process.wait(timeout=30)
            self.process = None

    def streams(self) -> list[bytes]:
        return reassembled(self.path.read_bytes())


def reassembled(data: bytes) -> list[bytes]:
    """Every TCP payload of a pcap file, as one byte string per direction of each
    connection, in sequence order (retransmitted bytes once)."""
    magic = data[:4]
    order = "<" if magic in (b"\xd4\xc3\xb2\xa1", b"\x4d\x3c\xb2\xa1") else ">"
    link = struct.unpack(order + "I", data[20:24])[0]
    skip = LINK_HEADER[link]
    flows: dict[tuple[bytes, int, bytes, int], list[tuple[int, bytes]]] = defaultdict(list)
    offset = 24
    while offset + 16 <= len(data):
        captured = struct.unpack(order + "I", data[offset + 8 : offset + 12])[0]
        frame = data[offset + 16 : offset + 16 + captured]
        offset += 16 + captured
        packet = frame[skip:]
        if not packet or packet[0] >> 4 != 4:
            continue  # IPv4 only: the hub listens on 127.0.0.1
        header = (packet[0] & 0x0F) * 4
        total = struct.unpack("!H", packet[2:4])[0]
        if packet[9] != 6:
            continue
        segment = packet[header:total]
        source, target = struct.unpack("!HH", segment[:4])
        seq = struct.unpack("!I", segment[4:8])[0]
        payload = segment[(segment[12] >> 4) * 4 :]
        if payload:
            flows[(packet[12:16], source, packet[16:20], target)].append((seq, payload))
    return [_joined(segments) for segments in flows.values()]


def _joined(segments: list[tuple[int, bytes]]) -> bytes:
    base = segments[0][0]
    ordered = sorted(((seq - base) % 2**32, payload) for seq, payload in segments)
    out, upto = bytearray(), 0
    for start, payload in ordered:
        end = start + len(payload)
        if end <= upto:
            continue
        out += payload[max(0, upto - start) :]
        upto = end
    return bytes(out)
