import { UserEntity } from '../src/app/accounts/entities/user.entity';
import { AccountSecurity1763684100000 as Migration } from '../src/database/migrations/1763684100000-AccountSecurity';
import { createUser } from './support/accounts';
import { runMigration, startTestApp, TestApp, testDatabase } from './support/test-app';

/**
 * Migration 1763684100000 on a database the previous release filled: accounts with e-mails in other
 * Unicode forms are brought to NFKC, an address whose normal form is taken stays as it was, every
 * row stays; `down` drops only the new tables.
 */
describe(`account security migration (${testDatabase()})`, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  const migrate = (step: 'up' | 'down') => runMigration(t, new Migration(), step);
  const tables = async () =>
    (await t.dataSource.createQueryRunner().getTables(['password_reset', 'security_event'])).map(
      (table) => table.name.replace(/^.*\./, ''),
    );

  it('normalises e-mails of existing accounts to NFKC, keeps every row, and goes down and up again', async () => {
    const users = t.dataSource.getRepository(UserEntity);
    await migrate('down');
    expect(await tables()).toEqual([]);
    // As the previous release stored them: lower case, but in whatever Unicode form was typed.
    const older = await createUser(t, 'learner');
    const newer = await createUser(t, 'learner');
    const plain = await createUser(t, 'learner');
    const nfc = `jos\u00e9-${older.id.slice(0, 6)}@schule.test`;
    await users.update(
      { id: older.id },
      { email: nfc.normalize('NFD'), createdAt: '2025-01-01T00:00:00.000Z' },
    );
    await users.update({ id: newer.id }, { email: nfc, createdAt: '2025-06-01T00:00:00.000Z' });
    const fullWidth = `ｆｕｌｌ-${plain.id.slice(0, 6)}@schule.test`;
    await users.update({ id: plain.id }, { email: fullWidth });
    const before = await users.count();

    await migrate('up');
    expect(await users.count()).toBe(before);
    expect((await tables()).sort()).toEqual(['password_reset', 'security_event']);
    // The normal form was taken: the older account's address stays as it was (and is reported).
    expect((await users.findOneByOrFail({ id: older.id })).email).toBe(nfc.normalize('NFD'));
    expect((await users.findOneByOrFail({ id: newer.id })).email).toBe(nfc);
    expect((await users.findOneByOrFail({ id: plain.id })).email).toBe(fullWidth.normalize('NFKC'));
  });
});
