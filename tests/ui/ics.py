"""A small RFC 5545 reader for the tests: unfolds lines, splits properties and parameters, and
unescapes TEXT values, so a test can check what a calendar program would read."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Prop:
    name: str
    params: dict[str, str]
    value: str


@dataclass
class Component:
    name: str
    props: list[Prop] = field(default_factory=list)
    children: list[Component] = field(default_factory=list)

    def get(self, name: str) -> Prop:
        found = [p for p in self.props if p.name == name]
        assert len(found) == 1, f"{name}: {len(found)} found"
        return found[0]

    def all(self, name: str) -> list[Prop]:
        return [p for p in self.props if p.name == name]

    def find(self, name: str) -> list[Component]:
        return [c for c in self.children if c.name == name]


def unfold(text: str) -> list[str]:
    assert text.endswith("\r\n"), "iCalendar lines end with CRLF"
    lines = text.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n")
    return [line for line in lines if line]


def parse_line(line: str) -> Prop:
    # The name and parameters end at the first colon outside double quotes.
    quoted = False
    for at, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            head, value = line[:at], line[at + 1 :]
            break
    else:
        raise AssertionError(f"no value in {line!r}")
    name, *raw = head.split(";")
    params = {}
    for item in raw:
        key, _, val = item.partition("=")
        params[key] = val.strip('"')
    return Prop(name, params, value)


def unescape(value: str) -> str:
    out, escaped = [], False
    for char in value:
        if escaped:
            out.append("\n" if char in "nN" else char)
            escaped = False
        elif char == "\\":
            escaped = True
        else:
            out.append(char)
    return "".join(out)


def parse(text: str) -> Component:
    stack: list[Component] = []
    root: Component | None = None
    for line in unfold(text):
        prop = parse_line(line)
        if prop.name == "BEGIN":
            component = Component(prop.value)
            if stack:
                stack[-1].children.append(component)
            else:
                root = component
            stack.append(component)
        elif prop.name == "END":
            assert stack and stack[-1].name == prop.value, f"unbalanced END:{prop.value}"
            stack.pop()
        else:
            stack[-1].props.append(prop)
    assert root is not None and not stack
    return root
