-- Where the reviewed claim came from, when the desk states it directly (the API's claim_origin /
-- claim_first_seen) rather than through a case opened from a stored post: a public outlet or page
-- (never a private person) and the day it was first seen. Null: taken from the case's post, if any.
ALTER TABLE fact_checks ADD COLUMN claim_origin VARCHAR(1000);
ALTER TABLE fact_checks ADD COLUMN claim_first_seen DATE;
