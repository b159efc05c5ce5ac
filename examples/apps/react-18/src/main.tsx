// React 18 through @floke/react's wrappers: props become element properties, events typed callbacks.
import { FlokeActorNetwork, FlokeCausalLoops, FlokeHorizons, FlokeIceberg, FlokeSummary } from '@floke/react';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { loadDocument, recordSelect } from '../../shared/load.js';

function App() {
  const [doc, setDoc] = useState<unknown>();
  useEffect(() => void loadDocument().then(setDoc), []);
  if (doc === undefined) return <p>Laster …</p>;
  return (
    <main>
      <FlokeSummary data={doc} onFlokeSelect={(e) => recordSelect('summary', e.detail.id)} />
      <FlokeIceberg data={doc} headingLevel={2} onFlokeSelect={(e) => recordSelect('iceberg', e.detail.id)} />
      <FlokeHorizons data={doc} onFlokeSelect={(e) => recordSelect('horizons', e.detail.id)} />
      <FlokeCausalLoops data={doc} onFlokeSelect={(e) => recordSelect('causal-loops', e.detail.id)} />
      <FlokeActorNetwork data={doc} onFlokeSelect={(e) => recordSelect('actor-network', e.detail.id)} />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
