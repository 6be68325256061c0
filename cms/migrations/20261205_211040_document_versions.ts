import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`documents_versions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`title\` text,
  	\`promulgated_date\` text,
  	\`effective_date\` text,
  	\`amended_by_id\` integer,
  	\`amended_by_citation\` text,
  	\`body\` text,
  	FOREIGN KEY (\`amended_by_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`documents_versions_order_idx\` ON \`documents_versions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`documents_versions_parent_id_idx\` ON \`documents_versions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_versions_amended_by_idx\` ON \`documents_versions\` (\`amended_by_id\`);`)
  await db.run(sql`CREATE TABLE \`_documents_v_version_versions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`title\` text,
  	\`promulgated_date\` text,
  	\`effective_date\` text,
  	\`amended_by_id\` integer,
  	\`amended_by_citation\` text,
  	\`body\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`amended_by_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_documents_v_version_versions_order_idx\` ON \`_documents_v_version_versions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_versions_parent_id_idx\` ON \`_documents_v_version_versions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_versions_amended_by_idx\` ON \`_documents_v_version_versions\` (\`amended_by_id\`);`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`version_kind\` text DEFAULT 'original';`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`amended_by_id\` integer REFERENCES documents(id);`)
  await db.run(sql`ALTER TABLE \`documents\` ADD \`amended_by_citation\` text;`)
  await db.run(sql`CREATE INDEX \`documents_amended_by_idx\` ON \`documents\` (\`amended_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_version_kind\` text DEFAULT 'original';`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_amended_by_id\` integer REFERENCES documents(id);`)
  await db.run(sql`ALTER TABLE \`_documents_v\` ADD \`version_amended_by_citation\` text;`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_amended_by_idx\` ON \`_documents_v\` (\`version_amended_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`documents_versions\`;`)
  await db.run(sql`DROP TABLE \`_documents_v_version_versions\`;`)
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
  	\`effective_date_reason\` text,
  	\`short_notice_ground\` text,
  	\`read_validity_clause\` integer,
  	\`interpretation_body_id\` integer,
  	\`disclosure\` text,
  	\`disclosure_ground\` text,
  	\`disclosure_reason\` text,
  	\`index_number\` text,
  	\`subject\` text,
  	\`body\` text,
  	\`allocate_from_id\` integer,
  	\`allocate_year\` numeric,
  	\`import_source_id\` integer,
  	\`import_report\` text,
  	\`import_key\` text,
  	\`review_state\` text DEFAULT 'draft',
  	\`workflow_action\` text,
  	\`workflow_reason\` text,
  	\`publish_at\` text,
  	\`withdrawn_at\` text,
  	\`signatory\` text,
  	\`signatory_post\` text,
  	\`mask_personal_data\` integer,
  	\`doc_number_code\` text,
  	\`doc_number_year\` numeric,
  	\`doc_number_serial\` numeric,
  	\`unified_code\` text,
  	\`unified_year\` numeric,
  	\`unified_serial\` numeric,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`interpretation_body_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`allocate_from_id\`) REFERENCES \`issuing_codes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`import_source_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_documents\`("id", "title", "doc_number_raw", "doc_number", "unified_number", "kind", "written_date", "published_date", "effective_date", "expires_on", "repealed_on", "effective_date_reason", "short_notice_ground", "read_validity_clause", "interpretation_body_id", "disclosure", "disclosure_ground", "disclosure_reason", "index_number", "subject", "body", "allocate_from_id", "allocate_year", "import_source_id", "import_report", "import_key", "review_state", "workflow_action", "workflow_reason", "publish_at", "withdrawn_at", "signatory", "signatory_post", "mask_personal_data", "doc_number_code", "doc_number_year", "doc_number_serial", "unified_code", "unified_year", "unified_serial", "slug", "updated_at", "created_at", "_status") SELECT "id", "title", "doc_number_raw", "doc_number", "unified_number", "kind", "written_date", "published_date", "effective_date", "expires_on", "repealed_on", "effective_date_reason", "short_notice_ground", "read_validity_clause", "interpretation_body_id", "disclosure", "disclosure_ground", "disclosure_reason", "index_number", "subject", "body", "allocate_from_id", "allocate_year", "import_source_id", "import_report", "import_key", "review_state", "workflow_action", "workflow_reason", "publish_at", "withdrawn_at", "signatory", "signatory_post", "mask_personal_data", "doc_number_code", "doc_number_year", "doc_number_serial", "unified_code", "unified_year", "unified_serial", "slug", "updated_at", "created_at", "_status" FROM \`documents\`;`)
  await db.run(sql`DROP TABLE \`documents\`;`)
  await db.run(sql`ALTER TABLE \`__new_documents\` RENAME TO \`documents\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`documents_doc_number_idx\` ON \`documents\` (\`doc_number\`);`)
  await db.run(sql`CREATE INDEX \`documents_unified_number_idx\` ON \`documents\` (\`unified_number\`);`)
  await db.run(sql`CREATE INDEX \`documents_interpretation_body_idx\` ON \`documents\` (\`interpretation_body_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_index_number_idx\` ON \`documents\` (\`index_number\`);`)
  await db.run(sql`CREATE INDEX \`documents_allocate_from_idx\` ON \`documents\` (\`allocate_from_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_import_source_idx\` ON \`documents\` (\`import_source_id\`);`)
  await db.run(sql`CREATE INDEX \`documents_import_key_idx\` ON \`documents\` (\`import_key\`);`)
  await db.run(sql`CREATE INDEX \`documents_doc_number_code_idx\` ON \`documents\` (\`doc_number_code\`);`)
  await db.run(sql`CREATE INDEX \`documents_doc_number_year_idx\` ON \`documents\` (\`doc_number_year\`);`)
  await db.run(sql`CREATE INDEX \`documents_doc_number_serial_idx\` ON \`documents\` (\`doc_number_serial\`);`)
  await db.run(sql`CREATE INDEX \`documents_unified_code_idx\` ON \`documents\` (\`unified_code\`);`)
  await db.run(sql`CREATE INDEX \`documents_unified_year_idx\` ON \`documents\` (\`unified_year\`);`)
  await db.run(sql`CREATE INDEX \`documents_unified_serial_idx\` ON \`documents\` (\`unified_serial\`);`)
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
  	\`version_effective_date_reason\` text,
  	\`version_short_notice_ground\` text,
  	\`version_read_validity_clause\` integer,
  	\`version_interpretation_body_id\` integer,
  	\`version_disclosure\` text,
  	\`version_disclosure_ground\` text,
  	\`version_disclosure_reason\` text,
  	\`version_index_number\` text,
  	\`version_subject\` text,
  	\`version_body\` text,
  	\`version_allocate_from_id\` integer,
  	\`version_allocate_year\` numeric,
  	\`version_import_source_id\` integer,
  	\`version_import_report\` text,
  	\`version_import_key\` text,
  	\`version_review_state\` text DEFAULT 'draft',
  	\`version_workflow_action\` text,
  	\`version_workflow_reason\` text,
  	\`version_publish_at\` text,
  	\`version_withdrawn_at\` text,
  	\`version_signatory\` text,
  	\`version_signatory_post\` text,
  	\`version_mask_personal_data\` integer,
  	\`version_doc_number_code\` text,
  	\`version_doc_number_year\` numeric,
  	\`version_doc_number_serial\` numeric,
  	\`version_unified_code\` text,
  	\`version_unified_year\` numeric,
  	\`version_unified_serial\` numeric,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_interpretation_body_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_allocate_from_id\`) REFERENCES \`issuing_codes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_import_source_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__documents_v\`("id", "parent_id", "version_title", "version_doc_number_raw", "version_doc_number", "version_unified_number", "version_kind", "version_written_date", "version_published_date", "version_effective_date", "version_expires_on", "version_repealed_on", "version_effective_date_reason", "version_short_notice_ground", "version_read_validity_clause", "version_interpretation_body_id", "version_disclosure", "version_disclosure_ground", "version_disclosure_reason", "version_index_number", "version_subject", "version_body", "version_allocate_from_id", "version_allocate_year", "version_import_source_id", "version_import_report", "version_import_key", "version_review_state", "version_workflow_action", "version_workflow_reason", "version_publish_at", "version_withdrawn_at", "version_signatory", "version_signatory_post", "version_mask_personal_data", "version_doc_number_code", "version_doc_number_year", "version_doc_number_serial", "version_unified_code", "version_unified_year", "version_unified_serial", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_doc_number_raw", "version_doc_number", "version_unified_number", "version_kind", "version_written_date", "version_published_date", "version_effective_date", "version_expires_on", "version_repealed_on", "version_effective_date_reason", "version_short_notice_ground", "version_read_validity_clause", "version_interpretation_body_id", "version_disclosure", "version_disclosure_ground", "version_disclosure_reason", "version_index_number", "version_subject", "version_body", "version_allocate_from_id", "version_allocate_year", "version_import_source_id", "version_import_report", "version_import_key", "version_review_state", "version_workflow_action", "version_workflow_reason", "version_publish_at", "version_withdrawn_at", "version_signatory", "version_signatory_post", "version_mask_personal_data", "version_doc_number_code", "version_doc_number_year", "version_doc_number_serial", "version_unified_code", "version_unified_year", "version_unified_serial", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_documents_v\`;`)
  await db.run(sql`DROP TABLE \`_documents_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__documents_v\` RENAME TO \`_documents_v\`;`)
  await db.run(sql`CREATE INDEX \`_documents_v_parent_idx\` ON \`_documents_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_doc_number_idx\` ON \`_documents_v\` (\`version_doc_number\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_unified_number_idx\` ON \`_documents_v\` (\`version_unified_number\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_interpretation_body_idx\` ON \`_documents_v\` (\`version_interpretation_body_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_index_number_idx\` ON \`_documents_v\` (\`version_index_number\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_allocate_from_idx\` ON \`_documents_v\` (\`version_allocate_from_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_import_source_idx\` ON \`_documents_v\` (\`version_import_source_id\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_import_key_idx\` ON \`_documents_v\` (\`version_import_key\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_doc_number_code_idx\` ON \`_documents_v\` (\`version_doc_number_code\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_doc_number_year_idx\` ON \`_documents_v\` (\`version_doc_number_year\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_doc_number_serial_idx\` ON \`_documents_v\` (\`version_doc_number_serial\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_unified_code_idx\` ON \`_documents_v\` (\`version_unified_code\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_unified_year_idx\` ON \`_documents_v\` (\`version_unified_year\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_unified_serial_idx\` ON \`_documents_v\` (\`version_unified_serial\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_slug_idx\` ON \`_documents_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_updated_at_idx\` ON \`_documents_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version_created_at_idx\` ON \`_documents_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_version_version__status_idx\` ON \`_documents_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_created_at_idx\` ON \`_documents_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_updated_at_idx\` ON \`_documents_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_documents_v_latest_idx\` ON \`_documents_v\` (\`latest\`);`)
}
