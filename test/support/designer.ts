import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The part of an SVG path the flow click measures (the test tsconfig has no DOM types). */
interface PathLine {
  getTotalLength(): number;
  getPointAtLength(at: number): { x: number; y: number };
  getScreenCTM(): { a: number; b: number; c: number; d: number; e: number; f: number } | null;
}

/** What drawing in the designer takes: shapes by id, the panel, its groups, the context pad. */
export function drawing(page: Page) {
  const panel = page.getByTestId('properties-panel');
  const shape = (id: string) => page.locator(`.djs-element[data-element-id="${id}"]`);
  return {
    panel,
    shape,
    /** Ids of the shapes and flows whose id starts with `prefix` (bpmn-js names new ones Activity_…, Flow_…). */
    ids: (prefix: string) => page.locator(`.djs-element[data-element-id^="${prefix}"]`).evaluateAll((xs) => xs.map((x) => x.getAttribute('data-element-id')!)),
    pad: (action: string) => page.locator(`.djs-context-pad .entry[data-action="${action}"]`),
    /** Selects a shape (a click that ends direct editing is swallowed: retried until it is selected). */
    async select(id: string) {
      const target = shape(id);
      await expect
        .poll(async () => (await target.evaluate((el) => el.classList.contains('selected'))) || (await target.click(), false), { timeout: 10_000 })
        .toBe(true);
    },
    /** Opens a collapsed group of the panel by its title (a click during a re-render is lost: retried). */
    async openGroup(title: string) {
      const header = panel.locator('.bio-properties-panel-group-header').filter({ hasText: new RegExp(`^${title}`) });
      await expect
        .poll(async () => (await header.evaluate((h) => h.classList.contains('open'))) || (await header.click(), false), { timeout: 10_000 })
        .toBe(true);
    },
    /** Clicks the middle of a sequence flow's line (the middle of its box can be off a bent line). */
    async clickFlow(id: string) {
      const point = await shape(id).evaluate((el) => {
        const line = el.querySelector('.djs-visual > path') as unknown as PathLine;
        const p = line.getPointAtLength(line.getTotalLength() / 2);
        const m = line.getScreenCTM()!;
        return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
      });
      await page.mouse.click(point.x, point.y);
    },
    /** Types into a FEEL field of the panel (a CodeMirror editor, not an input). */
    async typeFeel(entryId: string, text: string) {
      await panel.locator(`[data-entry-id="${entryId}"] [contenteditable]`).click();
      await page.keyboard.type(text);
    },
    /** Drags a palette entry (by its icon class) and drops it at a point of the page. */
    async dragFromPalette(icon: string, to: { x: number; y: number }) {
      await page.locator(`.djs-palette .entry.${icon}`).hover();
      await page.mouse.down();
      await page.mouse.move(to.x, to.y, { steps: 12 });
      await page.mouse.up();
    },
  };
}

/** Drags a field type from the form editor's palette to the bottom of the form. */
export async function dropFormField(page: Page, type: string) {
  const editor = page.getByTestId('form-editor-canvas');
  const target = editor.locator('.fjs-drop-container-vertical').first();
  await editor.locator(`.fjs-palette-field[data-field-type="${type}"]`).hover();
  await page.mouse.down();
  const box = (await target.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 10 });
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 10, { steps: 5 });
  await page.mouse.up();
}
