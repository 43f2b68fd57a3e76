"""Privacy: the test run refuses network access (conftest's audit hook), so any code path that
tried to reach the network would fail its test."""

from __future__ import annotations

import socket

import pytest


def test_a_tcp_connection_is_refused_even_to_loopback() -> None:
    with (
        socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock,
        pytest.raises(RuntimeError, match="network access refused"),
    ):
        sock.connect(("127.0.0.1", 9))
    with pytest.raises(RuntimeError, match="refused"):
        socket.create_connection(("127.0.0.1", 9), timeout=0.5)


def test_a_host_lookup_is_refused() -> None:
    with pytest.raises(RuntimeError, match="host lookup refused"):
        socket.getaddrinfo("example.org", 443)


def test_udp_datagrams_are_refused() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock, pytest.raises(RuntimeError):
        sock.sendto(b"x", ("127.0.0.1", 9))


def test_local_unix_sockets_still_work() -> None:
    a, b = socket.socketpair(socket.AF_UNIX)
    with a, b:
        a.sendall(b"ok")
        assert b.recv(2) == b"ok"
