// The document a signed agreement prints and downloads carries each drawn signature as its party's image
// (the chiefs by side, the witness by place); paper signatures and a version not yet signed add none,
// and the stored, fingerprinted content never holds an image.
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../shared/dates/isoDate';
import type { AgreementSignature } from '../../../shared/bundle/signature';
import type { AgreementVersion } from '../../../shared/bundle/agreement';
import type { Block, Document } from '../../../templates/model';
import { documentDocxBytes } from '../../../templates/render/docx';
import { agreementFreeze, agreementSign, documentForState } from '../../../templates/agreement/flow';
import { signatureDataUrl } from '../../templates/signaturePng';
import { zipEntryNames, zipEntryText } from '../../templates/zipEntry';
import { sampleOwner, sampleWageRow } from './fixtures';

const today = isoDate('2021-01-15');
const signedAt = '2021-01-15T10:00:00+08:00';

const wageRow = (stored: readonly AgreementVersion[] = []) => sampleWageRow(today, stored);

async function frozenVersion(): Promise<AgreementVersion> {
  const row = wageRow();
  const made = await agreementFreeze(row.name, sampleOwner(), row.state, row.content!);
  if (!made.ok) throw new Error(made.error.message);
  return made.value.next;
}

function signed(version: AgreementVersion, signatures: readonly AgreementSignature[]): AgreementVersion {
  const done = agreementSign(version, signatures);
  if (!done.ok) throw new Error(done.error.message);
  return done.value;
}

/** The document as the screen prints and downloads it for the stored `version`. */
function shown(version: AgreementVersion): Document {
  const row = wageRow([version]);
  return documentForState(row.state, row.live!).doc;
}

const signatureBlock = (doc: Document) => doc.blocks.find((b): b is Extract<Block, { kind: 'signatureBlock' }> => b.kind === 'signatureBlock')!;

describe('drawn signatures in the document of a signed agreement', () => {
  it('gives each drawn signature to its party and none to paper signatures', async () => {
    const version = await frozenVersion();
    const employer = signatureDataUrl({ seed: 0 });
    const witness = signatureDataUrl({ seed: 2, width: 600, height: 200 });
    const doc = shown(
      signed(version, [
        { role: 'employer_chief', name: '陈会珍', signedAt, kind: 'drawn', imagePng: employer },
        { role: 'workers_chief', name: '吴华贵', signedAt, kind: 'wet' },
        { role: 'witness', name: '林见证', signedAt, kind: 'drawn', imagePng: witness },
      ]),
    );
    const block = signatureBlock(doc);
    const [first, second] = block.parties;
    expect(first!.sideLabel).toBe('企业方');
    expect(first!.signatureImage).toEqual({ png: employer.slice('data:image/png;base64,'.length), widthPx: 480, heightPx: 144 });
    expect(second!.signatureImage).toBeUndefined();
    expect(block.witness?.signatureImage).toMatchObject({ widthPx: 600, heightPx: 200 });
    // The names and dates are the frozen text's.
    expect(first!.signerName).toBe(signatureBlock(wageRow().live!).parties[0]!.signerName);

    const bytes = await documentDocxBytes(doc);
    // The two drawn signatures, and nothing for the paper one (the footer's fingerprint QR code is an image of its own).
    expect(zipEntryNames(bytes).filter((n) => /^word\/media\/sig\d+\.png$/.test(n))).toEqual(['word/media/sig1.png', 'word/media/sig2.png']);
    expect(zipEntryText(bytes, 'word/document.xml').match(/<w:drawing>/g)).toHaveLength(2);
  });

  it('adds nothing to a version signed on paper or not signed yet, nor to the stored content', async () => {
    const version = await frozenVersion();
    const unsigned = shown(version);
    expect(JSON.stringify(unsigned)).not.toContain('signatureImage');
    const wet = shown(signed(version, [{ role: 'employer_chief', name: '陈会珍', signedAt, kind: 'wet' }, { role: 'workers_chief', name: '吴华贵', signedAt, kind: 'wet' }]));
    expect(wet.blocks).toEqual(unsigned.blocks);
    const drawn = signed(version, [{ role: 'employer_chief', name: '陈会珍', signedAt, kind: 'drawn', imagePng: signatureDataUrl() }]);
    expect(JSON.stringify(drawn.content)).not.toContain('signatureImage');
    expect(drawn.fingerprint).toBe(version.fingerprint);
  });
});
