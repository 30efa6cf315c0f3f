"""Keep the translation catalogues in step with the code.

    python -m tools.i18n update [AREA]     # pyside6-lupdate an area (or all) into resources/i18n/<area>.<lang>.ts
    python -m tools.i18n fill AREA LANG F  # take translations from a JSON file {context: {source: text}}
    python -m tools.i18n release [AREA]    # pyside6-lrelease an area's (or every) .ts into its .qm
    python -m tools.i18n status [AREA]     # list what is still untranslated

Areas and their files are in resources/i18n/areas.json.
"""

from __future__ import annotations

import glob
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGS = ("ru", "kk")


def areas() -> dict[str, list[Path]]:
    spec = json.loads((I18N / "areas.json").read_text(encoding="utf-8"))
    result: dict[str, list[Path]] = {}
    for area, patterns in spec.items():
        if area.startswith("_"):
            continue
        files: list[Path] = []
        for pattern in patterns:
            files.extend(Path(p) for p in sorted(glob.glob(str(ROOT / pattern))))
        result[area] = sorted(set(files))
    return result


def lupdate(files: list[Path], ts: Path) -> None:
    subprocess.run(
        ["pyside6-lupdate", "-silent", "-locations", "none", "-no-obsolete", *map(str, files), "-ts", str(ts)],
        check=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(["pyside6-lrelease", "-silent", str(ts), "-qm", str(qm)], check=True)


def unfinished(ts: Path) -> list[tuple[str, str]]:
    tree = ET.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                missing.append((name, message.findtext("source") or ""))
                continue
            numerus = translation.findall("numerusform")
            texts = [n.text for n in numerus] if numerus else [translation.text]
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(texts):
                missing.append((name, message.findtext("source") or ""))
    return missing


def fill(ts: Path, translations: dict[str, dict[str, str | list[str]]]) -> int:
    """Write translations into a catalogue; a plural (%n) message takes a list of forms
    (Russian: one, few, many; Kazakh: two forms, usually the same text)."""
    tree = ET.parse(ts)
    count = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        table = translations.get(name, {})
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if source in table:
                translation = message.find("translation")
                assert translation is not None
                value = table[source]
                if message.get("numerus") == "yes":
                    forms = value if isinstance(value, list) else [value]
                    for child in list(translation):
                        translation.remove(child)
                    translation.text = None
                    for form in forms:
                        ET.SubElement(translation, "numerusform").text = form
                else:
                    translation.text = value
                translation.attrib.pop("type", None)
                count += 1
    ET.indent(tree, space="    ")
    with ts.open("wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
        handle.write(b"\n")
    return count


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    verb = argv[0]
    only = argv[1] if len(argv) > 1 and verb in ("update", "release", "status") else None
    if verb == "update":
        for area, files in areas().items():
            if only and area != only:
                continue
            for lang in LANGS:
                lupdate(files, I18N / f"{area}.{lang}.ts")
        return 0
    if verb == "release":
        for ts in sorted(I18N.glob(f"{only or '*'}.*.ts")):
            lrelease(ts, ts.with_suffix(".qm"))
        return 0
    if verb == "status":
        bad = 0
        for ts in sorted(I18N.glob(f"{only or '*'}.*.ts")):
            for context, source in unfinished(ts):
                print(f"{ts.name}: [{context}] {source}")
                bad += 1
        return 1 if bad else 0
    if verb == "fill" and len(argv) == 4:
        area, lang, path = argv[1:]
        table = json.loads(Path(path).read_text(encoding="utf-8"))
        ts = I18N / f"{area}.{lang}.ts"
        print(fill(ts, table), "translations written")
        lupdate(areas()[area], ts)  # back to lupdate's own layout, so that diffs stay small
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
