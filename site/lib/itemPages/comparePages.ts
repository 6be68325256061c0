/**
 * /documents/<id>/compare/ and /documents/<id>/compare/<from>-<to>/ (issue 22): any two
 * versions of a document with three or more compared. The form page lists every comparison
 * the site has (core/history/comparedPairs.ts says which, and why they are bounded); each
 * pair of versions that are not consecutive has a page of its own, consecutive ones being
 * the later version's changes page already (core/addresses.ts comparisonPath).
 */
import { comparisonPath, versionComparePath, versionPairPath } from '../../../core/addresses'
import { comparedPairs, hasCompareForm, type VersionPair } from '../../../core/history/comparedPairs'
import type { TextComparison } from '../../../core/history/compareTexts'
import { compareVersions } from '../../../core/history/versionChanges'
import { publicHistory, publicVersionIndex } from '../../../core/snapshot/publicHistory'
import type { PublicDocument } from '../../../core/snapshot/schema'
import { versionViews, type VersionView } from '../history/versionView'
import type { ItemRoute } from './itemPage'
import { titlesById } from './versionPages'

/** A comparison the site has: the two versions and its address. */
export type ComparisonLink = VersionPair & { href: string }

/** What the form page shows: the versions to choose from and every comparison as a link. */
export type VersionCompareProps = {
  documentId: string
  currentTitle: string
  versions: VersionView[]
  comparisons: ComparisonLink[]
}

/** What a pair's page shows: the two versions and the comparison by article. */
export type VersionPairProps = {
  documentId: string
  currentTitle: string
  from: VersionView
  to: VersionView
  comparison: TextComparison
}

const viewsOf = (document: PublicDocument, titles: Record<string, string>): VersionView[] =>
  versionViews(publicVersionIndex(document), titles)

export const versionComparePages: ItemRoute<{ id: string }, VersionCompareProps> = async (snapshot) => {
  const manifest = await snapshot.loadManifest()
  const titles = titlesById(manifest)
  // From the manifest: listing the pages reads no document (an incremental build reads only the changed ones).
  return manifest.documents
    .filter(({ versionCount }) => hasCompareForm(versionCount))
    .map(({ id, versionCount }) => ({
      url: versionComparePath(id),
      params: { id },
      props: async () => {
        const document = await snapshot.loadDocument(id)
        return {
          documentId: id,
          currentTitle: document.title,
          versions: viewsOf(document, titles),
          comparisons: comparedPairs(versionCount).map((pair) => ({ ...pair, href: comparisonPath(id, pair.from, pair.to) })),
        }
      },
    }))
}

export const versionPairPages: ItemRoute<{ id: string; pair: string }, VersionPairProps> = async (snapshot) => {
  const manifest = await snapshot.loadManifest()
  const titles = titlesById(manifest)
  return manifest.documents
    .filter(({ versionCount }) => hasCompareForm(versionCount))
    .flatMap(({ id, versionCount }) =>
      comparedPairs(versionCount)
        .filter(({ from, to }) => to !== from + 1)
        .map(({ from, to }) => ({
          url: versionPairPath(id, from, to),
          params: { id, pair: `${from}-${to}` },
          props: async () => {
            const document = await snapshot.loadDocument(id)
            const versions = viewsOf(document, titles)
            return {
              documentId: id,
              currentTitle: document.title,
              from: versions[from - 1] as VersionView,
              to: versions[to - 1] as VersionView,
              comparison: compareVersions(publicHistory(document), from, to),
            }
          },
        })),
    )
}
