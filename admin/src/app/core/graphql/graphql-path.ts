/** The API lives on the same origin as the app, outside its /admin/ base path. */
export const GRAPHQL_PATH = '/graphql';
