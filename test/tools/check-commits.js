// Checks that every commit message since this check was added opens with a
// conventional, scoped-where-it-helps subject: `type(scope): what changed`,
// with a type from TYPES. Merge commits are skipped. Without git, or in a
// clone too shallow to reach the start, it checks what it can and says so.
import { execFileSync } from 'node:child_process';

const TYPES = ['feat', 'fix', 'docs', 'style', 'refactor', 'perf', 'test', 'build', 'ci', 'chore', 'revert'];
const SUBJECT = new RegExp(`^(${TYPES.join('|')})(\\([a-z0-9-]+(, ?[a-z0-9-]+)*\\))?!?: \\S.*`);
// The last commit before this check: older subjects were written to no rule.
const BEFORE_CHECK = '95ca776';

function git(...args) {
  return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

function badSubjects(subjects) {
  return subjects.filter((subject) => !SUBJECT.test(subject));
}

function main() {
  let range;
  try {
    git('rev-parse', '--git-dir');
  } catch {
    console.log('check-commits: not a git checkout; nothing to check.');
    return;
  }
  try {
    git('cat-file', '-e', `${BEFORE_CHECK}^{commit}`);
    range = `${BEFORE_CHECK}..HEAD`;
  } catch {
    range = 'HEAD';
    console.log(`check-commits: ${BEFORE_CHECK} is not in this clone; checking every commit it has.`);
  }
  const subjects = git('log', '--no-merges', '--format=%s', range).split('\n').filter(Boolean);
  const bad = badSubjects(subjects);
  if (bad.length > 0) {
    console.error(`check-commits: ${bad.length} commit subject(s) do not read "type(scope): what changed"`);
    console.error(`(types: ${TYPES.join(', ')}):`);
    for (const subject of bad) console.error(`  ${subject}`);
    process.exit(1);
  }
  console.log(
    `check-commits: ${subjects.length} commit subjects since ${BEFORE_CHECK}, all "type(scope): what changed".`,
  );
}

main();
