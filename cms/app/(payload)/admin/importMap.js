import { RefusalPanel as RefusalPanel_d01f14f9508880089940b4cf5a3d9264 } from '../../../components/refusals/RefusalPanel'
import { TextOrDashCell as TextOrDashCell_4b061040b6fee02b153b52f37056e043 } from '../../../components/TextOrDashCell'
import { UnconfiguredKindWarning as UnconfiguredKindWarning_d281a3875f984b4475f34517fbd19e9c } from '../../../components/UnconfiguredKindWarning'
import { IndexNumberWarning as IndexNumberWarning_d52df1a70ba423639f862c482d33f827 } from '../../../components/IndexNumberWarning'
import { DateWarnings as DateWarnings_aac9bf007aca97929589c4d652396d69 } from '../../../components/DateWarnings'
import { JoinEmptyText as JoinEmptyText_7c524da68f9acaa8cee18d4e92c8e91b } from '../../../components/JoinEmptyText'
import { InterpretationDeadline as InterpretationDeadline_b7381c472a66798538bf3d22ec8ea3e5 } from '../../../components/InterpretationDeadline'
import { OcrProofreading as OcrProofreading_2c32dc8311cd89587bd313479d37eb17 } from '../../../components/OcrProofreading'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { NewVersionImport as NewVersionImport_42409cb29aaaa365bbf85c5c1603b3fe } from '../../../components/NewVersionImport'
import { ReviewHistory as ReviewHistory_b64218767a1041188b5e85327bd98d14 } from '../../../components/ReviewHistory'
import { QueueLinks as QueueLinks_d7e46a49f3a86e7643b46862964c844f } from '../../../components/QueueLinks'
import { ImportUpload as ImportUpload_d63a9b00c6e521998b29a49f9d00840a } from '../../../components/ImportUpload'
import { BulkWorkflow as BulkWorkflow_2440d7efa25a552fbbd02da80d73747a } from '../../../components/BulkWorkflow'
import { BackIssueImport as BackIssueImport_132b170309187f3b6ceffcc1bf77886e } from '../../../components/BackIssueImport'
import { IssuePrintLinks as IssuePrintLinks_384a9e4cdc9987e02442828ac3d45fda } from '../../../components/IssuePrintLinks'
import { NumberRegister as NumberRegister_9583759736fbc56084fbd409e79751bd } from '../../../components/NumberRegister'
import { DurationCell as DurationCell_1fa460ff86f4ea9750453b271d7c8dbe } from '../../../components/BuildDuration'
import { DurationField as DurationField_1fa460ff86f4ea9750453b271d7c8dbe } from '../../../components/BuildDuration'
import { BuildPanel as BuildPanel_086340959565ea5dc453d60cba6ba5a0 } from '../../../components/BuildPanel'
import { BrandIcon as BrandIcon_7abbcbed4b900aa0893135e6fb8aec1f } from '../../../components/brand/BrandIcon'
import { BrandLogo as BrandLogo_508c88e5e916550ad7d2fb84e60f1986 } from '../../../components/brand/BrandLogo'
import { InterpretationReminders as InterpretationReminders_167e8d9cc662cc0a48c60c255640d3c3 } from '../../../components/InterpretationReminders'
import { ValidityReminders as ValidityReminders_4f1d6d2aa3872624bdb9874f30b37996 } from '../../../components/ValidityReminders'
import { BackupStatus as BackupStatus_084e97d75b8814ba72077ac0581b8c26 } from '../../../components/BackupStatus'
import { LoginMailNotice as LoginMailNotice_98a7e9dfadbfb04d00525d8e840fdef8 } from '../../../auth/LoginMailNotice'
import { WorkQueues as WorkQueues_61672fe8d23235f52416e2c763e7f507 } from '../../../components/WorkQueues'
import { PasswordChangePrompt as PasswordChangePrompt_8a9d4feedf8fbc00d5fd214d199e478c } from '../../../auth/PasswordChangePrompt'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/refusals/RefusalPanel#RefusalPanel": RefusalPanel_d01f14f9508880089940b4cf5a3d9264,
  "/components/TextOrDashCell#TextOrDashCell": TextOrDashCell_4b061040b6fee02b153b52f37056e043,
  "/components/UnconfiguredKindWarning#UnconfiguredKindWarning": UnconfiguredKindWarning_d281a3875f984b4475f34517fbd19e9c,
  "/components/IndexNumberWarning#IndexNumberWarning": IndexNumberWarning_d52df1a70ba423639f862c482d33f827,
  "/components/DateWarnings#DateWarnings": DateWarnings_aac9bf007aca97929589c4d652396d69,
  "/components/JoinEmptyText#JoinEmptyText": JoinEmptyText_7c524da68f9acaa8cee18d4e92c8e91b,
  "/components/InterpretationDeadline#InterpretationDeadline": InterpretationDeadline_b7381c472a66798538bf3d22ec8ea3e5,
  "/components/OcrProofreading#OcrProofreading": OcrProofreading_2c32dc8311cd89587bd313479d37eb17,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/NewVersionImport#NewVersionImport": NewVersionImport_42409cb29aaaa365bbf85c5c1603b3fe,
  "/components/ReviewHistory#ReviewHistory": ReviewHistory_b64218767a1041188b5e85327bd98d14,
  "/components/QueueLinks#QueueLinks": QueueLinks_d7e46a49f3a86e7643b46862964c844f,
  "/components/ImportUpload#ImportUpload": ImportUpload_d63a9b00c6e521998b29a49f9d00840a,
  "/components/BulkWorkflow#BulkWorkflow": BulkWorkflow_2440d7efa25a552fbbd02da80d73747a,
  "/components/BackIssueImport#BackIssueImport": BackIssueImport_132b170309187f3b6ceffcc1bf77886e,
  "/components/IssuePrintLinks#IssuePrintLinks": IssuePrintLinks_384a9e4cdc9987e02442828ac3d45fda,
  "/components/NumberRegister#NumberRegister": NumberRegister_9583759736fbc56084fbd409e79751bd,
  "/components/BuildDuration#DurationCell": DurationCell_1fa460ff86f4ea9750453b271d7c8dbe,
  "/components/BuildDuration#DurationField": DurationField_1fa460ff86f4ea9750453b271d7c8dbe,
  "/components/BuildPanel#BuildPanel": BuildPanel_086340959565ea5dc453d60cba6ba5a0,
  "/components/brand/BrandIcon#BrandIcon": BrandIcon_7abbcbed4b900aa0893135e6fb8aec1f,
  "/components/brand/BrandLogo#BrandLogo": BrandLogo_508c88e5e916550ad7d2fb84e60f1986,
  "/components/InterpretationReminders#InterpretationReminders": InterpretationReminders_167e8d9cc662cc0a48c60c255640d3c3,
  "/components/ValidityReminders#ValidityReminders": ValidityReminders_4f1d6d2aa3872624bdb9874f30b37996,
  "/components/BackupStatus#BackupStatus": BackupStatus_084e97d75b8814ba72077ac0581b8c26,
  "/auth/LoginMailNotice#LoginMailNotice": LoginMailNotice_98a7e9dfadbfb04d00525d8e840fdef8,
  "/components/WorkQueues#WorkQueues": WorkQueues_61672fe8d23235f52416e2c763e7f507,
  "/auth/PasswordChangePrompt#PasswordChangePrompt": PasswordChangePrompt_8a9d4feedf8fbc00d5fd214d199e478c,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
