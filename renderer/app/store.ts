// One zustand store built from slices (zustand's slices pattern); components select single fields.
import { create } from 'zustand';
import { createUiSlice, type UiSlice } from './uiSlice';
import { createEnterprisesSlice, type EnterprisesSlice } from '../features/enterprises/enterprisesSlice';
import { createPeopleSlice, type PeopleSlice } from '../features/people/peopleSlice';
import { createScenariosSlice, type ScenariosSlice } from '../features/scenarios/scenariosSlice';

export type AppState = UiSlice & EnterprisesSlice & PeopleSlice & ScenariosSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createUiSlice(...a),
  ...createEnterprisesSlice(...a),
  ...createPeopleSlice(...a),
  ...createScenariosSlice(...a),
}));
