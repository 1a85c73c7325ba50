import type { AssistantSettings } from './assistant-settings.models';
import { formValueOf, keywordProblem, parseKeywords, settingsInputOf, usageAgainst } from './settings-form';

const SAVED: AssistantSettings = {
  persona: 'Mia',
  tone: 'friendly',
  greeting: '',
  offTopicReply: '',
  languages: ['en', 'de'],
  provider: 'OPENAI',
  baseUrl: 'https://models.example.com/v1',
  model: 'small',
  hasApiKey: true,
  handoffOnNegativeSentiment: true,
  handoffSentimentThreshold: -0.4,
  handoffAfterUnresolvedTurns: 2,
  handoffKeywords: ['refund', 'human'],
  visitorMessagesPerDay: null,
  tenantMessagesPerDay: 500,
  dailyTokenBudget: null,
};

describe('parseKeywords', () => {
  it('splits on commas and lines, trims, and keeps the first spelling of a repeat', () => {
    expect(parseKeywords(' Refund, human\nHUMAN ,, speak to someone ')).toEqual(['Refund', 'human', 'speak to someone']);
  });
});

describe('keywordProblem', () => {
  it('accepts up to 20 keywords of up to 40 characters', () => {
    expect(keywordProblem(Array.from({ length: 20 }, (_, i) => `k${i}`).join(','))).toBeNull();
    expect(keywordProblem(Array.from({ length: 21 }, (_, i) => `k${i}`).join(','))).toBe('Use at most 20 keywords (there are 21)');
    expect(keywordProblem(`ok, ${'x'.repeat(41)}`)).toMatch(/longer than 40 characters/);
  });
});

describe('settingsInputOf', () => {
  it('leaves the stored key alone unless it is replaced or removed', () => {
    const unchanged = settingsInputOf(formValueOf(SAVED));
    expect(unchanged).not.toHaveProperty('apiKey');
    expect(unchanged).toMatchObject({ handoffKeywords: ['refund', 'human'], baseUrl: 'https://models.example.com/v1', tenantMessagesPerDay: 500 });
    expect(settingsInputOf({ ...formValueOf(SAVED), apiKey: ' sk-new ' }).apiKey).toBe('sk-new');
    expect(settingsInputOf({ ...formValueOf(SAVED), apiKey: 'sk-new', removeApiKey: true }).apiKey).toBe('');
  });

  it('sends empty endpoint fields as null', () => {
    expect(settingsInputOf({ ...formValueOf(SAVED), baseUrl: '  ', model: '' })).toMatchObject({ baseUrl: null, model: null });
  });
});

describe('usageAgainst', () => {
  it('shows the limit or that there is none', () => {
    expect(usageAgainst(1234, 5000)).toBe('1,234 of 5,000');
    expect(usageAgainst(3, null)).toBe('3 (no limit)');
  });
});
