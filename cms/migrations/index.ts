import * as migration_20261125_172051_initial from './20261125_172051_initial';
import * as migration_20261125_173935_unified_number from './20261125_173935_unified_number';
import * as migration_20261125_174318_number_register from './20261125_174318_number_register';
import * as migration_20261125_175417_document_relations from './20261125_175417_document_relations';
import * as migration_20261125_175614_read_validity_clause from './20261125_175614_read_validity_clause';
import * as migration_20261125_175931_interpretations from './20261125_175931_interpretations';
import * as migration_20261125_180537_review_workflow from './20261125_180537_review_workflow';
import * as migration_20261125_181435_personal_data from './20261125_181435_personal_data';
import * as migration_20261125_181724_scheduled_publication from './20261125_181724_scheduled_publication';
import * as migration_20261125_182112_site_builds from './20261125_182112_site_builds';
import * as migration_20261125_183128_import_fields from './20261125_183128_import_fields';
import * as migration_20261125_185040_disclosure_ground from './20261125_185040_disclosure_ground';
import * as migration_20261125_191326_build_content_hash from './20261125_191326_build_content_hash';
import * as migration_20261125_200041_document_aliases from './20261125_200041_document_aliases';
import * as migration_20261125_200742_gazette_issues from './20261125_200742_gazette_issues';
import * as migration_20261125_224314_many_values_parent_index from './20261125_224314_many_values_parent_index';
import * as migration_20261205_073955_review_bound_publication from './20261205_073955_review_bound_publication';
import * as migration_20261205_082754_must_change_password from './20261205_082754_must_change_password';
import * as migration_20261205_082834_document_date_rules from './20261205_082834_document_date_rules';
import * as migration_20261205_104322_bulk_workflow_signatory from './20261205_104322_bulk_workflow_signatory';
import * as migration_20261205_202107_leases_issue_numbers from './20261205_202107_leases_issue_numbers';
import * as migration_20261205_211040_document_versions from './20261205_211040_document_versions';
import * as migration_20261206_030520_ocr_proofing from './20261206_030520_ocr_proofing';
import * as migration_20261206_080006_interpretation_ocr_proofing from './20261206_080006_interpretation_ocr_proofing';

export const migrations = [
  {
    up: migration_20261125_172051_initial.up,
    down: migration_20261125_172051_initial.down,
    name: '20261125_172051_initial',
  },
  {
    up: migration_20261125_173935_unified_number.up,
    down: migration_20261125_173935_unified_number.down,
    name: '20261125_173935_unified_number',
  },
  {
    up: migration_20261125_174318_number_register.up,
    down: migration_20261125_174318_number_register.down,
    name: '20261125_174318_number_register',
  },
  {
    up: migration_20261125_175417_document_relations.up,
    down: migration_20261125_175417_document_relations.down,
    name: '20261125_175417_document_relations',
  },
  {
    up: migration_20261125_175614_read_validity_clause.up,
    down: migration_20261125_175614_read_validity_clause.down,
    name: '20261125_175614_read_validity_clause',
  },
  {
    up: migration_20261125_175931_interpretations.up,
    down: migration_20261125_175931_interpretations.down,
    name: '20261125_175931_interpretations',
  },
  {
    up: migration_20261125_180537_review_workflow.up,
    down: migration_20261125_180537_review_workflow.down,
    name: '20261125_180537_review_workflow',
  },
  {
    up: migration_20261125_181435_personal_data.up,
    down: migration_20261125_181435_personal_data.down,
    name: '20261125_181435_personal_data',
  },
  {
    up: migration_20261125_181724_scheduled_publication.up,
    down: migration_20261125_181724_scheduled_publication.down,
    name: '20261125_181724_scheduled_publication',
  },
  {
    up: migration_20261125_182112_site_builds.up,
    down: migration_20261125_182112_site_builds.down,
    name: '20261125_182112_site_builds',
  },
  {
    up: migration_20261125_183128_import_fields.up,
    down: migration_20261125_183128_import_fields.down,
    name: '20261125_183128_import_fields',
  },
  {
    up: migration_20261125_185040_disclosure_ground.up,
    down: migration_20261125_185040_disclosure_ground.down,
    name: '20261125_185040_disclosure_ground',
  },
  {
    up: migration_20261125_191326_build_content_hash.up,
    down: migration_20261125_191326_build_content_hash.down,
    name: '20261125_191326_build_content_hash',
  },
  {
    up: migration_20261125_200041_document_aliases.up,
    down: migration_20261125_200041_document_aliases.down,
    name: '20261125_200041_document_aliases',
  },
  {
    up: migration_20261125_200742_gazette_issues.up,
    down: migration_20261125_200742_gazette_issues.down,
    name: '20261125_200742_gazette_issues',
  },
  {
    up: migration_20261125_224314_many_values_parent_index.up,
    down: migration_20261125_224314_many_values_parent_index.down,
    name: '20261125_224314_many_values_parent_index',
  },
  {
    up: migration_20261205_073955_review_bound_publication.up,
    down: migration_20261205_073955_review_bound_publication.down,
    name: '20261205_073955_review_bound_publication',
  },
  {
    up: migration_20261205_082754_must_change_password.up,
    down: migration_20261205_082754_must_change_password.down,
    name: '20261205_082754_must_change_password',
  },
  {
    up: migration_20261205_082834_document_date_rules.up,
    down: migration_20261205_082834_document_date_rules.down,
    name: '20261205_082834_document_date_rules',
  },
  {
    up: migration_20261205_104322_bulk_workflow_signatory.up,
    down: migration_20261205_104322_bulk_workflow_signatory.down,
    name: '20261205_104322_bulk_workflow_signatory',
  },
  {
    up: migration_20261205_202107_leases_issue_numbers.up,
    down: migration_20261205_202107_leases_issue_numbers.down,
    name: '20261205_202107_leases_issue_numbers',
  },
  {
    up: migration_20261205_211040_document_versions.up,
    down: migration_20261205_211040_document_versions.down,
    name: '20261205_211040_document_versions',
  },
  {
    up: migration_20261206_030520_ocr_proofing.up,
    down: migration_20261206_030520_ocr_proofing.down,
    name: '20261206_030520_ocr_proofing',
  },
  {
    up: migration_20261206_080006_interpretation_ocr_proofing.up,
    down: migration_20261206_080006_interpretation_ocr_proofing.down,
    name: '20261206_080006_interpretation_ocr_proofing'
  },
];
