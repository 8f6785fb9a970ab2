// Types for the licence check (a plain Node script, run by npm test), so its unit test type-checks.
export const allowedLicenses: Set<string>;
export const allowedDataLicenses: Set<string>;
export function isAllowed(expression: string, allowed?: Set<string>): boolean;
export function productionPackages(root?: string): { packages: { name: string; version: string; license: string | undefined }[]; missing: string[] };
