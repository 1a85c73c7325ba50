import type { LitElement } from 'lit';

const mounted: HTMLElement[] = [];

/** Adds a shopping part to the page with its properties set and waits for its first render. */
export async function mountElement<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]>,
): Promise<HTMLElementTagNameMap[K]> {
  const element = Object.assign(document.createElement(tag), properties);
  document.body.append(element);
  mounted.push(element);
  await (element as unknown as LitElement).updateComplete;
  return element;
}

export function unmountElements(): void {
  for (const element of mounted.splice(0)) element.remove();
}

export function shadowOf(element: HTMLElement): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`${element.localName} has no shadow root`);
  return element.shadowRoot;
}

/** The button whose visible text is `text`. */
export function buttonByText(root: ParentNode, text: string): HTMLButtonElement {
  const button = [...root.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === text);
  if (!button) throw new Error(`No button "${text}"`);
  return button;
}
