/**
 * The repository files a module reaches by static imports: itself, every file it imports
 * by a relative path, and theirs in turn (type-only imports included: a changed type is
 * a changed contract). Packages are left out; the lock file stands for them. Used to
 * derive what code an output depends on instead of keeping that list by hand.
 *
 * A small walker over relative import specifiers rather than a library: madge and
 * dependency-tree are not among the dependencies, typescript is a development
 * dependency too heavy to load in the admin server, and es-module-lexer (there only
 * through Vite) does not read TypeScript. The project's modules import by relative path
 * with static `import … from` / `export … from` / `import '…'` / `import('…')`, which is
 * all this reads; comments are removed first so that an example in one is not followed.
 */
import fs from 'node:fs'
import path from 'node:path'

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.js', '.mjs', '.json']

// `from '…'` ends every import and re-export with bindings; `import '…'` and `import('…')` are the others.
const SPECIFIERS = [/\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g]

/** Every file reachable from `entry` (relative to `root`), as sorted paths relative to `root`. */
export function reachableFiles(root: string, entry: string): string[] {
  const seen = new Set<string>()
  const pending = [path.resolve(root, entry)]
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue
    seen.add(file)
    if (file.endsWith('.json')) continue
    for (const specifier of relativeImports(fs.readFileSync(file, 'utf8'))) {
      const target = resolveModule(path.dirname(file), specifier)
      if (!target) throw new Error(`${path.relative(root, file)} imports ${specifier}, which is not a file`)
      pending.push(target)
    }
  }
  return [...seen].map((file) => path.relative(root, file)).sort()
}

/** The relative specifiers a module's source imports or re-exports. */
export function relativeImports(source: string): string[] {
  const code = withoutComments(source)
  const found = new Set<string>()
  for (const pattern of SPECIFIERS) {
    for (const match of code.matchAll(pattern)) {
      const specifier = match[1] as string
      if (specifier.startsWith('./') || specifier.startsWith('../')) found.add(specifier)
    }
  }
  return [...found]
}

/** The file a relative specifier names from `fromDir` (extension or index file added), or null when none. */
export function resolveModule(fromDir: string, specifier: string): string | null {
  const base = path.resolve(fromDir, specifier)
  // `./x.js` may name `./x.ts` (TypeScript's convention for ES modules).
  const stem = base.replace(/\.(js|mjs)$/, '')
  const candidates = [base, ...EXTENSIONS.map((ext) => `${stem}${ext}`), ...EXTENSIONS.map((ext) => path.join(base, `index${ext}`))]
  return candidates.find((candidate) => fs.statSync(candidate, { throwIfNoEntry: false })?.isFile()) ?? null
}

/** Block and line comments removed; strings are kept (a `//` inside one is not a comment). */
function withoutComments(source: string): string {
  return source.replace(
    /("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`)|\/\*[\s\S]*?\*\/|\/\/[^\n]*/g,
    (match, literal?: string) => literal ?? '',
  )
}
