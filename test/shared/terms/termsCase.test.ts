import { describe, it, expect } from 'vitest';
import { referenceTermsCase } from '../../../shared/sample/referenceTerms';
import { termsCaseParse, termsCaseParseText } from '../../../shared/terms/termsCase';

const file = () => JSON.parse(JSON.stringify(referenceTermsCase()));

describe('terms file', () => {
  it('names the field of a shape error', () => {
    const f = file();
    f.terms[3].amountFen = -1;
    expect(termsCaseParse(f)).toMatchObject({ ok: false, error: { code: 'terms.invalid', params: { field: 'terms.3.amountFen' } } });
  });

  it('refuses a bad ID number on the roster', () => {
    const f = file();
    f.roster[0].idNumber = '000000199001010010';
    expect(termsCaseParse(f)).toMatchObject({ error: { code: 'terms.invalid', params: { field: 'roster.0.idNumber' } } });
  });

  it('refuses ledger entries for unknown terms or workers, or paying money under a leave term', () => {
    const a = file();
    a.ledger.entries[0].termId = 'nope';
    expect(termsCaseParse(a)).toMatchObject({ error: { code: 'ledger.unknownTerm', params: { field: 'ledger.entries.0.termId' } } });
    const b = file();
    b.ledger.entries[0].workerId = 'W999';
    expect(termsCaseParse(b)).toMatchObject({ error: { code: 'ledger.unknownWorker' } });
    const d = file();
    d.ledger.entries[0].termId = 'sf2021.deferredLeave';
    expect(termsCaseParse(d)).toMatchObject({ error: { code: 'ledger.notMonetary' } });
  });

  it('refuses duplicate term ids, worker ids and ID numbers', () => {
    const a = file();
    a.terms[1].id = a.terms[0].id;
    expect(termsCaseParse(a)).toMatchObject({ error: { code: 'terms.idTwice', params: { field: 'terms.1.id' } } });
    const b = file();
    b.roster[1].idNumber = b.roster[0].idNumber;
    expect(termsCaseParse(b)).toMatchObject({ error: { code: 'roster.idNumberTwice', params: { field: 'roster.1.idNumber' } } });
  });

  it('says when the text is not JSON', () => {
    expect(termsCaseParseText('{')).toMatchObject({ error: { code: 'terms.json' } });
  });
});
