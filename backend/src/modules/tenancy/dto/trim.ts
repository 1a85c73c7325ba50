/** class-transformer step: surrounding spaces are dropped before the length rules run. */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
