// @vitest-environment node
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../bin/parse-html';
import { blocksAfterHeadings, putBackPassedHeadings } from '../../utils/extract/passed-headings';

const STEPS = Array.from(
  { length: 8 },
  (_, i) =>
    `Step ${i + 1}: stir the dough with a sturdy spoon until no floury spots remain, then cover the bowl and let it rest somewhere warm.`,
);

// King Arthur's steps as readRegion reads them again: the region alone, its heading, the steps'
// box and the bakers' tips side by side.
const region = `<body><article class="recipe__instructions"><h2>Instructions</h2>
  <div class="field field--recipe-steps"><ol>${STEPS.map((s) => `<li><p>${s}</p></li>`).join('')}</ol></div>
  <h2>Tips from our bakers</h2><div class="tips"><ul><li>Weigh the flour.</li></ul></div></article></body>`;

describe('a heading Readability passed over beside the block it kept', () => {
  it('is put back over that block, and only over a block that was kept', () => {
    const doc = parseHtml(region, 'https://bake.folio.test/recipes/bread');
    const headingOf = blocksAfterHeadings(doc.body);
    const content = new Readability(doc, { serializer: (el) => el as Element }).parse()?.content as Element;
    // Readability as shipped keeps the steps without their heading: what the step is for.
    expect(content.textContent).not.toContain('Instructions');
    expect(putBackPassedHeadings(content, headingOf)).toBe(1);
    const text = content.textContent ?? '';
    expect(text.indexOf('Instructions')).toBeGreaterThan(-1);
    expect(text.indexOf('Instructions')).toBeLessThan(text.indexOf('Step 1:'));
    // The tips were not kept: their heading is not put back alone.
    expect(text).not.toContain('Tips from our bakers');
  });
});
