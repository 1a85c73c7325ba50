/** Fan-out of live events to subscribers, possibly on other instances. Payloads must be JSON-safe. */
export abstract class PubSubPort {
  abstract publish(topic: string, payload: unknown): Promise<void>;
  abstract asyncIterator<T>(topics: string | string[]): AsyncIterableIterator<T>;
  abstract close(): Promise<void>;

  onModuleDestroy(): Promise<void> {
    return this.close();
  }
}
