"""Keep the French translation current: collect the interface's strings, merge them
into resources/translations/lipplanner_fr.ts, compile the .qm, and check both.

    python -m lipplanner.tools.translations update   # new strings into the .ts
    python -m lipplanner.tools.translations build    # .ts → .qm (lrelease)
    python -m lipplanner.tools.translations check    # fail on anything untranslated/stale
    python -m lipplanner.tools.translations todo     # list what still needs a translation

Why not pyside6-lupdate for the collecting: its Python parser files the strings of
module-level wrappers (`def tr(text): return QCoreApplication.translate("labels", text)`)
under an empty context, misses aliased imports (`from … import tr as _tr`), and after
some call shapes gives later `self.tr()` calls a wrong context such as
"QCoreApplication.self". Every such string would then never be translated at run time.
This module reads the code with `ast` and files each string under the context PySide6
really looks it up in: the enclosing class for `self.tr()` (PySide6 walks the class's
MRO, so a base class's strings are found from subclasses), the literal first argument
of `QCoreApplication.translate()`, and the wrapper's context for wrapper calls. The
.ts it writes is standard Qt Linguist format (TS 2.1) and `lrelease` compiles it.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from xml.etree import ElementTree

PACKAGE_DIR = Path(__file__).resolve().parents[1]
TRANSLATIONS_DIR = PACKAGE_DIR.parent / "resources" / "translations"
LANGUAGES = {"fr": "fr_CA"}
_APP_CLASSES = {"QCoreApplication", "QGuiApplication", "QApplication"}
# %1 %n %L1 (Qt), %s %d %(name)s (Python), {0} {name} {name:.0%} (str.format)
_PLACEHOLDER = re.compile(
    r"%(?:\d+|n|L\d+|[sdfr]|\([A-Za-z_]\w*\)[sdfr])|\{[A-Za-z_0-9]\w*(?:[:!][^{}]*)?\}"
)


def ts_path(lang: str = "fr") -> Path:
    return TRANSLATIONS_DIR / f"lipplanner_{lang}.ts"


def qm_path(lang: str = "fr") -> Path:
    return TRANSLATIONS_DIR / f"lipplanner_{lang}.qm"


# ---- collecting the strings ---------------------------------------------------------


@dataclass(frozen=True)
class Key:
    """What identifies a message in a catalogue (as in Qt: context, source, comment)."""

    context: str
    source: str
    comment: str = ""


@dataclass
class Found:
    numerus: bool = False
    locations: set[tuple[str, int]] = field(default_factory=set)


@dataclass
class Collection:
    messages: dict[Key, Found] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)  # calls no translator can see

    def add(self, key: Key, numerus: bool, filename: str, line: int) -> None:
        found = self.messages.setdefault(key, Found())
        found.numerus = found.numerus or numerus
        found.locations.add((filename, line))


def _is_app_class(node: ast.expr) -> bool:
    if isinstance(node, ast.Name):
        return node.id in _APP_CLASSES
    return isinstance(node, ast.Attribute) and node.attr in _APP_CLASSES


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _wrapper_context(func: ast.FunctionDef) -> str | None:
    """The context of `def tr(text): return QCoreApplication.translate("ctx", text)`."""
    body = [s for s in func.body if not (isinstance(s, ast.Expr) and _literal(s.value) is not None)]
    if len(body) != 1 or not isinstance(body[0], ast.Return) or not func.args.args:
        return None
    call = body[0].value
    if not (
        isinstance(call, ast.Call)
        and isinstance(call.func, ast.Attribute)
        and call.func.attr == "translate"
        and _is_app_class(call.func.value)
        and len(call.args) >= 2
    ):
        return None
    text = call.args[1]
    if isinstance(text, ast.Name) and text.id == func.args.args[0].arg:
        return _literal(call.args[0])
    return None


def _module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve_from(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".")
    drop = node.level - 1 if is_package else node.level
    base = base[: len(base) - drop] if drop else base
    return ".".join([*base, node.module] if node.module else base)


class _Visitor(ast.NodeVisitor):
    def __init__(self, collection: Collection, filename: str, wrappers: dict[str, str]) -> None:
        self.collection = collection
        self.filename = filename
        self.wrappers = wrappers  # local function name → context
        self.classes: list[str] = []
        self.in_wrapper = False
        self.marks_noop = False  # the module marks texts with QT_TR_NOOP/QT_TRANSLATE_NOOP

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        was = self.in_wrapper
        if not self.classes and node.name in self.wrappers:
            self.in_wrapper = True
        self.generic_visit(node)
        self.in_wrapper = was

    def _problem(self, node: ast.AST, what: str) -> None:
        self.collection.problems.append(f"{self.filename}:{getattr(node, 'lineno', 0)}: {what}")

    def _text(self, node: ast.expr | None, call: ast.Call) -> str | None:
        text = _literal(node)
        if text is None and isinstance(node, ast.JoinedStr | ast.BinOp):
            self._problem(call, "a translated text must be one literal string (no f-string or +/%)")
        elif text is None and not (self.marks_noop or self.in_wrapper):
            # tr(title) on a variable finds a translation only if every text it can hold
            # was marked where it is written, with QT_TRANSLATE_NOOP.
            self._problem(
                call,
                "tr() of a variable: mark the texts it can hold with "
                'QT_TRANSLATE_NOOP("Context", "…") where they are written',
            )
        return text

    @staticmethod
    def _argument(call: ast.Call, index: int, name: str) -> ast.expr | None:
        if len(call.args) > index:
            return call.args[index]
        for keyword in call.keywords:
            if keyword.arg == name:
                return keyword.value
        return None

    def _record(self, call: ast.Call, context: str, first: int, names: Sequence[str]) -> None:
        text = self._text(self._argument(call, first, names[0]), call)
        if text is None:
            return
        comment = _literal(self._argument(call, first + 1, names[1])) or ""
        numerus = self._argument(call, first + 2, names[2]) is not None
        self.collection.add(Key(context, text, comment), numerus, self.filename, call.lineno)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            owner = func.value
            context: str | None = None
            if isinstance(owner, ast.Name) and owner.id in ("self", "cls"):
                context = self.classes[-1] if self.classes else None
                if context is None:
                    self._problem(node, "self.tr() outside a class has no context")
            elif isinstance(owner, ast.Name) and owner.id[:1].isupper():
                context = owner.id  # SomeClass.tr(...)
            else:
                # widget.tr(...) looks the text up under the widget's class at run time
                # (QTableWidget, …), which no catalogue entry here can match.
                self._problem(
                    node,
                    "tr() on another object has no fixed context: use self.tr() or "
                    'QCoreApplication.translate("Context", …)',
                )
            if context is not None:
                self._record(node, context, 0, ("sourceText", "disambiguation", "n"))
        elif (
            isinstance(func, ast.Attribute)
            and func.attr == "translate"
            and _is_app_class(func.value)
        ):
            context = _literal(node.args[0]) if node.args else None
            if context is not None:
                self._record(node, context, 1, ("sourceText", "disambiguation", "n"))
            elif not self.in_wrapper:
                self._problem(node, "translate() needs a literal context")
        elif isinstance(func, ast.Name) and func.id in self.wrappers:
            self._record(node, self.wrappers[func.id], 0, ("text", "comment", "n"))
        elif isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP" and node.args:
            context = _literal(node.args[0])
            if context is not None:
                self._record(node, context, 1, ("sourceText", "disambiguation", "n"))
        elif isinstance(func, ast.Name) and func.id == "QT_TR_NOOP" and self.classes:
            self._record(node, self.classes[-1], 0, ("sourceText", "disambiguation", "n"))
        self.generic_visit(node)


def collect(roots: Iterable[Path]) -> Collection:
    """Every translatable string in the packages at `roots` (each a `lipplanner`
    folder), with the context PySide6 looks it up in at run time."""
    collection = Collection()
    # Locations as Qt Linguist expects them: relative to the .ts file, which lives in
    # resources/translations next to the package.
    up = Path(*[".."] * len(TRANSLATIONS_DIR.relative_to(PACKAGE_DIR.parent).parts))
    for root in roots:
        root = root.resolve()
        files = sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)
        trees = {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in files}
        modules = {path: _module_name(root, path) for path in files}
        defined: dict[str, dict[str, str]] = {}
        for path, tree in trees.items():
            defined[modules[path]] = {
                node.name: ctx
                for node in tree.body
                if isinstance(node, ast.FunctionDef) and (ctx := _wrapper_context(node)) is not None
            }
        for path, tree in trees.items():
            wrappers = dict(defined[modules[path]])
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom):
                    source = _resolve_from(modules[path], path.name == "__init__.py", node)
                    for alias in node.names:
                        if alias.name in defined.get(source, {}):
                            wrappers[alias.asname or alias.name] = defined[source][alias.name]
            filename = (up / path.relative_to(root.parent)).as_posix()
            visitor = _Visitor(collection, filename, wrappers)
            visitor.marks_noop = any(
                isinstance(node, ast.Name) and node.id in ("QT_TR_NOOP", "QT_TRANSLATE_NOOP")
                for node in ast.walk(tree)
            )
            visitor.visit(tree)
    return collection


# ---- the .ts catalogue ----------------------------------------------------------------


@dataclass
class Entry:
    key: Key
    translation: str = ""
    forms: list[str] = field(default_factory=list)  # plural forms when numerus
    numerus: bool = False
    state: str = "unfinished"  # "finished", "unfinished" or "vanished"
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def texts(self) -> list[str]:
        return self.forms if self.numerus else [self.translation]

    @property
    def done(self) -> bool:
        return self.state == "finished" and all(t.strip() for t in self.texts)


@dataclass
class Catalogue:
    language: str
    entries: dict[Key, Entry] = field(default_factory=dict)


def read_ts(path: Path) -> Catalogue:
    root = ElementTree.parse(path).getroot()
    catalogue = Catalogue(root.get("language", "fr_CA"))
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = Key(name, message.findtext("source") or "", message.findtext("comment") or "")
            node = message.find("translation")
            kind = node.get("type") if node is not None else "unfinished"
            numerus = message.get("numerus") == "yes"
            entry = Entry(
                key,
                numerus=numerus,
                state={None: "finished", "obsolete": "vanished"}.get(kind, kind or "finished"),
                locations=[
                    (loc.get("filename", ""), int(loc.get("line", "0") or 0))
                    for loc in message.iter("location")
                ],
            )
            if node is not None and numerus:
                entry.forms = [form.text or "" for form in node.iter("numerusform")]
            elif node is not None:
                entry.translation = node.text or ""
            catalogue.entries[key] = entry
    return catalogue


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&apos;")
    )


def write_ts(catalogue: Catalogue, path: Path) -> None:
    """Write the catalogue sorted by context and source, so diffs stay small."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{catalogue.language}" sourcelanguage="en">',
    ]
    by_context: dict[str, list[Entry]] = {}
    for entry in catalogue.entries.values():
        by_context.setdefault(entry.key.context, []).append(entry)
    for context in sorted(by_context):
        lines += ["<context>", f"    <name>{_escape(context)}</name>"]
        for entry in sorted(by_context[context], key=lambda e: (e.key.source, e.key.comment)):
            numerus = ' numerus="yes"' if entry.numerus else ""
            lines.append(f"    <message{numerus}>")
            for filename, _line in sorted(set(entry.locations)):
                # Files only, no line numbers: lines move with every edit and would
                # make the catalogue change (and conflict) for no reason.
                lines.append(f'        <location filename="{_escape(filename)}"/>')
            lines.append(f"        <source>{_escape(entry.key.source)}</source>")
            if entry.key.comment:
                lines.append(f"        <comment>{_escape(entry.key.comment)}</comment>")
            kind = "" if entry.state == "finished" else f' type="{entry.state}"'
            if entry.numerus:
                forms = entry.forms or ["", ""]
                lines.append(f"        <translation{kind}>")
                lines += [f"            <numerusform>{_escape(f)}</numerusform>" for f in forms]
                lines.append("        </translation>")
            else:
                text = _escape(entry.translation)
                lines.append(f"        <translation{kind}>{text}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def merge(
    catalogue: Catalogue, collection: Collection, *, reuse_same_text: bool = False
) -> Catalogue:
    """The catalogue for the strings in `collection`, keeping every translation already
    made. Strings no longer in the code stay as "vanished" (they come back with their
    translation if the code uses them again). A new string whose text is translated in
    another context gets that translation, as unfinished unless `reuse_same_text`."""
    same_text: dict[tuple[str, str, bool], Entry] = {}
    for entry in catalogue.entries.values():
        if entry.done:
            same_text.setdefault((entry.key.source, entry.key.comment, entry.numerus), entry)
    merged = Catalogue(catalogue.language)
    for key, found in collection.messages.items():
        old = catalogue.entries.get(key)
        entry = Entry(key, numerus=found.numerus, locations=sorted(found.locations))
        if old is not None and any(t.strip() for t in old.texts):
            entry.translation, entry.forms = old.translation, list(old.forms)
            entry.state = "unfinished" if old.state == "unfinished" else "finished"
        elif (twin := same_text.get((key.source, key.comment, found.numerus))) is not None:
            entry.translation, entry.forms = twin.translation, list(twin.forms)
            entry.state = "finished" if reuse_same_text else "unfinished"
        if entry.numerus and not entry.forms:
            entry.forms = [entry.translation, entry.translation] if entry.translation else []
        merged.entries[key] = entry
    for key, old in catalogue.entries.items():
        if key not in merged.entries and any(t.strip() for t in old.texts):
            merged.entries[key] = replace(old, state="vanished", forms=list(old.forms))
    return merged


# ---- compiling and checking -------------------------------------------------------------


def lrelease_command() -> list[str]:
    """Qt's lrelease as shipped inside PySide6 (pyside6-lrelease wraps the same binary)."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).exists():
            return [str(folder / name)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise RuntimeError("lrelease was not found: install PySide6 (it ships lrelease)")
    return [found]


def compile_ts(ts: Path, qm: Path) -> None:
    subprocess.run(
        [*lrelease_command(), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


def qm_is_current(lang: str = "fr") -> bool:
    """Whether the committed .qm is exactly what lrelease makes of the .ts."""
    qm = qm_path(lang)
    if not qm.exists():
        return False
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / qm.name
        compile_ts(ts_path(lang), fresh)
        return fresh.read_bytes() == qm.read_bytes()


def _accelerators(text: str) -> int:
    """How many keyboard accelerators (&File) a text has; "A & B" and "&&" are not."""
    return len(re.findall(r"&\w", text.replace("&&", "")))


def untranslated(catalogue: Catalogue, collection: Collection) -> list[str]:
    """One line per string in the code with no usable French translation."""
    lines: list[str] = []
    for key in sorted(collection.messages, key=lambda k: (k.context, k.source, k.comment)):
        entry = catalogue.entries.get(key)
        where = f"[{key.context}] {key.source!r}"
        if entry is None:
            lines.append(f"{where}: not in the catalogue")
        elif entry.state == "vanished" and any(t.strip() for t in entry.texts):
            lines.append(f"{where}: marked vanished (run `update`)")
        elif not entry.done:
            lines.append(f"{where}: no finished translation")
        else:
            wanted = sorted(_PLACEHOLDER.findall(key.source))
            for text in entry.texts:
                if sorted(_PLACEHOLDER.findall(text)) != wanted and not entry.numerus:
                    lines.append(f"{where}: placeholders differ in {text!r}")
                if _accelerators(key.source) != _accelerators(text):
                    lines.append(f"{where}: keyboard accelerator (&) lost or added in {text!r}")
    return lines


def check(lang: str = "fr", roots: Sequence[Path] = (PACKAGE_DIR,)) -> list[str]:
    """Every reason the shipped translation is not complete and current (empty: fine)."""
    collection = collect(roots)
    problems = list(collection.problems)
    problems += untranslated(read_ts(ts_path(lang)), collection)
    if not qm_is_current(lang):
        problems.append(f"{qm_path(lang).name} is not {ts_path(lang).name} compiled: run `build`")
    return problems


# ---- command line -------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m lipplanner.tools.translations")
    parser.add_argument("command", choices=("update", "build", "check", "todo"))
    parser.add_argument("--lang", default="fr", choices=sorted(LANGUAGES))
    parser.add_argument(
        "--source",
        action="append",
        type=Path,
        help="a lipplanner package folder to collect from (default: this one; repeatable)",
    )
    parser.add_argument(
        "--reuse-same-text",
        action="store_true",
        help="accept a translation made for the same text in another context",
    )
    parser.add_argument(
        "--drop-vanished",
        action="store_true",
        help="forget translations of strings the code no longer uses (after a merge)",
    )
    args = parser.parse_args(argv)
    roots = args.source or [PACKAGE_DIR]
    ts = ts_path(args.lang)
    if args.command == "update":
        old = read_ts(ts) if ts.exists() else Catalogue(LANGUAGES[args.lang])
        collection = collect(roots)
        merged = merge(old, collection, reuse_same_text=args.reuse_same_text)
        if args.drop_vanished:
            merged.entries = {k: e for k, e in merged.entries.items() if e.state != "vanished"}
        write_ts(merged, ts)
        todo = sum(1 for key in collection.messages if not merged.entries[key].done)
        print(f"{ts.name}: {len(collection.messages)} strings, {todo} to translate")
        for problem in collection.problems:
            print(problem, file=sys.stderr)
        return 0
    if args.command == "build":
        compile_ts(ts, qm_path(args.lang))
        print(f"{qm_path(args.lang).name} built from {ts.name}")
        return 0
    if args.command == "todo":
        for line in untranslated(read_ts(ts), collect(roots)):
            print(line)
        return 0
    problems = check(args.lang, roots)
    for problem in problems:
        print(problem, file=sys.stderr)
    print("translations complete and current" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
