import { checkContent } from './src/lib/checker/index.ts';
import { formatProblem } from './src/lib/content/problems.ts';
const r = await checkContent(process.argv[2] ?? 'content');
console.log(r.entries.length, r.problems.map(formatProblem).join('\n'));
