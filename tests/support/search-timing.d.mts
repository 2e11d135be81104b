/** In the page: types `query` into the open search dialog and resolves with the ms until results show. */
export function typeQueryAndTime(query: string): Promise<number>;
