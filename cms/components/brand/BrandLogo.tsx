/**
 * The sign-in page's heading (Payload's graphics.Logo): the emblem and
 * 「<gazette name> · 公报管理」, so that the page reads as the gazette office's own system.
 */
import { Emblem } from './Emblem'
import { gazetteName } from './gazetteName'

export function BrandLogo() {
  return (
    <div data-gazette-brand="" style={{ display: 'flex', alignItems: 'center', gap: '1rem' }}>
      {/* The heading says the name; the emblem beside it adds nothing to read aloud. */}
      <Emblem size={56} alt="" />
      <h1 style={{ margin: 0, fontSize: '1.5rem', lineHeight: 1.35, fontWeight: 600 }}>
        {gazetteName()}
        <span style={{ whiteSpace: 'nowrap' }}> · 公报管理</span>
      </h1>
    </div>
  )
}
