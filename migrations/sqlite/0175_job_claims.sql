-- Work that one instance does for all: the instance that moves a job's
-- next_run_at forward does the run; the others see it is not due.
CREATE TABLE job_claims (
    job         TEXT PRIMARY KEY,
    next_run_at BIGINT NOT NULL
);
