// React 19 uses the custom elements directly: it sets `data` as a property and listens to `onfloke-select`.
// The tags are typed by @floke/elements/types/react.
import type {} from '@floke/elements/types/react';
import '@floke/elements/all.js';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { loadDocument, recordSelect } from '../../shared/load.js';

function App() {
  const [doc, setDoc] = useState<unknown>();
  useEffect(() => void loadDocument().then(setDoc), []);
  if (doc === undefined) return <p>Laster …</p>;
  return (
    <main>
      <floke-summary data={doc} onfloke-select={(e) => recordSelect('summary', e.detail.id)} />
      <floke-iceberg data={doc} headingLevel={2} onfloke-select={(e) => recordSelect('iceberg', e.detail.id)} />
      <floke-horizons data={doc} onfloke-select={(e) => recordSelect('horizons', e.detail.id)} />
      <floke-causal-loops data={doc} onfloke-select={(e) => recordSelect('causal-loops', e.detail.id)} />
      <floke-actor-network data={doc} onfloke-select={(e) => recordSelect('actor-network', e.detail.id)} />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
