-- How many children the council looks after and supports, per quarter, as
-- an admin records them from the council's own returns: the board reads
-- counts as "5 out of how many?". `quarter` is like `2026-Q4`.
CREATE TABLE cohorts (
    org_id        BIGINT NOT NULL REFERENCES orgs(id) ON DELETE CASCADE,
    quarter       TEXT NOT NULL,
    in_care       BIGINT NOT NULL,
    care_leavers  BIGINT NOT NULL,
    recorded_at   BIGINT NOT NULL,
    PRIMARY KEY (org_id, quarter)
);
