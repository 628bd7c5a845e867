// Masked identifiers for lists and printouts: a roster on screen or on a notice board shows enough to
// tell workers apart, not enough to reuse the number. The full value stays in the record.

/** 350982********1234: the address code and the last 4 kept. Other lengths keep only the last 4. */
export function maskIdNumber(id: string): string {
  if (id.length === 18) return `${id.slice(0, 6)}********${id.slice(14)}`;
  return id.length <= 4 ? '*'.repeat(id.length) : `${'*'.repeat(id.length - 4)}${id.slice(-4)}`;
}

/** 138****5678 for an 11-digit mobile number; otherwise all but the first 3 and last 2 characters masked. */
export function maskPhone(phone: string): string {
  if (/^\d{11}$/.test(phone)) return `${phone.slice(0, 3)}****${phone.slice(7)}`;
  if (phone.length <= 5) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 5)}${phone.slice(-2)}`;
}
