/** The id shape every content entry and widget option uses: lower-case words joined by hyphens. */
export const KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** What a refused id is told. */
export const KEBAB_ID_MESSAGE = 'must be kebab-case';
