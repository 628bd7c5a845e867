import { referenceEnterpriseInput, referencePeopleInputs, sampleAssumptions } from '../../shared/sample/referenceEnterprise';
import type { CliCommand } from '../command';

/** `sample`: prints the built-in reference case (the enterprise, its people, which fields are placeholders). */
export const sampleCommand: CliCommand = {
  name: 'sample',
  summary: 'print the built-in reference case (Fuding, 2020-21)',
  usage: 'sample',
  async run(_args, io) {
    io.out(JSON.stringify({ enterprise: referenceEnterpriseInput(), people: referencePeopleInputs(), assumptions: sampleAssumptions }, null, 2));
    return 0;
  },
};
