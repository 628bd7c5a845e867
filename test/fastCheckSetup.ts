// Property tests explore new random cases on developers' machines; under CI they replay one fixed
// seed, so a landing never turns red by chance (a failure prints its seed and path to replay).
import fc from 'fast-check';

if (process.env.CI) fc.configureGlobal({ seed: 20261123 });
