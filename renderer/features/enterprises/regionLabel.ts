import { regionByCode } from '../../../shared/regions/region';

/** "福建省宁德市福鼎市", or the bare code for a division the app does not know. */
export function regionLabel(code: string): string {
  return regionByCode(code)?.fullName ?? code;
}
