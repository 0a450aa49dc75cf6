-- Files that are no spreadsheet (a PDF, a CSV, a zip …) are accounted for as 対象外, apart from
-- rejected workbooks (不受理): how many a run met.
ALTER TABLE run_history ADD COLUMN files_excluded INT NOT NULL DEFAULT 0;
