// Boundary rules the architecture depends on (docs/adr/0002-slice-layout.md):
// apps never import other apps, libs never import apps, and only the composition roots in deploy/
// and the command line may reach into an app, through its public index.ts.
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const ALIAS = /^@commonplan\/([a-z-]+)$/;

const locate = (file) => {
  const rel = path.relative(root, file).split(path.sep);
  if (rel[0] === 'apps' || rel[0] === 'libs') return { area: rel[0], unit: rel[1], rel: rel.join('/') };
  return { area: rel[0], unit: undefined, rel: rel.join('/') };
};

const target = (fromFile, source) => {
  const alias = ALIAS.exec(source);
  if (alias) return { area: 'libs', unit: alias[1], rel: `libs/${alias[1]}/src/index.ts` };
  if (!source.startsWith('.')) return undefined;
  return locate(path.resolve(path.dirname(fromFile), source));
};

export const boundaries = {
  rules: {
    imports: {
      meta: { type: 'problem', schema: [] },
      create(context) {
        const from = locate(context.filename);
        const check = (node) => {
          const source = node.source?.value;
          if (typeof source !== 'string') return;
          const to = target(context.filename, source);
          if (!to || to.area !== 'apps') return;
          if (from.area === 'apps' && from.unit !== to.unit)
            context.report({
              node,
              message: `apps/${from.unit} may not import apps/${to.unit}: publish an integration event in libs/contracts instead`,
            });
          if (from.area === 'libs')
            context.report({ node, message: `libs/${from.unit} may not import an app (apps/${to.unit})` });
          if (
            (from.area === 'deploy' || from.area === 'cli') &&
            !/^apps\/[a-z-]+\/src\/index(\.ts)?$/.test(to.rel)
          )
            context.report({
              node,
              message: `a composition root may use apps/${to.unit} only through its src/index.ts`,
            });
        };
        return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
      },
    },
  },
};
