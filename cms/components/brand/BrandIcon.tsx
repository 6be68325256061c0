/** The emblem at the start of the admin's breadcrumb, linking home (Payload's graphics.Icon, in an 18 px box). */
import { Emblem } from './Emblem'
import { gazetteName } from './gazetteName'

export function BrandIcon() {
  // The link around it has no text of its own: the name is its accessible name.
  return <Emblem alt={gazetteName()} />
}
