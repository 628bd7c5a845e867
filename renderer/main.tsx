import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nInit } from './i18n';
import { App } from './app/App';
import './styles.css';

// i18n is ready before the first render, so the first paint is already in the user's language.
i18nInit();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
