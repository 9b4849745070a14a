// A small tree of elements and text that renders two ways: to an HTML string at build time
// (index.html's prerendered table, the benchmark's floor page) and to DOM nodes in the browser
// (the first paint of a deep link, src/app/first-paint.ts). One renderer, so the two never drift.
// Text is always text: the string form escapes it, the DOM form makes text nodes and attribute
// values, never markup. Tag and attribute names come from this code, never from data.

export interface MarkupElement {
  tag: string;
  attrs: Record<string, string>;
  children: Markup[];
}

export type Markup = MarkupElement | string;

/** An element; `false`, `null` and `''` children are dropped, so conditions read inline. */
export const h = (
  tag: string,
  attrs: Record<string, string> = {},
  ...children: (Markup | false | null)[]
): MarkupElement => ({
  tag,
  attrs,
  children: children.filter((c): c is Markup => c !== false && c !== null && c !== ''),
});

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an HTML text node or a quoted attribute value. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const VOID = new Set(['br']);

/** The HTML string of a tree; every text and attribute value escaped. */
export function toHtml(node: Markup): string {
  if (typeof node === 'string') return escapeHtml(node);
  const attrs = Object.entries(node.attrs)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  if (VOID.has(node.tag)) return `<${node.tag}${attrs}>`;
  return `<${node.tag}${attrs}>${node.children.map(toHtml).join('')}</${node.tag}>`;
}

/** DOM nodes of a tree, made with createElement and text nodes: nothing is parsed as markup. */
export function toDom(node: Markup, doc: Document): Node {
  if (typeof node === 'string') return doc.createTextNode(node);
  const element = doc.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs)) element.setAttribute(name, value);
  for (const child of node.children) element.appendChild(toDom(child, doc));
  return element;
}
