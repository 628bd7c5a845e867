// One zustand store built from slices (zustand's slices pattern); components select single fields.
import { create } from 'zustand';
import { createUiSlice, type UiSlice } from './uiSlice';
import { createEnterprisesSlice, type EnterprisesSlice } from '../features/enterprises/enterprisesSlice';
import { createPeopleSlice, type PeopleSlice } from '../features/people/peopleSlice';
import { createCaseSlice, type CaseSlice } from '../features/case/caseSlice';

export type AppState = UiSlice & EnterprisesSlice & PeopleSlice & CaseSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createUiSlice(...a),
  ...createEnterprisesSlice(...a),
  ...createPeopleSlice(...a),
  ...createCaseSlice(...a),
}));
