-- An article's claims are stored once: one row per position among its claims. The service checks before it
-- writes; the constraint makes a second writer of the same claims fail, whatever the interleaving.

ALTER TABLE stored_claim ADD CONSTRAINT stored_claim_article_position_unique UNIQUE (article_id, position);
