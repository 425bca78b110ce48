// What Slack checks before it accepts a message or a view, written out independently of src/render/fit-slack-limits.ts
// so the fake Slack can refuse what the real one would (https://api.slack.com/reference/block-kit/blocks).

const LIMITS = {
  text: 40_000,
  blocksInMessage: 50,
  blocksInView: 100,
  sectionText: 3000,
  fields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  anyText: 3000,
  blocksText: 12_000,
} as const;

type Node = Record<string, unknown>;

/** Every limit the payload breaks, as short phrases; empty when Slack would accept it. */
export function blockKitProblems(payload: Node, surface: 'message' | 'view' = 'message'): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  if (typeof payload.text === 'string') check(payload.text.length <= LIMITS.text, `text of ${payload.text.length}`);
  const blocks = Array.isArray(payload.blocks) ? (payload.blocks as Node[]) : [];
  const maxBlocks = surface === 'view' ? LIMITS.blocksInView : LIMITS.blocksInMessage;
  check(blocks.length <= maxBlocks, `${blocks.length} blocks`);
  let blocksText = 0;
  const textOf = (node: unknown, max: number, what: string) => {
    const text = (node as Node | undefined)?.text;
    if (typeof text !== 'string') return;
    blocksText += text.length;
    check(text.length <= max, `${what} of ${text.length}`);
    check(text.length > 0, `empty ${what}`);
    check(!/[\uD800-\uDBFF]$/.test(text), `${what} ending in half an emoji`);
  };
  for (const block of blocks) {
    const elements = Array.isArray(block.elements) ? (block.elements as Node[]) : [];
    switch (block.type) {
      case 'section': {
        textOf(block.text, LIMITS.sectionText, 'section text');
        const fields = Array.isArray(block.fields) ? (block.fields as Node[]) : [];
        check(fields.length <= LIMITS.fields, `${fields.length} fields`);
        for (const field of fields) textOf(field, LIMITS.fieldText, 'field');
        break;
      }
      case 'header':
        textOf(block.text, LIMITS.headerText, 'header');
        break;
      case 'context':
        check(elements.length <= LIMITS.contextElements, `${elements.length} context elements`);
        for (const element of elements) textOf(element, LIMITS.anyText, 'context text');
        break;
      case 'actions':
        check(elements.length <= LIMITS.actionsElements, `${elements.length} actions`);
        for (const element of elements) {
          textOf(element.text, LIMITS.buttonText, 'button text');
          const value = element.value;
          if (typeof value === 'string') check(value.length <= LIMITS.buttonValue, `button value of ${value.length}`);
        }
        break;
    }
  }
  check(blocksText <= LIMITS.blocksText, `${blocksText} characters of block text`);
  return problems;
}
