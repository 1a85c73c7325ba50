/** Positional parameters for a hand-built statement; $1 is always the tenant id. */
export class SqlParams {
  readonly values: unknown[];

  constructor(tenantId: string) {
    this.values = [tenantId];
  }

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
