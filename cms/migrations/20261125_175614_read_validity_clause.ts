import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`documents\` ADD \`read_validity_clause\` integer;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_read_validity_clause\` integer;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`read_validity_clause\`;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` DROP COLUMN \`version_read_validity_clause\`;`)
}
