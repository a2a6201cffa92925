/** The largest page any list or connection returns; a larger first or last is BAD_USER_INPUT. */
export const MAX_PAGE_SIZE = 100;

/** The page size of a connection asked for without first or last. */
export const DEFAULT_PAGE_SIZE = 20;
