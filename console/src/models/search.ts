// Search results (GET /v1/search, src/console/search.ts), as the search page reads them.
export type { SearchResults } from '../../../src/console/search.ts';
