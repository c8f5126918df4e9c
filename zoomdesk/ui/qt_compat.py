"""Work-arounds for bugs in the Qt binding, each switched on only where a probe finds the bug.

PySide6 6.12.0 on Python 3.10/3.11 returns `None` (from every void method: `setText`,
`setObjectName`, …) and `True` (from `SignalInstance.emit`) without taking a reference, so
each call from Python drops one reference to `None` or `True`. A few thousand calls take the
count to zero and the interpreter aborts ("Fatal Python error: none_dealloc" / "bool_dealloc"),
at a random moment of a session. PySide6 6.11.x is not affected, and neither is Python 3.12+,
where these objects are immortal (PEP 683) — which is presumably why the release went out.

The probe calls a void method and `emit()` a few times and compares `sys.getrefcount`. When
references go missing, the three singletons get the effectively unbounded count that 3.12 gives
them. That is safe: they are never deallocated (their dealloc functions abort), and only their
count changes. Pinning PySide6 below 6.12 (or Python 3.12+) makes this a no-op.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

PROBES = 16
# Far more than any session can drop, far below overflow of the 64-bit count.
IMMORTAL_BOOST = 1 << 40


class _Probe(QObject):
    ping = Signal()


def singleton_references_leak() -> bool:
    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(PROBES):
        probe.setObjectName("probe")
        probe.ping.emit()
    none_lost = none_before - sys.getrefcount(None)
    true_lost = true_before - sys.getrefcount(True)
    return none_lost >= PROBES or true_lost >= PROBES


def install() -> bool:
    """Apply the work-around if (and only if) the probe finds the leak. Idempotent."""
    if sys.version_info >= (3, 12) or getattr(install, "applied", False):
        return getattr(install, "applied", False)
    if not singleton_references_leak():
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every PyObject in CPython.
        ctypes.c_ssize_t.from_address(id(singleton)).value += IMMORTAL_BOOST
    install.applied = True  # type: ignore[attr-defined]
    return True


def applied() -> bool:
    return bool(getattr(install, "applied", False))


NOTE = (
    "PySide6 drops references to None/True (PySide6 6.12 on Python < 3.12); work-around "
    "applied. PySide6 6.11 or Python 3.12+ avoid it."
)
