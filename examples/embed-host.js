// For the page that holds Floke iframes (embed.html): sizes each iframe to the height its content reports, so a
// drawing never scrolls inside its frame. Sets the height through the CSSOM, which a strict CSP allows.
addEventListener('message', (event) => {
  const { data } = event;
  if (!data || data.type !== 'floke-embed-height' || !Number.isFinite(data.height)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) frame.style.height = `${Math.max(0, Math.round(data.height))}px`;
  }
});
