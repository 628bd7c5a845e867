// 工资专项集体合同 (rules.md §2.1): header block, preamble with the legal basis, the fourteen chapters,
// seals and signatures, the optional witness, and the box the labour administration fills in.
import type { Document } from '../model';
import { documentCovers, documentHeadings, paragraphBlock } from '../model';
import { citeLaws } from '../text';
import type { WageAgreementView } from '../viewModel';
import { agreementSignatures, chapterBlocks, filingBlock, partiesTable } from './common';
import { wageAgreementChapters, wageAgreementClauseHeadings, wageAgreementRequiredClauses } from './wageAgreementChapters';

export function wageAgreement(v: WageAgreementView): Document {
  const e = v.parties.enterprise;
  return {
    title: v.title,
    subtitle: `${e.name}\u3000${v.yearLabel}`,
    meta: { draft: true },
    blocks: [
      partiesTable(v.parties),
      paragraphBlock(
        `为建立和完善企业工资分配共决机制和正常增长机制，维护职工和企业的合法权益，促进企业健康发展，根据${citeLaws(v.legalBasis)}等法律法规和政策规定，` +
          `${e.name}（以下简称企业方）与${v.parties.unionName}代表的全体职工（以下简称职工方），遵循平等、自愿、协商一致的原则，就本企业${v.yearLabel}工资分配事项进行集体协商，订立本合同。`,
      ),
      ...chapterBlocks(wageAgreementChapters(v)),
      paragraphBlock(`（以下无正文）`, { align: 'center', indent: false }),
      paragraphBlock(`签订地点：${v.signingPlace}`, { indent: false }),
      agreementSignatures(v.parties, v.signingDate),
      filingBlock(v.parties),
    ],
  };
}

/**
 * Required CNT-07 clauses (1 term, 3 annual level, 5 payment, 6 change procedure) the document lacks:
 * a block must claim the clause and its heading must be there. Empty for a complete agreement.
 */
export function wageAgreementMissingClauses(doc: Document): string[] {
  const covers = documentCovers(doc);
  const headings = documentHeadings(doc).join('\n');
  return wageAgreementRequiredClauses.filter((id) => !covers.has(id) || !headings.includes(wageAgreementClauseHeadings[id]));
}
