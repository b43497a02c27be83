import type { Page } from 'playwright-core';

/** Adds a skill outcome to the unit open in the editor, as a teacher types it (`add`: the button). */
export async function addSkill(page: Page, text: string, add = 'Add'): Promise<void> {
  await page.locator('#new-outcome-skill').fill(text);
  await page
    .locator('form.add-outcome')
    .filter({ has: page.locator('#new-outcome-skill') })
    .getByRole('button', { name: add })
    .click();
}
