import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`issuing_codes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`organization_id\` integer NOT NULL,
  	\`series\` text DEFAULT 'docNumber' NOT NULL,
  	\`kind\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`issuing_codes_code_idx\` ON \`issuing_codes\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`issuing_codes_organization_idx\` ON \`issuing_codes\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`issuing_codes_updated_at_idx\` ON \`issuing_codes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`issuing_codes_created_at_idx\` ON \`issuing_codes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`number_reservations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`series\` text NOT NULL,
  	\`serial\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`number_reservations_series_idx\` ON \`number_reservations\` (\`series\`);`)
  await db.run(sql`CREATE INDEX \`number_reservations_updated_at_idx\` ON \`number_reservations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`number_reservations_created_at_idx\` ON \`number_reservations\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`series_serial_idx\` ON \`number_reservations\` (\`series\`,\`serial\`);`)
  await db.run(sql`DROP TABLE \`organizations_texts\`;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`allocate_from_id\` integer REFERENCES issuing_codes(id);`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`allocate_year\` numeric;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`doc_number_code\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`doc_number_year\` numeric;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`doc_number_serial\` numeric;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`unified_code\` text;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`unified_year\` numeric;`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`unified_serial\` numeric;`)
  await db.run(sql`CREATE INDEX \`documents_index_number_idx\` ON \`documents\` (\`index_number\`);`)
  await db.run(sql`CREATE INDEX \`documents_allocate_from_idx\` ON \`documents\` (\`allocate_from_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_doc_number_code_idx\` ON \`documents\` (\`doc_number_code\`);`)
  await db.run(sql`CREATE INDEX \`documents_doc_number_year_idx\` ON \`documents\` (\`doc_number_year\`);`)
  await db.run(sql`CREATE INDEX \`documents_doc_number_serial_idx\` ON \`documents\` (\`doc_number_serial\`);`)
  await db.run(sql`CREATE INDEX \`documents_unified_code_idx\` ON \`documents\` (\`unified_code\`);`)
  await db.run(sql`CREATE INDEX \`documents_unified_year_idx\` ON \`documents\` (\`unified_year\`);`)
  await db.run(sql`CREATE INDEX \`documents_unified_serial_idx\` ON \`documents\` (\`unified_serial\`);`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_allocate_from_id\` integer REFERENCES issuing_codes(id);`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_allocate_year\` numeric;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_doc_number_code\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_doc_number_year\` numeric;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_doc_number_serial\` numeric;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_unified_code\` text;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_unified_year\` numeric;`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_unified_serial\` numeric;`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_index_number_idx\` ON \`_documents_v\` (\`version_index_number\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_allocate_from_idx\` ON \`_documents_v\` (\`version_allocate_from_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_doc_number_code_idx\` ON \`_documents_v\` (\`version_doc_number_code\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_doc_number_year_idx\` ON \`_documents_v\` (\`version_doc_number_year\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_doc_number_serial_idx\` ON \`_documents_v\` (\`version_doc_number_serial\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_unified_code_idx\` ON \`_documents_v\` (\`version_unified_code\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_unified_year_idx\` ON \`_documents_v\` (\`version_unified_year\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_unified_serial_idx\` ON \`_documents_v\` (\`version_unified_serial\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`issuing_codes_id\` integer REFERENCES issuing_codes(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`number_reservations_id\` integer REFERENCES number_reservations(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_issuing_codes_id_idx\` ON \`payload_locked_documents_rels\` (\`issuing_codes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_number_reservations_id_idx\` ON \`payload_locked_documents_rels\` (\`number_reservations_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`organizations_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organizations_texts_order_parent\` ON \`organizations_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`DROP TABLE \`issuing_codes\`;`)
  await db.run(sql`DROP TABLE \`number_reservations\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`doc_number_raw\` text,
  	\`doc_number\` text,
  	\`unified_number\` text,
  	\`kind\` text,
  	\`written_date\` text,
  	\`published_date\` text,
  	\`effective_date\` text,
  	\`expires_on\` text,
  	\`repealed_on\` text,
  	\`interpretation_body_id\` integer,
  	\`disclosure\` text,
  	\`disclosure_reason\` text,
  	\`index_number\` text,
  	\`subject\` text,
  	\`body\` text,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`interpretation_body_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_documents\`("id", "title", "doc_number_raw", "doc_number", "unified_number", "kind", "written_date", "published_date", "effective_date", "expires_on", "repealed_on", "interpretation_body_id", "disclosure", "disclosure_reason", "index_number", "subject", "body", "slug", "updated_at", "created_at", "_status") SELECT "id", "title", "doc_number_raw", "doc_number", "unified_number", "kind", "written_date", "published_date", "effective_date", "expires_on", "repealed_on", "interpretation_body_id", "disclosure", "disclosure_reason", "index_number", "subject", "body", "slug", "updated_at", "created_at", "_status" FROM \`documents\`;`)
  await db.run(sql`DROP TABLE \`documents\`;`)
  await db.run(sql`ALTER TABLE \`__new_documents\` RENAME TO \`documents\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`documents_doc_number_idx\` ON \`documents\` (\`doc_number\`);`)
  await db.run(sql`CREATE INDEX \`documents_unified_number_idx\` ON \`documents\` (\`unified_number\`);`)
  await db.run(sql`CREATE INDEX \`documents_interpretation_body_idx\` ON \`documents\` (\`interpretation_body_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`documents_slug_idx\` ON \`documents\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`documents_updated_at_idx\` ON \`documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`documents_created_at_idx\` ON \`documents\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`documents__status_idx\` ON \`documents\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__documents_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_doc_number_raw\` text,
  	\`version_doc_number\` text,
  	\`version_unified_number\` text,
  	\`version_kind\` text,
  	\`version_written_date\` text,
  	\`version_published_date\` text,
  	\`version_effective_date\` text,
  	\`version_expires_on\` text,
  	\`version_repealed_on\` text,
  	\`version_interpretation_body_id\` integer,
  	\`version_disclosure\` text,
  	\`version_disclosure_reason\` text,
  	\`version_index_number\` text,
  	\`version_subject\` text,
  	\`version_body\` text,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_interpretation_body_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__documents_v\`("id", "parent_id", "version_title", "version_doc_number_raw", "version_doc_number", "version_unified_number", "version_kind", "version_written_date", "version_published_date", "version_effective_date", "version_expires_on", "version_repealed_on", "version_interpretation_body_id", "version_disclosure", "version_disclosure_reason", "version_index_number", "version_subject", "version_body", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_doc_number_raw", "version_doc_number", "version_unified_number", "version_kind", "version_written_date", "version_published_date", "version_effective_date", "version_expires_on", "version_repealed_on", "version_interpretation_body_id", "version_disclosure", "version_disclosure_reason", "version_index_number", "version_subject", "version_body", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_documents_v\`;`)
  await db.run(sql`DROP TABLE \`_documents_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__documents_v\` RENAME TO \`_documents_v\`;`)
  await db.run(sql`CREATE INDEX \`_documents_v_parent_idx\` ON \`_documents_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_doc_number_idx\` ON \`_documents_v\` (\`version_doc_number\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_unified_number_idx\` ON \`_documents_v\` (\`version_unified_number\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_interpretation_body_idx\` ON \`_documents_v\` (\`version_interpretation_body_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_slug_idx\` ON \`_documents_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_updated_at_idx\` ON \`_documents_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_created_at_idx\` ON \`_documents_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version__status_idx\` ON \`_documents_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_created_at_idx\` ON \`_documents_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_updated_at_idx\` ON \`_documents_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_latest_idx\` ON \`_documents_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`documents_id\` integer,
  	\`organizations_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "documents_id", "organizations_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "documents_id", "organizations_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organizations_id_idx\` ON \`payload_locked_documents_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
