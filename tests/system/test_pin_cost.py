"""The app hashes PINs and passwords at argon2id's full cost.

The other tests hash at the least cost to stay quick (tests/conftest.py `quick_pin_hashes`);
this one asks a process of its own, which nothing has patched, how it hashes."""

from __future__ import annotations

import subprocess
import sys

HASH_A_PIN = (
    "from pos_desktop.core.registry import hash_pin, pin_matches\n"
    "h = hash_pin('7305')\n"
    "print(h)\n"
    "print(pin_matches(h, '7305'), pin_matches(h, '7306'))\n"
)


def test_a_pin_is_hashed_with_argon2id_at_64_mib_and_three_passes():
    done = subprocess.run(
        [sys.executable, "-c", HASH_A_PIN], capture_output=True, text=True, check=True
    )
    stored, checks = done.stdout.splitlines()
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert "7305" not in stored
    assert checks == "True False"
