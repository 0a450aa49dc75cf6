"""The benchmark's peer: what an office would write in Python to read the same workbooks.

Reads every .xlsx / .xlsm file of a folder with openpyxl (Debian's python3-openpyxl), as such a script
usually does — the whole workbook model, cached formula values (data_only) — and visits every
cell's value and number format, keeping nothing. Prints the counts; the benchmark times the process.
"""
import os
import sys
import warnings

from openpyxl import load_workbook

# generated workbooks carry no default cell style; openpyxl says so for each, which is noise here
warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")


def main(folder):
    files = cells = skipped = 0
    for name in sorted(os.listdir(folder)):
        if name.startswith("."):
            continue
        if not name.lower().endswith((".xlsx", ".xlsm")):
            skipped += 1
            continue
        workbook = load_workbook(os.path.join(folder, name), data_only=True)
        for sheet in workbook.worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    cell.number_format
                    if cell.value is not None:
                        cells += 1
        workbook.close()
        files += 1
    print(f"openpyxl: {files} files, {cells} non-empty cells, {skipped} other files skipped")


if __name__ == "__main__":
    main(sys.argv[1])
