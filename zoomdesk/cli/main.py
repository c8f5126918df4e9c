"""Running a CLI command: errors become one clear line and an exit status, never a traceback."""

from __future__ import annotations

import argparse
import logging
import sys
from typing import Any

from zoomdesk.cli.parser import build_parser

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

    from zoomdesk.core.errors import ZoomDeskError
    from zoomdesk.core.logs import setup_logging
    from zoomdesk.core.paths import AppPaths

    debug = bool(os.environ.get("ZOOMDESK_DEBUG"))
    setup_logging(AppPaths.default().log, logging.DEBUG if debug else logging.INFO)

    try:
        return asyncio.run(_dispatch(args))
    except ZoomDeskError as error:
        sys.stderr.write(f"zoomdesk: {error.summary()}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("zoomdesk: interrupted\n")
        return 130
    except Exception as error:  # never a traceback for a user; the log has the details
        log.exception("unexpected error")
        sys.stderr.write(f"zoomdesk: unexpected error: {type(error).__name__}: {error}\n")
        return 1


def _doctor(args: argparse.Namespace) -> int:
    from zoomdesk.core.doctor.cli import run_doctor_files

    return run_doctor_files(args.file, replay=args.replay, language=args.lang)


async def _dispatch(args: argparse.Namespace) -> int:
    from zoomdesk.cli import commands
    from zoomdesk.core.har import write_har
    from zoomdesk.core.paths import AppPaths
    from zoomdesk.core.services import Services

    services = Services(AppPaths.default(), timeout=args.timeout)
    if args.trace:
        services.log.subscribe(_trace)
    sandbox: Any = None
    try:
        if args.sandbox:
            from zoomdesk.sandbox import Sandbox

            sandbox = Sandbox().start()
        return await commands.execute(args, services, sandbox)
    finally:
        if args.har:
            try:
                write_har(services.log, _path(args.har))
            except OSError as error:
                sys.stderr.write(f"zoomdesk: cannot write HAR file {args.har}: {error}\n")
        await services.aclose()
        if sandbox is not None:
            sandbox.stop()


def _path(text: str) -> Any:
    from pathlib import Path

    return Path(text)


def _trace(exchange: Any) -> None:
    sys.stderr.write("\n".join(exchange.trace_lines()) + "\n")
    sys.stderr.flush()
