// The document model (templates/model.ts) drawn as HTML for the A4 print view: the same blocks the
// .docx renderer writes, with the same fonts, indents and forms (templates/render/blocks.ts, forms.ts).
import type { ReactNode } from 'react';
import type { AgreementSignature } from '../../../shared/bundle/signature';
import { SIGNATURE_PARTIES_PER_ROW, type Block, type Paragraph, type Run, type SignatureParty, type TableCell } from '../../../templates/model';
import { amountText, dateText } from '../../../templates/text';
import { printText } from './printText';
import { partySignatureRole } from '../../../templates/agreement/signatureRole';

function RunView({ run }: { readonly run: Run }) {
  if (run.blank) return <span className="doc-blank">{run.text}</span>;
  return run.bold ? <strong>{run.text}</strong> : <>{run.text}</>;
}

function Runs({ runs }: { readonly runs: readonly Run[] }) {
  return runs.map((r, i) => <RunView key={i} run={r} />);
}

function ParagraphView({ p, lead }: { readonly p: Paragraph; readonly lead?: ReactNode }) {
  const className = ['doc-p', p.indent === false ? 'doc-noindent' : '', `doc-align-${p.align ?? 'justify'}`].filter(Boolean).join(' ');
  return (
    <p className={className}>
      {lead}
      <Runs runs={p.runs} />
    </p>
  );
}

function cellText(cell: TableCell): ReactNode {
  if (typeof cell.text === 'string') return cell.text.split('\n').map((line, i) => <span key={i} className="doc-cell-line">{line}</span>);
  // A run that is exactly "\n" starts a new line, as in the .docx.
  const lines: Run[][] = [[]];
  for (const run of cell.text) {
    if (run.text === '\n') lines.push([]);
    else lines.at(-1)!.push(run);
  }
  return lines.map((runs, i) => (
    <span key={i} className="doc-cell-line">
      <Runs runs={runs} />
    </span>
  ));
}

function TableView({ block }: { readonly block: Extract<Block, { kind: 'table' }> }) {
  const columns = Math.max(...block.rows.map((r) => r.reduce((n, c) => n + (c.span ?? 1), 0)));
  const weights = block.widths ?? Array.from({ length: columns }, () => 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const [head, ...body] = block.header ? block.rows : [undefined, ...block.rows];
  const cellOf = (cell: TableCell, i: number, header: boolean) => {
    const props = { className: `doc-align-${cell.align ?? 'left'}${cell.bold ? ' doc-bold' : ''}`, colSpan: cell.span ?? 1 };
    return header ? <th key={i} {...props}>{cellText(cell)}</th> : <td key={i} {...props}>{cellText(cell)}</td>;
  };
  return (
    <table className="doc-table">
      <colgroup>
        {weights.map((w, i) => (
          <col key={i} style={{ width: `${(w / sum) * 100}%` }} />
        ))}
      </colgroup>
      {head ? (
        <thead>
          <tr>{head.map((c, i) => cellOf(c, i, true))}</tr>
        </thead>
      ) : null}
      <tbody>
        {body.map((row, r) => (
          <tr key={r}>{(row ?? []).map((c, i) => cellOf(c, i, false))}</tr>
        ))}
      </tbody>
    </table>
  );
}

function SignatureMark({ signature }: { readonly signature: AgreementSignature | undefined }) {
  if (signature?.kind === 'drawn') return <img className="doc-signature-img" src={signature.imagePng} alt={signature.name} />;
  return <span className="doc-blank doc-sign-line">{'\u3000'.repeat(8)}</span>;
}

function PartyView({ party, signature }: { readonly party: SignatureParty; readonly signature: AgreementSignature | undefined }) {
  return (
    <div className="doc-party">
      <p className="doc-party-side">
        <strong>{`${party.sideLabel}${party.seal ? printText.seal : ''}${party.partyName ? printText.colon : ''}`}</strong>
      </p>
      {party.partyName ? <p>{party.partyName}</p> : null}
      {party.seal ? <div className="doc-seal-box">{printText.sealBox}</div> : null}
      <p className="doc-party-sign">
        {`${party.signerRole}${printText.colon}`}
        <SignatureMark signature={signature} />
      </p>
      {party.signerName ? <p className="doc-party-name">{`（${party.signerName}）`}</p> : null}
      <p>
        {`${party.dateLabel}${printText.colon}`}
        {party.dateText ? party.dateText : <span className="doc-blank">{dateText(null)}</span>}
      </p>
    </div>
  );
}

function SignatureBlockView({ block, signatures }: { readonly block: Extract<Block, { kind: 'signatureBlock' }>; readonly signatures: readonly AgreementSignature[] }) {
  const signatureOf = (party: SignatureParty, witness: boolean) => {
    const role = partySignatureRole(party, witness);
    return role ? signatures.find((s) => s.role === role) : undefined;
  };
  const lone = block.parties.length === 1;
  return (
    <div className={`doc-signatures${lone ? ' doc-signatures-lone' : ''}`} style={{ gridTemplateColumns: `repeat(${Math.min(SIGNATURE_PARTIES_PER_ROW, Math.max(2, block.parties.length))}, 1fr)` }}>
      {lone ? <div /> : null}
      {block.parties.map((p, i) => (
        <PartyView key={i} party={p} signature={signatureOf(p, false)} />
      ))}
      {block.witness ? <PartyView party={block.witness} signature={signatureOf(block.witness, true)} /> : null}
    </div>
  );
}

function FilingBlockView({ block }: { readonly block: Extract<Block, { kind: 'filingBlock' }> }) {
  return (
    <table className="doc-table doc-filing">
      <colgroup>
        <col style={{ width: '25%' }} />
        <col style={{ width: '75%' }} />
      </colgroup>
      <tbody>
        <tr>
          <th colSpan={2}>{printText.filingTitle(block.authority)}</th>
        </tr>
        {block.fields.map((label) => (
          <tr key={label} className={label.includes('意见') ? 'doc-filing-tall' : undefined}>
            <th>{label}</th>
            <td>{label.includes('意见') ? printText.filingSeal : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function BlockView({ block, signatures }: { readonly block: Block; readonly signatures: readonly AgreementSignature[] }) {
  switch (block.kind) {
    case 'heading':
      return block.level === 1 ? <h2 className="doc-h1">{block.text}</h2> : block.level === 2 ? <h3 className="doc-h2">{block.text}</h3> : <h4 className="doc-h3">{block.text}</h4>;
    case 'paragraph':
      return <ParagraphView p={block} />;
    case 'clause': {
      const [first, ...rest] = block.paragraphs;
      const lead = <span className="doc-clause-number">{`${block.number}\u3000${block.heading ? `${block.heading}\u3000` : ''}`}</span>;
      return (
        <div className="doc-clause">
          <ParagraphView p={first ?? { runs: [] }} lead={lead} />
          {rest.map((p, i) => (
            <ParagraphView key={i} p={p} />
          ))}
        </div>
      );
    }
    case 'table':
      return <TableView block={block} />;
    case 'amount':
      return (
        <p className="doc-p doc-amount">
          {`${block.label}${printText.colon}`}
          <strong>{amountText(block.amount)}</strong>
          {block.note ?? ''}
        </p>
      );
    case 'signatureBlock':
      return <SignatureBlockView block={block} signatures={signatures} />;
    case 'filingBlock':
      return <FilingBlockView block={block} />;
    case 'pageBreak':
      return <div className="doc-page-break" />;
  }
}
