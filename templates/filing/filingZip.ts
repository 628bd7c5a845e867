// The filing package as one .zip of numbered .docx parts (01-报送审查登记表.docx …): one file a union chair
// carries to the labour administration on a USB stick. The agreement is in it once; its copies are printed.
import { type Zippable, zipSync } from 'fflate';
import { documentDocxBytes } from '../render/docx';
import { type FilingPackage, filingFileName } from './filingPackage';

export async function filingPackageZip(pkg: FilingPackage): Promise<Uint8Array> {
  const entries: Zippable = {};
  for (const part of pkg.parts) {
    // .docx is already deflated: stored, not compressed again.
    if (part.doc) entries[filingFileName(part)] = [new Uint8Array(await documentDocxBytes(part.doc)), { level: 0 }];
  }
  return zipSync(entries);
}

/** 杭州某某有限公司-报送材料-2027-11-25.zip, without characters Windows refuses. */
export function filingZipName(enterpriseName: string, today: string): string {
  return `${enterpriseName}-报送材料-${today}.zip`.replace(/[\\/:*?"<>|]/g, '_');
}
