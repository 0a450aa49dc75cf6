-- The state of the store (and of the templates and code) each run's reports were built from. A run
-- that finds the same state as the last report refreshes only the parts of summary.html that change
-- with every run (run time, changes since the previous run, run history) instead of rewriting all.
ALTER TABLE report_snapshot ADD COLUMN state_key VARCHAR(64);
