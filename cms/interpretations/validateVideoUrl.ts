import { messages } from '../../core/messages'

/** A video address must be https: anything else could not be embedded safely on the site. */
export function validateVideoUrl(value: string | null | undefined): true | string {
  if (!value) return true
  try {
    return new URL(value).protocol === 'https:' ? true : messages.videoUrlInvalid
  } catch {
    return messages.videoUrlInvalid
  }
}
