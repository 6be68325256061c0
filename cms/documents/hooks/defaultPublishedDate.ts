import type { CollectionBeforeChangeHook } from 'payload'

import type { Document } from '../../payload-types'

/** A document published without a 发布日期 gets the moment of publication. */
export const defaultPublishedDate: CollectionBeforeChangeHook<Document> = ({ data }) => {
  if (data._status === 'published' && !data.publishedDate) {
    return { ...data, publishedDate: new Date().toISOString() }
  }
  return data
}
