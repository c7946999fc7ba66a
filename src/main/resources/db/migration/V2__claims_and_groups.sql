-- Claims extracted from stored articles, and the groups that gather claims about the same fact.
-- A claim goes with its article (ON DELETE CASCADE); groups are kept up to date by the service.

CREATE TABLE claim_group (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    label         VARCHAR(300)             NOT NULL,
    kind          VARCHAR(16)              NOT NULL,
    status        VARCHAR(16)              NOT NULL,
    -- CONFLICT 0, EVOLVING 1, CONSISTENT 2, SINGLE_SOURCE 3: listings sort on it, then on severity.
    status_rank   INT                      NOT NULL,
    severity      DOUBLE PRECISION         NOT NULL,
    sources       INT                      NOT NULL,
    claim_count   INT                      NOT NULL,
    outlet_count  INT                      NOT NULL,
    -- The consensus value as JSON: kind, bounds, unit, qualifier.
    consensus     VARCHAR,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX claim_group_order_idx ON claim_group (status_rank, severity);

CREATE SEQUENCE stored_claim_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE stored_claim (
    id              BIGINT        NOT NULL PRIMARY KEY,
    article_id      BIGINT        NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    group_id        BIGINT        REFERENCES claim_group (id),
    position        INT           NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    claim_text      VARCHAR(500)  NOT NULL,
    -- The whole extracted claim as JSON: value, span, sentence, subject, attribution, times.
    body            VARCHAR       NOT NULL,
    -- Ids of the claims of the same group this one contradicts, comma-separated.
    conflicts_with  VARCHAR
);

CREATE INDEX stored_claim_article_idx ON stored_claim (article_id);
CREATE INDEX stored_claim_group_idx ON stored_claim (group_id);
