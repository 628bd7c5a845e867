// Sector and regional wage agreements: the agreement, its rules, the member check, the scenario.
export * from './sectorAgreement';
export * from './sectorRules';
export * from './memberCheck';
export * from './memberFacts';
export * from './sectorScenario';
export * from './findingText';
export * from './sectorFingerprint';
