import { TenantContext } from '../../../platform/context/tenant-context';
import { DEFAULT_VOICE, EMPTY_STATE, ProviderRequest } from './assistant-provider';
import { buildPrompt } from './prompt-builder';

function request(language: ProviderRequest['language']): ProviderRequest {
  return {
    text: 'Haben Sie Hoodies?',
    locale: 'de-DE',
    language,
    storeName: 'Sprachladen',
    voice: DEFAULT_VOICE,
    understanding: { intent: 'product_search', confidence: 0.8, entities: [] },
    history: [],
    state: EMPTY_STATE,
    invocation: { ctx: TenantContext.system('tenant', 'test'), conversationId: null, dryRun: true, afterReply: [] },
  };
}

describe('buildPrompt', () => {
  it('tells the model which language to reply in', () => {
    expect(buildPrompt(request('de')).system).toContain('Reply in German');
    expect(buildPrompt(request('es')).system).toContain('Reply in Spanish');
    expect(buildPrompt(request('de')).system).toContain('Address the shopper formally');
    expect(buildPrompt(request('en')).system).not.toContain('formally');
  });
});
