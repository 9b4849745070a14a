// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { h, toDom, toHtml } from './markup-tree.ts';

const HOSTILE = `<img src=x onerror="alert(1)">&'"`;

describe('markup tree', () => {
  const tree = h(
    'p',
    { title: HOSTILE, 'data-x': '1' },
    HOSTILE,
    false,
    null,
    '',
    h('br'),
    h('b', {}, 'ok'),
  );

  it('renders text and attribute values as text in the HTML string', () => {
    expect(toHtml(tree)).toBe(
      '<p title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;&quot;" data-x="1">' +
        '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;&quot;<br><b>ok</b></p>',
    );
  });

  it('makes the same nodes in the DOM, with no element from the text', () => {
    const node = toDom(tree, document) as HTMLElement;
    expect(node.tagName).toBe('P');
    expect(node.getAttribute('title')).toBe(HOSTILE);
    expect(node.querySelector('img')).toBeNull();
    expect(node.childNodes[0]!.nodeType).toBe(Node.TEXT_NODE);
    expect(node.textContent).toBe(`${HOSTILE}ok`);
    expect([...node.children].map((c) => c.tagName)).toEqual(['BR', 'B']);
  });

  it('gives the same markup both ways', () => {
    const holder = document.createElement('div');
    holder.appendChild(toDom(tree, document));
    expect(holder.innerHTML.replace(/&quot;/g, '"')).toBe(
      toHtml(tree)
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"'),
    );
  });
});
