import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { issueLabel } from '../../core/issues/issueLabel'

/**
 * Leases for work that runs once across CMS processes (cms/leases/), and the database's
 * own guard on issue numbers: 期号 unique within a year, 总期号 unique. The rules already
 * refused duplicates on every save; a database that still holds some (two processes
 * racing before this release) is refused with the issues named, unchanged.
 */
async function refuseDuplicateIssueNumbers(db: MigrateUpArgs['db']): Promise<void> {
  const numbers = await db.all<{ year: number; issue_number: number; count: number }>(
    sql`SELECT year, issue_number, count(*) AS count FROM gazette_issues GROUP BY year, issue_number HAVING count(*) > 1`,
  )
  const totals = await db.all<{ total_number: number; count: number }>(
    sql`SELECT total_number, count(*) AS count FROM gazette_issues GROUP BY total_number HAVING count(*) > 1`,
  )
  const found = [
    ...numbers.map((row) => `${issueLabel({ year: row.year, issueNumber: row.issue_number })}（${row.count}期）`),
    ...totals.map((row) => `总第${row.total_number}期（${row.count}期）`),
  ]
  if (found.length > 0) {
    throw new Error(`无法升级数据库：以下公报期刊的期号重复，请先用旧版本改正后再升级：${found.join('、')}`)
  }
}

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await refuseDuplicateIssueNumbers(db)
  await db.run(sql`CREATE TABLE \`leases\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`holder\` text NOT NULL,
  	\`expires_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`leases_name_idx\` ON \`leases\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`leases_updated_at_idx\` ON \`leases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`leases_created_at_idx\` ON \`leases\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`leases_id\` integer REFERENCES leases(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_leases_id_idx\` ON \`payload_locked_documents_rels\` (\`leases_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`gazette_issues_total_number_idx\` ON \`gazette_issues\` (\`total_number\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`issueNumber_year_idx\` ON \`gazette_issues\` (\`issue_number\`,\`year\`);`)
  await db.run(sql`CREATE INDEX \`_gazette_issues_v_version_version_total_number_idx\` ON \`_gazette_issues_v\` (\`version_total_number\`);`)
  await db.run(sql`CREATE INDEX \`version_issueNumber_version_year_idx\` ON \`_gazette_issues_v\` (\`version_issue_number\`,\`version_year\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`leases\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`documents_id\` integer,
  	\`interpretations_id\` integer,
  	\`gazette_issues_id\` integer,
  	\`document_relations_id\` integer,
  	\`organizations_id\` integer,
  	\`issuing_codes_id\` integer,
  	\`number_reservations_id\` integer,
  	\`review_events_id\` integer,
  	\`site_builds_id\` integer,
  	\`media_id\` integer,
  	\`issue_pdfs_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interpretations_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`gazette_issues_id\`) REFERENCES \`gazette_issues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`document_relations_id\`) REFERENCES \`document_relations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`issuing_codes_id\`) REFERENCES \`issuing_codes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`number_reservations_id\`) REFERENCES \`number_reservations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_events_id\`) REFERENCES \`review_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_builds_id\`) REFERENCES \`site_builds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`issue_pdfs_id\`) REFERENCES \`issue_pdfs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "documents_id", "interpretations_id", "gazette_issues_id", "document_relations_id", "organizations_id", "issuing_codes_id", "number_reservations_id", "review_events_id", "site_builds_id", "media_id", "issue_pdfs_id", "users_id") SELECT "id", "order", "parent_id", "path", "documents_id", "interpretations_id", "gazette_issues_id", "document_relations_id", "organizations_id", "issuing_codes_id", "number_reservations_id", "review_events_id", "site_builds_id", "media_id", "issue_pdfs_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_interpretations_id_idx\` ON \`payload_locked_documents_rels\` (\`interpretations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_gazette_issues_id_idx\` ON \`payload_locked_documents_rels\` (\`gazette_issues_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_document_relations_id_idx\` ON \`payload_locked_documents_rels\` (\`document_relations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organizations_id_idx\` ON \`payload_locked_documents_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_issuing_codes_id_idx\` ON \`payload_locked_documents_rels\` (\`issuing_codes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_number_reservations_id_idx\` ON \`payload_locked_documents_rels\` (\`number_reservations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_events_id_idx\` ON \`payload_locked_documents_rels\` (\`review_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`site_builds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_issue_pdfs_id_idx\` ON \`payload_locked_documents_rels\` (\`issue_pdfs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`DROP INDEX \`gazette_issues_total_number_idx\`;`)
  await db.run(sql`DROP INDEX \`issueNumber_year_idx\`;`)
  await db.run(sql`DROP INDEX \`_gazette_issues_v_version_version_total_number_idx\`;`)
  await db.run(sql`DROP INDEX \`version_issueNumber_version_year_idx\`;`)
}
