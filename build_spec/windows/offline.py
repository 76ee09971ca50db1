"""Run a command with no network but the loopback interface: ``unshare -n python3 offline.py CMD...``.

``unshare -n`` gives a network namespace whose loopback interface is down. Linux programs do
not notice, but Windows Python under Wine does: asyncio's event loop (pyHanko signs through
it) wakes itself through a socket pair, which Windows makes from a TCP connection on
127.0.0.1. A Windows PC without a network still has its loopback, so this brings it up, and
nothing else, before running the command.
"""

from __future__ import annotations

import fcntl
import os
import socket
import struct
import sys

SIOCGIFFLAGS, SIOCSIFFLAGS, IFF_UP = 0x8913, 0x8914, 0x1


def loopback_up() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        request = struct.pack("16sh", b"lo", 0)
        flags = struct.unpack("16sh", fcntl.ioctl(sock, SIOCGIFFLAGS, request))[1]
        fcntl.ioctl(sock, SIOCSIFFLAGS, struct.pack("16sh", b"lo", flags | IFF_UP))


if __name__ == "__main__":
    loopback_up()
    os.execvp(sys.argv[1], sys.argv[1:])
