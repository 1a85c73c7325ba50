/**
 * The walking skeleton's reply rule: a greeting for greetings, an acknowledgement otherwise.
 * The real reply engine (NLU, retrieval, providers, tools) replaces it.
 */
export function placeholderReply(text: string, storeName: string): string {
  if (/^\s*(hi|hello|hey|hallo|hola|bonjour|good (morning|afternoon|evening))\b/i.test(text)) {
    return `Hi! Welcome to ${storeName}. Ask me about our products, your order, or anything else.`;
  }
  const quoted = text.length > 80 ? `${text.slice(0, 79)}…` : text;
  return `Thanks for your message: “${quoted}”. We'll help you with that right away.`;
}
