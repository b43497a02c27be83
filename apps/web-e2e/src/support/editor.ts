import type { Page } from 'playwright-core';

/** Adds a skill outcome to the unit open in the editor, as a teacher types it. */
export async function addSkill(page: Page, text: string): Promise<void> {
  await page.locator('#new-outcome-skill').fill(text);
  await page
    .locator('form.add-outcome')
    .filter({ has: page.locator('#new-outcome-skill') })
    .getByRole('button', { name: 'Add' })
    .click();
}
