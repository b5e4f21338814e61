#!/usr/bin/env bash
# Peak memory and time of `report` on Moodle downloads of about 50 MB (tab-separated text, ODS, .xlsx) and on the
# hostile spreadsheets of issue 21 (made here, in a temporary folder, never committed): each line prints the file, its
# size, the exit code, the diagnostic code, the peak resident memory (MB) and the seconds. Target: every input of up
# to 50 MB read within 500 MB. The downloads hold 2,000 learners with an attempt and then rows of learners without one
# ('-' in Attempt, every other cell filled as an attempt's): the readers read every row, the mastery figures (not
# measured here: scripts/bench.sh) are computed for 2,000. Usage: bash scripts/measure-report-readers.sh [MB]
# (default 50); needs python3 and GNU time; builds the CLI in Release first.
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb="${1:-50}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build src/CivilSociety.Scorm.Cli -c Release -v quiet -nologo >/dev/null
cli=(dotnet src/CivilSociety.Scorm.Cli/bin/Release/net10.0/civil-scorm.dll)

python3 - "$work" "$size_mb" <<'PY'
import sys, zipfile, os, random
from xml.sax.saxutils import escape
work, size_mb = sys.argv[1], int(sys.argv[2])
questions = ["stages.q-clouds", "stages.q-forms", "stages.q-droplets", "stages.q-name", "stages.q-count",
             "stages.q-match", "stages.q-order", "energy.q-gravity", "energy.q-percent"]
answers = ["b", "a,b,d", "t", "evaporation", "4", "a.1,b.2,c.3,d.4", "a,b,c,d", "b", "15"]
header = ["Name", "Email address", "Attempt", "Started on", "Last accessed on", "Score", "The course"]
for n in range(len(questions)):
    header += [f"Question {n}", f"Response {n}", f"Right answer {n}", f"Result {n}"]
def rows():
    yield header
    i = 0
    while True:
        i += 1
        row = [f"Learner {i}", f"learner{i}@example.org", "1" if i <= 2000 else "-", "Wednesday, 2 December 2026, 10:00 AM",
               "Wednesday, 2 December 2026, 10:30 AM", "80", "80/100"]
        for q, a in zip(questions, answers):
            right = random.random() < 0.7
            row += [q, a if right else "=HYPERLINK(\"x\")", a, "correct" if right else "wrong"]
        yield row
limit = size_mb * 1024 * 1024
with open(os.path.join(work, "interactions.txt"), "w", encoding="utf-8") as f:
    written = 0
    for row in rows():
        line = "\t".join(row) + "\n"
        written += len(line.encode())
        if written > limit:
            break
        f.write(line)
learners = sum(1 for _ in open(os.path.join(work, "interactions.txt"), encoding="utf-8")) - 1
def ods_row(cells):
    return "<table:table-row>" + "".join(f"<table:table-cell office:value-type=\"string\"><text:p>{escape(c)}</text:p></table:table-cell>" for c in cells) + "</table:table-row>"
ns = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
def ods(path, body_rows, extra=""):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        with z.open("content.xml", "w", force_zip64=True) as c:
            c.write(f"<office:document-content {ns}><office:body><office:spreadsheet><table:table>".encode())
            for r in body_rows:
                c.write(r.encode() if isinstance(r, str) else r)
            c.write(f"{extra}</table:table></office:spreadsheet></office:body></office:document-content>".encode())
generator = rows()
ods(os.path.join(work, "interactions.ods"), (ods_row(next(generator)) for _ in range(learners + 1)))
def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s
def xlsx(path, sheet_rows):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="R" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as s:
            s.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
            for r in sheet_rows:
                s.write(r.encode())
            s.write(b"</sheetData></worksheet>")
generator = rows()
xlsx(os.path.join(work, "interactions.xlsx"), (f'<row r="{n + 1}">' + "".join(f'<c r="{col(i)}{n + 1}" t="inlineStr"><is><t>{escape(c)}</t></is></c>' for i, c in enumerate(next(generator))) + "</row>" for n in range(learners + 1)))
# The attacks of issue 21, as small files.
ods(os.path.join(work, "space-count.ods"), [ods_row(header), '<table:table-row><table:table-cell><text:p>a<text:s text:c="2000000000"/></text:p></table:table-cell></table:table-row>'])
ods(os.path.join(work, "whitespace-1.5GB.ods"), (b" " * (1024 * 1024) for _ in range(1536)))
ods(os.path.join(work, "whitespace-400MB.ods"), [ods_row(header)] + [b" " * (1024 * 1024) for _ in range(400)])
xlsx(os.path.join(work, "column-ZZZZZZ.xlsx"), ['<row r="1"><c r="A1"><v>1</v></c><c r="ZZZZZZ1"><v>1</v></c></row>'])
xlsx(os.path.join(work, "cell-bomb.xlsx"), ['<row r="1">' + "".join(f'<c r="{col(i)}1" t="inlineStr"><is><t>{h}</t></is></c>' for i, h in enumerate(header[:7])) + "</row>"]
     + [f'<row r="{r}"><c r="XFD{r}"><v>1</v></c></row>' for r in range(2, 200_000)])
ods(os.path.join(work, "repeat-bomb.ods"), [ods_row(header), '<table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="16000"><text:p>x</text:p></table:table-cell></table:table-row>'])
with open(os.path.join(work, "text-before-zip.xlsx"), "wb") as f:
    f.write(b"<br />\n<b>Warning</b>: Undefined property: stdClass::$scoid<br />\n")
    f.write(open(os.path.join(work, "column-ZZZZZZ.xlsx"), "rb").read())
with open(os.path.join(work, "random.xlsx"), "wb") as f:
    f.write(os.urandom(4096))
print(f"{learners} learners in the 50 MB downloads", file=sys.stderr)
PY

printf '%-26s %12s %5s %-8s %8s %8s\n' file bytes exit code peak_MB seconds
for file in interactions.txt interactions.ods interactions.xlsx space-count.ods whitespace-1.5GB.ods whitespace-400MB.ods \
            column-ZZZZZZ.xlsx cell-bomb.xlsx repeat-bomb.ods text-before-zip.xlsx random.xlsx; do
  set +e
  /usr/bin/time -f '%M %e' -o "$work/time" "${cli[@]}" report samples/every-question-type --moodle "$work/$file" \
    --format csv -o "$work/out.csv" >"$work/output" 2>&1
  code=$?
  set -e
  read -r kb seconds < <(tail -1 "$work/time")   # GNU time writes "Command exited with..." first on a failure
  diagnostic="$(grep -o 'SCO[0-9]*' "$work/output" | head -1 || true)"
  printf '%-26s %12s %5s %-8s %8s %8s\n' "$file" "$(stat -c %s "$work/$file")" "$code" "${diagnostic:--}" "$((kb / 1024))" "$seconds"
done
