/**
 * The architecture's dependency rules, checked on every `npm test`.
 * See docs/architecture.md for why each exists.
 */
const FRAMEWORKS = '^node_modules/(@nestjs|@apollo|typeorm|pg|pg-[a-z-]+|express|graphql|class-validator|class-transformer|nestjs-pino)/';

module.exports = {
  forbidden: [
    {
      name: 'domain-is-plain-typescript',
      comment: 'Statutory rules are plain TypeScript: no framework, ORM, database, adapter or application-layer imports.',
      severity: 'error',
      from: { path: '^libs/[^/]+/src/domain/' },
      to: { path: [FRAMEWORKS, '^apps/', '^libs/[^/]+/src/(application|infrastructure)/', '^libs/(database|tenancy|identity)/'] },
    },
    {
      name: 'application-knows-no-orm',
      comment: 'Use cases talk to ports; persistence lives in infrastructure.',
      severity: 'error',
      from: { path: '^libs/[^/]+/src/application/' },
      to: { path: ['^node_modules/(typeorm|pg|@nestjs/typeorm)/', '^libs/[^/]+/src/infrastructure/', '^libs/database/'] },
    },
    {
      name: 'adapters-use-public-lib-surfaces',
      comment: "Adapters dispatch commands and queries from a lib's index; they never reach into its layers.",
      severity: 'error',
      from: { path: '^(apps|tools)/', pathNot: '\\.spec\\.ts$' },
      to: { path: '^libs/', pathNot: '^libs/[^/]+/src/index\\.ts$' },
    },
    {
      name: 'adapters-do-not-touch-the-database',
      comment: 'No ORM or SQL in apps: that belongs to libs/*/infrastructure and migrations. Benchmarks may, to generate data and time a plain COPY.',
      severity: 'error',
      from: { path: '^(apps|tools)/', pathNot: '^tools/bench/' },
      to: { path: '^node_modules/(typeorm|pg)/' },
    },
    {
      name: 'sql-only-in-infrastructure-and-migrations',
      comment: 'Raw SQL and the ORM appear only in infrastructure folders, the database lib and migrations.',
      severity: 'error',
      from: { pathNot: ['^libs/[^/]+/src/infrastructure/', '^libs/database/', '^migrations/', '^tools/bench/', '\\.spec\\.ts$'] },
      to: { path: '^node_modules/(typeorm|pg)/' },
    },
    {
      name: 'council-policies-use-only-the-sdk',
      comment: 'A council plugin may import only the policy SDK and the kernel (and its own folder); src/ is the catalogue the apps register.',
      severity: 'error',
      from: { path: '^libs/council-policies/([^/]+)/', pathNot: ['^libs/council-policies/src/', '\\.spec\\.ts$'] },
      to: { path: '^libs/', pathNot: ['^libs/(policy-sdk|kernel)/', '^libs/council-policies/$1/'] },
    },
    {
      name: 'core-does-not-import-councils',
      comment: 'Councils are registered, not imported: the core never depends on a council folder (only apps and the migration and payment-import CLIs, which register them, and tests).',
      severity: 'error',
      from: { pathNot: ['^libs/council-policies/', '^apps/', '^tools/migrate/', '^tools/import-payments/', '\\.spec\\.ts$'] },
      to: { path: '^libs/council-policies/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-dev-dependencies-in-production-code',
      severity: 'error',
      from: { path: '^(apps|libs|migrations|tools)/', pathNot: '\\.spec\\.ts$' },
      to: { dependencyTypes: ['npm-dev'], pathNot: '^node_modules/tsx/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // The admin UI's browser scripts import what the service serves beside them, not Node modules.
    exclude: { path: ['^dist/', '^apps/api/src/admin/public/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
