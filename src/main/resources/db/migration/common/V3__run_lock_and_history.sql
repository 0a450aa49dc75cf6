-- Nightly operation: the run lock (never two consolidations at once, across hosts sharing this
-- database) and the run history shown in summary.html. One script for H2 (MariaDB mode) and MariaDB.

-- One row per lock name, present from the start, so acquiring is a single conditional UPDATE that
-- both databases make atomic (row lock). token is NULL while nobody holds the lock; heartbeat_at is
-- refreshed by the holder and compared with the database clock, so hosts with skewed clocks agree.
CREATE TABLE run_lock (
    name         VARCHAR(50) NOT NULL PRIMARY KEY,
    token        VARCHAR(64),
    holder_host  VARCHAR(200),
    holder_pid   BIGINT,
    acquired_at  DATETIME(3),
    heartbeat_at DATETIME(3)
);

INSERT INTO run_lock (name) VALUES ('consolidation');

-- One row per run attempt: started as RUNNING, finished with its outcome; a row still RUNNING when
-- the next run takes the lock belonged to a run that died (kill -9, power cut, lost database) and is
-- marked INTERRUPTED. Times are office time (Asia/Tokyo).
CREATE TABLE run_history (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    started_at       DATETIME(3) NOT NULL,
    ended_at         DATETIME(3),
    host             VARCHAR(200) NOT NULL,
    trigger_source   VARCHAR(20) NOT NULL,
    job_execution_id BIGINT,
    resumed          BOOLEAN NOT NULL DEFAULT FALSE,
    files_found      INT NOT NULL DEFAULT 0,
    files_unchanged  INT NOT NULL DEFAULT 0,
    files_loaded     INT NOT NULL DEFAULT 0,
    files_rejected   INT NOT NULL DEFAULT 0,
    files_partial    INT NOT NULL DEFAULT 0,
    outcome          VARCHAR(30) NOT NULL,
    message          VARCHAR(2000)
);

CREATE INDEX ix_run_history_started ON run_history (started_at);
