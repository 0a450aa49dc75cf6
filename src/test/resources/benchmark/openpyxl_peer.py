"""The benchmark's peer: what an office would write in Python to read the same workbooks.

Reads every .xlsx / .xlsm file of a folder with openpyxl (Debian's python3-openpyxl), as such a script
usually does — the whole workbook model, cached formula values (data_only) — and visits every
cell's value and number format, keeping nothing. Prints the counts; the benchmark times the process.
"""
import os
import sys

from openpyxl import load_workbook


def main(folder):
    files = cells = skipped = 0
    for name in sorted(os.listdir(folder)):
        if not name.lower().endswith((".xlsx", ".xlsm")):
            skipped += 1
            continue
        workbook = load_workbook(os.path.join(folder, name), data_only=True)
        for sheet in workbook.worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    if cell.value is not None:
                        cells += 1
                        cell.number_format
        workbook.close()
        files += 1
    print(f"openpyxl peer: files={files} cells={cells} skipped={skipped}")


if __name__ == "__main__":
    main(sys.argv[1])
