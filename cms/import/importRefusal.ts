/**
 * A file the import will not take, with the reason the report shows (importMessages.ts)
 * and, for a duplicate, the document it duplicates so that the report can link to it.
 * Anything else thrown while importing a file is an unexpected failure of that file.
 */
export type ExistingDocument = { id: number | string; title: string }

export class ImportRefusedError extends Error {
  constructor(
    message: string,
    readonly existing?: ExistingDocument,
  ) {
    super(message)
  }
}
