/**
 * DuckDB's default ordering of text, so sorting here matches ORDER BY. DuckDB compares UTF-8 bytes
 * (code point order) and this compares UTF-16 code units: the two differ only where one string has
 * a character above U+FFFF and the other one from U+E000 to U+FFFF at the same place.
 */
export const binary = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
