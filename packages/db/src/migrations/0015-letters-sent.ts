import { sql, type Kysely } from "kysely";

// A family may always ask for a decision to be reviewed (T7): where the policy sets no time limit
// for asking, or for the council to decide, the review is recorded with no deadline rather than an
// invented one, and where no time limit runs from it the day the family was told may be unknown.
// The outcome of a review goes to the family as a letter, and the day it was sent is kept.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("disagreement")
    .alterColumn("family_told_on", (c) => c.dropNotNull())
    .alterColumn("request_deadline_on", (c) => c.dropNotNull())
    .alterColumn("decision_deadline_on", (c) => c.dropNotNull())
    .execute();
  await db.schema.alterTable("disagreement").addColumn("outcome_letter_sent_on", "date").execute();
}

// The earlier schema needs a date in each column: a review without one is given the day the family
// asked (or the council received it), so that no row is lost going back.
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("disagreement").dropColumn("outcome_letter_sent_on").execute();
  await sql`update disagreement set family_told_on = coalesce(family_told_on, requested_on), request_deadline_on = coalesce(request_deadline_on, requested_on),
    decision_deadline_on = coalesce(decision_deadline_on, received_on)
    where family_told_on is null or request_deadline_on is null or decision_deadline_on is null`.execute(db);
  await db.schema
    .alterTable("disagreement")
    .alterColumn("family_told_on", (c) => c.setNotNull())
    .alterColumn("request_deadline_on", (c) => c.setNotNull())
    .alterColumn("decision_deadline_on", (c) => c.setNotNull())
    .execute();
}
