import type { WidgetSettings } from './chat-types';

interface VisitorRecord {
  token: string;
  visitorId: string;
  conversationId?: string;
}

function isVisitorRecord(value: unknown): value is VisitorRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Partial<VisitorRecord>;
  return (
    typeof record.token === 'string' &&
    typeof record.visitorId === 'string' &&
    (record.conversationId === undefined || typeof record.conversationId === 'string')
  );
}

function isWidgetSettings(value: unknown): value is WidgetSettings {
  if (typeof value !== 'object' || value === null) return false;
  const settings = value as Partial<WidgetSettings>;
  return ['storeName', 'greeting', 'primaryColor', 'position'].every(
    (key) => typeof settings[key as keyof WidgetSettings] === 'string',
  );
}

function defaultStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Blocked third-party storage or a sandboxed frame: the chat still works, it just forgets on reload.
    return null;
  }
}

/**
 * What the widget remembers per store across reloads: the visitor token with the current conversation
 * (`shopdesk:<publicKey>:visitor`) and the last widget settings, so the launcher has the store's colour
 * before the session is (re)started.
 */
export class VisitorStorage {
  private readonly visitorKey: string;
  private readonly settingsKey: string;

  constructor(
    publicKey: string,
    private readonly storage: Storage | null = defaultStorage(),
  ) {
    this.visitorKey = `shopdesk:${publicKey}:visitor`;
    this.settingsKey = `shopdesk:${publicKey}:settings`;
  }

  get token(): string | null {
    return this.readVisitor()?.token ?? null;
  }

  get conversationId(): string | null {
    return this.readVisitor()?.conversationId ?? null;
  }

  /**
   * Stores the session's token. The conversation is kept only when the server recognised the same visitor;
   * returns the conversation id that is still valid, if any.
   */
  saveSession(token: string, visitorId: string): string | null {
    const previous = this.readVisitor();
    const conversationId = previous?.visitorId === visitorId ? (previous.conversationId ?? null) : null;
    this.writeVisitor({ token, visitorId, conversationId });
    return conversationId;
  }

  saveConversation(conversationId: string | null): void {
    const previous = this.readVisitor();
    if (previous) this.writeVisitor({ token: previous.token, visitorId: previous.visitorId, conversationId });
  }

  forgetVisitor(): void {
    try {
      this.storage?.removeItem(this.visitorKey);
    } catch {
      // Storage may vanish mid-session (privacy modes); nothing to clean up then.
    }
  }

  get settings(): WidgetSettings | null {
    const value = this.read(this.settingsKey);
    return isWidgetSettings(value) ? value : null;
  }

  saveSettings(settings: WidgetSettings): void {
    const { storeName, greeting, primaryColor, position } = settings;
    this.write(this.settingsKey, { storeName, greeting, primaryColor, position });
  }

  private writeVisitor(record: { token: string; visitorId: string; conversationId: string | null }): void {
    const { conversationId, ...rest } = record;
    this.write(this.visitorKey, conversationId ? { ...rest, conversationId } : rest);
  }

  private readVisitor(): VisitorRecord | null {
    const value = this.read(this.visitorKey);
    return isVisitorRecord(value) ? value : null;
  }

  private read(key: string): unknown {
    try {
      const raw = this.storage?.getItem(key);
      return raw ? (JSON.parse(raw) as unknown) : null;
    } catch {
      return null;
    }
  }

  private write(key: string, value: unknown): void {
    try {
      this.storage?.setItem(key, JSON.stringify(value));
    } catch {
      // Quota exceeded or storage disabled: keep working for this page view.
    }
  }
}
