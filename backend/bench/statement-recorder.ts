import { Client } from 'pg';

/** One statement as the server sent it. */
export interface RecordedStatement {
  text: string;
  values: unknown[];
}

/** What one connection ran as a whole: a transaction (BEGIN … COMMIT) or a single statement. */
export interface RecordedUnit {
  statements: RecordedStatement[];
}

type QueryFn = (...args: unknown[]) => unknown;

const TRANSACTION_START = /^\s*(BEGIN|START TRANSACTION)\b/i;
const TRANSACTION_END = /^\s*(COMMIT|ROLLBACK)\b/i;

/**
 * Records every statement this process sends through `pg` while it is on, grouped per connection
 * into transactions, so a benchmark can later run exactly what the server ran without the server.
 */
export class StatementRecorder {
  readonly units: RecordedUnit[] = [];
  private readonly open = new Map<Client, RecordedUnit>();
  private original: QueryFn | null = null;

  start(): void {
    if (this.original) return;
    const original = Client.prototype.query as unknown as QueryFn;
    this.original = original;
    const recorder = this;
    (Client.prototype as unknown as { query: QueryFn }).query = function (this: Client, ...args: unknown[]) {
      recorder.note(this, args[0], args[1]);
      return original.apply(this, args);
    };
  }

  stop(): void {
    if (!this.original) return;
    (Client.prototype as unknown as { query: QueryFn }).query = this.original;
    this.original = null;
    // A transaction still open when recording stopped is left out: it was not measured whole.
    const unfinished = new Set(this.open.values());
    this.open.clear();
    this.units.splice(0, this.units.length, ...this.units.filter((unit) => !unfinished.has(unit)));
  }

  get statementCount(): number {
    return this.units.reduce((sum, unit) => sum + unit.statements.length, 0);
  }

  private note(client: Client, config: unknown, values: unknown): void {
    const text = typeof config === 'string' ? config : (config as { text?: string } | null)?.text;
    if (!text) return;
    const params = Array.isArray(values) ? values : ((config as { values?: unknown[] }).values ?? []);
    const statement: RecordedStatement = { text, values: [...params] };
    const unit = this.open.get(client);
    // Units keep the order in which they started, which is the order to replay them in.
    if (TRANSACTION_START.test(text)) {
      const started: RecordedUnit = { statements: [statement] };
      this.open.set(client, started);
      this.units.push(started);
    } else if (unit) {
      unit.statements.push(statement);
      if (TRANSACTION_END.test(text)) this.open.delete(client);
    } else {
      this.units.push({ statements: [statement] });
    }
  }
}
