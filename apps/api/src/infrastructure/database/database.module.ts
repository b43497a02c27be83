import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { dataSourceOptions, ensurePostgresSchema, runMigrationsOnce } from './data-source-options';
import { UnitOfWork } from './unit-of-work';

/** The one database connection of the process; closed by Nest's shutdown hooks on SIGTERM. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig) => {
        await ensurePostgresSchema(config.database);
        return { ...dataSourceOptions(config.database), autoLoadEntities: true, retryAttempts: 0 };
      },
      // Migrations under a lock: several instances may start at once (issue #22).
      dataSourceFactory: async (options) => {
        const dataSource = new DataSource({
          ...(options as DataSourceOptions),
          migrationsRun: false,
        });
        await dataSource.initialize();
        await runMigrationsOnce(dataSource);
        return dataSource;
      },
    }),
  ],
  providers: [UnitOfWork],
  exports: [UnitOfWork],
})
export class DatabaseModule {}
