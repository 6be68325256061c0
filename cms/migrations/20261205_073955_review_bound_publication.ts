import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`document_relations\` ADD \`state\` text DEFAULT 'published';`)
  await db.run(sql`ALTER TABLE \`document_relations\` ADD \`retract\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`review_events\` ADD \`content_fingerprint\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`document_relations\` DROP COLUMN \`state\`;`)
  await db.run(sql`ALTER TABLE \`document_relations\` DROP COLUMN \`retract\`;`)
  await db.run(sql`ALTER TABLE \`review_events\` DROP COLUMN \`content_fingerprint\`;`)
}
