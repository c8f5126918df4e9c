"""Running a CLI command: errors become one clear line and an exit status, never a traceback."""

from __future__ import annotations

import argparse
import logging
import sys
from typing import TYPE_CHECKING, Any

from zoomdesk.cli.parser import build_parser

if TYPE_CHECKING:
    from zoomdesk.core.logs import RedactingFilter

log = logging.getLogger("zoomdesk.cli")


def run(argv: list[str], *, started_at: float) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)  # exits 2 with a usage message on bad input
    if args.command is None:
        from zoomdesk.ui.launch import run_gui

        return run_gui(
            sandbox=args.sandbox,
            smoke_test=args.smoke_test,
            profile=args.profile,
            started_at=started_at,
        )
    if args.command == "sandbox":
        from zoomdesk.cli.sandbox_cmd import run_sandbox

        return run_sandbox(args)
    if args.command == "doctor":
        return _doctor(args)
    import asyncio
    import os

    from zoomdesk.cli.output import safe
    from zoomdesk.core.errors import DraftInvalid, ZoomDeskError
    from zoomdesk.core.logs import RedactingFilter, setup_logging
    from zoomdesk.core.paths import AppPaths
    from zoomdesk.core.profiles import ProfileInvalid

    debug = bool(os.environ.get("ZOOMDESK_DEBUG"))
    redactor = RedactingFilter()
    setup_logging(AppPaths.default().log, redactor, logging.DEBUG if debug else logging.INFO)

    try:
        return asyncio.run(_dispatch(args, redactor))
    except (DraftInvalid, ProfileInvalid) as error:  # bad input, found before anything was sent
        sys.stderr.write(f"zoomdesk: {safe(error.summary())}\n")
        return 2
    except ZoomDeskError as error:
        sys.stderr.write(f"zoomdesk: {safe(error.summary())}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write(f"zoomdesk: interrupted{_unfinished(args)}\n")
        return 130
    except Exception as error:  # never a traceback for a user; the log has the details
        log.exception("unexpected error")
        sys.stderr.write(f"zoomdesk: unexpected error: {type(error).__name__}: {error}\n")
        return 1


_CHANGES = {"create": "created", "update": "changed", "delete": "deleted"}


def _unfinished(args: argparse.Namespace) -> str:
    """A change may have reached Zoom before Ctrl+C: say so rather than imply nothing happened."""
    if args.command == "registrants" and getattr(args, "action", "") != "list":
        return (
            "; some registrants may have been changed all the same. List them "
            "(zoomdesk registrants list ID) before trying again"
        )
    done = _CHANGES.get(getattr(args, "action", "")) if args.command == "meetings" else None
    if done is None:
        return ""
    return (
        f"; the meeting may have been {done} all the same (the request may have reached Zoom). "
        "List the host's meetings to check before trying again"
    )


def _doctor(args: argparse.Namespace) -> int:
    from zoomdesk.core.doctor.cli import run_doctor_files

    return run_doctor_files(args.file, replay=args.replay, language=args.lang)


async def _dispatch(args: argparse.Namespace, redactor: RedactingFilter) -> int:
    from zoomdesk.cli import commands
    from zoomdesk.core.har import write_har
    from zoomdesk.core.paths import AppPaths
    from zoomdesk.core.services import Services

    services = Services(AppPaths.default(), redactor, timeout=args.timeout)
    if args.trace:
        services.log.subscribe(_trace)
    sandbox: Any = None
    try:
        if args.sandbox:
            from zoomdesk.sandbox import Sandbox

            sandbox = Sandbox().start()
        status = await commands.execute(args, services, sandbox)
    finally:
        har_written = True
        if args.har:
            try:
                write_har(services.log, _path(args.har))
            except OSError as error:
                har_written = False
                sys.stderr.write(f"zoomdesk: cannot write HAR file {args.har}: {error}\n")
        await services.aclose()
        if sandbox is not None:
            sandbox.stop()
    return status if har_written else 1  # asked for a file and did not get it: a failure


def _path(text: str) -> Any:
    from pathlib import Path

    return Path(text)


def _trace(exchange: Any) -> None:
    sys.stderr.write("\n".join(exchange.trace_lines()) + "\n")
    sys.stderr.flush()
