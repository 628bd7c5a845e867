// The procedure rules engine's public surface.
export { procedureRules, procedureRuleById, ruleContextDefault, rulesCheck, rulesBlocking, rulesFirstBlockedStep, witnessChecklist } from './engine';
export type { WitnessItem, WitnessStatus } from './engine';
export { procedureEffectiveDate } from './signing';
export { procedureSteps, ruleActions } from './types';
export type { Finding, FindingFigure, ProcedureRule, ProcedureStep, RuleAction, RuleAdjustment, RuleContext, RulePerson } from './types';
export { procedureVariantsDefault, procedureVariantFor } from './variants';
export type { ProcedureVariant } from './variants';
export { procedureStepLabel, ruleActionLabel, witnessStatusLabel } from './labels';
export { findingSubject, procedureStepTaken, recordGuardRuleIds, rulesNewBlocks } from './recordGuard';
