import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { requestPersistentStorage } from './core/storage';
import './app/styles.css';
import './app/hostileText.css';

// Ask once at start that the office's data be kept when the disk runs low (issue 15.7).
void requestPersistentStorage();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
