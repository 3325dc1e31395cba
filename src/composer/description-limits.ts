// How long a business description may be: the server refuses a longer one (once markup is removed), and the create
// form counts against the same number, so a person learns it while typing rather than after sending.

/** The longest description PageHub accepts, in characters. */
export const MAX_DESCRIPTION_LENGTH = 2_000;
