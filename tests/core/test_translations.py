"""The translation catalogues are complete, current and keep what the code needs: placeholders,
plural counts, accelerators and markup (docs/translating.md)."""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
CATALOGUES = REPO / "resources" / "translations"
LANGUAGES = ("de", "fr", "es", "ja", "pt_BR")
FORMS = {"de": 2, "fr": 2, "es": 2, "pt_BR": 2, "ja": 1, "en": 2}


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("zoomdesk_i18n", REPO / "packaging" / "i18n.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def messages(code: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(CATALOGUES / f"zoomdesk_{code}.ts").getroot()
    return [(c.findtext("name") or "", m) for c in root.iter("context") for m in c.iter("message")]


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [f.text or "" for f in translation.iter("numerusform")]
    return [translation.text or ""]


def placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{[^{}]*\}|%n", text))


def accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&|\s|[a-z]+;)", text.replace("&&", "")))


def tags(text: str) -> list[str]:
    return sorted(re.findall(r"</?[a-zA-Z][^<>]*>", text))


def test_the_catalogues_hold_exactly_the_strings_the_code_marks() -> None:
    """Run `./dev.sh i18n` after changing a marked string."""
    tool = _tool()
    marked = {(m.context, m.source, m.numerus) for m in tool.scan(tool.python_files())}
    for code in (*LANGUAGES, "en"):
        held = {
            (c, m.findtext("source") or "", m.get("numerus") == "yes") for c, m in messages(code)
        }
        # English's catalogue holds only the plural forms
        marked_here = {entry for entry in marked if entry[2]} if code == "en" else marked
        assert held == marked_here, (
            f"zoomdesk_{code}.ts is out of date: missing {sorted(marked_here - held)[:5]}, "
            f"obsolete {sorted(held - marked_here)[:5]}"
        )


@pytest.mark.parametrize("code", [*LANGUAGES, "en"])
def test_every_entry_is_finished_and_none_is_obsolete(code: str) -> None:
    unfinished = []
    for context, message in messages(code):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind or not all(forms(message)):
            unfinished.append(f"{context}: {message.findtext('source')!r} ({kind or 'empty'})")
    assert unfinished == [], f"{len(unfinished)} unfinished in {code}: {unfinished[:10]}"


@pytest.mark.parametrize("code", [*LANGUAGES, "en"])
def test_translations_keep_placeholders_counts_accelerators_and_markup(code: str) -> None:
    broken = []
    for context, message in messages(code):
        source = message.findtext("source") or ""
        found = forms(message)
        if message.get("numerus") == "yes" and len(found) != FORMS[code]:
            broken.append(f"{source!r}: {len(found)} plural forms, {code} has {FORMS[code]}")
        for text in found:
            if not text:
                continue  # reported by the completeness test
            problem = ""
            if placeholders(text) != placeholders(source):
                problem = f"placeholders {placeholders(text)} ≠ {placeholders(source)}"
            elif accelerators(text) != min(1, accelerators(source)):
                problem = "the accelerator (&) is lost or doubled"
            elif tags(text) != tags(source):
                problem = "the markup differs"
            if problem:
                broken.append(f"{context}: {source!r} → {text!r}: {problem}")
    assert broken == [], f"{len(broken)} in {code}:\n" + "\n".join(broken[:20])


@pytest.mark.parametrize("code", LANGUAGES)
def test_sentences_are_translated_not_copied(code: str) -> None:
    """A sentence left in English is unfinished work; names and codes may stay as they are."""
    copied = [
        m.findtext("source")
        for _, m in messages(code)
        if len((m.findtext("source") or "").split()) >= 3
        and forms(m)[0] == m.findtext("source")
        and not re.search(r"[{}/`=]|https?:", m.findtext("source") or "")
    ]
    assert len(copied) <= max(3, len(messages(code)) // 100), copied[:20]


def test_the_compiled_catalogues_are_the_current_ones(tmp_path: Path) -> None:
    """The `.qm` files are committed (a wheel then needs no Qt tools): `./dev.sh i18n`."""
    _tool().release(tmp_path)
    shipped = REPO / "zoomdesk" / "translations"
    for fresh in sorted(tmp_path.glob("*.qm")):
        assert (shipped / fresh.name).read_bytes() == fresh.read_bytes(), fresh.name
    assert sorted(p.name for p in shipped.glob("*.qm")) == sorted(
        p.name for p in tmp_path.glob("*.qm")
    )
