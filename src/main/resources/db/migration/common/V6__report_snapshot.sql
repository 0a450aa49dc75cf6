-- What each run's reports showed: the item versions that were current when the run wrote them.
-- The next run consolidates that set again to say what changed since (summary.html 「前回の集計からの変更」).
-- Only version ids are kept: the values, with their cells, are already in item_value.

CREATE TABLE report_snapshot (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    job_execution_id BIGINT NOT NULL,
    taken_at         DATETIME(3) NOT NULL
);

CREATE TABLE report_snapshot_version (
    snapshot_id     BIGINT NOT NULL,
    item_version_id BIGINT NOT NULL,
    CONSTRAINT pk_report_snapshot_version PRIMARY KEY (snapshot_id, item_version_id),
    CONSTRAINT fk_snapshot_version_snapshot FOREIGN KEY (snapshot_id) REFERENCES report_snapshot (id),
    CONSTRAINT fk_snapshot_version_version FOREIGN KEY (item_version_id) REFERENCES item_version (id)
);
