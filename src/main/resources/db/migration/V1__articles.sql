-- Articles and the outlets that published them.
-- Written for PostgreSQL and for H2 in its PostgreSQL mode: plain types, no partial indexes.

CREATE SEQUENCE outlet_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE article_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE outlet (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    name        VARCHAR(200)             NOT NULL,
    -- "EL PAÍS" and "El País" share a key: lower case, accents and punctuation folded.
    outlet_key  VARCHAR(200)             NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT outlet_key_unique UNIQUE (outlet_key)
);

CREATE TABLE article (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    outlet_id     BIGINT                   NOT NULL REFERENCES outlet (id),
    url           VARCHAR(2048),
    title         VARCHAR(1000),
    published_on  DATE,
    published_at  TIMESTAMP WITH TIME ZONE,
    language      VARCHAR(35),
    body          VARCHAR                  NOT NULL,
    -- Ingest is idempotent: a hash of the URL, or of outlet and text when there is no URL.
    fingerprint   VARCHAR(64)              NOT NULL,
    ingested_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT article_fingerprint_unique UNIQUE (fingerprint)
);

CREATE INDEX article_outlet_idx ON article (outlet_id);
CREATE INDEX article_published_idx ON article (published_on);
