// The baseline for the start-up benchmark: the smallest React page that renders a heading.
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<h1 id="ready">{'ready'}</h1>);
