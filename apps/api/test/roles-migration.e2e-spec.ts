import { UserEntity } from '../src/app/accounts/entities/user.entity';
import { InstitutionEntity } from '../src/app/institutions/entities/institution.entity';
import { AddMobilityCoordinatorAndCompanyRoles1763683800000 as Migration } from '../src/database/migrations/1763683800000-AddMobilityCoordinatorAndCompanyRoles';
import { createInstitution, createUser } from './support/accounts';
import { runMigration, startTestApp, TestApp, testDatabase } from './support/test-app';

/**
 * The mobility coordinator and the company (issue #13, policy): the migration widens the role and
 * institution-kind constraints without touching a row, and its `down` refuses while accounts or
 * institutions of the new kinds exist.
 */
describe(`the roles of the next areas, in the database (${testDatabase()})`, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  const migrate = (step: 'up' | 'down') => runMigration(t, new Migration(), step);
  const count = () => t.dataSource.getRepository(UserEntity).count();

  it('stores both roles at the institutions they belong to, and refuses other institutions', async () => {
    const school = await createInstitution(t, 'school');
    const company = await createInstitution(t, 'company');
    await expect(createUser(t, 'mobility-coordinator', school)).resolves.toMatchObject({
      role: 'mobility-coordinator',
    });
    await expect(createUser(t, 'company', company)).resolves.toMatchObject({ role: 'company' });
    await expect(createUser(t, 'company', school)).rejects.toMatchObject({
      errors: [
        { path: 'institutionId', message: 'a company needs the id of a company / association' },
      ],
    });
    await expect(createUser(t, 'mobility-coordinator', null)).rejects.toMatchObject({
      errors: [
        { path: 'institutionId', message: 'a mobility-coordinator needs the id of a school' },
      ],
    });
  });

  it('goes down only without accounts or institutions of the new kinds, and up again keeping every row', async () => {
    const author = await createUser(t, 'author', await createInstitution(t, 'school'));
    await expect(migrate('down')).rejects.toThrow(
      /Cannot undo AddMobilityCoordinatorAndCompanyRoles/,
    );
    const users = t.dataSource.getRepository(UserEntity);
    await users.delete({ role: 'mobility-coordinator' });
    await users.delete({ role: 'company' });
    await t.dataSource.getRepository(InstitutionEntity).delete({ kind: 'company' });
    const before = await count();
    await migrate('down');
    // The old constraint is back: the database itself refuses a company account.
    const school = await createInstitution(t, 'school');
    await expect(
      t.dataSource.query(`UPDATE user_account SET role = 'company' WHERE id = '${author.id}'`),
    ).rejects.toThrow(/CHK_user_account_role|CHECK constraint failed|violates check constraint/);
    await migrate('up');
    expect(await count()).toBe(before);
    expect((await users.findOneByOrFail({ id: author.id })).role).toBe('author');
    await expect(createUser(t, 'mobility-coordinator', school)).resolves.toMatchObject({
      role: 'mobility-coordinator',
    });
  });
});
