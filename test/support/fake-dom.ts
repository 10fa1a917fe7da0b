/**
 * A tiny stand-in for the DOM, enough for the UI's builders (src/ui/dom.ts h(), ctx.renderText, the
 * report screen) to run in Node: elements with attributes, children and text. No layout, no events.
 * Install it with installFakeDom() before rendering; textOf() collects the text a reader would see.
 */
class FakeNode {
  childNodes: FakeNode[] = [];
  parentNode: FakeNode | null = null;
  className = '';
  dataset: Record<string, string> = {};
  style: Record<string, string> = {};
  private attrs = new Map<string, string>();
  connected = false;

  constructor(
    readonly nodeName: string,
    private data = '',
  ) {}

  private adopt(n: FakeNode | string): FakeNode[] {
    const node = typeof n === 'string' ? new FakeNode('#text', n) : n;
    if (node.nodeName === '#fragment') {
      const kids = node.childNodes;
      node.childNodes = [];
      return kids.flatMap((k) => this.adopt(k));
    }
    node.parentNode?.removeChild(node);
    node.parentNode = this;
    return [node];
  }
  appendChild<T extends FakeNode>(n: T): T {
    this.childNodes.push(...this.adopt(n));
    return n;
  }
  append(...ns: (FakeNode | string)[]): void {
    for (const n of ns) this.childNodes.push(...this.adopt(n));
  }
  prepend(...ns: (FakeNode | string)[]): void {
    this.childNodes.unshift(...ns.flatMap((n) => this.adopt(n)));
  }
  replaceChildren(...ns: (FakeNode | string)[]): void {
    for (const c of this.childNodes) c.parentNode = null;
    this.childNodes = [];
    this.append(...ns);
  }
  removeChild(n: FakeNode): FakeNode {
    this.childNodes = this.childNodes.filter((c) => c !== n);
    n.parentNode = null;
    return n;
  }
  remove(): void {
    this.parentNode?.removeChild(this);
  }
  get isConnected(): boolean {
    let n: FakeNode | null = this;
    while (n.parentNode) n = n.parentNode;
    return n.connected;
  }
  setAttribute(name: string, value: string): void { this.attrs.set(name, String(value)); }
  getAttribute(name: string): string | null { return this.attrs.get(name) ?? null; }
  hasAttribute(name: string): boolean { return this.attrs.has(name); }
  removeAttribute(name: string): void { this.attrs.delete(name); }
  addEventListener(): void {}
  removeEventListener(): void {}
  focus(): void {}
  get textContent(): string {
    return this.nodeName === '#text' ? this.data : this.childNodes.map((c) => c.textContent).join('');
  }
  set textContent(value: string) {
    if (this.nodeName === '#text') this.data = value;
    else this.replaceChildren(new FakeNode('#text', value));
  }
  /** Every text node's text, in order (so words from two nodes are never glued together). */
  texts(): string[] {
    return this.nodeName === '#text' ? [this.data] : this.childNodes.flatMap((c) => c.texts());
  }
}

export type { FakeNode };

const fakeDocument = {
  createElement: (tag: string) => new FakeNode(tag.toUpperCase()),
  createElementNS: (_ns: string, tag: string) => new FakeNode(tag),
  createTextNode: (text: string) => new FakeNode('#text', text),
  createDocumentFragment: () => new FakeNode('#fragment'),
};

/** Puts the fake document on globalThis (once); returns a fresh connected root element. */
export function installFakeDom(): FakeNode {
  (globalThis as { document?: unknown }).document ??= fakeDocument;
  const root = new FakeNode('DIV');
  root.connected = true;
  return root;
}

/** The text nodes under a node (or a fragment from ctx.renderText). */
export function textsOf(node: unknown): string[] {
  return (node as FakeNode).texts();
}
