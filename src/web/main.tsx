/** The dashboard's entry: take a ?token= into sessionStorage, route links, render. */
import { render } from 'preact';
import { App } from './app.tsx';
import { adoptToken } from './api.ts';
import { installLinkHandler } from './router.ts';
import './style.css';

adoptToken();
installLinkHandler();
const root = document.getElementById('app')!;
root.textContent = '';
render(<App />, root);
