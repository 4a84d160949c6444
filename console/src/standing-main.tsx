import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { StandingPage } from './standing/standing-page.tsx';
import './styles.css';

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <StandingPage token={decodeURIComponent(window.location.pathname.replace(/^\/standing\//, '').split('/')[0] ?? '')} />
  </StrictMode>,
);
