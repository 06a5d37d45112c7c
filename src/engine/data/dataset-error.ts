/** A dataset the engine refuses to load; its message says why (for a schema failure, each field's path). */
export class DatasetError extends Error {}
