"""The look of each cell style of an .xlsx, read from styles.xml and the theme.

A cell names its style by index (`s="3"`); the style names a font (bold, colour) and a
fill (a solid fill's colour). Colours are given as rgb, as a theme colour with a tint,
or as a legacy index; each is resolved here to the "RRGGBB" Excel shows, once per
style, with the same rules openpyxl's objects were read with before.
"""

from __future__ import annotations

import colorsys
import re
from typing import Any, NamedTuple

from defusedxml.ElementTree import fromstring

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_DRAWING = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
# The order of a theme's colour scheme as cells index it (lt1 and dk1 come swapped).
_THEME_ORDER = ("lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4",
                "accent5", "accent6", "hlink", "folHlink")  # fmt: skip
_FALSE = ("0", "false")


class Look(NamedTuple):
    bold: bool
    fill: str | None
    font_color: str | None


PLAIN = Look(False, None, None)


def style_looks(styles_xml: bytes | None, theme_xml: bytes | None) -> list[Look]:
    """The look of every cell style (`cellXfs`), by style index. Raises what
    defusedxml raises on hostile XML; a style that cannot be resolved looks plain."""
    if not styles_xml:
        return []
    root = fromstring(styles_xml)
    theme = theme_colours(theme_xml)
    fonts = [_font(font, theme) for font in _children(root, "fonts", "font")]
    fills = [_fill(fill, theme) for fill in _children(root, "fills", "fill")]
    looks = []
    for xf in _children(root, "cellXfs", "xf"):
        try:
            bold, colour = fonts[int(xf.get("fontId", 0))]
            fill = fills[int(xf.get("fillId", 0))]
        except (IndexError, ValueError):
            looks.append(PLAIN)
            continue
        looks.append(Look(bold, fill, colour))
    return looks


def _children(root: Any, group: str, tag: str) -> list[Any]:
    parent = root.find(f"{_MAIN}{group}")
    return [] if parent is None else parent.findall(f"{_MAIN}{tag}")


def _font(font: Any, theme: list[str]) -> tuple[bool, str | None]:
    bold = font.find(f"{_MAIN}b")
    is_bold = bold is not None and bold.get("val", "1").lower() not in _FALSE
    return is_bold, colour(font.find(f"{_MAIN}color"), theme)


def _fill(fill: Any, theme: list[str]) -> str | None:
    pattern = fill.find(f"{_MAIN}patternFill")
    if pattern is None or pattern.get("patternType") != "solid":
        return None
    foreground = pattern.find(f"{_MAIN}fgColor")
    # A solid fill that names no colour is black, as openpyxl's default colour reads.
    return "000000" if foreground is None else colour(foreground, theme)


def colour(element: Any, theme: list[str]) -> str | None:
    """A `<color>`-like element as "RRGGBB", from its legacy index, theme (with tint)
    or rgb, in openpyxl's order of precedence; None for automatic or unknown."""
    if element is None:
        return None
    indexed = element.get("indexed")
    if indexed is not None:
        if indexed.isdigit() and int(indexed) < 64:  # 64 and beyond mean "automatic"
            from openpyxl.styles.colors import COLOR_INDEX

            return str(COLOR_INDEX[int(indexed)])[-6:].upper()
        return None
    index = element.get("theme")
    if index is not None:
        try:
            number, tint = int(index), float(element.get("tint", 0) or 0)
        except ValueError:
            return None
        return tinted(theme[number], tint) if 0 <= number < len(theme) else None
    if element.get("auto") is not None:
        return None
    rgb = element.get("rgb", "00000000")  # no attribute at all: openpyxl's black
    return rgb[-6:].upper() if len(rgb) in (6, 8) else None


_SCHEME = re.compile(rb"<(?:[\w.-]+:)?clrScheme\b(.*?)</(?:[\w.-]+:)?clrScheme>", re.S)
_ENTRY = re.compile(
    rb"<(?:[\w.-]+:)?(dk1|lt1|dk2|lt2|accent[1-6]|hlink|folHlink)>\s*"
    rb"<(?:[\w.-]+:)?\w+((?:\s+[\w:]+=\"[^\"]*\")*)\s*/?>"
)
_COLOUR_ATTRIBUTE = re.compile(rb'\b(lastClr|val)="([^"]*)"')


def theme_colours(theme: bytes | None) -> list[str]:
    """The theme's twelve colours in cell-index order ([] when there is no theme)."""
    if not theme:
        return []
    found = _theme_colours_fast(theme)
    return found if found is not None else _theme_colours_parsed(theme)


def _theme_colours_fast(theme: bytes) -> list[str] | None:
    """The colours from the scheme's twelve one-colour entries, read by pattern (a
    theme is some 10 KB of fonts and effects around them); None for any other shape."""
    scheme = _SCHEME.search(theme)
    if scheme is None:
        return None
    colours: dict[str, str] = {}
    for name, attributes in _ENTRY.findall(scheme.group(1)):
        given = dict(_COLOUR_ATTRIBUTE.findall(attributes))
        value = given.get(b"lastClr") or given.get(b"val") or b""
        if len(value) == 6:
            colours[name.decode()] = value.decode().upper()
    if len(colours) != len(_THEME_ORDER):
        return None
    return [colours[name] for name in _THEME_ORDER]


def _theme_colours_parsed(theme: bytes) -> list[str]:
    try:
        root = fromstring(theme)
    except Exception:  # a damaged theme only loses theme colours
        return []
    scheme = root.find(f".//{_DRAWING}clrScheme")
    if scheme is None:
        return []
    colours: dict[str, str] = {}
    for entry in scheme:
        name = entry.tag.replace(_DRAWING, "")
        for child in entry:
            value = child.get("lastClr") or child.get("val") or ""
            if len(value) == 6:
                colours[name] = value.upper()
    return [colours.get(name, "000000") for name in _THEME_ORDER]


def tinted(rgb: str, tint: float) -> str:
    """Excel's tint: lighten (tint > 0) or darken (tint < 0) in HLS space."""
    if not tint:
        return rgb
    red, green, blue = (int(rgb[i : i + 2], 16) / 255 for i in (0, 2, 4))
    hue, light, saturation = colorsys.rgb_to_hls(red, green, blue)
    light = light * (1 + tint) if tint < 0 else light * (1 - tint) + tint
    red, green, blue = colorsys.hls_to_rgb(hue, min(max(light, 0.0), 1.0), saturation)
    return "".join(f"{round(c * 255):02X}" for c in (red, green, blue))
