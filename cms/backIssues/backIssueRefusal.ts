/**
 * A back issue the import will not write, with the reason in Chinese
 * (backIssueMessages.ts): thrown before anything is written, so a refused issue leaves
 * the database as it was.
 */
export class BackIssueRefusal extends Error {}
