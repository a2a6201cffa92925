/** The largest page any list or connection returns; a larger first is BAD_USER_INPUT. */
export const MAX_PAGE_SIZE = 100;
