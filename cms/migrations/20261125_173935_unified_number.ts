import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`documents\` ADD \`unified_number\` text;`)
  await db.run(sql`CREATE INDEX \`documents_unified_number_idx\` ON \`documents\` (\`unified_number\`);`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_unified_number\` text;`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_unified_number_idx\` ON \`_documents_v\` (\`version_unified_number\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`documents_unified_number_idx\`;`)
  await db.run(sql`ALTER TABLE \`documents\` DROP COLUMN \`unified_number\`;`)
  await db.run(sql`DROP INDEX \`_documents_v_version_version_unified_number_idx\`;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` DROP COLUMN \`version_unified_number\`;`)
}
