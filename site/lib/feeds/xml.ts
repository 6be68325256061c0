/** Text and attribute values as XML: every character that could end them is escaped. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** An element with escaped text content. */
export function textElement(name: string, text: string): string {
  return `<${name}>${escapeXml(text)}</${name}>`
}

/** A site path as an absolute URL when the site's origin is known, else as given. */
export function siteAddress(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path
}
