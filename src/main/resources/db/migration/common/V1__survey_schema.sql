-- Survey data: one script for H2 (MariaDB mode) and MariaDB, whose dialects agree here.

CREATE TABLE plan (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name_key    VARCHAR(300) NOT NULL,
    name        VARCHAR(300) NOT NULL,
    CONSTRAINT uq_plan_name UNIQUE (name_key)
);

CREATE TABLE department (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name_key    VARCHAR(200) NOT NULL,
    name        VARCHAR(200) NOT NULL,
    CONSTRAINT uq_department_name UNIQUE (name_key)
);

CREATE TABLE category (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id     BIGINT NOT NULL,
    ordinal     INT NOT NULL,
    code        VARCHAR(20) NOT NULL,
    name        VARCHAR(300) NOT NULL,
    CONSTRAINT uq_category UNIQUE (plan_id, ordinal),
    CONSTRAINT fk_category_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
);

CREATE TABLE subcategory (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    category_id BIGINT NOT NULL,
    ordinal     INT NOT NULL,
    code        VARCHAR(20) NOT NULL,
    name        VARCHAR(300) NOT NULL,
    CONSTRAINT uq_subcategory UNIQUE (category_id, ordinal),
    CONSTRAINT fk_subcategory_category FOREIGN KEY (category_id) REFERENCES category (id)
);

CREATE TABLE item (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    subcategory_id BIGINT NOT NULL,
    item_no        INT NOT NULL,
    CONSTRAINT uq_item UNIQUE (subcategory_id, item_no),
    CONSTRAINT fk_item_subcategory FOREIGN KEY (subcategory_id) REFERENCES subcategory (id)
);

-- One row per file content ever seen; the fingerprint makes a re-sent identical file a no-op.
CREATE TABLE submission (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    job_execution_id  BIGINT,
    file_name         VARCHAR(500) NOT NULL,
    file_path         VARCHAR(1000) NOT NULL,
    fingerprint       CHAR(64) NOT NULL,
    file_size         BIGINT NOT NULL,
    file_modified_at  DATETIME(3) NOT NULL,
    submitted_at      DATETIME(3),
    submitted_from    VARCHAR(20),
    plan_id           BIGINT,
    department_id     BIGINT,
    plan_first_year   INT,
    plan_last_year    INT,
    report_year       INT,
    status            VARCHAR(30) NOT NULL,
    item_count        INT NOT NULL DEFAULT 0,
    registered_at     DATETIME(3) NOT NULL,
    loaded_at         DATETIME(3),
    CONSTRAINT uq_submission_fingerprint UNIQUE (fingerprint),
    CONSTRAINT fk_submission_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT fk_submission_department FOREIGN KEY (department_id) REFERENCES department (id)
);

-- An item as one submission stated it; the newest submission's version is the current one.
CREATE TABLE item_version (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id            BIGINT NOT NULL,
    submission_id      BIGINT NOT NULL,
    sheet_name         VARCHAR(100) NOT NULL,
    name               VARCHAR(500) NOT NULL,
    lead_department_id BIGINT NOT NULL,
    departments        VARCHAR(1000) NOT NULL,
    kpi_name           VARCHAR(500),
    kpi_unit           VARCHAR(50),
    CONSTRAINT uq_item_version UNIQUE (item_id, submission_id),
    CONSTRAINT fk_item_version_item FOREIGN KEY (item_id) REFERENCES item (id),
    CONSTRAINT fk_item_version_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT fk_item_version_department FOREIGN KEY (lead_department_id) REFERENCES department (id)
);

-- Every stored value with the cell it came from (file via the submission).
CREATE TABLE item_value (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_version_id BIGINT NOT NULL,
    field           VARCHAR(30) NOT NULL,
    fiscal_year     INT,
    num_value       DECIMAL(24, 6),
    text_value      TEXT,
    unit            VARCHAR(50),
    comparator      VARCHAR(2),
    approximate     BOOLEAN NOT NULL DEFAULT FALSE,
    raw_text        TEXT,
    sheet_name      VARCHAR(100) NOT NULL,
    cell_ref        VARCHAR(16) NOT NULL,
    CONSTRAINT fk_item_value_version FOREIGN KEY (item_version_id) REFERENCES item_version (id)
);

CREATE INDEX ix_item_value_version ON item_value (item_version_id, field);

CREATE TABLE finding (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    submission_id BIGINT NOT NULL,
    severity      VARCHAR(10) NOT NULL,
    sheet_name    VARCHAR(100),
    cell_ref      VARCHAR(16),
    message       TEXT NOT NULL,
    expected      TEXT,
    CONSTRAINT fk_finding_submission FOREIGN KEY (submission_id) REFERENCES submission (id)
);

-- The version of each item that counts: the newest submission by submission time (提出日, else file
-- time), never file name or reading order; equal times fall back to the fingerprint, for determinism.
CREATE VIEW current_item_version AS
SELECT iv.id, iv.item_id, iv.submission_id
FROM item_version iv
JOIN submission s ON s.id = iv.submission_id
WHERE NOT EXISTS (
    SELECT 1 FROM item_version iv2 JOIN submission s2 ON s2.id = iv2.submission_id
    WHERE iv2.item_id = iv.item_id
      AND (s2.submitted_at > s.submitted_at
           OR (s2.submitted_at = s.submitted_at AND s2.fingerprint > s.fingerprint)));
