import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`documents\` ADD \`disclosure_ground\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_disclosure_ground\` text;`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`disclosure_ground\` text;`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` ADD \`version_disclosure_ground\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`disclosure_ground\`;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` DROP COLUMN \`version_disclosure_ground\`;`)
  await db.run(sql`ALTER TABLE \`interpretations\` DROP COLUMN \`disclosure_ground\`;`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` DROP COLUMN \`version_disclosure_ground\`;`)
}
