import { QuickRepliesBlock } from '../../conversations/message-blocks';
import { templatesFor } from '../providers/reply-templates';
import { emptyFacts } from '../tools/assistant-tool';
import { ToolCallRecord } from '../tools/tool-registry';
import { replyBlocks } from './reply-blocks';

const emptySearch: ToolCallRecord = { name: 'search_products', arguments: { query: 'spaceships' }, result: { ok: true, content: {}, facts: emptyFacts(), products: [], citations: [] } };

function quickReplies(blocks: ReturnType<typeof replyBlocks>): QuickRepliesBlock['replies'] {
  return (blocks.find((b) => b.kind === 'quick_replies') as QuickRepliesBlock).replies;
}

describe('reply blocks', () => {
  it('offers the next steps in the reply language', () => {
    expect(quickReplies(replyBlocks([], 'greeting', templatesFor('de')))).toEqual([
      { label: 'Produkte ansehen', text: 'Zeigen Sie mir Ihre Bestseller' },
      { label: 'Bestellung verfolgen', text: 'Wo ist meine Bestellung?' },
      { label: 'Mit einem Menschen sprechen', text: 'Ich möchte mit einem Mitarbeiter sprechen' },
    ]);
    expect(quickReplies(replyBlocks([], 'add_to_cart', templatesFor('fr'))).map((r) => r.label)).toEqual(['Voir le panier', 'Passer commande']);
  });

  it('offers browsing or a person after a search that found nothing', () => {
    expect(quickReplies(replyBlocks([emptySearch], 'product_search', templatesFor('es'))).map((r) => r.label)).toEqual(['Ver productos', 'Hablar con una persona']);
    expect(quickReplies(replyBlocks([emptySearch], 'product_search', templatesFor('en'))).map((r) => r.label)).toEqual(['Browse products', 'Talk to a person']);
  });
});
