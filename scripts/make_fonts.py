#!/usr/bin/env python3
"""Build the Korean fonts shipped in ``briefing/fonts/``.

Output: static, subset TrueType fonts

    briefing/fonts/NotoSansKR-Regular.ttf   (wght 400)
    briefing/fonts/NotoSansKR-Bold.ttf      (wght 700)
    briefing/fonts/OFL.txt                  (licence, copied from the source)

Source
------
The variable font ``NotoSansKR[wght].ttf`` (Noto Sans KR 2.004, SIL Open Font
License 1.1, the Google Fonts build from github.com/google/fonts ofl/notosanskr),
as shipped inside the PyPI wheel ``justmytype-intl-cjk==0.1.0`` at
``justmytype_intl_cjk/fonts/ofl/notosanskr/``, next to its ``OFL.txt``.
SHA-256 of the file used for the shipped fonts::

    194018e6b2b293a7964f037b25c0249ce1418bc9ab3c971060a03aa57861e252

How to run (from the repository root; needs only fontTools)::

    pip download --no-deps justmytype-intl-cjk==0.1.0 -d /tmp/fontsrc
    unzip -o -q /tmp/fontsrc/justmytype_intl_cjk-0.1.0-py3-none-any.whl -d /tmp/fontsrc/whl
    python scripts/make_fonts.py \\
        --source "/tmp/fontsrc/whl/justmytype_intl_cjk/fonts/ofl/notosanskr/NotoSansKR[wght].ttf"

If ``--source`` is omitted, the script looks for the file in an installed
``justmytype_intl_cjk`` package (``pip install justmytype-intl-cjk``).
Neither the package nor anything else used here is needed at run time by
``briefing``: only the generated .ttf files are shipped.

What it does
------------
1. Subsets the variable font (fontTools.subset) to the character set below,
   keeping the OpenType layout features needed for Korean and Latin text
   (kern, mark, mkmk, ccmp, locl, liga, calt, palt/halt, fwid/hwid/pwid;
   vertical-writing and archaic-jamo features are left out, see
   DROP_FEATURES).
2. Pins the ``wght`` axis to 400 and 700 (fontTools.varLib.instancer), giving
   static fonts without variation tables.
3. Renames them as a normal two-member family "Noto Sans KR" Regular/Bold
   (name IDs 1, 2, 3, 4, 6; typographic names 16/17 and the axis names
   removed), and sets OS/2 usWeightClass/fsSelection and head.macStyle, so
   fontconfig, Pango and WeasyPrint tell regular from bold.
4. Saves plain TTF (not WOFF2: WOFF2 makes every WeasyPrint render much
   slower) without touching head.modified, so reruns give identical bytes.

Character set: all 11,172 Hangul syllables (U+AC00-D7A3), Hangul Jamo,
compatibility jamo, the whole KS X 1001 repertoire
(including its 4,888 hanja, e.g. headline abbreviations 美 中 北 與 野),
Basic Latin, Latin-1, Latin Extended-A, general punctuation, CJK symbols
and punctuation, half/fullwidth forms, and the common symbol blocks
(letterlike, number forms, arrows, maths, enclosed alphanumerics, circled
and parenthesized Hangul,
box drawing, geometric shapes, misc symbols, dingbats, currency, ...).
Only code points the source font actually maps are kept.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import shutil
import sys
import unicodedata
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.varLib import instancer

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO_ROOT / "briefing" / "fonts"
SOURCE_NAME = "NotoSansKR[wght].ttf"
SOURCE_SHA256 = "194018e6b2b293a7964f037b25c0249ce1418bc9ab3c971060a03aa57861e252"
FAMILY = "Noto Sans KR"
PS_FAMILY = "NotoSansKR"

# (style name, wght / usWeightClass, is bold)
STYLES = [("Regular", 400, False), ("Bold", 700, True)]

# Inclusive Unicode ranges kept (besides KS X 1001, computed below).
RANGES = [
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x00FF),  # Latin-1 Supplement
    (0x0100, 0x017F),  # Latin Extended-A (foreign names)
    (0x02B0, 0x02FF),  # Spacing modifier letters
    (0x1100, 0x11FF),  # Hangul Jamo
    (0x2000, 0x206F),  # General Punctuation: “ ” ‘ ’ … · – — ‰ ※ ‧
    (0x2070, 0x209F),  # Superscripts and subscripts
    (0x20A0, 0x20CF),  # Currency symbols (₩ €)
    (0x2100, 0x214F),  # Letterlike symbols (℃ № ™)
    (0x2150, 0x218F),  # Number forms (Ⅰ Ⅱ ½)
    (0x2190, 0x21FF),  # Arrows
    (0x2200, 0x22FF),  # Mathematical operators
    (0x2300, 0x23FF),  # Miscellaneous technical
    (0x2460, 0x24FF),  # Enclosed alphanumerics (① ⑴ ⒜)
    (0x2500, 0x257F),  # Box drawing
    (0x2580, 0x259F),  # Block elements
    (0x25A0, 0x25FF),  # Geometric shapes (○ ● ▲ ■ ◆ ◎ ◌)
    (0x2600, 0x26FF),  # Miscellaneous symbols (★ ☆ ☎ ☞)
    (0x2700, 0x27BF),  # Dingbats (❶ ✓)
    (0x3000, 0x303F),  # CJK symbols and punctuation (「」『』〈〉《》【】〜)
    (0x3130, 0x318F),  # Hangul compatibility jamo
    (0x3200, 0x327F),  # Enclosed CJK: parenthesized/circled Hangul (㈜ ㉠ ㉮)
    # (the rest of U+3200-33FF is mostly Japanese; its Korean units ㎞ ㎏ ㎡
    # come in with KS X 1001)
    (0xAC00, 0xD7A3),  # Hangul syllables (all 11,172)
    (0xFF00, 0xFFEF),  # Halfwidth and fullwidth forms
    (0xFFFD, 0xFFFD),  # Replacement character
]

# Layout features: fontTools' default list (kern, mark, mkmk, ccmp, locl,
# liga, calt, palt, halt, ...) minus
# - vertical-writing features (WeasyPrint has no vertical writing mode), whose
#   alternate glyphs and vhea/vmtx tables cost ~200 KB, and
# - the conjoining-jamo features ljmo/vjmo/tjmo, only needed to compose
#   archaic (Middle Korean) syllables from jamo: ~1,350 glyphs, ~160 KB.
#   Modern jamo sequences (NFD text) still render: HarfBuzz composes them to
#   the precomposed syllables, which are all kept.
# plus the East Asian width variants reachable from CSS
# (font-variant-east-asian: full-width / proportional-width).
DROP_FEATURES = {"vert", "vrt2", "vkrn", "vpal", "vhal", "valt", "vchw",
                 "ljmo", "vjmo", "tjmo"}
EXTRA_FEATURES = ["fwid", "hwid", "pwid"]
DROP_TABLES = ["vhea", "vmtx", "VORG", "VVAR"]

# Name IDs kept (others, e.g. typographic family 16/17, variations prefix 25
# and the fvar/STAT axis names, are dropped).
KEEP_NAME_IDS = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14}


def ksx1001_codepoints() -> set[int]:
    """Every character of KS X 1001 (EUC-KR two-byte rows 0xA1-0xFE)."""
    cps = set()
    for lead in range(0xA1, 0xFF):
        for trail in range(0xA1, 0xFF):
            try:
                text = bytes((lead, trail)).decode("euc_kr")
            except UnicodeDecodeError:
                continue
            if len(text) == 1:
                cps.add(ord(text))
    return cps


def wanted_codepoints() -> set[int]:
    cps = ksx1001_codepoints()
    for lo, hi in RANGES:
        cps.update(range(lo, hi + 1))
    return cps


def find_source() -> Path:
    spec = importlib.util.find_spec("justmytype_intl_cjk")
    if spec and spec.submodule_search_locations:
        for loc in spec.submodule_search_locations:
            cand = Path(loc) / "fonts" / "ofl" / "notosanskr" / SOURCE_NAME
            if cand.is_file():
                return cand
    sys.exit(
        f"error: no --source given and {SOURCE_NAME} not found in an installed "
        "justmytype_intl_cjk package; see the docstring of this script "
        "(pip download --no-deps justmytype-intl-cjk==0.1.0)"
    )


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def subset_variable(source: Path, codepoints: set[int]) -> TTFont:
    font = TTFont(source, recalcTimestamp=False)
    options = subset.Options()
    options.layout_features = [
        f for f in options.layout_features if f not in DROP_FEATURES
    ] + EXTRA_FEATURES
    options.drop_tables += DROP_TABLES
    options.name_IDs = ["*"]
    options.name_languages = [0x0409]  # English (US) Windows names
    options.notdef_outline = True  # missing glyphs show as a box, not blank
    options.glyph_names = False
    options.hinting = True
    options.recalc_timestamp = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(codepoints))
    subsetter.subset(font)
    alias_compatibility_ideographs(font, codepoints)
    return font


def alias_compatibility_ideographs(font: TTFont, codepoints: set[int]) -> None:
    """Map wanted code points the font lacks to the glyph of their NFC form.

    Noto Sans KR lacks two KS X 1001 compatibility ideographs (U+F95F and
    U+F9AA, both 寧) whose canonical equivalent U+5BE7 is present, so they get
    its glyph instead of rendering as missing (likewise U+2000/2001 en/em quad
    -> en/em space and U+212A Kelvin sign -> K).
    """
    cmap = font.getBestCmap()
    added = {}
    for cp in sorted(codepoints - set(cmap)):
        nfc = unicodedata.normalize("NFC", chr(cp))
        if len(nfc) == 1 and nfc != chr(cp) and ord(nfc) in cmap:
            added[cp] = cmap[ord(nfc)]
    for table in font["cmap"].tables:
        if table.isUnicode():
            if table.format == 4:
                table.cmap.update({cp: g for cp, g in added.items() if cp <= 0xFFFF})
            else:
                table.cmap.update(added)
    if added:
        print("  aliased to their NFC glyph: "
              + " ".join(f"U+{cp:04X}" for cp in added))


def set_names(font: TTFont, style: str, weight: int, bold: bool) -> None:
    name = font["name"]
    version = f"{font['head'].fontRevision:.3f}"
    ps_name = f"{PS_FAMILY}-{style}"
    for record in list(name.names):
        if record.nameID not in KEEP_NAME_IDS:
            name.removeNames(nameID=record.nameID)
    # Mac-platform records are redundant; keep only Windows/Unicode ones.
    name.names = [r for r in name.names if r.platformID == 3]
    for name_id, value in {
        1: FAMILY,
        2: style,
        3: f"{version};ADBO;{ps_name};ADOBE;subset",
        4: f"{FAMILY} {style}",
        6: ps_name,
    }.items():
        name.setName(value, name_id, 3, 1, 0x409)

    os2 = font["OS/2"]
    os2.usWeightClass = weight
    fs = os2.fsSelection
    fs &= ~((1 << 0) | (1 << 5) | (1 << 6))  # ITALIC, BOLD, REGULAR
    fs |= (1 << 5) if bold else (1 << 6)
    os2.fsSelection = fs
    head = font["head"]
    head.macStyle = (head.macStyle & ~0b11) | (0b1 if bold else 0)
    if "post" in font:
        font["post"].italicAngle = 0


def build(source: Path, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    digest = sha256(source)
    print(f"source: {source}")
    print(f"  sha256 {digest}" + ("" if digest == SOURCE_SHA256 else
                                  "  (WARNING: differs from the documented source)"))
    codepoints = wanted_codepoints()
    print(f"  {len(codepoints)} code points requested")
    varfont = subset_variable(source, codepoints)
    print(f"  subset: {len(varfont.getBestCmap())} code points, "
          f"{len(varfont.getGlyphOrder())} glyphs")

    written = []
    for style, weight, bold in STYLES:
        static = instancer.instantiateVariableFont(
            varfont, {"wght": weight}, inplace=False, static=True)
        for tag in ("STAT", "fvar", "avar", "HVAR", "VVAR", "MVAR", "gvar"):
            if tag in static:
                del static[tag]
        set_names(static, style, weight, bold)
        path = out_dir / f"{PS_FAMILY}-{style}.ttf"
        static.save(path)
        written.append(path)

    ofl = source.parent / "OFL.txt"
    if ofl.is_file():
        shutil.copyfile(ofl, out_dir / "OFL.txt")
        written.append(out_dir / "OFL.txt")
    else:
        print(f"  note: no OFL.txt beside the source; {out_dir / 'OFL.txt'} left as is")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Make the static, subset Noto Sans KR fonts shipped with briefing.")
    parser.add_argument("--source", type=Path,
                        help=f"the variable font {SOURCE_NAME} (default: from an "
                             "installed justmytype_intl_cjk package)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help=f"output directory (default: {DEFAULT_OUT.relative_to(REPO_ROOT)})")
    args = parser.parse_args(argv)
    source = args.source or find_source()
    if not source.is_file():
        parser.error(f"--source {source} is not a file")
    for path in build(source, args.out):
        size = path.stat().st_size
        print(f"{path}: {size:,} bytes ({size / 1e6:.2f} MB)  sha256 {sha256(path)[:16]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
