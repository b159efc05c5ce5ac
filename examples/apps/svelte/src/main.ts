// Svelte 5 sets `data` as a property and binds onfloke-select to the DOM event. The tags are typed by
// @floke/elements/types/svelte.
import '@floke/elements/all.js';
import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('root')! });
