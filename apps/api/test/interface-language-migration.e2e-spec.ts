import { UserEntity } from '../src/app/accounts/entities/user.entity';
import { InterfaceLanguage1763685300000 as Migration } from '../src/database/migrations/1763685300000-InterfaceLanguage';
import { createUser } from './support/accounts';
import { runMigration, startTestApp, TestApp, testDatabase } from './support/test-app';

/**
 * Migration 1763685300000 on accounts the previous release stored: every account is kept, none has
 * an interface language yet; `down` forgets the chosen languages and nothing else.
 */
describe(`interface language migration (${testDatabase()})`, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  const migrate = (step: 'up' | 'down') => runMigration(t, new Migration(), step);
  const hasColumn = async () =>
    (await t.dataSource.createQueryRunner().getTable('user_account'))?.findColumnByName(
      'ui_language',
    ) !== undefined;
  const accounts = () =>
    t.dataSource.query('SELECT id, email, display_name FROM user_account ORDER BY id') as Promise<
      unknown[]
    >;

  it('keeps every account, starts them without a language, and goes down and up again', async () => {
    await createUser(t, 'learner');
    const chosen = await createUser(t, 'learner');
    await t.dataSource.getRepository(UserEntity).update({ id: chosen.id }, { uiLanguage: 'lt' });
    await migrate('down');
    expect(await hasColumn()).toBe(false);
    // The accounts as the previous release stored them, without the column.
    const before = await accounts();
    expect(before.length).toBeGreaterThanOrEqual(2);

    await migrate('up');
    expect(await hasColumn()).toBe(true);
    expect(await accounts()).toEqual(before);
    const users = await t.dataSource.getRepository(UserEntity).find();
    expect(users.every((user) => user.uiLanguage === null)).toBe(true);
  });
});
