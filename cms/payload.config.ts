/**
 * The CMS at a glance: collections, database, admin languages. The gazette office
 * works in Chinese; English is available per user.
 */
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import path from 'node:path'
import { buildConfig, type CollectionConfig, type Plugin } from 'payload'
import sharp from 'sharp'

import { DocumentRelations } from './relations/documentRelations.collection'
import { Documents } from './documents/documents.collection'
import { GazetteIssues } from './issues/gazetteIssues.collection'
import { uploadedIssueEndpoint, uploadedIssueStateEndpoint } from './backIssues/uploadedIssueEndpoint'
import { Interpretations } from './interpretations/interpretations.collection'
import { IssuePdfs } from './issues/issuePdfs.collection'
import { IssuingCodes } from './numbering/issuingCodes.collection'
import { Media } from './uploads/media.collection'
import { NumberReservations } from './numbering/numberReservations.collection'
import { Leases } from './leases/leases.collection'
import { SiteBuilds } from './publishing/siteBuilds.collection'
import { Organizations } from './organizations/organizations.collection'
import { Users } from './auth/users.collection'
import { withPublicQueryGuard } from './access/withPublicQueryGuard'
import { keepPublicMessages } from './api/publicErrors'
import { adminOrigins } from './auth/adminOrigins'
import { adminMeta } from './components/brand/adminMeta'
import { emblemEndpoint } from './components/brand/emblemEndpoint'
import { healthEndpoint } from './health/healthEndpoint'
import { payloadLogger } from './logging/logFormat'
import { withPasswordChangeGate } from './auth/passwordChange'
import { applyMigrations, databaseAdapter } from './database'
import { suggestionRules } from './graphql/withoutSuggestions'
import { jobs, jobsEnabled } from './jobQueues'
import { adminOnlyJobStats } from './jobs/adminOnly'
import { mailSettings } from './notifications/mailSettings'
import { smtpAdapter } from './notifications/smtpAdapter'
import { withReviewNotifications } from './notifications/withReviewNotifications'
import { withRefusalPanel } from './components/refusals/withRefusalPanel'
import { reviewWorkflow } from './workflow/plugin'
import { recoverInterruptedBuilds } from './publishing/recoverBuilds'
import { repoRoot } from '../core/paths'
import { payloadSecret } from './secrets'

const cmsDir = path.join(repoRoot, 'cms')
// SMTP_HOST … MAIL_FROM; without SMTP_HOST the CMS sends no e-mail (notifications/mailSettings.ts).
const mail = mailSettings()

/** Every collection, whoever added it (a plugin included), through the same wrappers, in order. */
const wrapEveryCollection =
  (...wrappers: Array<(collection: CollectionConfig) => CollectionConfig>): Plugin =>
  (config) => ({
    ...config,
    collections: config.collections?.map((collection) => wrappers.reduce((wrapped, wrap) => wrap(wrapped), collection)),
  })

export default buildConfig({
  secret: payloadSecret(),
  serverURL: process.env.SERVER_URL ?? '',
  // Cookie-authenticated requests must come from the CMS's own origin (CSRF protection):
  // SERVER_URL, or http://HOST:PORT on a loopback address; never empty (auth/adminOrigins.ts).
  csrf: adminOrigins(),
  admin: {
    user: Users.slug,
    // The gazette's own name and emblem in the title bar and tab (components/brand/).
    meta: adminMeta(),
    // Dates and times in Chinese form (2026年12月5日 14:24), not 十二月 5日 2026, 2:24 下午.
    dateFormat: 'yyyy年M月d日 HH:mm',
    // Gravatar is out of reach on government networks; use Payload's own avatar.
    avatar: 'default',
    components: {
      // The gazette's emblem and name instead of Payload's logo: sign-in page and breadcrumb.
      graphics: { Logo: '/components/brand/BrandLogo#BrandLogo', Icon: '/components/brand/BrandIcon#BrandIcon' },
      // First on the dashboard: what waits for the signed-in person (工作队列).
      beforeDashboard: ['/components/WorkQueues#WorkQueues'],
      afterDashboard: [
        '/components/InterpretationReminders#InterpretationReminders',
        '/components/ValidityReminders#ValidityReminders',
        '/components/BackupStatus#BackupStatus',
      ],
      // No "forgot password" link without e-mail; a forced password change sends the user to the account page.
      afterLogin: ['/auth/LoginMailNotice#LoginMailNotice'],
      providers: ['/auth/PasswordChangePrompt#PasswordChangePrompt'],
    },
    importMap: {
      baseDir: cmsDir,
      importMapFile: path.join(cmsDir, 'app', '(payload)', 'admin', 'importMap.js'),
    },
  },
  i18n: {
    supportedLanguages: { zh, en },
    fallbackLanguage: 'zh',
    // The account page's heading names our system, not the framework ("Payload 设置").
    translations: { zh: { general: { payloadSettings: '系统设置' } }, en: { general: { payloadSettings: 'System settings' } } },
  },
  collections: [
    Documents,
    Interpretations,
    { ...GazetteIssues, endpoints: [...(GazetteIssues.endpoints || []), uploadedIssueEndpoint, uploadedIssueStateEndpoint] },
    DocumentRelations,
    Organizations,
    IssuingCodes,
    NumberReservations,
    SiteBuilds,
    Media,
    IssuePdfs,
    Users,
    Leases,
  ],
  plugins: [
    // 先审查、后公开 on documents and interpretations, with its review record (review-events)
    // and scheduled publication (workflow/plugin.ts).
    reviewWorkflow({
      collections: [
        { slug: 'documents', fieldsBefore: 'docNumberCode', signatory: true, enactsRelations: true },
        { slug: 'interpretations', fieldsBefore: 'slug' },
      ],
      recordBefore: 'site-builds',
    }),
    // Then every collection, the workflow's included: the query guard, the password gate,
    // review notifications, the refusal panel.
    wrapEveryCollection(withPublicQueryGuard, withPasswordChangeGate, withReviewNotifications, withRefusalPanel),
  ],
  editor: lexicalEditor({}),
  jobs,
  email: mail ? smtpAdapter(mail) : undefined,
  // LOG_FORMAT=json: one JSON object a line (logging/logFormat.ts); otherwise Payload's readable lines.
  logger: payloadLogger(),
  db: databaseAdapter(),
  sharp,
  // Generated by `npm run generate:types` when a collection changes, never on start: outside
  // production every Payload start spawned `payload generate:types` (7–10 s of CPU), which
  // slowed each script, test and edit brought live, and rewrote this file from every process.
  typescript: { outputFile: path.join(cmsDir, 'payload-types.ts'), autoGenerate: false },
  graphQL: {
    // The playground and introspection are for developers, not the public.
    disablePlaygroundInProduction: true,
    disableIntrospectionInProduction: true,
    // Nor do error messages suggest field names ("Did you mean …?") to the public.
    validationRules: suggestionRules,
  },
  // Public: the sign-in page shows the emblem before anyone signs in; monitors read
  // /api/health without signing in (it shows nothing that is not public).
  endpoints: [emblemEndpoint, healthEndpoint],
  // Our refusals keep their Chinese message in the production build too (api/publicErrors.ts).
  hooks: { afterError: [keepPublicMessages] },
  onInit: async (payload) => {
    await applyMigrations(payload)
    // The serving app resumes what a restart interrupted; scripts and tests do not.
    if (jobsEnabled()) await recoverInterruptedBuilds(payload)
  },
}).then(adminOnlyJobStats)
