/**
 * Reads which page each fragment of a built Pagefind index holds. A fragment is a gzip
 * file, `fragment/<id>.pf_fragment`, holding a signature and the page's JSON (its url,
 * full text and filters among others); the id is what the browser API calls a result's
 * id. Here rather than under site/ because both sides read it: the site build for its
 * delta index, the CMS to see which pages a kept build's index holds text of before a
 * rollback (the site imports from cms/, never the other way).
 */
import { readdir, readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { promisify } from 'node:util'
import { gunzip } from 'node:zlib'

const unzip = promisify(gunzip)
const SIGNATURE = 'pagefind_dcd'

export type SearchFragment = { id: string; filters: Record<string, string[]> }

/** Page address → its fragment id and filters, over every index folder given. */
export async function readFragments(indexDirs: readonly string[]): Promise<Record<string, SearchFragment>> {
  const fragments: Record<string, SearchFragment> = {}
  for (const dir of indexDirs) {
    const files = (await readdir(join(dir, 'fragment')).catch(noFolder)).filter((file) => file.endsWith('.pf_fragment'))
    for (let start = 0; start < files.length; start += 256) {
      const read = await Promise.all(files.slice(start, start + 256).map((file) => readFragment(join(dir, 'fragment', file))))
      for (const { url, id, filters } of read) fragments[url] = { id, filters }
    }
  }
  return fragments
}

/** An index of no page has no fragment folder. */
function noFolder(error: unknown): string[] {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
  throw error
}

async function readFragment(file: string): Promise<{ url: string } & SearchFragment> {
  const text = (await unzip(await readFile(file))).toString('utf8')
  const json = JSON.parse(text.startsWith(SIGNATURE) ? text.slice(SIGNATURE.length) : text) as {
    url: string
    filters?: Record<string, string[]>
  }
  return { url: json.url, id: basename(file, '.pf_fragment'), filters: json.filters ?? {} }
}
