/** The emblem as an image (emblem.ts says which image); without a size it fills its container. */
import { emblemUrl } from './emblem'

export function Emblem({ size, alt }: { size?: number; alt: string }) {
  const box = size === undefined ? { width: '100%', height: '100%' } : { width: size, height: size }
  return <img data-gazette-emblem="" src={emblemUrl()} alt={alt} {...box} style={{ display: 'block', objectFit: 'contain' }} />
}
