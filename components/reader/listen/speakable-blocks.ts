/** The blocks the reader reads aloud, in order: headings, paragraphs, list items, cells… */
const BLOCK_TAGS = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'li',
  'dt',
  'dd',
  'blockquote',
  'figcaption',
  'th',
  'td',
  'caption',
]);

/** Said as nothing: code, formulas (their text is a jumble of symbols), drawings, controls. */
const UNSPOKEN_TAGS = new Set(['pre', 'math', 'svg', 'script', 'style', 'button']);
const isUnspoken = (el: Element) =>
  UNSPOKEN_TAGS.has(el.localName) || el.getAttribute('aria-hidden') === 'true' || el.classList.contains('folio-meta'); // the header's line of site, author and date

// The DOM's constants by value: this also runs outside a browser (the read-aloud benchmark).
const TEXT_NODE = 3;
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;

/** A white-space character, as `\s` counts them (what speechChunks collapses). */
const isSpace = (char: string) => /\s/.test(char);

export interface SpeakableBlock {
  element: Element;
  /** The block's own words, white space collapsed to one space and trimmed. */
  text: string;
  /** Where the character at `offset` of `text` is in the document (the word being said is painted there). */
  locate: (offset: number) => { node: Text; offset: number } | undefined;
}

/**
 * A block's own words as they are found: white space collapsed as it comes, each character kept
 * with the text node and offset it came from. In arrays joined once: a string grown a character
 * at a time and asked for its end at each is flattened again and again (minutes for a 1 MB
 * paragraph, bench:read-aloud).
 */
class Words {
  private chars: string[] = [];
  private nodes: (Text | undefined)[] = [];
  private offsets: number[] = [];
  private lastIsSpace = true; // at the start, as after a space: no space comes first

  constructor(readonly element: Element) {}

  add(char: string, node: Text | undefined, offset: number): void {
    const space = isSpace(char);
    if (space && this.lastIsSpace) return;
    this.chars.push(space ? ' ' : char);
    this.nodes.push(node);
    this.offsets.push(offset);
    this.lastIsSpace = space;
  }

  block(): SpeakableBlock | undefined {
    const { chars, nodes, offsets } = this;
    if (this.lastIsSpace && chars.length) {
      chars.pop();
      nodes.pop();
      offsets.pop();
    }
    if (!chars.length) return undefined;
    return {
      element: this.element,
      text: chars.join(''),
      locate: (offset) => {
        // A space made of a line break has no text node: the character before it stands in.
        for (let i = Math.min(offset, nodes.length - 1); i >= 0; i--) {
          const node = nodes[i];
          if (node) return { node, offset: offsets[i] as number };
        }
        return undefined;
      },
    };
  }
}

/**
 * The article's blocks that have words to say, in reading order. Each block's own words: without
 * the blocks inside it (a list item's nested list is read as blocks of its own, after it) and
 * without what is not said. One walk over the article, not recursion (a page's inline marks may
 * nest thousands deep) and not a walk for each block (100,000 short paragraphs).
 */
export function speakableBlocks(root: Element): SpeakableBlock[] {
  const found: Words[] = [];
  // The block each element's text belongs to: the nearest block at or above it, inside `root`.
  const owners = new Map<Node, Words | null>();
  const ownerOf = (node: Node): Words | null => {
    const climbed: Node[] = [];
    let at: Node | null = node;
    let owner: Words | null = null;
    while (at && at !== root.parentNode) {
      const known = owners.get(at);
      if (known !== undefined) {
        owner = known;
        break;
      }
      climbed.push(at);
      at = at.parentNode;
    }
    for (const n of climbed) owners.set(n, owner);
    return owner;
  };
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, {
    acceptNode: (node) => (node.nodeType === TEXT_NODE || !isUnspoken(node as Element) ? FILTER_ACCEPT : FILTER_REJECT),
  });
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === TEXT_NODE) {
      const words = node.parentNode && ownerOf(node.parentNode);
      const data = (node as Text).data;
      if (words) for (let i = 0; i < data.length; i++) words.add(data[i] as string, node as Text, i);
      continue;
    }
    const element = node as Element;
    if (BLOCK_TAGS.has(element.localName)) {
      const words = new Words(element);
      found.push(words);
      owners.set(element, words);
    } else if (element.localName === 'br') {
      // A line break between words is a pause, not nothing.
      const words = element.parentNode && ownerOf(element.parentNode);
      words?.add(' ', undefined, 0);
    }
  }
  return found.flatMap((words) => words.block() ?? []);
}
