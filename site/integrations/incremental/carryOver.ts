/**
 * Takes unchanged files from the previous build into the new one as hard links: no copy,
 * no second rendering. A linked file is shared by both builds, so nothing may ever write
 * into one; a file the new build changes is replaced, never overwritten in place.
 */
import { copyFile, link, mkdir, readdir } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'

/** The file a page address is written to, in a build with format 'directory': a page's index.html, or a file's own name (/search/names/3.json). */
export const pageFile = (url: string) => (url.endsWith('/') ? join(decodeURIComponent(url), 'index.html') : decodeURIComponent(url))

export async function linkFile(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true })
  try {
    await link(from, to)
  } catch (error) {
    // Across file systems (or where links are not allowed) a copy does the same.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return
    await copyFile(from, to)
  }
}

/** Kept item pages, in batches (each link is a system call or two). */
export async function carryOverPages(previousDir: string, outDir: string, urls: readonly string[]): Promise<void> {
  for (let start = 0; start < urls.length; start += 256) {
    await Promise.all(urls.slice(start, start + 256).map((url) => linkFile(join(previousDir, pageFile(url)), join(outDir, pageFile(url)))))
  }
}

/**
 * Every file of a folder (of the previous build, or of the snapshot) that the new build did
 * not write: built assets (kept pages refer to their hashed names), the full search
 * index's parts, the snapshot's attachments. Returns how many files it went through.
 */
export async function linkFolder(fromDir: string, outDir: string, folder: string, skip: (file: string) => boolean = () => false) {
  let entries
  try {
    entries = await readdir(join(fromDir, folder), { recursive: true, withFileTypes: true })
  } catch {
    return 0
  }
  const files = entries.filter((entry) => entry.isFile()).map((entry) => relative(fromDir, join(entry.parentPath, entry.name)))
  const wanted = files.filter((file) => !skip(file))
  for (let start = 0; start < wanted.length; start += 256) {
    await Promise.all(wanted.slice(start, start + 256).map((file) => linkFile(join(fromDir, file), join(outDir, file))))
  }
  return wanted.length
}
