"""`zoomdesk` and `python -m zoomdesk`. Kept tiny: `--help` and CLI commands never load Qt."""

import time

STARTED_AT = time.perf_counter()

import sys


def main(argv: list[str] | None = None) -> int:
    from zoomdesk.cli.main import run

    return run(sys.argv[1:] if argv is None else argv, started_at=STARTED_AT)


if __name__ == "__main__":
    sys.exit(main())
