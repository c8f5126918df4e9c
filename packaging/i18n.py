"""The translation catalogues: extract, update, fill and compile (docs/translating.md).

    python packaging/i18n.py update          # source strings -> resources/translations/*.ts,
                                             # compiled to zoomdesk/translations/*.qm
    python packaging/i18n.py release [DIR]   # only compile, into DIR
    python packaging/i18n.py strings [FILE…] # the marked strings of FILEs (all by default), as JSON
    python packaging/i18n.py fill FILE.json  # translations from {context: {source: {lang: text}}}

Strings are marked in Python with `translate("Context", "text"[, n])` and
`translate_noop("Context", "text")` (zoomdesk/core/i18n.py). They are found with Python's own
parser, which also refuses what cannot be extracted (an f-string, a variable, a keyword `n=`), and
handed to Qt's `lupdate` as a generated C++ file: lupdate keeps the `.ts` files (merging, plural
forms per language, dropping what is gone) and `lrelease` compiles them, both from PySide6.
The compiled `.qm` files are committed, like the other generated files (docs/meeting-settings.md):
building a wheel then needs no Qt tools, and a test keeps them in step with the `.ts` files."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCES = (REPO / "zoomdesk" / "core", REPO / "zoomdesk" / "ui")
CATALOGUES = REPO / "resources" / "translations"
COMPILED = REPO / "zoomdesk" / "translations"
LANGUAGES = ("de", "fr", "es", "ja", "pt_BR")  # plus "en": English plural forms only
MARKERS = {"translate": 3, "translate_noop": 2}  # name -> most positional arguments


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    where: str


class MarkingError(ValueError):
    pass


def scan(paths: list[Path]) -> list[Message]:
    """Every marked string in `paths`, in source order; a `MarkingError` names each bad call."""
    found: list[Message] = []
    problems: list[str] = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = getattr(func, "id", None)  # translate(…); i18n.translate(…) also counts
            if isinstance(func, ast.Attribute) and getattr(func.value, "id", None) == "i18n":
                name = func.attr
            if name not in MARKERS:
                continue
            where = f"{path.relative_to(REPO)}:{node.lineno}"
            args = node.args
            literal = len(args) >= 2 and all(
                isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args[:2]
            )
            if not literal or node.keywords or len(args) > MARKERS[name]:
                problems.append(f"{where}: {name}() needs a literal context and text, positionally")
                continue
            context, source = args[0].value, args[1].value  # type: ignore[attr-defined]
            found.append(Message(context, source, len(args) == 3, where))
    if problems:
        raise MarkingError("\n".join(problems))
    return found


def python_files(paths: tuple[Path, ...] = SOURCES) -> list[Path]:
    return sorted(f for p in paths for f in ([p] if p.is_file() else p.rglob("*.py")))


def _cpp_literal(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return '"' + escaped.replace("\t", "\\t").replace("\r", "\\r") + '"'


def _tool(name: str) -> str:
    tool = Path(sys.executable).parent / f"pyside6-{name}"
    return str(tool) if tool.exists() else f"pyside6-{name}"


def update() -> None:
    messages = scan(python_files())
    with tempfile.TemporaryDirectory() as tmp:
        cpp = Path(tmp, "strings.cpp")
        lines = ["void zoomdesk_strings(int n) {"]
        for m in messages:
            plural = ", nullptr, n" if m.numerus else ""
            call = f"{_cpp_literal(m.context)}, {_cpp_literal(m.source)}{plural}"
            lines.append(f"    QCoreApplication::translate({call});")
        cpp.write_text("\n".join([*lines, "}", ""]), encoding="utf-8")
        common = [cpp.name, "-locations", "none", "-no-obsolete", "-source-language", "en"]
        for code in LANGUAGES:
            ts = CATALOGUES / f"zoomdesk_{code}.ts"
            _run([_tool("lupdate"), *common, "-target-language", code, "-ts", str(ts)], tmp)
        english = CATALOGUES / "zoomdesk_en.ts"
        _run([_tool("lupdate"), *common, "-pluralonly", "-ts", str(english)], tmp)
        _english_plurals(english)
        _run([_tool("lupdate"), *common, "-pluralonly", "-ts", str(english)], tmp)
    release()
    print(f"{len({(m.context, m.source) for m in messages})} strings")


def _english_plurals(ts: Path) -> None:
    """English's two forms come from the source's `(s)`: `%n row(s)` → `%n row`, `%n rows`.
    Forms written by hand (`%n person`, `%n people`) are kept."""
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") is None:
            continue
        source = message.findtext("source") or ""
        _set_translation(message, [source.replace("(s)", ""), source.replace("(s)", "s")])
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def release(target: Path = COMPILED) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for ts in sorted(CATALOGUES.glob("zoomdesk_*.ts")):
        qm = target / f"{ts.stem}.qm"
        _run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], str(REPO))


def fill(path: Path) -> None:
    """Writes translations given as {context: {source: {language: text or [plural forms]}}}."""
    given = json.loads(path.read_text(encoding="utf-8"))
    for code in LANGUAGES:
        ts = CATALOGUES / f"zoomdesk_{code}.ts"
        tree = ET.parse(ts)
        for context in tree.getroot().iter("context"):
            texts = given.get(context.findtext("name") or "", {})
            for message in context.iter("message"):
                text = texts.get(message.findtext("source") or "", {}).get(code)
                if text is not None:
                    _set_translation(message, text)
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    update()  # lupdate rewrites the files in its own layout


def _set_translation(message: ET.Element, text: str | list[str]) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if isinstance(text, list):
        translation.text = None
        for form in text:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = text


def _run(command: list[str], cwd: str) -> None:
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}")


def main(argv: list[str]) -> int:
    command, *rest = argv or ["help"]
    try:
        if command == "update":
            update()
        elif command == "release":
            release(Path(rest[0]) if rest else COMPILED)
        elif command == "strings":
            files = [Path(f).resolve() for f in rest] or python_files()
            found = [m.__dict__ for m in scan(files)]
            print(json.dumps(found, ensure_ascii=False, indent=1))
        elif command == "fill" and rest:
            fill(Path(rest[0]))
        else:
            print(__doc__)
            return 2
    except MarkingError as error:
        print(f"Strings that cannot be extracted:\n{error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
