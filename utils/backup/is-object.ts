/** A JSON object (not null, not a list): the one shape a backup's records and parts may have. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
